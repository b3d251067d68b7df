"""The edition in a second language: the Spanish site under es/, its own lang and texts, the
selector to the same page in the other language, answers shared by the two, and axe.

On the site under test when our edition lists Spanish (quiz/site.yml); otherwise built here
once per run from a copy of the sources with the stand-in of tests/i18n_stand_in.py.
"""

from __future__ import annotations

import contextlib
import io
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from secondround.content import load_content
from secondround.languages import Edition, load_translations

from ..conftest import copy_sources
from ..i18n_stand_in import write_stand_in
from .conftest import REPO_ROOT, Violation, format_violations, serve, site_dir_path
from .helpers import NOT_STARTED, answer
from .quiz_expect import ASSESSMENT, RESULTS
from .test_print import SLACK, page_count, print_in, print_pdf

SPANISH = "\ntranslations:\n  - code: es\n    language: es-ES\n    name: Español\n"


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from secondround.cli import main

    listed = "\ntranslations:" in (REPO_ROOT / "quiz" / "site.yml").read_text(encoding="utf-8")
    if listed and (site_dir_path() / "es" / "index.html").is_file():
        return REPO_ROOT  # our edition has Spanish: the site under test is the one to check
    root = copy_sources(tmp_path_factory.mktemp("languages"))
    site_yml = root / "quiz" / "site.yml"
    if "\ntranslations:" not in site_yml.read_text(encoding="utf-8"):
        shutil.rmtree(root / "quiz" / "i18n", ignore_errors=True)
        write_stand_in(root, "es")
        site_yml.write_text(site_yml.read_text(encoding="utf-8") + SPANISH, encoding="utf-8")
    output = io.StringIO()
    with contextlib.redirect_stdout(output), contextlib.redirect_stderr(output):
        status = main([], root=root)
    assert status == 0, output.getvalue()
    return root


@pytest.fixture(scope="module")
def url(project: Path) -> Iterator[str]:
    with serve(site_dir_path() if project == REPO_ROOT else project / "site") as address:
        yield address


@pytest.fixture(scope="module")
def editions(project: Path) -> list[Edition]:
    content, errors = load_content(project, project / "quiz")
    assert content is not None, errors
    return load_translations(project, project / "quiz", content).editions


def first_reason(edition: Edition) -> str:
    reason = edition.content.reasons[0].reason
    return f"reasons/{reason.number:02d}-{reason.id}/"


def test_the_spanish_home_page_is_in_spanish(page: Page, url: str, editions: list[Edition]) -> None:
    english, spanish = editions[0].content.site, editions[1].content.site
    page.goto(url + "es/")
    assert page.locator("html").get_attribute("lang") == "es-ES"
    expect(page.locator("h1")).to_have_text(spanish.tagline)
    expect(page.locator("body")).not_to_contain_text(english.home.privacy)
    # Material's own texts in Spanish too (the search box).
    assert page.locator("input.md-search__input").get_attribute("placeholder") == "Búsqueda"
    page.goto(url)
    assert page.locator("html").get_attribute("lang") == english.language


def test_the_404_page_is_in_each_language(page: Page, url: str, editions: list[Edition]) -> None:
    # Material's own 404 page says "404 - Not found" in English on every language's site.
    for prefix, edition in (("", editions[0]), ("es/", editions[1])):
        page.goto(url + prefix + "404.html")
        expect(page.locator("h1")).to_have_text("404 - " + edition.content.site.strings.not_found)
    assert editions[1].content.site.strings.not_found != editions[0].content.site.strings.not_found


def test_the_selector_goes_to_the_same_page_in_the_other_language(
        page: Page, url: str, editions: list[Edition]) -> None:
    reason = first_reason(editions[0])
    page.goto(url + reason)
    # By keyboard, as Material's menu opens on focus too (a hover menu can close while the
    # pointer travels to it, which made this test fail now and then).
    page.locator(".md-select__link[hreflang='es-ES']").focus()
    page.keyboard.press("Enter")
    expect(page).to_have_url(url + "es/" + reason)
    expect(page.locator("h1")).to_have_text(editions[1].content.reasons[0].reason.title)
    # A page of the other site, loaded whole: not swapped into this one by instant navigation.
    expect(page.locator("html")).to_have_attribute("lang", "es-ES")
    page.locator(".md-select__link[hreflang='en-GB']").focus()
    page.keyboard.press("Enter")
    expect(page).to_have_url(url + reason)
    expect(page.locator("html")).to_have_attribute("lang", "en-GB")


