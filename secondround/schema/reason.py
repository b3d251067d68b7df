"""A reason file (quiz/reasons/NN-id.yml): the reason, its questions and its checklist."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from .base import MAX_WEIGHT, Line, Paragraph, ShortTitle, Slug, Strict, Summary, Title

# The order here is the order on the printed checklist.
PHASES = ("before", "on-the-day", "after")
Phase = Literal["before", "on-the-day", "after"]
# How an interview happens; "recorded" is a one-way interview answered to a camera with no
# one there. The order here is the order of the choices on the pages.
FORMATS = ("in-person", "video", "phone", "recorded")
Format = Literal["in-person", "video", "phone", "recorded"]


class Option(Strict):
    label: Line
    """The answer as the visitor reads it."""
    weight: Annotated[int, Field(ge=0, le=MAX_WEIGHT)]
    """How strongly this answer points to the reason: 0 (not at all) to 3 (strongly)."""
    unknown: bool = False
    """True for an answer that means "I do not know" (weight 0): it counts as not answered,
    so not knowing never moves a score either way."""
    advice: Line | None = None
    """What to do this week when this answer was chosen, shown first on the results page."""


class OnlyIf(Strict):
    question: Slug
    """The id of an earlier question in this reason."""
    options: Annotated[list[Line], Field(min_length=1)]
    """The labels of its answers that make this question apply, written exactly as they are."""


class Question(Strict):
    id: Slug
    """Short identifier, unique within the reason; used in saved answers, so keep it stable."""
    text: Line
    """The question, about the visitor's last first interview."""
    screening: bool = False
    """True for the one question per reason asked in the quick check."""
    explanation: Paragraph
    """Shown once the question is answered: why it matters and what to do."""
    options: Annotated[list[Option], Field(min_length=2, max_length=6)]
    """The possible answers, at least two."""
    only_if: OnlyIf | None = None
    """Ask this follow-up only after certain answers to an earlier question; otherwise it is
    hidden and not scored."""
    about: Literal["candidate", "situation"] = "candidate"
    """What the question asks about: the candidate's own actions, or the situation (the
    employer, the interviewer, the market). Reasons outside the candidate's control may only
    ask about the situation."""



class ChecklistItem(Strict):
    id: Slug
    """Short identifier, unique within the reason; used to remember ticks."""
    phase: Phase
    """When to do it: before, on-the-day or after."""
    text: Line
    """What to do, as a short instruction."""
    formats: Annotated[list[Format], Field(min_length=1)] | None = None
    """Only for some interview formats (in-person, video, phone, recorded): the checklist
    hides the item when the visitor's next interview has another format. Leave it out for an
    item that fits every format."""


class Reason(Strict):
    """One of the usual reasons a first interview leads nowhere (quiz/reasons/NN-id.yml)."""

    id: Slug
    """Short identifier used in page addresses and saved answers."""
    number: Annotated[int, Field(ge=1)]
    """Position in the list; the reasons are numbered 1, 2, 3 ... without gaps."""
    title: Title
    """Page heading."""
    short_title: ShortTitle
    """Short name for charts and tables."""
    in_your_control: bool
    """Whether the candidate can change this reason themselves."""
    summary: Summary
    """One or two sentences: what this reason is."""
    why_it_happens: Annotated[list[Paragraph], Field(min_length=1, max_length=4)]
    """Paragraphs explaining why it happens."""
    signs: Annotated[list[Line], Field(min_length=2, max_length=8)]
    """How to tell whether it applied to you."""
    next_steps: Annotated[list[Line], Field(min_length=2, max_length=10)]
    """What to do next (for reasons outside your control: what you can still do)."""
    no_blame: Paragraph | None = None
    """Only for reasons outside your control: why this is not your fault."""
    questions: Annotated[list[Question], Field(min_length=4, max_length=6)]
    """The self-check questions, 4 to 6."""
    checklist: Annotated[list[ChecklistItem], Field(min_length=5, max_length=10)]
    """Things to tick off, at least 5."""
