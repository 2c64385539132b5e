"""One Tend per data folder: a second start hands over and exits; a crash leaves no block."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDir
from pytestqt.qtbot import QtBot

from app.cli.parser import build_parser
from app.platform.paths import AppPaths
from app.platform.single_instance import SingleInstance, request_from_args
from tests.platform.conftest import REPO_ROOT


@pytest.fixture
def name(tmp_path: Path) -> str:
    return AppPaths(tmp_path / "data").instance_name


@pytest.fixture
def first(qtbot: QtBot, name: str) -> Iterator[SingleInstance]:
    instance = SingleInstance(name)
    assert instance.acquire("show") is True
    yield instance
    instance.release()


def start_second(name: str, request: str, *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.platform.instance_process", name, request, *extra],
        cwd=REPO_ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )


def finish(process: subprocess.Popen[str]) -> tuple[int, str]:
    output, _ = process.communicate(timeout=20)
    return process.returncode, output.strip()


def test_second_start_hands_its_request_to_the_first_and_exits(
    qtbot: QtBot, first: SingleInstance, name: str
) -> None:
    with qtbot.waitSignal(first.request_received, timeout=10_000) as received:
        second = start_second(name, "check-in")
    assert received.args == ["check-in"]
    assert finish(second) == (0, "handed-over")


def test_plain_second_start_asks_to_show_the_window(
    qtbot: QtBot, first: SingleInstance, name: str
) -> None:
    with qtbot.waitSignal(first.request_received, timeout=10_000) as received:
        second = start_second(name, "show")
    assert received.args == ["show"]
    assert finish(second) == (0, "handed-over")


def test_stale_socket_after_a_crash_does_not_block_the_next_start(qtbot: QtBot, name: str) -> None:
    crashed = start_second(name, "show", "--crash")
    code, output = finish(crashed)
    assert (code, output) == (-9, "first")
    assert Path(QDir(QDir.tempPath()).filePath(name)).exists()  # the leftover socket

    recovered = SingleInstance(name)
    try:
        assert recovered.acquire("show") is True
        with qtbot.waitSignal(recovered.request_received, timeout=10_000) as received:
            second = start_second(name, "check-in")
        assert received.args == ["check-in"]
        assert finish(second) == (0, "handed-over")
    finally:
        recovered.release()


def test_different_data_folders_run_side_by_side(tmp_path: Path, qtbot: QtBot) -> None:
    one = SingleInstance(AppPaths(tmp_path / "one").instance_name)
    two = SingleInstance(AppPaths(tmp_path / "two").instance_name)
    try:
        assert one.acquire() is True
        assert two.acquire() is True
    finally:
        one.release()
        two.release()


def test_unknown_request_is_refused_before_sending(name: str) -> None:
    with pytest.raises(ValueError, match="unknown request"):
        SingleInstance(name).acquire("rm -rf")


@pytest.mark.parametrize(
    ("argv", "expected"),
    [([], "show"), (["--check-in"], "check-in"), (["--hidden"], "hidden")],
)
def test_start_options_become_requests(argv: list[str], expected: str) -> None:
    assert request_from_args(build_parser().parse_args(argv)) == expected
