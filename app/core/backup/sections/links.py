"""Links between sections, checked once every section is read: a record may name only
records the backup itself holds, so a damaged or tampered backup is refused before
anything is merged (docs/backup-format.md).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence

from app.core.backup import validate as v


def check_linked_ids(
    linked: Iterable[Sequence[str]], known: Collection[str], path: str, *, field: str, missing: str
) -> None:
    """Refuse the first linked id that is not in ``known``.

    ``linked`` holds each record's list ``field`` in the section's order, so the error names
    the record and the id's place in that list; ``missing`` says which section lacks it (the
    message names ids and sections only, never what a record says).
    """
    for index, ids in enumerate(linked):
        for number, linked_id in enumerate(ids):
            if linked_id not in known:
                raise v.fail(f"{path}[{index}].{field}[{number}]", missing)
