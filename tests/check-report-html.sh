#!/bin/sh
# check-report-html: render `mdtl report -f html` in headless Chromium and
# check the page loads with no console message, that the rendered chart
# holds one mark per dated event, and that article text cannot inject
# markup.  The screenshot is kept as build/report.png.
#
# usage: tests/check-report-html.sh MDTL OUTDIR INPUT...
set -eu

mdtl=$1 outdir=$2
shift 2
mkdir -p "$outdir"
page=$outdir/report.html

browser=""
for b in chromium chromium-browser google-chrome; do
	command -v "$b" >/dev/null 2>&1 && { browser=$b; break; }
done
if [ -z "$browser" ]; then
	echo "check-report-html: no Chromium (Debian package chromium)" >&2
	exit 1
fi

render() {	# render PAGE DOM-OUT LOG-OUT [SCREENSHOT]
	shot=""
	[ $# -ge 4 ] && shot="--screenshot=$4 --window-size=1200,1600"
	# shellcheck disable=SC2086
	timeout 120 "$browser" --headless --no-sandbox --disable-gpu \
	    --no-first-run --disable-extensions --disable-dev-shm-usage \
	    --user-data-dir="$outdir/profile" --enable-logging=stderr --v=0 \
	    $shot --dump-dom "file://$(cd "$(dirname "$1")" && pwd)/$(basename "$1")" \
	    >"$2" 2>"$3"
}

# console messages, as Chromium logs them with --enable-logging
console() { grep -E ':CONSOLE|Refused to|Uncaught' "$1" || true; }

# The check must see a console error when there is one.
cat >"$outdir/broken.html" <<'EOF'
<!DOCTYPE html><html><head><title>x</title></head>
<body><script>undefined_function_for_the_check();</script></body></html>
EOF
render "$outdir/broken.html" "$outdir/broken.dom" "$outdir/broken.log"
if [ -z "$(console "$outdir/broken.log")" ]; then
	echo "check-report-html: a script error went unseen; cannot check" >&2
	exit 1
fi

"$mdtl" report -f html -o "$page" "$@"
events=$("$mdtl" timeline -f jsonl "$@" | grep -vc '"date":null' || true)
render "$page" "$outdir/report.dom" "$outdir/report.log" "$outdir/report.png"

fail=0
msgs=$(console "$outdir/report.log")
if [ -n "$msgs" ]; then
	echo "check-report-html: console messages:"; echo "$msgs"
	fail=1
fi
# every dated event is a mark, or counted by a full column's last; and
# no two marks of the rendered chart overlap (centres at least two radii
# apart)
geometry() {	# DOM: "marks counted overlaps"
	/usr/bin/python3 - "$1" <<'PY'
import re, sys
dom = open(sys.argv[1], encoding="utf-8").read()
svg = dom[dom.find("<svg"):dom.find("</svg>")]
marks = [(float(x), float(y), float(r)) for x, y, r in re.findall(
    r'<circle class="mark"[^>]*?cx="([\d.]+)" cy="([\d.]+)" r="([\d.]+)"', svg)]
more = [(float(x), float(y), float(r)) for x, y, r in re.findall(
    r'<g class="more"><circle cx="([\d.]+)" cy="([\d.]+)" r="([\d.]+)"', svg)]
counted = sum(int(n) for n in re.findall(r'<title>(\d+) more events here', svg))
c = marks + more
over = 0
cells = {}
for i, (x, y, r) in enumerate(c):
    cells.setdefault((int(x // 20), int(y // 20)), []).append(i)
for i, (x, y, r) in enumerate(c):
    for dx in (-1, 0, 1):
        for dy in (-1, 0, 1):
            for j in cells.get((int(x // 20) + dx, int(y // 20) + dy), []):
                if j > i:
                    X, Y, R = c[j]
                    if (x - X) ** 2 + (y - Y) ** 2 < (r + R) ** 2 - 1e-6:
                        over += 1
print(len(marks), counted, over)
PY
}
set -- $(geometry "$outdir/report.dom")
marks=$1 counted=$2 overlaps=$3
if [ $((marks + counted)) -ne "$events" ]; then
	echo "check-report-html: $marks marks and $counted counted in the chart for $events dated events"
	fail=1
fi
if [ "$overlaps" -ne 0 ]; then
	echo "check-report-html: $overlaps pairs of marks overlap"
	fail=1
fi

# other pages: the real articles beside the project (../shared/data, when
# there), and 5 000 generated ones: still a briefing, a page under 2 MB,
# no marks overlapping, a screenshot each
if [ -n "${SHARED_ARTICLES:-}" ] && [ -d "$SHARED_ARTICLES" ]; then
	"$mdtl" report -f html -o "$outdir/shared.html" "$SHARED_ARTICLES"/*.txt \
	    2>/dev/null
	size=$(wc -c <"$outdir/shared.html")
	render "$outdir/shared.html" "$outdir/shared.dom" "$outdir/shared.log" \
	    "$outdir/shared.png"
	set -- $(geometry "$outdir/shared.dom")
	n=$("$mdtl" timeline -f jsonl "$SHARED_ARTICLES"/*.txt 2>/dev/null |
	    grep -vc '"date":null' || true)
	if [ "$size" -ge 2097152 ] || [ "$3" -ne 0 ] ||
	    [ $(($1 + $2)) -ne "$n" ] || [ -n "$(console "$outdir/shared.log")" ]
	then
		echo "check-report-html: $SHARED_ARTICLES: $size bytes, $1 marks and $2 counted for $n, $3 overlaps"
		fail=1
	else
		echo "report of $SHARED_ARTICLES: $size bytes, $1 marks and $2 counted for $n dated events, none overlapping, screenshot $outdir/shared.png"
	fi
fi
if [ -n "${BIG_CORPUS:-}" ]; then
	"$mdtl" report -f html -o "$outdir/big.html" "$BIG_CORPUS" 2>/dev/null
	size=$(wc -c <"$outdir/big.html")
	render "$outdir/big.html" "$outdir/big.dom" "$outdir/big.log" "$outdir/big.png"
	set -- $(geometry "$outdir/big.dom")
	if [ "$size" -ge 2097152 ] || [ "$3" -ne 0 ] || [ ! -s "$outdir/big.png" ]
	then
		echo "check-report-html: 5 000 articles: $size bytes, $3 overlaps"
		fail=1
	else
		echo "report of 5 000 articles: $size bytes, $1 marks and $2 counted, none overlapping, screenshot $outdir/big.png"
	fi
fi
# no element from article text: nothing but the page's own tags
if grep -qi '<script\|<iframe\|<img' "$outdir/report.dom"; then
	echo "check-report-html: article text became markup"
	fail=1
fi
grep -q '</html>' "$outdir/report.dom" || { echo "check-report-html: no page"; fail=1; }
[ -s "$outdir/report.png" ] || { echo "check-report-html: no screenshot"; fail=1; }
[ $fail -eq 0 ] || exit 1
echo "report.html: loads with no console message, $marks marks and $counted counted for $events dated events, none overlapping, screenshot $outdir/report.png"
