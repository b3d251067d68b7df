"""Interface texts of the printable checklists, the interview plan and After the interview."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .base import Label, Line, Paragraph, ShortText, Texts, Uses


class ChecklistStrings(Texts):
    """Texts of the printable checklists and the combined interview plan.

    Placeholders in braces ({reasons}) are filled in by the page; keep them.
    """

    plan_title: ShortText
    """Heading of the combined checklist built from every reason."""
    plan_description: Line
    """Description of the plan page for search engines."""
    plan_intro: Paragraph
    """Opening paragraph of the plan page."""
    reason_title: Annotated[ShortText, Uses("title")]
    """Heading of a reason's own checklist; {title} is the reason's short title."""
    reason_intro: Line
    """Opening line of a reason's checklist."""
    back_to_reason: ShortText
    """Link from a reason's checklist back to its page."""
    see_plan: ShortText
    """Link from a reason's checklist to the combined plan."""
    open_checklist: ShortText
    """Link from a reason page to its checklist."""
    per_reason_heading: ShortText
    """Heading of the list of per-reason checklists on the plan page."""
    details_legend: ShortText
    """Group label of the interview's details on After the interview (the one chosen there)."""
    plan_legend: ShortText
    """Group label of the details on the interview plan: the next interview, not the last one."""
    role: ShortText
    """Field label."""
    organisation: ShortText
    """Field label."""
    interviewer: ShortText
    """Field label."""
    when: ShortText
    """Field label."""
    address: ShortText
    """Field label."""
    ask_for: ShortText
    """Field label."""
    bring: ShortText
    """Field label."""
    decision_date: ShortText
    """Field label."""
    format_legend: ShortText
    """Label of the choice of interview format, in the details of an interview."""
    format_in_person: ShortText
    """An interview format (choice, and named on the checklist items that fit it)."""
    format_video: ShortText
    """An interview format."""
    format_phone: ShortText
    """An interview format."""
    format_recorded: ShortText
    """An interview format: answers recorded to a camera, with no one there."""
    format_undecided: ShortText
    """The choice for an interview whose format is not known yet: every item shows."""
    item_formats: Annotated[ShortText, Uses("formats")]
    """After a checklist item that fits only some formats; {formats} are their names."""
    show_all: ShortText
    """Button (pressed or not): shows the items for other formats too, to print everything."""
    formats_hidden: Annotated[Line, Uses("count")]
    """Shown when a format is chosen; {count} is how many items do not fit it."""
    formats_all: Annotated[Line, Uses("count")]
    """Shown while "show all" is pressed."""
    print_page: ShortText
    """Button."""
    print_blank: ShortText
    """Button: prints the checklist without ticks or typed text."""
    reset: ShortText
    """Button."""
    reset_confirm: Line
    """Asked before clearing."""
    cleared: Line
    """Announced after clearing."""
    personal: Annotated[Line, Uses("reasons")]
    """Shown when the order follows the visitor's self-check."""
    not_personal: Line
    """Shown when there are no self-check answers yet."""
    mark: ShortText
    """Read out by screen readers next to the star on a marked item."""
    saved: Line
    """Shown when ticks and fields can be kept on the device."""
    blocked: Line
    """Shown when storage is blocked."""
    dropped: Line
    """Shown when stored data was corrupt or from another version."""
    full: Line
    """Shown when saved data can be read but nothing new can be written."""
    newer: Line
    """Shown when stored data comes from a newer version of the site."""
    printed_from: Annotated[ShortText, Uses("date", "url")]
    """Footer of the printed page."""


