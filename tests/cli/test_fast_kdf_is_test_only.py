"""Cheap key derivation is for Tend's own tests only: the product CLI has no switch for it,
and refuses the test suite's environment variable when the test suite isn't there."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from app.cli.kdf_choice import TEST_SWITCH, new_slot_params
from app.core.kdf import TEST_PARAMS
from tests.support.cli import PASSPHRASE, isolated_environment


def _product_tend(tmp_path: Path, *args: str, fast_kdf: bool) -> subprocess.CompletedProcess[str]:
    """`python -m app` as installed: run from a folder where the test suite can't be imported."""
    env = isolated_environment(tmp_path / "env")
    env.pop("PYTHONPATH", None)
    env.pop(TEST_SWITCH, None)
    if fast_kdf:
        env[TEST_SWITCH] = "1"
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=120,
        check=False,
    )


def test_the_product_cli_has_no_fast_kdf_switch(tmp_path: Path) -> None:
    data = tmp_path / "data"
    result = _product_tend(
        tmp_path,
        "init",
        "--passphrase-stdin",
        "--insecure-fast-kdf",
        "--data-dir",
        str(data),
        fast_kdf=False,
    )
    assert result.returncode != 0
    assert "--insecure-fast-kdf" in result.stderr
    assert not (data / "journal.db").exists()


def test_the_product_refuses_the_test_variable_and_makes_no_journal(tmp_path: Path) -> None:
    data = tmp_path / "data"
    result = _product_tend(
        tmp_path, "init", "--passphrase-stdin", "--data-dir", str(data), fast_kdf=True
    )
    assert result.returncode == 1
    assert result.stderr.startswith(f"tend: {TEST_SWITCH} is only for Tend's own tests")
    assert "Traceback" not in result.stderr
    assert not (data / "journal.db").exists()


def test_the_test_suite_grants_cheap_parameters_only_when_asked() -> None:
    assert new_slot_params({TEST_SWITCH: "1"}) == TEST_PARAMS
    assert new_slot_params({}) is None
    assert os.environ.get(TEST_SWITCH) == "1"  # set for this run by tests/conftest.py
