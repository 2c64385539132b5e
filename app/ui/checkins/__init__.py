"""The check-in window and its parts."""
