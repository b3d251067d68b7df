"""Interface texts of the self-checks, the assessment and the results."""

from __future__ import annotations

from typing import Annotated

from .base import Label, Line, Paragraph, ShortText, Texts, Uses


class AssessmentStrings(Texts):
    """Texts of the self-checks, the assessment page and the action plan.

    Placeholders in braces ({n}, {total}, {answered}, {date}) are filled in by
    the page; keep them.
    """

    title: ShortText
    """Heading and navigation title of the assessment page."""
    description: Line
    """Description of the assessment page for search engines."""
    intro: Paragraph
    """Opening paragraph of the assessment page."""
    nojs: Line
    """Shown where the result would be when JavaScript is off."""
    nojs_top: Line
    """At the top of the assessment page when JavaScript is off."""
    paper_intro: Paragraph
    """Printed at the top of the blank assessment (the paper edition)."""
    paper_rough: Line
    """Printed after paper_intro: where the paper tables cannot follow the site's rules."""
    paper_points: Annotated[ShortText, Uses("n")]
    """Printed after each answer on paper: its points."""
    paper_not_counted: ShortText
    """Printed on paper after an "I do not know" answer, which counts as not answered."""
    paper_without_follow_ups: Annotated[Line, Uses("max")]
    """Printed under a reason with follow-up questions: the totals when they were skipped."""
    skip_unless: Annotated[Line, Uses("answers", "question")]
    """Under a follow-up question on the page without JavaScript and on paper (with JavaScript,
    it is simply hidden when it does not apply)."""
    paper_total: Annotated[ShortText, Uses("max")]
    """Printed under each reason's questions on paper."""
    paper_range: Annotated[ShortText, Uses("high", "low")]
    """A row of the table that turns points into a result on paper."""
    quick_heading: ShortText
    """Heading of the screening questions."""
    quick_intro: Annotated[Line, Uses("minutes")]
    """Under the quick check heading; {minutes} is worked out as on the home page's quick check."""
    full_heading: ShortText
    """Heading of the full questions."""
    full_intro: Line
    """Under the full questions heading."""
    progress: Annotated[ShortText, Uses("n", "total")]
    """Progress through the full questions."""
    flagged: Annotated[Line, Uses("n")]
    """Shown when only the flagged reasons are listed."""
    show_all: ShortText
    """Button that lists every reason in the full questions."""
    show_flagged: ShortText
    """Button that goes back to the flagged reasons."""
    previous: ShortText
    """Button in the full questions."""
    next: ShortText
    """Button in the full questions."""
    see_plan: ShortText
    none_flagged: Paragraph
    """Shown after the quick check when no answer gave a clear signal."""
    none_flagged_outside: ShortText
    """Link (to the first of them) offered when the quick check flagged nothing."""
    results_title: ShortText
    """Heading and navigation title of the results page."""
    results_description: Line
    """Description of the results page for search engines."""
    results_nojs: Line
    """On the results page when JavaScript is off, before a link to the assessment."""
    results_empty: Line
    """On the results page when nothing is answered."""
    results_start: ShortText
    """Link from an empty results page to the assessment."""
    this_week_heading: ShortText
    """Heading of the few actions from the visitor's own answers, at the top of the results."""
    this_week_intro: Line
    """Under the this-week heading."""
    early: Annotated[Line, Uses("answered", "total")]
    """Instead of a band, when too few questions are answered to be sure."""
    early_label: ShortText
    """In the results table, instead of a band, when too few questions are answered."""
    pointing_nowhere: Paragraph
    """At the top of the results when no reason reaches the middle band."""
    early_only: Line
    """At the top of the results when no reason has enough answers for a result yet."""
    answer_rest: ShortText
    """Link from the early-signals message to the assessment."""
    unsure: Annotated[ShortText, Uses("n")]
    """After a result, when some answers meant "I do not know" and so were not counted."""
    all_flagged: Line
    """When the quick check flags every reason."""
    for_reason: Annotated[ShortText, Uses("title")]
    """After each this-week action: the reason it comes from."""
    """Button that shows the result of the assessment."""
    check: ShortText
    """Button under a reason page's self-check."""
    result_heading: ShortText
    """Heading of the result on a reason page."""
    result_empty: Line
    """Shown when the button is pressed with nothing answered."""
    plan_heading: ShortText
    """Heading of the result of the assessment."""
    based_on: Annotated[ShortText, Uses("answered", "total")]
    """How many questions a score rests on."""
    not_answered: ShortText
    """In place of a score for a reason with no answers."""
    score: Annotated[ShortText, Uses("score")]
    """A score in words."""
    top_heading: ShortText
    """Heading of the three reasons that fit best."""
    top_intro: Line
    """Under the top three heading."""
    ranking_heading: ShortText
    """Heading of the ranked lists."""
    outside_intro: Paragraph
    """Introduces the reasons outside the visitor's control, without blame."""
    read_more: ShortText
    """Link to a reason's page."""
    checklist_link: ShortText
    """Link to a reason's checklist."""
    chart_heading: ShortText
    """Heading of the bar chart and its table."""
    table_caption: ShortText
    """Caption of the table that repeats the chart."""
    col_reason: ShortText
    """Table column."""
    col_score: ShortText
    """Table column."""
    col_band: ShortText
    """Table column."""
    col_change: Annotated[ShortText, Uses("date")]
    """Table column comparing with the previous assessment."""
    no_change: ShortText
    """In the change column."""
    history_none: Line
    """Shown before there is an earlier assessment to compare with."""
    adviser_heading: ShortText
    """Heading of the adviser contact."""
    saved: Line
    """Shown when answers can be kept on the device."""
    blocked: Line
    """Shown when storage is blocked."""
    dropped: Line
    """Shown when stored answers were corrupt or from another version."""
    full: Line
    """Shown when saved answers can be read but nothing new can be written."""
    newer: Line
    """Shown when the stored answers come from a newer version of the site."""
    not_saved: Line
    """After loading a file or taking over shared answers, when they could not be stored."""
    tools_heading: ShortText
    """Heading of the buttons under the plan."""
    forget: ShortText
    """Button that wipes everything the visitor entered (their light or dark choice stays)."""
    forget_confirm: Line
    """Asked before wiping."""
    forget_yes: ShortText
    """Confirms the wipe."""
    forget_no: ShortText
    """Cancels the wipe."""
    forgotten: Line
    """After the wipe."""
    copy_link: ShortText
    """Button."""
    link_label: ShortText
    """Label of the field showing the link."""
    link_copied: Line
    """After copying the link."""
    copy_failed: Line
    """When the clipboard is not available."""
    shared: Line
    """Shown when the page was opened from a results link."""
    shared_keep: ShortText
    """Button that replaces the visitor's answers with the shared ones."""
    shared_kept: Line
    """After the shared answers were taken over."""
    shared_bad: Line
    """When the link's fragment is garbled."""
    copy_summary: ShortText
    """Button: plain-text summary for an adviser."""
    summary_label: ShortText
    """Label of the field showing the summary."""
    summary_copied: Line
    """After copying the summary."""
    summary_title: Annotated[ShortText, Uses("date")]
    """First line of the summary."""
    download: ShortText
    """Button: saves the answers as a file."""
    download_file: Label
    """Name of the file the answers are saved in (ending .json)."""
    load: ShortText
    """Label of the file picker."""
    loaded: Line
    """After a successful import."""
    load_bad: Line
    """After a failed import."""
    load_nothing: Line
    """After an import whose answers match no question here."""
    load_too_big: Line
    """After an import of an oversized file."""
