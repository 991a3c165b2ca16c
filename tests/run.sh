#!/usr/bin/env bash
# Every test of Tout près: unit and integration tests with every interface feature, the
# browser tests (Chromium + axe-core) and the desktop smoke test under a virtual screen.
# Installs the Debian packages it needs (root or sudo).
set -euo pipefail
cd "$(dirname "$0")/.."
bash tests/install-deps.sh
phase() { echo "== $* (at ${SECONDS} s)"; }
phase "cargo test (core, command line, interface components)"
cargo test --features desktop,liveview
phase "desktop window under Xvfb"
bash tests/desktop-smoke.sh target/desktop-smoke.png
phase "browser tests (liveview in Chromium, axe-core)"
bash tests/e2e/run.sh
