"""Reminder settings and the first-run reminder offer."""
