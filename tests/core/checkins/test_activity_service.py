"""Activities: the defaults, and renaming, hiding, adding and reordering them."""

from __future__ import annotations

import pytest

from app.core.checkins import REJECTION_KEY, ActivityService, CheckInService, CheckInValues
from app.core.errors import NotFoundError, UsageError


def _group_id(activities: ActivityService, name: str) -> str:
    return next(group.id for group in activities.list_grouped() if group.name == name)


def test_defaults_come_grouped_for_a_job_search(activities: ActivityService) -> None:
    grouped = {
        group.name: [activity.name for activity in group.activities]
        for group in activities.list_grouped()
    }
    assert grouped == {
        "Job search": ["Applied for a job", "Interview", "Heard back", "Rejection", "Networking"],
        "Self-care": ["Exercise", "Time outside", "Slept well", "Hobby"],
        "People": ["Friends", "Family"],
    }


def test_rename_keeps_the_id_and_the_builtin_meaning(activities: ActivityService) -> None:
    rejection = activities.with_key(REJECTION_KEY)
    assert rejection is not None
    renamed = activities.rename(rejection.id, "Got a no")
    assert renamed.id == rejection.id and renamed.name == "Got a no"
    found = activities.with_key(REJECTION_KEY)
    assert found is not None and found.name == "Got a no"


def test_names_are_unique_without_regard_to_case(activities: ActivityService) -> None:
    group_id = _group_id(activities, "Self-care")
    with pytest.raises(UsageError, match="already an activity"):
        activities.add("exercise", group_id)
    with pytest.raises(UsageError, match="needs a name"):
        activities.add("   ", group_id)
    interview = activities.all()[1]
    # Renaming to its own name in other capitals is allowed.
    assert activities.rename(interview.id, "INTERVIEW").name == "INTERVIEW"


def test_hidden_activities_leave_the_list_but_keep_past_checkins(
    activities: ActivityService, checkins: CheckInService
) -> None:
    hobby = next(a for a in activities.all() if a.name == "Hobby")
    saved = checkins.create(CheckInValues(mood=4, activity_ids=(hobby.id,)))
    activities.set_hidden(hobby.id, True)
    assert "Hobby" not in [a.name for a in activities.all(include_hidden=False)]
    assert "Hobby" in [a.name for a in activities.all(include_hidden=True)]
    assert checkins.get(saved.id).activities == ("Hobby",)
    activities.set_hidden(hobby.id, False)
    assert "Hobby" in [a.name for a in activities.all(include_hidden=False)]


def test_added_activity_goes_last_in_its_group(activities: ActivityService) -> None:
    group_id = _group_id(activities, "People")
    added = activities.add("  Support   group ", group_id)
    assert added.name == "Support group"
    people = next(g for g in activities.list_grouped() if g.id == group_id)
    assert [a.name for a in people.activities] == ["Friends", "Family", "Support group"]


def test_reorder_and_reorder_groups(activities: ActivityService) -> None:
    group_id = _group_id(activities, "People")
    friends, family = next(g for g in activities.list_grouped() if g.id == group_id).activities
    activities.reorder(group_id, [family.id, friends.id])
    people = next(g for g in activities.list_grouped() if g.id == group_id)
    assert [a.name for a in people.activities] == ["Family", "Friends"]
    with pytest.raises(UsageError, match="each once"):
        activities.reorder(group_id, [family.id])

    ids = [g.id for g in activities.list_grouped()]
    activities.reorder_groups(list(reversed(ids)))
    assert [g.name for g in activities.list_grouped()] == ["People", "Self-care", "Job search"]


def test_groups_can_be_added_renamed_and_filled(activities: ActivityService) -> None:
    group = activities.add_group("Learning")
    assert activities.rename_group(group.id, "Study").name == "Study"
    with pytest.raises(UsageError, match="already a group"):
        activities.add_group("people")
    course = activities.add("Online course", group.id)
    moved = activities.move(course.id, _group_id(activities, "Self-care"))
    assert moved.group_id == _group_id(activities, "Self-care")
    assert [g.name for g in activities.list_grouped()][-1] == "Study"


def test_resolve_names_ignores_case_and_refuses_unknown(activities: ActivityService) -> None:
    ids = activities.resolve_names(["time OUTSIDE", "Friends", "friends"])
    assert [activities.get(i).name for i in ids] == ["Time outside", "Friends"]
    with pytest.raises(UsageError, match="didn't match"):
        activities.resolve_names(["Exercise", "Skydiving"])


def test_unknown_ids_are_not_found(activities: ActivityService) -> None:
    with pytest.raises(NotFoundError):
        activities.rename("nope", "x")
    with pytest.raises(NotFoundError):
        activities.add("x", "no-group")
