"""The site file (quiz/site.yml): organisation, branding, bands, home and about texts, and
the groups of interface texts."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, StringConstraints, ValidationInfo, field_validator

from .assessment import AssessmentStrings
from .base import (
    LANGUAGE_TAG,
    Label,
    Line,
    Paragraph,
    ShortText,
    Slug,
    Strict,
    Texts,
    Url,
    Uses,
    _only_placeholders,
    declared,
)
from .firstaid import FirstAidStrings
from .forms import ChecklistStrings, DebriefStrings
from .languages import Translation
from .method import MethodStrings


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
    start: ShortText
    """The first way in: the quick check at the top of the self-assessment."""
    start_detail: Annotated[ShortText, Uses("minutes", "n")]
    """Under the first way in. {n} is the number of quick-check questions (one per reason),
    {minutes} the time they take (20 seconds each, at least 2 minutes)."""
    start_after: ShortText
    """The second way in: the After the interview page."""
    start_after_detail: ShortText
    """Under the second way in."""
    checklists: ShortText
    """The third way in: the checklists to print."""
    checklists_detail: ShortText
    """Under the third way in."""
    results_link: ShortText
    """Link under the three ways in, to the results page (answers stay on the device)."""
    in_control: Line
    """One line under the heading of the reasons in your control."""
    outside_control: Line
    """One line under the heading of the reasons outside your control."""

    @field_validator("start_detail", mode="after")
    @classmethod
    def _placeholders_on_offer(cls, value: str, info: ValidationInfo) -> str:
        return _only_placeholders(value, declared(cls, str(info.field_name)))


class About(Strict):
    intro: Annotated[list[Paragraph], Field(min_length=1, max_length=4)]
    """What the site is and who made it."""
    sources: Annotated[list[Source], Field(min_length=1)]
    """Where the ideas come from."""


class Strings(Texts):
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
    nojs_not_kept: Line
    """At the top of the pages with forms when JavaScript is off."""
    nav_home: ShortText
    """Navigation: the home page."""
    nav_checklists: ShortText
    """Navigation: the section of printable checklists."""
    nav_for_centres: ShortText
    """Navigation: the section for advisers (how to embed pages), kept apart from the job seeker's."""
    scheme_to_light: ShortText
    """Label of the light/dark button while the colours follow the system."""
    scheme_to_dark: ShortText
    """Label of the light/dark button while the colours are light."""
    scheme_to_system: ShortText
    """Label of the light/dark button while the colours are dark."""
    not_found: ShortText
    """Heading of the page shown for an address that does not exist (404.html)."""


class EmbedStrings(Texts):
    """Texts for pages shown inside another site's iframe, and for the "Embed on your site" page."""

    open_full_site: ShortText
    """Link shown at the top of an embedded page."""
    storage_blocked: Line
    """Shown inside an iframe where the browser blocks storage."""
    page_title: ShortText
    """Title of the page for career centres."""
    intro: Paragraph
    """Opening paragraph of the embed page."""
    snippet_heading: ShortText
    """Heading above the copy-paste code."""
    other_pages: Line
    """How to embed a different page."""
    frame_title: ShortText
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
    language_name: ShortText
    """The site's language in itself, as the language selector shows it (with translations)."""
    translations: Annotated[list[Translation], Field(default_factory=list)]
    """Further languages, each built under its code with the texts of quiz/i18n/<code>/."""
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
    checklists: ChecklistStrings
    """Texts of the printable checklists and the interview plan."""
    debrief: DebriefStrings
    """Texts of the After the interview page."""
    assessment: AssessmentStrings
    """Texts of the self-checks, the assessment page and the action plan."""
    method: MethodStrings
    """The adviser page on how results are worked out."""
    embed: EmbedStrings
    """Embedding in other sites."""
    first_aid: FirstAidStrings
    """The first-aid page for a reader who has just been turned down."""
