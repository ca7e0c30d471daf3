#!/bin/sh
# check-stream: what needs a shell around mdtl: standard input, a FIFO, a
# line of 200 MB, a run killed while it writes -o FILE, a closed pipe, and
# what -o FILE must never lose.
#
# usage: tests/check-stream.sh MDTL WORKDIR
set -eu

mdtl=$1 work=$2
W=$work
export W
good_one=tests/corpus/lavrov-radar.txt
rm -rf "$work"
mkdir -p "$work"
fail=0
say() { echo "check-stream: $*"; }
bad() { say "FAIL: $*"; fail=1; }
corpus=tests/inputs/corpus.jsonl

# 1. Articles on standard input stream out per article; the reducer gives
#    what one run over the file gives (the paths aside).
"$mdtl" timeline -f jsonl - <"$corpus" | "$mdtl" merge |
    sed 's|"path":"-:|"path":"@:|g' >"$work/stream.jsonl"
"$mdtl" timeline -f jsonl "$corpus" | "$mdtl" merge |
    sed "s|\"path\":\"$corpus:|\"path\":\"@:|g" >"$work/batch.jsonl"
if [ -s "$work/batch.jsonl" ] && cmp -s "$work/stream.jsonl" "$work/batch.jsonl"
then say "stdin streamed then merged = one run over the file ($(wc -l <"$work/batch.jsonl") events)"
else bad "stdin stream | merge differs from the file's timeline"; fi

# 2. A FIFO is read like a file.
mkfifo "$work/fifo"
cat tests/corpus/lavrov-radar.txt >"$work/fifo" &
"$mdtl" timeline "$work/fifo" >"$work/fifo.out"
wait
"$mdtl" timeline tests/corpus/lavrov-radar.txt >"$work/file.out"
if cmp -s "$work/fifo.out" "$work/file.out"; then say "a FIFO reads as its file"
else bad "a FIFO gave other events than its file"; fi

# 2b. From a pipe that waits, an article's records come out before the next
#     article is written, with one thread or two: the writer waits for them
#     (giving up after 60 s and saying so, so that a regression fails
#     rather than hangs).
for j in 1 2; do
	rm -f "$work/slow.in" "$work/slow.out" "$work/slow.late"
	mkfifo "$work/slow.in"
	{
		sed -n 1p "$corpus"
		n=0
		while [ ! -s "$work/slow.out" ]; do
			n=$((n + 1))
			if [ "$n" -gt 600 ]; then : >"$work/slow.late"; break; fi
			sleep 0.1
		done
		sed -n 2p "$corpus"
	} >"$work/slow.in" &
	"$mdtl" timeline -j "$j" --stream -f jsonl - <"$work/slow.in" \
	    >"$work/slow.out"
	wait
	sed -n 1,2p "$corpus" | "$mdtl" timeline -j 1 --stream -f jsonl - \
	    >"$work/slow.want"
	if [ ! -e "$work/slow.late" ] && cmp -s "$work/slow.out" "$work/slow.want"
	then say "-j $j: an article's records leave before the next article comes"
	else bad "-j $j: records held back until the next article"; fi
done

# 3. One line of 200 MB: skipped with one line on stderr, the rest read.
{ head -c 209715200 /dev/zero | tr '\0' 'a'; echo; } >"$work/long.jsonl"
sed -n 2p "$corpus" >>"$work/long.jsonl"
status=0
"$mdtl" timeline -f jsonl "$work/long.jsonl" >"$work/long.out" \
    2>"$work/long.err" || status=$?
if [ "$status" -eq 1 ] && [ "$(wc -l <"$work/long.err")" -eq 1 ] &&
    grep -q ':1: a line longer than the limit' "$work/long.err" &&
    [ -s "$work/long.out" ]
then say "a 200 MB line is skipped with one message, the next line read"
else bad "200 MB line: status $status, $(cat "$work/long.err")"; fi
cp "$work/long.jsonl" "$work/long.txt"
status=0
"$mdtl" timeline "$work/long.txt" tests/corpus/lavrov-radar.txt \
    >"$work/long2.out" 2>"$work/long2.err" || status=$?
if [ "$status" -eq 1 ] && [ "$(wc -l <"$work/long2.err")" -eq 1 ] &&
    grep -q 'larger than the limit' "$work/long2.err" &&
    cmp -s "$work/long2.out" "$work/file.out"
