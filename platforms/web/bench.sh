#!/usr/bin/env bash
# The web app's figures (BENCHMARKS.md): the compressed size of each file a first visit
# downloads, and the offline cold start to first results in Chromium with the CPU slowed 4×.
set -euo pipefail
cd "$(dirname "$0")/../.."
out="${1:-target/web}"
[ -f "$out/index.html" ] || bash platforms/web/build.sh "$out"
echo "compressed sizes (gzip -6, as platforms/web/nginx.conf serves them):"
total=0
for f in $(cd "$out" && find . -type f | sed 's|^\./||' | LC_ALL=C sort); do
  n=$(gzip -6 -c "$out/$f" | wc -c)
  case "$f" in *.png) n=$(wc -c < "$out/$f");; esac
  total=$((total + n))
  printf '  %8d  %s\n' "$n" "$f"
done
printf '  %8d  all files the service worker stores\n' "$total"
port=$((12000 + RANDOM % 500))
bash platforms/web/serve.sh "$out" "$port" > /dev/null &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
sleep 1
(cd tests/e2e && { [ -d node_modules/playwright-core ] || npm ci --no-audit --no-fund --ignore-scripts; } \
  && TOUTPRES_WEB_URL="http://127.0.0.1:$port" node bench-web.mjs)
