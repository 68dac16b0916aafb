"""Shared fixtures. Run from CTest (PYTHONPATH = the build's bindings/python folder) or by
hand: PYTHONPATH=build/bindings/python /usr/bin/python3 -m pytest bindings/python/tests"""

import os
import pathlib

import pytest

import eduind

HERE = pathlib.Path(__file__).resolve().parent
DATA = HERE / "data"
ROOT = pathlib.Path(os.environ.get("EDUIND_SOURCE_DIR", HERE.parents[2]))
EXAMPLES = ROOT / "examples" / "data"


def need(area):
    """Skips when the C library of this build does not implement `area` yet (a parallel
    development tree); once it is on main the test runs."""
    if not eduind._capi.py_have(area):
        pytest.skip("libeduind does not implement %s yet" % area)


def need_file(path):
    if not pathlib.Path(path).exists():
        pytest.skip("%s is not in this tree yet" % path)
    return path


@pytest.fixture
def data_dir():
    return DATA
