"""Embedding: pages of the site inside a host page on another origin, sized by embed-host.js."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Frame, Locator, Page, expect

from ..site_texts import site_texts
from .conftest import serve
from .helpers import block_storage

# The whole file is in the smoke set run on Zensical's site too.
pytestmark = pytest.mark.zensical

# Host pages name an icon, as real ones do: without one the browser asks for /favicon.ico,
# which the test server does not have (a 404 the page guard would report).
HOST_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Careers centre</title>
<link rel="icon" href="data:,"></head>
<body style="margin:0">
<h1>Our careers pages</h1>
<iframe id="one" data-second-round src="{site}?embed=1" title="Home" style="width:100%;border:0"></iframe>
<p>Between the frames.</p>
<iframe id="two" data-second-round src="{site}reasons/01-not-prepared/?embed=1" title="Reason"
        style="width:100%;border:0"></iframe>
<script src="{site}assets/embed-host.js" async></script>
</body></html>
"""
# A page on the host's origin that pretends to be the embedded site.
IMPOSTOR = """<!doctype html><html lang="en"><head><title>x</title><link rel="icon" href="data:,"></head>
<body><script>
parent.postMessage({source: "second-round", type: "height", version: 1, height: 4321}, "*");
</script></body></html>"""

# Widgets main.js has not started yet in a frame, embed mode's own included (it marks each one it
# starts with data-sr-ready); outside a frame, helpers.NOT_STARTED leaves embed mode's out.
FRAME_NOT_STARTED = "[data-module]:not([data-sr-ready])"


@pytest.fixture
def host_url(tmp_path: Path, base_url: str) -> Iterator[str]:
    """A host page on http://localhost:PORT, a different origin (and site) from the site's 127.0.0.1."""
    (tmp_path / "index.html").write_text(HOST_PAGE.format(site=base_url))
    (tmp_path / "impostor.html").write_text(IMPOSTOR)
    with serve(tmp_path, host="localhost") as url:
        yield url


def frame(page: Page, frame_id: str) -> Frame:
    handle = page.locator(f"#{frame_id}").element_handle()
    assert handle is not None
    content = handle.content_frame()
    assert content is not None
    return content


def heights(page: Page, frame_id: str) -> tuple[float, float]:
    """(height of the iframe element on the host, height of the page inside it)."""
    outer = page.locator(f"#{frame_id}").evaluate("f => f.getBoundingClientRect().height")
    inner = frame(page, frame_id).evaluate("() => document.documentElement.getBoundingClientRect().height")
    return outer, inner


def scroll_to(page: Page, frame_id: str, target: Locator) -> None:
    """Scroll the host page as a visitor does, until `target` (in the frame) is on screen, and
    wait until the frame has drawn it. Chromium pauses a frame from another origin while it is
    off screen; a click sent within a frame or two of it coming into view (Playwright's own
    scroll, then its click, on a loaded machine) reached the host page's <iframe> element
    instead of the frame's radio, which stayed unticked. A visitor sees the answer first."""
    y = target.evaluate("e => e.getBoundingClientRect().top + scrollY")
    page.evaluate("([id, y]) => scrollTo(0, document.getElementById(id).getBoundingClientRect().top"
                  " + scrollY + y - innerHeight / 3)", [frame_id, y])
    target.evaluate("() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))")


def assert_fits(page: Page, frame_id: str) -> None:
    # Chromium pauses rendering (and so ResizeObserver) in cross-origin frames
    # that are off screen; a visitor sees the frame resize as it scrolls into view.
    page.locator(f"#{frame_id}").scroll_into_view_if_needed()

    def fits() -> bool:
        outer, inner = heights(page, frame_id)
        return abs(outer - inner) <= 3
    for _ in range(40):
        if fits():
            break
        page.wait_for_timeout(100)
    outer, inner = heights(page, frame_id)
    assert abs(outer - inner) <= 3, f"#{frame_id}: frame {outer}px, content {inner}px"
    scrolls = frame(page, frame_id).evaluate(
        "() => document.documentElement.scrollHeight > document.documentElement.clientHeight + 1")
    assert not scrolls, f"#{frame_id} has a scrollbar of its own"


