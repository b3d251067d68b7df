"""The content model: what a career centre may write in quiz/*.yml.

One pydantic model per kind of file. Field docstrings are the documentation
(they flow into the exported JSON Schema, so editors show them as tooltips).
Rules that span several files live in rules.py, not here.
"""

from __future__ import annotations

import re
import string
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationInfo,
    field_validator,
)

SLUG_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
URL_PATTERN = r"^(https://|mailto:)[^\s<>\"'`()\[\]{}\\]+$"
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
    # No brackets, quotes or spaces: an address is printed into links, and these
    # characters are how a value escapes a link into markup of its own.
    StringConstraints(strip_whitespace=True, pattern=URL_PATTERN, max_length=300),
]


# A BCP 47 tag as editions use it: language, optional script, optional region (en-GB, sr-Latn-RS, es-419).
LANGUAGE_TAG = r"^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$"


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


Colour = Annotated[str, StringConstraints(pattern=r"^#[0-9a-fA-F]{6}$")]
IMAGE_PATTERN = r"^[A-Za-z0-9_-][A-Za-z0-9_./-]*/?[A-Za-z0-9_-]+\.(svg|png|jpg|jpeg|webp)$"
ImageFile = Annotated[str, StringConstraints(pattern=IMAGE_PATTERN)]


class Branding(Strict):
    """How the site looks for this edition. Colours are checked against WCAG AA contrast."""

    logo: ImageFile | None = None
    """Logo file shown in the header, relative to the quiz/ folder, e.g. branding/logo.svg."""
    primary_colour: Colour = "#1d4e89"
    """Header and link colour, as #rrggbb; white text on it needs 4.5:1 contrast."""
    accent_colour: Colour = "#8a3b00"
    """Colour of links under the pointer and of focus outlines, as #rrggbb; needs 4.5:1 on white."""
    primary_colour_dark: Colour | None = None
    """In dark mode, the colour of links, buttons and ticks, as #rrggbb; needs 4.5:1 on the dark
    background. Left out, the build lightens primary_colour until it is readable."""
    accent_colour_dark: Colour | None = None
    """In dark mode, the colour of links under the pointer and of focus outlines, as #rrggbb; needs
    4.5:1 on the dark background. Left out, the build lightens accent_colour until it is readable."""
    footer_text: Line | None = None
    """One line in the footer of every page; the organisation's name when left out."""


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


def _placeholders(text: str) -> set[str]:
    """The {names} in a text, as str.format and the page scripts read them."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def _only_placeholders(value: str, allowed: set[str]) -> str:
    """The text, if every {name} in it is one of `allowed` and its braces pair up;
    otherwise filling it in would fail (or print a brace) on the page."""
    try:
        used = _placeholders(value)
    except ValueError:
        raise ValueError("a { or } has no partner; placeholders are written like {name}") from None
    unknown = sorted(used - allowed)
    if unknown:
        offer = ", ".join("{" + name + "}" for name in sorted(allowed)) or "none"
        raise ValueError(f"{{{unknown[0]}}} is not a placeholder this text can use "
                         f"(it can use: {offer})")
    return value


class Home(Strict):
    """The home page: what the site is, three ways in, the privacy promise, the reasons in
    their two groups and the habits. Its main heading is the site's tagline."""

    intro: Annotated[list[Paragraph], Field(min_length=1, max_length=4)]
    """Under the main heading: what this site is, in one sentence. Further paragraphs are
    shown too, before the three ways in, so keep it short."""
    how_to_use: Annotated[list[Line], Field(min_length=2, max_length=6)] | None = None
    """No longer shown: the three ways in took its place. An older site.yml that has it
    still builds; you can delete it."""
    privacy: Paragraph
    """Why answers never leave the device."""
    start: ShortText = "Quick check"
    """The first way in: the quick check at the top of the self-assessment."""
    start_detail: ShortText = "{n} questions, about {minutes} minutes"
    """Under the first way in. {n} is the number of quick-check questions (one per reason),
    {minutes} the time they take (20 seconds each, at least 2 minutes)."""
    start_after: ShortText = "Just had an interview?"
    """The second way in: the After the interview page."""
    start_after_detail: ShortText = "Write it down while you remember it, and send a thank-you"
    """Under the second way in."""
    checklists: ShortText = "Print a checklist"
    """The third way in: the checklists to print."""
    checklists_detail: ShortText = "What to do before the interview, on the day and after"
    """Under the third way in."""
    results_link: ShortText = "Answered before? See your results"
    """Link under the three ways in, to the results page (answers stay on the device)."""
    in_control: Line = "Things you can prepare for, or do differently next time."
    """One line under the heading of the reasons in your control."""
    outside_control: Line = "Things about the employer or the other candidates, not about you."
    """One line under the heading of the reasons outside your control."""

    @field_validator("start_detail", mode="after")
    @classmethod
    def _placeholders_on_offer(cls, value: str, info: ValidationInfo) -> str:
        default = cls.model_fields[str(info.field_name)].default
        return _only_placeholders(value, _placeholders(default))


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
    how_to_use_heading: ShortText | None = None
    """No longer shown (the home page's steps gave way to its three ways in); may be deleted."""
    why_we_ask: ShortText
    """Summary of the fold-out explanation under each question."""
    about_title: ShortText
    privacy_contact: ShortText
    """Link text for the privacy contact."""
    generated_by: ShortText
    """Footer credit for the generator."""
    nojs_not_kept: Line = ("JavaScript is off, so nothing you type or tick on this page is kept: print it "
                           "and fill it in by hand, or turn JavaScript on.")
    """At the top of the pages with forms when JavaScript is off."""
    nav_home: ShortText = "Home"
    """Navigation: the home page."""
    nav_checklists: ShortText = "Checklists"
    """Navigation: the section of printable checklists."""
    nav_for_centres: ShortText = "For career centres"
    """Navigation: the section for advisers (how to embed pages), kept apart from the job seeker's."""


