"""A second language: quiz/i18n/<code>/ laid over the English, with every gap, stray field and
changed placeholder reported at its line (secondround/translate.py, languages.py).

The translation is the stand-in of tests/i18n_stand_in.py (the English with accented vowels);
each test breaks one thing in it and reads what `build_quiz.py --check` prints.
"""

from __future__ import annotations

import re
import shutil
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
import yaml

from secondround.content import load_content
from secondround.languages import load_translations
from secondround.publish import ignore_generated

from .i18n_stand_in import fake, write_stand_in
from .test_content_errors import check_lines, make_project

SPANISH = "\ntranslations:\n  - code: es\n    language: es-ES\n    name: Español\n"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """The minimal fixture in English and (stand-in) Spanish."""
    root = make_project(tmp_path / "project")
    write_stand_in(root, "es")
    with (root / "quiz" / "site.yml").open("a", encoding="utf-8") as handle:
        handle.write(SPANISH)
    return root


def with_stand_in(root: Path) -> None:
    """The real content (a copy) with the stand-in Spanish, whether or not it has its own."""
    shutil.rmtree(root / "quiz" / "i18n", ignore_errors=True)
    write_stand_in(root, "es")
    site = root / "quiz" / "site.yml"
    if "\ntranslations:" not in site.read_text(encoding="utf-8"):
        site.write_text(site.read_text(encoding="utf-8") + SPANISH, encoding="utf-8")


def edit(path: Path, change: Any) -> str:
    """Load a YAML file, let change() alter the data, write it back; returns the new text."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000)
    path.write_text(text, encoding="utf-8")
    return text


def line_of(text: str, start: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if line.lstrip().startswith(start))


def test_a_complete_translation_is_valid(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, lines, out = check_lines(project, capsys)
    assert (code, lines) == (0, [])
    assert out.startswith("Content is valid")
    content, _ = load_content(project, project / "quiz")
    assert content is not None
    spanish = load_translations(project, project / "quiz", content).editions[1].content
    assert spanish.site.title == fake("Test Round")
    assert spanish.site.language == "es-ES"  # its own tag, for lang and dates
    assert spanish.site.bands[1].min_score == 50  # settings come from English
    assert spanish.reasons[0].reason.questions[0].options[0].weight == \
        content.reasons[0].reason.questions[0].options[0].weight


def test_every_gap_is_an_error_at_its_place(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    site = project / "quiz" / "i18n" / "es" / "site.yml"

    def drop(data: dict[str, Any]) -> None:
        del data["title"]
        del data["home"]["privacy"]
        del data["bands"][1]

    text = edit(site, drop)
    code, lines, _ = check_lines(project, capsys)
    assert code == 1
    assert lines == [
        'quiz/i18n/es/site.yml:1:1: title: no Spanish text (English: "Test Round")',
        f"quiz/i18n/es/site.yml:{line_of(text, 'bands:')}:1: bands.likely.label: "
        'no Spanish text (English: "Likely")',
        f"quiz/i18n/es/site.yml:{line_of(text, 'bands:')}:1: bands.likely.summary: "
        'no Spanish text (English: "Your answers point to this reason.")',
        f"quiz/i18n/es/site.yml:{line_of(text, 'home:')}:1: home.privacy: "
        'no Spanish text (English: "Your answers stay in this browser.")',
        "4 content errors in 1 file; nothing was written.",
    ]


def test_texts_english_does_not_have_are_errors(project: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    reason = project / "quiz" / "i18n" / "es" / "reasons" / "01-alpha.yml"

    def stray(data: dict[str, Any]) -> None:
        data["titel"] = "Un título"
        data["questions"][0]["id"] = "no-such-question"
        data["questions"][1]["options"][0]["weight"] = 2
        data["questions"][1]["options"].pop()

    text = edit(reason, stray)
    code, lines, _ = check_lines(project, capsys)
    assert code == 1
    file = "quiz/i18n/es/reasons/01-alpha.yml"
    found = [(line.split(":")[1], line.split(": ", 1)[1]) for line in lines[:-1]]
    assert (str(line_of(text, "titel:")), "titel: English has no such text; check the name "
            "(and its indentation)") in found
    assert (str(line_of(text, "- id: no-such-question")),
            "questions[1].id: English has no item with the id 'no-such-question' here") in found
    assert (str(line_of(text, "weight: 2")),
            "questions[2].options[1].weight: is not translated (it comes from English); remove it") in found
    assert (str(line_of(text, "weight: 2") - 1),  # the second question's options
            "questions[2].options: has 1 items; English has 2, and each is translated in the same "
            "order") in found
    # The question whose id no longer matches is missing, named by its English id, each text.
    assert ("13", 'questions.job-description.text: no Spanish text (English: "How closely had you '
            'read the job description?")') in found
    assert ("13", 'questions.job-description.options[1].label: no Spanish text (English: '
            '"Closely")') in found
    assert all(line.startswith(file + ":") for line in lines[:-1])


def test_placeholders_must_be_kept(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    site = project / "quiz" / "i18n" / "es" / "site.yml"
    text = edit(site, lambda data: data["home"].update(start_detail="{n} preguntas, unos minutos"))
    code, lines, _ = check_lines(project, capsys)
    assert code == 1
    assert lines[0] == (f"quiz/i18n/es/site.yml:{line_of(text, 'start_detail:')}:17: home.start_detail: "
                        "must keep the placeholders of the English exactly ({minutes}, {n})")


def test_missing_english_falls_back_and_lists_every_gap(project: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    quiz = project / "quiz"
    site = quiz / "site.yml"
    site.write_text(site.read_text(encoding="utf-8") + "    missing: english\n", encoding="utf-8")
    (quiz / "i18n" / "es" / "reasons" / "02-beta.yml").unlink()
    edit(quiz / "i18n" / "es" / "site.yml", lambda data: data.pop("tagline"))
    code, lines, out = check_lines(project, capsys)
    assert code == 0
    assert out.startswith("Content is valid")
    assert 'quiz/i18n/es/site.yml:1:1: tagline: no Spanish text (English: "A small test edition of the ' \
           'interview self-check.") (English is shown)' in lines
    gaps = [line for line in lines if line.startswith("quiz/i18n/es/reasons/02-beta.yml:1:1: ")]
    assert len(gaps) > 10  # every text of the reason, one line each
    assert lines[-1].startswith(f"Warning: {len(gaps) + 1} text(s) in 2 file(s) are not translated yet")


def test_a_missing_file_is_one_error(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / "quiz" / "i18n" / "es" / "reasons" / "03-gamma.yml").rename(
        project / "quiz" / "i18n" / "es" / "reasons" / "03-gama.yml")
    code, lines, _ = check_lines(project, capsys)
    assert code == 1
    assert lines == [
        "quiz/i18n/es/reasons/03-gama.yml:1:1: there is no English reason of this name to translate",
        "quiz/i18n/es/reasons/03-gamma.yml:1:1: the file is missing: it holds the Spanish texts of "
        "quiz/reasons/03-gamma.yml",
        "2 content errors in 2 files; nothing was written.",
    ]


def test_a_centres_own_text_needs_its_own_translation(project: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    quiz = project / "quiz"
    (quiz / "local").mkdir()
    (quiz / "local" / "site.yml").write_text("tagline: Our careers service's interview check.\n",
                                              encoding="utf-8")
    code, lines, _ = check_lines(project, capsys)
    assert code == 1
    assert lines[0] == ("quiz/i18n/es/site.yml:2:1: tagline: quiz/local/site.yml changes this text; "
                        "translate it in quiz/local/i18n/es/site.yml")
    (quiz / "local" / "i18n" / "es").mkdir(parents=True)
    (quiz / "local" / "i18n" / "es" / "site.yml").write_text(
        "tagline: La comprobación de entrevistas de nuestro servicio.\n", encoding="utf-8")
    code, lines, _ = check_lines(project, capsys)
    assert (code, lines) == (0, [])


def check_with_local_alpha(project: Path, capsys: pytest.CaptureFixture[str],
                           text: str) -> tuple[int, list[str]]:
    """--check with a centre's quiz/local/reasons/alpha.yml holding text: exit code and lines."""
    local = project / "quiz" / "local" / "reasons"
    local.mkdir(parents=True)
    (local / "alpha.yml").write_text(text, encoding="utf-8")
    code, lines, _ = check_lines(project, capsys)
    return code, lines


