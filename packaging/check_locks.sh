#!/usr/bin/env bash
# The lock files match pyproject.toml, and the app's lock installs from wheels alone on every
# platform and Python that the README claims. Needs uv (in requirements/packaging.lock).
# Usage: check_locks.sh [UV]    (default: uv on PATH)
set -euo pipefail
uv="${1:-uv}"
cd "$(dirname "$0")/../requirements"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
strip_header() { sed '/^#/{/^#    /d;/^# This file/d}' "$1"; }

# 1. Each lock is what `uv pip compile` gives for pyproject.toml today, preferring the
#    versions already pinned: a dependency added, removed or re-ranged without re-locking
#    shows up as a difference.
for lock in app test packaging; do
  case $lock in
    app) extra=() ;;
    *) extra=(--extra "$lock") ;;
  esac
  cp "$lock.lock" "$work/$lock.lock"
  "$uv" pip compile --quiet --universal --python-version 3.11 ../pyproject.toml \
    "${extra[@]}" -o "$work/$lock.lock"
  if ! diff <(strip_header "$lock.lock") <(strip_header "$work/$lock.lock"); then
    echo "requirements/$lock.lock does not match pyproject.toml; re-lock it (see README, Dependencies)"
    exit 1
  fi
done
echo "  the lock files match pyproject.toml"

# 2. The app's pins have wheels for each platform and Python claimed (no compiler needed).
for platform in x86_64-manylinux_2_34 aarch64-manylinux_2_39 aarch64-apple-darwin \
  x86_64-pc-windows-msvc; do
  for python in 3.11 3.12 3.13; do
    "$uv" pip compile --quiet --no-header --only-binary :all: --python-platform "$platform" \
      --python-version "$python" app.lock -o "$work/resolved.txt"
  done
done
echo "  requirements/app.lock installs from wheels on Linux, macOS and Windows, Python 3.11-3.13"
