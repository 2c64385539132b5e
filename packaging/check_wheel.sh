#!/usr/bin/env bash
# Build the wheel and sdist as a release would, install the wheel alone (with the pinned
# dependencies from requirements/app.lock) into a fresh virtual environment outside the
# checkout, and smoke-test that installed Tend from another folder.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
SECONDS=0
python3 -m venv .venv-build
.venv-build/bin/pip install -q -r requirements/packaging.lock
rm -rf dist/tend-*.whl dist/tend-*.tar.gz
.venv-build/bin/python -m build --outdir dist . >/dev/null
echo "built $(cd dist && ls tend-*.whl tend-*.tar.gz | tr '\n' ' ')in ${SECONDS} s"

wheel=$(ls "$root"/dist/tend-*.whl)
sdist=$(ls "$root"/dist/tend-*.tar.gz)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 -c 'import sys, zipfile; print("\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))' \
  "$wheel" >"$work/wheel.txt"
bash packaging/check_resources.sh "$work/wheel.txt" ""
tar -tzf "$sdist" | sed 's|^[^/]*/||' >"$work/sdist.txt"
bash packaging/check_resources.sh "$work/sdist.txt" ""

SECONDS=0
python3 -m venv "$work/venv"
"$work/venv/bin/pip" install -q -r requirements/app.lock
"$work/venv/bin/pip" install -q --no-deps "$wheel"
"$work/venv/bin/pip" check
echo "installed the wheel into a fresh venv in ${SECONDS} s"
SECONDS=0
(cd "$work" && bash "$root/packaging/smoke_test.sh" "$work/venv/bin/tend")
echo "smoke-tested the installed wheel in ${SECONDS} s"
