"""Further languages of an edition (site.yml `translations:`): each is built as its own site
under its code (site/es/), from the English content with the texts of quiz/i18n/<code>/."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import StringConstraints

from .base import LANGUAGE_TAG, ShortText, Strict

# The folder under quiz/i18n/ and the address under the site (es, cy, pt-br): lowercase so the
# address is the same on every server.
CODE_PATTERN = r"^[a-z]{2,3}(-[a-z0-9]{2,8})*$"


class Translation(Strict):
    code: Annotated[str, StringConstraints(pattern=CODE_PATTERN)]
    """Folder of the texts (quiz/i18n/<code>/) and address of the site in this language
    (<code>/ under the English one), e.g. es or cy."""
    language: Annotated[str, StringConstraints(pattern=LANGUAGE_TAG)]
    """Language and region as a BCP 47 tag, e.g. es-ES or cy-GB: the pages' lang, dates and
    numbers follow it."""
    name: ShortText
    """The language's name in itself, as the language selector shows it, e.g. Español."""
    missing: Literal["error", "english"] = "error"
    """A text not yet translated: error (the default) stops the build and lists every gap;
    english shows the English text instead and lists every gap as a warning."""
