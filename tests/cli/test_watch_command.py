"""`tend watch --replay FILE`: JSON Lines in, one prompt per line out, no vault needed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli.runner import run

CASES = Path(__file__).resolve().parents[1] / "watcher_eval" / "cases"


def test_replay_prints_one_json_prompt_per_line_in_date_order(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = run(["watch", "--replay", str(CASES / "crisis_during_cooldown.jsonl")])
    out = capsys.readouterr().out.splitlines()
    prompts = [json.loads(line) for line in out]
    assert code == 0
    assert [(p["date"], p["kind"]) for p in prompts[:2]] == [
        ("2026-03-10", "support"),
        ("2026-03-12", "crisis"),
    ]
    assert all(set(p) == {"date", "kind", "signals", "summary", "evidence"} for p in prompts)
    assert prompts[0]["signals"] == ["low_energy"]
    assert prompts[0]["summary"].startswith("You've noted low energy on 10 of the last 14 days.")
    assert [p["date"] for p in prompts] == sorted(p["date"] for p in prompts)


def test_replay_evidence_names_the_line_and_the_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    history = tmp_path / "h.jsonl"
    history.write_text(
        '{"type": "entry", "at": "2026-03-01T21:00", "title": "", "body": "I want to die."}\n'
    )
    assert run(["watch", "--replay", str(history)]) == 0
    prompt = json.loads(capsys.readouterr().out)
    assert prompt["kind"] == "crisis"
    assert prompt["evidence"] == [
        {
            "date": "2026-03-01",
            "signal": "crisis",
            "source": "entry",
            "ids": ["line-1"],
            "phrase": "want to die",
        }
    ]


def test_a_malformed_line_is_reported_by_number_and_nothing_is_printed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = (CASES / "sustained_low_energy.jsonl").read_text().splitlines()
    broken = [*good[:5], '{"type": "checkin", "at": "2026-03-09T20:00", "energy": 9}', *good[5:]]
    history = tmp_path / "broken.jsonl"
    history.write_text("\n".join(broken) + "\n")
    code = run(["watch", "--replay", str(history)])
    captured = capsys.readouterr()
    assert code == 1
    assert captured.out == ""
    assert "line 6" in captured.err
    assert "energy" in captured.err


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ("not json", "not valid JSON"),
        ("[1, 2]", "one JSON object"),
        ('{"type": "mood", "at": "2026-03-01T10:00"}', '"type"'),
        ('{"type": "entry", "at": "yesterday", "body": "x"}', '"at"'),
        ('{"type": "entry", "at": "2026-03-01T10:00"}', '"body"'),
        ('{"type": "checkin", "at": "2026-03-01T10:00", "mood": true}', '"mood"'),
        ('{"type": "checkin", "at": "2026-03-01T10:00", "focus": 2.5}', '"focus"'),
        ('{"type": "checkin", "at": "2026-03-01T10:00", "activities": "run"}', '"activities"'),
        ('{"type": "phq9", "at": "2026-03-01T10:00", "score": 28}', '"score"'),
        ('{"type": "phq9", "at": "2026-03-01T10:00"}', '"score"'),
    ],
)
def test_each_kind_of_malformed_line_names_its_problem(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], line: str, problem: str
) -> None:
    history = tmp_path / "h.jsonl"
    history.write_text('{"type": "entry", "at": "2026-03-01T09:00", "body": "ok"}\n\n' + line)
    assert run(["watch", "--replay", str(history)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "line 3" in captured.err
    assert problem in captured.err


def test_error_messages_never_quote_the_journal_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    history = tmp_path / "h.jsonl"
    history.write_text('{"type": "entry", "at": "soon", "body": "my secret words"}\n')
    assert run(["watch", "--replay", str(history)]) == 1
    assert "secret" not in capsys.readouterr().err


def test_a_missing_file_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["watch", "--replay", str(tmp_path / "nope.jsonl")]) == 1
    assert "no file" in capsys.readouterr().err


def test_an_empty_history_prints_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    history = tmp_path / "h.jsonl"
    history.write_text("\n")
    assert run(["watch", "--replay", str(history)]) == 0
    assert capsys.readouterr().out == ""


def test_replay_needs_no_vault(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    assert run(["watch", "--data-dir", str(data), "--replay", str(CASES / "idioms.jsonl")]) == 0
    assert not data.exists()


def test_replay_prints_an_escalated_prompt_with_its_reasons_and_the_phq9_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert run(["watch", "--replay", str(CASES / "phq9_ten_or_more.jsonl")]) == 0
    prompts = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    first = prompts[0]
    assert first["escalated"] is True
    assert first["reasons"] == ["recent_phq9_score"]
    assert "doctor or a counsellor" in first["summary"]
    reason = first["evidence"][-1]
    assert reason["signal"] == "recent_phq9_score" and reason["score"] == 14
    assert reason["source"] == "questionnaire"
