"""A spin box whose unit follows its number: "1 minute", "5 minutes"."""

from __future__ import annotations

from PySide6.QtWidgets import QSpinBox


def plural_suffix(spin: QSpinBox, one: str, many: str) -> None:
    """Keep the suffix in step with the value (" minute" at 1, " minutes" otherwise)."""

    def follow(value: int) -> None:
        spin.setSuffix(f" {one}" if value == 1 else f" {many}")

    spin.valueChanged.connect(follow)
    follow(spin.value())
