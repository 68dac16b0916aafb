"""Statuses become exceptions: the class per kind, the library's message and details."""

import pickle

import pytest

import eduind
from conftest import DATA

# Every status code and the class it must raise (docs/errors.md, docs/python.md).
MAPPING = {
    -1: (eduind.InvalidArgumentError, eduind.InvalidInputError),
    -2: (eduind.NegativeValueError, eduind.InvalidInputError),
    -3: (eduind.ZeroDenominatorError, ZeroDivisionError),
    -4: (eduind.NonFiniteError, eduind.InvalidInputError),
    -5: (eduind.ResultRangeError, eduind.InvalidInputError),
    -6: (eduind.EmptyInputError, eduind.InvalidInputError),
    -7: (eduind.InconsistentError, eduind.InvalidInputError),
    -8: (eduind.DomainError, eduind.InvalidInputError),
    -9: (eduind.InvalidArgumentError, ValueError),
    -10: (eduind.OutOfMemoryError, MemoryError),
    -11: (eduind.FileError, OSError),
    -12: (eduind.ParseError, ValueError),
    -13: (eduind.SchemaError, ValueError),
    -14: (eduind.NotFoundError, KeyError),
    -15: (eduind.DuplicateError, eduind.SchemaError),
    -16: (eduind.CycleError, eduind.SchemaError),
    -17: (eduind.MissingValueError, ValueError),
    -18: (eduind.LimitError, ValueError),
    -19: (eduind.InvalidArgumentError, eduind.InvalidInputError),
    -20: (eduind.VersionError, eduind.SchemaError),
    -21: (eduind.NotApplicableError, ValueError),
}


def test_every_status_has_a_class_and_a_status_member():
    assert sorted(MAPPING) == [int(s) for s in sorted(eduind.Status) if s != 0]
    for code, (cls, base) in MAPPING.items():
        assert eduind.error_class(code) is cls
        assert issubclass(cls, eduind.Error) and issubclass(cls, base)


@pytest.mark.parametrize("code", sorted(MAPPING))
def test_raise_from_c_carries_the_record(code):
    cls = MAPPING[code][0]
    with pytest.raises(cls) as info:
        eduind._capi.py_raise_status(code, "the message", "file.json", "$.values[0]", 3, 14)
    e = info.value
    assert type(e) is cls
    assert e.code == code
    assert e.status == eduind.Status(code)
    assert e.status_name == eduind.status_name(code) == "EDUIND_" + eduind.Status(code).name
    assert e.message == "the message"
    assert (e.source, e.path, e.line, e.column) == ("file.json", "$.values[0]", 3, 14)
    assert str(e) == "file.json:3:14: $.values[0]: the message"


def test_empty_message_uses_the_library_text():
    with pytest.raises(eduind.ZeroDenominatorError) as info:
        eduind._capi.py_raise_status(-3, "", "", "", 0, 0)
    assert info.value.message == eduind.status_str(-3) == eduind.Status.EZERODIV.description
    assert str(info.value) == eduind.status_str(-3)


def test_unknown_code_is_a_plain_error():
    with pytest.raises(eduind.Error) as info:
        eduind._capi.py_raise_status(-999, "odd", "", "", 0, 0)
    assert type(info.value) is eduind.Error
    assert info.value.code == -999
    assert info.value.status == -999


def test_exceptions_pickle():
    e = eduind.ParseError("bad", -12, "x.json", "", 2, 5)
    e2 = pickle.loads(pickle.dumps(e))
    assert type(e2) is eduind.ParseError and str(e2) == str(e) and e2.line == 2


# ---- The paths through real calls -------------------------------------------------------

def test_zero_denominator():
    with pytest.raises(eduind.ZeroDenominatorError) as info:
        eduind.pupil_teacher_ratio(pupils=100, teachers=0)
    assert info.value.code == eduind.Status.EZERODIV
    assert info.value.status_name == "EDUIND_EZERODIV"
    assert "zero" in str(info.value)
    with pytest.raises(ZeroDivisionError):
        eduind.growth_rate(previous=0, current=5)


def test_negative_count():
    with pytest.raises(eduind.NegativeValueError) as info:
        eduind.gross_enrolment_ratio(enrolled=-1, population=100)
    assert isinstance(info.value, eduind.InvalidInputError)
    assert isinstance(info.value, ValueError)


