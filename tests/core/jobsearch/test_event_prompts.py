"""A stage change brings the matching prompts, in order: grief before feedback."""

from __future__ import annotations

from app.core.jobsearch import Stage
from app.core.jobsearch.event_prompts import list_names, prompt_ids_for, prompts_for
from app.core.prompts.library import PromptLibrary


def test_every_event_prompt_is_in_the_library() -> None:
    library = PromptLibrary.load()
    for name in [*Stage, *list_names()]:
        for prompt_id in prompt_ids_for(name):
            assert library.get(prompt_id).id == prompt_id


def test_an_interview_still_to_come_brings_preparing_and_no_looking_back() -> None:
    ids = [prompt.id for prompt in prompts_for(PromptLibrary.load(), "interviewing_ahead")]

    assert ids[0] == "before-the-interview"
    assert not set(ids) & set(prompt_ids_for(Stage.INTERVIEWING))


def test_after_a_no_grief_comes_before_feedback() -> None:
    ids = [prompt.id for prompt in prompts_for(PromptLibrary.load(), Stage.NO)]

    assert ids[:2] == ["name-the-feeling", "let-yourself-grieve"]
    assert ids.index("let-yourself-grieve") < ids.index("ask-for-a-short-chat")
    assert ids.index("business-not-personal") < ids.index("still-interested-reply")


def test_an_interview_brings_what_went_well_first_and_leaves_the_thank_you_to_its_card() -> None:
    ids = [prompt.id for prompt in prompts_for(PromptLibrary.load(), Stage.INTERVIEWING)]

    assert ids[0] == "interview-went-well"
    # The two days the prompt card follows an interview are the days Home's follow-up
    # card offers the thank-you note; the card must not say it a second time.
    assert "thank-you-note" in ids and "thank-you-note" not in ids[:2]


def test_the_seed_advice_is_in_the_library() -> None:
    library = PromptLibrary.load()

    assert "refer" in library.get("reach-someone-inside").text
    assert "in writing" in library.get("not-yours-until-writing").text
    assert library.get("steps-when-lost").has_tag("looking-ahead")
    assert [p.id for p in prompts_for(library, Stage.VERBAL_OFFER)] == ["not-yours-until-writing"]
