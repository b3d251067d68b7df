"""Shared test set-up: the project root, fixture copies, and the --update-golden flag."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from secondround.publish import ignore_generated

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true",
                     help="rewrite tests/golden/ from the current output instead of comparing")


def copy_sources(to: Path) -> Path:
    """Copy everything a build reads into the folder `to` (made if need be); returns it."""
    for name in ("quiz", "templates", "site-overrides"):
        shutil.copytree(ROOT / name, to / name)
    # docs/ holds hand-written files and generated ones; only the former are sources.
    shutil.copytree(ROOT / "docs", to / "docs", ignore=ignore_generated)
    shutil.copy(ROOT / "mkdocs.yml", to / "mkdocs.yml")
    return to


@pytest.fixture
def project_copy_all_languages(tmp_path: Path) -> Path:
    """A throw-away copy of everything a build reads, with the real content in every language."""
    return copy_sources(tmp_path)


@pytest.fixture
def project_copy(project_copy_all_languages: Path) -> Path:
    """The copy in English only, as a centre gets by switching the other languages off in
    quiz/local/site.yml. The build tests are about English and the pipeline: with Spanish
    on, each of their builds would run twice, and each change they make to our texts would
    need a Spanish one (test_translations.py tests the languages)."""
    local = project_copy_all_languages / "quiz" / "local"
    local.mkdir(exist_ok=True)
    (local / "site.yml").write_text("translations: []\n", encoding="utf-8")
    return project_copy_all_languages


def tree(folder: Path) -> dict[str, bytes]:
    """Every file under folder, by relative path: for comparing whole outputs byte for byte."""
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}
