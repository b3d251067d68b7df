"""Validate quiz/ and render every page of every language, in memory."""

from __future__ import annotations

import gc
import os
import sys
from dataclasses import dataclass, replace

from jinja2 import TemplateError, TemplateNotFound

from .branding import brand_css, brand_files
from .bundle import BundleError, built_files, with_stylesheets
from .content import load_content
from .errors import ContentError, summary
from .languages import Edition, load_translations
from .nav import Nav, site_nav
from .pages import Page
from .project import Project
from .publish import hand_written_paths
from .render import render_site


@dataclass(frozen=True)
class Language:
    """One language's site: its content, its pages and its navigation."""

    edition: Edition
    pages: list[Page]
    nav: Nav


@dataclass(frozen=True)
class Generated:
    languages: list[Language]
    """English (the edition's own language) first, then each translation site.yml lists."""

    @property
    def pages(self) -> list[Page]:
        """Everything build_quiz.py writes into docs/ (the English site's pages)."""
        return self.languages[0].pages

    @property
    def nav(self) -> Nav:
        """The navigation MkDocs is given for the English site (nav.py)."""
        return self.languages[0].nav


def generate(project: Project) -> Generated | None:
    """Validate and render in memory. Prints every problem; returns None if there was one."""
    # Python's cycle collector is paused meanwhile: it kept walking the many objects this
    # makes and the libraries hold (a tenth of --check's time at 10 reasons), and found
    # nothing, since content, views and pages are trees (the most memory used is the same
    # without it). It runs again afterwards, for MkDocs and for a preview's next round.
    was_on = gc.isenabled()
    gc.disable()
    try:
        return _generate(project)
    finally:
        if was_on:
            gc.enable()


def _generate(project: Project) -> Generated | None:
    content, errors = load_content(project.root, project.quiz)
    loaded = load_translations(project.root, project.quiz, content) if content is not None else None
    if loaded is not None:
        errors = loaded.errors
    if content is None or loaded is None or errors:
        for error in errors:
            print(error, file=sys.stderr)
        print(summary(errors), file=sys.stderr)
        return None
    _warn(loaded.warnings)
    try:
        hand_written = hand_written_paths(project.docs)
        return Generated([_language(project, edition, hand_written) for edition in loaded.editions])
    except BundleError as error:
        # The site's own scripts or styles, not the content: a developer's mistake.
        print(f"{error}\nThe browser code could not be joined; nothing was written.", file=sys.stderr)
        return None
    except TemplateNotFound as error:
        print(f"templates/{error.name}: template error: the template is missing", file=sys.stderr)
        print("The templates are broken; nothing was written.", file=sys.stderr)
        return None
    except TemplateError as error:
        name = getattr(error, "filename", None) or "templates"
        line = getattr(error, "lineno", None)
        where = f"{name}:{line}" if line else name
        print(f"{where}: template error: {error}", file=sys.stderr)
        print("The templates are broken; nothing was written.", file=sys.stderr)
        return None


def _warn(gaps: list[ContentError]) -> None:
    """A language with `missing: english` shows English where its texts are missing: every
    such text is listed, so the gaps can be filled."""
    for gap in sorted(gaps):
        print(f"{gap} (English is shown)", file=sys.stderr)
    if gaps:
        files = len({gap.file for gap in gaps})
        print(f"Warning: {len(gaps)} text(s) in {files} file(s) are not translated yet; the English "
              "is shown in their place.", file=sys.stderr)


def _language(project: Project, edition: Edition, hand_written: list[str]) -> Language:
    content = edition.content
    # The same variable mkdocs.yml reads for site_url (set by the publishing workflow).
    address = os.environ.get("SITE_URL", "").strip()
    pages = render_site(content, project.templates, address and address.rstrip("/") + "/" + edition.prefix)
    pages = [replace(p, text=with_stylesheets(p.path, p.text)) if isinstance(p.text, str) else p
             for p in pages]
    pages += [Page(path, data) for path, data in brand_files(content.site, content.logo).items()]
    # Widgets on hand-written pages need their scripts too.
    markup = [page.data for page in pages] + [(project.docs / path).read_bytes() for path in hand_written]
    built = built_files(project.docs, markup, brand_css(content.site, content.logo))
    pages += [Page(path, data) for path, data in built.items()]
    return Language(edition, pages, site_nav(content, pages, hand_written))
