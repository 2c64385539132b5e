"""Reading words in context: negation, other people, hypotheticals, idioms, crisis."""

from __future__ import annotations

import pytest

from app.core.watcher.lexicon import default_lexicon
from app.core.watcher.phrases import read_text
from tests.core.watcher.builders import source


def signals(text: str) -> list[tuple[str, str]]:
    return [(m.category, m.phrase) for m in read_text(source(text), default_lexicon()).signals]


def crisis(text: str) -> list[str]:
    return [m.phrase for m in read_text(source(text), default_lexicon()).crisis]


@pytest.mark.parametrize(
    ("text", "signal", "phrase"),
    [
        ("I'm exhausted.", "low_energy", "exhausted"),
        ("Honestly, I have no energy.", "low_energy", "no energy"),
        ("I've never felt so drained.", "low_energy", "drained"),
        ("I don't know why I'm so exhausted.", "low_energy", "exhausted"),
        ("I'd lost interest in everything by noon.", "loss_of_interest", "lost interest"),
        ("I don't enjoy running anymore.", "loss_of_interest", "don't enjoy running anymore"),
        ("Nothing feels fun.", "loss_of_interest", "Nothing feels fun"),
        ("Can’t be bothered with anything.", "loss_of_interest", "Can’t be bothered"),
        ("I can't concentrate on anything.", "lack_of_focus", "can't concentrate"),
        ("Mind keeps wandering in interviews.", "lack_of_focus", "Mind keeps wandering"),
        ("Feeling down after another rejection.", "low_mood", "Feeling down"),
        ("The kids exhausted me.", "low_energy", "exhausted"),
        ("EXHAUSTED.", "low_energy", "EXHAUSTED"),
    ],
)
def test_the_writers_own_words_are_a_signal(text: str, signal: str, phrase: str) -> None:
    assert (signal, phrase) in signals(text)


@pytest.mark.parametrize(
    "text",
    [
        "Not tired at all today.",
        "I'm no longer exhausted.",
        "I've never felt so energised.",
        "I don't feel drained anymore.",
        "I didn't lose interest in the course.",
        "I used to be exhausted all the time.",
        "Not feeling down today.",
    ],
)
def test_negated_words_are_not_a_signal(text: str) -> None:
    assert signals(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "My sister has no energy.",
        "He lost interest in the game.",
        "Talked to Mum, she's exhausted.",
        "Sam has no energy these days.",
        "My flatmate can't focus on her thesis.",
        "You lose interest after so many rejections.",
        "They seem so tired lately.",
    ],
)
def test_other_peoples_words_are_not_a_signal(text: str) -> None:
    assert signals(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "I was afraid I'd lose interest.",
        "If I get tired, I'll rest.",
        "I worry I might burn out.",
        "What if I can't focus in the interview?",
        "I'll be exhausted tomorrow.",
    ],
)
def test_hypothetical_words_are_not_a_signal(text: str) -> None:
    assert signals(text) == []


@pytest.mark.parametrize(
    "text",
    ["I'm hopeless at cooking.", "I drained the pasta.", "We exhausted every option."],
)
def test_everyday_uses_of_lexicon_words_are_not_a_signal(text: str) -> None:
    assert signals(text) == []


def test_a_clause_break_limits_negation() -> None:
    assert signals("I'm not sick, but I'm exhausted.") == [("low_energy", "exhausted")]


def test_the_nearest_person_decides_who_the_words_are_about() -> None:
    assert signals("My sister says I have no energy.") == [("low_energy", "no energy")]
    assert signals("I think he lost interest.") == []


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("I want to die.", "want to die"),
        ("Everyone would be better off without me.", "better off without me"),
        ("I keep thinking about ending my life.", "thinking about ending my life"),
        ("I keep thinking about hurting myself.", "thinking about hurting myself"),
        ("There's no reason to live anymore.", "no reason to live"),
        ("I wish I was dead.", "wish I was dead"),
        ("I'm afraid I'll hurt myself.", "hurt myself"),
        ("Honestly I don't want to be alive anymore.", "don't want to be alive"),
        ("I'm not going to kill myself, but I think about it.", "going to kill myself"),
        ("I'd die for a coffee. I want to die.", "want to die"),
    ],
)
def test_crisis_words_are_found(text: str, phrase: str) -> None:
    assert crisis(text) == [phrase]


@pytest.mark.parametrize(
    "text",
    [
        "I'd die for a coffee.",
        "I killed it in the interview.",
        "This commute is killing me.",
        "Dying to hear back from them.",
        "The cake was to die for.",
        "Killing time before the call.",
        "I killed myself laughing at that.",
        "I'd rather die than go to that meeting.",
        "I hurt myself playing football.",
        "I cut myself shaving.",
        "Bored to death in the training.",
    ],
)
def test_idioms_are_not_crisis_words(text: str) -> None:
    assert crisis(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "I don't want to die.",
        "I'm not suicidal.",
        "I would never hurt myself.",
        "I no longer want to die.",
    ],
)
def test_plain_negations_of_crisis_words_do_not_count(text: str) -> None:
    assert crisis(text) == []


def test_other_peoples_crisis_words_do_not_count() -> None:
    assert crisis("My friend said she wants to die.") == []
    assert crisis("He's better off dead, that dog.") == []


def test_crisis_words_from_others_about_me_count() -> None:
    assert crisis("He told me to kill myself.") == ["kill myself"]
