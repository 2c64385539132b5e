"""The "settings" section: personal settings kept inside the vault (key and JSON value).

Settings carry no edit times, so a merge adds the keys the journal lacks and keeps the
journal's own value for the rest; a new vault simply receives them all.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from app.core.backup import validate as v
from app.core.backup.sections.base import MergeContext, SectionChanges
from app.core.db.tables import SettingRow
from app.core.progress import report

MAX_SETTINGS = 10_000
MAX_KEY = 100
MAX_VALUE_CHARS = 1_000_000


@dataclass(frozen=True)
class Setting:
    key: str
    value: Any  # any JSON value


class SettingsSection:
    name = "settings"
    version = 1
    label = "settings"

    def count(self, session: Session) -> int:
        return int(session.scalar(select(func.count()).select_from(SettingRow)) or 0)

    def dump(self, session: Session) -> Iterator[dict[str, Any]]:
        for key, text in session.execute(
            select(SettingRow.key, SettingRow.value).order_by(SettingRow.key)
        ):
            yield {"key": key, "value": _decode(text)}

    def fingerprint(self, session: Session) -> bytes:
        digest = hashlib.sha256()
        for key, text in session.execute(
            select(SettingRow.key, SettingRow.value).order_by(SettingRow.key)
        ):
            digest.update(json.dumps([key, text]).encode())
        return digest.digest()

    def parse(self, items: list[Any], path: str) -> Sequence[Setting]:
        v.expect_list(items, path, MAX_SETTINGS)
        seen: set[str] = set()
        settings = []
        for index, item in enumerate(items):
            where = f"{path}[{index}]"
            obj = v.expect_object(item, where, ("key", "value"))
            key = v.expect_str(obj["key"], f"{where}.key", MAX_KEY, allow_empty=False)
            if key in seen:
                raise v.fail(f"{where}.key", "this key appears twice in the backup")
            seen.add(key)
            if len(_encode(obj["value"])) > MAX_VALUE_CHARS:
                raise v.fail(f"{where}.value", f"longer than {MAX_VALUE_CHARS:,} characters")
            settings.append(Setting(key, obj["value"]))
        return settings

    def check_links(self, records: Mapping[str, Sequence[Any]], path: str) -> None:
        """Settings link to nothing else."""

    def merge(
        self, session: Session, records: Sequence[Setting], context: MergeContext
    ) -> SectionChanges:
        rows = session.execute(select(SettingRow.key, SettingRow.value))
        current = {key: text for key, text in rows}
        added: list[dict[str, str]] = []
        unchanged = kept = 0
        for setting in records:
            if setting.key not in current:
                added.append({"key": setting.key, "value": _encode(setting.value)})
            elif _decode(current[setting.key]) == setting.value:
                unchanged += 1
            else:
                kept += 1
        if context.apply and added:
            session.execute(insert(cast(Table, SettingRow.__table__)), added)
        report(context.progress, len(records), len(records))
        return SectionChanges(
            self.name, self.label, added=len(added), unchanged=unchanged, kept_current=kept
        )


def _encode(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _decode(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        return text  # not JSON: kept as the text it is
