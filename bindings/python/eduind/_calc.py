"""The official calculations, one Python function per C function (eduind/calc.h).

Every function takes numbers or array-likes (numpy arrays, lists, pandas Series):
- numbers: the scalar C function runs and a failure raises an :class:`eduind.Error`
  subclass (ZeroDenominatorError, InvalidInputError ...);
- arrays: inputs broadcast like a numpy ufunc, the C loop runs without the GIL, and an
  element that has no value is NaN. Pass ``return_status=True`` to also get an int
  array of :class:`eduind.Status` codes (0 = OK) of the same shape.
Percentages are on the 0-100 scale. Nothing is rounded: use :func:`round` or
:func:`format` for display.
"""

import operator as _operator

import numpy as _np

from . import capi as _capi
from . import _bulk
from ._errors import InvalidArgumentError, Status

__all__ = [
    "ratio", "proportion", "gross_enrolment_ratio", "net_enrolment_rate", "adjusted_ner",
    "ner_cap", "gross_intake_ratio", "out_of_school_rate", "consolidation_rate",
    "consolidation_rate_adjusted", "transition_rate", "effective_transition_rate",
    "promotion_rate", "repetition_rate", "dropout_rate", "dropout_rate_direct",
    "survival_rates", "pupil_teacher_ratio", "dual_qualified_share", "staffing_gap",
    "growth_rate", "per_pupil_growth", "cagr", "required_growth", "years_to_target",
    "weighted_mean", "cv", "balance_cv", "share_at_least", "mean_years_schooling", "gpi",
    "round", "format", "format_decimal", "UNITS",
]

_scalar = _bulk.is_scalar


def _f(x):
    if isinstance(x, (str, bytes)) or x is None:
        raise TypeError("expected a number, not %r" % (x,))
    return float(x)


_PLAIN = (float, int)


def _run(name, args, return_status, **bulk):
    """Scalar call when every argument is a number (and no status array is wanted)."""
    if not return_status:
        # fast path for plain Python numbers: straight to the C function
        if all(type(a) in _PLAIN for a in args):
            return getattr(_capi, name)(*args)
        if all(_scalar(a) for a in args):
            return getattr(_capi, name)(*[_f(a) for a in args])
    return _bulk.apply(name, args, return_status, **bulk)


# ---- Generic ratios ----------------------------------------------------------------

def ratio(num, den, scale=1.0, *, return_status=False):
    """num / den * scale (counts may exceed each other). den == 0 raises ZeroDenominatorError."""
    if not return_status and _scalar(num) and _scalar(den) and _scalar(scale):
        return _capi.ratio(_f(num), _f(den), _f(scale))
    if _scalar(scale):
        return _bulk.apply("ratio", (num, den, scale), return_status, ratio_scale=_f(scale))
    return _bulk.apply("ratio", (num, den, scale), return_status)


def proportion(part, whole, scale=1.0, *, return_status=False):
    """part / whole * scale for a share: 0 <= part <= whole, else InconsistentError/NegativeValueError."""
    if not return_status and _scalar(part) and _scalar(whole) and _scalar(scale):
        return _capi.proportion(_f(part), _f(whole), _f(scale))
    if _scalar(scale) and _f(scale) == 100.0:
        return _bulk.apply("proportion", (part, whole, scale), return_status,
                           calc2=_capi.CALC2_PROPORTION_PCT)
    return _bulk.apply("proportion", (part, whole, scale), return_status)


# ---- Enrolment ---------------------------------------------------------------------

def gross_enrolment_ratio(enrolled, population, *, return_status=False):
    """Gross enrolment ratio, 毛入学率 (UIS A.1, MoE B.1): enrolled (any age) /
    official-age population * 100. May exceed 100."""
    return _run("gross_enrolment_ratio", (enrolled, population), return_status, calc2=_capi.CALC2_GER)


