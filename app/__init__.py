"""Tend: a private, encrypted desktop journal and mood tracker."""

__version__ = "0.1.0"
