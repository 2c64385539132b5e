"""Read a whole table a batch at a time, in index order (exports, streams).

Keyset paging: each batch seeks to the row after the last one seen by (sort key, pk),
so every batch is one index range, however far into the table it is. Each batch is read
in its own short read transaction, so a writer is never kept waiting by a long export.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

from sqlalchemy import Select, or_
from sqlalchemy.orm import InstrumentedAttribute, Session

from app.core.db.database import Database

Extra = TypeVar("Extra")


def keyset_batches(
    database: Database,
    statement: Select[*tuple[Any, ...]],
    sort_key: InstrumentedAttribute[str],
    pk: InstrumentedAttribute[int],
    *,
    batch_size: int,
    read_extra: Callable[[Session, list[int]], Extra],
) -> Iterator[tuple[Sequence[Any], Extra]]:
    """Batches of at most ``batch_size`` rows of ``statement``, each with ``read_extra``'s
    answer for the batch's pks (tags, activities). The statement's first column must be
    ``pk`` and it must select ``sort_key``; it gets the order and the limit here.
    """
    size = max(1, batch_size)
    ordered = statement.order_by(sort_key, pk).limit(size)
    after: tuple[str, int] | None = None
    while True:
        page = ordered
        if after is not None:
            # The ">=" bound is the index range each batch seeks to.
            page = ordered.where(sort_key >= after[0], or_(sort_key > after[0], pk > after[1]))
        with database.reader() as session:
            rows = session.execute(page).all()
            extra = read_extra(session, [row[0] for row in rows])
        if not rows:
            return
        yield rows, extra
        if len(rows) < size:
            return
        last = rows[-1]
        after = (getattr(last, sort_key.key), last[0])
