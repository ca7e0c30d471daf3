#!/bin/sh
# check-hostile: inputs made to hurt, each with the outcome it must have.
# Every run is bounded by a timeout (a hang fails), must not crash (a
# status above 2 fails), and what it prints must still be well formed.
#
# usage: tests/check-hostile.sh MDTL WORKDIR
set -eu

mdtl=$1 work=$2
rm -rf "$work"
mkdir -p "$work"
fail=0 n=0
bad() { echo "check-hostile: FAIL: $*"; fail=1; }

# run NAME EXPECT ARGS...: EXPECT is the exit status wanted (0, 1 or 2)
run() {
	name=$1 want=$2
	shift 2
	n=$((n + 1))
	status=0
	timeout 60 "$mdtl" "$@" >"$work/$name.out" 2>"$work/$name.err" ||
	    status=$?
	if [ "$status" -eq 124 ]; then bad "$name: still running after 60 s"
	elif [ "$status" -gt 2 ]; then bad "$name: exit $status (a crash?)"
	elif [ "$status" -ne "$want" ]; then
		bad "$name: exit $status, want $want: $(head -c 300 "$work/$name.err")"
	fi
}

# the output of -f jsonl must parse, line by line
jsonl_ok() {
	/usr/bin/python3 -c 'import json, sys
for l in open(sys.argv[1], encoding="utf-8"): json.loads(l)' "$work/$1.out" ||
	    bad "$1: output is not JSON Lines"
}

# never a word of a file the input points to
no_leak() {
	if grep -q 'root:' "$work/$1.out" "$work/$1.err"; then
		bad "$1: the text of /etc/passwd came out"
	fi
}

lead='<p>Dmitry Rogozin said on Friday that talks would continue.</p>'

# XML -------------------------------------------------------------------
cat >"$work/xxe.rss" <<EOF
<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>&x;</title><item><title>&x;</title>
<pubDate>Fri, 01 Jul 2011 10:00:00 +0000</pubDate>
<description><![CDATA[$lead]]>&x;</description></item></channel></rss>
EOF
run xxe 0 timeline -f jsonl "$work/xxe.rss"
no_leak xxe
jsonl_ok xxe
grep -q rogozin "$work/xxe.out" || bad "xxe: the article around the entity was lost"

{
	echo '<?xml version="1.0"?><!DOCTYPE rss ['
	echo '<!ENTITY a "aaaaaaaaaa">'
	prev=a
	for e in b c d e f g h i j; do
		printf '<!ENTITY %s "' $e
		k=0; while [ $k -lt 10 ]; do printf '&%s;' $prev; k=$((k + 1)); done
		echo '">'
		prev=$e
	done
	echo ']><rss version="2.0"><channel><item><title>&j;</title>'
	echo "<description><![CDATA[$lead]]></description></item></channel></rss>"
} >"$work/laughs.rss"
run laughs 1 timeline -f jsonl "$work/laughs.rss"
[ "$(wc -c <"$work/laughs.out")" -lt 100000 ] || bad "laughs: entities were expanded"

big=$(head -c 100000 /dev/zero | tr '\0' 'x')
{
	echo "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY q \"$big\">]>"
	printf '<rss version="2.0"><channel><item><title>'
	k=0; while [ $k -lt 5000 ]; do printf '&q;'; k=$((k + 1)); done
	echo "</title><description><![CDATA[$lead]]></description></item></channel></rss>"
} >"$work/quadratic.rss"
run quadratic 0 timeline -f jsonl "$work/quadratic.rss"
[ "$(wc -c <"$work/quadratic.out")" -lt 1000000 ] || bad "quadratic: entities were expanded"

cat >"$work/netdtd.rss" <<EOF
<?xml version="1.0"?>
<!DOCTYPE rss SYSTEM "http://192.0.2.1/rss.dtd">
<rss version="2.0"><channel><item><title>t</title>
<pubDate>Fri, 01 Jul 2011 10:00:00 +0000</pubDate>
<description><![CDATA[$lead]]></description></item></channel></rss>
EOF
if command -v strace >/dev/null 2>&1; then
	n=$((n + 1))
	# LeakSanitizer cannot run under ptrace; the leak check is elsewhere
	ASAN_OPTIONS=detect_leaks=0 strace -f -qq -e trace=socket,connect \
	    -o "$work/netdtd.trace" "$mdtl" timeline -f jsonl "$work/netdtd.rss" >"$work/netdtd.out" \
	    2>"$work/netdtd.err" || bad "netdtd: exit status $?"
	if grep -q 'AF_INET' "$work/netdtd.trace"; then
		bad "netdtd: a network socket was opened"
	fi
	grep -q rogozin "$work/netdtd.out" || bad "netdtd: the article was lost"
