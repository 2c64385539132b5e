"""New passphrases: zxcvbn's estimate, the weakest refused with a specific reason, and the
same rule wherever one is chosen (a new journal, a changed passphrase)."""

from __future__ import annotations

import pytest

from app.core import passphrase_strength
from app.core.errors import UsageError
from app.core.kdf import TEST_PARAMS
from app.core.vault import Vault, VaultFiles, check_new_passphrase
from tests.conftest import PASSPHRASE

REFUSED = {
    "password": "This is one of the most common passphrases.",
    "qwertyuiop": "This is one of the most common passphrases.",
    "sunflower": "This is a very common passphrase.",
    "hunter22": "This is close to a very common passphrase.",
    "aaaaaaaaaaaa": "Repeated letters are easy to guess.",
}
ACCEPTED = ["blue kettle", "correct horse battery staple", "tr0ub4dor&3", "x" * 3 + " river heron"]


@pytest.mark.parametrize(("passphrase", "reason"), REFUSED.items())
def test_the_weakest_are_refused_with_a_specific_reason(passphrase: str, reason: str) -> None:
    strength = passphrase_strength.estimate(passphrase)
    assert strength.score <= 1 and not strength.accepted
    assert strength.reason == reason
    with pytest.raises(UsageError) as refused:
        check_new_passphrase(passphrase)
    assert refused.value.message.startswith(reason)
    assert "harder to guess" in refused.value.message


@pytest.mark.parametrize("passphrase", ACCEPTED)
def test_ordinary_good_passphrases_are_accepted(passphrase: str) -> None:
    assert passphrase_strength.estimate(passphrase).accepted
    assert passphrase_strength.refusal(passphrase) is None
    check_new_passphrase(passphrase)


@pytest.mark.parametrize("passphrase", [*REFUSED, *ACCEPTED, "Password123!", "mary2010"])
def test_the_hint_says_what_the_rule_does(passphrase: str) -> None:
    strength = passphrase_strength.estimate(passphrase)
    refused = passphrase_strength.refusal(passphrase) is not None
    assert ("won't use it" in strength.hint) == refused
    assert strength.label == ("Very weak", "Weak", "Fair", "Good", "Strong")[strength.score]


def test_a_very_long_passphrase_is_estimated_without_error() -> None:
    long_one = "river heron lantern orchard " * 10
    assert passphrase_strength.estimate(long_one).accepted  # zxcvbn reads 72 characters
    check_new_passphrase(long_one)


def test_a_new_journal_and_a_changed_passphrase_use_the_same_rule(tmp_path) -> None:
    with pytest.raises(UsageError, match="most common passphrases"):
        Vault.create(VaultFiles(tmp_path / "weak"), "password", TEST_PARAMS)
    assert not VaultFiles(tmp_path / "weak").exists()
    created = Vault.create(VaultFiles(tmp_path / "good"), PASSPHRASE, TEST_PARAMS)
    with pytest.raises(UsageError, match="very common passphrase"):
        created.vault.change_passphrase(PASSPHRASE, "sunflower", TEST_PARAMS)
    created.vault.lock()
    Vault.open_with_passphrase(VaultFiles(tmp_path / "good"), PASSPHRASE).lock()
