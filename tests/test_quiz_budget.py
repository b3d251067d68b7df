"""The quiz's own JavaScript and CSS stay small: at most 10 KB gzipped, file by file as
served (from the built site, where scripts have lost their comment lines)."""

from __future__ import annotations

import gzip

import pytest

from .conftest import ROOT

QUIZ_FILES = [
    "assets/js/scoring.js",
    "assets/js/answers.js",
    "assets/js/selfcheck.js",
    "assets/js/assessment.js",
    "assets/js/results.js",
    "assets/js/tools.js",
    "assets/css/quiz.css",
]
BUDGET = 10 * 1024


def test_quiz_scripts_and_styles_fit_the_budget() -> None:
    site = ROOT / "site"
    if not (site / "index.html").is_file():
        pytest.fail("no built site: run `.venv/bin/python build_quiz.py` first")
    sizes = {name: len(gzip.compress((site / name).read_bytes(), compresslevel=9)) for name in QUIZ_FILES}
    total = sum(sizes.values())
    assert total <= BUDGET, f"{total} bytes gzipped, over the {BUDGET}-byte budget: {sizes}"


def test_quiz_files_are_served_as_files_not_inlined() -> None:
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert "assets/css/quiz.css" in config
    widgets = (ROOT / "docs/assets/js/widgets.js").read_text(encoding="utf-8")
    assert './selfcheck.js"' in widgets and './assessment.js"' in widgets
