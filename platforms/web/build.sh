#!/usr/bin/env bash
# Builds the web app into a folder ready for any static HTTPS host (default target/web-app).
# A deployment that signs its own data sets TOUTPRES_PUBLISHER_KEY (from `toutpres-cli keygen`).
# Needs the wasm32 target, wasm-bindgen's command line (the same version as the crate, installed
# here if missing) and binaryen's wasm-opt from npm (package.json here; installed if missing).
set -euo pipefail
cd "$(dirname "$0")/../.."
# Not target/web: cargo keeps the `web` profile's build scripts and macros there, and removing
# them made every build start from nothing.
out="${1:-target/web-app}"
case "$(realpath -m "$out")" in
  "$(realpath -m "${CARGO_TARGET_DIR:-target}")"/web) echo "choose another folder than $out: cargo builds there" >&2; exit 2 ;;
esac
here=platforms/web

rustup target add wasm32-unknown-unknown >/dev/null 2>&1 || true
version=$(grep -A1 '^name = "wasm-bindgen"$' Cargo.lock | sed -n 's/^version = "\(.*\)"/\1/p')
if [ "$(wasm-bindgen --version 2>/dev/null | cut -d' ' -f2)" != "$version" ]; then
  echo "installing wasm-bindgen-cli $version (a few minutes, once)"
  # Unoptimised: it builds in 3 minutes instead of 7 and writes the same files, 3 s slower.
  cargo install --quiet --debug wasm-bindgen-cli --version "$version"
fi
[ -x "$here/node_modules/.bin/wasm-opt" ] || (cd "$here" && npm ci --no-audit --no-fund --ignore-scripts)

# The app lives on French time only: chrono-tz keeps that one zone's rules instead of the
# world's (about 800 KB less to download). Set here, not for every build: tests read others.
CHRONO_TZ_TIMEZONE_FILTER="Europe/Paris" \
  cargo build --profile web --target wasm32-unknown-unknown --features web --bin toutpres-web
rm -rf "$out"
mkdir -p "$out"
wasm-bindgen --target web --no-typescript --out-dir "$out" \
  "${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/web/toutpres-web.wasm"
# Smaller and faster to start on a slow phone; the features are those Rust emits for wasm32.
"$here/node_modules/.bin/wasm-opt" -Oz --enable-reference-types --enable-bulk-memory --enable-sign-ext --enable-nontrapping-float-to-int \
  --enable-mutable-globals --enable-multivalue \
  "$out/toutpres-web_bg.wasm" -o "$out/toutpres-web_bg.wasm"
cp "$here/index.html" "$here/manifest.webmanifest" "$out/"
mkdir -p "$out/icons"
cp "$here"/icons/*.png "$here"/icons/*.svg "$out/icons/"

# The street map layer, fetched when the map first opens (platform/web/app_files.rs).
mkdir -p "$out/map"
cp assets/map/grenoble.tpmp "$out/map/"
# The words of the languages other than French and English, fetched when chosen (i18n.rs).
mkdir -p "$out/i18n"
for f in assets/i18n/*.ftl; do
  case "$(basename "$f")" in fr.ftl|en.ftl) ;; *) cp "$f" "$out/i18n/" ;; esac
done

# The service worker stores every file of this build in a cache named after their hash: the
# map's and the languages' files once the app runs, every other file at install.
files=$(cd "$out" && find . -type f ! -path './map/*' ! -path './i18n/*' | sed 's|^\.||' | LC_ALL=C sort)
later=$(cd "$out" && find ./map ./i18n -type f | sed 's|^\.||' | LC_ALL=C sort)
build=$(cd "$out" && find . -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum | sha256sum | cut -c1-16)
list=$(printf '%s\n' "$files" | sed 's/.*/"&"/' | paste -sd, -)
later_list=$(printf '%s\n' "$later" | sed 's/.*/"&"/' | paste -sd, -)
sed -e "s|__BUILD__|$build|" -e "s|__FILES__|[$list]|" -e "s|__LATER__|[$later_list]|" "$here/sw.js" > "$out/sw.js"

# Compressed once here at the highest levels, for hosts that serve ready-made files (nginx's
# gzip_static and brotli_static): brotli is what browsers take over HTTPS, about a fifth
# smaller than gzip on the module.
command -v brotli >/dev/null || bash tests/install-deps.sh
for f in $(cd "$out" && find . -type f \( -name '*.wasm' -o -name '*.js' -o -name '*.html' \
    -o -name '*.svg' -o -name '*.webmanifest' -o -name '*.tpmp' -o -name '*.ftl' \)); do
  gzip -9 -k -f "$out/$f"
  brotli -q 11 -k -f "$out/$f"
done
echo "web app built in $out (build $build):"
du -b "$out"/toutpres-web_bg.wasm "$out"/toutpres-web.js | sed 's/^/  /'
