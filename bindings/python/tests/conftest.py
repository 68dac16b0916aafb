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


@pytest.fixture
def data_dir():
    return DATA
