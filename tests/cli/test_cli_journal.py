"""`tend add`, `list`, `show` and `search` as separate processes, the way scripts use them."""

from __future__ import annotations

import json

import pytest

from tests.support.cli import PASSPHRASE, tend


def run(cli_journal, *args, stdin=PASSPHRASE + "\n"):
    return tend(
        *args, "--passphrase-stdin", data_dir=cli_journal.data_dir, stdin=stdin, env=cli_journal.env
    )


def listed_ids(result):
    assert result.returncode == 0, result.stderr
    return [item["id"] for item in json.loads(result.stdout)]


def test_list_is_newest_first_and_leaves_out_the_trash(cli_journal):
    ids = cli_journal.ids
    result = run(cli_journal, "list", "--json")
    assert listed_ids(result) == [ids["walk"], ids["interview"], ids["spring"], ids["winter"]]
    assert result.stderr == ""


def test_list_plain_shows_id_title_and_tags(cli_journal):
    result = run(cli_journal, "list")
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert len(lines) == 4
    assert cli_journal.ids["interview"] in lines[1]
    assert "Interview prep" in lines[1]
    assert lines[1].endswith("#work")
    assert "Long walk by the river." in lines[0]  # no title: the first line stands in


def test_list_filters_by_tag(cli_journal):
    ids = cli_journal.ids
    assert listed_ids(run(cli_journal, "list", "--json", "--tag", "WORK")) == [
        ids["interview"],
        ids["spring"],
    ]
    assert listed_ids(run(cli_journal, "list", "--json", "--tag", "#walk")) == [ids["walk"]]


def test_list_filters_by_local_day(cli_journal):
    ids = cli_journal.ids
    # Written at 23:30 on 15 January at UTC-5 (04:30 UTC on the 16th): it belongs to the 15th.
    on_the_day = run(
        cli_journal, "list", "--json", "--since", "2023-01-15", "--until", "2023-01-15"
    )
    assert listed_ids(on_the_day) == [ids["winter"]]
    assert listed_ids(
        run(cli_journal, "list", "--json", "--since", "2023-01-16", "--until", "2023-12-31")
    ) == [ids["spring"]]


def test_list_trash_shows_only_the_trash(cli_journal):
    assert listed_ids(run(cli_journal, "list", "--json", "--trash")) == [cli_journal.ids["trashed"]]


def test_list_limit(cli_journal):
    assert len(listed_ids(run(cli_journal, "list", "--json", "--limit", "2"))) == 2


def test_show_prints_the_whole_entry(cli_journal):
    result = run(cli_journal, "show", cli_journal.ids["walk"])
    assert result.returncode == 0, result.stderr
    assert "Long walk by the river.\nFelt calmer." in result.stdout
    assert "Tags: Walk" in result.stdout


def test_show_accepts_a_unique_id_prefix(cli_journal):
    entry_id = cli_journal.ids["interview"]
    result = run(cli_journal, "show", entry_id[:8], "--json")
    assert result.returncode == 0, result.stderr
    shown = json.loads(result.stdout)
    assert shown["id"] == entry_id
    assert shown["title"] == "Interview prep"
    assert shown["body"] == "Practised answers for the panel interview. Felt ready."
    assert shown["tags"] == ["work"]


def test_show_refuses_a_too_short_prefix(cli_journal):
    result = run(cli_journal, "show", cli_journal.ids["walk"][:4])
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "tend: Please give at least 6 characters of the entry's id (`tend list` shows them)."
    ]


def test_show_of_an_unknown_id_says_so(cli_journal):
    result = run(cli_journal, "show", "ffffffff-ffff")
    assert result.returncode == 1
    assert len(result.stderr.splitlines()) == 1
    assert "No entry's id starts with ffffffff-ffff" in result.stderr


def test_search_prints_snippets_with_the_match_marked(cli_journal):
    result = run(cli_journal, "search", "panel")
    assert result.returncode == 0, result.stderr
    first, snippet = result.stdout.splitlines()
    assert cli_journal.ids["interview"] in first
    assert "Interview prep" in first
    assert "**panel**" in snippet


def test_search_json_has_ids_snippets_and_ranks(cli_journal):
    result = run(cli_journal, "search", "felt", "--json")
    hits = json.loads(result.stdout)
    assert {hit["id"] for hit in hits} == {cli_journal.ids["interview"], cli_journal.ids["walk"]}
    assert all("**Felt**" in hit["snippet"] for hit in hits)
    assert all(isinstance(hit["rank"], float) for hit in hits)


def test_search_with_no_match_says_so(cli_journal):
    result = run(cli_journal, "search", "zebra")
    assert result.returncode == 0
    assert result.stdout.strip() == "No entries match."


def test_search_with_a_broken_query_explains(cli_journal):
    result = run(cli_journal, "search", '"panel interview')
    assert result.returncode == 1
    assert len(result.stderr.splitlines()) == 1
    assert "quote mark is missing its partner" in result.stderr


@pytest.mark.parametrize(
    "args",
    [("list", "--since", "yesterday"), ("list", "--limit", "0"), ("show",), ("search",)],
)
def test_usage_mistakes_exit_1_with_one_line(cli_journal, args):
    result = run(cli_journal, *args)
    assert result.returncode == 1
    assert len(result.stderr.splitlines()) == 1
    assert result.stderr.startswith("tend")
