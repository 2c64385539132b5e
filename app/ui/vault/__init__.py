"""Windows for creating, unlocking and looking after the vault."""
