#!/usr/bin/env bash
# Smoke-test a built bundle: create a journal, write, search, check, all on a temp folder.
set -euo pipefail
tend="$1"
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
"$tend" --version
printf 'a good long passphrase\n' | "$tend" init --data-dir "$data" --passphrase-stdin >/dev/null
printf 'a good long passphrase\nThe bundle works.\n' \
  | "$tend" add --data-dir "$data" --passphrase-stdin --title "Smoke test" >/dev/null
printf 'a good long passphrase\n' | "$tend" search --data-dir "$data" --passphrase-stdin bundle \
  | grep -q "Smoke test"
printf 'a good long passphrase\n' | "$tend" check --data-dir "$data" --passphrase-stdin
QT_QPA_PLATFORM=offscreen timeout 5 "$tend" --data-dir "$data" || [ $? -eq 124 ]
echo "smoke test passed"
