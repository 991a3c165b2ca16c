#!/usr/bin/env bash
# The inbox's load benchmark (BENCHMARKS.md, "Field contributions inbox"): a release build of
# `toutpres-inbox` serving a new database on loopback with its default limits, 16 clients
# posting COUNT contributions, a monitor asking /health every 20 ms on a new connection, and
# SLOW connections of a slow-header attack from ADDRESSES loopback addresses (127.0.0.2…).
# Not a test: figures to record. Both processes need more open files than the usual 1,024.
#   bash tests/inbox_load.sh            (COUNT=20000 SLOW=20000 ADDRESSES=16)
set -euo pipefail
cd "$(dirname "$0")/.."
# As many open files as allowed (this machine's hard limit is 20,000, the figure the attack
# once reached). The attacker starts its connections over 3 s; connections the server refuses
# are closed at once, so neither side holds anywhere near 20,000 files unless the caps fail.
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"
[ "$(ulimit -n)" -ge 4096 ] || { echo "ulimit -n is $(ulimit -n): need at least 4,096 open files" >&2; exit 1; }
count=${COUNT:-20000} slow=${SLOW:-20000} addresses=${ADDRESSES:-16}
cargo build --release --features inbox --bin toutpres-inbox
bin=${CARGO_TARGET_DIR:-target}/release/toutpres-inbox
dir=$(mktemp -d)
"$bin" init --db "$dir/inbox.sqlite" >/dev/null
"$bin" serve --db "$dir/inbox.sqlite" --listen 127.0.0.1:0 --per-minute 100000000 >"$dir/serve.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; rm -rf "$dir"' EXIT
for _ in $(seq 100); do grep -q http:// "$dir/serve.log" && break; sleep 0.1; done
url=$(grep -o 'http://[0-9.:]*' "$dir/serve.log")
"$bin" bench --url "$url" --count "$count" --concurrency 16 --slow "$slow" --slow-addresses "$addresses"
echo "server: $(grep -c 'accept:' "$dir/serve.log" || true) accept errors logged"
