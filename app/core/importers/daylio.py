"""Daylio's CSV export: mood check-ins with activities, and notes that become entries.

Two header layouts exist: ``full_date,date,weekday,time,mood,activities,note_title,note``
(newer; some versions add ``scales``) and ``year,date,weekday,time,mood,activities,note``
(older, where ``date`` reads "18 May" or "May 18"). Activities are separated by " | ";
times are 24-hour ("20:15") or 12-hour ("8:15 pm"). Mood labels are whatever the person
named them, so they are mapped to 1-5 with a mapping the person confirms (see
daylio_moods.py). Reading checks the whole file before anything is written.

A note becomes an entry linked to its check-in: ``note_title`` is the title and ``note``
the text, never the same words in both (see ``note_fields``).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, tzinfo
from pathlib import Path

from app.core import limits
from app.core.checkins.model import CheckIn
from app.core.importers.daylio_moods import check_mapping
from app.core.importers.errors import NOTHING_IMPORTED, ImportFormatError
from app.core.importers.limits import read_file
from app.core.importers.model import ImportBatch, StableIds, as_local
from app.core.journal.model import Entry

SOURCE = "daylio"
ACTIVITY_SEPARATOR = " | "
MAX_ROWS = 500_000
MAX_FIELD = 1_000_000
MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
TIME_24 = re.compile(r"(\d{1,2}):(\d{2})")
TIME_12 = re.compile(r"(\d{1,2}):(\d{2})\s*([ap])\.?\s*m\.?", re.IGNORECASE)
NOTE_TITLE_LENGTH = 80  # a title made for an untitled note fits the entry list
SIMPLE_TAGS = re.compile(r"</?(?:b|i|u|s|em|strong|p|ul|ol|span|div)\s*/?>", re.IGNORECASE)


@dataclass(frozen=True)
class DaylioRow:
    line: int
    moment: datetime
    mood_label: str
    activities: tuple[str, ...]
    note_title: str
    note: str


@dataclass(frozen=True)
class DaylioFile:
    rows: tuple[DaylioRow, ...]

    @property
    def mood_labels(self) -> tuple[str, ...]:
        """Each label once, in the order the file first uses it."""
        return tuple(dict.fromkeys(row.mood_label for row in self.rows))

    def to_batch(self, confirmed: Mapping[str, int]) -> ImportBatch:
        """Check-ins (and entries for notes) with moods from the confirmed mapping."""
        mapping = check_mapping(self.mood_labels, confirmed)
        ids = StableIds(SOURCE)
        entries: list[Entry] = []
        checkins: list[CheckIn] = []
        for row in self.rows:
            stamp = row.moment.strftime("%Y-%m-%dT%H:%M")
            checkin_id = ids.next("checkin", stamp)
            entry_id = None
            if row.note.strip() or row.note_title.strip():
                entry_id = ids.next("note", stamp)
                title, body = note_fields(row)
                entries.append(Entry(entry_id, title, body, (), row.moment, row.moment))
            checkins.append(
                CheckIn(
                    id=checkin_id,
                    at=row.moment,
                    mood=mapping[row.mood_label],
                    activities=row.activities,
                    entry_id=entry_id,
                )
            )
        names = dict.fromkeys(name for c in checkins for name in c.activities)
        return ImportBatch(SOURCE, tuple(entries), tuple(checkins), tuple(names))


def note_fields(row: DaylioRow) -> tuple[str, str]:
    """A note's title and body, never the same words twice. An untitled note would show its
    first line as the title and again as the preview, so it is titled by the moment it
    belongs to ("Meh · job search, tired"); a title the note repeats as its first line is
    said once."""
    title, body = row.note_title, row.note
    first, _, rest = body.partition("\n")
    if title and first.strip() == title:
        body = rest.strip()
    if not title:
        title = f"{row.mood_label[:1].upper()}{row.mood_label[1:]}"
        if row.activities:
            title += " · " + ", ".join(row.activities)
        if len(title) > NOTE_TITLE_LENGTH:
            title = title[: NOTE_TITLE_LENGTH - 1].rstrip(" ,·") + "…"
    return title, body


def read_daylio(path: Path, zone: tzinfo | None = None) -> DaylioFile:
    return parse_daylio(read_file(path), path.name, zone)


def parse_daylio(data: bytes, name: str = "the file", zone: tzinfo | None = None) -> DaylioFile:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportFormatError(f"{name} isn't UTF-8 text. {NOTHING_IMPORTED}") from error
    if "\x00" in text:
        raise ImportFormatError(f"{name} holds binary data, not a CSV export. {NOTHING_IMPORTED}")
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    rows: list[DaylioRow] = []
    try:
        header = next(reader, None)
        if header is None:
            raise _at(1, "the file is empty")
        columns = _columns(header)
        for record in reader:
            if not any(cell.strip() for cell in record):
                continue
            if len(record) != len(header):
                raise _at(reader.line_num, f"expected {len(header)} columns, found {len(record)}")
            if len(rows) >= MAX_ROWS:
                raise _at(reader.line_num, f"more than {MAX_ROWS:,} rows")
            rows.append(_row(record, columns, reader.line_num, zone))
    except csv.Error as error:
        raise _at(reader.line_num, f"the CSV is malformed ({error})") from error
    return DaylioFile(tuple(rows))


def _columns(header: list[str]) -> dict[str, int]:
    names = [cell.strip().lower() for cell in header]
    columns = {name: index for index, name in enumerate(names)}
    dated = "full_date" in columns or ("year" in columns and "date" in columns)
    missing = [name for name in ("time", "mood", "activities", "note") if name not in columns]
    if not dated or missing:
        raise _at(
            1,
            "this isn't a Daylio export header (expected full_date,date,weekday,time,mood,"
            "activities,note_title,note or year,date,weekday,time,mood,activities,note)",
        )
    return columns


def _row(record: list[str], columns: dict[str, int], line: int, zone: tzinfo | None) -> DaylioRow:
    def cell(name: str) -> str:
        index = columns.get(name)
        value = "" if index is None else record[index]
        if len(value) > MAX_FIELD:
            raise _at(line, f"the {name} column is longer than {MAX_FIELD:,} characters")
        return value

    day = _day(cell, columns, line)
    if not limits.year_in_range(day):
        raise _at(line, f"Tend keeps dates {limits.year_range_text()}")
    moment = as_local(datetime.combine(day, _time(cell("time"), line)), zone)
    mood = cell("mood").strip()
    if not mood:
        raise _at(line, "the mood column is empty")
    activities = tuple(
        dict.fromkeys(part.strip() for part in cell("activities").split("|") if part.strip())
    )
    title = _plain(cell("note_title"))
    if len(title) > limits.MAX_TITLE_LENGTH:
        raise _at(line, f"the note_title is longer than {limits.MAX_TITLE_LENGTH:,} characters")
    return DaylioRow(line, moment, mood, activities, title, _plain(cell("note")))


def _day(cell: Callable[[str], str], columns: dict[str, int], line: int) -> date:
    if "full_date" in columns:
        try:
            return date.fromisoformat(cell("full_date").strip())
        except ValueError as error:
            raise _at(line, "full_date isn't a date like 2024-05-14") from error
    year_text, text = cell("year").strip(), cell("date").strip()
    if not year_text.isdigit():
        raise _at(line, "the year column isn't a year")
    words = [word for word in re.split(r"[\s.,]+", text.lower()) if word]
    numbers = [word for word in words if word.isdigit()]
    months = [MONTHS[word] for word in words if word in MONTHS]
    if len(numbers) != 1 or len(months) != 1:
        raise _at(line, 'the date column isn\'t a day and month like "18 May"')
    try:
        return date(int(year_text), months[0], int(numbers[0]))
    except ValueError as error:
        raise _at(line, "the date doesn't exist in the calendar") from error


def _time(text: str, line: int) -> time:
    value = text.strip()
    match12 = TIME_12.fullmatch(value)
    match24 = TIME_24.fullmatch(value)
    try:
        if match12:
            hour, minute = int(match12[1]), int(match12[2])
            if not 1 <= hour <= 12:
                raise ValueError("hour")
            hour = hour % 12 + (12 if match12[3].lower() == "p" else 0)
            return time(hour, minute)
        if match24:
            return time(int(match24[1]), int(match24[2]))
    except ValueError as error:
        raise _at(line, "the time isn't a time of day") from error
    raise _at(line, 'the time isn\'t like "20:15" or "8:15 pm"')


def _plain(text: str) -> str:
    """Daylio's rich-text notes: line breaks and simple formatting tags to plain text."""
    text = re.sub(r"<br\s*/?>", "\n", text, flags=re.IGNORECASE)
    text = re.sub(r"<li>", "- ", text, flags=re.IGNORECASE)
    text = re.sub(r"</li>", "\n", text, flags=re.IGNORECASE)
    return SIMPLE_TAGS.sub("", text).strip()


def _at(line: int, problem: str) -> ImportFormatError:
    return ImportFormatError(f"Line {line} of the Daylio file: {problem}. {NOTHING_IMPORTED}")
