#!/usr/bin/env bash
# Open the Tout près desktop app on the bundled Isère data (installs WebKitGTK and the
# other Debian packages it needs first; root or sudo).
set -euo pipefail
cd "$(dirname "$0")/../.."
bash tests/install-deps.sh
exec cargo run --release --features desktop --bin toutpres "$@"
