#!/bin/sh
# Add Tend to this user's application menu (launcher, icons, AppStream metadata under
# ~/.local/share, no root needed), pointing at this bundle; --uninstall takes them out.
# Ships inside the bundle folder, next to the `tend` program.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
exec "$here/tend" install-desktop "$@"
