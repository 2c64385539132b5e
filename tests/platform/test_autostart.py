"""Start at login: the autostart entry is valid, runs Tend hidden, and goes away when turned off."""

from __future__ import annotations

import plistlib
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli.parser import build_parser
from app.core.resources import resource_path
from app.platform.autostart import (
    LaunchAgentAutostart,
    XdgAutostart,
    autostart_for_platform,
    exec_line,
    launch_command,
    xdg_config_home,
)
from tests.conftest import require_tool


def parse_exec(value: str) -> list[str]:
    """Read an Exec value back the way a desktop does (string unescape, then quoting)."""
    unescaped, index = "", 0
    while index < len(value):  # string-level escapes first
        if value[index] == "\\" and index + 1 < len(value):
            unescaped += {"s": " ", "n": "\n", "t": "\t", "r": "\r"}.get(
                value[index + 1], value[index + 1]
            )
            index += 2
        else:
            unescaped += value[index]
            index += 1
    arguments, current, quoted, started, index = [], "", False, False, 0
    while index < len(unescaped):
        character = unescaped[index]
        if quoted and character == "\\":
            current += unescaped[index + 1]
            index += 2
            continue
        if character == '"':
            quoted, started = not quoted, True
        elif character == " " and not quoted:
            if started:
                arguments.append(current.replace("%%", "%"))
            current, started = "", False
        else:
            current += character
            started = True
        index += 1
    if started:
        arguments.append(current.replace("%%", "%"))
    return arguments


def exec_value(path: Path) -> str:
    line = next(line for line in path.read_text().splitlines() if line.startswith("Exec="))
    return line.removeprefix("Exec=")


def test_turning_start_at_login_on_writes_a_valid_entry_and_off_removes_it(
    private_home: Path, tmp_path: Path
) -> None:
    validator = require_tool("desktop-file-validate")
    autostart = autostart_for_platform()
    assert isinstance(autostart, XdgAutostart)
    assert (
        autostart.path == private_home / "xdg_config_home" / "autostart" / "org.tend.Tend.desktop"
    )
    assert not autostart.is_enabled()

    data_dir = tmp_path / "My Journal (private)"
    autostart.enable(launch_command(data_dir))
    assert autostart.is_enabled()
    result = subprocess.run(
        [validator, str(autostart.path)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == ""
    assert parse_exec(exec_value(autostart.path))[-3:] == ["--hidden", "--data-dir", str(data_dir)]

    autostart.disable()
    assert not autostart.path.exists()
    assert not autostart.is_enabled()
    autostart.disable()  # turning it off twice is fine


def test_the_command_written_starts_tend_hidden_on_that_data_folder(tmp_path: Path) -> None:
    command = launch_command(tmp_path / "data")
    args = build_parser().parse_args(command[command.index("--hidden") :])
    assert args.hidden is True
    assert args.data_dir == str(tmp_path / "data")
    assert args.command is None  # the desktop app, not a CLI command
    assert command[0] in (sys.executable, str(Path(sys.executable).with_name("tend")))


@pytest.mark.parametrize(
    "awkward",
    [
        "/home/ana/My Journal",
        '/home/ana/quote"d',
        "/home/ana/back\\slash",
        "/home/ana/dollar$HOME",
        "/home/ana/100%",
        "/home/ana/tick`s",
        "/home/ana/it's",
    ],
)
def test_exec_quoting_survives_awkward_paths(tmp_path: Path, awkward: str) -> None:
    validator = require_tool("desktop-file-validate")
    command = ["/opt/Tend App/tend", "--hidden", "--data-dir", awkward]
    assert parse_exec(exec_line(command)) == command
    autostart = XdgAutostart(tmp_path)
    autostart.enable(command)
    result = subprocess.run([validator, str(autostart.path)], capture_output=True, check=False)
    assert result.returncode == 0, result.stdout


def test_entry_hidden_by_the_desktop_settings_counts_as_off(tmp_path: Path) -> None:
    autostart = XdgAutostart(tmp_path)
    autostart.enable(["tend", "--hidden"])
    autostart.path.write_text(autostart.path.read_text() + "Hidden=true\n")
    assert not autostart.is_enabled()


def test_relative_xdg_config_home_is_ignored(
    private_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", "relative/config")
    assert xdg_config_home() == private_home / ".config"


def test_macos_launch_agent_runs_tend_at_load_and_is_removed(tmp_path: Path) -> None:
    agent = LaunchAgentAutostart(tmp_path)
    agent.enable(["/Applications/Tend.app/Contents/MacOS/Tend", "--hidden"])
    assert agent.is_enabled()
    content = plistlib.loads(agent.path.read_bytes())
    assert content["Label"] == "org.tend.Tend"
    assert content["RunAtLoad"] is True
    assert content["ProgramArguments"][-1] == "--hidden"
    agent.disable()
    assert not agent.is_enabled()


def test_application_launcher_validates() -> None:
    validator = require_tool("desktop-file-validate")
    launcher = resource_path("org.tend.Tend.desktop")
    result = subprocess.run([validator, str(launcher)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == ""
    assert "Exec=tend --check-in" in launcher.read_text()


def test_appstream_metadata_validates() -> None:
    appstreamcli = require_tool("appstreamcli")
    metainfo = resource_path("org.tend.Tend.metainfo.xml")
    result = subprocess.run(
        [appstreamcli, "validate", "--pedantic", "--no-net", str(metainfo)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert '<launchable type="desktop-id">org.tend.Tend.desktop</launchable>' in (
        metainfo.read_text()
    )
    assert resource_path("org.tend.Tend.desktop").exists()
