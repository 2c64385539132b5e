"""Put Tend's launcher, icons and AppStream metadata into the user's data folder, and take
them out again, without root: ``tend install-desktop [--uninstall]``.

What goes where follows the XDG Base Directory, Desktop Entry and Icon Theme
specifications, under ``$XDG_DATA_HOME`` (``~/.local/share`` by default). The launcher's
``Exec`` is the absolute command of the Tend that installed it (a bundle, a pipx venv or a
distribution package), so it starts the same Tend whatever the menu's PATH is.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from app.core.atomic_file import write_atomic
from app.core.resources import resource_path
from app.platform.autostart import exec_line
from app.platform.identity import DESKTOP_FILE, ICON_FILE, METAINFO_FILE, SYMBOLIC_ICON_FILE


@dataclass(frozen=True)
class DesktopFiles:
    """Where the installed files live under one data folder."""

    data_home: Path

    @property
    def launcher(self) -> Path:
        return self.data_home / "applications" / DESKTOP_FILE

    @property
    def icon(self) -> Path:
        return self.data_home / "icons" / "hicolor" / "scalable" / "apps" / ICON_FILE

    @property
    def symbolic_icon(self) -> Path:
        return self.data_home / "icons" / "hicolor" / "symbolic" / "apps" / SYMBOLIC_ICON_FILE

    @property
    def metainfo(self) -> Path:
        return self.data_home / "metainfo" / METAINFO_FILE

    def all(self) -> tuple[Path, ...]:
        return (self.launcher, self.icon, self.symbolic_icon, self.metainfo)


def xdg_data_home() -> Path:
    configured = Path(os.environ.get("XDG_DATA_HOME", ""))
    # The spec says a relative (or empty) value is invalid and must be ignored.
    return configured if configured.is_absolute() else Path.home() / ".local" / "share"


def launcher_text(command: Sequence[str]) -> str:
    """The shipped launcher with its Exec lines pointing at ``command``."""
    lines = []
    for shipped in resource_path(DESKTOP_FILE).read_text(encoding="utf-8").splitlines():
        if shipped.startswith("TryExec="):
            continue
        if shipped.startswith("Exec="):
            arguments = shipped.removeprefix("Exec=").split()[1:]
            lines.append("Exec=" + exec_line([*command, *arguments]))
        else:
            lines.append(shipped)
    return "\n".join(lines) + "\n"


def install(files: DesktopFiles, command: Sequence[str]) -> list[Path]:
    """Write the launcher, icons and metainfo; returns what was written."""
    contents = {
        files.launcher: launcher_text(command).encode("utf-8"),
        files.icon: resource_path("icons", ICON_FILE).read_bytes(),
        files.symbolic_icon: resource_path("icons", SYMBOLIC_ICON_FILE).read_bytes(),
        files.metainfo: resource_path(METAINFO_FILE).read_bytes(),
    }
    for path, data in contents.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, data, mode=0o644)
    _refresh_caches(files)
    return list(contents)


def uninstall(files: DesktopFiles) -> list[Path]:
    """Remove what install() wrote; returns what was there."""
    removed = [path for path in files.all() if path.exists()]
    for path in removed:
        path.unlink()
    _refresh_caches(files)
    return removed


def _refresh_caches(files: DesktopFiles) -> None:
    # Best effort: menus pick the launcher up without these, only more slowly.
    for tool, argument in (
        ("update-desktop-database", files.launcher.parent),
        ("gtk-update-icon-cache", files.data_home / "icons" / "hicolor"),
    ):
        program = shutil.which(tool)
        if program and argument.is_dir():
            subprocess.run(
                [program, "-q", str(argument)],
                check=False,
                capture_output=True,
                timeout=30,
            )
