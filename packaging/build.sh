#!/usr/bin/env bash
# Build a one-folder bundle in dist/tend with PyInstaller, then smoke-test it.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv-pack
.venv-pack/bin/pip install -q -r requirements/app.lock pyinstaller
.venv-pack/bin/pyinstaller --noconfirm --clean --distpath dist --workpath build packaging/tend.spec
bash packaging/smoke_test.sh dist/tend/tend
