"""One desktop id everywhere, and the per-user desktop install and uninstall."""

from __future__ import annotations

import configparser
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from app.core.resources import resource_path
from app.platform.autostart import XdgAutostart, desktop_entry
from app.platform.desktop_install import DesktopFiles
from app.platform.freedesktop_notifications import DESKTOP_ENTRY
from app.platform.identity import APP_ID, DESKTOP_FILE, ICON_FILE, SYMBOLIC_ICON_FILE
from tests.conftest import require_tool


def read_desktop_file(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read_string(path.read_text(encoding="utf-8"))
    return parser["Desktop Entry"]


def test_launcher_metainfo_notifications_and_autostart_share_one_id() -> None:
    assert APP_ID == "org.tend.Tend"
    launcher = read_desktop_file(resource_path(DESKTOP_FILE))
    assert launcher["Icon"] == APP_ID
    metainfo = resource_path(f"{APP_ID}.metainfo.xml").read_text(encoding="utf-8")
    assert f"<id>{APP_ID}</id>" in metainfo
    assert f'<launchable type="desktop-id">{DESKTOP_FILE}</launchable>' in metainfo
    assert DESKTOP_ENTRY == APP_ID  # notifications name the launcher without ".desktop"
    assert XdgAutostart(Path("/config")).path.name == DESKTOP_FILE
    assert f"Icon={APP_ID}\n" in desktop_entry(["tend", "--hidden"])
    assert resource_path("icons", ICON_FILE).is_file()
    assert resource_path("icons", SYMBOLIC_ICON_FILE).is_file()


def test_the_window_names_the_launcher_and_its_wm_class(qapp: QApplication) -> None:
    from app.ui.application import set_identity

    app = qapp
    before = (app.applicationName(), app.applicationDisplayName(), app.desktopFileName())
    try:
        set_identity(app)
        assert app.desktopFileName() == APP_ID
        # On X11, Qt gives the window WM_CLASS (argv[0], applicationName()); desktops
        # match the launcher's StartupWMClass against that class.
        assert read_desktop_file(resource_path(DESKTOP_FILE))["StartupWMClass"] == (
            app.applicationName()
        )
    finally:  # the other tests share this QApplication and expect it untouched
        app.setApplicationName(before[0])
        app.setApplicationDisplayName(before[1])
        app.setDesktopFileName(before[2])
        app.setWindowIcon(QIcon())


def test_an_old_autostart_entry_still_counts_and_is_replaced(tmp_path: Path) -> None:
    autostart = XdgAutostart(tmp_path)
    autostart.legacy_path.parent.mkdir(parents=True)
    autostart.legacy_path.write_text(desktop_entry(["tend", "--hidden"]))
    assert autostart.is_enabled()
    autostart.enable(["tend", "--hidden"])
    assert autostart.path.exists()
    assert not autostart.legacy_path.exists()
    autostart.legacy_path.write_text(desktop_entry(["tend", "--hidden"]))
    autostart.disable()
    assert not autostart.path.exists()
    assert not autostart.legacy_path.exists()
    assert not autostart.is_enabled()


def run_tend(*args: str, data_home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "XDG_DATA_HOME": str(data_home)}
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=120,
    )


def test_install_desktop_writes_valid_files_and_uninstall_takes_them_away(
    tmp_path: Path,
) -> None:
    validate_desktop = require_tool("desktop-file-validate")
    appstreamcli = require_tool("appstreamcli")
    data_home = tmp_path / "share"
    files = DesktopFiles(data_home)

    installed = run_tend("install-desktop", data_home=data_home)
    assert installed.returncode == 0, installed.stderr
    assert "Traceback" not in installed.stderr
    for path in files.all():
        assert path.is_file(), path
        assert str(path) in installed.stdout
    launcher = read_desktop_file(files.launcher)
    program = launcher["Exec"].split()[0]
    assert Path(program).is_absolute()  # the Tend that installed it, whatever PATH is
    assert launcher["Icon"] == APP_ID
    check_in = files.launcher.read_text().split("[Desktop Action check-in]")[1]
    assert "--check-in" in check_in
    result = subprocess.run(
        [validate_desktop, str(files.launcher)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    result = subprocess.run(
        [appstreamcli, "validate", "--pedantic", "--no-net", str(files.metainfo)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert files.icon.read_bytes() == resource_path("icons", ICON_FILE).read_bytes()

    removed = run_tend("install-desktop", "--uninstall", data_home=data_home)
    assert removed.returncode == 0, removed.stderr
    assert not any(path.exists() for path in files.all())
    again = run_tend("install-desktop", "--uninstall", data_home=data_home)
    assert again.returncode == 0
    assert "nothing to remove" in again.stdout
