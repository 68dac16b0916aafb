"""Catalogues, datasets and plans as Python objects over the library's handles.

Every object owns its C handle (freed when the object is collected); everything read
from it is copied into Python values, so nothing borrowed outlives its owner.
"""

import json as _json
import math as _math

from . import capi as _capi
from . import _source
from ._errors import InvalidArgumentError, NotFoundError, Status


def _text_args(path_or_text, kind):
    path, text = _source.split(path_or_text, kind)
    return path, ("" if text is None else text)


# ---- Catalogue ---------------------------------------------------------------------

class Indicator:
    """One indicator definition (copied out of its catalogue).

    Attributes: code, name_zh, name_en, description_zh, description_en, kind ("ratio",
    "proportion", "value"), numerator, denominator, formula, scale, unit ("percent" ...),
    decimals, direction, level, category, source_document, source_section, source,
    reported, missing_policy, optional. ``help(indicator)`` shows formula and source.
    """

    _FIELDS = ("code", "name_zh", "name_en", "description_zh", "description_en", "kind",
               "numerator", "denominator", "formula", "scale", "unit", "decimals", "direction",
               "level", "category", "source_document", "source_section", "reported",
               "missing_policy", "optional")

    def __init__(self, fields):
        for k in self._FIELDS:
            setattr(self, k, fields[k])
        self.optional = tuple(self.optional)
        self.__doc__ = self.describe()

    @property
    def source(self):
        """Source document and section in one line."""
        return " ".join(p for p in (self.source_document, self.source_section) if p)

    def describe(self):
        """Multi-line text: names, formula, unit and rounding, source."""
        lines = ["%s  %s / %s" % (self.code, self.name_zh, self.name_en), ""]
        lines.append("Formula: " + self.formula)
        if self.kind in ("ratio", "proportion"):
            lines.append("  numerator:   " + self.numerator)
            lines.append("  denominator: " + self.denominator)
            lines.append("  scale:       %g" % self.scale)
        lines.append("Kind: %s; unit: %s; published with %d decimals; better: %s"
                     % (self.kind, self.unit, self.decimals, self.direction))
        if self.level or self.category:
            lines.append("Level: %s; category: %s" % (self.level or "-", self.category or "-"))
        lines.append("Source: " + (self.source or "-"))
        if self.reported:
            lines.append("Published figure: " + self.reported)
        if self.missing_policy == "optional" and self.optional:
            lines.append("Counted as 0 when missing: " + ", ".join(self.optional))
        for d in (self.description_zh, self.description_en):
            if d:
                lines += ["", d]
        return "\n".join(lines)

    def as_dict(self):
        d = {k: getattr(self, k) for k in self._FIELDS}
        d["optional"] = list(self.optional)
        return d

    def format(self, value):
        """value as this indicator is published (its decimals and unit), e.g. "10.18:1"."""
        return _capi.py_format(float(value), int(self.decimals), self.unit)

    def round(self, value):
        """value rounded to the published decimals (half away from zero)."""
        return _capi.round(float(value), int(self.decimals))

    def __repr__(self):
        return "<eduind.Indicator %s %s>" % (self.code, self.name_en or self.name_zh)

    def __eq__(self, other):
        return isinstance(other, Indicator) and self.as_dict() == other.as_dict()

    def __hash__(self):
        return hash(self.code)


class Variable:
    """A variable of the catalogue's dictionary: code, name_zh, name_en, unit."""

    __slots__ = ("code", "name_zh", "name_en", "unit")

    def __init__(self, code, name_zh, name_en, unit):
        self.code, self.name_zh, self.name_en, self.unit = code, name_zh, name_en, unit

    def __repr__(self):
        return "<eduind.Variable %s %s (%s)>" % (self.code, self.name_en or self.name_zh, self.unit)


