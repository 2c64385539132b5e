#!/usr/bin/env bash
# Smoke-test an installed Tend (a wheel's venv or the PyInstaller bundle) the way a person
# first uses it: create a journal, write, search, check, replay the watcher, back up and
# verify, add the launcher, and start the window offscreen. Run it from outside the
# checkout, so nothing can come from the source tree.
# Usage: smoke_test.sh PATH_TO_TEND
set -euo pipefail
tend="$1"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
data="$work/data"
pass='a good long passphrase for the smoke test'
cd "$work"
step() { printf '  %-28s' "$1"; }
ok() { echo "ok"; }

step "version"; "$tend" --version | grep -q "^Tend " && ok
step "init"; printf '%s\n' "$pass" | "$tend" init --data-dir "$data" --passphrase-stdin >/dev/null && ok
step "add"
printf '%s\n%s\n' "$pass" "The installed program works." \
  | "$tend" add --data-dir "$data" --passphrase-stdin --title "Smoke test" >/dev/null && ok
step "search"
printf '%s\n' "$pass" | "$tend" search --data-dir "$data" --passphrase-stdin installed \
  | grep -q "Smoke test" && ok
step "check"; printf '%s\n' "$pass" | "$tend" check --data-dir "$data" --passphrase-stdin >/dev/null && ok

# Two weeks of low energy, then words that call for crisis resources: the lexicon, the
# crisis words and the wording must all load from the installed package data.
step "watch --replay"
history="$work/history.jsonl"
for day in $(seq -w 1 14); do
  printf '{"type": "checkin", "at": "2026-03-%sT20:00", "mood": 3, "energy": 1, "interest": 3, "focus": 3}\n' "$day"
done >"$history"
printf '{"type": "entry", "at": "2026-03-14T22:00", "title": "", "body": "I want to end my life."}\n' >>"$history"
replayed=$("$tend" watch --replay "$history")
grep -q '"kind": "support"' <<<"$replayed"
grep -q '"kind": "crisis"' <<<"$replayed"
ok

step "backup create and verify"
printf '%s\n%s\n' "$pass" "a backup passphrase for the smoke test" \
  | "$tend" backup create --data-dir "$data" --passphrase-stdin --backup-passphrase-stdin \
    --out "$work/journal.age" >/dev/null
printf '%s\n%s\n' "$pass" "a backup passphrase for the smoke test" \
  | "$tend" backup verify --data-dir "$data" --passphrase-stdin --backup-passphrase-stdin \
    "$work/journal.age" >/dev/null
ok

step "install-desktop"
XDG_DATA_HOME="$work/share" "$tend" install-desktop >/dev/null
test -f "$work/share/applications/org.tend.Tend.desktop"
test -f "$work/share/metainfo/org.tend.Tend.metainfo.xml"
test -f "$work/share/icons/hicolor/scalable/apps/org.tend.Tend.svg"
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$work/share/applications/org.tend.Tend.desktop"
fi
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --pedantic --no-net "$work/share/metainfo/org.tend.Tend.metainfo.xml" >/dev/null
fi
XDG_DATA_HOME="$work/share" "$tend" install-desktop --uninstall >/dev/null
test ! -e "$work/share/applications/org.tend.Tend.desktop"
ok

# The window, offscreen for five seconds: it must still be running (timeout's 124) and
# say nothing on stderr but the offscreen plugin's known notes.
step "window (offscreen, 5 s)"
status=0
XDG_RUNTIME_DIR="$work" QT_QPA_PLATFORM=offscreen timeout 5 "$tend" --data-dir "$data" \
  2>"$work/window.err" || status=$?
if [ "$status" -ne 124 ]; then
  echo "the window exited early with status $status"; cat "$work/window.err"; exit 1
fi
if grep -v -e "This plugin does not support" -e "^$" "$work/window.err"; then
  echo "the window printed warnings (above)"; exit 1
fi
ok
echo "smoke test passed"
