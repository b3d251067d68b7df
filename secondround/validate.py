"""Check one document against its model and put pydantic's findings into plain words.

pydantic reports a `loc` (a path into the data) and a machine type such as
`string_too_long`; the person editing YAML needs the line and a sentence.
"""

from __future__ import annotations

import datetime
import difflib
import re
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from .errors import ContentError, error_at
from .schema import IMAGE_PATTERN, LANGUAGE_TAG, SLUG_PATTERN, URL_PATTERN
from .schema.languages import CODE_PATTERN
from .yamlread import Document

M = TypeVar("M", bound=BaseModel)

_PATTERN_HINTS = {
    SLUG_PATTERN: "must be lowercase letters, digits and single hyphens, like 'not-prepared'",
    URL_PATTERN: "must be a web address starting with https:// or a mailto: link, without spaces, "
                 "quotes or brackets",
    LANGUAGE_TAG: "must be a BCP 47 language tag such as en-GB, cy-GB or es",
    CODE_PATTERN: "must be the language's short code in lowercase (its folder in quiz/i18n/ and its "
                  "address), like es, cy or pt-br",
    r"^#[0-9a-fA-F]{6}$": "must be a colour written as # and six hex digits, like \"#1d4e89\" (in quotes)",
    IMAGE_PATTERN:
        "must be the name of an .svg, .png, .jpg or .webp file inside quiz/, like branding/logo.svg",
}
_TYPE_NAMES = {
    "string_type": "must be text",
    "int_type": "must be a whole number",
    "int_from_float": "must be a whole number",
    "bool_type": "must be true or false",
    "list_type": "must be a list (each item on its own line starting with '- ')",
    "model_type": "must be a group of fields (name: value lines indented below it)",
    "model_attributes_type": "must be a group of fields (name: value lines indented below it)",
    "dict_type": "must be a group of fields (name: value lines indented below it)",
}


def check(document: Document, model: type[M]) -> tuple[M | None, list[ContentError]]:
    if not isinstance(document.data, dict):
        line, column = document.place(())
        found = "it is empty" if document.data is None else f"not {_kind(document.data)}"
        return None, [ContentError(document.file, line, column, "",
                                   f"the file must be a set of fields (name: value), {found}")]
    try:
        return model.model_validate(document.data), []
    except ValidationError as failure:
        details = failure.errors()
        # A misspelt field is also a missing one; the "did you mean" line says it all.
        meant = {(*detail["loc"][:-1], _suggestion(model, tuple(detail["loc"])))
                 for detail in details if detail["type"] == "extra_forbidden"}
        errors = [_explain(document, model, detail) for detail in details
                  if not (detail["type"] == "missing" and tuple(detail["loc"]) in meant)]
        return None, sorted(set(errors))


