"""Scalar/array dispatch shared by the calculation functions.

Scalars go to the scalar C function (a failure raises). Arrays go to a C loop that
runs without the GIL: the library's bulk functions where one exists (calc2_many,
ratio_many, round_many), otherwise a loop over the same scalar C function. Either way
each element is computed by the C code the scalar call uses, so the results are
identical; an element that fails is NaN, with its status in the optional status array.
"""

import numpy as _np

from . import capi as _capi
from ._errors import InvalidArgumentError, Status

_F64 = _np.float64


def is_scalar(x):
    """True for Python numbers, numpy scalars and 0-d arrays."""
    return _np.ndim(x) == 0


def _pandas_index(args):
    for a in args:
        if type(a).__name__ == "Series" and type(a).__module__.startswith("pandas"):
            return a.index
    return None


def broadcast(args):
    """Returns (shape, flat inputs): each a contiguous float64 1-d array of the output's
    size or of size 1. Arrays that already are contiguous float64 of the full size are
    passed as views (no copy); a partial broadcast (e.g. (3,1) with (1,4)) is
    materialised, as numpy would have to."""
    arrs = []
    for a in args:
        if isinstance(a, (str, bytes)) or a is None:
            raise TypeError("expected numbers or arrays of numbers, not %r" % (a,))
        if hasattr(a, "to_numpy") and not isinstance(a, _np.ndarray):
            a = a.to_numpy(dtype=_F64, na_value=_np.nan)
        arrs.append(_np.asarray(a, dtype=_F64))
    try:
        shape = _np.broadcast_shapes(*(a.shape for a in arrs))
    except ValueError as exc:
        raise InvalidArgumentError(
            "shapes %s cannot be broadcast together" % ", ".join(str(a.shape) for a in arrs),
            int(Status.EINVAL)) from exc
    n = 1
    for d in shape:
        n *= d
    flat = []
    for a in arrs:
        if a.size == 1:
            flat.append(a.reshape(1))
        elif a.size == n:
            flat.append(a.reshape(-1))
        else:
            flat.append(_np.ascontiguousarray(_np.broadcast_to(a, shape)).reshape(-1))
    return shape, n, flat


_ONE = _np.zeros(1)


def _finish(values, status, shape, n_out, index, return_status):
    if n_out == 1:
        values = values.reshape(shape)
    else:
        values = values.reshape(shape + (n_out,))
    status = status.reshape(shape)
    if shape == ():
        if n_out == 1:
            values = float(values)
        else:
            values = tuple(float(v) for v in values)
        status = Status(int(status))
    elif index is not None:
        import pandas as pd
        if n_out == 1:
            values = pd.Series(values, index=index)
        else:
            values = tuple(pd.Series(values[..., k], index=index) for k in range(n_out))
        status = pd.Series(status, index=index)
    elif n_out > 1:
        values = tuple(values[..., k] for k in range(n_out))
    return (values, status) if return_status else values


def apply(name, args, return_status=False, calc2=None, ratio_scale=None, round_decimals=None):
    """Runs calculation `name` over args (scalars or array-likes), see the module doc.

    calc2: the eduind_calc2 kind for the two array inputs args[:2];
    ratio_scale / round_decimals: use eduind_ratio_many / eduind_round_many with this
    scalar as the third argument.
    """
    fn = _ELEMS[name]
    n_in, n_out = _capi.py_elem_inputs(fn), _capi.py_elem_outputs(fn)
    index = _pandas_index(args)
    shape, n, flat = broadcast(args)
    out = _np.empty(n * n_out, dtype=_F64)
    status = _np.zeros(n, dtype=_np.intc)
    if n == 0:
        pass
    elif calc2 is not None:
        _capi.py_calc2_many(calc2, flat[0], flat[1], out, status)
    elif ratio_scale is not None:
        _capi.py_ratio_many(flat[0], flat[1], ratio_scale, out, status)
    elif round_decimals is not None and not return_status:
        _capi.py_round_many(flat[0], round_decimals, out)
    else:
        ins = flat + [_ONE] * (5 - len(flat))
        _capi.py_map(fn, ins[0], ins[1], ins[2], ins[3], ins[4], out, status)
    return _finish(out, status, shape, n_out, index, return_status)


def as_array1(x, what):
    """A 1-d contiguous float64 array (a view when x already is one)."""
    if hasattr(x, "to_numpy") and not isinstance(x, _np.ndarray):
        x = x.to_numpy(dtype=_F64, na_value=_np.nan)
    a = _np.asarray(x, dtype=_F64)
    if a.ndim != 1:
        if a.ndim == 0:
            raise InvalidArgumentError("%s must be an array, not a single number" % what,
                                       int(Status.EINVAL))
        a = a.reshape(-1)
    return a


def same_length(**arrays):
    names = list(arrays)
    first = arrays[names[0]]
    for other in names[1:]:
        if arrays[other].size != first.size:
            raise InvalidArgumentError(
                "%s has %d elements but %s has %d" % (names[0], first.size, other, arrays[other].size),
                int(Status.EINVAL))


_ELEMS = {}


def _load_table():
    names = ["ratio", "proportion", "gross_enrolment_ratio", "net_enrolment_rate", "adjusted_ner",
             "ner_cap", "gross_intake_ratio", "out_of_school_rate", "consolidation_rate",
             "consolidation_rate_adjusted", "transition_rate", "effective_transition_rate",
             "promotion_rate", "repetition_rate", "dropout_rate", "dropout_rate_direct",
             "pupil_teacher_ratio", "dual_qualified_share", "staffing_gap", "growth_rate",
             "per_pupil_growth", "cagr", "required_growth", "years_to_target", "gpi", "round"]
    for nm in names:
        i = _capi.py_elem_index(nm)
        if i < 0:
            raise ImportError("eduind: the compiled module lacks the loop for %s" % nm)
        _ELEMS[nm] = i


_load_table()
