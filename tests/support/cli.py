"""Run `python -m app ...` as a separate process, the way a person or a script would."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "correct horse battery staple"


def isolated_environment(root: Path) -> dict[str, str]:
    """The current environment with HOME and the XDG folders moved inside ``root``."""
    home = root / "home"
    runtime = root / "runtime"
    for folder in (home, runtime):
        folder.mkdir(parents=True, exist_ok=True)
        folder.chmod(0o700)
    env = dict(os.environ)
    env.update(
        HOME=str(home),
        XDG_RUNTIME_DIR=str(runtime),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_STATE_HOME=str(home / ".local" / "state"),
    )
    for name in (
        "DBUS_SESSION_BUS_ADDRESS",
        "PYTHON_KEYRING_BACKEND",
        "GNOME_KEYRING_CONTROL",
        "TEND_DATA_DIR",
        "TEND_LOG_LEVEL",
    ):
        env.pop(name, None)
    return env


def tend(
    *args: str,
    data_dir: Path | None = None,
    stdin: str = "",
    env: dict[str, str] | None = None,
    prefix: tuple[str, ...] = (),
    timeout: float = 60,
) -> subprocess.CompletedProcess[str]:
    """Run one command; ``data_dir`` is passed as --data-dir, ``prefix`` wraps the command."""
    command = [*prefix, sys.executable, "-m", "app", *args]
    if data_dir is not None:
        command += ["--data-dir", str(data_dir)]
    environment = dict(os.environ if env is None else env)
    environment["PYTHONPATH"] = str(REPO_ROOT)
    return subprocess.run(
        command,
        input=stdin,
        capture_output=True,
        text=True,
        cwd=REPO_ROOT,
        env=environment,
        timeout=timeout,
        check=False,
    )


def init_vault(
    data_dir: Path | None, passphrase: str = PASSPHRASE, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """`tend init` with cheap key derivation, failing loudly if it does not succeed."""
    result = tend(
        "init",
        "--passphrase-stdin",
        "--json",
        data_dir=data_dir,
        stdin=passphrase + "\n",
        env=env,
    )
    assert result.returncode == 0, result.stderr
    return result


def add_entry(
    data_dir: Path | None,
    body: str,
    *options: str,
    passphrase: str = PASSPHRASE,
    env: dict[str, str] | None = None,
) -> str:
    """`tend add` with the body on standard input; returns the new entry's id."""
    result = tend(
        "add",
        "--passphrase-stdin",
        *options,
        data_dir=data_dir,
        stdin=f"{passphrase}\n{body}",
        env=env,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()
