"""The edition in further languages: the English content with the texts of quiz/i18n/<code>/.

quiz/i18n/<code>/site.yml holds the texts of site.yml (every interface text among them), and
quiz/i18n/<code>/reasons/<the English file name> those of each reason; everything that is not
a text comes from English (translate.py). A centre's quiz/local/ applies to every language: its
own texts are translated in quiz/local/i18n/<code>/ (site.yml, reasons/<id>.yml), laid over
the upstream translation as quiz/local/ is over English.
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from . import rules
from .content import Content, ReasonSource
from .errors import ContentError, error_at, field_path
from .overlay import merge as overlay
from .schema import Reason, Site
from .schema.languages import Translation
from .translate import Merge, placed
from .validate import check
from .wording import locale_of
from .yamlread import Document, read_document


@dataclass(frozen=True)
class Edition:
    """The site in one language."""

    content: Content
    translation: Translation | None = None
    """None for English, the edition's own language."""

    @property
    def prefix(self) -> str:
        """Where its site sits under the English one: "" or "es/"."""
        return self.translation.code + "/" if self.translation else ""


@dataclass
class Loaded:
    editions: list[Edition]
    errors: list[ContentError]
    warnings: list[ContentError]
    """Texts shown in English because a language has `missing: english`."""


def theme_language(tag: str) -> str | None:
    """Material's interface language for a BCP 47 tag (pt-BR, else pt), if it has one."""
    spec = importlib.util.find_spec("material")
    if spec is None or spec.origin is None:
        return None
    folder = Path(spec.origin).parent / "templates" / "partials" / "languages"
    parts = tag.split("-")
    for candidate in ("-".join(parts[:i]) for i in range(len(parts), 0, -1)):
        if (folder / f"{candidate}.html").is_file():
            return candidate
    return None


def english_name(tag: str) -> str:
    """"Spanish" for es-ES, for messages to the editor (who reads English)."""
    locale = locale_of(tag)
    return str(locale.get_language_name("en") or tag) if locale else tag


def load_translations(root: Path, quiz_dir: Path, content: Content) -> Loaded:
    """English first, then each language site.yml lists, all checked; nothing is returned
    for a language with an error."""
    loaded = Loaded([Edition(content)], [], [])
    site_document = content.site_document
    for index, translation in enumerate(content.site.translations):
        folder = quiz_dir / "i18n" / translation.code

        def refuse(field: str, message: str, index: int = index) -> None:
            where = ("translations", index, field)
            loaded.errors.append(error_at(site_document, where, message) if site_document else
                                 ContentError(content.site_file, 1, 1, field_path(where), message))

        if translation.code in {t.code for t in content.site.translations[:index]}:
            refuse("code", f"'{translation.code}' is listed twice; keep one")
            continue
        if theme_language(translation.language) is None:
            refuse("language", f"the theme has no interface texts in {english_name(translation.language)} "
                               "(Material for MkDocs' languages: see its documentation)")
        if not folder.is_dir():
            refuse("code", f"there is no folder {_shown(root.resolve(), folder)} with its texts")
            continue
        language = _Language(root, quiz_dir, translation, loaded)
        edition = language.edition(content, quiz_dir)
        if edition is not None:
            loaded.editions.append(edition)
    loaded.errors.sort()
    return loaded


def _shown(root: Path, path: Path) -> str:
    """The path as messages and notes show it; root is resolved already (resolving is a
    look at every folder on the way, and this is asked several times per file)."""
    try:
        return path.resolve().relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


