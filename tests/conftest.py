"""Fixtures every test shares: a private home, no network, strict logs, and vaults.

Set TEND_STRICT_ENV=1 (CI does) to turn "this machine lacks a tool" skips into failures,
so a missing system package can never hide a test.
"""

from __future__ import annotations

import logging
import os
import shutil
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.kdf import TEST_PARAMS
from app.core.vault import CreatedVault, Vault, VaultFiles
from app.core.workspace import Workspace
from tests.support import fast_kdf

PASSPHRASE = "correct horse battery staple"
STRICT_ENV = os.environ.get("TEND_STRICT_ENV") == "1"


def require_tool(name: str) -> str:
    """The tool's path; skip (or fail under TEND_STRICT_ENV) when it isn't installed."""
    found = shutil.which(name)
    if found:
        return found
    message = f"{name} is not installed on this machine"
    if STRICT_ENV:
        pytest.fail(message)
    pytest.skip(message)


class NetworkUsedError(AssertionError):
    """Raised when code under test tries to reach the network."""


@pytest.fixture(autouse=True)
def private_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point HOME and the XDG folders at a temp folder, so nothing touches the real home."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(name, str(home / name.lower()))
    monkeypatch.delenv("TEND_DATA_DIR", raising=False)
    return home


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any attempt to open an internet socket fails the test. Local (AF_UNIX) sockets pass."""
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex

    def refuse(address: object) -> None:
        raise NetworkUsedError(f"Tend tried to open a network connection to {address!r}")

    def guarded_connect(self: socket.socket, address: object) -> None:
        if self.family in (socket.AF_INET, socket.AF_INET6):
            refuse(address)
        real_connect(self, address)  # type: ignore[arg-type]

    def guarded_connect_ex(self: socket.socket, address: object) -> int:
        if self.family in (socket.AF_INET, socket.AF_INET6):
            refuse(address)
        return real_connect_ex(self, address)  # type: ignore[arg-type]

    def guarded_getaddrinfo(host: object, *args: object, **kwargs: object) -> object:
        refuse(host)
        return None

    monkeypatch.setattr(socket.socket, "connect", guarded_connect)
    monkeypatch.setattr(socket.socket, "connect_ex", guarded_connect_ex)
    monkeypatch.setattr(socket, "getaddrinfo", guarded_getaddrinfo)


def pytest_configure(config: pytest.Config) -> None:
    # Journals made by `tend` commands in tests use cheap key derivation.
    fast_kdf.enable()
    config.addinivalue_line(
        "markers", "allow_log(pattern): a WARNING-or-worse log line this test expects"
    )


@pytest.fixture(autouse=True)
def strict_logging(
    caplog: pytest.LogCaptureFixture, request: pytest.FixtureRequest
) -> Iterator[None]:
    """A WARNING or worse that the test did not declare with @allow_log fails the test."""
    caplog.set_level(logging.DEBUG)
    yield
    allowed = [marker.args[0] for marker in request.node.iter_markers("allow_log")]
    unexpected = [
        record
        for when in ("setup", "call")
        for record in caplog.get_records(when)  # type: ignore[arg-type]
        if record.levelno >= logging.WARNING
        and not any(pattern in record.getMessage() for pattern in allowed)
    ]
    if unexpected:
        lines = "\n".join(f"{r.levelname} {r.name}: {r.getMessage()}" for r in unexpected)
        pytest.fail(f"unexpected log lines:\n{lines}")


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def vault_files(data_dir: Path) -> VaultFiles:
    return VaultFiles(data_dir)


@pytest.fixture
def created_vault(vault_files: VaultFiles) -> Iterator[CreatedVault]:
    created = Vault.create(vault_files, PASSPHRASE, TEST_PARAMS)
    yield created
    created.vault.lock()


@pytest.fixture
def vault(created_vault: CreatedVault) -> Vault:
    return created_vault.vault


@pytest.fixture
def workspace(vault: Vault) -> Workspace:
    return Workspace.open(vault)
