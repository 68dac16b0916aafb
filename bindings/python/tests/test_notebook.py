"""The example notebook runs headless from top to bottom (nbclient); a failing cell fails."""

import os

import pytest

from conftest import EXAMPLES, ROOT, need, need_file

NOTEBOOK = ROOT / "examples" / "notebooks" / "altay-plan.ipynb"


def test_altay_notebook_runs():
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    for area in ("catalog", "evaluate", "judge"):
        need(area)
    for name in ("altay.dataset.json", "altay.plan.json", "county-schools.csv"):
        need_file(EXAMPLES / name)
    nb = nbformat.read(str(NOTEBOOK), as_version=4)
    os.environ.setdefault("EDUIND_SOURCE_DIR", str(ROOT))
    client = nbclient.NotebookClient(nb, timeout=300, kernel_name="python3",
                                     resources={"metadata": {"path": str(NOTEBOOK.parent)}})
    client.execute()   # raises CellExecutionError naming the failing cell
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])
              if o.get("output_type") == "error"]
    assert not errors
    images = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])
              if "image/png" in o.get("data", {})]
    assert len(images) >= 2   # targets chart and balance chart
