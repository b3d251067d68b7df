"""The self-assessment's two pages: the assessment (quick check, then reason by reason, and
its paper edition) and the results page. Their JSON for the scripts is made in blocks.py."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from .blocks import quiz_config
from .content import Content, ReasonSource
from .pages import ASSESSMENT, QUIZ_TO_ROOT, RESULTS, Page, site_path
from .render_reason import reason_view
from .schema import Question


def quick_minutes(questions: int) -> int:
    """About how long the quick check takes: 20 seconds a question, rounded to whole
    minutes, and never "about 1 minutes" or less (a plural the texts can always use)."""
    return max(2, (questions + 1) // 3)


def assessment_view(content: Content) -> dict[str, Any]:
    """The quick check (one screening question per reason) and the remaining questions,
    reason by reason, as one form that is readable and printable without JavaScript."""
    quick = []
    steps = []
    for source in content.reasons:
        view = reason_view(content, source)
        screening = [q for q in view["questions"] if q["screening"]]
        rest = [q for q in view["questions"] if not q["screening"]]
        for question in screening:
            quick.append({**question, "reason_id": view["id"], "reason_title": source.reason.short_title})
        steps.append({"id": view["id"], "number": source.reason.number, "title": view["title"],
                      "control_label": view["control_label"], "control_class": view["control_class"],
                      "questions": rest, "paper": paper_table(content, source)})
    outside = next((s for s in content.reasons if not s.reason.in_your_control), content.reasons[0])
    minutes = quick_minutes(len(quick))  # the same estimate as the home page's
    return {"quick": quick, "steps": steps, "outside_link": QUIZ_TO_ROOT + site_path(outside),
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
    strings = content.site.assessment
    return [render("assessment.md.j2", ASSESSMENT, content.site_file, strings.title,
                   strings.description, assessment=assessment_view(content), config=quiz_config(content)),
            render("results.md.j2", RESULTS, content.site_file, strings.results_title,
                   strings.results_description, config=quiz_config(content, plan=True))]
