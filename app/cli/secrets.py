"""Where the CLI gets passphrases: standard input, the keyring, or an interactive prompt.

With ``--passphrase-stdin`` the first line of standard input is the passphrase (the second
is the new one for `passwd`), and whatever follows is left for the command (the body for
`tend add`). Standard input must be UTF-8: anything else is refused before it is used.
"""

from __future__ import annotations

import getpass
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import IO, Any, TextIO

from app.core.errors import UsageError, WrongPassphraseError
from app.core.limits import has_broken_character

NOT_UTF8 = "isn't valid UTF-8 text"


@dataclass
class SecretSource:
    from_stdin: bool
    stdin: TextIO = field(default_factory=lambda: sys.stdin)
    interactive: bool = field(default_factory=sys.stdin.isatty)

    def passphrase(self, prompt: str = "Passphrase: ") -> str:
        if self.from_stdin:
            line = self.secret_line("--passphrase-stdin")
            if line is None:
                raise WrongPassphraseError(
                    "--passphrase-stdin was given, but standard input was empty."
                )
            return line
        if self.interactive:
            return _checked_secret(getpass.getpass(prompt), "The passphrase typed")
        raise WrongPassphraseError(
            "Tend needs the passphrase: pipe it in with --passphrase-stdin, or run "
            "this command in a terminal."
        )

    def secret_line(self, option: str) -> str | None:
        """The next line of standard input as a secret (None at the end of input)."""
        line = self._read(lambda stream: stream.readline())
        if not line:
            return None
        return _checked_secret(line.rstrip("\r\n"), f"The line read for {option}")

    def _read(self, take: Callable[[IO[Any]], Any]) -> str:
        """Read bytes and decode them here, line by line: a text stream decodes ahead in
        blocks, so a bad byte in the body would be blamed on the passphrase line before it.
        Undecodable bytes become lone surrogates, which the callers refuse.
        """
        binary = getattr(self.stdin, "buffer", None)
        if binary is None:
            text: str = take(self.stdin)
            return text
        data: bytes = take(binary)
        return data.decode("utf-8", errors="surrogateescape")

    def new_passphrase(self) -> str:
        """A new passphrase: typed twice when interactive, one line from stdin otherwise."""
        if self.from_stdin or not self.interactive:
            return self.passphrase("New passphrase: ")
        first = getpass.getpass("New passphrase: ")
        second = getpass.getpass("Repeat the new passphrase: ")
        if first != second:
            raise UsageError("The two passphrases were different; nothing was changed.")
        return _checked_secret(first, "The passphrase typed")

    def rest(self) -> str:
        """Everything on standard input after the passphrase lines."""
        text = self._read(lambda stream: stream.read())
        if has_broken_character(text):
            raise UsageError(
                f"The text on standard input {NOT_UTF8}, so nothing was saved. Save it as "
                "UTF-8 (most editors offer this) and try again."
            )
        return text


def _checked_secret(text: str, what: str) -> str:
    # A passphrase that isn't text can't be the one that was chosen: exit as a wrong one.
    if has_broken_character(text):
        raise WrongPassphraseError(f"{what} {NOT_UTF8}. Nothing was changed.")
    return text