def test_frames_take_the_height_of_their_content(page: Page, host_url: str) -> None:
    page.goto(host_url)
    for frame_id in ("one", "two"):
        expect(frame(page, frame_id).locator("h1")).to_be_visible()
        assert_fits(page, frame_id)
    # Narrower window: text wraps, pages grow, frames follow.
    before = heights(page, "two")[0]
    page.set_viewport_size({"width": 420, "height": 800})
    assert_fits(page, "one")
    assert_fits(page, "two")
    assert heights(page, "two")[0] > before


def test_frame_follows_the_content_after_answering(page: Page, host_url: str) -> None:
    page.goto(host_url)
    reason = frame(page, "two")
    expect(reason.locator("h1")).to_be_visible()
    assert_fits(page, "two")
    before = heights(page, "two")[0]
    # Answer every question and open an explanation: the page grows, the frame follows.
    for question in reason.locator("form.sr-selfcheck fieldset").all():
        question.locator("input[type=radio]").last.check()
    reason.locator("details.sr-explanation").first.evaluate("d => { d.open = true; }")
    assert_fits(page, "two")
    assert heights(page, "two")[0] > before


def test_embed_mode_shows_only_the_content_and_stays_on(page: Page, host_url: str, base_url: str) -> None:
    page.goto(host_url)
    home = frame(page, "one")
    expect(home.locator("h1")).to_be_visible()
    for chrome in (".md-header", ".md-sidebar--primary", ".md-footer"):
        assert not home.locator(chrome).first.is_visible(), f"{chrome} shows inside the frame"
    full = home.locator(".sr-embed-bar a")
    assert full.get_attribute("href") == base_url
    assert full.get_attribute("target") == "_blank"
    # Follow a link inside the frame: the next page is embedded too.
    home.locator("article a[href*='reasons/']").first.click()
    expect(home.locator("h1")).not_to_have_text("Second Round")
    assert "embed=1" in home.url
    assert not home.locator(".md-header").is_visible()
    expect(home.locator(".sr-embed-bar a")).to_have_count(1)


def test_open_the_full_site_opens_it_whole_in_a_new_tab(page: Page, host_url: str, base_url: str) -> None:
    """The click that follows a link inside the frame put ?embed=1 back on this one too,
    so the "full site" opened as the bare frame content again (a centre's trial)."""
    page.goto(host_url)
    home = frame(page, "one")
    with page.context.expect_page() as opened:
        home.locator(".sr-embed-bar a").click()
    full = opened.value
    full.wait_for_load_state()
    assert full.url == base_url
    expect(full.locator(".md-header")).to_be_visible()
    full.close()


def test_the_site_without_embed_keeps_its_header(page: Page, base_url: str) -> None:
    page.goto(base_url)
    expect(page.locator(".md-header")).to_be_visible()
    expect(page.locator(".sr-embed-bar")).to_have_count(0)


def test_blocked_storage_in_the_frame_is_said_and_the_full_site_offered(page: Page, host_url: str) -> None:
    block_storage(page.context, in_frames_only=True)
    page.goto(host_url)
    notice = frame(page, "two").locator(".sr-embed-notice")
    expect(notice).to_be_visible()
    expect(notice).to_contain_text(site_texts().embed.storage_blocked)
    expect(notice.locator("a")).to_have_attribute("target", "_blank")
    # One offer of the full site, in the warning itself, not a second copy above it.
    expect(frame(page, "two").locator("a[target=_blank]")).to_have_count(1)
    # The home page keeps nothing, so it has nothing to warn about; its link to the full site stays.
    expect(frame(page, "one").locator(".sr-embed-bar")).to_be_visible()
    expect(frame(page, "one").locator(".sr-embed-notice")).to_have_count(0)
    # Storage on the host's own page is untouched, so the top-level site is not affected.
    assert page.evaluate("() => { localStorage.setItem('x', '1'); return localStorage.getItem('x'); }") == "1"


