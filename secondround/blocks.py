"""The whole contract between the generator and the browser code: the JSON each page carries.

Every block is a hidden element holding HTML-escaped JSON (see json_element for why). A widget's
block, its config, sits inside the widget's root and is read from there (lib/util.js, config);
the scripts hold no interface text and no weights of their own: all of it comes from here,
made from site.yml and the reason files.
"""

from __future__ import annotations

import json
from typing import Any

from markupsafe import Markup

from .content import Content, ReasonSource
from .pages import QUIZ_TO_ROOT, address, checklist_page, site_path
from .schema import Question, Reason
from .scoring import EVIDENCE_ANSWERS


def quiz_model(content: Content, only: ReasonSource | None = None) -> dict[str, Any]:
    """Everything the browser needs to score answers.

    Embedded in the pages that score (not fetched), so they work offline, from
    file copies and in any sub-path. Weights come from the YAML alone. A reason
    page carries only its own reason (`only`), so pages do not grow with the
    number of reasons.
    """
    model = {
        "version": 1,
        "evidence": EVIDENCE_ANSWERS,
        "bands": [{"id": b.id, "label": b.label, "min": b.min_score, "summary": b.summary}
                  for b in content.site.bands],
        "reasons": [
            {
                "id": s.reason.id,
                "number": s.reason.number,
                "title": s.reason.title,
                "shortTitle": s.reason.short_title,
                "inControl": s.reason.in_your_control,
                "path": site_path(s),
                "questions": [_question_model(s.reason, q) for q in s.reason.questions],
                "checklist": [{"id": item.id, "phase": item.phase} for item in s.reason.checklist],
            }
            for s in content.reasons
            if only is None or s is only
        ],
    }
    return model


def _question_model(reason: Reason, question: Question) -> dict[str, Any]:
    """Weights, and only where used: the "I do not know" answers and the follow-up rule, with
    answers as indexes (labels are for authors; saved answers are indexes)."""
    out: dict[str, Any] = {"id": question.id, "screening": question.screening,
                           "weights": [o.weight for o in question.options]}
    unknown = [i for i, o in enumerate(question.options) if o.unknown]
    if unknown:
        out["unknown"] = unknown
    if question.only_if:
        target = next(q for q in reason.questions if q.id == question.only_if.question)
        out["onlyIf"] = {"q": target.id, "o": [i for i, o in enumerate(target.options)
                                               if o.label in question.only_if.options]}
    return out


def data_block(element_id: str, data: object) -> Markup:
    """JSON that is no widget's (the method page's worked example, for a test), found by id."""
    return json_element(f'id="{element_id}"', data)


def json_element(attributes: str, data: object) -> Markup:
    """JSON for the scripts, read with JSON.parse(element.textContent).

    Not a <script type="application/json">: Material's instant navigation re-creates every
    inline <script> of the new page without its attributes, which turns JSON into script
    (refused by the Content-Security-Policy) and loses the attributes. A hidden element,
    HTML-escaped, survives that; data-search-exclude keeps it out of the search index.
    """
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return Markup(f"<div hidden {attributes} data-search-exclude>{Markup.escape(text)}</div>")


def embed_block(content: Content) -> Markup:
    """On every page: starts embed.js, with its texts (used only when the page is in an iframe)."""
    embed = content.site.embed
    return Markup('<div hidden data-module="sr-embed" data-search-exclude data-open="{}" data-blocked="{}">'
                  "</div>").format(embed.open_full_site, embed.storage_blocked)


def ui_strings(content: Content) -> dict[str, Any]:
    """Interface texts for the quiz widgets (assessment, self-check, results)."""
    site = content.site
    data: dict[str, Any] = dict(site.assessment.model_dump())
    data["inControl"] = site.strings.in_your_control
    data["outControl"] = site.strings.outside_your_control
    return data


def quiz_config(content: Content, only: ReasonSource | None = None, plan: bool = False) -> Markup:
    """A quiz widget's config: the model (of one reason on its page: `only`), the texts, and
    on the results page (`plan`) what the action plan shows."""
    data: dict[str, Any] = {"model": quiz_model(content, only), "strings": ui_strings(content)}
    if plan:
        data["plan"] = plan_content(content)
    return config_block(data)


def plan_content(content: Content) -> dict[str, Any]:
    """What the action plan shows for each reason: its steps, links (its page and its
    printable checklist) and, where it is not the visitor's doing, why it is not their fault."""
    site = content.site
    reasons = {}
    for source in content.reasons:
        reason = source.reason
        href = QUIZ_TO_ROOT + site_path(source)
        reasons[reason.id] = {
            "href": href,
            "checklist": QUIZ_TO_ROOT + address(checklist_page(source)),
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
    return {"reasons": reasons, "adviser": adviser, "site": site.title}


def config_block(data: object) -> Markup:
    """A widget's settings and texts, printed inside its root, where lib/util.js's config()
    finds them: the one way every widget gets its data."""
    return json_element("data-config", data)
