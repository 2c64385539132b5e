"""Support options reached from the warmer reminder while the journal is locked: the
region's crisis lines and services at once, without the passphrase first.

The person's chosen region and trusted contacts are in the locked vault, so the region
comes from the system's locale and contacts are not listed; "Manage my trusted contacts"
asks to unlock.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from app.core.support.resources import load_support_resources
from app.ui.watcher.controller import region_from_locale
from app.ui.watcher.support_dialog import SupportOptionsDialog


def open_support_while_locked(unlock: Callable[[], None]) -> SupportOptionsDialog:
    dialog = SupportOptionsDialog(load_support_resources(), region_from_locale(), [], True)
    dialog.link_requested.connect(lambda url: QDesktopServices.openUrl(QUrl(url)))
    dialog.contacts_requested.connect(unlock)
    dialog.show()
    return dialog
