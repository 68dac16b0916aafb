"""Bulk forms: broadcasting like ufuncs, NaN + status arrays, identical to the scalar
calls, no copies of the inputs, the GIL released."""

import math
import threading
import time
import tracemalloc

import numpy as np
import pytest

import eduind

# name -> argument names (in order) and a generator of awkward inputs for each
ELEMENTWISE = {
    "ratio": 3, "proportion": 3, "gross_enrolment_ratio": 2, "net_enrolment_rate": 2,
    "adjusted_ner": 3, "gross_intake_ratio": 2, "out_of_school_rate": 2,
    "consolidation_rate": 2, "consolidation_rate_adjusted": 5, "transition_rate": 2,
    "effective_transition_rate": 4, "promotion_rate": 3, "repetition_rate": 2,
    "dropout_rate": 2, "dropout_rate_direct": 2, "pupil_teacher_ratio": 2,
    "dual_qualified_share": 2, "staffing_gap": 3, "growth_rate": 2, "per_pupil_growth": 4,
    "cagr": 3, "required_growth": 3, "years_to_target": 3,
}
# values that hit every status: zero, negative, NaN, inf, part > whole, ordinary numbers
AWKWARD = np.array([0.0, -3.0, float("nan"), float("inf"), 1.0, 2.5, 7.0, 100.0, 54005.0, 5307.0, 1e308])


def scalar_or_status(fn, args, **kw):
    try:
        return fn(*args, **kw), 0
    except eduind.Error as e:
        return math.nan, e.code


def grid(arity, n=400, seed=1):
    rng = np.random.default_rng(seed + arity)
    return [AWKWARD[rng.integers(0, AWKWARD.size, n)] for _ in range(arity)]


@pytest.mark.parametrize("name", sorted(ELEMENTWISE))
def test_bulk_identical_to_scalar(name):
    fn = getattr(eduind, name)
    cols = grid(ELEMENTWISE[name])
    values, status = fn(*cols, return_status=True)
    assert values.shape == cols[0].shape and status.shape == cols[0].shape
    assert values.dtype == np.float64 and status.dtype == np.intc
    for i in range(cols[0].size):
        expect, code = scalar_or_status(fn, [float(c[i]) for c in cols])
        assert status[i] == code, (name, i, [c[i] for c in cols])
        if code == 0:
            assert values[i] == expect  # bit-identical, not approx
        else:
            assert math.isnan(values[i])
    # without the status array the values are the same
    assert np.array_equal(fn(*cols), values, equal_nan=True)
    # every status path is met at least once and some succeed
    assert (status == 0).any() and (status != 0).any()


@pytest.mark.parametrize("adjusted", [True, False])
def test_gpi_bulk_identical(adjusted):
    f, m = grid(2)
    values, status = eduind.gpi(f, m, adjusted=adjusted, return_status=True)
    for i in range(f.size):
        expect, code = scalar_or_status(eduind.gpi, [f[i], m[i]], adjusted=adjusted)
        assert status[i] == code
        assert (values[i] == expect) or (code and math.isnan(values[i]))
    mixed = eduind.gpi(f, m, adjusted=np.arange(f.size) % 2 == 0)
    assert np.array_equal(mixed[::2], eduind.gpi(f, m, adjusted=True)[::2], equal_nan=True)
    assert np.array_equal(mixed[1::2], eduind.gpi(f, m, adjusted=False)[1::2], equal_nan=True)


def test_round_bulk_identical():
    v = np.array([16.975, 1.005, 0.285, -2.5, 2.675, float("nan"), 9.995, 54005 / 5307])
    r = eduind.round(v, 2)
    assert list(r[:5]) == [16.98, 1.01, 0.29, -2.5, 2.68]
    assert math.isnan(r[5])
    for x, y in zip(v, r):
        if not math.isnan(x):
            assert y == eduind.round(float(x), 2)
    values, status = eduind.round(v, 2, return_status=True)
    assert status[5] == eduind.Status.ENONFINITE and (status[np.arange(8) != 5] == 0).all()
    assert np.array_equal(values, r, equal_nan=True)
    # per-element decimals
    assert list(eduind.round([16.975, 16.975, 16.975], [0, 1, 2])) == [17.0, 17.0, 16.98]
    assert eduind.round(16.975, [1, 2], return_status=True)[1].tolist() == [0, 0]
    bad, st = eduind.round([1.5, 1.5], [2, 99], return_status=True)
    assert st.tolist() == [0, int(eduind.Status.EINVAL)] and math.isnan(bad[1])


def test_ner_cap_bulk():
    m, f, t = eduind.ner_cap([98, 102, 110], [99, 99, 99], [98.5, 100.5, 104])
    assert m[0] == 98 and m[1] == pytest.approx(100.0)
    assert math.isnan(m[2]) and math.isnan(f[2]) and math.isnan(t[2])
    (m2, f2, t2), st = eduind.ner_cap([98, 110], 99, 100, return_status=True)
    assert st.tolist() == [0, int(eduind.Status.ERANGE)]


