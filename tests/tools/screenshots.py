"""Render Tend's windows to PNG files, to look at them (and for the README).

    python -m tests.tools.screenshots OUT_DIR [--dark] [--size 1280x800]

Runs the real windows offscreen (or on $DISPLAY under xvfb-run) on a throwaway data folder
filled with sample entries; nothing touches the real journal.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

SAMPLES = [
    (
        "After the final interview",
        "The call came at four. A form letter, really: *we decided "
        "to move forward with other candidates*.\n\nI'm disappointed. I liked the team and I "
        "thought the last round went well.\n\n- Send a thank-you note anyway\n- Ask for two or "
        "three things I could improve",
        ["job", "rejection"],
    ),
    (
        "Walk by the river",
        "Went out without my phone for an hour. The heron was back.",
        ["outside"],
    ),
    (
        "Coffee with Sam",
        "Sam knows someone at the library network. She'll introduce me.",
        ["networking", "friends"],
    ),
    (
        "Practising answers",
        "Ran through the 'tell me about a conflict' question three times.",
        ["job"],
    ),
    ("", "Slept badly. Tired, but I still made the applications I planned.", []),
]


def add_sample_checkins(workspace: object, now: object) -> None:
    """About four months of varied check-ins, some days skipped, so charts have shape."""
    import math
    import random

    from app.core.checkins.values import CheckInValues

    rng = random.Random(7)
    activities = [a for group in workspace.activities.list_grouped() for a in group.activities]  # type: ignore[attr-defined]
    for day in range(120, 0, -1):
        if rng.random() < 0.2:
            continue
        # The last two weeks run low, so the watcher has something to say on Home.
        wave = math.sin(day / 9) if day > 14 else -1.4

        def level(shift: float, wave: float = wave) -> int:
            return max(1, min(5, round(3 + 1.3 * wave + rng.uniform(-1, 1) + shift)))

        chosen = tuple(a.id for a in rng.sample(activities, k=rng.randint(0, 3)))
        workspace.checkins.create(  # type: ignore[attr-defined]
            CheckInValues(
                mood=level(0),
                energy=level(-0.3),
                interest=level(0.2),
                focus=level(-0.1),
                sleep_hours=round(rng.uniform(5, 9), 1),
                activity_ids=chosen,
            ),
            now - timedelta(days=day, hours=3),  # type: ignore[operator]
        )


MEMORIES = [
    (
        1,
        "First week of the search",
        "Updated the CV and sent the first four applications. Nervous, but it felt good to start.",
        ["job"],
    ),
    (2, "Snow on the way home", "The bus was late and I didn't mind at all.", ["outside"]),
]


def add_memories(workspace: object, now: object) -> None:
    """Entries and a check-in on this date in earlier years, so "On this day" shows."""
    from app.core.checkins.values import CheckInValues

    for years, title, body, tags in MEMORIES:
        moment = now.replace(year=now.year - years, hour=19)  # type: ignore[attr-defined]
        workspace.journal.create(title, body, tags, created_at=moment)  # type: ignore[attr-defined]
        workspace.checkins.create(  # type: ignore[attr-defined]
            CheckInValues(mood=4, energy=3, feelings=("hopeful", "tired")), moment
        )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--size", default="1280x800")
    parser.add_argument("--font-scale", type=float, default=1.0, help="e.g. 1.5 for large text")
    parser.add_argument("--only", nargs="*", help="screen names (default: every one)")
    parser.add_argument("--check", action="store_true", help="also print the visual check")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    width, height = (int(part) for part in args.size.split("x"))
    args.out.mkdir(parents=True, exist_ok=True)

    from app.ui import theme
    from app.ui.application import create_application
    from tests.support import ui_catalog, visual_check

    app = create_application()
    if args.font_scale != 1.0:  # as a larger system font would, before any window exists
        font = app.font()
        font.setPointSizeF(font.pointSizeF() * args.font_scale)
        app.setFont(font)
    theme.apply(app, "dark" if args.dark else "light")
    scene = ui_catalog.build_scene(app, Path(tempfile.mkdtemp(prefix="tend-shots-")))
    suffix = "-dark" if args.dark else ""
    if args.font_scale != 1.0:
        suffix += f"-font{args.font_scale:g}"
    problems = 0
    for screen in ui_catalog.SCREENS:
        if args.only and screen.name not in args.only:
            continue
        shown = ui_catalog.show_screen(scene, screen, (width, height))
        name = f"{screen.name}-{width}x{height}" if screen.is_page else screen.name
        shown.grab().save(str(args.out / f"{name}{suffix}.png"))
        if args.check:
            found = visual_check.inspect(shown)
            problems += len(found)
            for problem in found:
                print(f"{screen.name}: {problem}")
        scene.close_opened()
    ui_catalog.close_scene(scene)
    print(f"Saved screenshots to {args.out}" + (f" ({problems} problems)" * args.check))
    return 0


if __name__ == "__main__":
    sys.exit(main())
