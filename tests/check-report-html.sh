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
marks=$(grep -o '<circle class="mark"' "$outdir/report.dom" | wc -l)
if [ "$marks" -ne "$events" ]; then
	echo "check-report-html: $marks marks in the rendered chart for $events dated events"
	fail=1
fi
# no element from article text: nothing but the page's own tags
if grep -qi '<script\|<iframe\|<img' "$outdir/report.dom"; then
	echo "check-report-html: article text became markup"
	fail=1
fi
grep -q '</html>' "$outdir/report.dom" || { echo "check-report-html: no page"; fail=1; }
[ -s "$outdir/report.png" ] || { echo "check-report-html: no screenshot"; fail=1; }
[ $fail -eq 0 ] || exit 1
echo "report.html: loads with no console message, $marks marks for $events dated events, screenshot $outdir/report.png"