then say "a 200 MB article is refused with one message, the next file read"
else bad "200 MB article: status $status, $(cat "$work/long2.err")"; fi
rm -f "$work/long.jsonl" "$work/long.txt"

# 4. -o FILE killed while writing: FILE is the old one or the whole new
#    one, never a part.
i=0
while [ $i -lt 200 ]; do cat "$corpus"; i=$((i + 1)); done >"$work/many.jsonl"
"$mdtl" timeline --stream -f jsonl "$work/many.jsonl" >"$work/whole.jsonl"
kills=0 old=0
# killed while it waits for more input, its output half made: every time
rm -f "$work/stall4"
mkfifo "$work/stall4"
for n in 1 2 3; do
	echo old >"$work/out.jsonl"
	{ head -$n "$work/many.jsonl"; sleep 5; } >"$work/stall4" &
	writer=$!
	"$mdtl" timeline --stream -f jsonl -o "$work/out.jsonl" \
	    "$work/stall4" 2>/dev/null &
	pid=$!
	k=0
	while [ -z "$(find "$work" -name 'out.jsonl.tmp*')" ] && [ $k -lt 100 ]
	do sleep 0.05; k=$((k + 1)); done
	sleep 0.2
	kill -9 $pid 2>/dev/null && kills=$((kills + 1))
	wait $pid 2>/dev/null || true
	kill $writer 2>/dev/null || true
	wait $writer 2>/dev/null || true
	# (SIGKILL cannot be caught: its temporary file stays)
	rm -f "$work"/out.jsonl.tmp*
	if [ "$(cat "$work/out.jsonl")" = old ]; then old=$((old + 1))
	else bad "-o FILE not the old one after SIGKILL mid-run"; fi
done
"$mdtl" timeline --stream -f jsonl -o "$work/out.jsonl" "$work/many.jsonl"
cmp -s "$work/out.jsonl" "$work/whole.jsonl" ||
    bad "-o FILE of a whole run differs from standard output"
say "-o FILE after $kills SIGKILLs mid-run: the old one $old times; a whole run writes it whole"

# 5. A closed pipe ends the run quietly.
status=0
"$mdtl" timeline -f jsonl "$work/many.jsonl" 2>"$work/pipe.err" | head -1 \
    >/dev/null || status=$?
if [ ! -s "$work/pipe.err" ]; then say "mdtl ... | head -1 is quiet"
else bad "| head -1 printed: $(cat "$work/pipe.err")"; fi

# 5b. ... every command the same way, by SIGPIPE (141), even when the
#     caller ignores it: the reader has closed its end before mdtl writes.
same=0
for cmd in "timeline" "timeline --stream -f jsonl" "report" "deadlines" \
    "actors" "parse" "timex" "check" "--help" "timeline --help"; do
	case $cmd in
	check|*--help) input= ;;
	*) input=$work/many.jsonl ;;
	esac
	# shellcheck disable=SC2086
	# (mdtl starts once the reader has gone: a short output would fit
	# in the pipe first)
	sh -c 'trap "" PIPE
	    { sleep 0.3; "$0" "$@" 2>"$W/pipe.err"; echo $? >"$W/pipe.status"; } |
	    { exec 0<&-; sleep 0.6; }' "$mdtl" $cmd $input
	status=$(cat "$work/pipe.status")
	if [ "$status" -eq 141 ] && [ ! -s "$work/pipe.err" ]
	then same=$((same + 1))
	else bad "mdtl $cmd into a closed pipe, SIGPIPE ignored: status \
$status, $(head -c 100 "$work/pipe.err")"; fi
done
say "into a closed pipe, SIGPIPE ignored by the caller: $same of 10 commands end by SIGPIPE, quietly"

# 5c. Colour only where the terminal has it: TERM=dumb turns it off.
if command -v script >/dev/null 2>&1; then
	dumb=$(TERM=dumb script -qec "$mdtl timeline --no-pager $good_one" /dev/null |
	    grep -c "$(printf '\033')" || true)
	xterm=$(TERM=xterm script -qec "$mdtl timeline --no-pager $good_one" /dev/null |
	    grep -c "$(printf '\033')" || true)
	if [ "$dumb" -eq 0 ] && [ "$xterm" -gt 0 ]
	then say "on a terminal: colour with TERM=xterm, none with TERM=dumb"
	else bad "colour on a terminal: $dumb lines with TERM=dumb, $xterm with xterm"; fi
