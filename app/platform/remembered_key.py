"""Glue between the config file, the keyring policy and the vault for 'remember me'."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from app.core import config as config_file
from app.core.config import AppConfig, ConfigStore
from app.core.errors import KeyringUnavailableError
from app.platform.keyring_store import DeviceKeyStore
from app.platform.paths import AppPaths

if TYPE_CHECKING:
    # The database code is imported when a key is used, not when the unlock window asks
    # whether one is remembered.
    from app.core.vault import Vault

log = logging.getLogger(__name__)


def is_remembered(paths: AppPaths) -> bool:
    cfg = config_file.load(paths.config_file)
    return bool(cfg.remembered_vault_id and cfg.remembered_backend)


def open_with_remembered_key(paths: AppPaths, store: DeviceKeyStore) -> Vault:
    """Open with the remembered key; KeyringUnavailableError means: ask for the passphrase."""
    cfg = config_file.load(paths.config_file)
    if not (cfg.remembered_vault_id and cfg.remembered_backend):
        raise KeyringUnavailableError("This device doesn't remember the key.")
    from app.core.vault import Vault

    key = store.recall(cfg.remembered_vault_id, cfg.remembered_backend)
    return Vault.open_with_key(paths.vault, key, cfg.remembered_vault_id)


def remember(paths: AppPaths, vault: Vault, store: DeviceKeyStore) -> str:
    """Keep the key in the keyring and record where, so the two always agree: a key the
    config doesn't name would stay in the keyring with nothing to ever remove it."""
    backend = store.remember(vault.vault_id, vault.raw_key())
    replaced: list[str] = []

    def record(cfg: AppConfig) -> None:
        if cfg.remembered_vault_id and cfg.remembered_vault_id != vault.vault_id:
            replaced.append(cfg.remembered_vault_id)
        cfg.remembered_vault_id = vault.vault_id
        cfg.remembered_backend = backend

    try:
        ConfigStore(paths.config_file).update(record)
    except BaseException:
        store.forget(vault.vault_id)  # not recorded, so not kept
        raise
    for old_vault_id in replaced:  # another journal's key this folder no longer names
        store.forget(old_vault_id)
    log.info("Key remembered in %s", backend)
    return backend


def forget(paths: AppPaths, store: DeviceKeyStore) -> None:
    forgotten: list[str] = []

    def clear(cfg: AppConfig) -> None:
        if cfg.remembered_vault_id:
            forgotten.append(cfg.remembered_vault_id)
        cfg.remembered_vault_id = None
        cfg.remembered_backend = None

    ConfigStore(paths.config_file).update(clear)
    for vault_id in forgotten:
        store.forget(vault_id)
