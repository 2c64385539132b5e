"""Which key-derivation cost new passphrase slots get: always the one calibrated on this
machine (about 0.4 s), except under Tend's own test suite.

Tests make many journals, so they ask for a cheap derivation with the environment variable
``TEND_INSECURE_FAST_KDF``. Tend honours it only when the test suite's own module
(``tests.support.fast_kdf``, never installed with Tend) is there to grant it; anywhere else
the variable is refused with a message, so a journal can't be made weak by accident.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Mapping

from app.core.errors import UsageError
from app.core.kdf import Argon2Params

TEST_SWITCH = "TEND_INSECURE_FAST_KDF"
TEST_MODULE = "tests.support.fast_kdf"


def new_slot_params(environ: Mapping[str, str] = os.environ) -> Argon2Params | None:
    """None (calibrate here), or the test suite's cheap parameters when it grants them."""
    if not environ.get(TEST_SWITCH):
        return None
    try:
        granted = importlib.import_module(TEST_MODULE).granted_params()
    except ImportError:
        granted = None
    if not isinstance(granted, Argon2Params):
        raise UsageError(
            f"{TEST_SWITCH} is only for Tend's own tests and is refused here, because it "
            "would make the journal's passphrase easy to guess. Unset it and try again."
        )
    return granted