else
	say "script missing: colour on a terminal not checked"
fi

# NAME-J.out and NAME-J.err for -j 2, 3 and 8 are those of -j 1
same_as_j1() {
	for j in 2 3 8; do
		if cmp -s "$work/$1-1.out" "$work/$1-$j.out" &&
		    cmp -s "$work/$1-1.err" "$work/$1-$j.err"; then
			same=$((same + 1))
		else bad "-j $j $2 differs from -j 1"; fi
	done
}

# 6. -j N: the output and the messages of one thread, byte for byte, in
#    input order; bad lines among good ones, streamed and merged.
/usr/bin/python3 bench/gen-corpus.py 400 7 >"$work/gen.jsonl"
{ sed -n 1,150p "$work/gen.jsonl"; echo '{"title": broken'; echo '[1,2]'
  sed -n '151,$p' "$work/gen.jsonl"; } >"$work/par.jsonl"
same=0
for mode in stream batch text; do
	for j in 1 2 3 8; do
		case $mode in
		stream) "$mdtl" timeline -j $j -f jsonl - <"$work/par.jsonl" \
		    >"$work/par-$j.out" 2>"$work/par-$j.err" || true ;;
		batch) "$mdtl" timeline -j $j -f jsonl "$work/par.jsonl" \
		    >"$work/par-$j.out" 2>"$work/par-$j.err" || true ;;
		text) "$mdtl" timeline -j $j --stream "$work/par.jsonl" \
		    >"$work/par-$j.out" 2>"$work/par-$j.err" || true ;;
		esac
	done
	same_as_j1 par "($mode)"
	[ -s "$work/par-1.out" ] && grep -q ':151:' "$work/par-1.err" ||
	    bad "-j ($mode): no output, or the bad line 151 not reported"
done
say "-j 2, 3, 8 = -j 1 on 400 articles with 2 bad lines, stdout and stderr ($same of 9)"

