"""Guided prompts: a library in resources/, a prompt of the day, and browsing by tag."""

from app.core.prompts.choosing import Moment, browse, prompt_of_the_day
from app.core.prompts.library import Prompt, PromptLibrary, PromptLibraryError
from app.core.prompts.moment import moment_of_day

__all__ = [
    "Moment",
    "Prompt",
    "PromptLibrary",
    "PromptLibraryError",
    "browse",
    "moment_of_day",
    "prompt_of_the_day",
]