def test_broadcasting_like_ufuncs():
    pupils = np.array([[100.0], [200.0], [300.0]])          # (3, 1)
    teachers = np.array([[10.0, 20.0, 0.0, 40.0]])            # (1, 4)
    out, st = eduind.pupil_teacher_ratio(pupils, teachers, return_status=True)
    assert out.shape == (3, 4) and st.shape == (3, 4)
    assert out[2, 3] == 300.0 / 40.0
    assert np.isnan(out[:, 2]).all() and (st[:, 2] == eduind.Status.EZERODIV).all()
    # scalar with array, list with scalar, 0-d arrays
    assert eduind.pupil_teacher_ratio([100, 200], 10).tolist() == [10.0, 20.0]
    assert eduind.pupil_teacher_ratio(100, np.array([10.0, 20.0])).tolist() == [10.0, 5.0]
    assert eduind.growth_rate(np.float64(100), np.array(110.0)) == pytest.approx(10.0)
    v, s = eduind.growth_rate(100, 110, return_status=True)
    assert isinstance(v, float) and s == eduind.Status.OK
    v, s = eduind.growth_rate(0, 110, return_status=True)
    assert math.isnan(v) and s == eduind.Status.EZERODIV
    # three inputs of shapes (2,1,1), (3,1), (4,)
    r = eduind.cagr(np.full((2, 1, 1), 100.0), np.array([[110.0], [121.0], [150.0]]),
                    np.array([1.0, 2.0, 3.0, 4.0]))
    assert r.shape == (2, 3, 4)
    assert r[1, 1, 1] == eduind.cagr(100, 121, 2)
    # empty arrays
    assert eduind.pupil_teacher_ratio(np.zeros(0), 1.0).shape == (0,)
    # non-contiguous and integer inputs
    a = np.arange(20, dtype=np.int64)[::2] + 1
    assert np.array_equal(eduind.ratio(a, 2), a / 2)


def test_calc2_kinds_match_their_scalar_functions():
    a = np.array([28906.0, 0.0, 5.0, 54005.0])
    b = np.array([30000.0, 10.0, 0.0, 5307.0])
    for name in ["gross_enrolment_ratio", "net_enrolment_rate", "pupil_teacher_ratio",
                 "consolidation_rate", "transition_rate", "dual_qualified_share", "growth_rate"]:
        fn = getattr(eduind, name)
        got, st = fn(a, b, return_status=True)
        for i in range(a.size):
            expect, code = scalar_or_status(fn, [a[i], b[i]])
            assert st[i] == code and (got[i] == expect or math.isnan(got[i])), name
    got = eduind.proportion(a, b, 100)
    assert got[0] == eduind.proportion(28906.0, 30000.0, 100)
    assert eduind.ratio(a, b, 100)[3] == eduind.ratio(54005.0, 5307.0, 100)


def test_inputs_are_not_copied():
    n = 1_000_000
    a = np.full(n, 54005.0)
    b = np.full(n, 5307.0)
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        out = eduind.pupil_teacher_ratio(a, b)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert out[0] == 54005.0 / 5307.0
    # the result (8 bytes) and the status scratch (4 bytes) per element; a copy of an
    # input would add 8 more
    assert peak < 13 * n, peak
    # the inputs are untouched
    assert a[0] == 54005.0 and b[-1] == 5307.0


def test_pandas_series_keep_their_index():
    pd = pytest.importorskip("pandas")
    idx = pd.Index(["kindergarten", "primary", "special"], name="level")
    pupils = pd.Series([28906, 54005, 194], index=idx)
    teachers = pd.Series([2296, 5307, 0], index=idx)
    ptr, st = eduind.pupil_teacher_ratio(pupils, teachers, return_status=True)
    assert isinstance(ptr, pd.Series) and list(ptr.index) == list(idx)
    assert ptr["primary"] == 54005 / 5307
    assert math.isnan(ptr["special"]) and st["special"] == eduind.Status.EZERODIV
    assert eduind.round(ptr, 2)["kindergarten"] == 12.59
    assert eduind.balance_cv(pd.Series([279, 137, 935, 160, 402]),
                             pd.Series([45, 37, 89, 76, 55])) == pytest.approx(0.515257, abs=5e-7)


def test_gil_is_released_during_bulk_work():
    # A worker thread makes one long bulk call; the main thread keeps running Python code.
    # Were the GIL held during the C loop, the main thread would stall for the whole call.
    n = 4_000_000
    a = np.full(n, 7.0)
    b = np.full(n, 3.0)
    started, done = threading.Event(), threading.Event()
    timing = {}

    def work():
        started.set()
        t0 = time.perf_counter()
        eduind.cagr(a, b, 2.0)          # a loop over the scalar C function
        timing["call"] = time.perf_counter() - t0
        done.set()

    t = threading.Thread(target=work)
    t.start()
    started.wait()
    last, max_gap = time.perf_counter(), 0.0
    while not done.is_set():
        now = time.perf_counter()
        max_gap = max(max_gap, now - last)
        last = now
    t.join()
    assert timing["call"] > 0.02, "the call is too short to tell"
    assert max_gap < timing["call"] / 2, (max_gap, timing["call"])