# 7. -j N over files, folders, JSON Lines, standard input and inputs that
#    fail (missing, unreadable, binary): the same output, messages and
#    status as -j 1.
mkdir "$work/mix"
cp tests/corpus/* "$work/mix/"
printf '\000\001 binary' >"$work/mix/zz-binary.txt"
same=0
for j in 1 2 3 8; do
	status=0
	"$mdtl" timeline -j $j -f jsonl "$work/mix" "$work/par.jsonl" \
	    /nonexistent /proc/self/mem - data/articles <"$corpus" \
	    >"$work/mix-$j.out" 2>"$work/mix-$j.err" || status=$?
	echo "status $status" >>"$work/mix-$j.err"
done
same_as_j1 mix "over mixed inputs"
grep -q 'status 1' "$work/mix-1.err" && grep -q 'binary' "$work/mix-1.err" ||
    bad "mixed inputs: the failures were not all reported"
say "-j 2, 3, 8 = -j 1 over files, a folder, JSON Lines, stdin and 3 bad inputs ($same of 3)"

# 8. Each input file is opened once, whatever -j: the thread that reads it
#    hands its bytes on, never its name.
if command -v strace >/dev/null 2>&1; then
	twice=0
	for j in 1 2 8; do
		ASAN_OPTIONS=detect_leaks=0 strace -f -qq -e trace=open,openat \
		    -o "$work/opens-$j" "$mdtl" timeline -j $j -f jsonl \
		    "$work/mix" "$work/par.jsonl" >/dev/null 2>&1 || true
		n=$(grep -c -e "$work/mix/" -e "$work/par.jsonl" "$work/opens-$j")
		d=$(grep -o -e "\"$work/[^\"]*\"" "$work/opens-$j" | sort |
		    uniq -d | wc -l)
		[ "$n" -ge 5 ] && [ "$d" -eq 0 ] || { twice=1; bad "-j $j: \
$d input files opened more than once (of $n opens)"; }
	done
	[ $twice -eq 0 ] && say "each input file is opened once, at -j 1, 2 and 8"
else
	say "strace missing: opens not counted"
fi

# 9. SIGINT, SIGTERM and SIGHUP while -o FILE is written (the input a FIFO
#    that stalls): the run dies of the signal, FILE is the old one and no
#    temporary file is left.  (env --default-signal: a background job of
#    a script starts with SIGINT ignored, and mdtl leaves ignored signals
#    alone.)
rm -f "$work/stall"
mkfifo "$work/stall"
for sig in INT TERM HUP; do
	echo old >"$work/sig.jsonl"
	{ head -3 "$corpus"; sleep 5; } >"$work/stall" &
	writer=$!
	env --default-signal=INT "$mdtl" timeline --stream -f jsonl \
	    -o "$work/sig.jsonl" "$work/stall" 2>/dev/null &
	pid=$!
	n=0
	while [ -z "$(find "$work" -name 'sig.jsonl.tmp*')" ] && [ $n -lt 100 ]
	do sleep 0.05; n=$((n + 1)); done
	sleep 0.2
	kill -s "$sig" $pid
	status=0
	wait $pid || status=$?
	kill $writer 2>/dev/null || true
	wait $writer 2>/dev/null || true
	left=$(find "$work" -name 'sig.jsonl.tmp*' | wc -l)
	if [ $status -gt 128 ] && [ "$(cat "$work/sig.jsonl")" = old ] &&
	    [ "$left" -eq 0 ]
	then say "SIG$sig mid-run: status $status, -o FILE intact, no temporary file"
	else bad "SIG$sig mid-run: status $status, $left temporary files, -o FILE: $(head -c 40 "$work/sig.jsonl")"; fi
done

# 10. A run that fails never replaces -o FILE, whatever the command, with
#     or without good inputs beside the bad one.
good=tests/corpus/lavrov-radar.txt
"$mdtl" timeline -f jsonl "$good" >"$work/good-events.jsonl"
kept=0
for args in "timeline -f jsonl" "timeline --stream -f jsonl" "report" \
    "report -f html" "deadlines" "timex"; do
	for inputs in "/nonexistent" "$good /nonexistent"; do
		echo old >"$work/keep.out"
		# shellcheck disable=SC2086
		if "$mdtl" $args -o "$work/keep.out" $inputs 2>/dev/null ||
		    [ "$(cat "$work/keep.out")" != old ]
		then bad "mdtl $args -o FILE $inputs: FILE replaced by a failed run"
		else kept=$((kept + 1)); fi
	done
done
echo old >"$work/keep.out"
if "$mdtl" merge -o "$work/keep.out" "$work/good-events.jsonl" /nonexistent \
    2>/dev/null || [ "$(cat "$work/keep.out")" != old ]
then bad "merge -o FILE: FILE replaced by a failed run"
else kept=$((kept + 1)); fi
say "-o FILE kept by $kept failed runs of 13"

# 11. -o FILE naming an input, as given, through a folder, a second name
#     or standard input: refused with a usage error, the input untouched.
mkdir -p "$work/in"
cp "$good" "$work/in/a.txt"
ln "$work/in/a.txt" "$work/b.txt"
refused=0
for run in "timeline -o $work/in/a.txt $work/in/a.txt" \
    "timeline -f jsonl -o $work/in/a.txt $work/in" \
    "report -o $work/b.txt $work/in/a.txt" \
    "timex -o $work/b.txt $work/in" \
    "timeline --stream -f jsonl -o $work/in/a.txt -"; do
	status=0
	# shellcheck disable=SC2086
	"$mdtl" $run <"$work/in/a.txt" >/dev/null 2>"$work/clobber.err" ||
	    status=$?
	if [ $status -eq 2 ] && cmp -s "$good" "$work/in/a.txt" &&
	    grep -q 'is also an input' "$work/clobber.err"
	then refused=$((refused + 1))
	else bad "mdtl $run: status $status, the input $(cmp -s "$good" \
"$work/in/a.txt" && echo kept || echo overwritten)"; fi
done
"$mdtl" timeline -f jsonl "$good" >"$work/events.jsonl"
status=0
"$mdtl" merge -o "$work/events.jsonl" <"$work/events.jsonl" 2>/dev/null ||
    status=$?
[ $status -eq 2 ] && [ -s "$work/events.jsonl" ] &&
    refused=$((refused + 1)) || bad "merge -o FILE <FILE: status $status"
say "-o FILE that is also an input refused, $refused of 6"

# 12. -o FILE keeps the mode of the file it replaces; a new file gets
#     0666 less the umask; a name of 255 bytes works.
echo old >"$work/mode.out"
chmod 600 "$work/mode.out"
"$mdtl" timeline -o "$work/mode.out" "$good"
m1=$(stat -c %a "$work/mode.out")
rm -f "$work/mode.out"
(umask 077 && "$mdtl" timeline -o "$work/mode.out" "$good")
m2=$(stat -c %a "$work/mode.out")
rm -f "$work/mode.out"
(umask 022 && "$mdtl" timeline -o "$work/mode.out" "$good")
m3=$(stat -c %a "$work/mode.out")
if [ "$m1$m2$m3" = 600600644 ]
then say "-o FILE keeps 0600, a new file follows the umask (077: 600, 022: 644)"
else bad "-o FILE modes: kept $m1 (want 600), umask 077 $m2, 022 $m3"; fi
long=$(printf '%0255d' 0)
status=0
"$mdtl" timeline -o "$work/$long" "$good" 2>"$work/long.err" || status=$?
if [ $status -eq 0 ] && [ -s "$work/$long" ] &&
    [ "$(find "$work" -name "${long%??????????}*" | wc -l)" -eq 1 ]
then say "-o with a 255-byte name written, no temporary file left"
else bad "-o with a 255-byte name: status $status, $(cat "$work/long.err")"; fi

# 13. -o FILE's extension chooses the format when -f does not; an -f it
#     contradicts wins, with a warning.
inferred=0
for pair in "report:brief.html:<!DOCTYPE html>" "report:brief.md:# Briefing" \
    "timeline:t.ics:BEGIN:VCALENDAR" "timeline:t.csv:id,date," \
    "timeline:t.jsonl:{\"id\":" "timeline:t.yml:- id:" \
    "deadlines:d.jsonl:{\"id\":" "timex:t.tml:<?xml"; do
	cmd=${pair%%:*} rest=${pair#*:}
	file=${rest%%:*} head=${rest#*:}
	in=$good
	[ "$cmd" = timex ] && in=tests/inputs/timeml-elements.tml
	"$mdtl" "$cmd" -o "$work/$file" "$in" 2>/dev/null
	case $(head -c ${#head} "$work/$file") in
	"$head") inferred=$((inferred + 1)) ;;
	*) bad "$cmd -o $file: not written as its extension says: $(head -c 40 "$work/$file")" ;;
	esac
done
"$mdtl" timeline -f md -o "$work/x.csv" "$good" 2>"$work/x.err"
if [ "$(head -c 6 "$work/x.csv")" = "| Date" ] &&
    grep -q 'writing md, as -f asks, though the name says csv' "$work/x.err"
then inferred=$((inferred + 1))
else bad "-f md -o x.csv: $(cat "$work/x.err")"; fi
say "-o FILE's extension gives the format ($inferred of 9, -f winning with a warning)"

# 14. No INPUT: a pipe or a file on standard input is read (as grep and
#     jq read it); /dev/null or a terminal means the bundled articles,
#     which on a terminal is said.
"$mdtl" timeline "$good" >"$work/file.txt"
"$mdtl" timeline data/articles >"$work/bundled.txt"
ok=0
cat "$good" | "$mdtl" timeline >"$work/piped.txt" && ok=$((ok + 1))
"$mdtl" timeline <"$good" >"$work/redirected.txt" && ok=$((ok + 1))
"$mdtl" timeline </dev/null >"$work/devnull.txt" && ok=$((ok + 1))
cat "$good" | "$mdtl" report >"$work/piped.md" && ok=$((ok + 1))
if [ $ok -eq 4 ] && cmp -s "$work/piped.txt" "$work/file.txt" &&
    cmp -s "$work/redirected.txt" "$work/file.txt" &&
    cmp -s "$work/devnull.txt" "$work/bundled.txt" &&
    grep -q '^# Briefing as of 2012-03-05' "$work/piped.md"
then say "no INPUT: a pipe or a file on stdin is read, /dev/null gives the bundled articles"
else bad "no INPUT: stdin not read as it should be ($ok of 4 ran)"; fi
if command -v script >/dev/null 2>&1; then
	script -qec "$mdtl timeline --no-pager -a lavrov" /dev/null \
	    >"$work/tty.txt" 2>&1 || true
	if grep -q 'no INPUT: reading the bundled articles' "$work/tty.txt"
	then say "no INPUT on a terminal: the bundled articles, and it says so"
	else bad "no INPUT on a terminal: $(head -c 200 "$work/tty.txt")"; fi
fi

# 15. On a terminal, text goes through $PAGER and its lines are cut to the
#     terminal's width, the citation kept; --full and --no-pager undo it.
if command -v script >/dev/null 2>&1; then
	script -qec "stty cols 80; PAGER='sed s/^/P:/' $mdtl timeline \
	    --color=never $good_one" /dev/null | tr -d '\r' >"$work/paged.txt"
	script -qec "stty cols 80; $mdtl timeline --no-pager --full \
	    --color=never $good_one" /dev/null | tr -d '\r' >"$work/whole.txt"
	over80() {	# lines longer than 80 characters (not bytes)
		/usr/bin/python3 -c 'import sys
print(sum(len(l.rstrip("\n")) > 80 for l in open(sys.argv[1], encoding="utf-8")))' "$1"
	}
	sed 's/^P://' "$work/paged.txt" >"$work/unpaged.txt"
	long=$(over80 "$work/unpaged.txt")
	if [ -s "$work/paged.txt" ] && ! grep -qv '^P:' "$work/paged.txt" &&
	    [ "$long" -eq 0 ] && grep -q '… \[Example Wire\]$' "$work/paged.txt" &&
	    ! grep -q '^P:' "$work/whole.txt" &&
	    [ "$(over80 "$work/whole.txt")" -gt 0 ]
	then say "on a terminal: paged, cut to 80 columns with the citation kept; --full --no-pager whole"
	else bad "terminal output: $long lines over 80, $(head -c 200 "$work/paged.txt")"; fi
fi

# 16. timex over several TimeML documents: one file each with
#     --output-dir, each what a run over it alone writes; without it, a
#     usage error (documents run together are none).
mkdir -p "$work/tml" "$work/tml-out"
cp tests/inputs/timeml-elements.tml "$work/tml/a.tml"
sed 's/July 1, 2011/June 1, 2011/; s/2011-07-01/2011-06-01/' \
    tests/inputs/timeml-elements.tml >"$work/tml/b.tml"
status=0
"$mdtl" timex "$work/tml" >/dev/null 2>"$work/tml.err" || status=$?
"$mdtl" timex --output-dir "$work/tml-out" "$work/tml"
"$mdtl" timex "$work/tml/a.tml" >"$work/a-alone.tml"
"$mdtl" timex "$work/tml/b.tml" >"$work/b-alone.tml"
if [ $status -eq 2 ] && grep -q 'give --output-dir' "$work/tml.err" &&
    cmp -s "$work/tml-out/a.tml" "$work/a-alone.tml" &&
    cmp -s "$work/tml-out/b.tml" "$work/b-alone.tml" &&
    [ "$(ls "$work/tml-out" | wc -l)" -eq 2 ]
then say "timex --output-dir: a file for each TimeML document; without it, a usage error"
else bad "timex over two TimeML documents: status $status, $(ls "$work/tml-out")"; fi

# 17. What is read twice counts once: an input given twice, a shard of
#     events merged again with itself.
"$mdtl" timeline -f jsonl "$work/par.jsonl" >"$work/once.jsonl" 2>/dev/null || true
"$mdtl" timeline -f jsonl "$work/par.jsonl" "$work/par.jsonl" \
    >"$work/twice.jsonl" 2>/dev/null || true
"$mdtl" timeline --stream -f jsonl "$work/par.jsonl" 2>/dev/null \
    >"$work/ev.jsonl" || true
"$mdtl" merge "$work/ev.jsonl" "$work/ev.jsonl" >"$work/m2.jsonl"
"$mdtl" merge "$work/ev.jsonl" >"$work/m1.jsonl"
if [ -s "$work/once.jsonl" ] && cmp -s "$work/once.jsonl" "$work/twice.jsonl" &&
    cmp -s "$work/m1.jsonl" "$work/m2.jsonl"
then say "an input twice is read once: timeline X X = timeline X, merge E E = merge E ($(wc -l <"$work/m1.jsonl") records)"
else bad "read twice, counted twice: timeline $(wc -l <"$work/once.jsonl") vs $(wc -l <"$work/twice.jsonl"), merge $(wc -l <"$work/m1.jsonl") vs $(wc -l <"$work/m2.jsonl")"; fi

rm -rf "$work"
exit $fail
