"""Finding emoji and other symbols, which the full-text index does not hold.

The index's tokenizer (unicode61) keeps letters and numbers and treats everything else,
emoji included, as the space between words. So a search for "😊" is answered here by
looking for the symbol itself in titles and bodies. This reads every live entry, so it
runs only for queries that hold a symbol; searches for words never come here.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Select, and_, bindparam, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from app.core.db.tables import EntryRow
from app.core.journal import fts_query
from app.core.journal.model import HIGHLIGHT_END, HIGHLIGHT_START
from app.core.journal.search import RankedRow, ranked_matches

# Parts that join or modify a symbol: zero-width joiner, variation selectors, skin tones.
_JOINERS = {"\u200d", "\ufe0e", "\ufe0f"}
SNIPPET_CONTEXT = 60
# Words and symbols together: the symbols are looked for among this many best word matches.
MIXED_QUERY_FETCH = 200


def rows_for_query(
    session: Session, query: str, limit: int, within: Sequence[int] | None = None
) -> list[RankedRow]:
    """The best ``limit`` live entries for what a person typed, words and symbols alike;
    ``within`` (entry keys) keeps to a filter's entries."""
    words, symbols = split_symbols(query)
    if not symbols:
        return ranked_matches(session, fts_query.prepare(query), limit, within)
    if not words.strip():
        return newest_with_symbols(session, symbols, limit, within)
    # Words through the index, then only entries that also hold the symbols (among the best
    # few hundred word matches: snippets cost per row).
    ranked = ranked_matches(
        session, fts_query.prepare(words), max(limit * 10, MIXED_QUERY_FETCH), within
    )
    keep = set(keep_with_symbols(session, ranked, symbols))
    return [row for row in ranked if row.pk in keep][:limit]


def is_symbol(char: str) -> bool:
    return not char.isascii() and unicodedata.category(char).startswith("S")


def split_symbols(query: str) -> tuple[str, list[str]]:
    """The query without its symbols (for the index), and each run of symbols in it."""
    words: list[str] = []
    runs: list[str] = []
    current = ""
    for char in query:
        if is_symbol(char) or (current and (char in _JOINERS or _is_modifier(char))):
            current += char
            continue
        if current:
            runs.append(current)
            current = ""
            words.append(" ")
        words.append(char)
    if current:
        runs.append(current)
    return "".join(words), list(dict.fromkeys(runs))


def _is_modifier(char: str) -> bool:
    return unicodedata.category(char) in ("Mn", "Sk")


def _holds_all(symbols: list[str]) -> ColumnElement[bool]:
    return and_(
        *(
            or_(func.instr(EntryRow.title, symbol) > 0, func.instr(EntryRow.body, symbol) > 0)
            for symbol in symbols
        )
    )


def newest_with_symbols(
    session: Session, symbols: list[str], limit: int, within: Sequence[int] | None = None
) -> list[RankedRow]:
    """Live entries holding every symbol, newest first, with a snippet around the first."""
    narrowing = [] if within is None else [EntryRow.pk.in_(keys_in(within))]
    statement = (
        select(
            EntryRow.pk,
            EntryRow.id,
            EntryRow.title,
            EntryRow.body,
            EntryRow.created_at,
            EntryRow.created_offset_min,
        )
        .where(EntryRow.deleted_at.is_(None), _holds_all(symbols), *narrowing)
        .order_by(EntryRow.created_at.desc())
        .limit(limit)
    )
    return [
        RankedRow(pk, entry_id, title, snippet_around(body, symbols[0]), created, offset, 0.0)
        for pk, entry_id, title, body, created, offset in session.execute(statement)
    ]


def keys_in(within: Sequence[int]) -> Select[tuple[Any]]:
    """The keys as a subquery over one JSON list (one bound value, however many keys)."""
    keys = func.json_each(bindparam("within", json.dumps(list(within)))).table_valued("value")
    return select(keys.c.value)


def keep_with_symbols(session: Session, rows: list[RankedRow], symbols: list[str]) -> list[int]:
    """The pks among ``rows`` whose entry holds every symbol."""
    if not rows:
        return []
    statement = select(EntryRow.pk).where(
        EntryRow.pk.in_([row.pk for row in rows]), _holds_all(symbols)
    )
    return list(session.scalars(statement))


def snippet_around(body: str, symbol: str) -> str:
    """A short piece of the body around the symbol, marked like the index's snippets."""
    at = body.find(symbol)
    if at < 0:
        return body[: SNIPPET_CONTEXT * 2]
    start, end = max(0, at - SNIPPET_CONTEXT), at + len(symbol) + SNIPPET_CONTEXT
    return (
        ("…" if start else "")
        + body[start:at]
        + HIGHLIGHT_START
        + symbol
        + HIGHLIGHT_END
        + body[at + len(symbol) : end]
        + ("…" if end < len(body) else "")
    )
