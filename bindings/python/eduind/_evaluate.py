"""Evaluation of a catalogue on a dataset, target judgement and consistency checks, as
pandas DataFrames."""

import math as _math

from . import capi as _capi

RESULT_COLUMNS = ["indicator", "entity", "period", "cell", "status", "value", "numerator",
                  "denominator", "display", "note", "rolled_up", "reported", "reported_value",
                  "n_inputs"]
PLAN_COLUMNS = ["target_year", "comparison", "target", "target_high", "binding", "met", "gap",
                "verdict", "progress"]
JUDGEMENT_COLUMNS = ["indicator", "entity", "year", "comparison", "symbol", "target",
                     "target_high", "binding", "source", "verdict", "judged_rounded",
                     "latest_year", "latest_value", "latest_display", "baseline_year",
                     "baseline_value", "gap", "required_growth_pct", "trend_year", "progress",
                     "note"]
FINDING_COLUMNS = ["kind", "rule", "entity", "period", "expected", "actual", "difference", "message"]


class Results:
    """The results of one evaluation (owns the C result set)."""

    def __init__(self, handle, catalog, dataset):
        self._h = handle
        self._keep = (catalog, dataset)  # what the results were computed from

    def __len__(self):
        return _capi.py_results_count(self._h)

    def rows(self):
        """List of tuples in RESULT_COLUMNS order."""
        return _capi.py_results_rows(self._h)

    def inputs(self, i):
        """The working of result i: list of (variable, entity, period, cell, value, state)."""
        return _capi.py_results_inputs(self._h, i)

    def to_pandas(self):
        import pandas as pd
        df = pd.DataFrame(self.rows(), columns=RESULT_COLUMNS)
        return df.astype({"period": "int64", "value": "float64", "numerator": "float64",
                          "denominator": "float64", "rolled_up": "bool", "reported": "bool",
                          "reported_value": "float64"})

    def to_json(self):
        return _capi.py_results_to_json(self._h)

    def to_csv(self):
        return _capi.py_results_to_csv(self._h)


def _options(entity, period, indicators):
    if isinstance(indicators, str):
        indicators = [indicators]
    return (entity, int(period or 0), None if indicators is None else [str(c) for c in indicators])


def results(catalog, dataset, *, entity=None, period=None, indicators=None, rollup=True,
            include_cells=True):
    """Evaluates and returns the :class:`Results` object (for inputs, JSON or CSV)."""
    ent, per, codes = _options(entity, period, indicators)
    h = _capi.py_evaluate(catalog._h, dataset._h, ent, per, codes, 1 if rollup else 0,
                          1 if include_cells else 0)
    return Results(h, catalog, dataset)


def judge(plan, res, catalog):
    """Judges every target of plan against res; a DataFrame with JUDGEMENT_COLUMNS."""
    import pandas as pd
    if not isinstance(res, Results):
        raise TypeError("judge() needs the Results of eduind.results(), not %s" % type(res).__name__)
    h = _capi.py_judge(plan._h, res._h, catalog._h)
    return pd.DataFrame(_capi.py_judgements_rows(h), columns=JUDGEMENT_COLUMNS)


def check(catalog, dataset, res=None):
    """Consistency checks (sums, subsets, same quantity twice, bounds, trends and, with
    results, computed vs published figures); a DataFrame with FINDING_COLUMNS."""
    import pandas as pd
    h = _capi.py_check(catalog._h, dataset._h, None if res is None else res._h)
    return pd.DataFrame(_capi.py_findings_rows(h), columns=FINDING_COLUMNS)


def _met(j, period):
    """Whether the row at `period` meets the target, as far as the judgement says."""
    if j["verdict"] in ("met", "not_met") and period == j["year"]:
        return j["verdict"] == "met"
    if period == j["latest_year"]:
        if j["progress"] == "achieved":
            return True
        if j["progress"] != "unknown" or j["verdict"] in ("met", "not_met"):
            return False
    return None


def evaluate(catalog, dataset, plan=None, *, entity=None, period=None, indicators=None,
             rollup=True, include_cells=True):
    """Evaluates every indicator of catalog on dataset.

    Returns a DataFrame with one row per indicator x entity x period (x cell when
    include_cells): status ("ok", "missing_input", "zero_denominator", "invalid_input",
    "not_applicable"), value (unrounded), numerator, denominator, display (published
    text), note, rolled_up, reported (the value is the published figure), reported_value
    (the published figure, kept for comparison), n_inputs. With a plan, targets are judged and the columns target_year,
    comparison, target, target_high, binding, met, gap, verdict and progress are filled on
    the rows a judgement speaks about (the target year, or the latest year with data);
    the full judgements are in ``df.attrs["judgements"]``.
    """
    import pandas as pd
    res = results(catalog, dataset, entity=entity, period=period, indicators=indicators,
                  rollup=rollup, include_cells=include_cells)
    df = res.to_pandas()
    if plan is None:
        return df
    jdf = judge(plan, res, catalog)
    cols = {c: [None] * len(df) for c in PLAN_COLUMNS}
    where = {}
    for i, (ind, ent, per, cell) in enumerate(zip(df["indicator"], df["entity"], df["period"], df["cell"])):
        if cell == "":
            where[(ind, ent, int(per))] = i
    for j in jdf.to_dict("records"):
        for per in {j["year"], j["latest_year"]}:
            i = where.get((j["indicator"], j["entity"], per))
            if i is None:
                continue
            cols["target_year"][i] = j["year"]
            cols["comparison"][i] = j["symbol"]
            cols["target"][i] = j["target"]
            cols["target_high"][i] = j["target_high"]
            cols["binding"][i] = j["binding"]
            cols["met"][i] = _met(j, per)
            cols["gap"][i] = j["gap"] if per == j["latest_year"] else _math.nan
            cols["verdict"][i] = j["verdict"]
            cols["progress"][i] = j["progress"]
    for c in PLAN_COLUMNS:
        df[c] = cols[c]
    df = df.astype({"target": "float64", "target_high": "float64", "gap": "float64",
                    "target_year": "Int64", "met": "boolean"})
    df.attrs["judgements"] = jdf
    return df
