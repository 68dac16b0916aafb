"""Datasets, plans and catalogues as Python objects."""

import math

import pytest

import eduind
from conftest import DATA, EXAMPLES


def test_dataset_from_json_path_and_text():
    path = DATA / "mini.dataset.json"
    for src in (path, str(path), path.read_text(), path.read_bytes()):
        ds = eduind.Dataset.from_json(src)
        assert len(ds) == 6
        assert ds.name == "小测试 / mini test"
        assert [e.id for e in ds.entities] == ["altay", "altay.s1"]
        assert ds.entities[0].name_zh == "阿勒泰地区" and ds.entities[1].parent == "altay"
        assert ds.periods == [2015, 2020]
        assert set(ds.variables) == {"enrol.primary", "teachers.primary"}
        assert ds.get("altay", 2020, "enrol.primary") == 54005
        assert ds.get_state("altay", 2020, "enrol.primary", cell={"sex": "F"}) == (26100, "estimated")
        assert ds.get_state("altay", 2020, "enrol.primary", cell="sex=F") == (26100, "estimated")


def test_missing_stays_missing():
    ds = eduind.Dataset.from_json(DATA / "mini.dataset.json")
    value, state = ds.get_state("altay.s1", 2020, "enrol.primary")
    assert math.isnan(value) and state == "missing"
    value, state = ds.get_state("altay", 1999, "enrol.primary")     # never stored
    assert math.isnan(value) and state == "missing"


def test_dataset_from_csv_text_and_path(tmp_path):
    text = (DATA / "long.csv").read_text()
    for src in (text, DATA / "long.csv"):
        ds = eduind.Dataset.from_csv(src)
        assert ds.get("altay", 2015, "teachers.primary") == 4736
        assert ds.get_state("altay", 2020, "reported.ptr.primary")[1] == "missing"
    wide = "县,学年,小学在校生\naltay,2020,54005\n"
    ds = eduind.Dataset.from_csv(wide, columns={"县": "entity", "学年": "period", "小学在校生": "enrol.primary"})
    assert ds.get("altay", 2020, "enrol.primary") == 54005
    ds = eduind.Dataset.from_csv("entity;enrol.primary\naltay;5\n", delimiter=";", default_period=2021,
                                 layout="wide")
    assert ds.get("altay", 2021, "enrol.primary") == 5
    with pytest.raises(eduind.InvalidArgumentError):
        eduind.Dataset.from_csv(text, layout="diagonal")


def test_building_a_dataset():
    ds = eduind.Dataset()
    ds.add_entity("altay", name_zh="阿勒泰地区", name_en="Altay", level="prefecture")
    ds.add_entity("altay.burqin", parent="altay", name_zh="布尔津县")
    ds.set("altay", 2020, "enrol.primary", 54005)
    ds.set("altay", 2020, "enrol.primary", 26100, cell={"sex": "F"}, state="estimated")
    ds.set("altay.burqin", 2020, "enrol.primary", None)
    ds.set("altay.burqin", 2020, "teachers.primary", float("nan"), state="suppressed")
    assert len(ds) == 4
    assert ds.get_state("altay.burqin", 2020, "teachers.primary")[1] == "suppressed"
    with pytest.raises(eduind.NotFoundError):
        ds.add_entity("x", parent="nowhere")
    with pytest.raises(eduind.NonFiniteError):
        ds.set("altay", 2020, "x", float("inf"), state="present")


def test_dataset_json_round_trip():
    ds = eduind.Dataset.from_json(DATA / "mini.dataset.json")
    again = eduind.Dataset.from_json(ds.to_json())
    assert len(again) == len(ds)
    assert again.to_pandas().sort_values(["entity", "period", "variable", "cell"]).reset_index(drop=True) \
        .equals(ds.to_pandas().sort_values(["entity", "period", "variable", "cell"]).reset_index(drop=True))


def test_merge():
    a = eduind.Dataset.from_json(DATA / "mini.dataset.json")
    b = eduind.Dataset().set("altay", 2021, "enrol.primary", 55000)
    a.merge(b)
    assert a.get("altay", 2021, "enrol.primary") == 55000


def test_plan():
    plan = eduind.Plan.from_json(DATA / "mini.plan.json")
    assert plan.name == "小计划 / mini plan" and plan.baseline_year == 2020 and len(plan) == 2
    t = plan[0]
    assert (t.indicator, t.entity, t.year, t.comparison, t.value, t.binding) == \
        ("ptr.primary", "altay", 2025, "<=", 11.0, "binding")
    assert t.judge_rounded is True
    between = plan.targets[1]
    assert between.comparison == "between" and between.value_high == 12.0
    df = plan.to_pandas()
    assert list(df["indicator"]) == ["ptr.primary", "ptr.primary"]
    assert eduind.Plan.from_json(plan.to_json()).to_pandas().equals(df)
    assert "ptr.primary" in repr(t)


def test_example_altay_files_load():
    ds = eduind.Dataset.from_json(EXAMPLES / "altay.dataset.json")
    assert ds.get("altay", 2020, "enrol.primary") == 54005
    plan = eduind.Plan.from_json(EXAMPLES / "altay.plan.json")
    assert len(plan) > 5 and all(t.year >= 2020 for t in plan)


# ---- Catalogue ---------------------------------------------------------------------------

def test_catalog_builtin_is_browsable():
    cat = eduind.Catalog.builtin()
    assert len(cat) > 0 and len(list(cat)) == len(cat)
    ptr = cat["ptr.primary"]
    assert ptr.code == "ptr.primary" and "ptr.primary" in cat and "nonsense" not in cat
    for field in ("code", "name_zh", "name_en", "formula", "unit", "decimals", "source"):
        assert getattr(ptr, field) != "" or field == "source"
    assert ptr.unit == "ratio" and ptr.decimals == 2
    assert ptr.format(54005 / 5307) == "10.18:1"
    assert "Formula:" in ptr.__doc__ and "Source:" in ptr.__doc__
    assert cat[0] == list(cat)[0]
    with pytest.raises(eduind.NotFoundError):
        cat["no.such.indicator"]
    assert cat.codes()[0] == cat[0].code
    assert len(cat.variables) > 0
    assert cat.to_pandas().shape[0] == len(cat)


def test_help_shows_formula_and_source():
    import pydoc
    ind = eduind.Catalog.builtin()["ptr.primary"]
    text = pydoc.render_doc(ind, renderer=pydoc.plaintext)
    assert ind.formula in text and "Source:" in text


def test_catalog_json_round_trip_and_merge():
    cat = eduind.Catalog.builtin()
    again = eduind.Catalog.from_json(cat.to_json())
    assert again.codes() == cat.codes()
    assert [i.as_dict() for i in again] == [i.as_dict() for i in cat]
    with pytest.raises(eduind.ParseError):
        eduind.Catalog.from_json("{ nope")
    with pytest.raises(eduind.ParseError):
        cat.check_formula("enrol.primary / (")
    with pytest.raises(eduind.SchemaError):
        cat.check_formula("no.such.variable / 2")
