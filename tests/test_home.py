"""The home page's words are the career centre's: every text on it comes from quiz/site.yml
(home:), and the quick check's size follows the reasons the edition really has."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from secondround.cli import main

from .test_overlay import local

# What a career centre might write instead of our words, one field each.
EDITED = {
    "tagline": "Interviews going nowhere? The Example University careers team can help.",
    "intro": "Our free self-check for Example University students and graduates.",
    "start": "Try the quick check",
    "start_detail": "{n} short questions, {minutes} minutes or so",
    "start_after": "Fresh from an interview?",
    "start_after_detail": "Note it down and thank them",
    "checklists": "Our checklists",
    "checklists_detail": "Print one for your next interview",
    "results_link": "Been here before? Your results",
    "in_control": "You can work on these with one of our advisers.",
    "outside_control": "These are down to the employer, not you.",
    "privacy": "Nothing you type leaves this device, and the university never sees it.",
}


def edit_site_yml(project: Path) -> None:
    """Rewrites the home texts in quiz/site.yml itself, as an editor would."""
    path = project / "quiz" / "site.yml"
    text = path.read_text(encoding="utf-8")
    text = re.sub(r"^tagline: .*$", f"tagline: {EDITED['tagline']}", text, count=1, flags=re.M)
    start, end = text.index("\nhome:\n"), text.index("\nabout:\n")
    lines = [f"  {field}: {value!r}" for field, value in EDITED.items() if field not in ("tagline", "intro")]
    home = "\nhome:\n  intro:\n    - " + EDITED["intro"] + "\n" + "\n".join(lines) + "\n"
    path.write_text(text[:start] + home + text[end:], encoding="utf-8")


def test_a_centres_home_texts_in_site_yml_are_the_ones_on_the_built_home_page(project_copy: Path) -> None:
    ours = yaml.safe_load((project_copy / "quiz" / "site.yml").read_text(encoding="utf-8"))["home"]
    edit_site_yml(project_copy)
    assert main([], root=project_copy) == 0
    html = (project_copy / "site" / "index.html").read_text(encoding="utf-8")
    for field, value in EDITED.items():
        if field != "start_detail":
            assert value.replace("'", "&#39;") in html, f"home.{field} is not on the home page"
    assert "10 short questions, 3 minutes or so" in html, "the placeholders are filled in"
    for field in ("start_after", "checklists", "in_control"):
        assert ours[field] not in html, f"our home.{field} is still on the edited home page"
    # Laid out by the home page's own template, without a table of contents.
    assert '<div class="sr-home">' in html and 'href="assets/built/home.css"' in html
    assert 'href="#the-ten-reasons"' not in html, "the page's headings are listed as contents"


def test_the_quick_check_counts_the_reasons_the_edition_has(project_copy: Path) -> None:
    for reason in ("social-media", "no-follow-up", "overqualified", "no-rapport", "needs-changed"):
        local(project_copy, f"reasons/{reason}.yml", "enabled: false\n")
    assert main([], root=project_copy) == 0
    page = (project_copy / "docs" / "index.md").read_text(encoding="utf-8")
    # Five quick-check questions: 100 seconds, said as the "about 2 minutes" the texts allow.
    assert "5 questions, about 2 minutes" in page
    assessment = (project_copy / "docs" / "assessment.md").read_text(encoding="utf-8")
    assert "One question per reason, about 2 minutes." in assessment, "the quick check says the same"