def test_a_centres_added_item_is_to_be_translated_in_quiz_local(project: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    """Said as for a changed text: a plain "no Spanish text" at our own translation file led an
    adviser to add the item there, in our file, where our next update would conflict with it."""
    code, lines = check_with_local_alpha(project, capsys, "checklist:\n  - id: book-mock-interview\n"
                                         "    phase: before\n"
                                         "    text: Book a mock interview with the Careers Centre\n")
    assert code == 1
    assert lines[0].endswith("checklist.book-mock-interview.text: quiz/local/reasons/alpha.yml changes "
                             "this text; translate it in quiz/local/i18n/es/reasons/alpha.yml"), lines


def test_a_centres_own_answers_are_to_be_translated_in_quiz_local(project: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    """Two answers where ours has three: the count was blamed on our translation file."""
    code, lines = check_with_local_alpha(project, capsys, "questions:\n  - id: job-description\n"
                                         "    options:\n"
                                         "      - label: Closely\n        weight: 0\n"
                                         "      - label: Not closely\n        weight: 2\n")
    assert code == 1
    assert not [line for line in lines if "has 3 items" in line], lines
    assert all("translate it in quiz/local/i18n/es/reasons/alpha.yml" in line for line in lines[:-1]), lines


@pytest.mark.parametrize(("old", "new", "message"), [
    ("language: es-ES", "language: Spanish",
     "translations[1].language: must be a BCP 47 language tag such as en-GB, cy-GB or es"),
    ("language: es-ES", "language: yo-NG",
     "translations[1].language: the theme has no interface texts in Yoruba"),
    ("code: es", "code: ES", "translations[1].code: must be"),
])
def test_the_language_settings_are_checked(project: Path, capsys: pytest.CaptureFixture[str],
                                           old: str, new: str, message: str) -> None:
    site = project / "quiz" / "site.yml"
    text = site.read_text(encoding="utf-8").replace(old, new)
    site.write_text(text, encoding="utf-8")
    code, lines, _ = check_lines(project, capsys)
    assert code == 1
    assert lines[0].startswith(f"quiz/site.yml:{line_of(text, new.replace('code', '- code'))}:")
    assert message in lines[0]


def test_both_languages_build_the_same_twice(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """English at site/, Spanish at site/es/ with the same addresses; run to run byte-identical;
    each site's policy allows exactly its own inline scripts."""
    from secondround.cli import main
    from secondround.csp import POLICY, inline_scripts, script_hash

    from .conftest import ROOT, tree

    root = tmp_path / "project"
    for name in ("quiz", "templates", "site-overrides", "docs"):
        shutil.copytree(ROOT / name, root / name, ignore=ignore_generated)
    shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    with_stand_in(root)
    assert main([], root=root) == 0
    first = tree(root / "site")
    assert main(["--force"], root=root) == 0
    assert tree(root / "site") == first
    english = {path for path in first if path.endswith(".html") and not path.startswith("es/")}
    assert {"es/" + path for path in english} == {path for path in first if path.startswith("es/")
                                                   and path.endswith(".html")}
    home = first["es/index.html"].decode()
    assert '<html lang="es-ES"' in home and '<html lang="en-GB"' in first["index.html"].decode()
    for prefix in ("", "es/"):
        pages = [first[path].decode() for path in sorted(first)
                 if path.endswith(".html") and path.startswith(prefix) and (prefix or path in english)]
        wanted = {script_hash(text) for html in pages for text in inline_scripts(html)}
        for html in pages:
            policy = POLICY.search(html)
            assert policy is not None
            assert set(re.findall(r"'sha256-[^']+'", policy.group(1))) == wanted
    capsys.readouterr()

    # No English left on the Spanish pages: every text shown on both sites' same page is one
    # of the few that are the same in both languages (the stand-in accents every text).
    same = {text for path in english for text in set(_shown(first["es/" + path])) & set(_shown(first[path]))}
    assert same <= {"English", "Español", "404 - Not found"}, sorted(same)


class _Texts(HTMLParser):
    """The texts of a page a reader sees or hears: its text and its labels, not its code."""

    def __init__(self) -> None:
        super().__init__()
        self.hidden = 0
        self.texts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.hidden += tag in ("script", "style", "code", "pre")
        self.texts += [value for name, value in attrs
                       if name in ("aria-label", "title", "placeholder", "alt") and value]

    def handle_endtag(self, tag: str) -> None:
        self.hidden -= tag in ("script", "style", "code", "pre")

    def handle_data(self, data: str) -> None:
        if not self.hidden and re.search(r"[A-Za-z]{2}", data) and not data.lstrip().startswith("{"):
            self.texts.append(data.strip())


def _shown(html: bytes) -> list[str]:
    parser = _Texts()
    parser.feed(html.decode("utf-8"))
    return parser.texts


def test_follow_ups_name_the_translated_answers_and_local_files_overlay(
        project_copy_all_languages: Path) -> None:
    """only_if names English answers; in Spanish it names the same answers (by position) in
    Spanish. A centre's quiz/local/i18n/es/reasons/<id>.yml is laid over the upstream file."""
    root = project_copy_all_languages
    with_stand_in(root)
    local = root / "quiz" / "local" / "i18n" / "es" / "reasons"
    local.mkdir(parents=True)
    (local / "no-follow-up.yml").write_text("title: Nuestro título\n", encoding="utf-8")
    content, errors = load_content(root, root / "quiz")
    assert content is not None, errors
    loaded = load_translations(root, root / "quiz", content)
    assert loaded.errors == []
    english = next(s.reason for s in content.reasons if s.reason.id == "no-follow-up")
    spanish = next(s.reason for s in loaded.editions[1].content.reasons if s.reason.id == "no-follow-up")
    assert spanish.title == "Nuestro título"
    follow_ups = [(e, s) for e, s in zip(english.questions, spanish.questions, strict=True) if e.only_if]
    assert follow_ups
    for en, es in follow_ups:
        assert en.only_if is not None and es.only_if is not None
        assert es.only_if.options == [fake(label) for label in en.only_if.options]
    (local / "no-such-reason.yml").write_text("title: Nada\n", encoding="utf-8")
    assert [str(e) for e in load_translations(root, root / "quiz", content).errors] == [
        "quiz/local/i18n/es/reasons/no-such-reason.yml:1:1: there is no English reason of this name "
        "to translate"]
