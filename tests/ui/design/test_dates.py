"""Displayed dates follow the locale's order and never carry a leading zero."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QLocale

from app.ui.dates import axis_date, display_date, display_date_time, display_weekday

FRIDAY = date(2026, 12, 4)
BRITISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
AMERICAN = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def test_day_comes_first_in_british_english_without_a_leading_zero() -> None:
    assert display_date(FRIDAY, locale=BRITISH) == "Friday 4 December"
    assert display_date(FRIDAY, year=True, locale=BRITISH) == "Friday 4 December 2026"
    assert display_date(FRIDAY, short=True, locale=BRITISH) == "Fri 4 Dec"


def test_month_comes_first_in_american_english() -> None:
    assert display_date(FRIDAY, locale=AMERICAN) == "Friday, December 4"
    assert display_date(FRIDAY, year=True, locale=AMERICAN) == "Friday, December 4, 2026"
    assert display_date(FRIDAY, short=True, locale=AMERICAN) == "Fri, Dec 4"


@pytest.mark.parametrize(
    ("locale", "expected"),
    [(BRITISH, "4 Dec"), (AMERICAN, "Dec 4"), (QLocale(QLocale.Language.German), "4. Dez.")],
)
def test_axis_labels_keep_the_locale_order_and_a_separator(locale: QLocale, expected: str) -> None:
    assert axis_date(FRIDAY, locale=locale) == expected


def test_no_single_digit_day_or_month_ever_gets_a_zero() -> None:
    for locale in (BRITISH, AMERICAN, QLocale(QLocale.Language.Japanese)):
        for day in (date(2026, 1, 1), date(2026, 3, 9), date(2026, 10, 5)):
            for text in (
                display_date(day, year=True, locale=locale),
                display_date(day, short=True, locale=locale),
                axis_date(day, year=True, locale=locale),
            ):
                assert "01" not in text and "03" not in text and "05" not in text, text
                assert "09" not in text, text


def test_date_and_time_use_the_locale_clock() -> None:
    moment = datetime(2026, 12, 4, 9, 5)
    assert display_date_time(moment, locale=BRITISH) == "4 Dec 2026, 09:05"
    assert display_date_time(moment, locale=AMERICAN).startswith("Dec 4, 2026, 9:05")
    assert display_weekday(FRIDAY, locale=AMERICAN) == "Friday"
