"""Pieces of the home view."""
