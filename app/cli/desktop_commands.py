"""tend install-desktop [--uninstall]: the launcher, icons and metadata for this user."""

from __future__ import annotations

import argparse

from app.cli.context import CliContext
from app.cli.registry import CommandRegistry
from app.core.errors import ExitCode
from app.platform.autostart import app_command
from app.platform.desktop_install import DesktopFiles, install, uninstall, xdg_data_home


def register(commands: CommandRegistry) -> None:
    parser = commands.add_parser(
        "install-desktop",
        help="add Tend to this user's application menu (no root needed)",
        description="Put Tend's launcher, icons and AppStream metadata under "
        "$XDG_DATA_HOME (~/.local/share), pointing at this Tend; --uninstall takes them out.",
    )
    parser.add_argument(
        "--uninstall", action="store_true", help="remove what an earlier install put there"
    )
    parser.set_defaults(handler=run_install_desktop)


def run_install_desktop(ctx: CliContext, args: argparse.Namespace) -> int:
    files = DesktopFiles(xdg_data_home())
    if args.uninstall:
        removed = uninstall(files)
        if not removed:
            ctx.out.write("Tend's launcher wasn't installed for this user; nothing to remove.\n")
        for path in removed:
            ctx.out.write(f"removed {path}\n")
        return ExitCode.OK
    for path in install(files, app_command()):
        ctx.out.write(f"wrote {path}\n")
    return ExitCode.OK
