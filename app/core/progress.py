"""Progress and cancellation for long core work, without any UI dependency.

A long operation takes ``progress: ProgressCallback | None``. It calls ``progress(done,
total)`` now and then; the callback may raise OperationCancelled to stop the work, which
then rolls back whatever it had not committed.
"""

from __future__ import annotations

from collections.abc import Callable

ProgressCallback = Callable[[int, int], None]


class OperationCancelled(Exception):
    """The person asked to stop; nothing was changed."""


def report(progress: ProgressCallback | None, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)
