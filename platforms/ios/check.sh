#!/usr/bin/env bash
# Type-check the phone build for iOS (aarch64) without Xcode: Debian's clang compiles the C
# parts (SQLite, ring) against the Darwin libc headers that the PyPI package `ziglang` ships,
# which stand in for the iOS SDK. Enough for `cargo check`; linking and packaging need Xcode
# (`dx bundle --platform ios`).
set -euo pipefail
cd "$(dirname "$0")/../.."
rustup target add aarch64-apple-ios >/dev/null
. platforms/install-missing.sh
install_missing clang llvm python3-pip
sdk="${CARGO_TARGET_DIR:-target}/ios-headers"
if [ ! -d "$sdk/zig/ziglang/lib/libc/include/any-darwin-any" ]; then
  python3 -m pip install --quiet --disable-pip-version-check --target "$sdk/zig" ziglang
fi
mkdir -p "$sdk/SDK/usr"
ln -sfn "$(realpath "$sdk/zig/ziglang/lib/libc/include/any-darwin-any")" "$sdk/SDK/usr/include"
SDKROOT="$(realpath "$sdk/SDK")" CC_aarch64_apple_ios=clang AR_aarch64_apple_ios=llvm-ar \
CFLAGS_aarch64_apple_ios="--target=arm64-apple-ios -D__is_target_environment(x)=0 -Wno-builtin-macro-redefined" \
  cargo check --target aarch64-apple-ios --features mobile --lib
