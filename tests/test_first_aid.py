"""The first-aid page for a reader just turned down: its words come from quiz/site.yml
(first_aid:), it is linked from the home page, and it sits near the top of the navigation."""

from __future__ import annotations

import html
from pathlib import Path

import yaml

from secondround.cli import main


def built(project: Path, name: str) -> str:
    return (project / "site" / name).read_text(encoding="utf-8")


def test_the_page_shows_the_texts_of_site_yml_in_order(project_copy: Path) -> None:
    path = project_copy / "quiz" / "site.yml"
    site = yaml.safe_load(path.read_text(encoding="utf-8"))
    texts = site["first_aid"]
    # What a career centre might write instead: one changed line in each part.
    texts["kind"][0] = "We are sorry it did not work out this time."
    texts["draft"][1] = "Thank you for seeing me on Tuesday."
    texts["debrief_link"] = "Open our interview notes"
    path.write_text(yaml.safe_dump(site, allow_unicode=True, sort_keys=False), encoding="utf-8")
    assert main([], root=project_copy) == 0

    page = html.unescape(built(project_copy, "first-aid/index.html"))
    page = page[page.index("<h1"):]  # the page itself, not its <head> or the navigation
    order = [texts["page_title"], *texts["kind"], texts["soon_heading"], texts["feedback_intro"],
             *texts["draft"], texts["debrief_intro"], texts["debrief_link"],
             texts["assessment_heading"], texts["assessment_link"]]
    places = [page.find(text) for text in order]
    assert -1 not in places, f"missing from the page: {order[places.index(-1)]!r}"
    assert places == sorted(places), "kind words first, then the two things to do, then the self-check"
    assert f'<a href="../after-the-interview/">{texts["debrief_link"]}</a>' in page
    assert f'<a href="../assessment/">{texts["assessment_link"]}</a>' in page

    home = html.unescape(built(project_copy, "index.html"))
    assert f'<a href="first-aid/">{texts["home_link"]}</a>' in home, "the home page links to it"


def test_the_page_comes_straight_after_home_in_the_navigation(project_copy: Path) -> None:
    assert main([], root=project_copy) == 0
    page = built(project_copy, "assessment/index.html")
    title = yaml.safe_load((project_copy / "quiz" / "site.yml").read_text(encoding="utf-8"))[
        "first_aid"]["page_title"]
    nav = page[page.index('class="md-nav md-nav--primary"'):]
    link = nav.find('href="../first-aid/"')
    assert link != -1 and html.escape(title) in nav[link:link + 400], "the page is in the navigation"
    assert link < nav.find('href="./"'), "listed before the assessment itself"
