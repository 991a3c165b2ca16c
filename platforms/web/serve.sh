#!/usr/bin/env bash
# Serves the built web app (platforms/web/build.sh) on this computer with Debian's nginx and
# the same headers as a real host (platforms/web/nginx.conf): http://127.0.0.1:PORT/
# (default 8080; browsers allow service workers on localhost without HTTPS).
set -euo pipefail
cd "$(dirname "$0")/../.."
root="$(realpath -m "${1:-target/web-app}")"
port="${2:-8080}"
[ -f "$root/index.html" ] || { echo "no web build in $root: run platforms/web/build.sh first" >&2; exit 1; }
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || bash tests/install-deps.sh
prefix=$(mktemp -d)
mkdir -p "$prefix/tmp"
# Brotli needs Debian's module; without it, the same server answers with gzip.
module=/usr/lib/nginx/modules/ngx_http_brotli_static_module.so
brotli_module=""; brotli_static=""
if [ -f "$module" ]; then brotli_module="load_module $module;"; brotli_static="brotli_static on;"; fi
sed -e "s|PREFIX|$prefix|g" -e "s|ROOT|$root|" -e "s|PORT|$port|" \
  -e "s|BROTLI_MODULE|$brotli_module|" -e "s|BROTLI_STATIC|$brotli_static|" \
  platforms/web/nginx.conf > "$prefix/nginx.conf"
echo "Tout près on http://127.0.0.1:$port/ (Ctrl-C stops)"
exec /usr/sbin/nginx -p "$prefix" -c "$prefix/nginx.conf" -g 'daemon off;'
