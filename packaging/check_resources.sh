#!/usr/bin/env bash
# Every data file Tend reads at run time (git's list of app/resources) must be in what
# users install. Usage: check_resources.sh LISTING_FILE PREFIX
#   LISTING_FILE  one path per line of what the package holds (a wheel's or sdist's listing,
#                 or `find` in a bundle)
#   PREFIX        what stands before app/resources/ in that listing ("" for a wheel)
set -euo pipefail
listing="$1"
prefix="$2"
cd "$(dirname "$0")/.."
missing=0
while IFS= read -r file; do
  if ! grep -qxF "$prefix$file" "$listing"; then
    echo "missing from the package: $file"
    missing=1
  fi
done < <(git ls-files app/resources app/core/migrations/versions | grep -v '__pycache__')
[ "$missing" -eq 0 ] && echo "  every resource file is packaged ($(git ls-files app/resources | wc -l) files)"
exit "$missing"
