"""Run `python -m app ...` as a separate process, the way a person or a script would."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "correct horse battery staple"


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


def init_vault(data_dir: Path, passphrase: str = PASSPHRASE) -> subprocess.CompletedProcess[str]:
    """`tend init` with cheap key derivation, failing loudly if it does not succeed."""
    result = tend(
        "init",
        "--passphrase-stdin",
        "--insecure-fast-kdf",
        "--json",
        data_dir=data_dir,
        stdin=passphrase + "\n",
    )
    assert result.returncode == 0, result.stderr
    return result


def add_entry(data_dir: Path, body: str, *options: str, passphrase: str = PASSPHRASE) -> str:
    """`tend add` with the body on standard input; returns the new entry's id."""
    result = tend(
        "add", "--passphrase-stdin", *options, data_dir=data_dir, stdin=f"{passphrase}\n{body}"
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()
