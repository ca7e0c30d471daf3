# measure.sh: sourced by the benchmarks; needs $work and $runs.

# one COMMAND: its wall time (to the millisecond: date, as time gives
# hundredths) and its peak RSS in KB, on a line.
one() {
	t0=$(date +%s.%N)
	/usr/bin/time -f "%M" -o "$work/one" sh -c "$1" >/dev/null 2>&1
	t1=$(date +%s.%N)
	awk -v a="$t0" -v b="$t1" -v m="$(cat "$work/one")" \
	    'BEGIN { printf "%.4f %d\n", b - a, m }'
}

# median FILE: the median time and the largest peak of one()'s lines.
median() {
	sort -n "$1" | awk '
	    { t[NR] = $1; if ($2 > m) m = $2 }
	    END { printf "%s %d\n", t[int((NR + 1) / 2)], m }'
}

# measure COMMAND: the median wall time and the largest peak RSS in KB of
# $runs runs.
measure() {
	i=0
	: >"$work/times"
	while [ $i -lt "$runs" ]; do
		one "$1" >>"$work/times"
		i=$((i + 1))
	done
	median "$work/times"
}

# measure_pair A B: measure's figures of A, then of B, run in turn, so
# that a change in the machine's pace (seen here: the same run 11 to 17 s
# within minutes) falls on both alike and their ratio holds.
measure_pair() {
	i=0
	: >"$work/times"
	: >"$work/times-b"
	while [ $i -lt "$runs" ]; do
		one "$1" >>"$work/times"
		one "$2" >>"$work/times-b"
		i=$((i + 1))
	done
	echo "$(median "$work/times") $(median "$work/times-b")"
}
