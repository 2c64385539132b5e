"""What every command receives: paths, output style, secrets, and a way to open the vault."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TextIO

from app.cli.safe_text import json_safe
from app.cli.secrets import SecretSource
from app.core.errors import KeyringUnavailableError, StaleRememberedKeyError

if TYPE_CHECKING:
    # The vault, the database and the keyring are imported when a command opens them, so
    # building the parser (`tend --version`, `--help`) stays free of them.
    from app.core.journal import Journal
    from app.core.vault import Vault
    from app.core.workspace import Workspace
    from app.platform.keyring_store import DeviceKeyStore
    from app.platform.paths import AppPaths


def _device_key_store() -> DeviceKeyStore:
    from app.platform.keyring_store import DeviceKeyStore

    return DeviceKeyStore()


@dataclass
class CliContext:
    paths: AppPaths
    secrets: SecretSource
    as_json: bool = False
    use_keyring: bool = True
    out: TextIO = field(default_factory=lambda: sys.stdout)
    err: TextIO = field(default_factory=lambda: sys.stderr)
    keystore: DeviceKeyStore = field(default_factory=_device_key_store)

    def open_vault(self) -> Vault:
        """Passphrase from stdin if asked; else the remembered key; else a prompt."""
        from app.core.vault import Vault
        from app.platform import remembered_key

        files = self.paths.vault
        if self.secrets.from_stdin:
            return Vault.open_with_passphrase(files, self.secrets.passphrase())
        stale = False
        if self.use_keyring and remembered_key.is_remembered(self.paths):
            try:
                return remembered_key.open_with_remembered_key(self.paths, self.keystore)
            except KeyringUnavailableError as error:
                if not self.secrets.interactive:
                    raise
                self.say(error.message)
                stale = isinstance(error, StaleRememberedKeyError)
        vault = Vault.open_with_passphrase(files, self.secrets.passphrase())
        if stale:
            self._offer_to_forget()
        return vault

    def _offer_to_forget(self) -> None:
        """The passphrase opened what the remembered key couldn't: that key is stale."""
        # The question goes to stderr, like every message: stdout is for data (--json).
        print("Forget the out-of-date key remembered on this device? [y/N] ", end="", file=self.err)
        self.err.flush()
        answer = self.secrets.stdin.readline()
        if answer.strip().lower() in ("y", "yes"):
            from app.platform import remembered_key

            remembered_key.forget(self.paths, self.keystore)
            self.say("Forgotten. `tend remember` keeps the current key instead.")

    def open_workspace(self) -> Workspace:
        from app.core.workspace import Workspace

        return Workspace.open(self.open_vault())

    @contextmanager
    def open_journal(self) -> Iterator[Journal]:
        """Only the journal, for commands that read entries; locked again on the way out.

        Opening the whole workspace imports every service (the watcher, check-ins,
        insights), which a search or a listing never uses.
        """
        from app.core.journal import Journal

        vault = self.open_vault()
        try:
            yield Journal(vault.database)
        finally:
            vault.lock()

    def say(self, text: str) -> None:
        """A message for the person (stderr), kept apart from data on stdout."""
        print(text, file=self.err)

    def emit(self, data: Any, plain: str) -> None:
        if self.as_json:
            text = json.dumps(data, ensure_ascii=False, indent=2, default=str)
            self.out.write(json_safe(text) + "\n")
        elif plain:
            self.out.write(plain if plain.endswith("\n") else plain + "\n")
