"""Every date Tend shows, in the person's locale order and without leading zeros.

"Friday 4 December" where the day comes first (en_GB), "Friday, December 4" where the month
does (en_US). Built from the locale's own long date format, so the order, the separators
and the names are the locale's; only the year is taken out when it is not wanted, and a
day number never gets a leading zero.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale, QTime

# The year, with a literal word tied to it ("'de' yyyy", "yyyy年") and its separators.
_YEAR = re.compile(r"(\s*'[^']*')?[\s,.]*y+(年|\s*'[^']*')?[\s,.]*")
# The weekday and the separators after it (removed when no weekday is wanted).
_WEEKDAY = re.compile(r"dddd[\s,]*|[\s,]*dddd")
# A day number that comes straight after the weekday needs no comma: "Friday 4 December".
_WEEKDAY_COMMA_DAY = re.compile(r"dddd, (d\b)")


def _pattern(locale: QLocale, *, weekday: bool, year: bool, short: bool) -> str:
    pattern = locale.dateFormat(QLocale.FormatType.LongFormat)
    pattern = re.sub(r"(?<!d)dd(?!d)", "d", pattern)  # no leading zero on the day
    pattern = re.sub(r"(?<!M)MM(?!M)", "M", pattern)
    if not year:
        pattern = _YEAR.sub(" ", pattern).strip(" ,")
    if weekday:
        pattern = _WEEKDAY_COMMA_DAY.sub(r"dddd \1", pattern)
    else:
        pattern = _WEEKDAY.sub("", pattern).strip(" ,")
    if short:
        pattern = pattern.replace("dddd", "ddd").replace("MMMM", "MMM")
    return pattern


def display_date(
    day: date,
    *,
    weekday: bool = True,
    year: bool = False,
    short: bool = False,
    locale: QLocale | None = None,
) -> str:
    """``day`` as people read it: "Friday 4 December"; ``short`` gives "Fri 4 Dec"."""
    chosen = locale if locale is not None else QLocale()
    pattern = _pattern(chosen, weekday=weekday, year=year, short=short)
    return chosen.toString(QDate(day.year, day.month, day.day), pattern)


def display_weekday(day: date, locale: QLocale | None = None) -> str:
    """The weekday's full name in the locale: "Friday"."""
    chosen = locale if locale is not None else QLocale()
    return chosen.dayName(day.isoweekday(), QLocale.FormatType.LongFormat)


def short_month(month: int, locale: QLocale | None = None) -> str:
    """The month's short name as it stands alone ("Dec"), for calendar headings."""
    chosen = locale if locale is not None else QLocale()
    return chosen.standaloneMonthName(month, QLocale.FormatType.ShortFormat)


def display_time(moment: datetime, locale: QLocale | None = None) -> str:
    chosen = locale if locale is not None else QLocale()
    return chosen.toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


def display_date_time(
    moment: datetime,
    *,
    weekday: bool = False,
    year: bool = True,
    short: bool = True,
    locale: QLocale | None = None,
) -> str:
    """A date and its time of day, "4 Dec 2026, 20:15", for 'last changed' and lists."""
    day = display_date(moment.date(), weekday=weekday, year=year, short=short, locale=locale)
    return f"{day}, {display_time(moment, locale)}"


def axis_date(day: date, *, year: bool = False, locale: QLocale | None = None) -> str:
    """A chart axis label: "4 Dec" or "Dec 4" (with the year when it changes)."""
    return display_date(day, weekday=False, year=year, short=True, locale=locale)


def short_date(day: date, locale: QLocale | None = None) -> str:
    """A compact date with its year, for lists: "4 Dec 2026" or "Dec 4, 2026"."""
    return display_date(day, weekday=False, short=True, year=True, locale=locale)
