#!/usr/bin/env bash
# The web app's figures (BENCHMARKS.md): the compressed size of each file a first visit
# downloads, and the offline cold start to first results in Chromium with the CPU slowed 4×.
set -euo pipefail
cd "$(dirname "$0")/../.."
out="${1:-target/web-app}"
[ -f "$out/index.html" ] || bash platforms/web/build.sh "$out"
echo "bytes a first visit downloads: every file the service worker stores, as nginx serves"
echo "them (platforms/web/nginx.conf: the ready-made .br over HTTPS, .gz elsewhere):"
printf '  %9s %9s %9s  %s\n' raw gzip brotli file
raw_total=0; gz_total=0; br_total=0
for f in $(cd "$out" && find . -type f ! -name '*.gz' ! -name '*.br' ! -path './map/*' ! -path './i18n/*' | sed 's|^\./||' | LC_ALL=C sort); do
  raw=$(wc -c < "$out/$f"); gz=$raw; br=$raw
  [ -f "$out/$f.gz" ] && gz=$(wc -c < "$out/$f.gz")
  [ -f "$out/$f.br" ] && br=$(wc -c < "$out/$f.br")
  raw_total=$((raw_total + raw)); gz_total=$((gz_total + gz)); br_total=$((br_total + br))
  printf '  %9d %9d %9d  %s\n' "$raw" "$gz" "$br" "$f"
done
printf '  %9d %9d %9d  all of them\n' "$raw_total" "$gz_total" "$br_total"
echo "stored once the app runs, not part of the first visit (the street map, ten languages):"
for f in $(cd "$out" && find ./map ./i18n -type f ! -name '*.gz' ! -name '*.br' | sed 's|^\./||' | LC_ALL=C sort); do
  printf '  %9d %9d %9d  %s\n' "$(wc -c < "$out/$f")" "$(wc -c < "$out/$f.gz")" "$(wc -c < "$out/$f.br")" "$f"
done
port=$((12000 + RANDOM % 500))
bash platforms/web/serve.sh "$out" "$port" > /dev/null &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
sleep 1
(cd tests/e2e && { [ -d node_modules/playwright-core ] || npm ci --no-audit --no-fund --ignore-scripts; } \
  && TOUTPRES_WEB_URL="http://127.0.0.1:$port" node bench-web.mjs)
