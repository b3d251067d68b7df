"""View-models for the self-assessment: the assessment page and the texts its scripts show.

The scripts never hold a word of interface text: everything they print comes
from the JSON blocks made here (from site.yml and the reason files), so a
career centre rewords or translates the quiz in YAML alone.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from markupsafe import Markup

from .content import Content, ReasonSource
from .render import Page, _reason_view, data_block, quick_minutes, site_path
from .render_checklists import checklist_page
from .schema import Question

ASSESSMENT_PAGE = "assessment.md"
RESULTS_PAGE = "results.md"
# Where the assessment and results pages sit relative to the site root (directory URLs).
_TO_ROOT = "../"


def ui_strings(content: Content) -> Markup:
    """Interface texts for the quiz scripts, printed once on every page that has a quiz."""
    site = content.site
    data: dict[str, Any] = dict(site.assessment.model_dump())
    data["inControl"] = site.strings.in_your_control
    data["outControl"] = site.strings.outside_your_control
    return data_block("sr-ui", data)


def plan_content(content: Content) -> Markup:
    """What the action plan shows for each reason: its steps, links (its page and its
    printable checklist) and, where it is not the visitor's doing, why it is not their fault."""
    site = content.site
    reasons = {}
    for source in content.reasons:
        reason = source.reason
        href = _TO_ROOT + site_path(source)
        reasons[reason.id] = {
            "href": href,
            "checklist": _TO_ROOT + checklist_page(source).removesuffix(".md") + "/",
            "stepsHeading": site.strings.what_to_do if reason.in_your_control
            else site.strings.what_you_can_still_do,
            "steps": reason.next_steps,
            "noBlame": reason.no_blame,
            # What to do this week after a given answer: {question id: {answer index: text}}.
            "advice": {q.id: {str(i): o.advice for i, o in enumerate(q.options) if o.advice}
                       for q in reason.questions if any(o.advice for o in q.options)},
        }
    adviser = None
    if site.adviser:
        adviser = {"name": site.adviser.name, "message": site.adviser.message,
                   "url": site.adviser.booking_url, "email": site.adviser.email}
    return data_block("sr-plan", {"reasons": reasons, "adviser": adviser, "site": site.title})


def assessment_view(content: Content) -> dict[str, Any]:
    """The quick check (one screening question per reason) and the remaining questions,
    reason by reason, as one form that is readable and printable without JavaScript."""
    quick = []
    steps = []
    for source in content.reasons:
        view = _reason_view(content, source)
        screening = [q for q in view["questions"] if q["screening"]]
        rest = [q for q in view["questions"] if not q["screening"]]
        for question in screening:
            quick.append({**question, "reason_id": view["id"], "reason_title": source.reason.short_title})
        steps.append({"id": view["id"], "number": source.reason.number, "title": view["title"],
                      "control_label": view["control_label"], "control_class": view["control_class"],
                      "questions": rest, "paper": paper_table(content, source)})
    outside = next((s for s in content.reasons if not s.reason.in_your_control), content.reasons[0])
    minutes = quick_minutes(len(quick))  # the same estimate as the home page's
    return {"quick": quick, "steps": steps, "outside_link": _TO_ROOT + site_path(outside),
            "quick_intro": content.site.assessment.quick_intro.format(minutes=minutes)}


def paper_table(content: Content, source: ReasonSource) -> list[dict[str, Any]]:
    """The result in points, for working it out with a pen: each band's range of totals when
    every question is answered, and, for a reason with follow-up questions, when those were
    skipped. Same rule as scoring.py: a band starts where 100 x points / most reaches its
    min_score."""
    questions = source.reason.questions
    tables = [_ranges(content, questions)]
    if any(q.only_if for q in questions):
        tables.append(_ranges(content, [q for q in questions if q.only_if is None]))
    return tables


def _ranges(content: Content, questions: list[Question]) -> dict[str, Any]:
    most = sum(max(option.weight for option in q.options) for q in questions)
    bands = content.site.bands
    starts = [math.ceil(band.min_score * most / 100 - 1e-9) for band in bands]
    rows = []
    for i, band in enumerate(bands):
        low = starts[i]
        high = starts[i + 1] - 1 if i + 1 < len(bands) else most
        if low <= high:
            rows.append({"label": band.label, "low": low, "high": high})
    return {"most": most, "rows": rows}


def assessment_pages(content: Content, render: Callable[..., Page]) -> list[Page]:
    """Called from render.render_site with its render() helper."""
    strings = content.site.assessment
    return [render("assessment.md.j2", ASSESSMENT_PAGE, content.site_file, strings.title,
                   strings.description, assessment=assessment_view(content)),
            render("results.md.j2", RESULTS_PAGE, content.site_file, strings.results_title,
                   strings.results_description, plan=plan_content(content))]
