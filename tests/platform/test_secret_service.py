"""'Remember on this device' against a real Secret Service (gnome-keyring on a private bus).

A plaintext keyring (keyrings.alt) is installed in the test environment and even forced
with PYTHON_KEYRING_BACKEND: Tend must never put the key there.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tests.conftest import require_tool
from tests.support.cli import PASSPHRASE, init_vault, isolated_environment, tend
from tests.support.secret_service import private_secret_service

SECRET_SERVICE = "keyring.backends.SecretService.Keyring"
PLAINTEXT = "keyrings.alt.file.PlaintextKeyring"


def lookup_in_keyring(env, vault_id) -> str:
    """What the Secret Service holds for this vault, read with libsecret's own tool."""
    result = subprocess.run(
        [require_tool("secret-tool"), "lookup", "service", "Tend", "username", f"vault-{vault_id}"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=30,
    )
    return result.stdout.strip()


def files_holding(folder: Path, text: str) -> list[Path]:
    return [
        path for path in folder.rglob("*") if path.is_file() and text.encode() in path.read_bytes()
    ]


@pytest.fixture
def session_env(tmp_path):
    dbus_daemon = require_tool("dbus-daemon")
    keyring_daemon = require_tool("gnome-keyring-daemon")
    require_tool("dbus-send")
    with private_secret_service(tmp_path / "session", dbus_daemon, keyring_daemon) as env:
        yield env


@pytest.mark.slow
def test_remember_unlock_and_forget_with_a_real_secret_service(tmp_path, session_env):
    env = {**session_env, "PYTHON_KEYRING_BACKEND": PLAINTEXT}
    home = Path(env["HOME"])
    data_dir = tmp_path / "data"
    vault_id = json.loads(init_vault(data_dir, env=env).stdout)["vault_id"]

    remembered = tend(
        "remember",
        "--json",
        "--passphrase-stdin",
        data_dir=data_dir,
        stdin=PASSPHRASE + "\n",
        env=env,
    )
    assert remembered.returncode == 0, remembered.stderr
    assert json.loads(remembered.stdout) == {"remembered": True, "backend": SECRET_SERVICE}
    stored = lookup_in_keyring(env, vault_id)
    assert len(bytes.fromhex(stored)) == 32
    config = json.loads((data_dir / "config.json").read_text())
    assert config["remembered_backend"] == SECRET_SERVICE
    assert config["remembered_vault_id"] == vault_id

    unlocked = tend("list", data_dir=data_dir, stdin="", env=env)  # no passphrase, no terminal
    assert unlocked.returncode == 0, unlocked.stderr
    assert unlocked.stdout.strip() == "No entries yet."

    # The key went to the Secret Service only: no plaintext keyring file, nowhere in HOME.
    assert not list(home.rglob("keyring_pass.cfg"))
    assert files_holding(home, stored) == []
    assert files_holding(data_dir, stored) == []

    forgotten = tend("forget", data_dir=data_dir, env=env)
    assert forgotten.returncode == 0, forgotten.stderr
    assert lookup_in_keyring(env, vault_id) == ""
    locked_out = tend("list", data_dir=data_dir, stdin="", env=env)
    assert locked_out.returncode == 2
    assert len(locked_out.stderr.splitlines()) == 1
    assert not list(home.rglob("keyring_pass.cfg"))


def test_remember_refuses_when_only_a_plaintext_keyring_exists(tmp_path):
    env = isolated_environment(tmp_path / "env")  # no session bus, so no Secret Service
    env["PYTHON_KEYRING_BACKEND"] = PLAINTEXT
    data_dir = tmp_path / "data"
    init_vault(data_dir, env=env)
    config_before = (data_dir / "config.json").exists()

    result = tend(
        "remember", "--passphrase-stdin", data_dir=data_dir, stdin=PASSPHRASE + "\n", env=env
    )

    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "tend: This system has no protected keyring (such as GNOME Keyring or KWallet), so "
        "Tend can't keep the key here. You'll be asked for the passphrase, as before."
    ]
    assert not list(Path(env["HOME"]).rglob("keyring_pass.cfg"))
    assert (data_dir / "config.json").exists() == config_before
