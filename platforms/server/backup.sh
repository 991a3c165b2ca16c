#!/usr/bin/env bash
# Backs up everything a team could not make again: the inbox database (SQLite's online backup,
# safe while the inbox runs), the reviewers and team codes files, the publisher's key, and the
# site as published (its release, whose snapshots the next deltas start from).
#
#     platforms/server/backup.sh /etc/toutpres/toutpres.env /srv/backups
#
# Writes DEST/toutpres-<UTC time>.tar, readable by its owner only: it holds the secret key.
# Keep copies off the machine (see OPERATING.md).
set -euo pipefail
env_file="$1" dest="$2"
# shellcheck source=/dev/null
. "$env_file"
mkdir -p "$dest"
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
rel() { local p="$1"; p="${p#"$ROOT"}"; printf '%s' "${p#/}"; }
state_rel="$(rel "$STATE")"
mkdir -p "$work/$state_rel"
"$BIN/toutpres-inbox" backup --db "$STATE/inbox.sqlite" --out "$work/$state_rel/inbox.sqlite" >&2
release="$(readlink "$SITE/current")"
umask 077
out="$dest/toutpres-$stamp.tar"
# The database from the online backup, the rest as it is on disk.
tar -cf "$out.tmp" -C "$work" "$state_rel/inbox.sqlite" \
  -C "${ROOT:-/}" "$(rel "$ETC")" "$(rel "$SITE")/current" "$(rel "$SITE")/$release" \
  $( [ -f "$SITE/isere.sqlite" ] && rel "$SITE/isere.sqlite" )
mv "$out.tmp" "$out"
echo "$out"
