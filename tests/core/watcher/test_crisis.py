"""How crisis words are read: generalised phrasing, narrow exclusions, risk first."""

from __future__ import annotations

import copy

import pytest

from app.core.resources import load_json
from app.core.watcher.lexicon import LexiconError, build_lexicon, default_lexicon
from app.core.watcher.phrases import read_text
from tests.core.watcher.builders import source


def crisis(text: str) -> list[str]:
    return [m.phrase for m in read_text(source(text), default_lexicon()).crisis]


@pytest.mark.parametrize(
    "text",
    [
        "I don\u2019t want to live anymore.",
        "i dont want to be alive",
        "im going to kill myself",
        "I WANT TO DIE",
        "i want to dieeee",
        "im sooo done with living",
        "I really just honestly want to die",
        "i want to die i cant do this no one would even notice",
        "Cut myself again last night",
    ],
)
def test_spelling_case_and_words_in_between_do_not_hide_crisis_words(text: str) -> None:
    assert crisis(text)


def test_the_matched_words_are_kept_as_written() -> None:
    assert crisis("Last night I Cut Myself on the wrist.") == ["I Cut Myself"]


def test_a_risk_reading_wins_over_a_topic_in_the_same_sentence() -> None:
    assert crisis("I read a book on suicide prevention.") == []
    assert crisis("I read a book on suicide prevention because I want to die.") == ["want to die"]


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("I cut myself shaving.", False),
        ("I burned my hand on the kettle.", False),
        ("I cut myself shaving again.", True),
        ("I burned myself cooking, on purpose.", True),
        ("I scratched my arm gardening until it bled.", True),
        ("I slipped and cut my wrist, and I wish it had been deeper.", True),
    ],
)
def test_an_injury_is_an_accident_only_with_a_marker_and_no_veto(text: str, counts: bool) -> None:
    assert bool(crisis(text)) is counts


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("He said 'I want to kill myself' as a joke", False),
        ("\u201cI want to die,\u201d she said, about the exam.", False),
        ('The caption said "kms" under a photo of homework.', False),
        ("I told her 'I want to die' and she hugged me.", True),
        ("I keep thinking \u2018I want to die\u2019 over and over.", True),
    ],
)
def test_quoted_words_are_excluded_only_when_someone_else_says_them(
    text: str, counts: bool
) -> None:
    assert bool(crisis(text)) is counts


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("My friend wants to die.", False),
        ("Sam wants to die and I don't know how to help.", False),
        ("In the film, the hero wants to die.", False),
        ("The narrator wants to die in chapter two.", False),
        ("My friend said I'd be better off dead.", True),
        ("Honestly wanted to die today.", True),
        ("In the film I watched tonight I realised I want to die.", True),
    ],
)
def test_other_people_and_fiction_are_theirs_but_words_about_me_are_mine(
    text: str, counts: bool
) -> None:
    assert bool(crisis(text)) is counts


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("I don't really want to die.", False),
        ("I'm not going to hurt myself, I promise.", False),
        ("I haven't self-harmed in two years.", False),
        ("I don't want to live anymore.", True),
        ("I'm not going to kill myself, but the thought keeps coming back.", True),
        ("It's not like anyone would care if I died.", True),
        ("I no longer want to live.", True),
    ],
)
def test_negation_is_narrow(text: str, counts: bool) -> None:
    assert bool(crisis(text)) is counts


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("I'd rather die than sing karaoke again.", False),
        ("I'd rather die than go on like this.", True),
        ("I'm going to end it with him tonight.", False),
        ("I'm going to end it tonight.", True),
        ("I want to disappear for a week on holiday.", False),
        ("I just want to disappear.", True),
        ("I'm tired of living out of boxes.", False),
        ("I'm tired of living.", True),
    ],
)
def test_an_idiom_is_excluded_only_when_it_is_all_there(text: str, counts: bool) -> None:
    assert bool(crisis(text)) is counts


