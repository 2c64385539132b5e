""" "Start Tend at login": a login item that runs Tend hidden in the tray.

- Linux and other freedesktop systems: ``$XDG_CONFIG_HOME/autostart/org.tend.Tend.desktop``
  (earlier versions wrote ``tend.desktop``; it is read as the same setting and replaced).
- macOS: a LaunchAgent, ``~/Library/LaunchAgents/org.tend.Tend.plist`` (RunAtLoad).
- Windows: not implemented yet; the equivalent is a ``Tend`` value under
  ``HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run`` holding the quoted command
  (or a shortcut in the Startup folder). See docs/desktop-integration.md.

The login item itself is the setting: it is on when the file exists, so turning it off in
the desktop's own settings (which deletes or hides the file) is respected.
"""

from __future__ import annotations

import os
import plistlib
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from app.core.atomic_file import write_atomic
from app.platform.identity import APP_ID, DESKTOP_FILE

AUTOSTART_FILE_NAME = DESKTOP_FILE
LEGACY_AUTOSTART_FILE_NAME = "tend.desktop"
LAUNCH_AGENT_LABEL = APP_ID
# Characters that force an Exec argument into quotes (Desktop Entry Specification, "Exec").
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


class Autostart(Protocol):
    def is_enabled(self) -> bool: ...
    def enable(self, command: Sequence[str]) -> None: ...
    def disable(self) -> None: ...


def app_command() -> list[str]:
    """How to start this very Tend: the bundle's program, the venv's script, or the module."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    script = Path(sys.executable).with_name("tend")
    return [str(script)] if script.exists() else [sys.executable, "-m", "app"]


def launch_command(data_dir: Path | None = None) -> list[str]:
    """How to start this Tend hidden in the tray (with its data folder, if not the default)."""
    command = [*app_command(), "--hidden"]
    if data_dir is not None:
        command += ["--data-dir", str(data_dir)]
    return command


def autostart_for_platform() -> Autostart | None:
    """The login-item mechanism for this system, or None where Tend can't offer one yet."""
    if sys.platform == "darwin":
        return LaunchAgentAutostart(Path.home())
    if sys.platform.startswith("win"):
        return None
    return XdgAutostart(xdg_config_home())


def xdg_config_home() -> Path:
    configured = Path(os.environ.get("XDG_CONFIG_HOME", ""))
    # The spec says a relative (or empty) value is invalid and must be ignored.
    return configured if configured.is_absolute() else Path.home() / ".config"


class XdgAutostart:
    """An XDG autostart entry, read by GNOME, KDE, Xfce, Cinnamon, MATE, LXQt and others."""

    def __init__(self, config_home: Path) -> None:
        self.path = config_home / "autostart" / AUTOSTART_FILE_NAME
        self.legacy_path = config_home / "autostart" / LEGACY_AUTOSTART_FILE_NAME

    def is_enabled(self) -> bool:
        path = self.path if self.path.exists() else self.legacy_path
        try:
            text = path.read_text(encoding="utf-8")
        except (FileNotFoundError, UnicodeDecodeError, IsADirectoryError):
            return False
        lines = {line.strip() for line in text.splitlines()}
        return "Hidden=true" not in lines and "X-GNOME-Autostart-enabled=false" not in lines

    def enable(self, command: Sequence[str]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(self.path, desktop_entry(command).encode("utf-8"))
        self.legacy_path.unlink(missing_ok=True)

    def disable(self) -> None:
        self.path.unlink(missing_ok=True)
        self.legacy_path.unlink(missing_ok=True)


class LaunchAgentAutostart:
    """A per-user LaunchAgent that runs Tend once at login."""

    def __init__(self, home: Path) -> None:
        self.path = home / "Library" / "LaunchAgents" / f"{LAUNCH_AGENT_LABEL}.plist"

    def is_enabled(self) -> bool:
        return self.path.exists()

    def enable(self, command: Sequence[str]) -> None:
        agent = {
            "Label": LAUNCH_AGENT_LABEL,
            "ProgramArguments": list(command),
            "RunAtLoad": True,
            "ProcessType": "Interactive",
        }
        self.path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(self.path, plistlib.dumps(agent))

    def disable(self) -> None:
        self.path.unlink(missing_ok=True)


def desktop_entry(command: Sequence[str]) -> str:
    """The autostart .desktop file that runs ``command``."""
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=Tend\n"
        "Comment=Keeps Tend in the tray from login, for check-in reminders\n"
        f"Exec={exec_line(command)}\n"
        f"Icon={APP_ID}\n"
        "Terminal=false\n"
        "NoDisplay=true\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def exec_line(command: Sequence[str]) -> str:
    """Quote ``command`` for an Exec key, following the Desktop Entry Specification."""
    return " ".join(_exec_argument(argument) for argument in command)


def _exec_argument(argument: str) -> str:
    if not argument:
        return '""'
    escaped = argument.replace("%", "%%")  # field codes
    if not _RESERVED & set(escaped):
        return escaped
    for character in ("\\", '"', "`", "$"):
        escaped = escaped.replace(character, "\\" + character)
    # Values of type string unescape "\\" once more before the Exec quoting rules apply.
    return '"' + escaped.replace("\\", "\\\\") + '"'
