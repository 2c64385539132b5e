"""Protection against a PySide6 6.12.0 bug that crashes long-running Tend on Python 3.11.

``SignalInstance.emit()`` there returns ``True`` without taking a reference, so every
``signal.emit(...)`` called from Python drops one reference to ``True`` that was never
taken. On Python 3.12+ ``True`` is immortal and nothing happens; on 3.11 its count falls
by one per emit until the interpreter frees ``True`` and aborts ("bool_dealloc: deallocating
True or False"), after hours or days of a tray app, or at the end of a long test run.

``shield_bools_from_emit_leak()`` detects the bug by emitting once, and if it leaks, gives
``True`` and ``False`` a vast reserve of references (they are never freed anyway, so the
extra count costs nothing). Call it once at start-up. The real fix is a PySide6 without the
bug (6.11.2 is fine) or Python 3.12+; this only makes sure the bug cannot crash Tend.
"""

from __future__ import annotations

import ctypes
import logging
import sys

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)

RESERVE = 1 << 40  # a trillion emits: decades of reminders, clicks and tests


class _Probe(QObject):
    ping = Signal()


def emit_leaks_a_reference() -> bool:
    """True if emitting a Python-side signal loses a reference to ``True``."""
    probe = _Probe()
    before = sys.getrefcount(True)
    probe.ping.emit()
    return sys.getrefcount(True) < before


def shield_bools_from_emit_leak() -> bool:
    """Apply the reserve if this PySide6 leaks; returns whether it was needed."""
    if sys.version_info >= (3, 12) or not emit_leaks_a_reference():
        return False
    for value in (True, False):
        count = ctypes.c_ssize_t.from_address(id(value))
        # sys.getrefcount counts its own argument; anything else means an unusual object
        # layout (a debug build), where writing here would be wrong: leave it alone.
        if count.value != sys.getrefcount(value) - 1:
            log.info("PySide6 signal emits leak, but this Python's layout is unusual")
            return False
        count.value += RESERVE
    log.info("PySide6 signal emits leak a reference to True; reserve applied")
    return True