class Catalog:
    """Indicator definitions and the variable dictionary they use.

    Build with :meth:`builtin`, :meth:`from_json` or ``Catalog()`` (empty) and
    :meth:`merge`. Browse like a read-only mapping from code to :class:`Indicator`:
    ``len(cat)``, ``for ind in cat``, ``cat["ptr.primary"]``, ``"ptr.primary" in cat``.
    """

    def __init__(self, _handle=None):
        self._h = _handle if _handle is not None else _capi.py_catalog_new()
        self._cache = None

    @classmethod
    def builtin(cls):
        """The built-in catalogue of official indicators (embedded in the library)."""
        return cls(_capi.py_catalog_builtin())

    @classmethod
    def from_json(cls, path_or_text):
        """Loads a catalogue ("eduind-catalog" JSON) from a file path or JSON text."""
        path, text = _text_args(path_or_text, "json")
        return cls(_capi.py_catalog_load(path, text))

    def merge(self, path_or_text):
        """Adds definitions from a file or JSON text; their formulas may use everything
        already here. On failure the catalogue is unchanged. Returns self."""
        path, text = _text_args(path_or_text, "json")
        _capi.py_catalog_merge(self._h, path, text)
        self._cache = None
        return self

    def check_formula(self, formula):
        """Raises ParseError / SchemaError if formula is not valid against this catalogue."""
        _capi.py_catalog_check_formula(self._h, formula)

    def to_json(self):
        """The whole catalogue as JSON text that loads back to an equal catalogue."""
        return _capi.py_catalog_to_json(self._h)

    @property
    def name(self):
        return _capi.py_catalog_name(self._h)

    def _indicators(self):
        if self._cache is None:
            n = _capi.py_catalog_count(self._h)
            self._cache = [Indicator(_capi.py_catalog_indicator(self._h, i)) for i in range(n)]
        return self._cache

    def __len__(self):
        return _capi.py_catalog_count(self._h)

    def __iter__(self):
        return iter(list(self._indicators()))

    def __contains__(self, code):
        return isinstance(code, str) and _capi.py_catalog_find(self._h, code) >= 0

    def __getitem__(self, key):
        if isinstance(key, int):
            return self._indicators()[key]
        i = _capi.py_catalog_find(self._h, key)
        if i < 0:
            raise NotFoundError("no indicator \"%s\" in the catalogue" % key, int(Status.ENOTFOUND))
        return self._indicators()[i]

    def get(self, code, default=None):
        return self[code] if code in self else default

    def codes(self):
        """Indicator codes in definition order."""
        return [ind.code for ind in self._indicators()]

    @property
    def variables(self):
        """The variable dictionary as a list of :class:`Variable`."""
        return [Variable(*v) for v in _capi.py_catalog_variables(self._h)]

    def to_pandas(self):
        """One row per indicator, one column per field."""
        import pandas as pd
        return pd.DataFrame([ind.as_dict() for ind in self._indicators()],
                            columns=list(Indicator._FIELDS))

    def __repr__(self):
        return "<eduind.Catalog %r: %d indicators>" % (self.name, len(self))


# ---- Dataset -----------------------------------------------------------------------

class Entity:
    """A region, county or school of a dataset: id, parent ("" for a root), name_zh, name_en, level."""

    __slots__ = ("id", "parent", "name_zh", "name_en", "level")

    def __init__(self, id, parent, name_zh, name_en, level):  # noqa: A002
        self.id, self.parent, self.name_zh, self.name_en, self.level = id, parent, name_zh, name_en, level

    def __repr__(self):
        return "<eduind.Entity %s %s>" % (self.id, self.name_zh or self.name_en)


_LAYOUTS = {"auto": 0, "long": 1, "wide": 2}
_STATES = ("present", "missing", "not_applicable", "estimated", "suppressed")
_ROLE_COLUMNS = ("entity", "period", "variable", "value", "state", "cell", "parent", "name",
                 "name_zh", "name_en", "level", "note")


def _cell_text(cell):
    """A cell as the library spells it: None/"" total, "k=v;k2=v2" with keys sorted."""
    if cell is None:
        return None
    if isinstance(cell, dict):
        return ";".join("%s=%s" % (k, cell[k]) for k in sorted(cell))
    return str(cell)


def _is_missing(v):
    if v is None:
        return True
    try:
        return _math.isnan(float(v))
    except (TypeError, ValueError):
        return False


