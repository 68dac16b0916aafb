#!/bin/sh
# Runs bench_eval and bench_numpy.py on the same synthetic data, each several times,
# and prints the ratios (numpy time / libeduind time: above 1 means libeduind is faster).
# Usage: tests/bench/run_bench.sh [build-dir] [schools] [runs]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-build}
n=${2:-1000000}
runs=${3:-7}
bin="$build/tests/bench/bench_eval"
[ -x "$bin" ] || cmake --build "$build" --target bench_eval
data=$(mktemp /tmp/eduind_bench.XXXXXX)
trap 'rm -f "$data"' EXIT
# On some virtual machines the host backs guest memory on its first touch, which makes
# whichever side runs first pay for it in its first run (about 1 s per GB here). Touch
# and free about 2 GB first so that both first runs start alike; EDUIND_BENCH_WARM=0
# skips this.
if [ "${EDUIND_BENCH_WARM:-1}" != 0 ]; then
	/usr/bin/python3 -c 'import numpy; numpy.ones(250_000_000).sum()'
fi
c_out=$("$bin" "$n" "$data" "$runs")
echo "$c_out"
np_out=$(/usr/bin/python3 "$here/bench_numpy.py" "$n" "$data" "$runs")
echo "$np_out"
pick() { echo "$1" | sed -n "s/^$2 //p"; }
/usr/bin/python3 -c '
import sys
c, p, cm, pm, c1, p1 = map(float, sys.argv[1:7])
print("first runs (fresh memory): libeduind %.3f s, numpy %.3f s" % (c1, p1))
print("median of runs: libeduind %.3f s, numpy %.3f s: %.2fx" % (cm, pm, pm / cm))
print("libeduind vs numpy: %.2fx (best runs: %.3f s vs %.3f s)" % (p / c, c, p))
ci, ce, pi, pe = (float(x) if x else 0.0 for x in sys.argv[7:11])
if ci > 0 and pi > 0:
    print("peak memory while evaluating / resident with the input loaded: libeduind %.0f / %.0f MB = %.2fx, "
          "numpy %.0f / %.0f MB = %.2fx" % (ce, ci, ce / ci, pe, pi, pe / pi))
' "$(pick "$c_out" LIBEDUIND_SECONDS)" "$(pick "$np_out" NUMPY_SECONDS)" \
	"$(pick "$c_out" LIBEDUIND_MEDIAN_SECONDS)" "$(pick "$np_out" NUMPY_MEDIAN_SECONDS)" \
	"$(pick "$c_out" LIBEDUIND_FIRST_SECONDS)" "$(pick "$np_out" NUMPY_FIRST_SECONDS)" \
	"$(pick "$c_out" LIBEDUIND_INPUT_MB)" "$(pick "$c_out" LIBEDUIND_EVAL_PEAK_MB)" \
	"$(pick "$np_out" NUMPY_INPUT_MB)" "$(pick "$np_out" NUMPY_EVAL_PEAK_MB)"
