"""The adviser page "How your result is worked out": the rules in words and a worked example.

The example is worked out here with secondround/scoring.py, the rule the pages apply in the
browser; tests/js/method.test.mjs works it out again with the pages' own scoring.js and
compares, so the page cannot drift from the engine.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from . import scoring
from .blocks import data_block
from .content import Content, ReasonSource
from .pages import METHOD, Page
from .schema import Question, Reason
from .wording import one_decimal


def example_answers(reason: Reason) -> dict[str, int]:
    """A plausible, mixed set of answers that shows the rules at work: the quick-check question
    answered mildly (so its follow-ups apply), one "I do not know", the rest alternating."""
    given: dict[str, int] = {}
    unknown_shown = False
    for position, question in enumerate(reason.questions):
        unknown = [i for i, o in enumerate(question.options) if o.unknown]
        if unknown and not unknown_shown:
            given[question.id] = unknown[0]
            unknown_shown = True
        elif question.screening:
            given[question.id] = 1
        else:
            given[question.id] = position % 2
    return given


def _example_source(content: Content) -> ReasonSource:
    """The first reason with a follow-up, else with an "I do not know" answer, else the first."""
    def has_follow_up(q: Question) -> bool:
        return q.only_if is not None

    def has_unknown(q: Question) -> bool:
        return any(o.unknown for o in q.options)

    for shows in (has_follow_up, has_unknown):
        for source in content.reasons:
            if any(shows(q) for q in source.reason.questions):
                return source
    return content.reasons[0]


def method_view(content: Content) -> dict[str, Any]:
    texts = content.site.method
    source = _example_source(content)
    reason = source.reason
    given = example_answers(reason)
    result = scoring.score_reason(reason, given)
    band = scoring.band_for(list(content.site.bands), result)
    rows = []
    for question in reason.questions:
        option = question.options[given[question.id]]
        most = max(o.weight for o in question.options)
        if not scoring.applies(reason, question, given):
            rows.append({"question": question.text, "answer": texts.not_asked, "points": "", "most": ""})
        elif option.unknown:
            rows.append({"question": question.text, "answer": option.label,
                         "points": texts.not_counted, "most": ""})
        else:
            rows.append({"question": question.text, "answer": option.label,
                         "points": str(option.weight), "most": str(most)})
    bands = ", ".join(texts.band_from.format(label=b.label, min=b.min_score) for b in content.site.bands)
    exact = one_decimal(result.exact or 0.0, content.site.language)
    total = texts.example_total.format(points=result.points, most=result.most, exact=exact,
                                       score=result.score, band=band.label if band else "")
    return {
        "reason_title": reason.title,
        "rows": rows,
        "total": total,
        "bands": bands,
        # For the test that works the example out again with the pages' scoring.js.
        "data": data_block("sr-example", {"reason": reason.id, "answers": given,
                                          "score": result.score, "band": band.id if band else None}),
    }


def method_pages(content: Content, render: Callable[..., Page]) -> list[Page]:
    texts = content.site.method
    return [render("method.md.j2", METHOD, content.site_file, texts.title, texts.description,
                   method=method_view(content), evidence=scoring.EVIDENCE_ANSWERS)]
