"""OS glue: paths, keyring policy, tray, notifications, autostart, single instance."""
