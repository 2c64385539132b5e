"""The full-text query behind Journal.search, shaped so big journals stay quick.

Ranking needs a score for every match, but nothing else does. So the index alone ranks
(it never reads an entry), only the best few are joined to their entries, and snippets are
made for those alone. Joining every match to its entry row first was what made a common
word slow in a large journal: each match decrypted a page of the entries table.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import bindparam, func, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from app.core.db.tables import EntryRow
from app.core.journal import fts_query
from app.core.journal.model import HIGHLIGHT_END, HIGHLIGHT_START

# Ranking scores every match it considers, so a very common word would cost more the bigger
# the journal grows. Only the most recent RANK_WINDOW matches are ranked: in a journal,
# recent writing is what a search is usually for, and older matches need one more word.
RANK_WINDOW = 5000

_WINDOW_START = text(
    "SELECT rowid FROM entries_fts WHERE entries_fts MATCH :match "
    "ORDER BY rowid DESC LIMIT 1 OFFSET :offset"
)
_COUNT = text("SELECT count(*) FROM entries_fts WHERE entries_fts MATCH :match")
# Title words weigh four times as much as body words.
_TOP_MATCHES_SQL = (
    "WITH top AS ("
    "  SELECT rowid AS pk, bm25(entries_fts, 4.0, 1.0) AS rank FROM entries_fts"
    "  WHERE entries_fts MATCH :match AND rowid >= :first_pk{within} ORDER BY rank LIMIT :fetch"
    ") "
    "SELECT e.pk, e.id, e.title, e.created_at, e.created_offset_min, top.rank "
    "FROM top JOIN entries e ON e.pk = top.pk "
    "WHERE e.deleted_at IS NULL ORDER BY top.rank LIMIT :limit"
)
_TOP_MATCHES = text(_TOP_MATCHES_SQL.format(within=""))
# Searching within a filter (a tag, a date range): only the filter's entries are ranked.
# Their keys travel as one JSON list, so a long list needs no bound parameter per key.
_TOP_MATCHES_WITHIN = text(
    _TOP_MATCHES_SQL.format(within=" AND rowid IN (SELECT value FROM json_each(:within))")
)
_SNIPPETS = text(
    "SELECT rowid, snippet(entries_fts, 1, :start, :end, '…', 16) FROM entries_fts "
    "WHERE entries_fts MATCH :match AND rowid IN :pks"
).bindparams(bindparam("pks", expanding=True))


@dataclass(frozen=True)
class RankedRow:
    pk: int
    id: str
    title: str
    snippet: str
    created_at: str
    offset_minutes: int
    rank: float


def ranked_matches(
    session: Session, match: str, limit: int, within: Sequence[int] | None = None
) -> list[RankedRow]:
    """The best ``limit`` live entries for an FTS5 ``match`` expression, best first;
    ``within`` (entry keys) narrows them to a filter's entries."""
    # Trashed entries are dropped after ranking, so fetch enough to make up for them.
    trashed = session.scalar(
        select(func.count()).select_from(EntryRow).where(EntryRow.deleted_at.is_not(None))
    )
    try:
        first_pk = session.scalar(_WINDOW_START, {"match": match, "offset": RANK_WINDOW - 1})
        params = {
            "match": match,
            "first_pk": first_pk or 0,
            "fetch": limit + int(trashed or 0),
            "limit": limit,
        }
        if within is None:
            rows = session.execute(_TOP_MATCHES, params).all()
        else:
            params["within"] = json.dumps(list(within))
            rows = session.execute(_TOP_MATCHES_WITHIN, params).all()
    except DBAPIError as error:
        detail = str(error.orig)
        if "fts5" in detail or "syntax" in detail or "unterminated" in detail:
            raise fts_query.explain_syntax_error(detail) from error
        raise
    if not rows:
        return []
    snippet_params = {
        "match": match,
        "pks": [row[0] for row in rows],
        "start": HIGHLIGHT_START,
        "end": HIGHLIGHT_END,
    }
    snippets: dict[int, str] = {
        pk: snippet for pk, snippet in session.execute(_SNIPPETS, snippet_params)
    }
    return [
        RankedRow(row[0], row[1], row[2], snippets.get(row[0]) or "", row[3], row[4], row[5])
        for row in rows
    ]


def count_matches(session: Session, match: str) -> int:
    """How many entries (trashed ones included) an FTS5 ``match`` expression finds."""
    try:
        return int(session.scalar(_COUNT, {"match": match}) or 0)
    except DBAPIError as error:
        raise fts_query.explain_syntax_error(str(error.orig)) from error
