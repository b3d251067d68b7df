"""The navigation follows the reader's order and stays small (nav.py)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from secondround.cli import main
from secondround.generate import generate
from secondround.nav import FAN_OUT, ranges
from secondround.project import Project

from .conftest import ROOT

TOP_LEVEL = ["Home", "Turned down? Start here", "Your self-assessment", "Your results", "The ten reasons",
             "Checklists", "After the interview", "About and sources", "For career centres"]


def labels(nav: list[object]) -> list[str]:
    return [item if isinstance(item, str) else next(iter(item)) for item in nav]  # type: ignore[call-overload]


def test_the_reader_s_order_with_the_reasons_in_two_groups_and_the_advisers_apart() -> None:
    generated = generate(Project(ROOT))
    assert generated is not None
    nav = generated.nav
    assert labels(nav) == TOP_LEVEL
    reasons = next(item["The ten reasons"] for item in nav
                   if isinstance(item, dict) and "The ten reasons" in item)
    assert labels(reasons) == ["In your control", "Outside your control"]
    assert [len(group[name]) for group, name in zip(reasons, labels(reasons), strict=True)] == [6, 4]
    assert nav[-1] == {"For career centres": [{"Embed on your site": "embed.md"},
                                              {"How your result is worked out": "how-results-work.md"}]}


def test_the_built_pages_show_it_in_that_order() -> None:
    html = (ROOT / "site" / "index.html").read_text(encoding="utf-8")
    primary = html[html.index('md-nav--primary'):]
    position = 0
    for label in TOP_LEVEL:  # each after the one before (the home page's own contents sit under Home)
        found = primary.find(label, position)
        assert found > 0, f"{label!r} is missing from the navigation, or out of order"
        position = found


def test_a_reason_switched_off_leaves_the_navigation_and_a_hand_written_page_joins_it(
        project_copy: Path) -> None:
    local = project_copy / "quiz" / "local" / "reasons"
    local.mkdir(parents=True, exist_ok=True)
    (local / "overqualified.yml").write_text("enabled: false\n", encoding="utf-8")
    (project_copy / "docs" / "opening-hours.md").write_text("# Opening hours\n", encoding="utf-8")
    generated = generate(Project(project_copy))
    assert generated is not None
    flat = re.findall(r"'([^']+\.md)'", repr(generated.nav))
    assert not any("overqualified" in path for path in flat)
    assert "reasons/01-not-prepared.md" in flat and "opening-hours.md" in flat
    assert labels(generated.nav)[-2:] == ["opening-hours.md", "For career centres"]


def test_no_level_lists_more_than_ten_entries_however_many_reasons() -> None:
    def widest(nav: list[object]) -> int:
        inner = [widest(value) for item in nav if isinstance(item, dict)
                 for value in item.values() if isinstance(value, list)]
        return max([len(nav), *inner])

    for count in (7, 10, 11, 100, 1000, 1234):
        nav = ranges([(n, {f"r{n}": f"reasons/{n}.md"}) for n in range(1, count + 1)])
        assert widest(nav) <= FAN_OUT, count
        assert len(re.findall(r"\.md'", repr(nav))) == count, "an entry went missing"
    assert ranges([(1, "a"), (2, "b")]) == ["a", "b"]
    assert labels(ranges([(n, f"r{n}") for n in range(1, 25)])) == ["1\u201310", "11\u201320", "21\u201324"]


def test_a_nav_written_in_mkdocs_yml_is_refused_with_its_line_not_silently_replaced(
        project_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = project_copy / "mkdocs.yml"
    lines = config.read_text(encoding="utf-8").splitlines()
    config.write_text("\n".join([*lines, "nav:", "  - index.md"]) + "\n", encoding="utf-8")
    assert main([], root=project_copy) == 1
    err = capsys.readouterr().err
    assert f"mkdocs.yml:{len(lines) + 1}:1: nav: the navigation is made by build_quiz.py" in err
    assert not (project_copy / "site").exists()
