#!/usr/bin/env bash
# One command runs a complete Tout près service on a fresh Debian machine:
#
#     sudo bash platforms/server/install.sh --domain aide.example.org [--email admin@example.org]
#
# - Debian's Caddy serves the site over HTTPS (a certificate from Let's Encrypt, renewed by
#   itself), with the inbox and its review page on the same origin (/contributions, /review,
#   /health);
# - systemd restarts what stops: the inbox (toutpres-inbox.service), and publishes every
#   night and when a coordinator presses "Publish now" (toutpres-publish.timer, .path);
# - the publisher's secret key is made once in /etc/toutpres (mode 0600, never under the site).
#
# Run it again after `git pull` to update the programs; the data, the key, the inbox and the
# reviewers stay. See OPERATING.md.
#
# --test --root DIR: everything under DIR, as the current user, with Caddy's own certificate
# authority (`tls internal`) and nothing started: the end-to-end test starts what the unit
# files say. Takes --key FILE and --web-app DIR already built, and --bin-dir (target/debug).
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
domain="" email="" root="" test=0 scope=france key_given="" web_given="" bin_dir=""
data="$repo/../shared/data" inbox_port=8320
usage() { sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
while [ $# -gt 0 ]; do
  case "$1" in
    --domain) domain="$2"; shift 2 ;;
    --email) email="$2"; shift 2 ;;
    --scope) scope="$2"; shift 2 ;;
    --data) data="$2"; shift 2 ;;
    --inbox-port) inbox_port="$2"; shift 2 ;;
    --test) test=1; shift ;;
    --root) root="$2"; shift 2 ;;
    --key) key_given="$2"; shift 2 ;;
    --web-app) web_given="$2"; shift 2 ;;
    --bin-dir) bin_dir="$2"; shift 2 ;;
    -h|--help) usage ;;
    *) echo "unknown option $1" >&2; usage ;;
  esac
done
[ -n "$domain" ] || { echo "give --domain (the name phones will open, e.g. aide.example.org)" >&2; exit 2; }
[ -d "$data" ] || { echo "no data folder at $data: give --data DIR" >&2; exit 2; }
data="$(cd "$data" && pwd)"
if [ "$test" = 1 ]; then
  [ -n "$root" ] || { echo "--test needs --root DIR" >&2; exit 2; }
  mkdir -p "$root"; root="$(cd "$root" && pwd)"
  user="$(id -un)"
else
  [ "$(id -u)" = 0 ] || { echo "run as root (sudo), or with --test --root DIR" >&2; exit 2; }
  root="" user=toutpres
fi
ETC="$root/etc/toutpres" STATE="$root/var/lib/toutpres" LIB="$root/usr/local/lib/toutpres"
SITE="$STATE/site" LOG_DIR="$root/var/log/toutpres" UNITS="$root/etc/systemd/system"
BIN="${bin_dir:-$root/usr/local/bin}"

step() { echo "== $*"; }
if [ "$test" = 0 ]; then
  step "Debian packages (Caddy, SQLite's shell for the operator, Node for the web app's optimiser)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq caddy sqlite3 nodejs npm pkg-config >/dev/null
  id "$user" >/dev/null 2>&1 || useradd --system --home-dir "$STATE" --shell /usr/sbin/nologin "$user"
  step "the programs (release build, a few minutes the first time)"
  (cd "$repo" && cargo build --release --quiet --bin toutpres-cli \
    && cargo build --release --quiet --features inbox --bin toutpres-inbox)
  install -m 0755 "$repo/target/release/toutpres-cli" "$repo/target/release/toutpres-inbox" "$BIN/"
fi
mkdir -p "$ETC" "$STATE" "$SITE" "$LIB" "$LOG_DIR" "$UNITS" "$root/etc/caddy"
install -m 0755 "$repo/platforms/server/publish.sh" "$repo/platforms/server/backup.sh" \
  "$repo/platforms/server/restore.sh" "$LIB/"

step "the publisher's key ($ETC/publisher.key, readable by $user only)"
key="$ETC/publisher.key"
if [ ! -f "$key" ]; then
  if [ -n "$key_given" ]; then
    install -m 0600 "$key_given" "$key"
  else
    (umask 077 && "$BIN/toutpres-cli" keygen --secret "$key" > "$ETC/publisher.pub")
  fi
