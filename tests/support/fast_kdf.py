"""Grants cheap key derivation to `tend` commands run by this test suite.

Tend honours ``TEND_INSECURE_FAST_KDF`` only when this module can be imported (it is never
installed with Tend); ``enable`` sets the variable for this process and the commands it
starts.
"""

from __future__ import annotations

import os

from app.cli.kdf_choice import TEST_SWITCH
from app.core.kdf import TEST_PARAMS, Argon2Params


def granted_params() -> Argon2Params:
    return TEST_PARAMS


def enable() -> None:
    os.environ[TEST_SWITCH] = "1"
