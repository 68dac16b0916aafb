"""Shared helpers for the eduind command tests: run the built binary, find fixtures."""
import os
import subprocess

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
SOURCE = os.path.abspath(os.path.join(HERE, "..", ".."))


def data(name):
    return os.path.join(DATA, name)


def binary():
    path = os.environ.get("EDUIND_BIN")
    if not path:
        pytest.fail("EDUIND_BIN is not set (run through ctest)")
    return path


def run(*args, env=None, stdin=None, cwd=None):
    """Runs eduind with a predictable environment; returns the CompletedProcess."""
    e = dict(os.environ)
    e.pop("NO_COLOR", None)
    e["LANG"] = "C.UTF-8"
    e.pop("LC_ALL", None)
    e.pop("LC_MESSAGES", None)
    if env:
        e.update(env)
    return subprocess.run([binary(), *args], capture_output=True, env=e, stdin=stdin, cwd=cwd,
                          timeout=120)


def out(p):
    return p.stdout.decode("utf-8")


def err(p):
    return p.stderr.decode("utf-8")


def one_line_error(p):
    """Bad input gives exactly one line on stderr, starting with 'eduind:'."""
    text = err(p)
    lines = [l for l in text.splitlines() if l.strip()]
    assert len(lines) >= 1, "no error message"
    assert lines[0].startswith("eduind: "), text
    assert len([l for l in lines if l.startswith("eduind: ")]) == 1, text
    return lines[0]


# The test catalogue keeps these tests independent of the built-in catalogue's contents.
CAT = ["--catalog", data("test.catalog.json")]

# Exit codes (docs/cli.md).
OK, FAILED, USAGE, INPUT = 0, 1, 2, 3
EVAL = [*CAT, "eval", "--data", data("test.dataset.json"), "--plan", data("test.plan.json")]
