"""Hypothesis strategies for files a person might feed Tend: near-real Daylio CSVs, jrnl
and Day One exports, with odd values where real exports have ordinary ones.

The values stop short of the calendar's very edges (year 1, 9999-12-31) and of lone
surrogates and over-long numbers: those are known failures with regression tests of their
own (test_known_import_failures.py). Widen EDGE_SAFE_* once they are fixed.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

# CI-sized and reproducible: the same 150 examples per target on every run. The vault a
# test imports into is made once per test (not per example), hence the health check.
FUZZ = settings(
    max_examples=150,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)

EDGE_SAFE_FIRST_DAY = date(1, 1, 1)
EDGE_SAFE_LAST_DAY = date(9999, 12, 31)

# Text without lone surrogates (st.text never makes them), plus the awkward usual suspects.
ODD_TEXT = st.one_of(
    st.text(max_size=40),
    st.sampled_from(
        [
            "",
            " ",
            "\x00",
            "line\r\nbreak",
            "😀 🌱",
            "e\u0301",
            "\u202eright-to-left",
            "\ufeffbom",
            "<br>tag</b>",
            "\\. \\# \\*",
            "# ",
            "Über",
            "über",
            "ÜBER",
            "x" * 5000,
            '"quoted, with comma"',
        ]
    ),
)
ODD_JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(10**30), 10**30)
    | st.floats(allow_nan=True, allow_infinity=True)
    | ODD_TEXT,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(ODD_TEXT, inner, max_size=3),
    max_leaves=8,
)
DAYS = st.dates(EDGE_SAFE_FIRST_DAY, EDGE_SAFE_LAST_DAY) | st.dates(
    date(1999, 1, 1), date(2030, 12, 31)
)


def mostly(
    ordinary: st.SearchStrategy[Any], odd: st.SearchStrategy[Any], one_in: int = 20
) -> st.SearchStrategy[Any]:
    """``ordinary``, except once in ``one_in`` draws ``odd``. (Drawn from a uniform choice:
    Hypothesis's integers favour their bounds, which would make "rare" common.)"""
    # The odd branch is the last choice: Hypothesis tries first choices first when it starts.
    return st.sampled_from(range(one_in)).flatmap(
        lambda roll: odd if roll == one_in - 1 else ordinary
    )


def sometimes_odd(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """Mostly the ordinary value, else odd text or any JSON value, so that a document with
    several fields is often whole and often not."""
    return mostly(strategy, ODD_TEXT | ODD_JSON, one_in=25)


# -- Daylio ---------------------------------------------------------------------------

NEW_HEADER = ["full_date", "date", "weekday", "time", "mood", "activities", "note_title", "note"]
OLD_HEADER = ["year", "date", "weekday", "time", "mood", "activities", "note"]
MOOD_LABELS = st.sampled_from(["rad", "good", "meh", "bad", "awful", "RAD", "so-so", "😀", " "])
ACTIVITY = st.sampled_from(
    ["Exercise", "EXERCISE", "exercise", "Rejection", "slept well", "Straße", "STRASSE"]
) | st.text(max_size=70)
TIMES_24 = st.times().map(lambda t: t.strftime("%H:%M"))
TIMES_12 = st.times().map(lambda t: t.strftime("%I:%M %p").lstrip("0").lower())
DAYLIO_TIME = mostly(
    TIMES_24 | TIMES_12, st.sampled_from(["24:00", "12:60", "0:00 pm", "9"]), one_in=10
)


@st.composite
def daylio_csv(draw: st.DrawFn) -> bytes:
    """A Daylio export: either layout, shuffled columns, odd cells; sometimes cut or spliced."""
    old = draw(st.booleans())
    header = list(OLD_HEADER if old else NEW_HEADER)
    if draw(st.booleans()):
        header.append("scales")
    header = draw(st.permutations(header))
    rows = []
    for _ in range(draw(st.integers(0, 6))):
        day = draw(DAYS)
        cells = {
            "full_date": draw(sometimes_odd(st.just(day.isoformat()))),
            "year": draw(sometimes_odd(st.just(str(day.year)))),
            "date": draw(
                sometimes_odd(st.sampled_from([day.strftime("%d %B"), day.strftime("%b %d")]))
            ),
            "weekday": day.strftime("%A"),
            "time": draw(mostly(DAYLIO_TIME, ODD_TEXT)),
            "mood": draw(mostly(MOOD_LABELS, ODD_TEXT)),
            "activities": " | ".join(draw(st.lists(ACTIVITY, max_size=4))),
            "note_title": draw(ODD_TEXT),
            "note": draw(ODD_TEXT),
            "scales": draw(ODD_TEXT),
        }
        rows.append([_cell(cells[name]) for name in header])
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    writer.writerows(rows)
    data = out.getvalue().encode("utf-8")
    return draw(mostly(st.just(data), spliced(data), one_in=5))


def _cell(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value)


def spliced(data: bytes) -> st.SearchStrategy[bytes]:
    """The bytes cut short, or with a few bytes changed or inserted somewhere."""
    size = max(len(data), 1)
    return st.one_of(
        st.sampled_from(range(size + 1)).map(lambda cut: data[:cut]),
        st.tuples(st.sampled_from(range(size + 1)), st.binary(min_size=1, max_size=4)).map(
            lambda pair: data[: pair[0]] + pair[1] + data[pair[0] :]
        ),
        st.tuples(st.sampled_from(range(size)), st.integers(1, 255)).map(
            lambda pair: (
                data[: pair[0]] + bytes([data[pair[0]] ^ pair[1]]) + data[pair[0] + 1 :]
                if data
                else data
            )
        ),
    )


# -- jrnl -----------------------------------------------------------------------------

JRNL_TIME = mostly(
    st.times().map(lambda t: t.strftime("%H:%M")),
    st.times().map(lambda t: t.isoformat())
    | st.sampled_from(["24:00", "9:30", "09:30+01:00", "09:30Z", "T09:30", ""]),
    one_in=10,
)
JRNL_DATE = mostly(
    DAYS.map(date.isoformat),
    DAYS.map(lambda d: d.strftime("%Y%m%d"))
    | st.sampled_from(["2024-02-30", "2024-5-1", "2024-W20-2", ""]),
    one_in=10,
)
TAG = mostly(st.sampled_from(["@work", "#home", "@", "@Über", "@über", " @x "]), ODD_TEXT, 5)


@st.composite
def jrnl_entry(draw: st.DrawFn) -> dict[str, Any]:
    entry = {
        "title": draw(sometimes_odd(st.text(max_size=30))),
        "body": draw(sometimes_odd(st.text(max_size=200))),
        "date": draw(sometimes_odd(JRNL_DATE)),
        "time": draw(sometimes_odd(JRNL_TIME)),
        "tags": draw(sometimes_odd(st.lists(TAG, max_size=4))),
        "starred": draw(sometimes_odd(st.booleans())),
        "uuid": draw(ODD_TEXT),
    }
    if draw(mostly(st.just(False), st.just(True), one_in=10)):
        del entry[draw(st.sampled_from(sorted(entry)))]  # a missing field, now and then
    return entry


@st.composite
def jrnl_json(draw: st.DrawFn) -> bytes:
    document: dict[str, Any] = {
        "tags": draw(sometimes_odd(st.dictionaries(TAG, st.integers(0, 9), max_size=3))),
        "entries": draw(st.lists(jrnl_entry(), max_size=5)),
    }
    document = draw(mostly(st.just(document), ODD_JSON, one_in=10))
    data = json.dumps(document, ensure_ascii=draw(st.booleans())).encode("utf-8")
    return draw(mostly(st.just(data), spliced(data), one_in=5))


# -- Day One --------------------------------------------------------------------------

ZONES = st.sampled_from(
    ["Europe/London", "America/New_York", "Asia/Kathmandu", "UTC", "Mars/Olympus", "../etc", ""]
)
UUIDS = mostly(
    st.uuids().map(lambda u: u.hex.upper()) | st.uuids().map(str), st.sampled_from(["", "xyz"])
)
MOMENTS = st.datetimes(datetime(1900, 1, 2), datetime(9998, 12, 30), timezones=st.just(UTC)).map(
    lambda moment: moment.strftime("%Y-%m-%dT%H:%M:%SZ")
)
ODD_MOMENTS = mostly(
    MOMENTS,
    st.sampled_from(["2024-05-14T08:30:12", "1899-12-31T23:00:00Z", "2024-05-14T08:30:12+14:00"])
    | st.datetimes(datetime(1900, 1, 2), datetime(9998, 12, 30)).map(
        lambda moment: (moment.replace(tzinfo=timezone(timedelta(hours=-12)))).isoformat()
    ),
    one_in=10,
)
DAYONE_TEXT = st.one_of(
    st.text(max_size=200),
    st.tuples(st.text(max_size=40), st.text(max_size=100)).map(lambda p: f"# {p[0]}\n\n{p[1]}"),
    st.sampled_from(["# Title only", "\\# not a title \\. \\*", "\n\n\n", "# " + "t" * 2000]),
)


@st.composite
def dayone_entry(draw: st.DrawFn) -> dict[str, Any]:
    entry = {
        "uuid": draw(sometimes_odd(UUIDS)),
        "creationDate": draw(sometimes_odd(ODD_MOMENTS)),
        "modifiedDate": draw(sometimes_odd(ODD_MOMENTS)),
        "text": draw(sometimes_odd(DAYONE_TEXT)),
        "tags": draw(sometimes_odd(st.lists(TAG, max_size=3))),
        "starred": draw(sometimes_odd(st.booleans())),
        "timeZone": draw(sometimes_odd(ZONES)),
        "photos": draw(ODD_JSON),
    }
    if draw(mostly(st.just(False), st.just(True), one_in=10)):
        del entry[draw(st.sampled_from(sorted(entry)))]
    return entry


@st.composite
def dayone_journal(draw: st.DrawFn) -> bytes:
    document: dict[str, Any] = {
        "metadata": draw(sometimes_odd(st.just({"version": "1.0"}))),
        "entries": draw(st.lists(dayone_entry(), max_size=4)),
    }
    document = draw(mostly(st.just(document), ODD_JSON, one_in=10))
    data = json.dumps(document, ensure_ascii=draw(st.booleans())).encode("utf-8")
    return draw(mostly(st.just(data), spliced(data), one_in=5))


MEMBER_NAMES = st.sampled_from(
    ["Journal.json", "Work.json", "nested/Journal.json", "__MACOSX/._Journal.json", "photo.jpg"]
)


@st.composite
def dayone_members(draw: st.DrawFn) -> dict[str, bytes]:
    """The files of a Day One export zip: one or more journals, sometimes other files."""
    names = ["Journal.json", *draw(st.lists(MEMBER_NAMES, max_size=2, unique=True))]
    return {name: draw(dayone_journal()) for name in dict.fromkeys(names)}
