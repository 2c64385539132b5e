"""Finding check-ins by their feeling words and notes, for the journal's search.

Entries are searched through the full-text index; check-ins are few and short, so a plain
scan is quick enough and needs no second index. Each word typed must be found in the
check-in: as the start of one of its feeling words ("tire" finds "tired") or anywhere in
its note. Search operators (AND, OR, NOT, quotes, a trailing *) are read as plain words.
"""

from __future__ import annotations

import re

from sqlalchemy import Select, and_, exists, func, or_, select
from sqlalchemy.orm import Session

from app.core.checkins.model import CheckIn
from app.core.checkins.rows import checkin_from_row
from app.core.db.checkin_tables import CheckInFeelingRow, CheckInRow

MAX_HITS = 20
_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*", re.UNICODE)
_OPERATORS = {"and", "or", "not"}


def query_words(query: str) -> list[str]:
    """The words to look for, lower-cased, operators left out."""
    return [
        word
        for word in dict.fromkeys(match.lower() for match in _WORD.findall(query))
        if word not in _OPERATORS
    ]


def _statement(words: list[str], limit: int) -> Select[CheckInRow]:
    clauses = [
        or_(
            func.lower(CheckInRow.note).contains(word, autoescape=True),
            exists().where(
                CheckInFeelingRow.checkin_pk == CheckInRow.pk,
                CheckInFeelingRow.word.startswith(word, autoescape=True),
            ),
        )
        for word in words
    ]
    return (
        select(CheckInRow)
        .where(and_(*clauses))
        .order_by(CheckInRow.at.desc(), CheckInRow.pk.desc())
        .limit(limit)
    )


def search_checkins(session: Session, query: str, limit: int = MAX_HITS) -> list[CheckIn]:
    """The newest check-ins whose feeling words or note hold every word of ``query``."""
    words = query_words(query)
    if not words:
        return []
    return [checkin_from_row(row) for row in session.scalars(_statement(words, limit))]
