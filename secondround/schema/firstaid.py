"""Texts of the first-aid page: for the reader who has been turned down after a first
interview, and what to do in the next two days."""

from __future__ import annotations

from pydantic import Field

from .base import Line, Paragraph, ShortText, Strict


class FirstAidStrings(Strict):
    """The first-aid page, linked from the home page. Kind words first, then the two things
    worth doing in the next 48 hours (ask for feedback, write the debrief), then the
    self-assessment. Keep it short and plain: the reader has just had bad news.

    Every field has a default, so an edition whose site.yml predates the page still builds.
    """

    home_link: ShortText = "Turned down after a first interview? Start here"
    """The link to this page on the home page, under the three ways in."""
    page_title: ShortText = "Turned down? Start here"
    """Title of the page."""
    description: Line = "What to do in the first two days after a no."
    """Description for search engines and link previews."""
    kind: list[Paragraph] = Field(
        default_factory=lambda: [
            "Being turned down is hard, even after one interview. It is fine to feel low about it.",
            "It does not mean you did something wrong. Many of the reasons have nothing to do with you.",
        ], min_length=1, max_length=4)
    """The kind lines at the top of the page, one paragraph each."""
    soon_heading: ShortText = "Two things to do in the next 48 hours"
    """Heading over the two things to do."""
    feedback_heading: ShortText = "1. Ask for feedback"
    """Heading of the first thing to do."""
    feedback_intro: Paragraph = (
        "Send a short note to the person who set up the interview. Thank them, ask how "
        "you did, and ask them to keep your details."
    )
    """What to do, before the draft message."""
    draft_intro: Line = "You can copy this message and change it to suit you:"
    """The line before the draft message."""
    draft: list[Line] = Field(
        default_factory=lambda: [
            "Dear (their name),",
            "Thank you for your time, and for letting me know your decision.",
            "Could you tell me how I came across? What would have made me a stronger candidate?",
            "I would also be glad if you kept my details for future jobs.",
            "Best wishes, (your name)",
        ], min_length=1, max_length=8)
    """The draft message, one paragraph each."""
    debrief_heading: ShortText = "2. Write down what happened"
    """Heading of the second thing to do."""
    debrief_intro: Paragraph = (
        "While you still remember, write down the questions they asked and what you said."
    )
    """What to do, before the link to the After the interview page."""
    debrief_link: ShortText = "Write your notes on the After the interview page"
    """The link to the After the interview page."""
    assessment_heading: ShortText = "Then, when you are ready"
    """Heading over the link to the self-assessment."""
    assessment_intro: Paragraph = (
        "Try the self-check. It shows which reasons fit best, with a short plan for next time."
    )
    """What the self-assessment gives, before its link."""
    assessment_link: ShortText = "Start the self-check"
    """The link to the self-assessment."""
