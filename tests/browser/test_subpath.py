"""The site served under a sub-path (https://<org>.github.io/<repo>/) works as at the root."""

from __future__ import annotations

from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

import pytest
from playwright.sync_api import Page, Response, expect

from secondround.cli import main

from ..site_texts import site_texts
from .conftest import (
    SEARCH_INDEXES,
    format_violations,
    one_page_per_template,
    serve,
    site_dir_path,
    site_pages,
    translation_dirs,
)
from .helpers import NOT_STARTED

# The whole file is in the smoke set run on Zensical's site too.
pytestmark = pytest.mark.zensical

PAGES = site_pages(site_dir_path())


@pytest.mark.parametrize("page_path", one_page_per_template(PAGES, translation_dirs(site_dir_path())))
def test_page_and_everything_it_loads_resolve_under_the_subpath(
    page: Page, subpath_url: str, page_path: str
) -> None:
    failed: list[str] = []

    def on_response(response: Response) -> None:
        if response.status >= 400:
            failed.append(f"{response.status} {response.url}")

    page.on("response", on_response)
    url = subpath_url + page_path.removesuffix("index.html")
    # What a page fetches after its load event, waited for by name rather than by half a
    # second of quiet (networkidle): the search index, which Material's worker asks for, and
    # each widget's script (NOT_STARTED).
    with page.expect_response(lambda r: r.url.endswith(SEARCH_INDEXES)):
        assert page.goto(url).status == 200  # type: ignore[union-attr]
    expect(page.locator(NOT_STARTED)).to_have_count(0)
    assert failed == [], f"requests that failed under the sub-path: {failed}"
    links = page.eval_on_selector_all(
        "a[href]", "links => links.map(a => a.href).filter(h => h.startsWith(location.origin))")
    outside = [link for link in links if not link.startswith(subpath_url)]
    assert outside == [], f"links that leave the sub-path: {outside}"


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        href = dict(attrs).get("href")
        if tag in ("a", "link") and href:
            self.hrefs.append(href)


def test_every_internal_link_resolves_under_the_subpath(page: Page, subpath_url: str) -> None:
    """Every link written into every page (read from the HTML the server sends, so no
    page needs rendering) answers 200 under the sub-path."""
    targets: set[str] = set()
    for page_path in PAGES:
        url = subpath_url + page_path.removesuffix("index.html")
        response = page.request.get(url)
        assert response.status == 200, f"{response.status} {url}"
        parser = _Links()
        parser.feed(response.text())
        for href in parser.hrefs:
            target = urljoin(url, href).split("#")[0]
            if target.startswith(subpath_url.split("/second-round/")[0]):
                targets.add(target)
    assert len(targets) > len(PAGES), f"too few links found to be a real check: {sorted(targets)}"
    outside = sorted(t for t in targets if not t.startswith(subpath_url))
    assert outside == [], f"links that leave the sub-path: {outside}"
    broken = []
    for target in sorted(targets):
        response = page.request.get(target)
        if response.status != 200:
            broken.append(f"{response.status} {target}")
    assert broken == [], broken


# Chromium logs the 404 status of the page itself as a console error.
@pytest.mark.allow_console_errors
def test_a_missing_page_under_the_subpath_gets_a_styled_404(
    page: Page, project_copy: Path, monkeypatch: pytest.MonkeyPatch,
    axe: Callable[..., list[dict[str, Any]]], engine: str,
) -> None:
    """Published with SITE_URL set (as the workflow does), the 404 page finds its assets anywhere."""
    (project_copy / "site").mkdir()
    with serve(project_copy / "site", prefix="/second-round/") as url:
        monkeypatch.setenv("SITE_URL", url)
        assert main(["--engine", engine], root=project_copy) == 0
        failed: list[str] = []
        page.on("response", lambda r: failed.append(r.url) if r.status >= 400 else None)
        response = page.goto(url + "no/such/page/")
        assert response is not None and response.status == 404
        page.wait_for_load_state("networkidle")
        assert failed == [url + "no/such/page/"], f"the 404 page could not load: {failed[1:]}"
        not_found = site_texts().strings.not_found
        assert page.locator("h1").inner_text().strip() == "404 - " + not_found
        home = page.locator("a.md-header__button.md-logo").get_attribute("href")
        assert home == url, "the logo leads back to the edition's home, not the host's root"
        violations = axe(page)
        assert not violations, format_violations(violations)


def test_answers_are_stored_under_the_editions_own_key(page: Page, subpath_url: str) -> None:
    """Several editions can share one GitHub Pages origin: each keeps its own answers
    (and its own light or dark choice, which Material keeps under the edition's path)."""
    page.goto(subpath_url + "reasons/01-not-prepared/")
    page.locator("form.sr-selfcheck input[type=radio]").first.check()
    page.wait_for_function("() => localStorage.length > 0")
    keys = page.evaluate("() => Object.keys(localStorage)")
    ours = [key for key in keys if key.startswith("second-round:/second-round/:")]
    assert ours and sorted(set(keys) - set(ours)) == ["/second-round/.__palette"], keys
    page.reload()
    assert page.locator("form.sr-selfcheck input[type=radio]").first.is_checked()