def _docs() -> tuple[dict[str, object], dict[str, object]]:
    return copy.deepcopy(load_json("watcher", "lexicon.json")), copy.deepcopy(
        load_json("watcher", "crisis.json")
    )


def test_a_crisis_category_name_that_cannot_name_a_group_is_refused() -> None:
    signals, crisis_doc = _docs()
    crisis_doc["categories"]["Bad Name"] = {"phrases": ["x"]}  # type: ignore[index]
    with pytest.raises(LexiconError, match="Bad Name"):
        build_lexicon(signals, crisis_doc)


def test_an_exclusion_for_an_unknown_category_is_refused() -> None:
    signals, crisis_doc = _docs()
    crisis_doc["exclusions"]["accident"]["applies_to"].append("nope")  # type: ignore[index]
    with pytest.raises(LexiconError, match="nope"):
        build_lexicon(signals, crisis_doc)


def test_macros_that_refer_to_themselves_are_refused() -> None:
    signals, crisis_doc = _docs()
    crisis_doc["macros"]["loop"] = "{loop}"  # type: ignore[index]
    crisis_doc["categories"]["direct"]["phrases"].append("{loop} die")  # type: ignore[index]
    with pytest.raises(LexiconError, match="too deeply"):
        build_lexicon(signals, crisis_doc)


# The grammar, not a list: every wish or intent frame with every act, in both forms.
WISH_FRAMES = [
    "I want to {act}",
    "i wanna {act}",
    "Honestly I just want to {act}",
    "I wish I could {act}",
    "I'm going to {act}",
    "I've decided to {act}",
    "I plan to {act}",
    "Sometimes I think I should {act}",
]
THINKING_FRAMES = [
    "I keep thinking about {act}",
    "I can't stop thinking about {act}",
    "I feel like {act}",
    "Ive been considering {act}",
]
ACTS = [
    ("kill myself", "killing myself"),
    ("end my life", "ending my life"),
    ("end it all", "ending it all"),
    ("take my own life", "taking my own life"),
    ("stop existing", "not existing"),
    ("disappear forever", "disappearing forever"),
    ("hang myself", "hanging myself"),
    ("overdose", "overdosing"),
    ("jump off a bridge", "jumping off a bridge"),
    ("drown myself", "drowning myself"),
    ("cut myself", "cutting myself"),
    ("burn myself", "burning myself"),
]


def test_every_frame_with_every_act_raises_the_crisis_path() -> None:
    sentences = [frame.format(act=act) for frame in WISH_FRAMES for act, _ in ACTS] + [
        frame.format(act=gerund) for frame in THINKING_FRAMES for _, gerund in ACTS
    ]
    assert [sentence for sentence in sentences if not crisis(sentence)] == []


@pytest.mark.parametrize(
    "text",
    [
        "I've made up my mind, I'm doing it this weekend.",
        "I nearly went through with it on Sunday.",
        "Some days I hope I catch something and it's all over.",
        "What was the point of living through all that?",
        "If I died in my sleep I wouldn't care.",
        "Haven't eaten since Monday, on purpose.",
        "I swallowed a whole box of painkillers last spring.",
        "I've got a method and a place.",
        "I really don't want to be here next week.",
        "i just wanna dye tbh",
        "I can't imagine still being alive at forty.",
    ],
)
def test_plain_statements_of_plans_attempts_passive_wishes_and_harm_count(text: str) -> None:
    assert crisis(text)


@pytest.mark.parametrize(
    "text",
    [
        "I bought tablets for my migraines at the chemist.",
        "I tied a rope around the suitcases for the trip.",
        "The startup I interviewed with is dying.",
        "The party was dull, there was no point staying.",
        "I have a plan and a date for the move.",
        "I want to dye my hair blue before the interview.",
    ],
)
def test_means_on_everyday_errands_and_dying_things_stay_quiet(text: str) -> None:
    assert not crisis(text)
