"""Where the CLI gets passphrases: standard input, the keyring, or an interactive prompt.

With ``--passphrase-stdin`` the first line of standard input is the passphrase (the second
is the new one for `passwd`), and whatever follows is left for the command (the body for
`tend add`).
"""

from __future__ import annotations

import getpass
import sys
from dataclasses import dataclass, field
from typing import TextIO

from app.core.errors import WrongPassphraseError


@dataclass
class SecretSource:
    from_stdin: bool
    stdin: TextIO = field(default_factory=lambda: sys.stdin)
    interactive: bool = field(default_factory=sys.stdin.isatty)

    def passphrase(self, prompt: str = "Passphrase: ") -> str:
        if self.from_stdin:
            line = self.stdin.readline()
            if not line:
                raise WrongPassphraseError(
                    "--passphrase-stdin was given, but standard input was empty."
                )
            return line.rstrip("\r\n")
        if self.interactive:
            return getpass.getpass(prompt)
        raise WrongPassphraseError(
            "Tend needs the passphrase: pipe it in with --passphrase-stdin, or run "
            "this command in a terminal."
        )

    def new_passphrase(self) -> str:
        """A new passphrase: typed twice when interactive, one line from stdin otherwise."""
        if self.from_stdin or not self.interactive:
            return self.passphrase("New passphrase: ")
        first = getpass.getpass("New passphrase: ")
        second = getpass.getpass("Repeat the new passphrase: ")
        if first != second:
            from app.core.errors import UsageError

            raise UsageError("The two passphrases were different; nothing was changed.")
        return first

    def rest(self) -> str:
        """Everything on standard input after the passphrase lines."""
        return self.stdin.read()
