"""Interface texts of the adviser page on how results are worked out."""

from __future__ import annotations

from .base import Line, Paragraph, ShortText, Texts


class MethodStrings(Texts):
    """Texts of the adviser page "How your result is worked out". Its example is worked out by
    the build with the same rule as the pages (secondround/scoring.py)."""

    title: ShortText = "How your result is worked out"
    """Heading and navigation title."""
    description: Line = "The rule behind every score, band and flag on this site, with a worked example."
    """Description for search engines."""
    intro: Paragraph = (
        "Every result on this site comes from the points written next to each answer in the "
        "content files, and from the few rules below. Nothing is learned from other visitors and "
        "nothing leaves the visitor's device, so an adviser can check any result by hand.")
    """Opening paragraph."""
    rules_heading: ShortText = "The rules"
    """Heading of the list of rules."""
    rule_points: Paragraph = (
        "Each answer carries 0 to 3 points: how strongly it points to the reason. A reason's "
        "score is the points of the answers given, out of the most points those same questions "
        "could give, as a number from 0 to 100. Questions left unanswered count neither way.")
    """The score."""
    rule_unknown: Paragraph = (
        "Answers that mean \"I do not know\" or \"it did not come up\" count as not answered. "
        "Not knowing never pushes a reason up or down.")
    """Unknown answers."""
    rule_follow_up: Paragraph = (
        "Some questions are follow-ups, asked only after certain answers to an earlier question "
        "(for example, what a thank-you message said, only if one was sent). When they do not "
        "apply they are hidden and not counted.")
    """Follow-up questions."""
    rule_evidence: Paragraph = (
        "A score needs enough answers behind it: at least {evidence} questions (or all of them, "
        "if fewer apply) and at least half of those that apply. With fewer, the site shows an "
        "early signal and asks for the other answers instead of a band.")
    """The evidence a result needs; {evidence} is the number of answers."""
    rule_bands: Paragraph = (
        "The band comes from the exact score: {bands}. Scores are shown rounded down, so the "
        "number and the band always agree. The plan starts only with reasons in the middle band "
        "or above.")
    """Bands; {bands} lists them, e.g. "Unlikely from 0, Possible from 34"."""
    band_from: ShortText = "{label} from {min}"
    """One band in the list of bands."""
    rule_quick: Paragraph = (
        "The quick check flags a reason only on a clear signal: an answer worth more than half "
        "of its question's most points. When nothing is flagged, the page says so and offers "
        "all the reasons.")
    """The quick check's rule."""
    example_heading: ShortText = "A worked example: {reason}"
    """Heading of the worked example."""
    example_intro: Line = ("Here is one set of answers to this reason's questions, and what the site "
                           "makes of it.")
    """Under the example heading."""
    col_question: ShortText = "Question"
    col_answer: ShortText = "Answer"
    col_points: ShortText = "Points"
    col_most: ShortText = "Most points"
    not_asked: ShortText = "Not asked: the earlier answer makes it irrelevant"
    """In the example, for a follow-up that does not apply."""
    not_counted: ShortText = "Not counted"
    """In the example, for an "I do not know" answer."""
    example_total: Line = ("{points} points out of {most}: a score of {exact}, shown as {score}, "
                           "so \u201c{band}\u201d.")
    """The example's result."""
    example_early: Line = ("Had the visitor answered only the first question, the site would show "
                           "an early signal: 1 answer is not enough for a result.")
    """The same example with one answer."""
