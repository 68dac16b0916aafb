"""libeduind for Python: education indicators computed as the official definitions state.

Calculations (numbers or numpy arrays, see :mod:`eduind._calc`)::

    >>> import eduind
    >>> eduind.pupil_teacher_ratio(pupils=54005, teachers=5307)
    10.176182...
    >>> eduind.round(16.975, 2)
    16.98

Definitions, data, plans and evaluation::

    cat = eduind.Catalog.builtin()
    ds = eduind.Dataset.from_json("examples/data/altay.dataset.json")
    plan = eduind.Plan.from_json("examples/data/altay.plan.json")
    df = eduind.evaluate(cat, ds, plan)          # a pandas DataFrame

Failures raise subclasses of :class:`eduind.Error`. See docs/python.md.
"""

from . import capi as _capi
from ._errors import (
    Status, Error, ZeroDenominatorError, InvalidInputError, NegativeValueError, NonFiniteError,
    ResultRangeError, EmptyInputError, InconsistentError, DomainError, InvalidArgumentError,
    FileError, ParseError, SchemaError, DuplicateError, CycleError, VersionError, NotFoundError,
    MissingValueError, LimitError, NotApplicableError, OutOfMemoryError, error_class,
)
from ._calc import *  # noqa: F401,F403  (the calculation functions)
from ._calc import __all__ as _calc_all
from ._model import Catalog, Indicator, Variable, Dataset, Entity, Plan, Target  # noqa: F401
from ._evaluate import evaluate, results, Results, judge, check  # noqa: F401

__version__ = _capi.version()


def status_name(code):
    """Symbolic name of a status code, e.g. "EDUIND_EZERODIV"."""
    return _capi.status_name(int(code))


def status_str(code):
    """The library's English description of a status code."""
    return _capi.status_str(int(code))


def version_number():
    """The run-time library version as MAJOR * 1000000 + MINOR * 1000 + PATCH."""
    return _capi.version_number()


__all__ = list(_calc_all) + [
    "Status", "Error", "ZeroDenominatorError", "InvalidInputError", "NegativeValueError",
    "NonFiniteError", "ResultRangeError", "EmptyInputError", "InconsistentError", "DomainError",
    "InvalidArgumentError", "FileError", "ParseError", "SchemaError", "DuplicateError",
    "CycleError", "VersionError", "NotFoundError", "MissingValueError", "LimitError",
    "NotApplicableError", "OutOfMemoryError", "error_class",
    "Catalog", "Indicator", "Variable", "Dataset", "Entity", "Plan", "Target",
    "evaluate", "results", "Results", "judge", "check",
    "status_name", "status_str", "version_number", "__version__",
]
