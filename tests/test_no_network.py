"""Tend makes no network connections: the test guard trips, and strace sees none."""

from __future__ import annotations

import re
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import NetworkUsedError, require_tool
from tests.support.cli import PASSPHRASE, isolated_environment, tend

INTERNET_CONNECT = re.compile(r"\b(connect|sendto)\(.*sa_family=AF_INET6?\b")


@pytest.mark.parametrize(
    ("family", "address"),
    [(socket.AF_INET, ("127.0.0.1", 9)), (socket.AF_INET6, ("::1", 9, 0, 0))],
)
def test_guard_refuses_internet_connections(family, address):
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        with pytest.raises(NetworkUsedError, match="network connection"):
            sock.connect(address)
        with pytest.raises(NetworkUsedError):
            sock.connect_ex(address)


def test_guard_refuses_name_lookups():
    with pytest.raises(NetworkUsedError):
        socket.getaddrinfo("example.org", 443)


def test_guard_lets_local_sockets_through(tmp_path):
    path = str(tmp_path / "local.sock")
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
        server.bind(path)
        server.listen(1)
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
            client.connect(path)


def strace_prefix(trace: Path) -> tuple[str, ...]:
    return (require_tool("strace"), "-f", "-qq", "-e", "trace=connect,sendto", "-o", str(trace))


def internet_calls(trace: Path) -> list[str]:
    return [line for line in trace.read_text().splitlines() if INTERNET_CONNECT.search(line)]


def test_strace_sees_an_internet_connect_when_there_is_one(tmp_path):
    trace = tmp_path / "control.txt"
    script = (
        "import socket\n"
        "for family, address in ((socket.AF_INET, ('127.0.0.1', 9)), "
        "(socket.AF_INET6, ('::1', 9))):\n"
        "    with socket.socket(family) as s:\n"
        "        s.connect_ex(address)\n"
    )
    subprocess.run([*strace_prefix(trace), sys.executable, "-c", script], check=True, timeout=60)
    calls = internet_calls(trace)
    assert any("AF_INET," in line for line in calls)
    assert any("AF_INET6" in line for line in calls)


def test_cli_opens_no_internet_socket_under_strace(tmp_path):
    env = isolated_environment(tmp_path / "env")
    data_dir = tmp_path / "data"
    secret = PASSPHRASE + "\n"
    traces = []
    for index, (args, stdin) in enumerate(
        [
            (("init",), secret),
            (("add", "--title", "Offline"), secret + "a day without any network at all"),
            (("search", "network"), secret),
        ]
    ):
        trace = tmp_path / f"trace-{index}.txt"
        result = tend(
            *args,
            "--passphrase-stdin",
            data_dir=data_dir,
            stdin=stdin,
            env=env,
            prefix=strace_prefix(trace),
        )
        assert result.returncode == 0, result.stderr
        traces.append(trace)

    assert "network" in result.stdout  # the search ran and found the entry
    assert [call for trace in traces for call in internet_calls(trace)] == []
