#!/usr/bin/env bash
# Browser tests: build the liveview server, install the npm packages, run the tests in
# Debian's Chromium (never a downloaded browser). Screenshots go to $TOUTPRES_SHOTS if set.
set -euo pipefail
cd "$(dirname "$0")/../.."
# Same features as the tests, so the build is shared with `cargo test`.
cargo build --quiet --features desktop,liveview --bin toutpres-liveview --bin toutpres-cli --bin toutpres-inbox
# The web app, as phones get it (release build for wasm32, then wasm-bindgen and wasm-opt),
# trusting a throwaway publisher key made once here, as a deployment with its own data would.
key=target/e2e-publisher
if [ ! -f "$key.pub" ]; then
  rm -f "$key.key"
  target/debug/toutpres-cli keygen --secret "$key.key" | grep -o 'tp-ed25519:[^ ]*' > "$key.pub"
fi
TOUTPRES_PUBLISHER_KEY="$(cat "$key.pub")" bash platforms/web/build.sh target/web-app
cd tests/e2e
if [ ! -d node_modules/playwright-core ] || [ ! -d node_modules/axe-core ] \
  || [ ! -d node_modules/jsqr ] || [ ! -d node_modules/pngjs ]; then
  npm ci --no-audit --no-fund --ignore-scripts
fi
TOUTPRES_WEB_DIR="$(pwd)/../../target/web-app" TOUTPRES_PUBLISHER_SECRET="$(pwd)/../../$key.key" TOUTPRES_LIVEVIEW_BIN="$(pwd)/../../target/debug/toutpres-liveview" \
  TOUTPRES_CLI_BIN="$(pwd)/../../target/debug/toutpres-cli" npm test
