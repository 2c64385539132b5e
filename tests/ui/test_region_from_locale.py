"""The region preselected from the system locale is one the support file lists."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from app.core.support.resources import ELSEWHERE, load_support_resources
from app.ui.watcher.controller import region_from_locale


@pytest.mark.parametrize(
    ("locale_name", "code"),
    [
        ("en_US", "US"),
        ("en_GB", "GB"),
        ("en_IE", "IE"),
        ("en_CA", "CA"),
        ("fr_CA", "CA"),
        ("en_AU", "AU"),
        ("en_NZ", "NZ"),
        ("de_DE", "DE"),
        ("de_AT", "AT"),
        ("de_CH", "CH"),
        ("fr_CH", "CH"),
        ("it_CH", "CH"),
        ("fr_FR", "FR"),
        ("es_ES", "ES"),
        ("ca_ES", "ES"),
        ("it_IT", "IT"),
        ("nl_NL", "NL"),
        ("en_IN", "IN"),
        ("hi_IN", "IN"),
        ("ja_JP", "JP"),
        ("en_ZA", "ZA"),
        ("af_ZA", "ZA"),
        ("zu_ZA", "ZA"),
        ("pt_BR", "BR"),
        ("es_MX", "MX"),
    ],
)
def test_the_locale_preselects_its_listed_region(locale_name: str, code: str) -> None:
    found = region_from_locale(QLocale(locale_name))
    assert found == code
    resources = load_support_resources()
    assert resources.has_region(found)
    assert resources.region(found).code == code


@pytest.mark.parametrize("locale_name", ["nl_BE", "pt_PT", "es_AR", "ko_KR"])
def test_a_locale_whose_country_is_not_listed_gets_somewhere_else(locale_name: str) -> None:
    found = region_from_locale(QLocale(locale_name))
    assert found is not None
    assert not load_support_resources().has_region(found)
    assert load_support_resources().region(found).code == ELSEWHERE


def test_a_locale_without_a_country_preselects_nothing() -> None:
    assert region_from_locale(QLocale.c()) is None
