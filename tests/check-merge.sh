#!/bin/sh
# check-merge: merging is a function of the set of events it is given.
# Over a generated corpus of more than 100 000 streamed events: the merge
# of shards (random partitions, merged in random orders, as a flat reduce
# and as a tree), of its own output, of the events twice, and the merged
# timeline of one process all give the bytes of one merge in memory, and
# so do merges through temporary files in small memory budgets, which
# leave no file behind, even when killed; and a query returns records of
# the unfiltered run, whole.
#
# usage: tests/check-merge.sh MDTL WORKDIR
set -eu

mdtl=$1 work=$2
rm -rf "$work"
mkdir -p "$work"
fail=0
say() { echo "check-merge: $*"; }
bad() { say "FAIL: $*"; fail=1; }

/usr/bin/python3 bench/gen-corpus.py 13000 11 >"$work/corpus.jsonl"
"$mdtl" timeline --stream -f jsonl "$work/corpus.jsonl" >"$work/events.jsonl"
events=$(wc -l <"$work/events.jsonl")
[ "$events" -ge 100000 ] || bad "only $events events: the corpus is too small"
# the reference: everything in memory
"$mdtl" merge --max-memory 4G "$work/events.jsonl" >"$work/one.jsonl"
records=$(wc -l <"$work/one.jsonl")
[ "$records" -lt "$events" ] || bad "nothing merged ($records records)"

same() {	# what, file
	if cmp -s "$work/one.jsonl" "$2"; then say "$1: the same $records records"
	else bad "$1 differs from one merge ($(wc -l <"$2") records)"; fi
}

# Random partitions: k shards of random sizes, lines shuffled, each merged,
# then all merged in a shuffled order; and a tree of pairwise merges.
for seed in 1 2 3; do
	rm -f "$work"/shard.* "$work"/part.*
	/usr/bin/python3 - "$work/events.jsonl" "$work/shard" "$seed" <<'EOF'
import random, sys
src, out, seed = sys.argv[1], sys.argv[2], int(sys.argv[3])
rng = random.Random(seed)
lines = open(src, encoding="utf-8").readlines()
rng.shuffle(lines)
k = rng.randint(2, 6)
cuts = sorted(rng.sample(range(1, len(lines)), k - 1))
for i, (a, b) in enumerate(zip([0] + cuts, cuts + [len(lines)])):
    with open("%s.%d" % (out, i), "w", encoding="utf-8") as f:
        f.writelines(lines[a:b])
EOF
	n=0
	for s in "$work"/shard.*; do
		"$mdtl" merge "$s" >"$work/part.$n"
		n=$((n + 1))
	done
	# shuffled order: the parts listed by a seeded sort of their names
	"$mdtl" merge $(ls "$work"/part.* | /usr/bin/python3 -c "
import random, sys; l = sys.stdin.read().split(); random.Random($seed).shuffle(l); print(' '.join(l))") \
	    >"$work/flat.jsonl"
	same "seed $seed: $n shards merged, then merged in any order" \
	    "$work/flat.jsonl"
	# a tree: merge pairs until one is left
	set -- "$work"/part.*
	level=0
	while [ $# -gt 1 ]; do
		out= i=0
		while [ $# -gt 0 ]; do
			if [ $# -ge 2 ]; then
				"$mdtl" merge "$2" "$1" >"$work/tree.$level.$i"
				shift 2
			else
				cp "$1" "$work/tree.$level.$i"
				shift
			fi
			out="$out $work/tree.$level.$i"
			i=$((i + 1))
		done
		set -- $out
		level=$((level + 1))
	done
	same "seed $seed: a tree of merges ($level levels)" "$1"
done

"$mdtl" merge "$work/one.jsonl" >"$work/again.jsonl"
same "merge of merged records (idempotent)" "$work/again.jsonl"
"$mdtl" merge "$work/events.jsonl" "$work/events.jsonl" >"$work/twice.jsonl"
same "the events twice" "$work/twice.jsonl"
"$mdtl" merge "$work/one.jsonl" "$work/part.0" >"$work/overlap.jsonl"
same "merged records and a part of them again" "$work/overlap.jsonl"
"$mdtl" timeline -f jsonl "$work/corpus.jsonl" >"$work/timeline.jsonl"
same "the merged timeline of one process" "$work/timeline.jsonl"
sort "$work/timeline.jsonl" >"$work/sorted.jsonl"

# Through files: the default budget, and budgets small enough that parts
# split down to a day and an actor and the runs are many.
mkdir -p "$work/tmp"
for m in 32M 1M; do
	TMPDIR=$work/tmp "$mdtl" merge --max-memory $m "$work/events.jsonl" \
	    >"$work/files.jsonl"
	same "merge in $m of memory" "$work/files.jsonl"
	TMPDIR=$work/tmp "$mdtl" timeline -f jsonl --max-memory $m \
	    "$work/corpus.jsonl" >"$work/files.jsonl"
	same "the merged timeline in $m of memory" "$work/files.jsonl"
done
TMPDIR=$work/tmp "$mdtl" merge --max-memory 1M "$work/one.jsonl" \
    "$work/events.jsonl" "$work/part.0" >"$work/files.jsonl"
same "merged records, the events and a part, in 1M of memory" \
    "$work/files.jsonl"
TMPDIR=$work/tmp "$mdtl" merge --max-memory 1M "$work/events.jsonl" \
    >/dev/null &
sleep 1
kill -TERM $! 2>/dev/null || true
wait $! 2>/dev/null || true
# no room for the files: said, with a failing status, and no output
if TMPDIR=$work/none "$mdtl" merge --max-memory 1M "$work/events.jsonl" \
    >"$work/none.jsonl" 2>"$work/none.err"; then
	bad "a \$TMPDIR that is not there: exit status 0"
elif grep -q "No such file" "$work/none.err" && [ ! -s "$work/none.jsonl" ]
then say "a \$TMPDIR that is not there: $(cat "$work/none.err")"
else bad "a \$TMPDIR that is not there: $(cat "$work/none.err")"; fi
if [ -z "$(ls -A "$work/tmp")" ]; then say "no temporary file left behind"
else bad "temporary files left in \$TMPDIR: $(ls "$work/tmp" | head -3)"; fi

# A query's records are the unfiltered run's records, whole: each line it
# writes is a line of the merged timeline.
for q in "-a rogozin" "-t summit -g lisbon" "--since 2011-06 --until 2011-12" \
    "-a medvedev -t statement" "-a russia+"; do
	# shellcheck disable=SC2086
	"$mdtl" timeline -f jsonl $q "$work/corpus.jsonl" >"$work/query.jsonl"
	got=$(wc -l <"$work/query.jsonl")
	extra=$(sort "$work/query.jsonl" | comm -23 - "$work/sorted.jsonl" |
	    wc -l)
	if [ "$got" -gt 0 ] && [ "$extra" -eq 0 ]
	then say "'$q': $got records, each one of the unfiltered run's"
	else bad "'$q': $got records, $extra not the unfiltered run's"; fi
done

exit "$fail"
