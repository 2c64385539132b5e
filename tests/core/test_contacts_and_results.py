"""Trusted contacts and questionnaire results are kept in the vault."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from app.core.clock import fixed_clock
from app.core.contacts import ContactsService
from app.core.errors import NotFoundError, UsageError
from app.core.journal import Journal
from app.core.questionnaires import QuestionnaireService
from app.core.vault import Vault
from tests.support.crisis_text import reads_nothing

NOW = datetime(2026, 3, 20, 9, 0, tzinfo=timezone(timedelta(hours=13)))


def test_contacts_are_added_listed_in_order_changed_and_removed(vault: Vault) -> None:
    contacts = ContactsService(vault.database, fixed_clock(NOW), read_crisis=reads_nothing)
    sam = contacts.add("  Sam ", "07700 900123", "my brother")
    jo = contacts.add("Jo", "jo@example.org")
    assert [c.name for c in contacts.list()] == ["Sam", "Jo"]
    contacts.update(sam.id, note="call after 6")
    assert contacts.list()[0].note == "call after 6"
    contacts.remove(jo.id)
    assert [c.id for c in contacts.list()] == [sam.id]
    with pytest.raises(NotFoundError):
        contacts.remove(jo.id)


def test_a_contact_needs_a_name(vault: Vault) -> None:
    with pytest.raises(UsageError):
        ContactsService(vault.database, read_crisis=reads_nothing).add("   ", "0800")


def test_results_are_kept_with_their_score_and_listed_oldest_first(vault: Vault) -> None:
    first = QuestionnaireService(vault.database, fixed_clock(NOW))
    later = QuestionnaireService(vault.database, fixed_clock(NOW + timedelta(days=14)))
    result, reading = first.record("phq9", [1] * 9, follow_up=1)
    later.record("who5", [2, 2, 2, 2, 2])
    assert reading.total == 9 and reading.show_crisis_resources
    listed = first.results()
    assert [r.kind for r in listed] == ["phq9", "who5"]
    assert listed[0] == result
    assert listed[0].taken_at == NOW
    assert listed[0].scored().band.id == "mild"
    assert first.results("who5")[0].score == 10
    assert first.latest_taken_on() == (NOW + timedelta(days=14)).date()


def test_an_unknown_questionnaire_or_follow_up_is_refused(vault: Vault) -> None:
    service = QuestionnaireService(vault.database)
    with pytest.raises(UsageError):
        service.record("gad7", [0] * 7)
    with pytest.raises(UsageError):
        service.record("who5", [0] * 5, follow_up=1)
    with pytest.raises(UsageError):
        service.record("phq9", [0] * 9, follow_up=4)


def test_entries_between_gives_whole_entries_by_local_day(vault: Vault) -> None:
    journal = Journal(vault.database, fixed_clock(NOW))
    late_night = datetime(2026, 3, 10, 23, 30, tzinfo=timezone(timedelta(hours=-8)))
    inside = journal.create("", "Tired but fine.", created_at=late_night)
    journal.create("", "Too early.", created_at=late_night - timedelta(days=2))
    trashed = journal.create("", "Trashed.", created_at=late_night)
    journal.move_to_trash(trashed.id)
    found = journal.entries_between(late_night.date(), late_night.date())
    assert [entry.id for entry in found] == [inside.id]
    assert found[0].body == "Tired but fine."
