"""The guided-prompt library: loaded from app/resources/prompts/prompts.json and checked whole.

A broken library file is a packaging bug, not something the person did, so it raises
PromptLibraryError with the exact problem rather than a gentle message.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.core.resources import resource_path

FORMAT_VERSION = 1
MAX_TEXT_LENGTH = 400
DAILY_TAG = "daily"
REJECTION_TAG = "rejection"
_ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


class PromptLibraryError(ValueError):
    """The prompt library file is missing or malformed."""


@dataclass(frozen=True)
class Prompt:
    id: str
    text: str
    tags: tuple[str, ...]

    def has_tag(self, tag: str) -> bool:
        return tag in self.tags


@dataclass(frozen=True)
class PromptLibrary:
    prompts: tuple[Prompt, ...]
    tag_labels: dict[str, str]  # tag -> words to show, in display order

    @classmethod
    def load(cls, path: Path | None = None) -> PromptLibrary:
        source = path or resource_path("prompts", "prompts.json")
        try:
            data = json.loads(source.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            raise PromptLibraryError(f"cannot read {source.name}: {error}") from error
        return cls.from_data(data)

    @classmethod
    def from_data(cls, data: Any) -> PromptLibrary:
        if not isinstance(data, dict) or data.get("version") != FORMAT_VERSION:
            raise PromptLibraryError(f"expected an object with version {FORMAT_VERSION}")
        tags = data.get("tags")
        if not isinstance(tags, dict) or not all(
            isinstance(k, str) and isinstance(v, str) and v.strip() for k, v in tags.items()
        ):
            raise PromptLibraryError("'tags' must map each tag to the words shown for it")
        items = data.get("prompts")
        if not isinstance(items, list) or not items:
            raise PromptLibraryError("'prompts' must be a non-empty list")
        prompts = tuple(_prompt(item, index, tags) for index, item in enumerate(items))
        ids = [prompt.id for prompt in prompts]
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        if duplicates:
            raise PromptLibraryError(f"duplicate prompt ids: {', '.join(duplicates)}")
        library = cls(prompts=prompts, tag_labels=dict(tags))
        if len(library.with_tag(DAILY_TAG)) < 3:
            raise PromptLibraryError("at least 3 prompts need the 'daily' tag to rotate")
        return library

    def get(self, prompt_id: str) -> Prompt:
        for prompt in self.prompts:
            if prompt.id == prompt_id:
                return prompt
        raise KeyError(prompt_id)

    def with_tag(self, tag: str) -> tuple[Prompt, ...]:
        return tuple(prompt for prompt in self.prompts if prompt.has_tag(tag))

    def tags(self) -> list[tuple[str, str]]:
        """(tag, label) pairs for tags that at least one prompt uses, in the file's order."""
        used = {tag for prompt in self.prompts for tag in prompt.tags}
        return [(tag, label) for tag, label in self.tag_labels.items() if tag in used]


def _prompt(item: Any, index: int, known_tags: dict[str, str]) -> Prompt:
    where = f"prompt {index + 1}"
    if not isinstance(item, dict):
        raise PromptLibraryError(f"{where} must be an object")
    prompt_id, text, tags = item.get("id"), item.get("text"), item.get("tags")
    if not isinstance(prompt_id, str) or not _ID_PATTERN.match(prompt_id):
        raise PromptLibraryError(f"{where} needs an id of lower-case words joined by '-'")
    where = f"prompt {prompt_id!r}"
    if not isinstance(text, str) or not text.strip():
        raise PromptLibraryError(f"{where} needs its text")
    if len(text) > MAX_TEXT_LENGTH:
        raise PromptLibraryError(f"{where} is longer than {MAX_TEXT_LENGTH} characters")
    if not isinstance(tags, list) or not tags or not all(isinstance(t, str) for t in tags):
        raise PromptLibraryError(f"{where} needs a list of tags")
    unknown = [tag for tag in tags if tag not in known_tags]
    if unknown:
        raise PromptLibraryError(f"{where} uses unknown tags: {', '.join(unknown)}")
    if len(set(tags)) != len(tags):
        raise PromptLibraryError(f"{where} repeats a tag")
    return Prompt(id=prompt_id, text=text.strip(), tags=tuple(tags))
