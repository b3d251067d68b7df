"""Lay a translation's texts over the English content, field by field, using the content model
to tell texts from settings.

A text is a field typed as plain text in the schema (Line, ShortText, ...); ids, numbers,
colours, addresses, true/false and choices such as `phase` are settings and come from
English. Lists of items with an id are matched by id; lists of other items (an answer's
options, the sources) by position, and must be as long as the English; lists of texts
(paragraphs, steps) are taken whole and may differ in length. Every gap, every field English
does not have and every changed {placeholder} is reported with the translation's line.
"""

from __future__ import annotations

import functools
import string
import types
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Annotated, Any, Union, get_args, get_origin

from pydantic import BaseModel

from .errors import ContentError, Path_, error_at
from .overlay import Overlaid
from .schema.base import _PLAIN
from .yamlread import Document

# Settings that are made of texts but are not translated: the look, and the languages.
NOT_TRANSLATED = frozenset({"branding", "translations", "language_name", "only_if"})
TEXT = "text"


def kind(annotation: Any, metadata: tuple[Any, ...] = ()) -> Any:
    """TEXT, a model class, ("list", kind) or None (a setting) for a field's type."""
    origin = get_origin(annotation)
    if origin is Annotated:
        base, *meta = get_args(annotation)
        return kind(base, (*metadata, *meta))
    if origin in (Union, types.UnionType):
        args = [a for a in get_args(annotation) if a is not type(None)]
        return kind(args[0], metadata) if len(args) == 1 else None
    if origin is list:
        inner = kind(get_args(annotation)[0])
        return ("list", inner) if has_text(inner) else None
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation if has_text(annotation) else None
    return TEXT if annotation is str and any(m is _PLAIN for m in metadata) else None


def has_text(of: Any) -> bool:
    if of == TEXT:
        return True
    if isinstance(of, tuple):
        return has_text(of[1])
    if isinstance(of, type) and issubclass(of, BaseModel):
        return any(name not in NOT_TRANSLATED and has_text(kind(info.annotation, tuple(info.metadata)))
                   for name, info in of.model_fields.items())
    return False


@functools.cache
def _kinds(model: type[BaseModel]) -> dict[str, Any]:
    """Field name -> kind(), in the model's order. A model's fields never change, and asking
    for every field of every item was a third of laying a translation over its English."""
    return {name: kind(info.annotation, tuple(info.metadata)) for name, info in model.model_fields.items()}


