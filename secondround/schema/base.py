"""What every model shares: strict parsing, the kinds of text and their limits, and the
placeholder rules of interface texts."""

from __future__ import annotations

import re
import string
from typing import Annotated

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
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
    """Base for every model: unknown keys are errors, values are never coerced.

    The docstring under each field is its description for editors, but only jsonschema.py
    reads it (from the source, when it exports): pydantic's use_attribute_docstrings would
    parse every model's source on each start, a third of the time the models take to build.
    """

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


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


class Uses:
    """The {placeholders} an interface text may use: the values the page or the build has on
    offer where the text is shown, e.g. `reason_title: Annotated[ShortText, Uses("title")]`.
    The words themselves live in quiz/site.yml; this says which names fit them."""

    def __init__(self, *names: str) -> None:
        self.names = frozenset(names)

    def __repr__(self) -> str:
        return f"Uses({', '.join(map(repr, sorted(self.names)))})"


def declared(model: type[BaseModel], field: str) -> set[str]:
    """The placeholders a text field of model may use (none unless it says Uses(...))."""
    return {name for meta in model.model_fields[field].metadata if isinstance(meta, Uses)
            for name in meta.names}


class Texts(Strict):
    """Interface texts, with {placeholders} that the generator or the page fills in.

    A text may use only the placeholders its field declares with Uses(...) (they are the
    values on offer), and its braces must pair up; otherwise filling it in would fail.
    """

    @field_validator("*", mode="after")
    @classmethod
    def _declared_placeholders(cls, value: object, info: ValidationInfo) -> object:
        if not isinstance(value, str) or info.field_name is None:
            return value
        return _only_placeholders(value, declared(cls, info.field_name))
