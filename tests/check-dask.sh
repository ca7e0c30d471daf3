#!/bin/sh
# check-dask: scripts/mdtl-dask on a scheduler and two worker processes on
# 127.0.0.1 gives the bytes of one process, over JSON Lines cut into many
# partitions and a folder; everything is stopped after, in bounded time.
#
# usage: tests/check-dask.sh MDTL WORKDIR
set -eu

mdtl=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
work=$2
rm -rf "$work"
mkdir -p "$work"
say() { echo "check-dask: $*"; }
pids=
stop() {
	for p in $pids; do kill "$p" 2>/dev/null || :; done
	for p in $pids; do wait "$p" 2>/dev/null || :; done
	pids=
}
trap stop EXIT INT TERM

if ! /usr/bin/python3 -c 'import distributed' 2>/dev/null; then
	say "FAIL: python3-distributed is not installed"
	exit 1
fi
timeout 120 dask scheduler --host 127.0.0.1 --port 0 --no-dashboard \
    --scheduler-file "$work/scheduler.json" >"$work/scheduler.log" 2>&1 &
pids="$!"
n=0
while [ ! -s "$work/scheduler.json" ]; do
	n=$((n + 1))
	if [ "$n" -gt 300 ]; then say "FAIL: no scheduler after 30 s"; exit 1; fi
	sleep 0.1
done
addr=$(/usr/bin/python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["address"])' \
    "$work/scheduler.json")
for w in 1 2; do
	timeout 120 dask worker --scheduler-file "$work/scheduler.json" \
	    --host 127.0.0.1 --nthreads 1 --no-dashboard --name "w$w" \
	    >"$work/worker$w.log" 2>&1 &
	pids="$pids $!"
done

/usr/bin/python3 bench/gen-corpus.py 1500 7 >"$work/corpus.jsonl"
"$mdtl" timeline -f jsonl "$work/corpus.jsonl" tests/corpus >"$work/one.jsonl" \
    2>/dev/null
fail=0
# merged 8 parts a task (the default), and 2: a deeper tree
for fan in 8 2; do
	if timeout 180 scripts/mdtl-dask --scheduler "$addr" --mdtl "$mdtl" \
	    --partition-size 200k --fan-in "$fan" "$work/corpus.jsonl" \
	    tests/corpus >"$work/dask.jsonl" 2>"$work/dask.err" &&
	    [ -s "$work/one.jsonl" ] &&
	    cmp -s "$work/one.jsonl" "$work/dask.jsonl"
	then
		say "2 workers on $addr, --fan-in $fan: the bytes of one" \
		    "process ($(wc -l <"$work/one.jsonl") records)"
	else
		say "FAIL: mdtl-dask --fan-in $fan differs from one process:"
		sed 's/^/  /' "$work/dask.err" | tail -5
		fail=1
	fi
done
stop
exit "$fail"
