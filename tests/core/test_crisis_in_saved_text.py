"""Crisis words are read in everything a person types, not only entries and check-ins.

An opening's role and note, how the person met someone in their search, a trusted
contact's note and the safety plan are each read as they are saved: the words new in
that save raise one crisis prompt, kept unanswered for the window, as for `tend add`.
The clock is injected; no test reads the real date.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import pytest

from app.core.safety_plan import SafetyPlan
from app.core.vault import Vault
from app.core.watcher.model import CRISIS, ShownPrompt
from app.core.watcher.wording import default_wording
from app.core.workspace import Workspace
from tests.support.clock import ManualClock

ZONE = timezone(timedelta(hours=-5))
NOW = datetime(2026, 11, 3, 23, 40, tzinfo=ZONE)
CALM = "Met at the careers fair; follow up next week."
CRISIS_WORDS = "I cut myself again."
OTHER_CRISIS_WORDS = "Nobody would notice if I was gone."
# Read the way the entries' tests read them: none of these is about the writer's own risk.
NOT_A_CRISIS = [
    "Plain notes: the salary band looks fair and the team is small.",
    "I'm not suicidal, just tired of waiting.",
    "I don't want to die, I want this job.",
    "My friend wants to die and I'm scared for her.",
    "This commute is killing me.",
    "I would die for a coffee before the interview.",
]


@dataclass(frozen=True)
class Kind:
    """One kind of text: make a thing holding ``text``, and change its text."""

    name: str
    create: Callable[[Workspace, str], str]
    change: Callable[[Workspace, str, str], None]


def _opening_note(space: Workspace, text: str) -> str:
    return space.jobs.openings.add("Designer", "Acme", note=text).id


def _opening_role(space: Workspace, text: str) -> str:
    return space.jobs.openings.add(text or "Designer", "Acme").id


def _person(space: Workspace, text: str) -> str:
    return space.jobs.people.add("Sam", how_we_met=text).id


def _contact(space: Workspace, text: str) -> str:
    return space.contacts.add("Sam", "07700 900123", text).id


def _plan(space: Workspace, text: str) -> str:
    space.safety_plan.save(SafetyPlan(warning_signs=text, reasons_for_living="My sister."))
    return ""


KINDS = [
    Kind(
        "opening note",
        _opening_note,
        lambda space, id_, text: space.jobs.openings.edit(id_, note=text) and None,
    ),
    Kind(
        "opening role",
        _opening_role,
        lambda space, id_, text: space.jobs.openings.edit(id_, role=text) and None,
    ),
    Kind(
        "person how we met",
        _person,
        lambda space, id_, text: space.jobs.people.edit(id_, how_we_met=text) and None,
    ),
    Kind(
        "contact note",
        _contact,
        lambda space, id_, text: space.contacts.update(id_, note=text) and None,
    ),
    Kind("safety plan step", _plan, lambda space, _id, text: _plan(space, text) and None),
]


@pytest.fixture(params=KINDS, ids=[kind.name for kind in KINDS])
def kind(request: pytest.FixtureRequest) -> Kind:
    result: Kind = request.param
    return result


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(NOW)


@pytest.fixture
def space(vault: Vault, clock: ManualClock) -> Workspace:
    return Workspace.open(vault, clock)


def crisis_prompts(space: Workspace) -> list[ShownPrompt]:
    return [shown for shown in space.watcher.history() if shown.prompt.kind == CRISIS]


def test_saving_crisis_words_raises_exactly_one_crisis_prompt(space: Workspace, kind: Kind) -> None:
    heard: list[ShownPrompt] = []
    space.crisis_text.listen(heard.append)
    thing = kind.create(space, CALM)
    assert crisis_prompts(space) == []

    kind.change(space, thing, f"{CALM} {CRISIS_WORDS}")

    (shown,) = crisis_prompts(space)
    assert heard == [shown]
    assert shown.response is None  # kept for the window to show
    assert shown.shown_at == NOW
    assert shown.prompt.day == NOW.date()
    assert shown.prompt.summary == default_wording().crisis_summary()
    (evidence,) = shown.prompt.evidence
    assert evidence.signal == CRISIS
    assert "cut myself" in (evidence.phrase or "")
    assert space.watcher.waiting_crisis_prompts() == [shown]


def test_a_new_thing_written_with_crisis_words_raises_one_prompt(
    space: Workspace, kind: Kind
) -> None:
    kind.create(space, CRISIS_WORDS)
    assert len(crisis_prompts(space)) == 1


def test_saving_again_without_new_crisis_words_raises_none(
    space: Workspace, kind: Kind, clock: ManualClock
) -> None:
    thing = kind.create(space, CRISIS_WORDS)
    assert len(crisis_prompts(space)) == 1

    clock.advance(minutes=5)
    kind.change(space, thing, f"{CRISIS_WORDS} Then I called the recruiter back.")
    clock.advance(days=1)
    kind.change(space, thing, f"{CRISIS_WORDS}  Then I called the recruiter back!")

    assert len(crisis_prompts(space)) == 1


def test_adding_other_crisis_words_raises_a_new_prompt(
    space: Workspace, kind: Kind, clock: ManualClock
) -> None:
    thing = kind.create(space, CRISIS_WORDS)
    clock.advance(hours=1)

    kind.change(space, thing, f"{CRISIS_WORDS} {OTHER_CRISIS_WORDS}")

    prompts = crisis_prompts(space)
    assert len(prompts) == 2
    newest = prompts[0]  # history is newest first
    phrases = " ".join(item.phrase or "" for item in newest.prompt.evidence)
    assert "cut myself" not in phrases  # only the new words are its evidence
    assert "nobody would notice" in phrases.casefold()


def test_writing_the_same_crisis_words_a_second_time_raises_a_new_prompt(
    space: Workspace, kind: Kind
) -> None:
    thing = kind.create(space, CRISIS_WORDS)

    kind.change(space, thing, f"{CRISIS_WORDS}\n{CRISIS_WORDS}")

    assert len(crisis_prompts(space)) == 2


@pytest.mark.parametrize("text", NOT_A_CRISIS)
def test_text_the_crisis_reader_sets_aside_raises_none(
    space: Workspace, kind: Kind, text: str
) -> None:
    thing = kind.create(space, text)
    kind.change(space, thing, f"{text} Still applying.")

    assert crisis_prompts(space) == []


def test_with_crisis_prompts_turned_off_none_is_raised(space: Workspace, kind: Kind) -> None:
    space.watcher.turn_off(CRISIS)
    thing = kind.create(space, CALM)
    kind.change(space, thing, CRISIS_WORDS)

    assert crisis_prompts(space) == []


def test_with_the_watcher_turned_off_none_is_raised(space: Workspace, kind: Kind) -> None:
    space.watcher.set_enabled(False)
    kind.create(space, CRISIS_WORDS)

    assert crisis_prompts(space) == []


def test_quoted_crisis_words_are_still_read_as_in_entries(space: Workspace, kind: Kind) -> None:
    kind.create(space, "I keep thinking 'I want to die'.")
    assert len(crisis_prompts(space)) == 1


def test_words_of_a_closed_or_moved_opening_are_not_read_again(space: Workspace) -> None:
    from app.core.jobsearch.model import Stage

    opening = space.jobs.openings.add("Designer", "Acme", note=CRISIS_WORDS)
    space.jobs.move_opening(opening.id, Stage.APPLIED)
    space.jobs.openings.edit(opening.id, organisation="Acme Ltd")

    assert len(crisis_prompts(space)) == 1


def test_undo_of_a_deleted_opening_does_not_raise_its_words_again(space: Workspace) -> None:
    from app.core.jobsearch.undo_delete import delete_keeping_a_copy, put_back

    opening = space.jobs.openings.add("Designer", "Acme", note=CRISIS_WORDS)
    put_back(space.jobs, delete_keeping_a_copy(space.jobs, opening.id))

    assert len(crisis_prompts(space)) == 1


def test_a_safety_plan_saved_with_the_same_words_raises_nothing_more(
    space: Workspace,
) -> None:
    plan = SafetyPlan(warning_signs=CRISIS_WORDS)
    space.safety_plan.save(plan)
    space.safety_plan.save(plan)
    space.safety_plan.save(plan.with_steps(coping_on_my_own="A walk round the block."))

    assert len(crisis_prompts(space)) == 1


def test_crisis_words_moved_to_another_field_are_read_there_as_new(space: Workspace) -> None:
    # Each field is a text of its own, as each entry is: a false alarm costs one click.
    opening = space.jobs.openings.add("Designer", "Acme", note=CRISIS_WORDS)
    space.jobs.openings.edit(opening.id, role=CRISIS_WORDS, note="")

    assert len(crisis_prompts(space)) == 2
