"""Bad input: one clear line naming the file and the place, exit 3, never a crash."""
import os
import re

from conftest import CAT, data, one_line_error, out, run, INPUT


def test_missing_data_file():
    p = run(*CAT, "eval", "--data", data("missing.json"))
    assert p.returncode == INPUT
    line = one_line_error(p)
    assert data("missing.json") in line and "No such file or directory" in line
    assert out(p) == ""


def test_data_file_is_a_directory():
    p = run(*CAT, "check", "--data", os.path.dirname(data("x")))
    assert p.returncode == INPUT
    assert "directory" in one_line_error(p)


def test_missing_catalogue_and_plan():
    p = run("--catalog", data("missing.catalog.json"), "list")
    assert p.returncode == INPUT and "missing.catalog.json" in one_line_error(p)
    p = run(*CAT, "eval", "--data", data("test.dataset.json"), "--plan", data("missing.plan.json"))
    assert p.returncode == INPUT and "missing.plan.json" in one_line_error(p)


def test_malformed_json_names_line_and_column():
    p = run(*CAT, "eval", "--data", data("malformed.json"))
    assert p.returncode == INPUT
    line = one_line_error(p)
    # The stray comma is on line 4.
    assert re.search(re.escape(data("malformed.json")) + r":4:\d+", line), line
    assert out(p) == ""


def test_bad_csv():
    for name in ("bad.csv", "bad_value.csv"):
        p = run(*CAT, "eval", "--data", data(name))
        assert p.returncode == INPUT, name
        line = one_line_error(p)
        assert re.search(re.escape(data(name)) + r":\d+", line), line
        assert out(p) == ""


def test_unknown_indicator_code_in_options_and_plan():
    p = run(*CAT, "eval", "--data", data("test.dataset.json"), "--indicators", "ptr.primary,nope")
    assert p.returncode == INPUT and "unknown indicator code 'nope'" in one_line_error(p)
    p = run(*CAT, "eval", "--data", data("test.dataset.json"), "--plan", data("unknown.plan.json"))
    assert p.returncode == INPUT
    line = one_line_error(p)
    assert "no.such.indicator" in line and "unknown.plan.json" in line


def test_unknown_entity():
    p = run(*CAT, "eval", "--data", data("test.dataset.json"), "--entity", "nowhere")
    assert p.returncode == INPUT
    assert "nowhere" in one_line_error(p)


def test_formula_errors():
    p = run(*CAT, "--defs", data("bad_formula.json"), "list")
    assert p.returncode == INPUT
    line = one_line_error(p)
    assert "bad_formula.json" in line and "formula" in line, line
    p = run(*CAT, "eval", "--defs", data("unknown_name.json"), "--data", data("test.dataset.json"))
    assert p.returncode == INPUT
    line = one_line_error(p)
    assert "unknown_name.json" in line and "teachers.nosuch" in line, line


def test_bad_column_map():
    p = run(*CAT, "eval", "--data", data("schools.csv"), "--columns", data("bad.columns.json"))
    assert p.returncode == INPUT
    line = one_line_error(p)
    assert re.search(re.escape(data("bad.columns.json")) + r":1:\d+: malformed JSON", line), line
    p = run(*CAT, "eval", "--data", data("schools.csv"), "--columns", data("missing.columns.json"))
    assert p.returncode == INPUT and "missing.columns.json" in one_line_error(p)
    p = run(*CAT, "eval", "--data", data("schools.csv"), "--columns", data("test.plan.json"))
    assert p.returncode == INPUT and "$.columns" in one_line_error(p)