def test_a_frame_that_cannot_keep_anything_warns_once_per_page(
        page: Page, host_url: str, base_url: str) -> None:
    """The warning at the top of the page is the one warning: the widgets (three on After the
    interview) do not each add that the browser keeps nothing, which in a frame is not even
    true (the full site keeps it)."""
    block_storage(page.context, in_frames_only=True)
    page.goto(host_url)
    reason = frame(page, "two")
    expect(reason.locator(".sr-embed-notice")).to_have_count(1)
    expect(reason.locator(FRAME_NOT_STARTED)).to_have_count(0)
    expect(reason.get_by_text(site_texts().assessment.blocked, exact=True)).to_have_count(0)
    # Someone skipping the header with the keyboard lands on the warning, not below it: the
    # next Tab reaches the warning's link.
    reason.locator(".md-skip").focus()
    reason.locator(".md-skip").press("Enter")
    reason.locator(".md-skip").page.keyboard.press("Tab")
    expect(reason.locator(".sr-embed-notice a")).to_be_focused()
    reason.goto(base_url + "after-the-interview/?embed=1")
    expect(reason.locator(".sr-embed-notice")).to_have_count(1)
    expect(reason.locator(FRAME_NOT_STARTED)).to_have_count(0)
    reason.wait_for_timeout(100)  # say() fills the live regions 50 ms after a widget starts
    expect(reason.get_by_text(site_texts().checklists.blocked, exact=True)).to_have_count(0)


def test_only_the_frame_own_site_can_resize_it(page: Page, host_url: str) -> None:
    page.goto(host_url)
    assert_fits(page, "one")
    before = heights(page, "one")[0]
    # The frame is sent to a page of another origin, which claims to be the site.
    frame(page, "one").evaluate(f"() => {{ location.href = {host_url + 'impostor.html'!r}; }}")
    page.wait_for_timeout(800)
    assert heights(page, "one")[0] == before, "a message from another origin resized the frame"


def test_the_embed_page_snippet_works_when_pasted(page: Page, base_url: str, tmp_path: Path) -> None:
    """A career centre copies the code from "Embed on your site" into its page, and it works."""
    page.goto(base_url + "embed/")
    snippet = page.locator("[data-module=sr-embed-snippet] code").inner_text()
    assert f'src="{base_url}?embed=1"' in snippet, snippet
    assert f'src="{base_url}assets/embed-host.js"' in snippet, snippet
    (tmp_path / "index.html").write_text(
        f"<!doctype html><html lang='en'><head><title>Host</title><link rel='icon' href='data:,'></head>"
        f"<body>{snippet}</body></html>")
    with serve(tmp_path, host="localhost") as host:
        page.goto(host)
        handle = page.locator("iframe[data-second-round]").element_handle()
        assert handle is not None and handle.content_frame() is not None
        page.locator("iframe[data-second-round]").evaluate("f => { f.id = 'pasted'; }")
        expect(frame(page, "pasted").locator("h1")).to_be_visible()
        assert_fits(page, "pasted")


def test_links_the_results_make_keep_embed_mode_and_the_new_page_starts_in_view(
        page: Page, host_url: str, base_url: str) -> None:
    """The plan's links are built in the browser after the page loaded; following one
    must not load the whole site (header, sidebar) inside the host's page."""
    page.set_viewport_size({"width": 390, "height": 700})
    page.goto(host_url)
    inside = frame(page, "two")
    inside.goto(base_url + "assessment/?embed=1")
    # Its widgets started (their script comes after the page's): a radio ticked in between is
    # kept, but Playwright's check() can look while the widget is putting it back.
    expect(inside.locator(FRAME_NOT_STARTED)).to_have_count(0)
    radio = inside.locator("form.sr-selfcheck input[type=radio]").nth(2)
    scroll_to(page, "two", radio)
    radio.click()
    expect(radio).to_be_checked()
    inside.locator("button[type=submit]").first.click()
    link = inside.locator("ol.sr-ranked li a").first
    expect(link).to_be_visible()
    # The results draw their links before embed mode (a script of its own) may have started
    # to keep ?embed=1 on them: a click in between would load the whole site (1 full run in 3
    # on a loaded machine). A visitor is far slower than that; the test waits as they would.
    expect(inside.locator(FRAME_NOT_STARTED)).to_have_count(0)
    # The visitor has scrolled the host far down, to the link.
    scroll_to(page, "two", link)
    link.click()
    expect(inside.locator("h1")).not_to_have_text(re.compile("assessment", re.I))
    assert "embed=1" in inside.url
    assert not inside.locator(".md-header").is_visible(), "the site's header loaded inside the frame"
    # Once the new page has loaded, the host brings the frame's top into view.
    page.wait_for_function("() => { const top = document.querySelector('#two').getBoundingClientRect().top;"
                           " return top > -1 && top < innerHeight; }", timeout=5000)
