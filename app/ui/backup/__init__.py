"""Standalone dialogs for backups, restore, import and export. They take callables and
plain values through their constructors and run work through a TaskRunner."""
