"""eduind eval: the report in every format, targets, exit codes, atomic output files."""
import json
import os
import re

import pytest

from conftest import CAT, EVAL, SOURCE, data, err, one_line_error, out, run, OK, FAILED, INPUT


def test_eval_table_marks_targets_and_exit_code():
    p = run(*EVAL)
    # ptr.primary 2020 is 10.18:1 against an expected target of <= 10: missed -> exit 1.
    assert p.returncode == FAILED, err(p)
    text = out(p)
    binding = text.index("约束性 Binding targets")
    expected = text.index("预期性 Expected targets")
    assert binding < expected
    assert re.search(r"ger\.preschool3 .*2020 .*>= 95\.0% .*2020: 96\.5% .*✓ met", text), text
    assert re.search(r"ptr\.primary .*2020 .*<= 10\.00:1 .*2020: 10\.18:1 .*✗ NOT MET", text), text
    assert re.search(r"ger\.preschool3 .*2025 .*>= 98\.2% .*pending", text), text
    assert "10.52:1" in text and "10.40:1" in text and "10.18:1" in text
    assert "Targets: 1 met, 1 not met, 1 pending, 0 without data" in text
    assert "\033[" not in text
    assert err(p) == ""


def test_eval_exit_codes():
    p = run(*CAT, "eval", "--data", data("test.dataset.json"), "--plan", data("met.plan.json"))
    # A missed target whose binding is not stated does not gate; binding and expected do.
    assert p.returncode == OK, (out(p), err(p))
    p = run(*CAT, "eval", "--data", data("test.dataset.json"))
    assert p.returncode == OK, err(p)
    assert "Binding targets" not in out(p)


def test_eval_filters():
    p = run(*CAT, "eval", "--data", data("test.dataset.json"), "--period", "2020")
    assert p.returncode == OK, err(p)
    assert "10.18:1" in out(p) and "10.52:1" not in out(p)
    p = run(*CAT, "eval", "--data", data("test.dataset.json"), "--indicators", "ptr.primary",
            "--entity", "altay")
    assert p.returncode == OK, err(p)
    assert "ptr.primary" in out(p) and "ger.preschool3" not in out(p)


def test_eval_json_document():
    p = run(*EVAL, "--format", "json")
    assert p.returncode == FAILED, err(p)
    doc = json.loads(out(p))
    assert doc["format"] == "eduind-report" and doc["version"] == 1
    assert doc["results"]["format"] == "eduind-results"
    assert doc["judgements"]["format"] == "eduind-judgements"
    assert doc["findings"]["format"] == "eduind-findings"
    s = doc["summary"]
    assert (s["targets"], s["met"], s["not_met"], s["pending"], s["gating_not_met"], s["exit_code"]) == \
        (3, 1, 1, 1, 1, 1)
    ptr = [r for r in doc["results"]["results"]
           if r["indicator"] == "ptr.primary" and r["period"] == 2020 and r["cell"] == ""]
    assert len(ptr) == 1 and ptr[0]["display"] == "10.18:1" and ptr[0]["numerator"] == 54005
    assert doc["plan"]["name"] == "测试规划 主要指标"
    p = run(*CAT, "eval", "--data", data("test.dataset.json"), "--format", "json")
    assert json.loads(out(p))["judgements"] is None


def test_eval_csv():
    p = run(*EVAL, "--format", "csv")
    assert p.returncode == FAILED, err(p)
    lines = out(p).split("\r\n")
    assert lines[0] == ("indicator,name_zh,name_en,entity,period,cell,state,value,display,unit,"
                        "numerator,denominator,comparison,target,target_high,binding,verdict")
    row = [l for l in lines if l.startswith("ptr.primary,") and ",2020,," in l]
    assert len(row) == 1
    assert row[0].endswith(",10.18:1,ratio,54005,5307,<=,10,,expected,not_met"), row[0]


def test_eval_markdown():
    p = run(*EVAL, "--format", "md", "--lang", "zh")
    assert p.returncode == FAILED, err(p)
    text = out(p)
    assert text.startswith("# 测试地区教育事业统计\n")
    assert "## 约束性 Binding targets" in text and "## 预期性 Expected targets" in text
    assert "❌ **未达成**" in text and "✅ 达成" in text
    assert "| 2015 | 2018 | 2020 |" in text