@dataclass
class Merge:
    """One translation file (or a file and the centre's own, overlaid) against its English."""

    english: Document
    """The English document as validated (quiz/reasons/... with any quiz/local/ overlay)."""
    translation: Document
    language: str
    """The language's name in English, for messages ("no Spanish text")."""
    local_translation: str
    """Where translations of the centre's own changes go (quiz/local/i18n/<code>/...)."""
    errors: list[ContentError] = field(default_factory=list)
    gaps: list[ContentError] = field(default_factory=list)
    """Texts the translation does not have: errors, or with `missing: english` warnings."""
    moved: dict[Path_, Path_] = field(default_factory=dict)
    """English path -> translation path, for placing the merged content's errors."""

    def error(self, path: Path_, message: str, *, key: bool = False) -> None:
        self.errors.append(error_at(self.translation, path, message, key=key))

    def gap(self, path: Path_, english: Any, why: str = "") -> None:
        shown = english[0] if isinstance(english, list) else english
        text = " ".join(str(shown).split())
        text = text if len(text) <= 60 else text[:57] + "..."
        # At the field's name if it is there, else at the name of the nearest group around it.
        message = why or f'no {self.language} text (English: "{text}")'
        self.gaps.append(error_at(self.translation, path, message, key=True))

    def merge(self, english: Any, model: type[BaseModel]) -> Any:
        return self._model(english, self.translation.data, model, (), ())

    def _model(self, en: dict[str, Any], tr: Any, model: type[BaseModel], en_path: Path_,
               tr_path: Path_) -> dict[str, Any]:
        self.moved[en_path] = tr_path
        if tr is not None and not isinstance(tr, dict):
            self.error(tr_path, "must be a group of fields (name: value), as in English")
            tr = None
        out = dict(en)
        kinds = _kinds(model)
        for key in (tr or {}):
            if key == "id" and key in kinds:
                if tr[key] != en.get("id"):
                    self.error((*tr_path, key), f"must be '{en.get('id')}', the id of the English")
            elif key not in kinds or en.get(key) is None:
                self.error((*tr_path, key), "English has no such text; check the name (and its "
                           "indentation)", key=True)
            elif key in NOT_TRANSLATED or kinds[key] is None:
                self.error((*tr_path, key), "is not translated (it comes from English); remove it",
                           key=True)
        for key, of in kinds.items():
            if key in NOT_TRANSLATED or of is None or en.get(key) is None:
                continue
            value = tr.get(key) if isinstance(tr, dict) else None
            out[key] = self._value(en[key], value, of, (*en_path, key), (*tr_path, key))
        return out

    def _value(self, en: Any, tr: Any, of: Any, en_path: Path_, tr_path: Path_) -> Any:
        if isinstance(of, type):
            return self._model(en, tr, of, en_path, tr_path)
        if isinstance(of, tuple):
            return self._list(en, tr, of[1], en_path, tr_path)
        return self._text(en, tr, en_path, tr_path)

    def _text(self, en: str, tr: Any, en_path: Path_, tr_path: Path_) -> Any:
        self.moved[en_path] = tr_path
        if tr is None:
            self.gap(tr_path, en, self._changed_locally(en_path))
            return en
        if not isinstance(tr, str):
            self.error(tr_path, "must be text, as in English")
            return en
        self._placeholders(_english_names(en), tr, tr_path)
        return self._local(en, tr, en_path, tr_path)

    def _list(self, en: list[Any], tr: Any, of: Any, en_path: Path_, tr_path: Path_) -> Any:
        self.moved[en_path] = tr_path
        if tr is None and of == TEXT:
            self.gap(tr_path, en, self._changed_locally(en_path))
            return en
        if tr is None:  # each of its texts is missing
            return [self._value(item, None, of, (*en_path, i),
                                (*tr_path, item["id"] if isinstance(item, dict) and "id" in item else i))
                    for i, item in enumerate(en)]
        if not isinstance(tr, list):
            self.error(tr_path, "must be a list (each item on its own line starting with '- '), "
                                "as in English")
            return en
        if of == TEXT:  # paragraphs or steps: taken whole, any number
            if not all(isinstance(item, str) for item in tr):
                self.error(tr_path, "must be a list of texts, as in English")
                return en
            self._placeholders(sorted({n for text in en for n in _english_names(text)}),
                               " ".join(tr), tr_path, whole=True)
            return self._local(en, tr, en_path, tr_path)
        if all(isinstance(item, dict) and "id" in item for item in en):
            return self._by_id(en, tr, of, en_path, tr_path)
        if len(tr) != len(en) and not self._translated_locally(tr_path) and self._changed_locally(en_path):
            # The centre's own list (answers) against our translation of ours: the count is not
            # our file's fault; each text of theirs is reported as to translate in quiz/local/.
            return [self._value(item, None, of, (*en_path, i), (*tr_path, i)) for i, item in enumerate(en)]
        if len(tr) != len(en):
            self.error(tr_path, f"has {len(tr)} items; English has {len(en)}, and each is "
                                "translated in the same order")
        return [self._value(item, tr[i] if i < len(tr) else None, of, (*en_path, i), (*tr_path, i))
                for i, item in enumerate(en)]

    def _by_id(self, en: list[dict[str, Any]], tr: list[Any], of: Any, en_path: Path_,
               tr_path: Path_) -> list[Any]:
        found: dict[str, int] = {}
        for index, item in enumerate(tr):
            item_id = item.get("id") if isinstance(item, dict) else None
            if not isinstance(item_id, str):
                self.error((*tr_path, index), "needs the id of the English item it translates")
            elif item_id not in {e["id"] for e in en}:
                self.error((*tr_path, index, "id"), f"English has no item with the id '{item_id}' here")
            elif item_id in found:
                self.error((*tr_path, index, "id"), f"'{item_id}' is translated twice; keep one")
            else:
                found[item_id] = index
        out = []
        for index, item in enumerate(en):
            at = found.get(item["id"])
            if at is None:
                # Named by its id: the translation has no place for it yet.
                out.append(self._value(item, None, of, (*en_path, index), (*tr_path, item["id"])))
            else:
                out.append(self._value(item, tr[at], of, (*en_path, index), (*tr_path, at)))
        return out

    def _placeholders(self, english: list[str], text: str, tr_path: Path_, whole: bool = False) -> None:
        try:
            names = _names(text)
        except ValueError:
            self.error(tr_path, "a { or } has no partner; placeholders are written like {name}")
            return
        if (sorted(set(names)) if whole else sorted(names)) != sorted(english):
            wanted = ", ".join("{" + n + "}" for n in sorted(english)) or "none"
            self.error(tr_path, f"must keep the placeholders of the English exactly ({wanted})")

    def _changed_locally(self, en_path: Path_) -> str:
        """For a text the centre wrote (an item it added, too), where its translation goes: else
        a bare "no Spanish text" at our file leads them to translate it there, in our file."""
        english = self.english
        changed_in = english.value_files.get(en_path, english.file) if isinstance(english, Overlaid) else ""
        if not changed_in or changed_in == english.file or en_path not in english.value_marks:
            return ""
        return f"{changed_in} changes this text; translate it in {self.local_translation}"

    def _translated_locally(self, tr_path: Path_) -> bool:
        translation = self.translation
        return isinstance(translation, Overlaid) and tr_path in translation.value_marks \
            and translation.value_files.get(tr_path) == self.local_translation

    def _local(self, en: Any, tr: Any, en_path: Path_, tr_path: Path_) -> Any:
        """A text the centre changed in quiz/local/ needs its own translation there too: the
        upstream translation is of the text they replaced."""
        why = self._changed_locally(en_path)
        if why and not self._translated_locally(tr_path):
            self.gap(tr_path, en, why)
            return en
        return tr


