"""The key-slot file: its format, what binds a wrap to its vault and kind, and passphrases."""

from __future__ import annotations

import json
import stat
from dataclasses import replace

import pytest
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.core import keyslots, recovery_key
from app.core.errors import DamagedVaultError, WrongPassphraseError, WrongRecoveryKeyError
from app.core.kdf import TEST_PARAMS, derive_key
from app.core.vault import Vault

DB_KEY = bytes(range(32))
VAULT_ID = "11111111-1111-4111-8111-111111111111"
OTHER_VAULT_ID = "22222222-2222-4222-8222-222222222222"
PASSPHRASE = "a long enough passphrase"


def make_slots(
    vault_id: str = VAULT_ID, passphrase: str = PASSPHRASE
) -> tuple[keyslots.KeySlots, str]:
    recovery_text = recovery_key.generate()
    slots = keyslots.KeySlots(
        vault_id,
        (
            keyslots.passphrase_slot(DB_KEY, passphrase, vault_id, TEST_PARAMS),
            keyslots.recovery_slot(DB_KEY, recovery_text, vault_id),
        ),
    )
    return slots, recovery_text


def test_slot_file_round_trips_through_disk_with_private_mode(tmp_path):
    slots, recovery_text = make_slots()
    path = tmp_path / "journal.keys"

    keyslots.write(path, slots)
    loaded = keyslots.read(path)

    assert loaded == slots
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["format"] == "tend-keyslots"
    assert document["version"] == 1
    assert document["vault_id"] == VAULT_ID
    assert {slot["kind"] for slot in document["slots"]} == {"passphrase", "recovery"}
    assert keyslots.unwrap_with_passphrase(loaded, PASSPHRASE) == DB_KEY
    assert keyslots.unwrap_with_recovery(loaded, recovery_text) == DB_KEY


def test_slot_file_never_holds_the_key_or_passphrase_in_clear(tmp_path):
    slots, recovery_text = make_slots()
    data = slots.to_bytes()
    assert DB_KEY not in data
    assert DB_KEY.hex().encode() not in data
    assert PASSPHRASE.encode() not in data
    assert recovery_key.normalise(recovery_text).encode() not in data


def test_passphrase_slot_copied_from_another_vault_fails_to_open():
    ours, _ = make_slots(VAULT_ID)
    theirs, _ = make_slots(OTHER_VAULT_ID)
    # Same passphrase, same database key: only the vault id in the associated data differs.
    assert keyslots.unwrap_with_passphrase(theirs, PASSPHRASE) == DB_KEY
    transplanted = ours.replacing(theirs.slot(keyslots.PASSPHRASE))

    with pytest.raises(WrongPassphraseError):
        keyslots.unwrap_with_passphrase(transplanted, PASSPHRASE)


def test_recovery_slot_copied_from_another_vault_fails_to_open():
    ours, _ = make_slots(VAULT_ID)
    theirs, their_recovery = make_slots(OTHER_VAULT_ID)
    transplanted = ours.replacing(theirs.slot(keyslots.RECOVERY))

    with pytest.raises(WrongRecoveryKeyError):
        keyslots.unwrap_with_recovery(transplanted, their_recovery)


def test_wrap_is_bound_to_its_slot_kind():
    slots, _ = make_slots()
    slot = slots.slot(keyslots.PASSPHRASE)
    assert slot.params is not None
    wrapping_key = derive_key(PASSPHRASE, slot.salt, slot.params)
    aead = AESGCM(wrapping_key)

    opened = aead.decrypt(
        slot.nonce, slot.wrapped_key, f"tend-keyslot/v1/{VAULT_ID}/passphrase".encode()
    )
    assert opened == DB_KEY
    for wrong in (f"tend-keyslot/v1/{VAULT_ID}/recovery".encode(), b"", None):
        with pytest.raises(InvalidTag):
            aead.decrypt(slot.nonce, slot.wrapped_key, wrong)


