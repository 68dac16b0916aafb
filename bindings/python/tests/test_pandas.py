"""pandas round trips and evaluation as a DataFrame."""

import math

import numpy as np
import pandas as pd
import pytest

import eduind
from conftest import DATA, EXAMPLES


def test_long_dataframe_round_trip():
    df = pd.DataFrame({
        "entity": ["altay", "altay", "altay", "altay", "altay"],
        "period": [2015, 2015, 2020, 2020, 2020],
        "variable": ["enrol.primary", "teachers.primary", "enrol.primary", "teachers.primary", "enrol.primary"],
        "cell": ["", "", "", "", "sex=F"],
        "value": [49844.0, 4736.0, 54005.0, np.nan, 26100.0],
        "state": ["present", "present", "present", "missing", "estimated"],
    })
    ds = eduind.Dataset.from_pandas(df)
    assert len(ds) == 5
    assert ds.get_state("altay", 2020, "teachers.primary")[1] == "missing"
    back = ds.to_pandas()
    key = ["entity", "period", "variable", "cell"]
    left = df.sort_values(key).reset_index(drop=True)
    right = back.sort_values(key).reset_index(drop=True)[list(df.columns)]
    pd.testing.assert_frame_equal(left, right, check_dtype=False)


def test_wide_dataframe_and_cell_columns():
    wide = pd.DataFrame({"entity": ["a", "b"], "period": [2020, 2020],
                         "enrol.primary": [100, None], "teachers.primary": [10, 5]})
    ds = eduind.Dataset.from_pandas(wide)
    assert ds.get("a", 2020, "enrol.primary") == 100
    assert ds.get_state("b", 2020, "enrol.primary")[1] == "missing"
    assert ds.get("b", 2020, "teachers.primary") == 5
    cells = pd.DataFrame({"entity": ["a", "a"], "period": [2020, 2020], "variable": ["x", "x"],
                          "cell:sex": ["F", "M"], "cell:area": ["rural", "rural"], "value": [1, 2]})
    ds = eduind.Dataset.from_pandas(cells)
    assert ds.get("a", 2020, "x", cell="area=rural;sex=M") == 2
    assert ds.get("a", 2020, "x", cell={"sex": "F", "area": "rural"}) == 1


def test_from_pandas_with_entities_and_errors():
    ents = pd.DataFrame({"id": ["p", "p.c"], "parent": ["", "p"], "name_zh": ["地区", "县"],
                         "name_en": ["Prefecture", "County"], "level": ["prefecture", "county"]})
    df = pd.DataFrame({"entity": ["p.c"], "period": [2020], "variable": ["x"], "value": [3]})
    ds = eduind.Dataset.from_pandas(df, entities=ents)
    assert [(e.id, e.parent, e.level) for e in ds.entities] == [("p", "", "prefecture"), ("p.c", "p", "county")]
    with pytest.raises(eduind.InvalidArgumentError):
        eduind.Dataset.from_pandas(pd.DataFrame({"x": [1]}))


def test_dataset_to_pandas_from_json():
    df = eduind.Dataset.from_json(DATA / "mini.dataset.json").to_pandas()
    assert list(df.columns) == ["entity", "period", "variable", "cell", "value", "state"]
    row = df[(df.period == 2020) & (df.cell == "sex=F")].iloc[0]
    assert row.value == 26100 and row.state == "estimated"
    assert math.isnan(df[df.entity == "altay.s1"].iloc[0].value)


def test_evaluate_returns_a_dataframe():
    cat = eduind.Catalog.builtin()
    ds = eduind.Dataset.from_json(DATA / "mini.dataset.json")
    df = eduind.evaluate(cat, ds)
    for col in ("indicator", "entity", "period", "value", "numerator", "denominator", "status", "display"):
        assert col in df.columns
    row = df[(df.indicator == "ptr.primary") & (df.entity == "altay") & (df.period == 2020) & (df.cell == "")]
    assert len(row) == 1
    row = row.iloc[0]
    assert row.status == "ok" and row.value == 54005 / 5307
    assert (row.numerator, row.denominator, row.display) == (54005, 5307, "10.18:1")
    only = eduind.evaluate(cat, ds, indicators=["ptr.primary"], period=2015, entity="altay")
    assert set(only.indicator) == {"ptr.primary"} and set(only.period) == {2015}
    with pytest.raises(eduind.NotFoundError):
        eduind.evaluate(cat, ds, indicators=["no.such"])
    res = eduind.results(cat, ds, indicators=["ptr.primary"], entity="altay", period=2020)
    i = [r[0] for r in res.rows()].index("ptr.primary")
    assert {x[0] for x in res.inputs(i)} >= {"enrol.primary", "teachers.primary"}
    assert res.to_json().lstrip().startswith("{") and res.to_csv().startswith("indicator,")


def test_evaluate_with_a_plan():
    cat = eduind.Catalog.builtin()
    ds = eduind.Dataset.from_json(DATA / "mini.dataset.json")
    plan = eduind.Plan.from_json(DATA / "mini.plan.json")
    df = eduind.evaluate(cat, ds, plan)
    for col in ("target", "met", "gap", "comparison", "target_year"):
        assert col in df.columns
    row = df[(df.indicator == "ptr.primary") & (df.period == 2020) & (df.cell == "")].iloc[0]
    assert row.target_year == 2025
    judgements = df.attrs["judgements"]
    assert len(judgements) == 2
    first = judgements.iloc[0]
    assert first.verdict == "pending" and first.latest_year == 2020
    assert first.latest_display == "10.18:1"


def test_altay_2025_plan():
    cat = eduind.Catalog.builtin()
    ds = eduind.Dataset.from_json(EXAMPLES / "altay.dataset.json")
    plan = eduind.Plan.from_json(EXAMPLES / "altay.plan.json")
    df = eduind.evaluate(cat, ds, plan)
    ptr = df[(df.indicator == "ptr.primary") & (df.entity == "altay") & (df.cell == "")]
    shown = dict(zip(ptr.period, ptr.display))
    assert (shown[2015], shown[2020]) == ("10.52:1", "10.18:1")
    assert len(df.attrs["judgements"]) == len(plan)


def test_consistency_checks():
    cat = eduind.Catalog.builtin()
    ds = eduind.Dataset.from_json(EXAMPLES / "altay.dataset.json")
    findings = eduind.check(cat, ds)
    assert list(findings.columns) == ["kind", "rule", "entity", "period", "expected", "actual",
                                      "difference", "message"]
    # seed-indicators §3.1: the 2020 counts in 万人 disagree with the base table (A-14...)
    assert len(findings) > 0 and set(findings.kind) <= {"sum", "subset", "same", "bound", "trend", "reported"}
    with_results = eduind.check(cat, ds, eduind.results(cat, ds))
    assert len(with_results) >= len(findings)
