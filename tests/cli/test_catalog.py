"""eduind list and eduind show: the catalogue in Chinese and English."""
import json

from conftest import CAT, data, err, one_line_error, out, run, OK, INPUT


def test_list_both_languages():
    p = run(*CAT, "list")
    assert p.returncode == OK, err(p)
    text = out(p)
    assert "ptr.primary" in text and "小学生师比" in text and "Pupil-teacher ratio, primary" in text
    assert "\033[" not in text  # not a terminal: no colour


def test_list_one_language_and_filters():
    p = run(*CAT, "--lang", "zh", "list", "--level", "primary")
    assert p.returncode == OK, err(p)
    assert "小学生师比" in out(p) and "Pupil-teacher" not in out(p)
    assert "ger.preschool3" not in out(p)
    p = run(*CAT, "list", "--lang", "en", "--category", "enrolment")
    assert p.returncode == OK, err(p)
    assert "Gross enrolment ratio" in out(p) and "学前" not in out(p) and "ptr.primary" not in out(p)


def test_list_json_csv_md():
    p = run(*CAT, "list", "--format", "json")
    assert p.returncode == OK, err(p)
    items = json.loads(out(p))
    assert [i["code"] for i in items] == ["ptr.primary", "ger.preschool3", "share.senior"]
    ptr = items[0]
    assert ptr["name"] == {"zh": "小学生师比", "en": "Pupil-teacher ratio, primary"}
    assert ptr["unit"] == "ratio" and ptr["decimals"] == 2 and ptr["source"]["section"] == "B.6"
    p = run(*CAT, "list", "--format", "csv")
    lines = out(p).splitlines()
    assert lines[0] == "code,name_zh,name_en,unit,decimals,level,category"
    assert lines[1].startswith("ptr.primary,小学生师比,")
    p = run(*CAT, "list", "--format", "md")
    assert "| `ptr.primary` | 小学生师比 |" in out(p)


def test_list_builtin_catalogue():
    p = run("list", "--format", "json")
    assert p.returncode == OK, err(p)
    assert len(json.loads(out(p))) > 10


def test_list_with_defs():
    p = run(*CAT, "--defs", data("defs.json"), "list", "--format", "json")
    assert p.returncode == OK, err(p)
    assert "my.pupils_per_100_teachers" in [i["code"] for i in json.loads(out(p))]


def test_show():
    p = run(*CAT, "show", "ptr.primary")
    assert p.returncode == OK, err(p)
    text = out(p)
    for words in ("小学生师比", "Pupil-teacher ratio, primary", "enrol.primary", "teachers.primary", "ratio",
                  "教育部 中国教育监测与评价统计指标体系 B.6"):
        assert words in text, words
    p = run(*CAT, "show", "ptr.primary", "--format", "json")
    doc = json.loads(out(p))
    assert doc["code"] == "ptr.primary" and doc["unit"] == "ratio" and doc["decimals"] == 2
    assert doc["numerator"] == "enrol.primary" and doc["denominator"] == "teachers.primary"
    p = run(*CAT, "show", "ger.preschool3", "--format", "md", "--lang", "zh")
    assert "- **中文名称**: 学前三年毛入园率" in out(p) and "Gross" not in out(p)


def test_show_unknown_code():
    p = run(*CAT, "show", "ptr.primry")
    assert p.returncode == INPUT
    line = one_line_error(p)
    assert "unknown indicator code 'ptr.primry'" in line and "did you mean 'ptr.primary'" in line
    assert out(p) == ""
