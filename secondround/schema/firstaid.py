"""Texts of the first-aid page: for the reader who has been turned down after a first
interview, and what to do in the next two days."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .base import Line, Paragraph, ShortText, Texts


class FirstAidStrings(Texts):
    """The first-aid page, linked from the home page. Kind words first, then the two things
    worth doing in the next 48 hours (ask for feedback, write the debrief), then the
    self-assessment. Keep it short and plain: the reader has just had bad news."""

    home_link: ShortText
    """The link to this page on the home page, under the three ways in."""
    page_title: ShortText
    """Title of the page."""
    description: Line
    """Description for search engines and link previews."""
    kind: Annotated[list[Paragraph], Field(min_length=1, max_length=4)]
    """The kind lines at the top of the page, one paragraph each."""
    soon_heading: ShortText
    """Heading over the two things to do."""
    feedback_heading: ShortText
    """Heading of the first thing to do."""
    feedback_intro: Paragraph
    """What to do, before the draft message."""
    draft_intro: Line
    """The line before the draft message."""
    draft: Annotated[list[Line], Field(min_length=1, max_length=8)]
    """The draft message, one paragraph each."""
    debrief_heading: ShortText
    """Heading of the second thing to do."""
    debrief_intro: Paragraph
    """What to do, before the link to the After the interview page."""
    debrief_link: ShortText
    """The link to the After the interview page."""
    assessment_heading: ShortText
    """Heading over the link to the self-assessment."""
    assessment_intro: Paragraph
    """What the self-assessment gives, before its link."""
    assessment_link: ShortText
    """The link to the self-assessment."""