def test_answers_given_in_english_show_on_the_spanish_results(
        page: Page, url: str, editions: list[Edition]) -> None:
    reason = editions[0].content.reasons[0].reason
    page.goto(url + ASSESSMENT)
    expect(page.locator("html.sr-js")).to_have_count(1)
    for question in reason.questions:
        if question.only_if is None:
            answer(page, reason.id, question.id, len(question.options) - 1)
    scores = []
    for address in (url + RESULTS, url + "es/" + RESULTS):
        page.goto(address)
        expect(page.locator("html.sr-js")).to_have_count(1)
        row = page.locator("table.sr-table tbody tr").first
        expect(row).to_be_visible()
        scores.append(row.locator("td").all_inner_texts())
    # The same score, with the band in each language's words.
    assert scores[0][0] == scores[1][0] and scores[1][0].isdigit(), scores
    assert scores[1][1] in [band.label for band in editions[1].content.site.bands]


@pytest.mark.parametrize("address", ["reason", ASSESSMENT])
def test_axe_passes_on_spanish_pages_on_a_phone(mobile_page: Page, url: str, editions: list[Edition],
                                                axe: Callable[..., list[Violation]], address: str) -> None:
    mobile_page.goto(url + "es/" + (first_reason(editions[1]) if address == "reason" else address))
    expect(mobile_page.locator(NOT_STARTED)).to_have_count(0)
    violations = axe(mobile_page)
    assert violations == [], format_violations(violations)


def test_every_spanish_checklist_prints_on_one_page(page: Page, url: str, editions: list[Edition]) -> None:
    """Spanish runs longer than English: each checklist still fits one A4 page, in the wider
    font, printed 5% larger (as test_print.py checks the English ones)."""
    for source in editions[1].content.reasons:
        reason = source.reason
        page.goto(url + f"es/checklists/{reason.number:02d}-{reason.id}/")
        page.locator(".sr-checklist input[type=checkbox]").first.check()
        print_in(page, "DejaVu Sans")
        pages = page_count(print_pdf(page, "A4", SLACK))
        assert pages == 1, f"{reason.id}: {pages} A4 pages"


def test_the_spanish_interview_fields_fit_a_320px_phone(page: Page, url: str) -> None:
    # The grid's 14rem columns were wider than a 320 px screen: the inputs and the longest
    # Spanish format ("Grabada (sin nadie en directo)") were cut off at the right.
    page.set_viewport_size({"width": 320, "height": 700})
    page.goto(url + "es/after-the-interview/")
    fieldset = page.locator(".sr-thanks fieldset.sr-fields").first
    expect(fieldset).to_be_visible()
    beyond = fieldset.evaluate("""f => {
        const edge = f.getBoundingClientRect().right;
        return [...f.querySelectorAll('input, label')].filter(e => e.getBoundingClientRect().right > edge + 1)
            .map(e => e.textContent.trim() || e.name);
    }""")
    assert beyond == [], beyond


def test_downloaded_answers_are_named_in_each_language(page: Page, url: str, editions: list[Edition]) -> None:
    reason = editions[0].content.reasons[0].reason
    page.goto(url + ASSESSMENT)
    expect(page.locator("html.sr-js")).to_have_count(1)
    answer(page, reason.id, reason.questions[0].id, 0)
    for prefix, edition in (("", editions[0]), ("es/", editions[1])):
        page.goto(url + prefix + RESULTS)
        strings = edition.content.site.assessment
        with page.expect_download() as saved:
            page.get_by_role("button", name=strings.download).click()
        assert saved.value.suggested_filename == strings.download_file
    names = {edition.content.site.assessment.download_file for edition in editions}
    assert len(names) == len(editions), names
