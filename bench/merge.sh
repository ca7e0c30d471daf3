#!/bin/sh
# merge.sh: what merging costs at scale, as whole processes, median of RUNS
# runs: over make-corpus of ../shared/data (when it is beside the project;
# else bench/gen-corpus.py) at 20 000 and 80 000 articles, the streamed
# timeline, the merged timeline (-j 1, -j 2) and `mdtl merge` of the
# streamed events, in the default memory budget (through temporary files)
# and with all in memory (--max-memory 64G); -j 1 and -j 2 through files
# run in turn, and a table gives their ratio; and, when python3-distributed
# is installed, scripts/mdtl-dask on a local cluster of two workers; then
# the one-speaker-one-day corpus (bench/same-day.py), whose time must grow
# linearly.  Prints tables (MB are 10^6 bytes).  Not a test: nothing here
# passes or fails.
#
# usage: bench/merge.sh [MDTL]    (MERGE_SIZES="20000 80000", RUNS=3)
set -eu

mdtl=${1:-./mdtl}
pairs=
sizes=${MERGE_SIZES:-20000 80000}
runs=${RUNS:-3}
work=build/bench
mkdir -p "$work"

. bench/measure.sh

row() {	# what input-MB seconds rss-KB
	awk -v f="$1" -v b="$2" -v s="$3" -v r="$4" 'BEGIN {
	    if (s <= 0) s = 0.001
	    printf "| %-40s | %8.1f | %7.3f | %7.1f | %7.1f |\n",
	        f, b / 1e6, s, b / 1e6 / s, r * 1024 / 1e6 }'
}

[ -x /usr/bin/time ] || { echo "merge.sh: needs /usr/bin/time (Debian package time)"; exit 1; }
echo "| run                                      |  in MB | seconds |    MB/s | peak MB |"
echo "|------------------------------------------|-------:|--------:|--------:|--------:|"
for n in $sizes; do
	c=$work/make-corpus-$n.jsonl
	if [ ! -s "$c" ]; then
		if [ -x ../shared/eval/make-corpus ]; then
			../shared/eval/make-corpus ../shared/data "$n" "$c" >/dev/null
		else
			bench/gen-corpus.py "$n" "$n" >"$c"
		fi
	fi
	bytes=$(wc -c <"$c")
	set -- $(measure "$mdtl timeline --stream -j 1 -f jsonl $c")
	row "$n: streamed, -j 1" "$bytes" "$1" "$2"
	set -- $(measure_pair "$mdtl timeline -j 1 -f jsonl $c" \
	    "$mdtl timeline -j 2 -f jsonl $c")
	row "$n: merged timeline, -j 1" "$bytes" "$1" "$2"
	row "$n: merged timeline, -j 2" "$bytes" "$3" "$4"
	pairs="$pairs $n:timeline:$1:$3"
	for j in 1 2; do
		set -- $(measure "$mdtl timeline -j $j -f jsonl --max-memory 64G $c")
		row "$n: merged timeline, -j $j, in memory" "$bytes" "$1" "$2"
	done
	ev=$work/make-events-$n.jsonl
	[ -s "$ev" ] || "$mdtl" timeline --stream -f jsonl "$c" >"$ev"
	set -- $(measure_pair "$mdtl merge -j 1 $ev" "$mdtl merge -j 2 $ev")
	row "$n: merge of $(wc -l <"$ev"), -j 1" "$(wc -c <"$ev")" "$1" "$2"
	row "$n: merge of $(wc -l <"$ev"), -j 2" "$(wc -c <"$ev")" "$3" "$4"
	pairs="$pairs $n:merge:$1:$3"
	set -- $(measure "$mdtl merge --max-memory 64G $ev")
	row "$n: merge of $(wc -l <"$ev"), in memory" "$(wc -c <"$ev")" \
	    "$1" "$2"
	if /usr/bin/python3 -c 'import distributed' 2>/dev/null; then
		set -- $(measure "scripts/mdtl-dask --workers 2 --mdtl $mdtl $c")
		row "$n: mdtl-dask, 2 local workers" "$bytes" "$1" "$2"
	fi
done
echo
echo "| -j 2 over -j 1, run in turn | -j 1: s | -j 2: s | times |"
echo "|-----------------------------|--------:|--------:|------:|"
for p in $pairs; do
	echo "$p" | awk -F: '{ printf "| %-27s | %7.3f | %7.3f | %5.2f |\n",
	    $1 ": " $2, $3, $4, ($4 > 0 ? $3 / $4 : 0) }'
done
echo
echo "| one speaker, one day | articles | seconds | articles/s |"
echo "|----------------------|---------:|--------:|-----------:|"
for n in 5000 10000 20000 40000; do
	s=$work/same-day-$n.jsonl
	[ -s "$s" ] || bench/same-day.py "$n" >"$s"
	set -- $(measure "$mdtl timeline -j 1 -f jsonl $s")
	awk -v n="$n" -v s="$1" 'BEGIN { if (s <= 0) s = 0.001
	    printf "| merged timeline      | %8d | %7.3f | %10.0f |\n", n, s, n / s }'
done
