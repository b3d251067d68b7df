"""The content model: what a career centre may write in quiz/*.yml.

One pydantic model per kind of file. Field docstrings are the documentation
(they flow into the exported JSON Schema, so editors show them as tooltips).
Rules that span several files live in rules.py, not here.
"""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
)

SLUG_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
MAX_WEIGHT = 3

# Text from YAML ends up inside HTML pages. Everything is escaped when
# rendered, but markup in content is almost always a mistake (pasted from a
# web page), so it is refused with a message rather than shown as code.
_MARKUP = re.compile(r"<\s*/?\s*[a-zA-Z!?]|javascript:", re.IGNORECASE)


def _plain_text(value: str) -> str:
    if _MARKUP.search(value):
        raise ValueError("HTML or script is not allowed here; write plain text")
    return value


def _length(max_length: int) -> StringConstraints:
    return StringConstraints(strip_whitespace=True, min_length=1, max_length=max_length)


_PLAIN = AfterValidator(_plain_text)
Slug = Annotated[str, StringConstraints(pattern=SLUG_PATTERN, max_length=40)]
Label = Annotated[str, _length(30), _PLAIN]
ShortTitle = Annotated[str, _length(24), _PLAIN]
Title = Annotated[str, _length(70), _PLAIN]
ShortText = Annotated[str, _length(80), _PLAIN]
Line = Annotated[str, _length(200), _PLAIN]
Summary = Annotated[str, _length(300), _PLAIN]
Paragraph = Annotated[str, _length(800), _PLAIN]
Url = Annotated[
    str,
    StringConstraints(strip_whitespace=True, pattern=r"^(https://|mailto:)\S+$", max_length=300),
]


class Strict(BaseModel):
    """Base for every model: unknown keys are errors, values are never coerced."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True, use_attribute_docstrings=True)


# The order here is the order on the printed checklist.
PHASES = ("before", "on-the-day", "after")
Phase = Literal["before", "on-the-day", "after"]


class Option(Strict):
    label: Line
    """The answer as the visitor reads it."""
    weight: Annotated[int, Field(ge=0, le=MAX_WEIGHT)]
    """How strongly this answer points to the reason: 0 (not at all) to 3 (strongly)."""


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



class ChecklistItem(Strict):
    id: Slug
    """Short identifier, unique within the reason; used to remember ticks."""
    phase: Phase
    """When to do it: before, on-the-day or after."""
    text: Line
    """What to do, as a short instruction."""


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



class Band(Strict):
    id: Slug
    """Identifier, also used as a CSS class."""
    label: Label
    """Shown with a score, e.g. "Likely"."""
    min_score: Annotated[int, Field(ge=0, le=100)]
    """Lowest score (0 to 100) in this band."""
    summary: Line
    """One sentence saying what the band means for the visitor."""


class Organisation(Strict):
    name: ShortText
    """Who publishes this edition, e.g. a university career centre."""
    url: Url | None = None
    """The organisation's web site."""
    privacy_contact: Url | None = None
    """Where to ask privacy questions (https:// or mailto:)."""


class Adviser(Strict):
    name: ShortText
    """Who to contact, e.g. "Careers advice team"."""
    message: Line
    """One sentence inviting the visitor to get in touch."""
    booking_url: Url | None = None
    """Link to book an appointment."""
    email: Annotated[str, StringConstraints(pattern=r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$")] | None = None
    """Contact e-mail address."""


class Habit(Strict):
    id: Slug
    """Identifier, used as the section anchor."""
    title: ShortText
    """Heading of the habit."""
    summary: Paragraph
    """Why the habit matters."""
    steps: Annotated[list[Line], Field(min_length=2, max_length=8)]
    """What to do, step by step."""


class Source(Strict):
    title: ShortText
    """Title of the work the ideas come from."""
    author: ShortText
    """Who wrote it."""
    publisher: ShortText
    """Where it was published."""
    year: Annotated[int, Field(ge=1900, le=2100)]
    """Year of publication."""
    note: Line
    """What we took from it."""


class Home(Strict):
    intro: Annotated[list[Paragraph], Field(min_length=1, max_length=4)]
    """Opening paragraphs of the home page."""
    how_to_use: Annotated[list[Line], Field(min_length=2, max_length=6)]
    """Numbered steps: how to use the site."""
    privacy: Paragraph
    """Why answers never leave the device."""


class About(Strict):
    intro: Annotated[list[Paragraph], Field(min_length=1, max_length=4)]
    """What the site is and who made it."""
    sources: Annotated[list[Source], Field(min_length=1)]
    """Where the ideas come from."""


class Strings(Strict):
    """Every interface text the templates and scripts show; translate or reword here."""

    in_your_control: ShortText
    outside_your_control: ShortText
    what_it_is: ShortText
    why_it_happens: ShortText
    signs: ShortText
    self_check: ShortText
    self_check_intro: Line
    what_to_do: ShortText
    what_you_can_still_do: ShortText
    not_your_fault: ShortText
    checklist: ShortText
    phase_before: ShortText
    phase_on_the_day: ShortText
    phase_after: ShortText
    question_of: ShortText
    """Label before a question's number, e.g. "Question"."""
    reasons_heading: ShortText
    habits_heading: ShortText
    sources_heading: ShortText
    privacy_heading: ShortText
    how_to_use_heading: ShortText
    why_we_ask: ShortText
    """Summary of the fold-out explanation under each question."""
    about_title: ShortText
    privacy_contact: ShortText
    """Link text for the privacy contact."""
    generated_by: ShortText
    """Footer credit for the generator."""


class Site(Strict):
    """Site-wide settings (quiz/site.yml)."""

    title: ShortText
    """Name of the site, shown in the header and browser tab."""
    tagline: Line
    """One line under the title on the home page."""
    description: Line
    """Description for search engines and link previews."""
    language: Annotated[str, StringConstraints(pattern=r"^[a-z]{2}(-[A-Z]{2})?$")]
    """Language of the content, e.g. en or en-GB."""
    organisation: Organisation
    """Who publishes this edition."""
    adviser: Adviser | None = None
    """Optional contact shown with results."""
    bands: Annotated[list[Band], Field(min_length=2, max_length=5)]
    """Score bands from lowest to highest; the first starts at 0."""
    habits: Annotated[list[Habit], Field(min_length=1, max_length=4)]
    """Habits that frame every interview (debrief, feedback)."""
    home: Home
    """Home page text."""
    about: About
    """About / sources page text."""
    strings: Strings
    """Interface texts."""

