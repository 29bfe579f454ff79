#!/usr/bin/env bash
# Check the HTML report on a phone and a desktop screen with headless Chromium.
#
#   Scripts/check-report-layout.sh [REPORT_DIR]   # default: builds the fixtures' report
#
# For every page of the report, at 390 px and 1400 px wide: no table cell narrower than three
# characters, and nothing wider than the screen except inside a table's own scrolling box.
# Screenshots of the index and of 锦州 2025's page at both widths go to REPORT_DIR/screenshots/.
# Installs chromium with apt-get when it is missing. Exits 1 on any finding.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v chromium >/dev/null 2>&1; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
report="${1:-}"
if [ -z "$report" ]; then
  report="$(mktemp -d)/report"
  swift run -c release plangraph report Fixtures/plans Fixtures/reports Fixtures/formats/web-reports \
    --out "$report" >/dev/null
fi
chrome=(chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --allow-file-access-from-files)
# Headless Chromium's window is at least 500 px wide, so each page is measured in a frame of
# the width wanted (media queries apply to the frame), from a page beside the report.
probe() { # page width
  cat <<HTML
<html><body style="margin:0"><iframe id="f" src="$1" style="width:$2px;height:2400px;border:0"></iframe>
<script>document.getElementById("f").addEventListener("load",function(){var d=this.contentDocument,
v=this.contentWindow,w=v.innerWidth,f=[];d.querySelectorAll("td,th").forEach(function(c){
var r=c.getBoundingClientRect(),s=parseFloat(v.getComputedStyle(c).fontSize);
if(r.width>0&&r.width<3*s)f.push("narrow cell "+Math.round(r.width)+"px: "+c.textContent.slice(0,20))});
d.querySelectorAll("body *").forEach(function(e){if(e.closest(".scroll")||e.closest("svg"))return;
var r=e.getBoundingClientRect();if(r.width>0&&r.right>w+1)f.push("off screen: <"+e.tagName+"> "+
(e.textContent||"").slice(0,20))});var p=document.createElement("pre");p.id="layout-findings";
p.textContent=f.length?f.slice(0,20).join(" | "):"ok";document.body.appendChild(p)});</script></body></html>
HTML
}
status=0
mkdir -p "$report/screenshots"
for page in "$report"/index.html "$report"/docs/*.html; do
  for width in 390 1400; do
    frame="$report/.layout-probe.html"
    probe "${page#"$report"/}" "$width" > "$frame"
    findings="$("${chrome[@]}" --window-size=1500,2400 --dump-dom "file://$frame" 2>/dev/null \
      | sed -n 's/.*<pre id="layout-findings">\(.*\)<\/pre>.*/\1/p')"
    rm -f "$frame"
    if [ "$findings" != "ok" ]; then
      echo "${page#"$report"/} at ${width}px: ${findings:-no answer from chromium}" >&2
      status=1
    fi
  done
done
for width in 390 1400; do
  "${chrome[@]}" --window-size="$width,2400" --screenshot="$report/screenshots/index-$width.png" \
    "file://$report/index.html" 2>/dev/null
  "${chrome[@]}" --window-size="$width,2400" \
    --screenshot="$report/screenshots/jinzhou-2025-plan-$width.png" \
    "file://$report/docs/jinzhou-2025-plan.html" 2>/dev/null
done
echo "checked $(find "$report" -name '*.html' | wc -l) page(s) at 390 and 1400 px; screenshots in $report/screenshots"
exit $status
