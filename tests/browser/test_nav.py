"""The navigation in the reader's order, on a phone (Material's drawer) and a desktop."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from .helpers import reasons


def test_on_a_phone_the_drawer_leads_from_home_to_a_reason_in_its_group(mobile_page: Page,
                                                                        base_url: str) -> None:
    page = mobile_page
    page.goto(base_url)
    page.locator("label.md-header__button[for='__drawer']").click()
    drawer = page.locator("nav.md-nav--primary")
    top = drawer.locator(":scope > ul > li > :is(a, label, div > a, div > label)")
    expect(top.first).to_be_visible()
    # The open page's entry is both a label (its contents) and a link: each name once.
    names = list(dict.fromkeys(" ".join(text.split()) for text in top.all_inner_texts()))
    assert names == ["Home", "Turned down? Start here", "Your self-assessment", "Your results",
                     "The ten reasons", "Checklists", "After the interview", "About and sources",
                     "For career centres"], names
    # navigation.prune: a closed section is a link to its first page, so each page carries
    # only the navigation it shows.
    top.filter(has_text="The ten reasons").last.click()  # .first is the home page's own heading
    first = reasons()[0]
    expect(page).to_have_url(f"{base_url}reasons/{first['number']:02d}-{first['id']}/")
    # The drawer opens on the page's own group: its reasons, one tap away.
    page.locator("label.md-header__button[for='__drawer']").click()
    second = reasons()[1]
    drawer.get_by_role("link", name=second["title"], exact=True).click()
    expect(page).to_have_url(f"{base_url}reasons/{second['number']:02d}-{second['id']}/")
    expect(page.get_by_role("heading", level=1)).to_have_text(second["title"])


def test_on_a_desktop_the_groups_lead_to_their_reasons_and_the_adviser_pages_come_last(
        page: Page, base_url: str) -> None:
    page.goto(base_url + "about/")
    sidebar = page.locator("nav.md-nav--primary")
    sidebar.get_by_role("link", name="The ten reasons").click()
    sidebar.get_by_role("link", name="Outside your control").click()
    outside = next(r for r in reasons() if not r["in_your_control"])
    expect(page).to_have_url(f"{base_url}reasons/{outside['number']:02d}-{outside['id']}/")
    expect(page.get_by_role("heading", level=1)).to_have_text(outside["title"])
    sidebar.get_by_role("link", name="For career centres").click()
    expect(page).to_have_url(base_url + "embed/")
