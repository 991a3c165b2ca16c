#!/usr/bin/env bash
# Restores a backup (backup.sh) into a machine or folder: the inbox database, the reviewers
# and team codes, the key and the published site, at the places the service reads them.
#
#     platforms/server/restore.sh toutpres-20261207T033000Z.tar /      # a new server, then install.sh
#     platforms/server/restore.sh toutpres-20261207T033000Z.tar DIR    # a fresh folder (tests)
#
# The configuration's paths (toutpres.env) are rewritten for the new place. An existing inbox
# database is never overwritten: restore into a fresh folder or move it aside first.
set -euo pipefail
backup="$1" into="${2:-/}"
mkdir -p "$into"
into="$(cd "$into" && pwd)"
[ "$into" = / ] && prefix="" || prefix="$into"
listing="$(tar -tf "$backup")"
env_rel="$(grep -m1 'toutpres\.env$' <<< "$listing")"
state_db="$(grep -m1 'var/lib/toutpres/inbox\.sqlite$' <<< "$listing")"
if [ -e "$prefix/$state_db" ]; then
  echo "$prefix/$state_db exists: restore into a fresh folder, or move it aside" >&2
  exit 1
fi
tar -xpf "$backup" -C "$into"
env_file="$prefix/$env_rel"
old_root="$(sed -n 's/^ROOT=//p' "$env_file")"
# Paths of the old place become the new place's.
sed -i -e "s|^ROOT=.*|ROOT=$prefix|" -e "s|=$old_root/|=$prefix/|" "$env_file"
# shellcheck source=/dev/null
. "$env_file"
chmod 0600 "$KEY"
echo "restored into $into; configuration $env_file"