def net_enrolment_rate(enrolled_of_age, population, *, return_status=False):
    """Net enrolment rate (UIS A.2): official-age pupils in the level / official-age
    population * 100. Above 100 signals inconsistent data (see :func:`ner_cap`)."""
    return _run("net_enrolment_rate", (enrolled_of_age, population), return_status,
                calc2=_capi.CALC2_NER)


def adjusted_ner(enrolled_in_level, enrolled_above, population, *, return_status=False):
    """Adjusted NER (UIS A.2): official-age pupils in the level and in higher levels / population * 100."""
    return _run("adjusted_ner", (enrolled_in_level, enrolled_above, population), return_status)


def ner_cap(ner_male, ner_female, ner_total, publish_limit=105.0, *, return_status=False):
    """UIS capping of net rates (A.2). Returns (male, female, total): unchanged when both
    sexes are <= 100, scaled by 100 / max when the larger is <= publish_limit;
    ResultRangeError above the limit (not publishable)."""
    args = (ner_male, ner_female, ner_total, publish_limit)
    if not return_status and all(_scalar(a) for a in args):
        return _capi.ner_cap(*[_f(a) for a in args])
    return _bulk.apply("ner_cap", args, return_status)


def gross_intake_ratio(new_entrants, population, *, return_status=False):
    """Gross intake ratio (UIS A.4): new entrants to grade 1 (any age) / entrance-age population * 100."""
    return _run("gross_intake_ratio", (new_entrants, population), return_status)


def out_of_school_rate(population, enrolled_of_age, *, return_status=False):
    """Out-of-school rate (UIS A.11): (population - official-age pupils enrolled at any level) / population * 100."""
    return _run("out_of_school_rate", (population, enrolled_of_age), return_status)


# ---- Retention and progression -----------------------------------------------------

def consolidation_rate(final_grade, cohort_grade1, *, return_status=False):
    """巩固率 (MoE B.3): graduating class / grade-1 enrolment of the same cohort * 100."""
    return _run("consolidation_rate", (final_grade, cohort_grade1), return_status,
                calc2=_capi.CALC2_CONSOLIDATION)


def consolidation_rate_adjusted(graduates, cohort_grade1, transfers_in=0.0, transfers_out=0.0,
                                deaths=0.0, *, return_status=False):
    """County-practice consolidation rate: graduates / (cohort entrants + transfers in -
    transfers out - deaths) * 100. Unknown adjustments are 0."""
    return _run("consolidation_rate_adjusted",
                (graduates, cohort_grade1, transfers_in, transfers_out, deaths), return_status)


def transition_rate(entrants, graduates, *, return_status=False):
    """升学率 / transition rate (MoE B.5, UIS A.6): entrants to the next level / graduates * 100."""
    return _run("transition_rate", (entrants, graduates), return_status, calc2=_capi.CALC2_TRANSITION)


def effective_transition_rate(entrants_next, repeaters_next, last_grade, last_grade_repeaters, *,
                              return_status=False):
    """UIS effective transition rate (A.6): (E1(t+1) - R1(t+1)) / (En(t) - Rn(t+1)) * 100."""
    return _run("effective_transition_rate",
                (entrants_next, repeaters_next, last_grade, last_grade_repeaters), return_status)


def promotion_rate(enrol_next_grade, repeaters_next_grade, enrol_grade, *, return_status=False):
    """Promotion rate (UIS A.7): (E(g+1,t+1) - R(g+1,t+1)) / E(g,t) * 100."""
    return _run("promotion_rate", (enrol_next_grade, repeaters_next_grade, enrol_grade), return_status)


def repetition_rate(repeaters_next_year, enrol_grade, *, return_status=False):
    """Repetition rate (UIS A.7): R(g,t+1) / E(g,t) * 100."""
    return _run("repetition_rate", (repeaters_next_year, enrol_grade), return_status)


def dropout_rate(promotion_pct, repetition_pct, *, return_status=False):
    """UIS dropout rate (A.7), a residual: 100 - promotion - repetition."""
    return _run("dropout_rate", (promotion_pct, repetition_pct), return_status)


