"""Build the site of every language: English at the root, each translation under its code.

Each language is its own MkDocs (or Zensical) site, built from its own staged docs/ with
mkdocs.yml and a few settings of its own: its title, Material's interface language, the
light/dark button's labels, and the language selector (extra.alternate, drawn by
site-overrides/partials/alternate.html as links to the same page in each language). Every
site gets its own finishing steps (the policy's script hashes, the pages' lang) and only then
is put in its folder of the English one, so the whole lot is swapped into site/ at once.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import yaml

from .engines import build_with, for_zensical
from .generate import Generated, Language
from .languages import theme_language
from .project import Project
from .publish import stage

# The light/dark button's entries in mkdocs.yml (by their media query), and the text of
# quiz/site.yml (strings) each one's label is taken from.
PALETTE_LABELS = {
    "(prefers-color-scheme)": "scheme_to_light",
    "(prefers-color-scheme: light)": "scheme_to_dark",
    "(prefers-color-scheme: dark)": "scheme_to_system",
}


class _Loader(yaml.SafeLoader):
    """Reads mkdocs.yml's own tags (!ENV) as nothing: only theme and extra are wanted here."""


_Loader.add_multi_constructor("!", lambda *_: None)


def settings(config_file: Path, language: Language, languages: list[Language]) -> dict[str, Any]:
    """What this language's site sets over mkdocs.yml."""
    config = yaml.load(config_file.read_text(encoding="utf-8"), Loader=_Loader) or {}
    edition = language.edition
    site = edition.content.site
    theme = dict(config.get("theme") or {})
    palette = theme.get("palette")
    if isinstance(palette, list):
        theme["palette"] = [_labelled(entry, site.strings) for entry in palette]
    extra = dict(config.get("extra") or {})
    # Material's 404 page has its heading in English only; site-overrides/404.html shows this.
    extra["not_found"] = site.strings.not_found
    out: dict[str, Any] = {"theme": theme, "extra": extra}
    if len(languages) > 1:
        # From this site's root to the other's: up out of a translation, down into one.
        up = "../" if edition.translation else ""
        extra["alternate"] = [
            {"name": other.edition.content.site.language_name if other.edition.translation is None
             else other.edition.translation.name,
             "link": "" if other is language else up + other.edition.prefix,
             "lang": other.edition.content.site.language,
             "current": other is language}
            for other in languages]
    if edition.translation is not None:
        theme["language"] = theme_language(edition.translation.language) or "en"
        extra["edition_root"] = "../"
        out["site_name"] = site.title
        out["site_description"] = site.description
        address = os.environ.get("SITE_URL", "").strip()
        if address:
            out["site_url"] = address.rstrip("/") + "/" + edition.prefix
    return out


def _labelled(entry: Any, strings: Any) -> Any:
    if not isinstance(entry, dict) or not isinstance(entry.get("toggle"), dict):
        return entry
    label = PALETTE_LABELS.get(str(entry.get("media")))
    if label is None:
        return entry
    return {**entry, "toggle": {**entry["toggle"], "name": getattr(strings, label)}}


def build_languages(project: Project, generated: Generated, engine: str, scratch: Path) -> Path:
    """Stage and build every language's site; returns the English one, the others inside it.
    Raises BuildFailed (nothing built is kept) if any one fails."""
    built: list[tuple[Language, Path]] = []
    for index, language in enumerate(generated.languages):
        pages = for_zensical(language.pages) if engine == "zensical" else language.pages
        folder = scratch / f"language-{index}"
        staged_docs, staged_site = folder / "docs", folder / "site"
        stage(project.docs, pages, staged_docs)
        build_with(engine, project.root, project.config, staged_docs, staged_site, language.nav,
                   settings(project.config, language, generated.languages),
                   language.edition.content.site.language)
        built.append((language, staged_site))
    english = built[0][1]
    for language, site in built[1:]:
        shutil.move(site, english / language.edition.prefix.rstrip("/"))
    return english
