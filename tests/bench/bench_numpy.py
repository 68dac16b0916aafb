#!/usr/bin/python3
"""The 40 computations of bench_eval.c done with numpy on the same data.

Usage: /usr/bin/python3 bench_numpy.py SCHOOLS DATA.bin [RUNS]
DATA.bin is written by `bench_eval SCHOOLS DATA.bin`: float64 arrays
data[(var * 2 + year) * n + school], NaN for missing, schools grouped by county
(1000 per county). Prints the CPU time of each run and NUMPY_SECONDS (the best),
NUMPY_MEDIAN_SECONDS and NUMPY_FIRST_SECONDS.
"""
import os
import resource
import sys
import time

import numpy as np

PER_COUNTY = 1000


def main():
    n = int(sys.argv[1])
    d = np.fromfile(sys.argv[2], dtype=np.float64).reshape(8, 2, n)
    P0, T0, G0, C0, B0, A0, S0, R0 = (d[v, 0] for v in range(8))
    P, T, G, C, B, A, S, R = (d[v, 1] for v in range(8))
    k = n // PER_COUNTY

    def grp(x):
        return x[: k * PER_COUNTY].reshape(k, PER_COUNTY)

    def balance_cv(x, p, per):
        xs, ps = grp(x), grp(p)
        X = per * xs.sum(axis=1) / ps.sum(axis=1)
        Xi = per * xs / ps
        w = ps / ps.sum(axis=1, keepdims=True)
        return np.sqrt((w * (Xi - X[:, None]) ** 2).sum(axis=1)) / X

    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    rss_input = proc_kb("VmRSS")
    peak_known = reset_peak()
    cpu, split = [], []
    for _ in range(max(runs, 1)):  # first, best and median, as bench_eval reports them
        t0, b0 = time.process_time(), os.times()
        out = compute(P0, T0, G0, C0, B0, A0, S0, R0, P, T, G, C, B, A, S, R, grp, balance_cv)
        t1, b1 = time.process_time(), os.times()
        cpu.append(t1 - t0)
        split.append((b1.user - b0.user, b1.system - b0.system))
        del out[:]
    peak_eval = proc_kb("VmHWM") if peak_known else -1
    first, best, median = cpu[0], min(cpu), sorted(cpu)[len(cpu) // 2]
    print("runs: " + " ".join("%.3f (user %.3f sys %.3f)" % (c, u, s) for c, (u, s) in zip(cpu, split)))
    out = compute(P0, T0, G0, C0, B0, A0, S0, R0, P, T, G, C, B, A, S, R, grp, balance_cv)
    assert len(out) == 40
    print("numpy: 40 computations on %d schools in %.3f s CPU; peak RSS %.1f MB"
          % (n, best, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0))
    if rss_input > 0 and peak_eval > 0:
        print("memory: %.1f MB resident with the data loaded; peak while computing %.1f MB = %.2fx that"
              % (rss_input / 1024.0, peak_eval / 1024.0, peak_eval / rss_input))
        print("NUMPY_INPUT_MB %.1f\nNUMPY_EVAL_PEAK_MB %.1f" % (rss_input / 1024.0, peak_eval / 1024.0))
    print("NUMPY_FIRST_SECONDS %.6f" % first)
    print("NUMPY_MEDIAN_SECONDS %.6f" % median)
    print("NUMPY_SECONDS %.6f" % best)


def proc_kb(field):
    """Resident (VmRSS) or peak resident (VmHWM) memory in kB, -1 if unknown."""
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return -1


def reset_peak():
    """Resets VmHWM, so that the peak of the computation alone is measured."""
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
        return True
    except OSError:
        return False


def compute(P0, T0, G0, C0, B0, A0, S0, R0, P, T, G, C, B, A, S, R, grp, balance_cv):
    out = []
    with np.errstate(all="ignore"):
        ptr = P / T
        ptr0 = P0 / T0
        out += [ptr, G / P * 100, P / C, B / P, A / P, S / P, T / P * 100, R / P * 100, G / C, S / T]
        out += [(P / P0 - 1) * 100, (T / T0 - 1) * 100, (S / S0 - 1) * 100, (B / B0 - 1) * 100, ptr - ptr0]
        out += [np.where(P / C >= 56, 1.0, 0.0), np.where(np.isnan(R), 0, R) / P * 100,
                np.where(ptr > 20, ptr - 20, 0.0), np.maximum(P - T * 19, 0), G + R + C,
                np.abs(P - P0), np.minimum(B / P, 50), S / (P * 1000) * 100]
        gpi = G / (P - G)
        out += [gpi, np.where(gpi > 1, 2 - (P - G) / G, gpi), (P / P0 - 1) * 100, (B + A) / (P + T),
                P * 2 - G - P, (~(T > 0)).astype(float) + (C == 0), ptr * ptr]
        big = grp(P / C) >= 56
        v = grp(B / P)
        w = grp(P)
        m = (w * v).sum(axis=1) / w.sum(axis=1)
        out += [grp(P).sum(axis=1), grp(T).sum(axis=1), big.sum(axis=1), big.mean(axis=1) * 100,
                grp(P).mean(axis=1),
                np.sqrt((w * (v - m[:, None]) ** 2).sum(axis=1) / w.sum(axis=1)) / m,
                balance_cv(B, P, 1), balance_cv(A, P, 100), balance_cv(T, P, 100),
                grp(S).sum(axis=1) / grp(P).sum(axis=1)]
    return out


if __name__ == "__main__":
    main()