class Dataset:
    """Values by (entity, period, variable, cell), each with a state (present, missing,
    not_applicable, estimated, suppressed). Missing stays missing, never 0."""

    def __init__(self, _handle=None):
        self._h = _handle if _handle is not None else _capi.py_dataset_new()

    @classmethod
    def from_json(cls, path_or_text):
        """Loads an "eduind-dataset" JSON file or text."""
        path, text = _text_args(path_or_text, "json")
        return cls(_capi.py_dataset_load_json(path, text))

    @classmethod
    def from_csv(cls, path_or_text, layout="auto", delimiter=",", columns=None, default_period=None):
        """Loads CSV (long: entity, period, variable, value[, state, cell:KEY ...]; wide:
        entity, period, one column per variable).

        columns maps headers to roles or variable codes, e.g. {"县": "entity",
        "小学在校生": "enrol.primary"}; default_period is used when there is no period column.
        """
        if layout not in _LAYOUTS:
            raise InvalidArgumentError("layout must be one of %s" % ", ".join(_LAYOUTS),
                                       int(Status.EINVAL))
        if delimiter is not None and len(delimiter) != 1:
            raise InvalidArgumentError("delimiter must be one character", int(Status.EINVAL))
        path, text = _text_args(path_or_text, "csv")
        if columns is not None:
            columns = {str(k): str(v) for k, v in dict(columns).items()}
        period = None if default_period is None else str(default_period)
        return cls(_capi.py_dataset_load_csv(path, text, _LAYOUTS[layout], delimiter, columns, period))

    @classmethod
    def from_pandas(cls, df, layout="auto", entities=None):
        """Builds a dataset from a DataFrame.

        Long layout (used when there are "variable" and "value" columns): entity, period,
        variable, value and optionally state and cell ("sex=F") or cell:KEY columns.
        Wide layout: entity, period and one column per variable code. NaN/None values
        are stored as missing (or with the row's state). entities: optional DataFrame or
        list of dicts with id, parent, name_zh, name_en, level, declared first.
        """
        ds = cls()
        if entities is not None:
            rows = entities.to_dict("records") if hasattr(entities, "to_dict") else list(entities)
            for e in rows:
                ds.add_entity(e["id"], e.get("parent") or None, e.get("name_zh") or None,
                              e.get("name_en") or None, e.get("level") or None)
        cols = [str(c) for c in df.columns]
        if layout == "auto":
            layout = "long" if ("variable" in cols and "value" in cols) else "wide"
        for need in ("entity", "period"):
            if need not in cols:
                raise InvalidArgumentError("the DataFrame needs an \"%s\" column" % need,
                                           int(Status.EINVAL))
        cell_keys = sorted(c[5:] for c in cols if c.startswith("cell:"))
        records = df.to_dict("records")
        if layout == "long":
            for r in records:
                cell = r.get("cell")
                if cell_keys:
                    parts = {k: r["cell:" + k] for k in cell_keys if not _is_missing(r["cell:" + k])}
                    cell = _cell_text(parts) if parts else None
                elif _is_missing(cell):
                    cell = None
                ds.set(str(r["entity"]), int(r["period"]), str(r["variable"]), r["value"],
                       cell=cell, state=None if _is_missing(r.get("state")) else r.get("state"))
        elif layout == "wide":
            variables = [c for c in cols if c not in _ROLE_COLUMNS and not c.startswith("cell:")]
            for r in records:
                for v in variables:
                    ds.set(str(r["entity"]), int(r["period"]), v, r[v])
        else:
            raise InvalidArgumentError("layout must be auto, long or wide", int(Status.EINVAL))
        return ds

    def add_entity(self, id, parent=None, name_zh=None, name_en=None, level=None):  # noqa: A002
        """Declares an entity (parent must exist). Returns self."""
        _capi.py_dataset_add_entity(self._h, id, parent, name_zh, name_en, level)
        return self

    def set(self, entity, period, variable, value, cell=None, state=None):
        """Stores a value. value None/NaN means missing unless a state says otherwise."""
        if state is None:
            state = "missing" if _is_missing(value) else "present"
        if state not in _STATES:
            raise InvalidArgumentError("unknown value state \"%s\"" % state, int(Status.EINVAL))
        number = float("nan") if _is_missing(value) else float(value)
        _capi.py_dataset_set(self._h, entity, int(period), variable, _cell_text(cell), number, state)
        return self

    def get(self, entity, period, variable, cell=None):
        """The value (NaN when it has no number); see :meth:`get_state`."""
        return _capi.py_dataset_get(self._h, entity, int(period), variable, _cell_text(cell))[0]

    def get_state(self, entity, period, variable, cell=None):
        """(value, state name) of a value; a key never stored reads (nan, "missing")."""
        return _capi.py_dataset_get(self._h, entity, int(period), variable, _cell_text(cell))

    def merge(self, other):
        """Adds other's entities and values (a value present in both is a DuplicateError)."""
        _capi.py_dataset_merge(self._h, other._h)
        return self

    @property
    def name(self):
        return _capi.py_dataset_name(self._h)

    @property
    def entities(self):
        return [Entity(*e) for e in _capi.py_dataset_entities(self._h)]

    @property
    def periods(self):
        return _capi.py_dataset_periods(self._h)

    @property
    def variables(self):
        return _capi.py_dataset_variables(self._h)

    def __len__(self):
        return _capi.py_dataset_value_count(self._h)

    def to_json(self):
        return _capi.py_dataset_to_json(self._h)

    def to_pandas(self):
        """Long DataFrame: entity, period, variable, cell, value, state (value NaN when missing)."""
        import pandas as pd
        doc = _json.loads(self.to_json())
        rows = []
        for v in doc.get("values", []):
            cell = v.get("cell") or ""
            if isinstance(cell, dict):
                cell = _cell_text(cell)
            value = v.get("value")
            rows.append((v["entity"], int(v["period"]), v["variable"], cell,
                         float("nan") if value is None else float(value),
                         v.get("state") or ("missing" if value is None else "present")))
        for ent, periods in (doc.get("data") or {}).items():
            for per, values in periods.items():
                for var, value in values.items():
                    rows.append((ent, int(per), var, "", float("nan") if value is None else float(value),
                                 "missing" if value is None else "present"))
        df = pd.DataFrame(rows, columns=["entity", "period", "variable", "cell", "value", "state"])
        return df.astype({"period": "int64", "value": "float64"})

    def __repr__(self):
        return "<eduind.Dataset %r: %d values>" % (self.name, len(self))