def dropout_rate_direct(dropouts, enrolled_start, *, return_status=False):
    """辍学率 (MoE B.4): dropouts during the year / enrolment at its start * 100."""
    return _run("dropout_rate_direct", (dropouts, enrolled_start), return_status)


def survival_rates(enrol, enrol_next, repeaters_next, max_repetitions=-1):
    """Survival to each grade by the reconstructed cohort method (UIS A.8).

    enrol, enrol_next, repeaters_next: enrolment by grade in years t and t+1 and
    repeaters in t+1. Returns an array: survival to grade g+1 (the first is 100).
    max_repetitions < 0 means unlimited."""
    e0 = _bulk.as_array1(enrol, "enrol")
    e1 = _bulk.as_array1(enrol_next, "enrol_next")
    r1 = _bulk.as_array1(repeaters_next, "repeaters_next")
    _bulk.same_length(enrol=e0, enrol_next=e1, repeaters_next=r1)
    out = _np.empty(e0.size, dtype=_np.float64)
    _capi.py_survival_rates(e0, e1, r1, _operator.index(max_repetitions), out)
    return out


# ---- Teachers ----------------------------------------------------------------------

def pupil_teacher_ratio(pupils, teachers, *, return_status=False):
    """Pupil:teacher ratio, 生师比 (UIS A.9, MoE B.6): pupils / teachers (printed "x.xx:1")."""
    return _run("pupil_teacher_ratio", (pupils, teachers), return_status, calc2=_capi.CALC2_PTR)


def dual_qualified_share(dual_qualified, specialised, *, return_status=False):
    """"双师型" teacher share (MoE B.7): dual-qualified / specialised-course teachers * 100."""
    return _run("dual_qualified_share", (dual_qualified, specialised), return_status,
                calc2=_capi.CALC2_DUAL_QUALIFIED)


def staffing_gap(pupils, teachers, standard_ratio, *, return_status=False):
    """Teachers still needed for a pupils-per-teacher standard: ceil(pupils / standard) -
    teachers (negative: a surplus)."""
    return _run("staffing_gap", (pupils, teachers, standard_ratio), return_status)


# ---- Growth and targets ------------------------------------------------------------

def growth_rate(previous, current, *, return_status=False):
    """Growth in percent (MoE B.8): (current / previous - 1) * 100; previous must be > 0."""
    return _run("growth_rate", (previous, current), return_status, calc2=_capi.CALC2_GROWTH)


def per_pupil_growth(spend_prev, pupils_prev, spend_cur, pupils_cur, *, return_status=False):
    """Growth (percent) of spending per pupil from spend_prev/pupils_prev to spend_cur/pupils_cur."""
    return _run("per_pupil_growth", (spend_prev, pupils_prev, spend_cur, pupils_cur), return_status)


def cagr(start, end, years, *, return_status=False):
    """Compound annual growth ((end / start) ** (1 / years) - 1) * 100; start > 0, end >= 0, years > 0."""
    return _run("cagr", (start, end, years), return_status)


def required_growth(current, target, years, *, return_status=False):
    """Annual growth (percent) still needed to go from current to target in years."""
    return _run("required_growth", (current, target, years), return_status)


def years_to_target(current, target, rate_pct, *, return_status=False):
    """Years until target is reached at rate_pct compound growth (0 if already reached;
    DomainError when the trend never gets there)."""
    return _run("years_to_target", (current, target, rate_pct), return_status)


# ---- Dispersion and balance --------------------------------------------------------

def weighted_mean(values, weights=None):
    """sum(w * v) / sum(w); weights None means all 1 (weights must be >= 0)."""
    v = _bulk.as_array1(values, "values")
    if weights is None:
        return _capi.py_weighted_mean(v)
    w = _bulk.as_array1(weights, "weights")
    _bulk.same_length(values=v, weights=w)
    return _capi.py_weighted_mean_w(v, w)