def _explain(document: Document, model: type[BaseModel], detail: Any) -> ContentError:
    loc = tuple(detail["loc"])
    kind = detail["type"]
    ctx = detail.get("ctx", {})
    value = detail.get("input")
    if kind == "missing":
        message = "is required but missing"
    elif kind == "extra_forbidden":
        message = _unknown_field(model, loc)
    elif kind in _TYPE_NAMES and value is None:
        message = f"is empty; it {_TYPE_NAMES[kind]}"
    elif kind == "string_type" and isinstance(value, bool):
        message = ("must be text, but YAML reads words like yes, no, on and off as true/false; "
                   "put the text in quotes")
    elif kind == "string_type" and isinstance(value, int | float | datetime.date):
        message = f"must be text, not {_kind(value)}; put it in quotes"
    elif kind in ("int_type", "bool_type") and isinstance(value, str) and value.strip() and (
        value.strip().lstrip("+-").isdigit() or value.strip().lower() in ("true", "false")
    ):
        message = f"{_TYPE_NAMES[kind]}, not {_kind(value)}; remove the quotes"
    elif kind in _TYPE_NAMES:
        message = f"{_TYPE_NAMES[kind]}, not {_kind(value)}"
    elif kind == "string_too_short":
        message = "must not be empty"
    elif kind == "string_too_long":
        message = f"is too long: {len(value)} characters, at most {ctx['max_length']}"
    elif kind == "too_short":
        message = f"needs at least {ctx['min_length']} items, has {ctx['actual_length']}"
    elif kind == "too_long":
        message = f"has too many items: at most {ctx['max_length']}, has {ctx['actual_length']}"
    elif kind in ("greater_than_equal", "less_than_equal"):
        low, high = _bounds(model, loc)
        message = (f"must be {low} or more, not {value}" if high is None
                   else f"must be between {low} and {high}, not {value}")
    elif kind == "string_pattern_mismatch":
        hint = _PATTERN_HINTS.get(ctx["pattern"], "does not have the expected form")
        message = f"{hint}; not {_kind(value)}"
        if ctx["pattern"] == URL_PATTERN and str(value).startswith("http://"):
            # The usual slips, and a long address is only "text" above: say the one fix.
            message = "must start with https:// (a secure link), not http://; change http:// to https://"
        elif ctx["pattern"] == URL_PATTERN and re.fullmatch(r"[\w-]+(\.[\w-]+)+(/\S*)?", str(value)):
            message = ("must start with https:// (or mailto: for an email address); add it at the "
                       f"start: https://{value}")
    elif kind == "literal_error":
        message = f"must be one of: {ctx['expected'].replace(chr(39), '')}; not {value!r}"
    elif kind == "value_error":
        message = str(ctx.get("error", detail["msg"]))
    else:  # Anything new from pydantic still gets a place and its own message.
        message = detail["msg"][0].lower() + detail["msg"][1:]
    return error_at(document, loc, message, key=kind == "extra_forbidden")


def _kind(value: object) -> str:
    """What the value is, in words that fit after "not": "a list", "the number 7"."""
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, dict):
        return "a group of fields"
    if isinstance(value, list):
        return "a list"
    if value is None:
        return "empty"
    if isinstance(value, int | float):
        return f"the number {value}"
    if isinstance(value, str):
        return "text" if len(value) > 30 else f"the text {value!r}"
    if isinstance(value, datetime.datetime):
        return "a date and time"
    if isinstance(value, datetime.date):
        return "a date"
    return type(value).__name__


def _model_at(model: type[BaseModel], loc: tuple[Any, ...]) -> type[BaseModel] | None:
    """The model class that owns the last key of loc (walking through lists and optionals)."""
    current: Any = model
    for part in loc[:-1]:
        if isinstance(part, int):
            continue
        is_model = isinstance(current, type) and issubclass(current, BaseModel)
        field = current.model_fields.get(part) if is_model else None
        if field is None:
            return None
        current = _inner_model(field.annotation)
    return current if isinstance(current, type) and issubclass(current, BaseModel) else None


def _inner_model(annotation: Any) -> Any:
    for arg in getattr(annotation, "__args__", ()) or ():
        found = _inner_model(arg)
        if found is not None:
            return found
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    return None


def _suggestion(model: type[BaseModel], loc: tuple[Any, ...]) -> str | None:
    """The allowed field an unknown one was probably meant to be, if any."""
    owner = _model_at(model, loc)
    if owner is None:
        return None
    close = difflib.get_close_matches(str(loc[-1]), list(owner.model_fields), n=1)
    return close[0] if close else None


def _unknown_field(model: type[BaseModel], loc: tuple[Any, ...]) -> str:
    owner = _model_at(model, loc)
    if owner is None:
        return "unknown field"
    close = _suggestion(model, loc)
    hint = f"did you mean '{close}'?" if close else f"allowed here: {', '.join(owner.model_fields)}"
    return f"unknown field; {hint}"


def _bounds(model: type[BaseModel], loc: tuple[Any, ...]) -> tuple[object, object]:
    """The ge and le limits of a number field; None where there is no limit."""
    owner = _model_at(model, loc)
    low: object = None
    high: object = None
    if owner is not None and loc[-1] in owner.model_fields:
        for rule in owner.model_fields[str(loc[-1])].metadata:
            low = getattr(rule, "ge", low)
            high = getattr(rule, "le", high)
    return low, high