else
	run netdtd 0 timeline -f jsonl "$work/netdtd.rss"
fi

{
	printf '<?xml version="1.0"?><rss version="2.0"><channel><item><description>'
	k=0; while [ $k -lt 100000 ]; do printf '<b>'; k=$((k + 1)); done
	echo 'deep</description></item></channel></rss>'
} >"$work/deep.rss"
run deep 1 timeline -f jsonl "$work/deep.rss"

# YAML ------------------------------------------------------------------
mkdir -p "$work/data"
cp data/cues.yaml data/places.yaml "$work/data/"
{
	echo 'actors:'
	k=0; while [ $k -lt 100000 ]; do printf -- '- '; k=$((k + 1)); done
	echo 'x'
} >"$work/data/actors.yaml"
run yaml-deep 1 check --data "$work/data"
grep -q 'actors.yaml' "$work/yaml-deep.err" || bad "yaml-deep: the file is not named"

printf 'actors:\n\t- id: x\n' >"$work/data/actors.yaml"
run yaml-tabs 1 check --data "$work/data"
grep -q 'actors.yaml:2' "$work/yaml-tabs.err" || bad "yaml-tabs: no FILE:LINE: $(cat "$work/yaml-tabs.err")"

printf 'actors:\n  - id: caf\351\n    name: Caf\351\n' >"$work/data/actors.yaml"
run yaml-latin1 1 check --data "$work/data"
grep -q 'actors.yaml' "$work/yaml-latin1.err" || bad "yaml-latin1: the file is not named"

printf -- '---\ntitle: %s\npublished: 2011-07-01\n---\n%s\n' \
    "$(k=0; while [ $k -lt 100000 ]; do printf '['; k=$((k + 1)); done)" \
    'Dmitry Rogozin said on Friday that talks would continue.' \
    >"$work/frontmatter-deep.txt"
run frontmatter-deep 0 timeline -f jsonl "$work/frontmatter-deep.txt"
grep -q 'nesting deeper than' "$work/frontmatter-deep.err" ||
    bad "frontmatter-deep: no word of the nesting"

# Text ------------------------------------------------------------------
body='Dmitry Rogozin said on Friday that talks would continue.'
printf '\357\273\277---\ntitle: BOM\npublished: 2011-07-01\n---\n%s\n' "$body" \
    >"$work/bom.txt"
run bom 0 timeline -f jsonl "$work/bom.txt"
grep -q '"title":"BOM"' "$work/bom.out" || bad "bom: the front matter behind a BOM was not read"

printf -- '---\ntitle: t\npublished: 2011-07-01\n---\n%s\rSergei Lavrov said on Monday that Moscow would respond.\r' \
    "$body" >"$work/cr.txt"
run cr 0 timeline -f jsonl "$work/cr.txt"
[ "$(wc -l <"$work/cr.out")" -eq 2 ] || bad "cr: lone CR line ends did not split the paragraphs"

printf -- '---\ntitle: t\npublished: 2011-07-01\n---\n%s Caf\303' "$body" >"$work/cut.txt"
run cut 0 timeline -f jsonl "$work/cut.txt"
jsonl_ok cut

# a NUL near the start: binary, refused; further on: replaced
printf -- '---\ntitle: t\npublished: 2011-07-01\n---\n%s\000\000 more\n' \
    "$body" >"$work/nul.txt"
run nul 1 timeline -f jsonl "$work/nul.txt"
grep -q 'binary file' "$work/nul.err" || bad "nul: not refused as binary"
{
	printf -- '---\ntitle: t\npublished: 2011-07-01\n---\n'
	k=0; while [ $k -lt 200 ]; do echo "$body"; echo; k=$((k + 1)); done
	printf '%s\000 more\300\200 text\n' "$body"
} >"$work/nul-late.txt"
run nul-late 0 timeline -f jsonl "$work/nul-late.txt"
jsonl_ok nul-late
grep -q 'NUL' "$work/nul-late.err" || bad "nul-late: the NUL was not reported"
[ -s "$work/nul-late.out" ] || bad "nul-late: no events"

head -c 1000000 /dev/zero | tr '\0' '"' >"$work/quotes.txt"
run quotes 1 timeline -f jsonl --published 2011-07-01 "$work/quotes.txt"
grep -q 'empty article' "$work/quotes.err" || bad "quotes: not refused as empty"

