"""Interface texts of the self-checks, the assessment, the results and the adviser page on
how results are worked out."""

from __future__ import annotations

from .base import Label, Line, Paragraph, ShortText, Texts


class AssessmentStrings(Texts):
    """Texts of the self-checks, the assessment page and the action plan.

    Placeholders in braces ({n}, {total}, {answered}, {date}) are filled in by
    the page; keep them. Every field has a default, so an older site.yml stays valid.
    """

    title: ShortText = "Your self-assessment"
    """Heading and navigation title of the assessment page."""
    description: Line = "Find out which of the ten reasons most likely held you back, and get a short plan."
    """Description of the assessment page for search engines."""
    intro: Paragraph = ("Think of your last first interview that did not lead to a second one. Answer "
                        "honestly: nobody sees your answers but you, and there are no wrong ones.")
    """Opening paragraph of the assessment page."""
    nojs: Line = ("Your answers and result need JavaScript. Without it you can still read these "
                  "questions, print them and answer on paper.")
    """Shown where the result would be when JavaScript is off."""
    nojs_top: Line = ("This page works out your result with JavaScript, which is off. You can still "
                      "print it and work out your result on paper: each answer shows its points.")
    """At the top of the assessment page when JavaScript is off."""
    paper_intro: Paragraph = ("On paper: tick one answer to each question. The number after an answer is its "
                         "points. For each reason, add up the points of its questions, with its question "
                         "in the quick check, and find your total in its table.")
    """Printed at the top of the blank assessment (the paper edition)."""
    paper_rough: Line = ("Where you left a question out, or answered fewer than 3 for a reason, its "
                         "result on paper is a rough guide only: the site works it out exactly.")
    """Printed after paper_intro: where the paper tables cannot follow the site's rules."""
    paper_points: ShortText = "({n})"
    """Printed after each answer on paper: its points."""
    paper_not_counted: ShortText = "(not counted: leave this question out)"
    """Printed on paper after an "I do not know" answer, which counts as not answered."""
    paper_without_follow_ups: Line = "If you skipped the follow-up questions: ____ of {max}"
    """Printed under a reason with follow-up questions: the totals when they were skipped."""
    skip_unless: Line = ("Only if you answered \u201c{answers}\u201d to \u201c{question}\u201d; "
                         "otherwise skip it.")
    """Under a follow-up question on the page without JavaScript and on paper (with JavaScript,
    it is simply hidden when it does not apply)."""
    paper_total: ShortText = "Your points for this reason, with its quick-check question: ____ of {max}"
    """Printed under each reason's questions on paper."""
    paper_range: ShortText = "{low} to {high} points"
    """A row of the table that turns points into a result on paper."""
    quick_heading: ShortText = "Quick check"
    """Heading of the screening questions."""
    quick_intro: Line = ("One question per reason, about {minutes} minutes. Your answers show which "
                         "reasons deserve a closer look.")
    """Under the quick check heading; {minutes} is worked out as on the home page's quick check."""
    full_heading: ShortText = "Reason by reason"
    """Heading of the full questions."""
    full_intro: Line = ("A few more questions on each reason make the result more reliable. You can "
                        "stop at any time and come back later.")
    """Under the full questions heading."""
    progress: ShortText = "Reason {n} of {total}:"
    """Progress through the full questions."""
    flagged: Line = "Your quick check flagged {n} of the reasons; you are seeing only those."
    """Shown when only the flagged reasons are listed."""
    show_all: ShortText = "Show all the reasons"
    """Button that lists every reason in the full questions."""
    show_flagged: ShortText = "Show only the flagged reasons"
    """Button that goes back to the flagged reasons."""
    previous: ShortText = "Previous reason"
    """Button in the full questions."""
    next: ShortText = "Next reason"
    """Button in the full questions."""
    see_plan: ShortText = "See my results"
    none_flagged: Paragraph = (
        "Nothing in your quick check points clearly to one reason, and that is good news: your "
        "answers do not show an obvious gap. First interviews often end for reasons nobody "
        "tells you, so it can help to read about the ones outside your control, or to go "
        "through all the reasons for a closer look.")
    """Shown after the quick check when no answer gave a clear signal."""
    none_flagged_outside: ShortText = "The reasons outside your control"
    """Link (to the first of them) offered when the quick check flagged nothing."""
    results_title: ShortText = "Your results"
    """Heading and navigation title of the results page."""
    results_description: Line = "Your action plan for this week, from your self-assessment answers."
    """Description of the results page for search engines."""
    results_nojs: Line = ("Your results are worked out in your browser, and JavaScript is off. The "
                          "self-assessment can still be printed and worked out on paper:")
    """On the results page when JavaScript is off, before a link to the assessment."""
    results_empty: Line = ("You have not answered any questions on this device yet. Start with "
                           "the quick check: ten questions, about three minutes.")
    """On the results page when nothing is answered."""
    results_start: ShortText = "Start the quick check"
    """Link from an empty results page to the assessment."""
    this_week_heading: ShortText = "This week"
    """Heading of the few actions from the visitor's own answers, at the top of the results."""
    this_week_intro: Line = "Up to three things to do in the coming week, picked from your answers."
    """Under the this-week heading."""
    early: Line = ("Early signal: {answered} of {total} questions answered. Answer the others to see "
                   "how likely this is.")
    """Instead of a band, when too few questions are answered to be sure."""
    early_label: ShortText = "Early signal"
    """In the results table, instead of a band, when too few questions are answered."""
    pointing_nowhere: Paragraph = (
        "Your answers do not point clearly to anything you did or did not do. That is worth "
        "hearing: you may simply have met a strong field, a change of plan or a poor match "
        "with one interviewer. Read the reasons outside your control below, and ask the "
        "employer for feedback in one friendly line; it is the best way to learn more.")
    """At the top of the results when no reason reaches the middle band."""
    early_only: Line = ("Some of your answers point to a reason, but too few of its questions are "
                        "answered yet to say how likely it is.")
    """At the top of the results when no reason has enough answers for a result yet."""
    answer_rest: ShortText = "Answer the other questions"
    """Link from the early-signals message to the assessment."""
    unsure: ShortText = "({n} \u201cnot sure\u201d answer(s) left out)"
    """After a result, when some answers meant "I do not know" and so were not counted."""
    all_flagged: Line = "Your quick check points to every reason: take them one at a time."
    """When the quick check flags every reason."""
    for_reason: ShortText = "({title})"
    """After each this-week action: the reason it comes from."""
    """Button that shows the result of the assessment."""
    check: ShortText = "Show my result"
    """Button under a reason page's self-check."""
    result_heading: ShortText = "Your result"
    """Heading of the result on a reason page."""
    result_empty: Line = "Answer at least one question, then press the button to see your result."
    """Shown when the button is pressed with nothing answered."""
    plan_heading: ShortText = "Your action plan"
    """Heading of the result of the assessment."""
    based_on: ShortText = "based on {answered} of {total} questions"
    """How many questions a score rests on."""
    not_answered: ShortText = "Not answered yet"
    """In place of a score for a reason with no answers."""
    score: ShortText = "{score} out of 100"
    """A score in words."""
    top_heading: ShortText = "Where to start"
    """Heading of the three reasons that fit best."""
    top_intro: Line = ("These reasons fit your answers best. Each one comes with a few concrete steps "
                       "for your next interview.")
    """Under the top three heading."""
    ranking_heading: ShortText = "All the reasons, most likely first"
    """Heading of the ranked lists."""
    outside_intro: Paragraph = ("These reasons are about the employer and the other candidates, not "
                                "about anything you did wrong. Even if they fit, there is still "
                                "something useful you can do.")
    """Introduces the reasons outside the visitor's control, without blame."""
    read_more: ShortText = "Read about this reason"
    """Link to a reason's page."""
    checklist_link: ShortText = "Open its checklist"
    """Link to a reason's checklist."""
    chart_heading: ShortText = "At a glance"
    """Heading of the bar chart and its table."""
    table_caption: ShortText = "How strongly your answers point to each reason"
    """Caption of the table that repeats the chart."""
    col_reason: ShortText = "Reason"
    """Table column."""
    col_score: ShortText = "Score (0 to 100)"
    """Table column."""
    col_band: ShortText = "How likely"
    """Table column."""
    col_change: ShortText = "Change since {date}"
    """Table column comparing with the previous assessment."""
    no_change: ShortText = "No change"
    """In the change column."""
    history_none: Line = "Next time you take the assessment, you will see here how your answers have changed."
    """Shown before there is an earlier assessment to compare with."""
    adviser_heading: ShortText = "Talk it through"
    """Heading of the adviser contact."""
    saved: Line = "Your answers are saved in this browser as you go, and nowhere else."
    """Shown when answers can be kept on the device."""
    blocked: Line = ("This browser is not letting the site store anything, so your answers will be "
                     "lost when you close this page.")
    """Shown when storage is blocked."""
    dropped: Line = "Some saved answers could not be read, so they were cleared. Please answer again."
    """Shown when stored answers were corrupt or from another version."""
    full: Line = ("This browser's storage is full, so new answers cannot be saved. Answers saved "
                  "before are still here; changes you make now will be lost when you close this page.")
    """Shown when saved answers can be read but nothing new can be written."""
    newer: Line = ("Your answers were saved by a newer version of this site, so this older copy leaves "
                   "them as they are. Changes you make here will not be saved.")
    """Shown when the stored answers come from a newer version of the site."""
    not_saved: Line = ("These answers are shown, but this browser would not save them, so they will be "
                       "gone when you close this page.")
    """After loading a file or taking over shared answers, when they could not be stored."""
    tools_heading: ShortText = "Keep or share your answers"
    """Heading of the buttons under the plan."""
    forget: ShortText = "Forget my answers"
    """Button that wipes everything the visitor entered (their light or dark choice stays)."""
    forget_confirm: Line = ("This removes every answer and result this site saved on this device. "
                            "It cannot be undone.")
    """Asked before wiping."""
    forget_yes: ShortText = "Yes, forget everything"
    """Confirms the wipe."""
    forget_no: ShortText = "No, keep my answers"
    """Cancels the wipe."""
    forgotten: Line = "Done. Nothing you entered on this site is stored on this device any more."
    """After the wipe."""
    copy_link: ShortText = "Copy a link to my results"
    """Button."""
    link_label: ShortText = "Link to your results"
    """Label of the field showing the link."""
    link_copied: Line = ("Link copied. Your answers are inside the link itself, so share it only with "
                         "people you trust.")
    """After copying the link."""
    copy_failed: Line = "Your browser did not let us copy; select the text in the box and copy it yourself."
    """When the clipboard is not available."""
    shared: Line = "You are looking at answers from a shared link. Your own saved answers have not changed."
    """Shown when the page was opened from a results link."""
    shared_keep: ShortText = "Use these as my answers"
    """Button that replaces the visitor's answers with the shared ones."""
    shared_kept: Line = "These answers are now your own."
    """After the shared answers were taken over."""
    shared_bad: Line = "The answers in this link could not be read, so they were ignored."
    """When the link's fragment is garbled."""
    copy_summary: ShortText = "Copy summary"
    """Button: plain-text summary for an adviser."""
    summary_label: ShortText = "Summary for your adviser"
    """Label of the field showing the summary."""
    summary_copied: Line = "Summary copied. You can paste it into an email."
    """After copying the summary."""
    summary_title: ShortText = "My interview self-assessment, {date}"
    """First line of the summary."""
    download: ShortText = "Download my answers"
    """Button: saves the answers as a file."""
    download_file: Label = "second-round-answers.json"
    """Name of the file the answers are saved in (ending .json)."""
    load: ShortText = "Load answers from a file"
    """Label of the file picker."""
    loaded: Line = "Your answers were loaded from the file."
    """After a successful import."""
    load_bad: Line = "That file does not hold answers from this site, so nothing was changed."
    """After a failed import."""
    load_nothing: Line = ("None of the answers in that file fit the questions on this site, so nothing "
                          "was changed.")
    """After an import whose answers match no question here."""
    load_too_big: Line = "That file is far too large to hold answers from this site, so nothing was changed."
    """After an import of an oversized file."""


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
