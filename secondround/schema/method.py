"""Interface texts of the adviser page on how results are worked out."""

from __future__ import annotations

from typing import Annotated

from .base import Line, Paragraph, ShortText, Texts, Uses


class MethodStrings(Texts):
    """Texts of the adviser page "How your result is worked out". Its example is worked out by
    the build with the same rule as the pages (secondround/scoring.py)."""

    title: ShortText
    """Heading and navigation title."""
    description: Line
    """Description for search engines."""
    intro: Paragraph
    """Opening paragraph."""
    rules_heading: ShortText
    """Heading of the list of rules."""
    rule_points: Paragraph
    """The score."""
    rule_unknown: Paragraph
    """Unknown answers."""
    rule_follow_up: Paragraph
    """Follow-up questions."""
    rule_evidence: Annotated[Paragraph, Uses("evidence")]
    """The evidence a result needs; {evidence} is the number of answers."""
    rule_bands: Annotated[Paragraph, Uses("bands")]
    """Bands; {bands} lists them, e.g. "Unlikely from 0, Possible from 34"."""
    band_from: Annotated[ShortText, Uses("label", "min")]
    """One band in the list of bands."""
    rule_quick: Paragraph
    """The quick check's rule."""
    example_heading: Annotated[ShortText, Uses("reason")]
    """Heading of the worked example."""
    example_intro: Line
    """Under the example heading."""
    col_question: ShortText
    col_answer: ShortText
    col_points: ShortText
    col_most: ShortText
    not_asked: ShortText
    """In the example, for a follow-up that does not apply."""
    not_counted: ShortText
    """In the example, for an "I do not know" answer."""
    example_total: Annotated[Line, Uses("band", "exact", "most", "points", "score")]
    """The example's result."""
    example_early: Line
    """The same example with one answer."""
