"""Run `tend` commands inside the test process, with bytes on standard input.

Much quicker than a new interpreter per command, so a test can run every command against
every damaged file. An exception escaping ``run`` is exactly what would have printed a
Python traceback, so it is caught and reported as one.
"""

from __future__ import annotations

import io
import sys
import traceback
from dataclasses import dataclass

import pytest

from app.cli.runner import run
from app.core import kdf


@dataclass(frozen=True)
class Outcome:
    argv: tuple[str, ...]
    code: int
    out: str
    err: str

    @property
    def traceback(self) -> bool:
        return "Traceback (most recent call last)" in self.err


class InProcessCli:
    def __init__(self, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
        self._monkeypatch = monkeypatch
        self._capsys = capsys
        # Making a journal (init, restore --new) uses the cheap test key derivation.
        monkeypatch.setattr(kdf, "calibrate", lambda *args, **kwargs: kdf.TEST_PARAMS)

    def __call__(self, *argv: str, stdin: bytes | str = b"", errors: str = "strict") -> Outcome:
        data = stdin.encode() if isinstance(stdin, str) else stdin
        # A UTF-8 desktop decodes strictly; a C locale uses surrogateescape.
        stream = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", errors=errors)
        self._monkeypatch.setattr(sys, "stdin", stream)
        self._capsys.readouterr()
        try:
            code = run(list(argv))
        except SystemExit as exit_request:  # argparse's --help and --version
            code = int(exit_request.code or 0)
        except BaseException:
            code = -1
            print(traceback.format_exc(), file=sys.stderr)
        captured = self._capsys.readouterr()
        return Outcome(tuple(argv), code, captured.out, captured.err)