# ---- Plan --------------------------------------------------------------------------

class Target:
    """One target of a plan: indicator, entity, year, comparison (">=", "increase" ...),
    symbol, value, value_high, tolerance, binding, judge_rounded, source, note."""

    _FIELDS = ("indicator", "entity", "year", "comparison", "symbol", "value", "value_high",
               "tolerance", "binding", "judge_rounded", "source", "note")

    def __init__(self, fields):
        for k in self._FIELDS:
            setattr(self, k, fields[k])

    def as_dict(self):
        return {k: getattr(self, k) for k in self._FIELDS}

    def __repr__(self):
        v = "" if _math.isnan(self.value) else " %g" % self.value
        return "<eduind.Target %s %s %d %s%s>" % (self.indicator, self.entity, self.year,
                                                  self.symbol, v)


class Plan:
    """Targets: what each indicator should reach, by when, and how binding."""

    def __init__(self, _handle):
        self._h = _handle
        self._info = _capi.py_plan_info(_handle)
        self._targets = [Target(t) for t in _capi.py_plan_targets(_handle)]

    @classmethod
    def from_json(cls, path_or_text):
        """Loads an "eduind-plan" JSON file or text."""
        path, text = _text_args(path_or_text, "json")
        return cls(_capi.py_plan_load(path, text))

    name = property(lambda self: self._info["name"])
    source = property(lambda self: self._info["source"])
    baseline_year = property(lambda self: self._info["baseline_year"])

    @property
    def targets(self):
        return list(self._targets)

    def __len__(self):
        return len(self._targets)

    def __iter__(self):
        return iter(list(self._targets))

    def __getitem__(self, i):
        return self._targets[i]

    def to_json(self):
        return _capi.py_plan_to_json(self._h)

    def to_pandas(self):
        import pandas as pd
        return pd.DataFrame([t.as_dict() for t in self._targets], columns=list(Target._FIELDS))

    def __repr__(self):
        return "<eduind.Plan %r: %d targets>" % (self.name, len(self))
