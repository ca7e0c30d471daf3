# measure.sh: sourced by the benchmarks; needs $work and $runs.
#
# measure COMMAND: the median wall time (to the millisecond: date, as time
# gives hundredths) and the largest peak RSS in KB of $runs runs.
measure() {
	i=0
	: >"$work/times"
	while [ $i -lt "$runs" ]; do
		t0=$(date +%s.%N)
		/usr/bin/time -f "%M" -o "$work/one" sh -c "$1" >/dev/null 2>&1
		t1=$(date +%s.%N)
		awk -v a="$t0" -v b="$t1" -v m="$(cat "$work/one")" \
		    'BEGIN { printf "%.4f %d\n", b - a, m }' >>"$work/times"
		i=$((i + 1))
	done
	sort -n "$work/times" | awk -v n="$runs" '
	    { t[NR] = $1; if ($2 > m) m = $2 }
	    END { printf "%s %d\n", t[int((n + 1) / 2)], m }'
}
