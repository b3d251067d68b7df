"""The quiz content as the tests see it: read from the YAML, scored in Python.

The expected results of the browser tests are computed here from the weights in
quiz/*.yml, so a change of content changes the expectations, never the reverse.
"""

from __future__ import annotations

from typing import Any

import yaml
from playwright.sync_api import Page

from secondround import scoring
from secondround.schema import Band, Reason

from ..site_texts import site_texts
from .helpers import QUIZ, reasons

ASSESSMENT = "assessment/"
RESULTS = "results/"


def site() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((QUIZ / "site.yml").read_text(encoding="utf-8"))
    return data


def ui() -> dict[str, str]:
    """The assessment's interface texts, as the build reads them from quiz/site.yml."""
    texts: dict[str, str] = site_texts().assessment.model_dump()
    return texts


def reason_path(reason: dict[str, Any]) -> str:
    return f"reasons/{reason['number']:02d}-{reason['id']}/"


Answers = dict[str, dict[str, int]]


def _model(reason: dict[str, Any]) -> Reason:
    return Reason.model_validate(reason)


def result(reason: dict[str, Any], given: dict[str, int]) -> scoring.Result:
    """The reason's result by secondround/scoring.py (Python, apart from the page's scoring.js)."""
    return scoring.score_reason(_model(reason), given)


def exact_score(reason: dict[str, Any], given: dict[str, int]) -> float | None:
    return result(reason, given).exact


def score(reason: dict[str, Any], given: dict[str, int]) -> int | None:
    """The score as shown: the exact one rounded down, so the number and its band agree."""
    return result(reason, given).score


def reason_band(reason: dict[str, Any], given: dict[str, int]) -> dict[str, Any] | None:
    """The band shown, or None while unanswered or only an early signal."""
    found = scoring.band_for([Band.model_validate(b) for b in site()["bands"]], result(reason, given))
    return None if found is None else next(b for b in site()["bands"] if b["id"] == found.id)


def band(value: int | None) -> dict[str, Any] | None:
    """The band a score falls in, whatever the evidence."""
    if value is None:
        return None
    return [b for b in site()["bands"] if value >= b["min_score"]][-1]


def where_to_start(answers: Answers) -> list[dict[str, Any]]:
    """At most three reasons, most likely first, with a result in the middle band or above."""
    bands = [b["id"] for b in site()["bands"]]
    middle = len(bands) // 2
    return [r for r in ranking(answers)
            if (b := reason_band(r, answers.get(r["id"], {}))) and bands.index(b["id"]) >= middle][:3]


def ranking(answers: Answers) -> list[dict[str, Any]]:
    """Most likely first, in four groups: results in the middle band or above, early signals,
    results in the lower bands, the unanswered; by exact score within a group, ties in the
    reasons' own order."""
    bands = [b["id"] for b in site()["bands"]]

    def key(item: tuple[int, dict[str, Any]]) -> tuple[int, float, int]:
        k, reason = item
        given = answers.get(reason["id"], {})
        r, b = result(reason, given), reason_band(reason, given)
        group = (0 if b and bands.index(b["id"]) >= len(bands) // 2 else 1 if r.early
                 else 2 if b else 3)
        return (group, -(r.exact or 0.0), k)
    return [r for _, r in sorted(enumerate(reasons()), key=key)]


def enable_instant_navigation(page: Page, base_url: str) -> None:
    """Serve a sitemap that lists the site's pages, so Material's instant navigation works.

    Material swaps pages in place only for addresses listed in sitemap.xml, and with
    mkdocs.yml's empty site_url the built sitemap is empty; a site published with a
    site_url gets instant navigation, so the tests exercise it this way.
    """
    pages = ["", ASSESSMENT, RESULTS, "about/", "checklists/", "after-the-interview/",
             *(reason_path(r) for r in reasons())]
    body = ('<?xml version="1.0" encoding="UTF-8"?>'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            + "".join(f"<url><loc>{base_url}{path}</loc></url>" for path in pages) + "</urlset>")
    page.route("**/sitemap.xml", lambda route: route.fulfill(
        status=200, content_type="application/xml", body=body))
