#!/usr/bin/env bash
# The nightly publication (toutpres-publish.service; "Publish now" on the review page runs it
# too): the contributions coordinators accepted, exported from the inbox, rebuilt with the
# shared sources into every edition, signed and switched in at once (`toutpres-cli site`).
# Its result, good or bad, is in $STATE/publish-status.json, which /health reports.
#
#     platforms/server/publish.sh /etc/toutpres/toutpres.env
set -euo pipefail
env_file="${1:-/etc/toutpres/toutpres.env}"
# shellcheck source=/dev/null
. "$env_file"
status="$STATE/publish-status.json"
say_failed() {
  local message="$1"
  printf '{"ok":false,"finished":"%s","message":"%s"}\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" \
    "$(printf '%s' "$message" | tr -d '"\\' | tr '\n' ' ')" > "$status.tmp"
  mv "$status.tmp" "$status"
  echo "toutpres-publish: $message" >&2
  exit 1
}
if ! out=$("$BIN/toutpres-inbox" export --db "$STATE/inbox.sqlite" --out "$STATE/field.json" 2>&1); then
  say_failed "the inbox could not be exported, nothing was published: $out"
fi
echo "$out"
contributions=()
[ -n "${CONTRIBUTIONS_URL:-}" ] && contributions=(--contributions "$CONTRIBUTIONS_URL")
exec "$BIN/toutpres-cli" site --root "$SITE" --key "$KEY" --data "$SOURCES" \
  --source "field=$STATE/field.json" --web-app "$WEB_APP" --scope "$SCOPE" \
  --map-layer "$MAP_LAYER" --status "$status" "${contributions[@]}" ${PUBLISH_FLAGS:-}
