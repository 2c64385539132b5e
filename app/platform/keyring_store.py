"""'Remember on this device': the raw database key in a protected OS keyring, or nowhere.

Only stores that protect secrets with the user's login (Secret Service, KWallet, macOS
Keychain, Windows Credential Locker) are allowed. Plaintext and file backends from
keyrings.alt, the null and fail backends, and anything unknown are refused, even when the
keyring library would pick them. Calls may block on an unlock prompt: never call them on
the UI thread.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable, Iterable
from typing import Any

from app.core.errors import KeyringSaveError, KeyringUnavailableError

log = logging.getLogger(__name__)

SERVICE_NAME = "Tend"

PROTECTED_BACKENDS = frozenset(
    {
        "keyring.backends.SecretService.Keyring",
        "keyring.backends.libsecret.Keyring",
        "keyring.backends.kwallet.DBusKeyring",
        "keyring.backends.kwallet.DBusKeyringKWallet4",
        "keyring.backends.macOS.Keyring",
        "keyring.backends.Windows.WinVaultKeyring",
    }
)


def backend_id(backend: object) -> str:
    kind = type(backend)
    return f"{kind.__module__}.{kind.__qualname__}"


def _import_backend(backend: str) -> Any:
    """An instance of the backend class named ``backend`` (module.Class)."""
    module, _, name = backend.rpartition(".")
    return getattr(importlib.import_module(module), name)()


def _all_backends() -> Iterable[Any]:
    from keyring.backend import get_all_keyring

    return get_all_keyring()


class DeviceKeyStore:
    """Keeps one vault's key in the best allowed keyring backend on this machine."""

    def __init__(
        self,
        backends: Callable[[], Iterable[Any]] = _all_backends,
        allowed: frozenset[str] = PROTECTED_BACKENDS,
    ) -> None:
        self._backends = backends
        self._allowed = allowed

    def protected_backend(self) -> Any | None:
        """The highest-priority allowed backend that is usable here, or None."""
        candidates = []
        try:
            for backend in self._backends():
                if backend_id(backend) not in self._allowed:
                    continue
                priority = float(getattr(backend, "priority", 0))
                if priority > 0:
                    candidates.append((priority, backend))
        except Exception:  # keyring probes D-Bus and OS services; any failure means "none"
            log.info("No protected keyring is available", exc_info=True)
            return None
        if not candidates:
            return None
        return max(candidates, key=lambda pair: pair[0])[1]

    def _enrolled(self, enrolled_backend: str) -> Any | None:
        """The allowed backend that holds the key, if it is usable here; else None."""
        if enrolled_backend not in self._allowed:
            return None
        try:
            if self._backends is _all_backends:
                # Only the backend that holds the key: finding every backend (importing
                # each, probing D-Bus for some) cost about 150 ms in each new process.
                backend = _import_backend(enrolled_backend)
            else:
                backend = next(
                    (b for b in self._backends() if backend_id(b) == enrolled_backend), None
                )
            usable = backend is not None and float(getattr(backend, "priority", 0)) > 0
        except Exception:  # an import or a D-Bus probe failing means "not here"
            log.info("The remembered key's keyring is not available", exc_info=True)
            return None
        return backend if usable else None

    def describe(self) -> str | None:
        backend = self.protected_backend()
        return None if backend is None else str(getattr(backend, "name", backend_id(backend)))

    def remember(self, vault_id: str, raw_key: bytes) -> str:
        """Store the key; returns the backend id to record in the config."""
        backend = self.protected_backend()
        if backend is None:
            raise KeyringSaveError(
                "This system has no protected keyring (such as GNOME Keyring or KWallet), "
                "so Tend can't keep the key here. You'll be asked for the passphrase, as before."
            )
        try:
            backend.set_password(SERVICE_NAME, _account(vault_id), raw_key.hex())
        except Exception as error:
            raise KeyringSaveError(
                "The keyring is locked or refused to keep the key, so Tend will keep asking "
                "for the passphrase. Unlock the keyring, then try again."
            ) from error
        return backend_id(backend)

    def recall(self, vault_id: str, enrolled_backend: str) -> bytes:
        """The remembered key, or KeyringUnavailableError (then: ask for the passphrase)."""
        backend = self._enrolled(enrolled_backend)
        if backend is None:
            raise KeyringUnavailableError(
                "The keyring that remembered your key isn't available now, so please enter "
                "your passphrase."
            )
        try:
            stored = backend.get_password(SERVICE_NAME, _account(vault_id))
        except Exception as error:
            raise KeyringUnavailableError(
                "The keyring is locked or didn't answer, so please enter your passphrase."
            ) from error
        if not stored:
            raise KeyringUnavailableError(
                "This device no longer remembers the key, so please enter your passphrase."
            )
        try:
            key = bytes.fromhex(stored)
        except ValueError as error:
            raise KeyringUnavailableError(
                "The remembered key is unreadable, so please enter your passphrase."
            ) from error
        if len(key) != 32:
            raise KeyringUnavailableError(
                "The remembered key is unreadable, so please enter your passphrase."
            )
        return key

    def forget(self, vault_id: str) -> None:
        """Remove the key from every allowed backend that has it; missing is fine."""
        try:
            backends = list(self._backends())
        except Exception:
            log.info("Keyring unavailable while forgetting", exc_info=True)
            return
        for backend in backends:
            if backend_id(backend) not in self._allowed:
                continue
            try:
                backend.delete_password(SERVICE_NAME, _account(vault_id))
            except Exception:  # "not found" is the common, expected case
                log.debug("No remembered key in %s", backend_id(backend))


def _account(vault_id: str) -> str:
    return f"vault-{vault_id}"
