#!/usr/bin/env bash
# System packages the app and its tests need, from Debian. Installs only what is missing.
# Needs root (CI) or sudo (a developer's machine).
set -euo pipefail
packages=(
  # desktop window (Dioxus desktop = WebKitGTK) and speech (tts → speech-dispatcher, via bindgen)
  pkg-config libwebkit2gtk-4.1-dev libxdo-dev libspeechd-dev libclang-dev clang
  # browser tests: Debian's Chromium, driven by Playwright (npm); Node.js runs them
  chromium nodejs npm
  # desktop smoke test: a virtual screen and screenshots
  xvfb xauth imagemagick
  # sync tests and the web app served locally: a real static web server on loopback
  nginx-light
  # the web app: files compressed ahead (brotli), served ready-made by nginx as a host would
  brotli libnginx-mod-http-brotli-static
  # reminder notifications on the desktop: a private session bus in the test
  dbus
  # a team's service (platforms/server): Debian's Caddy over HTTPS, its test authority
  # trusted by Chromium through an NSS store
  caddy libnss3-tools curl
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# Node may come from elsewhere than Debian (a newer one on PATH): keep it.
if command -v node >/dev/null && command -v npm >/dev/null; then
  missing=("${missing[@]/nodejs}"); missing=("${missing[@]/npm}")
fi
read -r -a missing <<< "${missing[*]}"
[ ${#missing[@]} -eq 0 ] && exit 0
sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
echo "installing: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
