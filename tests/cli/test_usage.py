"""--help for every subcommand, --version, and usage errors (exit 2)."""
import re

import pytest

from conftest import err, out, run, OK, USAGE


@pytest.mark.parametrize("cmd", [[], ["list"], ["show"], ["eval"], ["check"], ["calc"], ["calc", "ptr"],
                                 ["calc", "balance-cv"]])
def test_help(cmd):
    for flag in ("--help", "-h"):
        p = run(*cmd, flag)
        assert p.returncode == OK, err(p)
        assert out(p).startswith("Usage: eduind"), out(p)
        assert err(p) == ""


def test_version():
    p = run("--version")
    assert p.returncode == OK
    assert re.match(r"eduind \d+\.\d+\.\d+ \(libeduind \d+\.\d+\.\d+\)\n", out(p))


@pytest.mark.parametrize("args, words", [
    ([], "Usage:"),
    (["frobnicate"], "unknown command 'frobnicate'"),
    (["--frobnicate", "list"], "unknown option '--frobnicate'"),
    (["list", "--frobnicate"], "unknown option '--frobnicate'"),
    (["show", "--frobnicate"], "unknown option '--frobnicate'"),
    (["eval", "--frobnicate"], "unknown option '--frobnicate'"),
    (["check", "--frobnicate"], "unknown option '--frobnicate'"),
    (["eval", "-x"], "unknown option '-x'"),
    (["eval"], "missing --data"),
    (["check"], "missing --data"),
    (["show"], "which indicator"),
    (["list", "--lang", "fr"], "--lang must be zh or en"),
    (["list", "--format", "html"], "unknown --format 'html'"),
    (["eval", "--data", "x", "--period", "20x0"], "--period"),
    (["eval", "--data"], "needs a value"),
    (["--lang"], "needs a value"),
    (["list", "--help=yes"], "takes no value"),
    (["list", "extra"], "unexpected argument 'extra'"),
])
def test_usage_errors(args, words):
    p = run(*args)
    assert p.returncode == USAGE, (out(p), err(p))
    assert words in err(p)
    assert out(p) == ""
