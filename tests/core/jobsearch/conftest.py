"""A workspace on the test vault whose clock the test moves (a Friday morning, UTC+1)."""

from __future__ import annotations

import pytest

from app.core.vault import Vault
from app.core.workspace import Workspace
from tests.support.clock import ManualClock


@pytest.fixture
def space(vault: Vault, clock: ManualClock) -> Workspace:
    return Workspace.open(vault, clock)
