"""The eduind calc subcommand: every kind, JSON output and its errors."""
import json

import pytest

from conftest import err, one_line_error, out, run, OK, USAGE, INPUT


def test_calc_ptr_example():
    p = run("calc", "ptr", "--pupils", "54005", "--teachers", "5307")
    assert p.returncode == OK, err(p)
    assert out(p) == "10.18:1\n"
    assert err(p) == ""


@pytest.mark.parametrize("args, expected", [
    (["ratio", "--num", "3", "--den", "4", "--scale", "100"], "75.00"),
    (["ger", "--enrolled", "2907", "--population", "12438"], "23.37%"),
    (["ger", "--enrolled", "2907", "--population", "12438", "--decimals", "1"], "23.4%"),
    (["ner", "--enrolled", "9829.1", "--population", "11603.2", "--decimals", "1"], "84.7%"),
    (["consolidation", "--graduates", "950", "--cohort", "1000"], "95.00%"),
    (["consolidation", "--graduates", "950", "--cohort", "1000", "--transfers-in", "20",
      "--transfers-out", "10", "--deaths", "10"], "95.00%"),
    (["transition", "--entrants", "90", "--graduates", "100"], "90.00%"),
    (["dual", "--dual", "45", "--specialised", "90"], "50.00%"),
    (["dual", "--dual", "45", "--specialized", "90"], "50.00%"),
    (["growth", "--previous", "100", "--current", "110"], "10.00%"),
    (["per-pupil-growth", "--spend-prev", "1000", "--pupils-prev", "10", "--spend-cur", "1210",
      "--pupils-cur", "11"], "10.00%"),
    (["cagr", "--start", "100", "--end", "121", "--years", "2"], "10.00%"),
    (["required-growth", "--current", "100", "--target", "121", "--years", "2"], "10.00%"),
    (["gpi", "--female", "99", "--male", "103"], "0.96"),
    (["gpi", "--female", "110", "--male", "100", "--adjusted", "--decimals", "6"], "1.090909"),
    (["round", "--value", "16.975", "--decimals", "2"], "16.98"),
    (["round", "--value", "1.005", "--decimals", "2"], "1.01"),
    (["round", "--value", "-2.5", "--decimals", "0"], "-3"),
    # The official 5-school worked example of the MoE 差异系数: 0.5153 -> 0.52.
    (["balance-cv", "--resource", "279,137,935,160,402", "--students", "45,37,89,76,55"], "0.52"),
    (["balance-cv", "--values", "279,137,935,160,402", "--weights", "45,37,89,76,55",
      "--decimals", "4"], "0.5153"),
    (["cv", "--values", "2,4,4,4,5,5,7,9"], "0.40"),
    (["share-at-least", "--sizes", "40,56,60,45", "--threshold", "56"], "50.00%"),
])
def test_calc_kinds(args, expected):
    p = run("calc", *args)
    assert p.returncode == OK, err(p)
    assert out(p).strip() == expected


def test_calc_equals_spelling_and_option_order():
    p = run("calc", "--pupils=54005", "ptr", "--teachers=5307")
    assert p.returncode == OK, err(p)
    assert out(p) == "10.18:1\n"


def test_calc_json():
    p = run("calc", "ptr", "--pupils", "54005", "--teachers", "5307", "--format", "json")
    assert p.returncode == OK, err(p)
    doc = json.loads(out(p))
    assert doc["kind"] == "ptr"
    assert doc["display"] == "10.18:1"
    assert abs(doc["value"] - 54005 / 5307) < 1e-12
    assert doc["unit"] == "ratio" and doc["decimals"] == 2


@pytest.mark.parametrize("args, code, words", [
    (["ptr", "--pupils", "54005", "--teachers", "0"], INPUT, "zero denominator"),
    (["growth", "--previous", "0", "--current", "5"], INPUT, "cannot calculate"),
    (["ptr", "--pupils", "-1", "--teachers", "5"], INPUT, "cannot calculate"),
    (["balance-cv", "--resource", "1,2,3", "--students", "1,2"], INPUT, "different lengths"),
    (["ptr", "--pupils", "54005"], USAGE, "missing --teachers"),
    (["ptr", "--pupils", "abc", "--teachers", "5"], USAGE, "'abc' is not a number"),
    (["ptr", "--pupils", "nan", "--teachers", "5"], USAGE, "is not a number"),
    (["ptr", "--pupils", "5", "--teachers", "5", "--color", "x"], USAGE, "--color"),
    (["ptr", "--pupils", "5", "--teachers"], USAGE, "needs a value"),
    (["ptr", "--pupils", "5", "--teachers", "5", "--frobnicate", "1"], USAGE,
     "unknown option '--frobnicate'"),
    (["cv", "--values", "1,x,3"], USAGE, "item 2 'x' is not a number"),
    (["round", "--value", "1.5", "--decimals", "16"], USAGE, "--decimals"),
    (["nosuch"], USAGE, "unknown calculation 'nosuch'"),
    ([], USAGE, "which calculation"),
    (["ptr", "--pupils", "1", "--teachers", "2", "--format", "html"], USAGE, "--format"),
])
def test_calc_errors(args, code, words):
    p = run("calc", *args)
    assert p.returncode == code, (out(p), err(p))
    line = one_line_error(p)
    assert words in line
    assert out(p) == ""
