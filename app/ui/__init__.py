"""The desktop app: PySide6 widgets that call core verbs and show their results."""