class Texts(Strict):
    """Interface texts with {placeholders} that the generator or the page fills in.

    A text may use only the placeholders its default uses (they are the values
    on offer), and its braces must pair up; otherwise filling it in would fail.
    """

    @field_validator("*", mode="after")
    @classmethod
    def _same_placeholders(cls, value: object, info: ValidationInfo) -> object:
        if not isinstance(value, str) or info.field_name is None:
            return value
        default = cls.model_fields[info.field_name].default
        return _only_placeholders(value, _placeholders(default) if isinstance(default, str) else set())


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
    paper_intro: Line = ("On paper: tick one answer to each question. The number after an answer is its "
                         "points. For each reason, add up the points of its questions, with its question "
                         "in the quick check, and find your total in its table.")
    """Printed at the top of the blank assessment (the paper edition)."""
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
    early_only: Line = ("So far your answers are early signals only: too few questions are answered "
                        "to say how likely any reason is. Answer the rest to get your plan.")
    """At the top of the results when no reason has enough answers for a result yet."""
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


class ChecklistStrings(Texts):
    """Texts of the printable checklists and the combined interview plan.

    Placeholders in braces ({reasons}) are filled in by the page; keep them.
    Every field has a default, so an older site.yml stays valid.
    """

    plan_title: ShortText = "Your interview plan"
    """Heading of the combined checklist built from every reason."""
    plan_description: Line = "One printable checklist for your next interview, built from all ten reasons."
    """Description of the plan page for search engines."""
    plan_intro: Paragraph = ("Fill in the details of your next interview, then tick things off as you go. "
                             "Print it and keep it somewhere you will see it, such as on the fridge.")
    """Opening paragraph of the plan page."""
    reason_title: ShortText = "Checklist: {title}"
    """Heading of a reason's own checklist; {title} is the reason's short title."""
    reason_intro: Line = "Tick things off as you prepare. Print this page if you would rather work on paper."
    """Opening line of a reason's checklist."""
    back_to_reason: ShortText = "Read about this reason"
    """Link from a reason's checklist back to its page."""
    see_plan: ShortText = "All the checklists in one interview plan"
    """Link from a reason's checklist to the combined plan."""
    open_checklist: ShortText = "Printable checklist for this reason"
    """Link from a reason page to its checklist."""
    per_reason_heading: ShortText = "One checklist per reason"
    """Heading of the list of per-reason checklists on the plan page."""
    details_legend: ShortText = "This interview"
    """Group label of the fields to fill in."""
    role: ShortText = "Role"
    """Field label."""
    organisation: ShortText = "Organisation"
    """Field label."""
    interviewer: ShortText = "Interviewer's name"
    """Field label."""
    when: ShortText = "Date and time"
    """Field label."""
    address: ShortText = "Address and entrance"
    """Field label."""
    ask_for: ShortText = "Whom to ask for on arrival"
    """Field label."""
    bring: ShortText = "What to bring (documents, portfolio format)"
    """Field label."""
    decision_date: ShortText = "Decision date they gave"
    """Field label."""
    print_page: ShortText = "Print"
    """Button."""
    print_blank: ShortText = "Print a blank copy"
    """Button: prints the checklist without ticks or typed text."""
    reset: ShortText = "Clear ticks and fields"
    """Button."""
    reset_confirm: Line = "Clear every tick and every field on this page? This cannot be undone."
    """Asked before clearing."""
    cleared: Line = "Cleared. You are starting afresh."
    """Announced after clearing."""
    personal: Line = "Items marked with a star come first because your self-check points to: {reasons}."
    """Shown when the order follows the visitor's self-check."""
    not_personal: Line = ("Take the self-check on the reason pages, and the items that matter most for "
                          "you will move to the top here.")
    """Shown when there are no self-check answers yet."""
    mark: ShortText = "Your self-check points here"
    """Read out by screen readers next to the star on a marked item."""
    saved: Line = "Your ticks and notes are saved in this browser on this device, and nowhere else."
    """Shown when ticks and fields can be kept on the device."""
    blocked: Line = ("This browser is not letting the site store anything, so your ticks and notes will "
                     "be lost when you close the page. Print it to keep a copy.")
    """Shown when storage is blocked."""
    dropped: Line = "Some saved ticks or notes could not be read, so they were cleared."
    """Shown when stored data was corrupt or from another version."""
    full: Line = ("This browser's storage is full, so new ticks and notes cannot be saved. What you "
                  "saved before is still here. Print the page to keep a copy.")
    """Shown when saved data can be read but nothing new can be written."""
    newer: Line = ("What you saved here was saved by a newer version of this site, so this older copy "
                   "leaves it as it is. Changes you make here will not be saved.")
    """Shown when stored data comes from a newer version of the site."""
    printed_from: ShortText = "Printed from {url} on {date}"
    """Footer of the printed page."""


