"""The example notebook runs headless from top to bottom (nbclient); a failing cell fails."""

import os

import nbclient
import nbformat

from conftest import EXAMPLES, ROOT

NOTEBOOK = ROOT / "examples" / "notebooks" / "altay-plan.ipynb"


def test_altay_notebook_runs():
    for name in ("altay.dataset.json", "altay.plan.json", "county-schools.csv"):
        assert (EXAMPLES / name).exists(), name
    nb = nbformat.read(str(NOTEBOOK), as_version=4)
    os.environ.setdefault("EDUIND_SOURCE_DIR", str(ROOT))
    os.environ.setdefault("PYDEVD_DISABLE_FILE_VALIDATION", "1")
    # the kernel runs in the notebook's folder: give it the package this test imported
    import eduind
    package_parent = os.path.dirname(os.path.dirname(os.path.abspath(eduind.__file__)))
    os.environ["PYTHONPATH"] = os.pathsep.join(
        [package_parent] + [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p])
    client = nbclient.NotebookClient(nb, timeout=300, kernel_name="python3",
                                     resources={"metadata": {"path": str(NOTEBOOK.parent)}})
    client.execute()   # raises CellExecutionError naming the failing cell
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])
              if o.get("output_type") == "error"]
    assert not errors
    images = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])
              if "image/png" in o.get("data", {})]
    assert len(images) >= 2   # targets chart and balance chart