def cv(values, weights=None):
    """Coefficient of variation, population form: weighted SD / weighted mean."""
    v = _bulk.as_array1(values, "values")
    if weights is None:
        return _capi.py_cv(v)
    w = _bulk.as_array1(weights, "weights")
    _bulk.same_length(values=v, weights=w)
    return _capi.py_cv_w(v, w)


def balance_cv(resource, students, per=1):
    """差异系数 for county balance (MoE C.3, 教督〔2017〕6号).

    resource: each school's total (books, teachers, m2 ...); students: its enrolment.
    per is 1 for per-pupil indicators, 100 for per-100-pupil ones. Schools with no
    pupils are skipped. Example (methodology D.1): 0.5153 -> published 0.52."""
    r = _bulk.as_array1(resource, "resource")
    s = _bulk.as_array1(students, "students")
    _bulk.same_length(resource=r, students=s)
    return _capi.py_balance_cv(r, s, _f(per))


def share_at_least(sizes, threshold):
    """Share (percent) of sizes >= threshold, e.g. classes of 56 or more (大班额)."""
    return _capi.py_share_at_least(_bulk.as_array1(sizes, "sizes"), _f(threshold))


def mean_years_schooling(population, years):
    """Mean years of schooling (MoE B.10): sum(population * years) / sum(population)."""
    p = _bulk.as_array1(population, "population")
    y = _bulk.as_array1(years, "years")
    _bulk.same_length(population=p, years=y)
    return _capi.py_mean_years_schooling(p, y)


# ---- Parity ------------------------------------------------------------------------

def gpi(female, male, adjusted=True, *, return_status=False):
    """Gender parity index (UIS A.10, SDG 4.5.1): female / male; adjusted (the default,
    as SDG 4.5.1 publishes it) gives 2 - male / female when female / male > 1."""
    if _scalar(adjusted):
        adj = 1 if adjusted else 0
        if not return_status and _scalar(female) and _scalar(male):
            return _capi.gpi(_f(female), _f(male), adj)
        kind = _capi.CALC2_GPI_ADJUSTED if adj else _capi.CALC2_GPI
        return _bulk.apply("gpi", (female, male, adj), return_status, calc2=kind)
    flags = _np.asarray(adjusted).astype(bool).astype(_np.float64)
    return _bulk.apply("gpi", (female, male, flags), return_status)


# ---- Rounding and display ----------------------------------------------------------

def round(value, decimals=0, *, return_status=False):  # noqa: A001  (the library's name)
    """Rounds half away from zero on the decimal value, as publications do (四舍五入):
    16.975 -> 16.98, 1.005 -> 1.01, -2.5 -> -3. decimals in [0, 15]."""
    if _scalar(decimals):
        d = _operator.index(decimals)
        if not return_status and _scalar(value):
            return _capi.round(_f(value), d)
        return _bulk.apply("round", (value, d), return_status, round_decimals=d)
    dec = _np.asarray(decimals)
    if dec.dtype.kind not in "iub":
        raise InvalidArgumentError("decimals must be integers", int(Status.EINVAL))
    return _bulk.apply("round", (value, dec), return_status)


UNITS = ("number", "percent", "ratio", "per100", "yuan", "years", "coefficient", "count", "pp",
         "m2", "boolean")


def format_decimal(value, decimals):
    """value rounded half-up to `decimals` places as text, '.' as the decimal mark ("16.98")."""
    return _capi.py_format(_f(value), _operator.index(decimals), None)


def format(value, decimals, unit="number"):  # noqa: A001  (the library's name)
    """value as publications print it for the unit: "95.5%" (percent), "16.98:1" (ratio),
    "2.9 pp" (pp), "yes"/"no" (boolean), the number alone otherwise. unit is a JSON unit
    name (see UNITS)."""
    return _capi.py_format(_f(value), _operator.index(decimals), str(unit))