class DebriefStrings(Texts):
    """Texts of the "After the interview" page: notes, thank-you note, feedback request, log.

    Placeholders in braces ({name}, {role}, {organisation}, {point}, {start},
    {end}, {count}, {stage}) are filled in by the page; keep them.
    """

    title: ShortText
    """Heading and navigation title of the page."""
    description: Line
    """Description of the page for search engines."""
    interview_choice: ShortText
    """Label of the list of interviews written about on this page."""
    interview_new: ShortText
    """Button that starts an empty record for another interview."""
    interview_n: Annotated[ShortText, Uses("n")]
    """Name of an interview in the list before its organisation or role is typed."""
    format_unset: ShortText
    """The choice of format for an interview that has happened, when none is chosen."""
    interview_started: Line
    """Said when another interview is started."""
    intro: Paragraph
    """Opening paragraph."""
    notes_heading: ShortText
    """Heading."""
    notes_intro: Line
    """Under the notes heading."""
    question: Annotated[ShortText, Uses("n")]
    """Field label; {n} is the question's number."""
    answer: Annotated[ShortText, Uses("n")]
    """Field label."""
    add_question: ShortText
    """Button."""
    remove_question: ShortText
    """Button."""
    how_it_went: ShortText
    """Field label."""
    improve: ShortText
    """Field label."""
    thanks_heading: ShortText
    """Heading."""
    thanks_intro: Line
    """Under the thank-you heading."""
    point: ShortText
    """Field label: why the visitor can do the job."""
    point_hint: Line
    """Hint under the point field."""
    deadline: Annotated[Line, Uses("end", "start")]
    """Before the thank-you window opens; {start} is 24 hours and {end} 48 hours after the interview."""
    deadline_now: Annotated[Line, Uses("end")]
    """While the thank-you window is open; {end} is 48 hours after the interview."""
    deadline_passed: Line
    """After the thank-you window has closed."""
    deadline_missing: Line
    """Shown while no interview date is known."""
    thanks_draft: ShortText
    """Label of the draft."""
    thanks_template: Annotated[Paragraph, Uses("name", "organisation", "point", "role")]
    """The thank-you draft; check spelling and grammar before sending."""
    name_blank: ShortText
    """Put in the draft while the name is empty."""
    role_blank: ShortText
    """Put in the draft while the role is empty."""
    organisation_blank: ShortText
    """Put in the draft while the organisation is empty."""
    point_blank: ShortText
    """Put in the draft while the point is empty."""
    copy_draft: ShortText
    """Button."""
    copied: Line
    """After copying."""
    copy_failed: Line
    """When the clipboard is not available."""
    ics: ShortText
    """Button: downloads a calendar file."""
    ics_summary: Annotated[ShortText, Uses("name")]
    """Title of the calendar reminder; {name} is the interviewer's, else the organisation."""
    ics_summary_unnamed: ShortText
    """Title of the calendar reminder when neither the interviewer nor the organisation is given."""
    ics_file: Label
    """Name of the calendar file of the reminder (ending .ics)."""
    ics_description: Annotated[Line, Uses("end")]
    """Text of the calendar reminder."""
    ics_past: Line
    """When the reminder would be in the past."""
    ics_ready: Line
    """Announced after the download starts."""
    feedback_heading: ShortText
    """Heading."""
    feedback_intro: Line
    """Under the feedback heading."""
    decision_wait: Annotated[Line, Uses("date")]
    """Shown with the feedback request when a decision date was entered; {date} is that date."""
    decision_passed: Annotated[Line, Uses("date")]
    """Shown when the decision date they gave is before today; {date} is that date."""
    news_draft: ShortText
    """Label of the draft."""
    news_template: Annotated[Paragraph, Uses("name", "organisation", "role")]
    """The draft asking for news once the decision date has passed."""
    feedback_draft: ShortText
    """Label of the draft."""
    feedback_template: Annotated[Paragraph, Uses("name", "organisation", "role")]
    """The feedback-request draft."""
    log_heading: ShortText
    """Heading."""
    log_intro: Line
    """Under the log heading."""
    log_caption: ShortText
    """Caption of the log table."""
    log_date: ShortText
    """Column and field label."""
    log_organisation: ShortText
    """Column and field label."""
    log_stage: ShortText
    """Column and field label."""
    log_outcome: ShortText
    """Column and field label."""
    log_add: ShortText
    """Button."""
    log_added: Line
    """Announced after adding."""
    log_remove: ShortText
    """Button on each row."""
    log_removed: Line
    """Announced after removing."""
    log_empty: Line
    """Shown while the log is empty."""
    log_incomplete: Line
    """When adding without the required fields."""
    stages: Annotated[list[ShortText], Field(min_length=2, max_length=8)]
    """Stages an application can reach, in order."""
    outcome_waiting: ShortText
    """An outcome."""
    outcome_rejected: ShortText
    """An outcome: the one the pattern check counts."""
    outcome_offer: ShortText
    """An outcome."""
    outcome_withdrew: ShortText
    """An outcome."""
    pattern: Annotated[Line, Uses("count", "stage")]
    """Shown when the same stage ends in rejection at least twice."""
    pattern_link: ShortText
    """Link to the assessment, shown with the pattern."""
    export: ShortText
    """Button: downloads the log as a JSON file."""
    import_label: ShortText
    """Label of the file picker."""
    imported: Line
    """After a successful import."""
    import_bad: Line
    """After a failed import."""
    import_too_big: Annotated[Line, Uses("limit")]
    """After an import that is too large."""
    import_partly: Annotated[Line, Uses("count")]
    """After an import, when some entries were unreadable (bad dates, unknown stages)."""
    import_not_saved: Line
    """After an import that could not be stored."""
    log_full: Annotated[Line, Uses("limit")]
    """When the log is full."""
    log_file: Label
    """Name of the file the log is exported to (ending .json)."""