class _Language:
    def __init__(self, root: Path, quiz_dir: Path, translation: Translation, loaded: Loaded) -> None:
        self.root, self.translation, self.loaded = root.resolve(), translation, loaded
        self.folder = quiz_dir / "i18n" / translation.code
        self.local = quiz_dir / "local" / "i18n" / translation.code
        self.name = english_name(translation.language)
        self.errors: list[ContentError] = []

    def edition(self, content: Content, quiz_dir: Path) -> Edition | None:
        assert content.site_document is not None
        document = self.texts(content.site_document, content.site.model_dump(),
                              Site, "site.yml", "site.yml")
        site: Site | None = None
        if document is not None:
            site, found = check(document, Site)
            self.errors += found
            if site is not None:
                self.errors += rules.check_site(document, site)
        reasons = []
        for source in content.reasons:
            english_file = Path(source.file.split(" and ")[0]).name
            assert source.document is not None
            document = self.texts(source.document, source.reason.model_dump(), Reason,
                                  f"reasons/{english_file}", f"reasons/{source.reason.id}.yml")
            if document is None:
                continue
            with_only_if(source.reason, document.data)
            reason, found = check(document, Reason)
            self.errors += found
            if reason is not None:
                self.errors += rules.check_reason(document, reason)
                reasons.append(ReasonSource(reason, _shown(self.root, self.folder / "reasons" / english_file),
                                            document))
        # A translation of no reason (a typo in the file name); a reason switched off in
        # quiz/local/ still has its file, so its translation is not a mistake.
        english = {path.name for path in (quiz_dir / "reasons").glob("*.yml")}
        ids = {path.stem.partition("-")[2] for path in (quiz_dir / "reasons").glob("*.yml")}
        for folder, names in ((self.folder, english), (self.local, {i + ".yml" for i in ids})):
            for stray in sorted((folder / "reasons").glob("*.yml")):
                if stray.name not in names:
                    self.errors.append(ContentError(_shown(self.root, stray), 1, 1, "", "there is no "
                                                    "English reason of this name to translate"))
        self.loaded.errors += self.errors
        if self.errors or site is None:
            return None
        # Its own language tag: the pages' lang, and the dates and numbers their scripts write.
        site = site.model_copy(update={"language": self.translation.language})
        return Edition(replace(content, site=site, reasons=tuple(reasons),
                               site_file=_shown(self.root, self.folder / "site.yml")), self.translation)

    def texts(self, english: Document, data: dict[str, Any], model: type[Site] | type[Reason],
              name: str, local_name: str) -> Document | None:
        """The English data with this language's texts; None if a file cannot be used."""
        path, local_path = self.folder / name, self.local / local_name
        shown = _shown(self.root, path)
        document: Document | None
        if path.is_file():
            document = self.read(path)
        elif self.translation.missing == "english":
            document = Document(shown, {})
        else:
            self.errors.append(ContentError(shown, 1, 1, "", f"the file is missing: it holds the "
                                            f"{self.name} texts of {english.file}"))
            return None
        if document is None:
            return None
        if local_path.is_file():
            top = self.read(local_path)
            if top is None:
                return None
            if not isinstance(top.data, dict):
                self.errors.append(ContentError(top.file, 1, 1, "", "the file must be a set of fields"))
                return None
            if isinstance(document.data, dict):
                document = overlay(document, top)
        merging = Merge(english, document, self.name, _shown(self.root, local_path))
        merged = merging.merge(data, model)
        self.errors += merging.errors
        if self.translation.missing == "english":
            self.loaded.warnings += merging.gaps
        else:
            self.errors += merging.gaps
        return placed(merging, merged)

    def read(self, path: Path) -> Document | None:
        try:
            document, found = read_document(path, _shown(self.root, path))
        except OSError as error:
            self.errors.append(ContentError(_shown(self.root, path), 1, 1, "",
                                            f"cannot be read ({error.strerror})"))
            return None
        self.errors += found
        return document


def with_only_if(english: Reason, data: dict[str, Any]) -> None:
    """`only_if.options` names the English answers; the translation shows the same answers (by
    position) in its own words."""
    labels = {q.id: [o.label for o in q.options] for q in english.questions}
    translated = {q["id"]: [o["label"] for o in q["options"]] for q in data["questions"]}
    for question in data["questions"]:
        condition = question.get("only_if")
        if condition:
            asked = condition["question"]
            question["only_if"] = {**condition, "options": [
                translated[asked][labels[asked].index(label)] for label in condition["options"]]}
