#!/bin/sh
# bench/timex.sh: how fast `mdtl timex -f timeml --output-dir` reads the
# TempEval-3 training corpus and writes each document tagged, whole
# processes, as documents and megabytes (10^6 bytes) a second.
# The median of several runs is reported.  A benchmark, not a test.
#
# usage: bench/timex.sh [RUNS] [CORPUS...]
set -eu
cd "$(dirname "$0")/.."
runs=${1:-5}
[ $# -gt 0 ] && shift
[ $# -gt 0 ] || set -- ../shared/data/timeml/TimeBank ../shared/data/timeml/AQUAINT
[ -x ./mdtl ] || make -s mdtl

for dir in "$@"; do
	if [ ! -d "$dir" ]; then
		echo "bench/timex.sh: no folder $dir" >&2
		exit 2
	fi
	docs=$(find "$dir" -name '*.tml' | wc -l)
	bytes=$(find "$dir" -name '*.tml' -exec cat {} + | wc -c)
	times=""
	i=0
	while [ "$i" -lt "$runs" ]; do
		start=$(date +%s.%N)
		rm -rf build/bench/timex-out
		mkdir -p build/bench/timex-out
		./mdtl timex -f timeml --output-dir build/bench/timex-out "$dir"
		end=$(date +%s.%N)
		times="$times $(echo "$end - $start" | bc -l)"
		i=$((i + 1))
	done
	median=$(echo "$times" | tr ' ' '\n' | sed '/^$/d' | sort -n |
	    awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
	printf '%-40s %4d docs %7.2f MB  %6.3f s  %8.0f docs/s  %6.1f MB/s\n' \
	    "$dir" "$docs" "$(echo "$bytes / 1000000" | bc -l)" "$median" \
	    "$(echo "$docs / $median" | bc -l)" \
	    "$(echo "$bytes / 1000000 / $median" | bc -l)"
done
