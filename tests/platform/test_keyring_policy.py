"""'Remember on this device': only protected keyrings, and every failure means 'ask'."""

from __future__ import annotations

import sys

import pytest
from keyring.backends import fail, null
from keyrings.alt.file import PlaintextKeyring

from app.core import config
from app.core.errors import KeyringSaveError, KeyringUnavailableError
from app.platform import remembered_key
from app.platform.keyring_store import SERVICE_NAME, DeviceKeyStore, backend_id
from app.platform.paths import AppPaths
from tests.support.fake_keyring import KWALLET, SECRET_SERVICE, fake_backend

VAULT_ID = "5f0c6c1e-1111-4111-8111-111111111111"
KEY = bytes(range(32))


def store_with(*backends) -> DeviceKeyStore:
    return DeviceKeyStore(backends=lambda: list(backends))


def refused_backends(tmp_path):
    """Real plaintext, null and fail backends, and fakes named after two more risky ones."""
    plaintext = PlaintextKeyring()
    plaintext.file_path = str(tmp_path / "plaintext.cfg")
    return [
        plaintext,
        null.Keyring(),
        fail.Keyring(),
        # A file "encrypted" with a password kept beside it, and the chainer, which may
        # hand the key to any backend (plaintext included).
        fake_backend("keyrings.alt.file.EncryptedKeyring", priority=0.6),
        fake_backend("keyring.backends.chainer.ChainerBackend", priority=10),
    ]


def test_remember_uses_the_protected_backend(tmp_path):
    secret_service = fake_backend(SECRET_SERVICE)
    store = store_with(secret_service)

    assert store.remember(VAULT_ID, KEY) == SECRET_SERVICE
    assert secret_service.secrets == {(SERVICE_NAME, f"vault-{VAULT_ID}"): KEY.hex()}
    assert store.recall(VAULT_ID, SECRET_SERVICE) == KEY


def test_highest_priority_protected_backend_wins():
    low = fake_backend(KWALLET, priority=3)
    high = fake_backend(SECRET_SERVICE, priority=9)
    store = store_with(low, high)

    assert store.remember(VAULT_ID, KEY) == SECRET_SERVICE
    assert high.secrets and not low.secrets


def test_protected_backend_with_no_priority_here_is_not_used():
    unusable = fake_backend(SECRET_SERVICE, priority=0)
    with pytest.raises(KeyringUnavailableError, match="no protected keyring"):
        store_with(unusable).remember(VAULT_ID, KEY)
    assert unusable.secrets == {}


@pytest.mark.parametrize(
    "index", range(5), ids=["plaintext", "null", "fail", "encrypted-file", "chainer"]
)
def test_unprotected_backend_alone_is_refused(tmp_path, index):
    backend = refused_backends(tmp_path)[index]
    store = store_with(backend)

    with pytest.raises(KeyringUnavailableError, match="no protected keyring"):
        store.remember(VAULT_ID, KEY)

    assert store.protected_backend() is None
    assert not (tmp_path / "plaintext.cfg").exists()
    assert not getattr(backend, "secrets", None)


def test_unprotected_backends_with_higher_priority_are_passed_over(tmp_path):
    secret_service = fake_backend(SECRET_SERVICE, priority=0.1)
    # Plaintext (0.5), the encrypted file (0.6) and the chainer (10) all claim to be better.
    others = refused_backends(tmp_path)
    store = store_with(*others, secret_service)

    assert store.remember(VAULT_ID, KEY) == SECRET_SERVICE
    assert not (tmp_path / "plaintext.cfg").exists()
    assert all(not getattr(backend, "secrets", None) for backend in others)


def test_recall_reads_the_keyring_that_holds_the_key_when_another_now_ranks_higher():
    kwallet = fake_backend(KWALLET)
    kwallet.set_password(SERVICE_NAME, f"vault-{VAULT_ID}", KEY.hex())
    store = store_with(fake_backend(SECRET_SERVICE), kwallet)  # Secret Service now wins
    assert store.recall(VAULT_ID, KWALLET) == KEY


