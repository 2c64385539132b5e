"""Glue between the config file, the keyring policy and the vault for 'remember me'."""

from __future__ import annotations

import logging

from app.core import config as config_file
from app.core.errors import KeyringUnavailableError
from app.core.vault import Vault
from app.platform.keyring_store import DeviceKeyStore
from app.platform.paths import AppPaths

log = logging.getLogger(__name__)


def is_remembered(paths: AppPaths) -> bool:
    cfg = config_file.load(paths.config_file)
    return bool(cfg.remembered_vault_id and cfg.remembered_backend)


def open_with_remembered_key(paths: AppPaths, store: DeviceKeyStore) -> Vault:
    """Open with the remembered key; KeyringUnavailableError means: ask for the passphrase."""
    cfg = config_file.load(paths.config_file)
    if not (cfg.remembered_vault_id and cfg.remembered_backend):
        raise KeyringUnavailableError("This device doesn't remember the key.")
    key = store.recall(cfg.remembered_vault_id, cfg.remembered_backend)
    return Vault.open_with_key(paths.vault, key, cfg.remembered_vault_id)


def remember(paths: AppPaths, vault: Vault, store: DeviceKeyStore) -> str:
    backend = store.remember(vault.vault_id, vault.raw_key())
    cfg = config_file.load(paths.config_file)
    cfg.remembered_vault_id = vault.vault_id
    cfg.remembered_backend = backend
    config_file.save(paths.config_file, cfg)
    log.info("Key remembered in %s", backend)
    return backend


def forget(paths: AppPaths, store: DeviceKeyStore) -> None:
    cfg = config_file.load(paths.config_file)
    if cfg.remembered_vault_id:
        store.forget(cfg.remembered_vault_id)
    cfg.remembered_vault_id = None
    cfg.remembered_backend = None
    config_file.save(paths.config_file, cfg)
