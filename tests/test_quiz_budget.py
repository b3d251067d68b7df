"""The quiz's own JavaScript and CSS stay small: at most 10 KB gzipped, file by file as served."""

from __future__ import annotations

import gzip

from .conftest import ROOT

QUIZ_FILES = [
    "docs/assets/js/scoring.js",
    "docs/assets/js/answers.js",
    "docs/assets/js/selfcheck.js",
    "docs/assets/js/assessment.js",
    "docs/assets/js/results.js",
    "docs/assets/js/tools.js",
    "docs/assets/css/quiz.css",
]
BUDGET = 10 * 1024


def test_quiz_scripts_and_styles_fit_the_budget() -> None:
    sizes = {name: len(gzip.compress((ROOT / name).read_bytes(), compresslevel=9)) for name in QUIZ_FILES}
    total = sum(sizes.values())
    assert total <= BUDGET, f"{total} bytes gzipped, over the {BUDGET}-byte budget: {sizes}"


def test_quiz_files_are_served_as_files_not_inlined() -> None:
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert "assets/css/quiz.css" in config
    widgets = (ROOT / "docs/assets/js/widgets.js").read_text(encoding="utf-8")
    assert './selfcheck.js"' in widgets and './assessment.js"' in widgets