class DebriefStrings(Texts):
    """Texts of the "After the interview" page: notes, thank-you note, feedback request, log.

    Placeholders in braces ({name}, {role}, {organisation}, {point}, {start},
    {end}, {count}, {stage}) are filled in by the page; keep them.
    """

    title: ShortText = "After the interview"
    """Heading and navigation title of the page."""
    description: Line = "Notes, a thank-you note, a feedback request and a log of your interviews."
    """Description of the page for search engines."""
    interview_choice: ShortText = "Which interview these notes are about"
    """Label of the list of interviews written about on this page."""
    interview_new: ShortText = "Start notes for another interview"
    """Button that starts an empty record for another interview."""
    interview_n: ShortText = "Interview {n}"
    """Name of an interview in the list before its organisation or role is typed."""
    interview_started: Line = ("Started notes for another interview. The earlier ones are kept: "
                               "choose them in the list.")
    """Said when another interview is started."""
    intro: Paragraph = ("The hours after an interview are the best time to learn from it. Write down what "
                        "happened while you still remember it, thank the person who met you, and keep "
                        "a short log so you can see patterns over time.")
    """Opening paragraph."""
    notes_heading: ShortText = "Notes to write the same day"
    """Heading."""
    notes_intro: Line = ("Write down each question you remember and a line or two on what you answered. "
                         "Nobody sees this but you.")
    """Under the notes heading."""
    question: ShortText = "Question {n}: what they asked"
    """Field label; {n} is the question's number."""
    answer: ShortText = "Question {n}: what you answered, in brief"
    """Field label."""
    add_question: ShortText = "Add another question"
    """Button."""
    remove_question: ShortText = "Remove the last question"
    """Button."""
    how_it_went: ShortText = "How it went"
    """Field label."""
    improve: ShortText = "What to improve next time"
    """Field label."""
    thanks_heading: ShortText = "Your thank-you note"
    """Heading."""
    thanks_intro: Line = ("A short note within a day or two thanks them for their time and reminds them "
                          "why you can do the job.")
    """Under the thank-you heading."""
    point: ShortText = "One point to restate"
    """Field label: why the visitor can do the job."""
    point_hint: Line = "For example, a skill or result of yours that fits what you learned about the role."
    """Hint under the point field."""
    deadline: Line = "Send it from {start}, and before {end}."
    """Before the thank-you window opens; {start} is 24 hours and {end} 48 hours after the interview."""
    deadline_now: Line = "Now is a good time to send it: today if you can, and before {end}."
    """While the thank-you window is open; {end} is 48 hours after the interview."""
    deadline_passed: Line = ("The usual time to send it has passed. A short thank-you sent late still "
                             "helps, and the draft below is ready.")
    """After the thank-you window has closed."""
    deadline_missing: Line = "Enter the date and time of your interview to see when to send it."
    """Shown while no interview date is known."""
    thanks_draft: ShortText = "Draft of your thank-you note"
    """Label of the draft."""
    thanks_template: Paragraph = (
        "Dear {name},\n\nThank you for taking the time to meet me about the {role} role at "
        "{organisation}. I enjoyed hearing more about the team and the work.\n\nHaving learned more "
        "about the role, I am even more sure that I could do it well: {point}\n\nI look forward to "
        "hearing from you.\n\nKind regards,")
    """The thank-you draft; check spelling and grammar before sending."""
    name_blank: ShortText = "[interviewer's name]"
    """Put in the draft while the name is empty."""
    role_blank: ShortText = "[role]"
    """Put in the draft while the role is empty."""
    organisation_blank: ShortText = "[organisation]"
    """Put in the draft while the organisation is empty."""
    point_blank: ShortText = "[one thing that makes you a good fit]"
    """Put in the draft while the point is empty."""
    copy_draft: ShortText = "Copy the draft"
    """Button."""
    copied: Line = "Draft copied. Paste it into your email, then read it through once more."
    """After copying."""
    copy_failed: Line = "Your browser did not let us copy; select the text in the box and copy it yourself."
    """When the clipboard is not available."""
    ics: ShortText = "Add a reminder to my calendar"
    """Button: downloads a calendar file."""
    ics_summary: ShortText = "Send your thank-you note to {name}"
    """Title of the calendar reminder."""
    ics_description: Line = "Send it before {end}. Your draft is on the After the interview page."
    """Text of the calendar reminder."""
    ics_past: Line = ("The time for a reminder has passed, so no calendar file was made. Send your note "
                      "when you can.")
    """When the reminder would be in the past."""
    ics_ready: Line = "Your calendar file is downloading. Open it to add the reminder."
    """Announced after the download starts."""
    feedback_heading: ShortText = "Asking for feedback"
    """Heading."""
    feedback_intro: Line = ("If you hear that you were not chosen, a polite request for feedback can show "
                            "you what you cannot see from your side of the table.")
    """Under the feedback heading."""
    decision_wait: Line = "They said they would decide by {date}. Wait until then before you ask how it went."
    """Shown with the feedback request when a decision date was entered; {date} is that date."""
    decision_passed: Line = ("They said they would decide by {date}, and that date has passed, so it is "
                             "fine to ask for news now. Here is a short, polite draft.")
    """Shown when the decision date they gave is before today; {date} is that date."""
    news_draft: ShortText = "Draft asking for news"
    """Label of the draft."""
    news_template: Paragraph = (
        "Dear {name},\n\nI hope you are well. I am writing to ask if there is any news about the "
        "{role} role at {organisation}. I enjoyed our conversation and I am still very interested.\n\n"
        "Thank you for your time.\n\nKind regards,")
    """The draft asking for news once the decision date has passed."""
    feedback_draft: ShortText = "Draft of your feedback request"
    """Label of the draft."""
    feedback_template: Paragraph = (
        "Dear {name},\n\nThank you for letting me know, and for the time you and the team gave me "
        "during the interview for the {role} role.\n\nIf you have a moment, I would be grateful for "
        "any feedback on how I came across and what would have made my application stronger.\n\n"
        "I am still very interested in working at {organisation}, so please keep my details on file "
        "for future openings.\n\nKind regards,")
    """The feedback-request draft."""
    log_heading: ShortText = "Your interview log"
    """Heading."""
    log_intro: Line = ("Add each interview and how far it went. Over time this shows where things "
                       "tend to stop.")
    """Under the log heading."""
    log_caption: ShortText = "Interviews you have logged"
    """Caption of the log table."""
    log_date: ShortText = "Date"
    """Column and field label."""
    log_organisation: ShortText = "Organisation"
    """Column and field label."""
    log_stage: ShortText = "Stage reached"
    """Column and field label."""
    log_outcome: ShortText = "Outcome"
    """Column and field label."""
    log_add: ShortText = "Add to the log"
    """Button."""
    log_added: Line = "Added to your log."
    """Announced after adding."""
    log_remove: ShortText = "Remove"
    """Button on each row."""
    log_removed: Line = "Removed from your log."
    """Announced after removing."""
    log_empty: Line = "Nothing logged yet."
    """Shown while the log is empty."""
    log_incomplete: Line = "Enter at least the date and the organisation."
    """When adding without the required fields."""
    stages: Annotated[list[ShortText], Field(min_length=2, max_length=8)] = [
        "Phone or video screen", "First interview", "Second interview",
        "Assessment day or task", "Final interview"]
    """Stages an application can reach, in order."""
    outcome_waiting: ShortText = "Waiting to hear"
    """An outcome."""
    outcome_rejected: ShortText = "Not taken further"
    """An outcome: the one the pattern check counts."""
    outcome_offer: ShortText = "Offer"
    """An outcome."""
    outcome_withdrew: ShortText = "I withdrew"
    """An outcome."""
    pattern: Line = ("{count} of your interviews ended at the same stage: {stage}. When it keeps "
                     "stopping at the same point, the self-assessment can help you find out why.")
    """Shown when the same stage ends in rejection at least twice."""
    pattern_link: ShortText = "Take the self-assessment"
    """Link to the assessment, shown with the pattern."""
    export: ShortText = "Export my log"
    """Button: downloads the log as a JSON file."""
    import_label: ShortText = "Import a log from a file"
    """Label of the file picker."""
    imported: Line = "Your log was loaded from the file."
    """After a successful import."""
    import_bad: Line = "That file does not hold an interview log from this site, so nothing was changed."
    """After a failed import."""
    import_too_big: Line = ("That file would take the log past {limit} interviews, the most it keeps, "
                            "so nothing was changed.")
    """After an import that is too large."""
    import_partly: Line = "{count} entries in the file could not be read, so they were left out."
    """After an import, when some entries were unreadable (bad dates, unknown stages)."""
    import_not_saved: Line = ("The log was loaded, but this browser would not save it, so it will be gone "
                              "when you close this page.")
    """After an import that could not be stored."""
    log_full: Line = ("Your log holds {limit} interviews, the most it can keep. Export it and remove "
                      "some old ones to add more.")
    """When the log is full."""


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


