#!/bin/sh
# pipeline.sh: mdtl on generated corpora, as whole processes, median of
# RUNS runs: JSON Lines streamed from stdin, the same as a file (the sorted,
# merged timeline), one file per article, and a query on the extracted
# events.  Prints one table (MB are 10^6 bytes).  Not a test: nothing here
# passes or fails.
#
# usage: bench/pipeline.sh [MDTL]    (BENCH_SIZES="1000 20000", RUNS=3)
set -eu

mdtl=${1:-./mdtl}
sizes=${BENCH_SIZES:-1000 20000}
runs=${RUNS:-3}
work=build/bench
mkdir -p "$work"

. bench/measure.sh

row() {	# form articles bytes seconds rss
	awk -v f="$1" -v a="$2" -v b="$3" -v s="$4" -v r="$5" 'BEGIN {
	    mb = b / 1e6; if (s <= 0) s = 0.001
	    printf "| %-28s | %7d | %8.1f | %7.3f | %7.1f | %8.0f | %7.1f |\n",
	        f, a, mb, s, mb / s, a / s, r * 1024 / 1e6 }'
}

[ -x /usr/bin/time ] || { echo "pipeline.sh: needs /usr/bin/time (Debian package time)"; exit 1; }
echo "| form                         | articles |       MB | seconds |    MB/s | articles/s | peak MB |"
echo "|------------------------------|---------:|---------:|--------:|--------:|-----------:|--------:|"
for n in $sizes; do
	c=$work/corpus-$n.jsonl
	[ -s "$c" ] || bench/gen-corpus.py "$n" "$n" >"$c"
	bytes=$(wc -c <"$c")
	for j in 1 2; do
		set -- $(measure "$mdtl timeline -j $j -f jsonl - <$c")
		row "jsonl from stdin, -j $j" "$n" "$bytes" "$1" "$2"
	done
	for j in 1 2; do
		set -- $(measure "$mdtl timeline -j $j -f jsonl $c")
		row "jsonl file (merged), -j $j" "$n" "$bytes" "$1" "$2"
	done
	if [ "$n" -le 20000 ]; then
		d=$work/files-$n
		[ -d "$d" ] || bench/gen-corpus.py "$n" "$n" --files "$d"
		fbytes=$(cat "$d"/*.txt | wc -c)
		set -- $(measure "$mdtl timeline -f jsonl $d")
		row "one file per article" "$n" "$fbytes" "$1" "$2"
	fi
	ev=$work/events-$n.jsonl
	[ -s "$ev" ] || "$mdtl" timeline -f jsonl - <"$c" >"$ev"
	evn=$(wc -l <"$ev")
	set -- $(measure "$mdtl timeline $ev -a rogozin --since 2011 --until 2011-12 -f jsonl")
	row "query $evn events" "$n" "$(wc -c <"$ev")" "$1" "$2"
done
