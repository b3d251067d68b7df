"""View-models for the printable checklists and the "After the interview" page.

Pages: checklists/index.md (the combined interview plan), checklists/NN-id.md
(one per reason) and after-the-interview.md. Every text the scripts show comes
from the JSON config block printed inside each widget (from site.yml), so the
scripts hold no interface text of their own.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from markupsafe import Markup

from .blocks import config_block, quiz_model
from .content import Content, ReasonSource
from .pages import DEBRIEF, PLAN, Page, checklist_page, links, reason_page
from .schema import FORMATS, PHASES

# Field name (also the storage key) -> (label attribute in ChecklistStrings, input type).
PLAN_FIELDS = (
    ("role", "role", "text"),
    ("organisation", "organisation", "text"),
    ("interviewer", "interviewer", "text"),
    ("when", "when", "datetime-local"),
    ("address", "address", "text"),
    ("ask_for", "ask_for", "text"),
    ("bring", "bring", "text"),
    ("decision_date", "decision_date", "date"),
)
# Blank question/answer pairs on the debrief page without JavaScript (and on paper).
BLANK_QUESTIONS = 3

Render = Callable[..., Page]


def _phase_headings(content: Content) -> dict[str, str]:
    strings = content.site.strings
    return dict(zip(PHASES, (strings.phase_before, strings.phase_on_the_day, strings.phase_after),
                    strict=True))


def _format_names(content: Content) -> dict[str, str]:
    strings = content.site.checklists
    return dict(zip(FORMATS, (strings.format_in_person, strings.format_video, strings.format_phone,
                              strings.format_recorded), strict=True))


def _formats(content: Content, unset: str | None = None) -> list[dict[str, str]]:
    """The choices of interview format; "" is none chosen: "not decided yet" for the next
    interview (every item fits), `unset` for one that has happened."""
    return ([{"id": key, "label": label} for key, label in _format_names(content).items()]
            + [{"id": "", "label": unset or content.site.checklists.format_undecided}])


def _phases(content: Content, sources: tuple[ReasonSource, ...]) -> list[dict[str, Any]]:
    headings = _phase_headings(content)
    names = _format_names(content)
    phases = []
    for phase in PHASES:
        # An item for some formats names them, so it reads right without JavaScript and on
        # paper, where every item shows; the script hides the ones that do not fit.
        items = [
            {"reason": s.reason.id, "item": item.id, "text": item.text,
             "dom_id": f"ck-{s.reason.id}--{item.id}",
             "formats": " ".join(item.formats or ()),
             "formats_text": content.site.checklists.item_formats.format(
                 formats=", ".join(names[name] for name in FORMATS if name in item.formats))
             if item.formats else ""}
            for s in sources for item in s.reason.checklist if item.phase == phase
        ]
        if items:
            phases.append({"id": phase, "heading": headings[phase], "entries": items})
    return phases


def _fields(content: Content, names: tuple[str, ...] | None = None) -> list[dict[str, str]]:
    strings = content.site.checklists
    return [
        {"name": name, "label": getattr(strings, label), "type": kind, "dom_id": f"field-{name}"}
        for name, label, kind in PLAN_FIELDS
        if names is None or name in names
    ]


def _checklist_config(content: Content, scope: str) -> Markup:
    """The plan also carries the scoring model: it puts the items of the reasons the visitor's
    answers point to first."""
    strings = content.site.checklists
    keys = ("reset_confirm", "cleared", "personal", "not_personal", "saved", "blocked", "dropped",
            "full", "newer", "printed_from", "formats_hidden", "formats_all")
    data: dict[str, Any] = {"scope": scope, "strings": {key: getattr(strings, key) for key in keys}}
    if scope == "plan":
        data["model"] = quiz_model(content)
    return config_block(data)


def checklist_pages(content: Content, render: Render) -> list[Page]:
    strings = content.site.checklists
    site_file = content.site_file
    # A link inside HTML, so a site address rather than a Markdown file (MkDocs rewrites only those).
    assessment = "../" + links()["assessment"]
    pages = [render(
        "plan.md.j2", PLAN, site_file, strings.plan_title, strings.plan_description,
        checklists=strings,
        fields=_fields(content),
        formats=_formats(content),
        phases=_phases(content, content.reasons),
        config=_checklist_config(content, "plan"),
        reason_links=[{"title": s.reason.title, "page": checklist_page(s).removeprefix("checklists/")}
                      for s in content.reasons],
    )]
    for source in content.reasons:
        reason = source.reason
        pages.append(render(
            "checklist.md.j2", checklist_page(source), source.file,
            strings.reason_title.format(title=reason.title), reason.summary,
            checklists=strings,
            # The choice of format only where it changes what the checklist shows.
            formats=_formats(content) if any(item.formats for item in reason.checklist) else [],
            phases=_phases(content, (source,)),
            config=_checklist_config(content, "reason"),
            reason_link="../" + reason_page(source),
        ))
    debrief = content.site.debrief
    pages.append(render(
        "debrief.md.j2", DEBRIEF, site_file, debrief.title, debrief.description,
        checklists=strings,
        debrief=debrief,
        fields=_fields(content, ("interviewer", "role", "organisation", "when", "decision_date")),
        formats=_formats(content, debrief.format_unset),
        questions=[{"n": n, "question": debrief.question.format(n=n), "answer": debrief.answer.format(n=n)}
                   for n in range(1, BLANK_QUESTIONS + 1)],
        outcomes=_outcomes(content),
        notes_config=_debrief_config(content, ("question", "answer", "interview_n", "interview_started")),
        thanks_config=_debrief_config(content, (
            "deadline", "deadline_missing", "thanks_template", "feedback_template", "name_blank",
            "role_blank", "organisation_blank", "point_blank", "copied", "copy_failed", "ics_summary",
            "ics_summary_unnamed",
            "ics_file", "ics_description", "ics_ready", "decision_wait", "deadline_now", "deadline_passed",
            "ics_past", "decision_passed", "news_template")),
        log_config=_debrief_config(content, (
            "log_remove", "log_added", "log_removed", "log_incomplete", "stages", "outcome_waiting",
            "outcome_rejected", "outcome_offer", "outcome_withdrew", "pattern", "imported", "import_bad",
            "import_too_big", "import_partly", "import_not_saved", "log_full", "log_file")),
        thanks_blank=_blank_draft(debrief.thanks_template, content),
        feedback_blank=_blank_draft(debrief.feedback_template, content),
        assessment_link=assessment,
        plan_link="checklists/index.md",
    ))
    return pages


def _debrief_config(content: Content, keys: tuple[str, ...]) -> Markup:
    debrief = content.site.debrief
    strings: dict[str, Any] = {key: getattr(debrief, key) for key in keys}
    strings["blocked"] = content.site.checklists.blocked
    strings["dropped"] = content.site.checklists.dropped
    strings["full"] = content.site.checklists.full
    strings["newer"] = content.site.checklists.newer
    strings["printed_from"] = content.site.checklists.printed_from
    return config_block({"strings": strings})


class _Blanks(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _blank_draft(template: str, content: Content) -> str:
    """A draft as printed without JavaScript: gaps in brackets where the details go."""
    debrief = content.site.debrief
    return template.format_map(_Blanks(name=debrief.name_blank, role=debrief.role_blank,
                                       organisation=debrief.organisation_blank, point=debrief.point_blank))


def _outcomes(content: Content) -> list[dict[str, str]]:
    debrief = content.site.debrief
    return [{"id": "waiting", "label": debrief.outcome_waiting},
            {"id": "rejected", "label": debrief.outcome_rejected},
            {"id": "offer", "label": debrief.outcome_offer},
            {"id": "withdrew", "label": debrief.outcome_withdrew}]