k=0
{
	printf -- '---\ntitle: t\npublished: 2011-07-01\n---\n'
	while [ $k -lt 10000 ]; do
		printf 'Rogozin said on Friday that talks %d would go on ' $k
		k=$((k + 1))
	done
	echo
} >"$work/nostop.txt"
run nostop 0 timeline -f jsonl "$work/nostop.txt"
jsonl_ok nostop

# expressions that hold expressions ("noon Thursday", "the day before
# Tuesday"), repeated 200 000 times: bounded nesting, no deep recursion
for w in 'noon ' 'the day before ' '9 a.m. '; do
	k=$((k + 1))
	/usr/bin/python3 -c 'import sys; print("It was " + sys.argv[1] * 200000 + "Tuesday.")' "$w" \
	    >"$work/nest-$k.txt"
	run "nest-$k" 0 timex --published 2000-02-24 -f jsonl "$work/nest-$k.txt"
	jsonl_ok "nest-$k"
done

printf -- '---\ntitle: "\033[2J\033]0;pwned\007"\npublished: 2011-07-01\n---\nDmitry Rogozin said on Friday \033[31mthat talks\033[0m would continue.\n' \
    >"$work/ansi.txt"
run ansi 0 timeline --color=never "$work/ansi.txt"
if tr -d '\n' <"$work/ansi.out" | grep -q "$(printf '\033')"; then
	bad "ansi: an escape sequence reached the text output"
fi
# (the front matter is refused for its controls: --published dates the
# event, so that the calendar has one to write)
for f in jsonl csv md ics timelinejs yaml; do
	run "ansi-$f" 0 timeline --published 2011-07-01 -f $f "$work/ansi.txt"
	if grep -q "$(printf '\033')" "$work/ansi-$f.out"; then
		bad "ansi-$f: a raw escape character in -f $f"
	fi
done

# C1 controls (CSI U+009B) and a bidirectional override (U+202E) in the
# title and the text: never raw in what a terminal or a document shows
# (YAML aside, which libyaml escapes by its own rules: C1, not U+202E)
printf 'Talks\302\2332J \342\200\256evil\n\nDmitry Rogozin said on Friday \302\23331mthat talks\342\200\256 would continue.\n' \
    >"$work/c1.txt"
c1=$(printf '\302\233') bidi=$(printf '\342\200\256')
for f in text csv md ics timelinejs jsonl json; do
	run "c1-$f" 0 timeline --published 2011-07-01 -f $f "$work/c1.txt"
done
run c1-report 0 report --published 2011-07-01 "$work/c1.txt"
run c1-html 0 report -f html --published 2011-07-01 "$work/c1.txt"
run c1-parse 0 parse --published 2011-07-01 "$work/c1.txt"
for r in text csv md ics timelinejs jsonl json report html parse; do
	grep -q "Rogozin" "$work/c1-$r.out" ||
	    bad "c1-$r: the event is missing"
	if grep -q -e "$c1" -e "$bidi" "$work/c1-$r.out"; then
		bad "c1-$r: a raw C1 control or bidirectional override"
	fi
done

# Files -----------------------------------------------------------------
run devzero 1 timeline /dev/zero tests/corpus/lavrov-radar.txt
grep -q 'larger than the limit' "$work/devzero.err" || bad "devzero: not stopped by the size limit"
[ -s "$work/devzero.out" ] || bad "devzero: the next file was not read"

# a file that cannot be read (reading /proc/self/mem at 0 fails with EIO,
# for root too) among readable ones
run unreadable 1 timeline /proc/self/mem tests/corpus/lavrov-radar.txt
grep -q '/proc/self/mem: cannot read' "$work/unreadable.err" ||
    bad "unreadable: not named: $(cat "$work/unreadable.err")"
[ -s "$work/unreadable.out" ] || bad "unreadable: the readable file was not read"

# a folder whose link leads back above it (in a box of its own, so that
# the loop goes over one article, not over every input made here)
mkdir -p "$work/box/loop"
ln -s .. "$work/box/loop/up"
cp tests/corpus/lavrov-radar.txt "$work/box/loop/"
run symlink-loop 1 timeline "$work/box/loop"
[ -s "$work/symlink-loop.out" ] || bad "symlink-loop: the real file was not read"

run full 1 timeline -o /dev/full tests/corpus/lavrov-radar.txt
status=0
"$mdtl" timeline tests/corpus/lavrov-radar.txt >/dev/full 2>"$work/full2.err" || status=$?
[ "$status" -eq 1 ] || bad "stdout on /dev/full: exit $status, want 1"

rm -rf "$work"
[ $fail -eq 0 ] && echo "check-hostile: $n hostile inputs, each with its stated outcome"
exit $fail