def test_recall_fails_cleanly_when_the_keyring_that_holds_the_key_is_gone():
    store = store_with(fake_backend(SECRET_SERVICE))
    with pytest.raises(KeyringUnavailableError, match="isn't available now"):
        store.recall(VAULT_ID, KWALLET)


def test_recall_fails_cleanly_when_the_keyring_that_holds_the_key_is_not_usable_here():
    kwallet = fake_backend(KWALLET, priority=0)
    kwallet.set_password(SERVICE_NAME, f"vault-{VAULT_ID}", KEY.hex())
    with pytest.raises(KeyringUnavailableError, match="isn't available now"):
        store_with(kwallet).recall(VAULT_ID, KWALLET)


def test_recall_never_reads_a_keyring_outside_the_allowed_list(tmp_path):
    plaintext = PlaintextKeyring()
    plaintext.file_path = str(tmp_path / "plaintext.cfg")
    plaintext.set_password(SERVICE_NAME, f"vault-{VAULT_ID}", KEY.hex())
    with pytest.raises(KeyringUnavailableError, match="isn't available now"):
        store_with(plaintext).recall(VAULT_ID, backend_id(plaintext))


@pytest.mark.skipif(sys.platform == "darwin", reason="the macOS keychain is usable there")
def test_the_default_store_loads_only_the_keyring_that_holds_the_key(monkeypatch):
    probed = []
    monkeypatch.setattr("keyring.backend.get_all_keyring", lambda: probed.append(True) or [])
    with pytest.raises(KeyringUnavailableError, match="isn't available now"):
        # The macOS keychain is allowed but unusable here; only it is loaded to find out.
        DeviceKeyStore().recall(VAULT_ID, "keyring.backends.macOS.Keyring")
    assert probed == []


def test_recall_fails_cleanly_when_no_keyring_is_left():
    with pytest.raises(KeyringUnavailableError, match="isn't available now"):
        store_with().recall(VAULT_ID, SECRET_SERVICE)


def test_locked_keyring_on_recall_asks_for_the_passphrase():
    backend = fake_backend(SECRET_SERVICE)
    store = store_with(backend)
    store.remember(VAULT_ID, KEY)
    backend.locked = True
    with pytest.raises(KeyringUnavailableError, match="locked or didn't answer"):
        store.recall(VAULT_ID, SECRET_SERVICE)


def test_locked_keyring_on_remember_is_reported_as_a_failure_to_save():
    store = store_with(fake_backend(SECRET_SERVICE, locked=True))
    with pytest.raises(KeyringSaveError, match="locked or refused") as raised:
        store.remember(VAULT_ID, KEY)
    assert raised.value.title == "This device couldn't remember the key"


def test_no_keyring_on_remember_is_a_failure_to_save_not_to_use():
    with pytest.raises(KeyringSaveError, match="no protected keyring") as raised:
        store_with().remember(VAULT_ID, KEY)
    assert "couldn't be used" not in raised.value.title


def test_a_failure_to_use_a_saved_key_keeps_its_own_title():
    with pytest.raises(KeyringUnavailableError) as raised:
        store_with().recall(VAULT_ID, SECRET_SERVICE)
    assert not isinstance(raised.value, KeyringSaveError)
    assert raised.value.title == "The saved key couldn't be used"


@pytest.mark.parametrize("stored", [None, "", "not hex", "abcd"])
def test_lost_or_unreadable_key_asks_for_the_passphrase(stored):
    backend = fake_backend(SECRET_SERVICE)
    if stored is not None:
        backend.secrets[SERVICE_NAME, f"vault-{VAULT_ID}"] = stored
    with pytest.raises(KeyringUnavailableError, match="passphrase"):
        store_with(backend).recall(VAULT_ID, SECRET_SERVICE)