def _names(text: str) -> list[str]:
    """The {names} in a text, each as often as it is used. Raises ValueError on a lone brace."""
    return sorted(name for _, name, _, _ in string.Formatter().parse(text) if name is not None)


def _english_names(text: str) -> list[str]:
    # An English text that is not a placeholder text may hold a lone brace (a reason's prose);
    # then the translation's braces are its own business.
    try:
        return _names(text)
    except ValueError:
        return []


def placed(merge: Merge, data: Any, make: Callable[..., Overlaid] = Overlaid) -> Overlaid:
    """The merged data as a document whose places are the translation's, so the schema's and
    the rules' complaints about it point into the translation file."""
    tr = merge.translation
    document = make(tr.file, data, {}, {})
    tr_files = tr.value_files if isinstance(tr, Overlaid) else {}
    tr_key_files = tr.key_files if isinstance(tr, Overlaid) else {}
    # Every place under each prefix, looked up rather than searched for: the search, every
    # place for every moved item, was a third of a build's checking.
    values_under = _under(tr.value_marks, itself=True)
    keys_under = _under(tr.key_marks, itself=False)
    # The most specific first: an item matched by id may sit at another position.
    for en_path, tr_path in sorted(merge.moved.items(), key=lambda pair: -len(pair[0])):
        for path in values_under.get(tr_path, ()):
            moved = en_path + path[len(tr_path):]
            document.value_marks.setdefault(moved, tr.value_marks[path])
            document.value_files.setdefault(moved, tr_files.get(path, tr.file))
        for path in keys_under.get(tr_path, ()):
            moved = en_path + path[len(tr_path):]
            document.key_marks.setdefault(moved, tr.key_marks[path])
            document.key_files.setdefault(moved, tr_key_files.get(path, tr.file))
    return document


def _under(marks: dict[Path_, Any], itself: bool) -> dict[Path_, list[Path_]]:
    """Prefix -> the paths that start with it, in the marks' order (itself: a path is under
    itself too)."""
    under: dict[Path_, list[Path_]] = {}
    for path in marks:
        for end in range(len(path) + 1 if itself else len(path)):
            under.setdefault(path[:end], []).append(path)
    return under

