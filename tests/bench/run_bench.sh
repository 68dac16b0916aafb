#!/bin/sh
# Runs bench_eval and bench_numpy.py on the same synthetic data and prints the ratio.
# Usage: tests/bench/run_bench.sh [build-dir] [schools]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-build}
n=${2:-1000000}
bin="$build/tests/bench/bench_eval"
[ -x "$bin" ] || cmake --build "$build" --target bench_eval
data=$(mktemp /tmp/eduind_bench.XXXXXX)
trap 'rm -f "$data"' EXIT
c_out=$("$bin" "$n" "$data")
echo "$c_out"
np_out=$(/usr/bin/python3 "$here/bench_numpy.py" "$n" "$data")
echo "$np_out"
c=$(echo "$c_out" | sed -n 's/^LIBEDUIND_SECONDS //p')
p=$(echo "$np_out" | sed -n 's/^NUMPY_SECONDS //p')
c1=$(echo "$c_out" | sed -n 's/^LIBEDUIND_FIRST_SECONDS //p')
p1=$(echo "$np_out" | sed -n 's/^NUMPY_FIRST_SECONDS //p')
# numpy time / libeduind time: above 1 means libeduind is faster
/usr/bin/python3 -c "print('first runs (cold memory): libeduind %.3f s, numpy %.3f s' % ($c1, $p1))"
/usr/bin/python3 -c "print('libeduind vs numpy: %.2fx' % ($p / $c))"
