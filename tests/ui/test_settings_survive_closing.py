"""Settings made while the window is open survive closing it: the window never writes an
old copy of the config file over what automatic backups or "remember on this device"
recorded meanwhile, and the keyring keeps only the key the config names."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from app.core.backup import keys as backup_keys
from app.core.backup.auto_settings import load as load_auto_settings
from app.core.kdf import TEST_PARAMS
from app.core.vault import Vault
from app.platform import remembered_key
from app.platform.keyring_store import SERVICE_NAME, DeviceKeyStore
from app.ui.app_context import AppContext
from app.ui.backup.auto_settings_dialog import AutoBackupSettingsDialog
from app.ui.controller import AppController
from tests.conftest import PASSPHRASE
from tests.support.fake_keyring import SECRET_SERVICE, fake_backend


def test_backup_and_remember_settings_survive_closing_and_reopening(
    qtbot,
    controller: AppController,
    app_context: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(QApplication, "quit", lambda *args: None)
    keyring = fake_backend(SECRET_SERVICE)
    app_context.keystore = DeviceKeyStore(backends=lambda: [keyring])
    vault = Vault.create(app_context.paths.vault, PASSPHRASE, TEST_PARAMS).vault
    app_context.update_config(lambda cfg: setattr(cfg, "theme", "dark"))
    vault_id = vault.vault_id

    # Unlocking with "remember on this device", then setting up automatic backups.
    controller._unlocked(vault, True, "")
    app_context.runner.wait_until_idle()
    assert controller.features is not None and controller.features.backup is not None
    controller.features.backup.open_auto_settings()
    dialog = controller.features.backup.dialog
    assert isinstance(dialog, AutoBackupSettingsDialog)
    folder = tmp_path / "synced"
    folder.mkdir()
    dialog.write_key_to(tmp_path / "backup-key.txt")
    dialog.enabled.setChecked(True)
    dialog.folder.edit.setText(str(folder))
    dialog.keep.setValue(7)
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    app_context.runner.wait_until_idle()

    assert controller.main_window is not None
    controller.main_window.close()  # closing the window quits (no tray here)
    app_context.runner.wait_until_idle()
    assert controller.workspace is None

    # Reopening finds every setting, and the remembered key opens the journal.
    auto = load_auto_settings(app_context.paths.config_file)
    assert (auto.enabled, auto.folder, auto.keep) == (True, str(folder), 7)
    public_key = backup_keys.public_key_of(
        backup_keys.read_key_file(tmp_path / "backup-key.txt")[0]
    )
    assert auto.recipient == public_key
    config = app_context.config
    assert config.theme == "dark"
    assert "window_geometry" in config.other
    assert (config.remembered_vault_id, config.remembered_backend) == (vault_id, SECRET_SERVICE)
    assert list(keyring.secrets) == [(SERVICE_NAME, f"vault-{vault_id}")]
    reopened = remembered_key.open_with_remembered_key(app_context.paths, app_context.keystore)
    reopened.lock()
