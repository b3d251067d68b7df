"""The interface texts have one home, quiz/site.yml: the schema says what each text is and
which {placeholders} it may use, never its words."""

from __future__ import annotations

import string
from typing import Any, Literal, get_args, get_origin

import pytest
from pydantic import BaseModel

from secondround.schema import Home, Reason, Site, Texts
from secondround.schema.base import declared

from .site_texts import site_texts


def models(root: type[BaseModel]) -> list[type[BaseModel]]:
    """root and every model its fields hold, however deeply."""
    found: list[type[BaseModel]] = []

    def visit(annotation: Any) -> None:
        if isinstance(annotation, type) and issubclass(annotation, BaseModel) and annotation not in found:
            found.append(annotation)
            for info in annotation.model_fields.values():
                visit(info.annotation)
        for arg in get_args(annotation):
            visit(arg)

    visit(root)
    return found


MODELS = sorted({*models(Site), *models(Reason)}, key=lambda model: model.__name__)


def _is_words(value: Any) -> bool:
    return isinstance(value, str) or (isinstance(value, list) and any(isinstance(v, str) for v in value))


@pytest.mark.parametrize("model", MODELS, ids=lambda model: model.__name__)
def test_no_text_has_a_default_in_python(model: type[BaseModel]) -> None:
    """Words belong in quiz/site.yml, where editors and translators find them. A default may
    only be a setting: a choice from a fixed list (Literal) or a value of a fixed form (a colour)."""
    for name, info in model.model_fields.items():
        default = None if info.is_required() else info.get_default(call_default_factory=True)
        if not _is_words(default):
            continue
        annotation = info.annotation
        choice = get_origin(annotation) is Literal
        fixed_form = any(getattr(meta, "pattern", None) for meta in info.metadata)
        assert choice or fixed_form, (
            f"{model.__name__}.{name} has a default text ({default!r}); write it in quiz/site.yml "
            "and leave the field without a default")


def _text_models() -> list[type[BaseModel]]:
    return [model for model in MODELS if issubclass(model, Texts) or model is Home]


def _names(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def _blocks(site: BaseModel) -> list[BaseModel]:
    """Every model instance inside the site, the site included."""
    found = [site]
    for name in type(site).model_fields:
        value = getattr(site, name)
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, BaseModel):
                found += _blocks(item)
    return found


def test_every_text_model_is_covered() -> None:
    assert {m.__name__ for m in _text_models()} >= {
        "AssessmentStrings", "ChecklistStrings", "DebriefStrings", "EmbedStrings", "FirstAidStrings",
        "Home", "MethodStrings", "Strings"}


@pytest.mark.parametrize("model", _text_models(), ids=lambda model: model.__name__)
def test_declared_placeholders_are_those_our_texts_use(model: type[BaseModel]) -> None:
    """Each text of quiz/site.yml uses exactly the {placeholders} its field declares with
    Uses(...): a declaration that names a value the page does not fill in, or leaves out one
    it does, shows here instead of as a refused translation or a raw {name} on a page."""
    (block,) = [b for b in _blocks(site_texts()) if type(b) is model]
    checked = 0
    for name in model.model_fields:
        value = getattr(block, name)
        if isinstance(value, str):
            assert _names(value) == declared(model, name), f"{model.__name__}.{name}: {value!r}"
            checked += 1
    assert checked


def test_a_placeholder_a_field_does_not_declare_is_refused() -> None:
    texts = site_texts().checklists.model_dump()
    with pytest.raises(ValueError, match=r"\{name\} is not a placeholder this text can use "
                                         r"\(it can use: \{title\}\)"):
        type(site_texts().checklists).model_validate({**texts, "reason_title": "Checklist for {name}"})
