#!/usr/bin/env bash
# Type-check the phone build for Android (aarch64) without the Android SDK: Debian's clang
# compiles the C parts (SQLite) against the arm64 glibc headers, which is enough for
# `cargo check`. Linking and packaging need the SDK and NDK (`dx bundle --platform android`).
set -euo pipefail
cd "$(dirname "$0")/../.."
rustup target add aarch64-linux-android >/dev/null
. platforms/install-missing.sh
install_missing clang llvm libc6-dev-arm64-cross
CC_aarch64_linux_android=clang AR_aarch64_linux_android=llvm-ar \
CFLAGS_aarch64_linux_android="--target=aarch64-linux-android --sysroot=/usr/aarch64-linux-gnu -D_GNU_SOURCE" \
  cargo check --target aarch64-linux-android --features mobile --lib
