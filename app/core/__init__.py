"""Tend's core: storage, keys, journal, check-ins, backups and the watcher, without Qt."""
