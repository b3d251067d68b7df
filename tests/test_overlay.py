"""A career centre's own YAML in quiz/local/, laid over ours without touching our files."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from secondround.cli import main

from .conftest import tree


def local(project: Path, name: str, text: str) -> Path:
    path = project / "quiz" / "local" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def errors(project: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    capsys.readouterr()
    assert main(["--check"], root=project) == 1
    return capsys.readouterr().err.splitlines()


def test_centre_changes_wording_and_adds_a_question_and_a_checklist_item(project_copy: Path) -> None:
    ours_path = project_copy / "quiz" / "reasons" / "01-not-prepared.yml"
    ours = ours_path.read_text()
    our_question = next(q["text"] for q in yaml.safe_load(ours)["questions"] if q["id"] == "job-description")
    local(project_copy, "reasons/not-prepared.yml", """\
title: You had not prepared enough for this interview
questions:
  - id: job-description
    text: How well did you know the job description, our way?
  - id: careers-fair
    text: Did you talk to the employer at one of our careers fairs first?
    explanation: Our fairs are a good place to learn what employers look for.
    options:
      - label: "Yes"
        weight: 0
      - label: "No"
        weight: 2
checklist:
  - id: book-mock-interview
    phase: before
    text: Book a mock interview with the Careers Centre
""")
    assert main([], root=project_copy) == 0
    page = (project_copy / "docs" / "reasons" / "01-not-prepared.md").read_text()
    assert "# You had not prepared enough for this interview" in page
    assert "How well did you know the job description, our way?" in page
    assert our_question not in page, "the changed question keeps only the new wording"
    assert "Did you talk to the employer at one of our careers fairs first?" in page
    assert "Book a mock interview with the Careers Centre" in page
    assert "quiz/reasons/01-not-prepared.yml and quiz/local/reasons/not-prepared.yml" in page
    # Our own files are untouched, so upstream updates merge cleanly.
    assert ours_path.read_text() == ours


def test_a_reason_can_be_switched_off_and_the_rest_are_renumbered(project_copy: Path) -> None:
    local(project_copy, "reasons/social-media.yml", "enabled: false\n")
    assert main([], root=project_copy) == 0
    reasons = sorted(p.name for p in (project_copy / "docs" / "reasons").glob("*.md"))
    assert len(reasons) == 9
    assert not any("social-media" in name for name in reasons)
    assert "05-no-follow-up.md" in reasons and "09-no-rapport.md" in reasons
    assert "reasons/05-social-media" not in (project_copy / "docs" / "index.md").read_text()


def test_site_settings_are_changed_from_local_site_yml(project_copy: Path) -> None:
    # English only, as project_copy's own quiz/local/site.yml (which this replaces) has it.
    local(project_copy, "site.yml", "translations: []\n"
                                    "tagline: The Example University guide to second interviews.\n"
                                    "organisation:\n  name: Example University Careers\n")
    assert main([], root=project_copy) == 0
    home = (project_copy / "site" / "index.html").read_text()
    assert "The Example University guide to second interviews." in home
    assert "Example University Careers" in home  # the footer line


def test_overlay_mistakes_name_the_overlay_file_and_line(
    project_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    local(project_copy, "reasons/commitment.yml", """\
titel: A typo in a field name
checklist:
  - id: new-item
    phase: someday
    text: Something to do
""")
    assert errors(project_copy, capsys) == [
        "quiz/local/reasons/commitment.yml:1:1: titel: unknown field; did you mean 'title'?",
        "quiz/local/reasons/commitment.yml:4:12: checklist[1].phase: must be one of: before, "
        "on-the-day or after; not 'someday'",
        "2 content errors in 1 file; nothing was written.",
    ]


def test_a_weight_out_of_range_in_an_added_question_points_at_the_overlay(
    project_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    local(project_copy, "reasons/commitment.yml", """\
questions:
  - id: extra
    text: Did you ask about holidays first?
    explanation: Holidays come after an offer.
    options:
      - label: "No"
        weight: 0
      - label: "Yes"
        weight: 9
""")
    lines = errors(project_copy, capsys)
    assert lines[0] == ("quiz/local/reasons/commitment.yml:9:17: questions[1].options[2].weight: "
                        "must be between 0 and 3, not 9")


def test_a_mistake_in_a_changed_item_is_numbered_as_the_overlay_file_numbers_it(
    project_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The centre's file changes our fourth question and third checklist item, each the
    first of its list there: errors say questions[1] and checklist[1], as that file reads
    (and as --lint says), with that file's lines, not the places among ours."""
    local(project_copy, "reasons/commitment.yml", """\
questions:
  - id: focus-of-questions
    text: Did you ask <b>only</b> about pay?
checklist:
  - id: park-package-questions
    phase: later
""")
    assert errors(project_copy, capsys) == [
        "quiz/local/reasons/commitment.yml:3:11: questions[1].text: HTML or script is not allowed "
        "here; write plain text",
        "quiz/local/reasons/commitment.yml:6:12: checklist[1].phase: must be one of: before, "
        "on-the-day or after; not 'later'",
        "2 content errors in 1 file; nothing was written.",
    ]


def test_one_of_our_ids_twice_in_the_overlay_is_refused_with_both_lines(
    project_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A centre that copies a block to make a new question and forgets to change its id
    used to see the second copy win without a word, the first one lost."""
    local(project_copy, "reasons/not-prepared.yml", """\
questions:
  - id: job-description
    text: How well did you know the job description before the interview?
  - id: job-description
    text: Did you use the careers service to prepare?
""")
    assert errors(project_copy, capsys) == [
        "quiz/local/reasons/not-prepared.yml:4:9: questions[2].id: 'job-description' is already "
        "used by questions[1].id (line 2); ids must be unique",
        "1 content error in 1 file; nothing was written.",
    ]


def test_an_overlay_for_a_reason_that_does_not_exist_is_refused(
    project_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    local(project_copy, "reasons/not-a-reason.yml", "title: Nothing to change\n")
    local(project_copy, "reasons/overqualified.yml", "enabled: nope\n")
    assert errors(project_copy, capsys) == [
        "quiz/local/reasons/not-a-reason.yml:1:1: there is no reason with the id 'not-a-reason' to "
        "change; name the file after the id of one of the reasons in quiz/reasons",
        "quiz/local/reasons/overqualified.yml:1:10: enabled: must be true or false",
        "2 content errors in 2 files; nothing was written.",
    ]


def test_an_overlay_named_like_our_file_is_told_the_name_to_use(
    project_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Copying our file and keeping its name is the natural first try."""
    local(project_copy, "reasons/01-not-prepared.yml", "title: Preparation may not have shown\n")
    assert errors(project_copy, capsys) == [
        "quiz/local/reasons/01-not-prepared.yml:1:1: is named like our file quiz/reasons/"
        "01-not-prepared.yml; name yours after the reason's id alone: not-prepared.yml",
        "1 content error in 1 file; nothing was written.",
    ]


def test_a_malformed_overlay_leaves_the_published_site_alone(
    project_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([], root=project_copy) == 0
    before = tree(project_copy / "site"), tree(project_copy / "docs")
    local(project_copy, "site.yml", "tagline: [unclosed\n")
    capsys.readouterr()
    assert main([], root=project_copy) == 1
    assert capsys.readouterr().err.startswith("quiz/local/site.yml:")
    assert (tree(project_copy / "site"), tree(project_copy / "docs")) == before
