"""The content model: what a career centre may write in quiz/*.yml.

One pydantic model per kind of file (reason.py, site.py), the interface texts they hold
(assessment.py, forms.py, firstaid.py, method.py) and what they share (base.py). The words of
those texts are not here but in quiz/site.yml: a field says what a text is and, with Uses(...),
which {placeholders} it may use. Field docstrings are the documentation (they flow into the
exported JSON Schema, so editors show them as tooltips).
Rules that span several files live in rules.py, not here.
"""

from .assessment import AssessmentStrings
from .base import LANGUAGE_TAG, MAX_WEIGHT, SLUG_PATTERN, URL_PATTERN, Strict, Texts, Uses
from .firstaid import FirstAidStrings
from .forms import ChecklistStrings, DebriefStrings
from .method import MethodStrings
from .reason import FORMATS, PHASES, ChecklistItem, Format, OnlyIf, Option, Phase, Question, Reason
from .site import (
    IMAGE_PATTERN,
    About,
    Adviser,
    Band,
    Branding,
    EmbedStrings,
    Habit,
    Home,
    Organisation,
    Site,
    Source,
    Strings,
)

__all__ = [
    "FORMATS", "IMAGE_PATTERN", "LANGUAGE_TAG", "MAX_WEIGHT", "PHASES", "SLUG_PATTERN", "URL_PATTERN",
    "About", "Adviser", "AssessmentStrings", "Band", "Branding", "ChecklistItem", "ChecklistStrings",
    "DebriefStrings", "EmbedStrings", "FirstAidStrings", "Format", "Habit", "Home", "MethodStrings",
    "OnlyIf", "Option", "Organisation", "Phase", "Question", "Reason", "Site", "Source", "Strict",
    "Strings", "Texts", "Uses",
]
