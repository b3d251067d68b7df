"""A reason's page: the view-model its template and the assessment's questions are made from."""

from __future__ import annotations

from typing import Any

from .content import Content, ReasonSource
from .pages import reason_page
from .schema import PHASES, Question, Reason
from .wording import any_of


def reason_view(content: Content, source: ReasonSource) -> dict[str, Any]:
    reason = source.reason
    strings = content.site.strings
    phase_headings = dict(zip(PHASES, (strings.phase_before, strings.phase_on_the_day,
                                       strings.phase_after), strict=True))
    questions = []
    for question in reason.questions:
        dom_id = f"{reason.id}--{question.id}"
        questions.append({
            "id": question.id,
            "dom_id": dom_id,
            "text": question.text,
            "screening": question.screening,
            "explanation": question.explanation,
            "options": [{"label": option.label, "weight": option.weight, "unknown": option.unknown,
                         "dom_id": f"{dom_id}--{i}"}
                        for i, option in enumerate(question.options)],
            "skip": skip_note(content, reason, question),
        })
    return {
        "id": reason.id,
        "title": reason.title,
        "summary": reason.summary,
        "control_class": "in" if reason.in_your_control else "out",
        "control_label": strings.in_your_control if reason.in_your_control
        else strings.outside_your_control,
        "why_it_happens": reason.why_it_happens,
        "signs": reason.signs,
        "no_blame": reason.no_blame,
        "next_steps_heading": strings.what_to_do if reason.in_your_control
        else strings.what_you_can_still_do,
        "next_steps": reason.next_steps,
        "questions": questions,
        "checklist_page": "../checklists/" + reason_page(source).removeprefix("reasons/"),
        "phases": [
            {"heading": phase_headings[phase],
             "entries": [item for item in reason.checklist if item.phase == phase]}
            for phase in PHASES
            if any(item.phase == phase for item in reason.checklist)
        ],
    }


def skip_note(content: Content, reason: Reason, question: Question) -> str | None:
    """For a follow-up: when to answer it, for readers without JavaScript and on paper."""
    if question.only_if is None:
        return None
    target = next(q for q in reason.questions if q.id == question.only_if.question)
    # The text holds the outer quotes (“{answers}”), so each answer after the first opens its
    # own and each before the last closes its own.
    quoted = [f"\u201c{label}\u201d" for label in question.only_if.options]
    answers = any_of(quoted, content.site.language).removeprefix("\u201c").removesuffix("\u201d")
    return content.site.assessment.skip_unless.format(answers=answers, question=target.text)
