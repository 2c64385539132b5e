"""Keyring backends for unit tests that behave like real ones, without any OS service.

A fake is named after a real backend (module and class), because Tend's allow-list goes by
that name.
"""

from __future__ import annotations

from typing import Any

from keyring.errors import KeyringLocked, PasswordDeleteError

SECRET_SERVICE = "keyring.backends.SecretService.Keyring"
KWALLET = "keyring.backends.kwallet.DBusKeyring"


class FakeBackend:
    """An in-memory keyring; ``locked`` makes every call fail the way a locked one does."""

    def __init__(self, priority: float = 5, *, locked: bool = False) -> None:
        self.priority = priority
        self.locked = locked
        self.secrets: dict[tuple[str, str], str] = {}

    def _check(self) -> None:
        if self.locked:
            raise KeyringLocked("the keyring is locked")

    def set_password(self, service: str, account: str, value: str) -> None:
        self._check()
        self.secrets[service, account] = value

    def get_password(self, service: str, account: str) -> str | None:
        self._check()
        return self.secrets.get((service, account))

    def delete_password(self, service: str, account: str) -> None:
        self._check()
        if self.secrets.pop((service, account), None) is None:
            raise PasswordDeleteError("not found")


def fake_backend(backend_id: str, priority: float = 5, **options: Any) -> FakeBackend:
    """A FakeBackend whose type is named ``backend_id`` (e.g. the Secret Service's)."""
    module, _, name = backend_id.rpartition(".")
    kind = type(name, (FakeBackend,), {"__module__": module, "__qualname__": name})
    backend: FakeBackend = kind(priority, **options)
    return backend
