"""Words the generator writes itself, in the edition's language: a list joined with "or", a
number with one decimal. Babel carries each language's rules (CLDR), so a translated edition
gets "a, b o c" and "66,7" without a text of its own to translate."""

from __future__ import annotations

from babel import Locale, UnknownLocaleError
from babel.lists import format_list
from babel.numbers import format_decimal


def locale_of(tag: str) -> Locale | None:
    """Babel's rules for a BCP 47 tag as site.yml has it (en-GB, es-ES, sr-Latn-RS), or None
    for a well-formed tag Babel does not know."""
    try:
        return Locale.parse(tag, sep="-")
    except (ValueError, UnknownLocaleError):
        return None


def _locale(tag: str) -> Locale:
    # A language Babel does not know still builds, with English list and number rules.
    return locale_of(tag) or Locale("en")


def any_of(items: list[str], tag: str) -> str:
    """'“a”, “b” or “c”', each item quoted as the caller gives it."""
    return format_list(items, style="or", locale=_locale(tag))


def one_decimal(value: float, tag: str) -> str:
    """66.7 in English, 66,7 in Spanish; a whole number without its ".0"."""
    return format_decimal(value, format="#,##0.#", locale=_locale(tag))