def test_eval_html_is_self_contained(tmp_path):
    target = tmp_path / "report.html"
    p = run(*EVAL, "--format", "html", "--output", str(target))
    assert p.returncode == FAILED, err(p)
    assert out(p) == ""
    html = target.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and html.rstrip().endswith("</html>")
    assert html.count("<svg") == 3  # one chart per target
    assert 'stroke-dasharray="7 5"' in html  # the target line
    assert "<script" not in html.lower()
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html, re.I)
    assert "url(" not in html and "@import" not in html
    assert "约束性 Binding targets" in html and "预期性 Expected targets" in html
    assert os.listdir(tmp_path) == ["report.html"]  # no temporary file left


def test_eval_html_escapes_text(tmp_path):
    ds = json.loads(open(data("test.dataset.json"), encoding="utf-8").read())
    ds["name"] = "<script>alert(1)</script> & co"
    f = tmp_path / "ds.json"
    f.write_text(json.dumps(ds, ensure_ascii=False), encoding="utf-8")
    p = run(*CAT, "eval", "--data", str(f), "--format", "html")
    assert p.returncode == OK, err(p)
    assert "<script>" not in out(p) and "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co" in out(p)


def test_eval_csv_dataset_and_defs():
    p = run(*CAT, "--defs", data("defs.json"), "eval", "--data", data("test.dataset.csv"), "--lang", "en")
    assert p.returncode == OK, err(p)
    assert "10.18:1" in out(p)
    assert re.search(r"my\.pupils_per_100_teachers .* 1018\b", out(p)), out(p)


def test_eval_bundled_altay_example():
    ds = os.path.join(SOURCE, "examples", "data", "altay.dataset.json")
    plan = os.path.join(SOURCE, "examples", "data", "altay.plan.json")
    if not (os.path.exists(ds) and os.path.exists(plan)):
        pytest.skip("examples/data/altay.* not present")
    p = run("eval", "--data", ds, "--plan", plan)
    assert p.returncode in (OK, FAILED), err(p)
    assert "Binding targets" in out(p) or "Expected targets" in out(p)
    p = run("eval", "--data", ds, "--plan", plan, "--format", "json")
    assert json.loads(out(p))["summary"]["targets"] > 0


# ---- output files: atomic, nothing partial --------------------------------------------------

def test_output_written_atomically(tmp_path):
    target = tmp_path / "r.json"
    p = run(*EVAL, "--format", "json", "--output", str(target))
    assert p.returncode == FAILED and out(p) == ""
    assert json.loads(target.read_text(encoding="utf-8"))["format"] == "eduind-report"
    assert os.listdir(tmp_path) == ["r.json"]


def test_no_partial_file_on_failure(tmp_path):
    target = tmp_path / "r.html"
    p = run(*CAT, "eval", "--data", data("malformed.json"), "--format", "html", "--output", str(target))
    assert p.returncode == INPUT
    assert os.listdir(tmp_path) == []
    target.write_text("old report", encoding="utf-8")
    p = run(*CAT, "eval", "--data", data("missing.json"), "--output", str(target))
    assert p.returncode == INPUT
    assert target.read_text(encoding="utf-8") == "old report"
    assert os.listdir(tmp_path) == ["r.html"]


def test_output_into_missing_directory(tmp_path):
    target = tmp_path / "no" / "such" / "r.txt"
    p = run("calc", "ptr", "--pupils", "1", "--teachers", "2", "--output", str(target))
    assert p.returncode == INPUT
    line = one_line_error(p)
    assert str(target) in line and "No such file or directory" in line


def test_eval_merges_data_files_with_a_column_map():
    p = run(*CAT, "eval", "--data", data("county.dataset.json"), "--data", data("schools.csv"),
            "--columns", data("schools.columns.json"), "--indicators", "ptr.primary", "--lang", "zh",
            "--format", "json")
    assert p.returncode == OK, err(p)
    shown = {(r["entity"], r["display"]) for r in json.loads(out(p))["results"]["results"]
             if r["indicator"] == "ptr.primary" and r["cell"] == ""}
    # The county is the ratio of the schools' sums (300 / 20), not the mean of their ratios.
    assert shown == {("county", "15.00:1"), ("county.s1", "10.00:1"), ("county.s2", "20.00:1")}
    p = run(*CAT, "eval", "--data", data("county.dataset.json"), "--data", data("schools.csv"),
            "--columns", data("schools.columns.json"), "--lang", "zh")
    assert "第一小学" in out(p) and "测试县" in out(p)