class EmbedStrings(Strict):
    """Texts for pages shown inside another site's iframe, and for the "Embed on your site" page.

    Every field has a default, so an edition whose site.yml predates them still builds.
    """

    open_full_site: ShortText = "Open the full site in a new tab"
    """Link shown at the top of an embedded page."""
    storage_blocked: Line = (
        "This frame cannot keep your answers on your device, so they will be lost when "
        "you leave. Open the full site to keep them."
    )
    """Shown inside an iframe where the browser blocks storage."""
    page_title: ShortText = "Embed on your site"
    """Title of the page for career centres."""
    intro: Paragraph = (
        "You can show any page of this site inside your own web site. Paste the code below "
        "where the page should appear; the frame grows and shrinks with its content, and "
        "visitors keep their answers on their own device."
    )
    """Opening paragraph of the embed page."""
    snippet_heading: ShortText = "Code to paste"
    """Heading above the copy-paste code."""
    other_pages: Line = (
        "To embed another page, change the address in the src attribute to that page's "
        "address, keeping ?embed=1 at the end."
    )
    """How to embed a different page."""
    frame_title: ShortText = "Interview self-assessment"
    """Accessible title of the iframe in the snippet."""


class Site(Strict):
    """Site-wide settings (quiz/site.yml)."""

    title: ShortText
    """Name of the site, shown in the header and browser tab."""
    tagline: Line
    """The home page's main heading: one line saying what the site helps with."""
    description: Line
    """Description for search engines and link previews."""
    language: Annotated[str, StringConstraints(pattern=LANGUAGE_TAG)]
    """Language and region as a BCP 47 tag, e.g. en-GB or cy-GB: dates and numbers follow it."""
    organisation: Organisation
    """Who publishes this edition."""
    branding: Branding = Branding()
    """Logo, colours and footer line."""
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
    checklists: ChecklistStrings = ChecklistStrings()
    """Texts of the printable checklists and the interview plan."""
    debrief: DebriefStrings = DebriefStrings()
    """Texts of the After the interview page."""
    assessment: AssessmentStrings = AssessmentStrings()
    """Texts of the self-checks, the assessment page and the action plan."""
    method: MethodStrings = MethodStrings()
    """The adviser page on how results are worked out."""
    embed: EmbedStrings = EmbedStrings()
    """Embedding in other sites."""

