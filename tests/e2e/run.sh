#!/usr/bin/env bash
# Browser tests: build the liveview server, install the npm packages, run the tests in
# Debian's Chromium (never a downloaded browser). Screenshots go to $TOUTPRES_SHOTS if set.
set -euo pipefail
cd "$(dirname "$0")/../.."
# Same features as the tests, so the build is shared with `cargo test`.
cargo build --quiet --features desktop,liveview --bin toutpres-liveview --bin toutpres-cli
# The web app, as phones get it (release build for wasm32, then wasm-bindgen and wasm-opt).
bash platforms/web/build.sh target/web
cd tests/e2e
if [ ! -d node_modules/playwright-core ] || [ ! -d node_modules/axe-core ] \
  || [ ! -d node_modules/jsqr ] || [ ! -d node_modules/pngjs ]; then
  npm ci --no-audit --no-fund --ignore-scripts
fi
TOUTPRES_WEB_DIR="$(pwd)/../../target/web" TOUTPRES_LIVEVIEW_BIN="$(pwd)/../../target/debug/toutpres-liveview" \
  TOUTPRES_CLI_BIN="$(pwd)/../../target/debug/toutpres-cli" npm test
