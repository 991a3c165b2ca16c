#!/usr/bin/env bash
# Desktop smoke test: the real app in a real window under Xvfb, opened on the wifi results
# near Grenoble station; checks the window draws something, takes a screenshot, and prints
# the launch-to-first-results time the app reports. Usage: tests/desktop-smoke.sh [OUT.png]
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-target/desktop-smoke.png}"
profile="${TOUTPRES_PROFILE:-debug}"
if [ "$profile" = release ]; then cargo build --quiet --release --features desktop,liveview --bin toutpres; else cargo build --quiet --features desktop,liveview --bin toutpres; fi
data="$(mktemp -d)"
trap 'kill $app $xvfb 2>/dev/null || true; rm -rf "$data"' EXIT
# A saved position (Grenoble station), as if the person had picked it before.
python3 - "$data/user.sqlite" <<'PY'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
c.execute("CREATE TABLE IF NOT EXISTS position(id INTEGER PRIMARY KEY CHECK (id = 1), lat REAL NOT NULL, lon REAL NOT NULL, label TEXT, at TEXT NOT NULL)")
c.execute("INSERT OR REPLACE INTO position VALUES (1, 45.1913, 5.7146, 'Grenoble — Gare', '2026-03-10T09:00:00Z')")
c.commit()
PY
display=":$((90 + RANDOM % 9))"
Xvfb "$display" -screen 0 480x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
sleep 1
DISPLAY="$display" TOUTPRES_DATA_DIR="$data" TOUTPRES_START=/need/wifi TOUTPRES_TIMING=1 \
  TOUTPRES_SYNC_URL=http://127.0.0.1:9/manifest \
  TOUTPRES_NOW=2026-03-10T10:00 WEBKIT_DISABLE_COMPOSITING_MODE=1 \
  "${CARGO_TARGET_DIR:-target}/$profile/toutpres" > "$data/app.log" 2>&1 &
app=$!
for _ in $(seq 1 60); do
  grep -q first-results-ms "$data/app.log" && break
  sleep 0.5
done
sleep 2
DISPLAY="$display" import -window root "$out"
grep first-results-ms "$data/app.log" || { echo "no results rendered"; cat "$data/app.log"; exit 1; }
# A blank window has no variation at all.
spread=$(convert "$out" -colorspace Gray -format '%[fx:standard_deviation]' info:)
echo "screenshot $out, grey standard deviation $spread"
awk -v s="$spread" 'BEGIN { exit !(s > 0.05) }' || { echo "the window looks blank"; exit 1; }
