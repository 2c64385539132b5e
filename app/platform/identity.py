"""Tend's one desktop id, and the file names that follow from it.

The window (``setDesktopFileName``), the launcher, the AppStream metainfo, the autostart
entry, the notifications' ``desktop-entry`` hint and the icons all use this id, so desktops
(GNOME on Wayland in particular) can match the window to its launcher and notifications.
"""

from __future__ import annotations

APP_ID = "org.tend.Tend"
DESKTOP_FILE = f"{APP_ID}.desktop"
METAINFO_FILE = f"{APP_ID}.metainfo.xml"
ICON_FILE = f"{APP_ID}.svg"
SYMBOLIC_ICON_FILE = f"{APP_ID}-symbolic.svg"
