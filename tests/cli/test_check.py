"""eduind check: consistency problems with their numbers."""
import json

from conftest import CAT, data, err, out, run, OK, FAILED


def test_check_finds_problems_with_numbers():
    p = run(*CAT, "check", "--data", data("test.dataset.json"))
    assert p.returncode == FAILED, err(p)
    text = out(p)
    assert "A-5" in text and "52000" in text and "52500" in text and "500" in text
    p = run(*CAT, "check", "--data", data("test.dataset.json"), "--format", "json")
    doc = json.loads(out(p))
    assert doc["format"] == "eduind-findings"
    f = [x for x in doc["findings"] if x["rule"] == "A-5"]
    assert len(f) == 1 and f[0]["expected"] == 52000 and f[0]["actual"] == 52500 and f[0]["period"] == 2020
    p = run(*CAT, "check", "--data", data("test.dataset.json"), "--format", "csv")
    assert out(p).startswith("rule,kind,entity,period,expected,actual,difference,message\r\n"
                             "A-5,sum,altay,2020,52000,52500,500,")
    p = run(*CAT, "check", "--data", data("test.dataset.json"), "--format", "md")
    assert "| A-5 | sum | altay | 2020 | 52000 | 52500 | 500 |" in out(p)


def test_check_clean_data():
    p = run(*CAT, "check", "--data", data("clean.dataset.json"))
    assert p.returncode == OK, (out(p), err(p))
    assert "No consistency problems" in out(p)