def test_slot_relabelled_as_the_other_kind_fails_to_open():
    slots, recovery_text = make_slots()
    recovery_as_passphrase = replace(
        slots.slot(keyslots.RECOVERY), kind=keyslots.PASSPHRASE, params=TEST_PARAMS
    )
    relabelled = slots.replacing(recovery_as_passphrase)
    with pytest.raises(WrongPassphraseError):
        keyslots.unwrap_with_passphrase(relabelled, PASSPHRASE)

    passphrase_as_recovery = replace(slots.slot(keyslots.PASSPHRASE), kind=keyslots.RECOVERY)
    with pytest.raises(WrongRecoveryKeyError):
        keyslots.unwrap_with_recovery(slots.replacing(passphrase_as_recovery), recovery_text)


def test_wrong_passphrase_is_refused_with_a_helpful_message():
    slots, _ = make_slots()
    with pytest.raises(WrongPassphraseError, match="Caps Lock"):
        keyslots.unwrap_with_passphrase(slots, PASSPHRASE + "!")


def test_passphrase_typed_decomposed_opens_slot_made_composed():
    composed = "caf\u00e9 cr\u00e8me br\u00fbl\u00e9e"
    decomposed = "cafe\u0301 cre\u0300me bru\u0302le\u0301e"
    assert composed != decomposed
    slots, _ = make_slots(passphrase=composed)

    assert keyslots.unwrap_with_passphrase(slots, decomposed) == DB_KEY


def test_vault_created_with_composed_passphrase_opens_with_decomposed(vault_files):
    composed = "\u00c5ngstr\u00f6m na\u00efve passphrase"
    decomposed = "A\u030angstro\u0308m nai\u0308ve passphrase"
    created = Vault.create(vault_files, composed, TEST_PARAMS)
    created.vault.lock()

    reopened = Vault.open_with_passphrase(vault_files, decomposed)
    try:
        assert reopened.vault_id == created.vault.vault_id
    finally:
        reopened.lock()


def test_missing_slot_kind_is_reported_by_name():
    slots, _ = make_slots()
    only_recovery = keyslots.KeySlots(VAULT_ID, (slots.slot(keyslots.RECOVERY),))
    with pytest.raises(DamagedVaultError, match="no passphrase slot"):
        keyslots.unwrap_with_passphrase(only_recovery, PASSPHRASE)


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda doc: doc.update(format="something-else"), "isn't one of Tend's key files"),
        (lambda doc: doc.update(version=2), "newer version of Tend"),
        (lambda doc: doc.pop("vault_id"), "vault id or slots are missing"),
        (lambda doc: doc["slots"][0].update(salt="not base64!"), "salt is not valid"),
        (lambda doc: doc["slots"][0].pop("nonce"), "nonce is missing"),
        (lambda doc: doc["slots"][0].update(kind="fingerprint"), "a slot is not readable"),
        (lambda doc: doc["slots"][0].update(params={"time_cost": -1}), "settings are invalid"),
        (lambda doc: doc["slots"][0].pop("params"), "settings are missing"),
    ],
)
def test_malformed_slot_file_is_damaged_with_a_specific_message(mutate, message):
    slots, _ = make_slots()
    document = json.loads(slots.to_bytes())
    mutate(document)
    with pytest.raises(DamagedVaultError, match=message):
        keyslots.parse(json.dumps(document).encode())


@pytest.mark.parametrize("data", [b"", b"{", b"\xff\xfe\x00", b"[]", b"null"])
def test_unreadable_slot_file_is_damaged(data):
    with pytest.raises(DamagedVaultError, match="key file"):
        keyslots.parse(data)


def test_each_wrap_uses_fresh_salt_and_nonce():
    first, _ = make_slots()
    second, _ = make_slots()
    a, b = first.slot(keyslots.PASSPHRASE), second.slot(keyslots.PASSPHRASE)
    assert a.salt != b.salt
    assert a.nonce != b.nonce
    assert a.wrapped_key != b.wrapped_key
