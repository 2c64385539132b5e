#!/usr/bin/env bash
# Build a one-folder bundle in dist/tend with PyInstaller (pinned in
# requirements/packaging.lock), check that it holds every resource file, then smoke-test it
# from outside the checkout.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
SECONDS=0
python3 -m venv .venv-build
.venv-build/bin/pip install -q -r requirements/packaging.lock
.venv-build/bin/pip install -q --no-deps --no-build-isolation -e . 2>/dev/null \
  || .venv-build/bin/pip install -q --no-deps -e .
.venv-build/bin/pyinstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build packaging/tend.spec
cp packaging/install-linux.sh dist/tend/
echo "built the bundle in ${SECONDS} s ($(du -sh dist/tend | cut -f1))"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd dist/tend/_internal && find . -type f | sed 's|^\./||') >"$work/bundle.txt"
bash packaging/check_resources.sh "$work/bundle.txt" ""
SECONDS=0
(cd "$work" && bash "$root/packaging/smoke_test.sh" "$root/dist/tend/tend")
# The bundle's own installer script, as a person would run it from the unpacked folder.
XDG_DATA_HOME="$work/share" dist/tend/install-linux.sh >/dev/null
test -f "$work/share/applications/org.tend.Tend.desktop"
grep -q "^Exec=$root/dist/tend/tend$" "$work/share/applications/org.tend.Tend.desktop"
XDG_DATA_HOME="$work/share" dist/tend/install-linux.sh --uninstall >/dev/null
test ! -e "$work/share/applications/org.tend.Tend.desktop"
echo "smoke-tested the bundle in ${SECONDS} s"
