"""Recovery keys survive being copied by hand, and nonsense is refused with a reason."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.core import keyslots, recovery_key
from app.core.errors import WrongRecoveryKeyError
from app.core.recovery_key import MalformedRecoveryKey

KEY_SHAPE = re.compile(r"^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){7}$")
# A fixed key holding every confusable digit, so each substitution is exercised.
KNOWN = "0123-4567-89AB-CDEF-GHJK-MNPQ-RSTV-WXYZ"


def test_generated_key_is_eight_groups_of_four_and_random():
    keys = {recovery_key.generate() for _ in range(50)}
    assert len(keys) == 50
    assert all(KEY_SHAPE.match(key) for key in keys)


@pytest.mark.parametrize(
    "typed",
    [
        KNOWN.lower(),
        KNOWN.replace("-", ""),
        KNOWN.replace("-", " "),
        "  " + KNOWN.replace("-", "  ") + "\n",
        KNOWN.replace("0", "O"),
        KNOWN.replace("0", "o").replace("1", "l"),
        KNOWN.replace("1", "I"),
        KNOWN.replace("1", "i").lower(),
        KNOWN.replace("-", "_"),
    ],
)
def test_typed_variants_parse_to_the_same_key(typed):
    assert recovery_key.normalise(typed) == KNOWN.replace("-", "")


@given(
    separators=st.lists(st.sampled_from(["", "-", " ", "  ", "\t"]), min_size=8, max_size=8),
    lower=st.lists(st.booleans(), min_size=32, max_size=32),
)
def test_any_spacing_and_case_gives_the_same_secret(separators, lower):
    key = recovery_key.generate()
    compact = key.replace("-", "")
    typed = "".join(
        (char.lower() if lower[index] else char)
        + (separators[index // 4] if index % 4 == 3 else "")
        for index, char in enumerate(compact)
    )
    assert recovery_key.to_secret(typed) == recovery_key.to_secret(key)


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "ABCD-1234",
        KNOWN + "-ABCD",
        KNOWN[:-1],
        KNOWN.replace("A", "U"),
        KNOWN.replace("B", "!"),
        KNOWN.replace("C", "\u00c7"),
    ],
)
def test_malformed_key_is_refused_with_what_a_key_looks_like(typed):
    with pytest.raises(MalformedRecoveryKey, match="32 letters and digits in groups of 4"):
        recovery_key.normalise(typed)


def test_malformed_key_at_unlock_is_a_wrong_recovery_key_with_the_reason():
    slots = keyslots.KeySlots(
        "vault", (keyslots.recovery_slot(bytes(32), recovery_key.generate(), "vault"),)
    )
    with pytest.raises(WrongRecoveryKeyError, match="groups of 4"):
        keyslots.unwrap_with_recovery(slots, "not a key")


def test_key_typed_with_confusions_unlocks_the_slot():
    text = recovery_key.generate()
    slots = keyslots.KeySlots("vault", (keyslots.recovery_slot(bytes(range(32)), text, "vault"),))
    sloppy = text.replace("-", " ").lower().replace("0", "o").replace("1", "l")
    assert keyslots.unwrap_with_recovery(slots, sloppy) == bytes(range(32))
