"""The command line keeps entry text out of logs, stderr, and everything outside the vault."""

from __future__ import annotations

import uuid
from pathlib import Path

from tests.support.cli import PASSPHRASE, add_entry, init_vault, isolated_environment, tend
from tests.support.files import files_containing


def files_under(folder):
    return sorted(str(path.relative_to(folder)) for path in folder.rglob("*") if path.is_file())


def test_no_log_or_stderr_line_holds_entry_text(tmp_path):
    env = isolated_environment(tmp_path / "env")
    env["TEND_LOG_LEVEL"] = "DEBUG"
    data_dir = tmp_path / "data"
    marker = "zqx" + uuid.uuid4().hex[:16] + "q"
    results = [init_vault(data_dir, env=env)]
    entry_id = add_entry(
        data_dir,
        f"Body with {marker} inside",
        "--title",
        f"About {marker}",
        "--tag",
        marker,
        env=env,
    )
    secret = PASSPHRASE + "\n"
    for args in (
        ("list",),
        ("list", "--tag", marker, "--json"),
        ("show", entry_id),
        ("search", marker),
        ("search", f"{marker} AND"),  # a failing query
        ("check",),
    ):
        results.append(tend(*args, "--passphrase-stdin", data_dir=data_dir, stdin=secret, env=env))
    assert marker in results[3].stdout  # `show` printed the entry, so the marker was live

    log_file = data_dir / "logs" / "tend.log"
    assert log_file.stat().st_size > 0  # logging really was on
    assert "DEBUG" in log_file.read_text() or "INFO" in log_file.read_text()
    for result in results:
        assert marker not in result.stderr, result.stderr
    assert files_containing(data_dir, marker) == []
    assert files_containing(env_home(env), marker) == []


def env_home(env):
    return Path(env["HOME"])


def test_nothing_is_written_to_home_with_data_dir(tmp_path):
    env = isolated_environment(tmp_path / "env")
    home = env_home(env)
    data_dir = tmp_path / "data"
    init_vault(data_dir, env=env)
    add_entry(data_dir, "a quiet day", env=env)
    tend("forget", data_dir=data_dir, env=env)

    assert files_under(home) == []
    assert "journal.db" in files_under(data_dir)


def test_tend_data_dir_variable_chooses_the_folder(tmp_path):
    env = isolated_environment(tmp_path / "env")
    data_dir = tmp_path / "from-env"
    env["TEND_DATA_DIR"] = str(data_dir)
    init_vault(None, env=env)
    add_entry(None, "written through TEND_DATA_DIR", env=env)

    assert {"journal.db", "journal.keys"} <= set(files_under(data_dir))
    assert files_under(env_home(env)) == []
    listed = tend(
        "list",
        "--passphrase-stdin",
        "--data-dir",
        str(tmp_path / "elsewhere"),
        stdin=PASSPHRASE + "\n",
        env=env,
    )
    assert listed.returncode == 1  # --data-dir wins: there is no journal there
    assert "no Tend journal" in listed.stderr