def test_forget_removes_the_key_and_tolerates_its_absence():
    backend = fake_backend(SECRET_SERVICE)
    store = store_with(backend)
    store.remember(VAULT_ID, KEY)

    store.forget(VAULT_ID)
    store.forget(VAULT_ID)

    assert backend.secrets == {}


def test_probing_backends_that_raise_means_no_keyring():
    def broken():
        raise RuntimeError("D-Bus went away")

    store = DeviceKeyStore(backends=broken)
    assert store.protected_backend() is None
    store.forget(VAULT_ID)  # nothing to do, and no error


def test_backend_id_is_module_and_class():
    assert backend_id(fake_backend(SECRET_SERVICE)) == SECRET_SERVICE
    assert backend_id(PlaintextKeyring()) == "keyrings.alt.file.PlaintextKeyring"


# -- the glue between the config file, the store and the vault ------------------------


@pytest.fixture
def app_paths(data_dir) -> AppPaths:
    return AppPaths(data_dir)


def test_remembered_key_opens_the_vault_and_forget_undoes_it(vault, app_paths):
    backend = fake_backend(SECRET_SERVICE)
    store = store_with(backend)
    remembered_key.remember(app_paths, vault, store)
    vault.lock()

    saved = config.load(app_paths.config_file)
    assert saved.remembered_vault_id == vault.vault_id
    assert saved.remembered_backend == SECRET_SERVICE
    assert backend.secrets[SERVICE_NAME, f"vault-{vault.vault_id}"] not in (
        app_paths.config_file.read_text()
    )
    reopened = remembered_key.open_with_remembered_key(app_paths, store)
    reopened.lock()

    remembered_key.forget(app_paths, store)

    assert backend.secrets == {}
    assert not remembered_key.is_remembered(app_paths)
    with pytest.raises(KeyringUnavailableError, match="doesn't remember"):
        remembered_key.open_with_remembered_key(app_paths, store)


def test_keyring_failure_never_creates_a_new_vault(vault, vault_files, app_paths):
    backend = fake_backend(SECRET_SERVICE)
    store = store_with(backend)
    remembered_key.remember(app_paths, vault, store)
    vault.lock()
    files_before = sorted(path.name for path in vault_files.folder.iterdir())
    backend.locked = True

    with pytest.raises(KeyringUnavailableError):
        remembered_key.open_with_remembered_key(app_paths, store)

    assert sorted(path.name for path in vault_files.folder.iterdir()) == files_before


def test_remembering_another_journal_leaves_no_orphaned_key(vault, app_paths, tmp_path):
    """The config names one remembered key; a key it no longer names is removed, since
    nothing else would ever remove it from the keyring."""
    from app.core.kdf import TEST_PARAMS
    from app.core.vault import Vault, VaultFiles
    from tests.conftest import PASSPHRASE

    backend = fake_backend(SECRET_SERVICE)
    store = store_with(backend)
    remembered_key.remember(app_paths, vault, store)
    other = Vault.create(VaultFiles(tmp_path / "other"), PASSPHRASE, TEST_PARAMS).vault
    try:
        remembered_key.remember(app_paths, other, store)
    finally:
        other.lock()

    assert list(backend.secrets) == [(SERVICE_NAME, f"vault-{other.vault_id}")]
    assert config.load(app_paths.config_file).remembered_vault_id == other.vault_id


def test_a_key_whose_record_could_not_be_written_is_not_kept(vault, app_paths, monkeypatch):
    from app.core.errors import StorageError

    backend = fake_backend(SECRET_SERVICE)
    store = store_with(backend)

    def full_disk(self, change):
        raise StorageError("The disk is full.")

    monkeypatch.setattr(config.ConfigStore, "update", full_disk)
    with pytest.raises(StorageError):
        remembered_key.remember(app_paths, vault, store)

    assert backend.secrets == {}