fi
chmod 0600 "$key"
[ "$test" = 1 ] || chown "$user:$user" "$key"
public="$("$BIN/toutpres-cli" keygen --public-of "$key")"
echo "$public" > "$ETC/publisher.pub"

step "the web app, trusting that key"
if [ -n "$web_given" ]; then
  rm -rf "$STATE/web-app" && cp -r "$web_given" "$STATE/web-app"
else
  (cd "$repo" && TOUTPRES_PUBLISHER_KEY="$public" bash platforms/web/build.sh "$STATE/web-app")
fi

step "sources, street map, reviewers and team codes"
if [ "$test" = 1 ]; then
  ln -sfn "$data" "$STATE/sources"
else
  rm -rf "$STATE/sources" && cp -r "$data" "$STATE/sources"
fi
cp "$repo/assets/map/grenoble.tpmp" "$STATE/grenoble.tpmp"
for f in reviewers teams; do
  [ -f "$ETC/$f" ] || printf '# %s: see OPERATING.md\n' "$f" > "$ETC/$f"
done
[ -f "$STATE/inbox.sqlite" ] || "$BIN/toutpres-inbox" init --db "$STATE/inbox.sqlite"

if [ "$test" = 1 ]; then
  address="https://$domain"
  global="admin off
	skip_install_trust
	auto_https disable_redirects
	storage file_system $STATE/caddy"
  tls="tls internal"
else
  address="$domain"
  global="${email:+email $email}"
  tls=""
fi
cat > "$ETC/toutpres.env" <<ENV
# Read by publish.sh, backup.sh and restore.sh (written by install.sh).
ROOT=$root
DOMAIN=$domain
BIN=$BIN
ETC=$ETC
STATE=$STATE
SITE=$SITE
KEY=$key
SOURCES=$STATE/sources
WEB_APP=$STATE/web-app
MAP_LAYER=$STATE/grenoble.tpmp
SCOPE=$scope
CONTRIBUTIONS_URL=https://$domain/contributions
ENV
fill() {
  sed -e "s|@USER@|$user|g" -e "s|@BIN@|$BIN|g" -e "s|@ETC@|$ETC|g" -e "s|@STATE@|$STATE|g" \
    -e "s|@SITE@|$SITE|g" -e "s|@LIB@|$LIB|g" -e "s|@LOG_DIR@|$LOG_DIR|g" \
    -e "s|@INBOX_PORT@|$inbox_port|g" -e "s|@ADDRESS@|$address|g" -e "s|@TLS@|$tls|g" "$1" \
    | while IFS= read -r line; do
        if [ "$line" = $'\t@GLOBAL@' ]; then printf '\t%s\n' "$global"; else printf '%s\n' "$line"; fi
      done
}
for unit in toutpres-inbox.service toutpres-publish.service toutpres-publish.timer toutpres-publish.path; do
  fill "$repo/platforms/server/$unit.in" > "$UNITS/$unit"
done
fill "$repo/platforms/server/Caddyfile.in" > "$root/etc/caddy/Caddyfile"

if [ "$test" = 0 ]; then
  chown -R "$user:$user" "$STATE" "$LOG_DIR"
  chown root:"$user" "$ETC" && chmod 0750 "$ETC"
  # Caddy reads the site, never the inbox's database or the key.
  chmod 0755 "$STATE" "$SITE" && chmod 0600 "$STATE/inbox.sqlite"
  chown caddy:caddy "$LOG_DIR"
fi

step "first publication (every edition: a few minutes)"
if [ "$test" = 1 ]; then
  bash "$LIB/publish.sh" "$ETC/toutpres.env"
else
  runuser -u "$user" -- "$LIB/publish.sh" "$ETC/toutpres.env"
  caddy validate --config /etc/caddy/Caddyfile --adapter caddyfile
  systemctl daemon-reload
  systemctl enable --now toutpres-inbox.service toutpres-publish.timer toutpres-publish.path
  systemctl reload caddy || systemctl restart caddy
  step "done: https://$domain/ (health: https://$domain/health)"
  echo "add a reviewer: echo 'a long password' | toutpres-inbox hash-password --name NAME >> $ETC/reviewers"
  echo "then: systemctl restart toutpres-inbox"
fi