def test_nan_and_infinity():
    with pytest.raises(eduind.NonFiniteError):
        eduind.ratio(float("nan"), 2)
    with pytest.raises(eduind.NonFiniteError):
        eduind.round(float("inf"), 2)


def test_part_above_whole():
    with pytest.raises(eduind.InconsistentError):
        eduind.proportion(part=5, whole=4)
    with pytest.raises(eduind.InconsistentError):
        eduind.dual_qualified_share(dual_qualified=120, specialised=100)


def test_domain():
    with pytest.raises(eduind.DomainError):
        eduind.cagr(start=100, end=120, years=0)
    with pytest.raises(eduind.DomainError):
        eduind.growth_rate(previous=-5, current=10)


def test_invalid_argument():
    with pytest.raises(eduind.InvalidArgumentError):
        eduind.round(1.5, 16)
    with pytest.raises(eduind.InvalidArgumentError):
        eduind.round(1.5, -1)


def test_range():
    with pytest.raises(eduind.ResultRangeError):
        eduind.ratio(1e308, 1e-308)


def test_empty_arrays():
    with pytest.raises(eduind.EmptyInputError):
        eduind.balance_cv([], [])
    with pytest.raises(eduind.EmptyInputError):
        eduind.balance_cv([1, 2], [0, 0])   # every school has no pupils


def test_array_length_mismatch_has_a_message():
    with pytest.raises(eduind.InvalidArgumentError, match="resource has 2 elements but students has 3"):
        eduind.balance_cv([1, 2], [1, 2, 3])
    with pytest.raises(eduind.InvalidArgumentError, match="broadcast"):
        eduind.pupil_teacher_ratio([1, 2], [1, 2, 3])


def test_wrong_python_types_are_type_errors():
    with pytest.raises(TypeError):
        eduind.pupil_teacher_ratio("many", 3)
    with pytest.raises(TypeError):
        eduind.round(1.5, 2.5)


def test_parse_error_has_line_and_column():
    path = DATA / "trailing_comma.json"
    with pytest.raises(eduind.ParseError) as info:
        eduind.Dataset.from_json(path)
    e = info.value
    assert e.code == eduind.Status.EPARSE
    assert e.line == 5 and e.column > 0
    assert e.source.endswith("trailing_comma.json")
    assert str(e).startswith(e.source + ":5:")
    with pytest.raises(eduind.ParseError) as info:
        eduind.Dataset.from_json(path.read_text())
    assert info.value.line == 5


def test_schema_error_has_a_json_path():
    with pytest.raises(eduind.SchemaError) as info:
        eduind.Dataset.from_json(DATA / "unknown_member.json")
    assert info.value.path.startswith("$.values[0]")
    assert "colour" in str(info.value)


def test_version_error():
    with pytest.raises(eduind.VersionError) as info:
        eduind.Dataset.from_json(DATA / "future_version.json")
    assert isinstance(info.value, eduind.SchemaError)


def test_file_error():
    with pytest.raises(eduind.FileError) as info:
        eduind.Dataset.from_json(DATA / "no-such-file.json")
    assert isinstance(info.value, OSError)
    assert "no-such-file.json" in str(info.value)
    with pytest.raises(eduind.FileError):
        eduind.Plan.from_json("/nonexistent/plan.json")


def test_not_found():
    ds = eduind.Dataset.from_json(DATA / "mini.dataset.json")
    with pytest.raises(eduind.NotFoundError) as info:
        ds.get("atlantis", 2020, "enrol.primary")
    assert isinstance(info.value, KeyError)
    assert "atlantis" in str(info.value)


def test_duplicate():
    ds = eduind.Dataset()
    ds.add_entity("a")
    with pytest.raises(eduind.DuplicateError):
        ds.add_entity("a")
    a = eduind.Dataset().set("a", 2020, "x", 1)
    b = eduind.Dataset().set("a", 2020, "x", 2)
    with pytest.raises(eduind.DuplicateError):
        a.merge(b)


def test_csv_parse_error():
    with pytest.raises((eduind.ParseError, eduind.SchemaError)) as info:
        eduind.Dataset.from_csv("entity,period,variable,value\na,2020,x,\"unterminated\n")
    assert info.value.line >= 1


def test_bad_state_name():
    with pytest.raises(eduind.InvalidArgumentError):
        eduind.Dataset().set("a", 2020, "x", 1, state="guessed")
