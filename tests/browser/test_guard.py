"""The page guard itself (conftest._guarded_context): every other browser test leans on it to
prove the site reaches no other host, so it must catch each way a page could, and nothing else."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Browser

from .conftest import DESKTOP, _Guard, _guarded_context, _KeptTab, serve
from .helpers import put_raw, stored_raw


@pytest.mark.parametrize("reach_out", [
    "fetch('https://example.org/track').catch(() => {})",
    "new Image().src = 'http://cdn.example.net/pixel.gif'",
    "new WebSocket('wss://example.com/socket')",
    # The port of our own server, on another host.
    "fetch(`http://example.org:${location.port}/`).catch(() => {})",
])
def test_the_guard_fails_a_page_that_reaches_another_host(
        browser: Browser, request: pytest.FixtureRequest, base_url: str, reach_out: str) -> None:
    # The site's own Content-Security-Policy would stop these first; the guard is the second
    # line, for what a policy might let through, so it is tested without one.
    with (pytest.raises(pytest.fail.Exception, match="off-origin request blocked"),
          _guarded_context(browser, request, bypass_csp=True, **DESKTOP) as context):
        page = context.new_page()
        page.goto(base_url)
        page.evaluate(reach_out)
        page.wait_for_timeout(300)  # the request is made after evaluate returns


def test_the_browser_itself_refuses_another_host_even_one_that_answers(
        browser: Browser, request: pytest.FixtureRequest, base_url: str, site_dir: Path) -> None:
    """The guard notes a request to another host; the browser (conftest.NOWHERE_PROXY) is what
    stops it, so no test run leaks a request even where a server would answer it."""
    with (serve(site_dir, host="127.0.0.2") as elsewhere,
          pytest.raises(pytest.fail.Exception, match=r"off-origin request blocked: GET http://127\.0\.0\.2"),
          _guarded_context(browser, request, bypass_csp=True, **DESKTOP) as context):
        page = context.new_page()
        page.goto(base_url)
        # no-cors: a server that answers resolves the fetch; only a refused request rejects it.
        answered = page.evaluate(
            "(url) => fetch(url, {mode: 'no-cors'}).then(() => 'answered', () => 'refused')",
            elsewhere + "sitemap.xml")
        assert answered == "refused", f"{elsewhere} was reached from the browser"


def test_the_guard_lets_the_site_load_from_its_own_origin(
        browser: Browser, request: pytest.FixtureRequest, base_url: str) -> None:
    with _guarded_context(browser, request, **DESKTOP) as context:
        page = context.new_page()
        page.goto(base_url + "assessment/")
        page.evaluate("fetch(location.origin + '/sitemap.xml').then((r) => r.text())")
    # Leaving the block without pytest.fail is the assertion; the page did load its own files.
    assert page.is_closed()


def test_a_kept_guard_reports_each_tests_own_problems(
        browser: Browser, request: pytest.FixtureRequest, base_url: str) -> None:
    """A tab kept from test to test (conftest._KeptTab) reports after each test: what one
    test's page did fails that test, and the next starts with a clean record."""
    context = browser.new_context(bypass_csp=True, **DESKTOP)
    try:
        guard = _Guard(context)
        page = context.new_page()
        page.goto(base_url)
        page.evaluate("fetch('https://example.org/track').catch(() => {})")
        page.wait_for_timeout(300)
        with pytest.raises(pytest.fail.Exception, match=r"example\.org/track"):
            guard.report(request)
        page.goto(base_url + "about/")
        guard.report(request)  # nothing new: does not fail
    finally:
        context.close()


def test_a_kept_tab_is_tidied_for_the_next_test_or_replaced(
        browser: Browser, base_url: str, site_dir: Path) -> None:
    """_KeptTab: what one test stored is gone for the next; a tab whose test visited a second
    origin (whose storage cannot be cleared from here), used a server that has stopped (whose
    files are in its cache) or froze the clock is not kept."""
    tab = _KeptTab(browser, DESKTOP)
    try:
        tab.page.goto(base_url)
        put_raw(tab.page, "answers", "{}")
        assert tab.tidy() and tab.page.url == "about:blank"
        tab.page.goto(base_url)
        assert stored_raw(tab.page) is None
        with serve(site_dir, host="localhost") as elsewhere:
            tab.page.goto(elsewhere)
        assert not tab.tidy(), "a second origin's storage would be left for the next test"
    finally:
        tab.close()
    tab = _KeptTab(browser, DESKTOP)
    try:
        with serve(site_dir) as short_lived:
            tab.page.goto(short_lived)
        assert tab.stale() and not tab.tidy(), (
            "its cache holds a stopped server's files, which the next server on its port would seem to serve")
    finally:
        tab.close()
    tab = _KeptTab(browser, DESKTOP)
    try:
        tab.page.clock.set_fixed_time("2026-02-01T10:00:00Z")
        tab.page.goto(base_url)
        assert not tab.tidy(), "a frozen clock would stay frozen for the next test"
    finally:
        tab.close()
