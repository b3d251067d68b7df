"""Turn checked content into Markdown pages, in memory.

Python builds a plain view-model; the templates in templates/ only loop and
print. Nothing here touches the disk except reading templates. This module holds
the Jinja environment and the table of page builders; addresses are in pages.py,
the scripts' JSON in blocks.py, each kind of page in its render_*.py.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemBytecodeCache, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from .blocks import embed_block, quiz_config
from .content import Content
from .pages import ABOUT, EMBED, FIRST_AID, GENERATED_MARK, HOME, Page, links, reason_page
from .render_assessment import assessment_pages, quick_minutes
from .render_checklists import checklist_pages
from .render_method import method_pages
from .render_reason import reason_view

Render = Callable[..., Page]

# The characters Python-Markdown lets a backslash escape (its ESCAPED_CHARS;
# a backslash before any other character would be printed). Escaping them
# makes YAML text come out exactly as written, never as links or emphasis.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!])")


def markdown_text(value: object) -> Markup:
    """Plain text made safe for a Markdown line: Markdown-escaped, then &, < and > as entities.

    Quotes stay as typed (Markdown gives them no meaning), so the generated
    pages remain readable; an entity like &#39; would also need its # escaped.
    """
    # Line breaks are folded into spaces: in Markdown a new line can start a
    # heading (a line of ===), a list or a quote.
    text = _MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(str(value).split()))
    return Markup(text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))


class _Environment(Environment):
    """Jinja's, with `view.name` on a view-model dict looked up as the key straight away.

    Jinja first tries an attribute, which a dict does not have, and the exception that
    raises was a fifth of the render time; a name that is a dict attribute (items, keys,
    ...) still goes Jinja's way, so every template reads exactly as before."""

    def getattr(self, obj: Any, attribute: str) -> Any:
        if type(obj) is dict and attribute not in _DICT_ATTRIBUTES:
            try:
                return obj[attribute]
            except KeyError:
                return self.undefined(obj=obj, name=attribute)
        return super().getattr(obj, attribute)


_DICT_ATTRIBUTES = frozenset(dir(dict))


def make_environment(templates: Path) -> Environment:
    env = _Environment(
        loader=FileSystemLoader(templates),
        # Compiled templates are kept in the system temp folder, keyed by their
        # source's checksum: compiling is most of the render time of a small site.
        bytecode_cache=FileSystemBytecodeCache(),
        undefined=StrictUndefined,
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["md"] = markdown_text
    return env


# Stands for the site's address in the embed snippet until the page knows it:
# embed_snippet.js puts in the address the page is really served from.
EMBED_PLACEHOLDER = "https://your-site.example/"


def render_site(content: Content, templates: Path, site_address: str = "") -> list[Page]:
    """All pages. site_address: the published address (SITE_URL), used in the embed snippet."""
    env = make_environment(templates)
    # links: the fixed pages' addresses from the site root. Each widget's config is made by
    # the page that has the widget, and printed inside the widget's root.
    common = {"site": content.site, "strings": content.site.strings,
              "embed_block": embed_block(content), "links": links()}

    def render(template: str, path: str, source_file: str, title: str, description: str,
               **extra: Any) -> Page:
        note = f"{GENERATED_MARK} from {source_file}. Do not edit: edit the YAML, then rebuild."
        text = env.get_template(template).render(
            **common, **extra, generated_note=note, page_title=title, page_description=description
        )
        return Page(path, text, title)

    pages = _site_pages(content, render, site_address)
    for builder in PAGE_BUILDERS:
        pages += builder(content, render)
    return pages


def _site_pages(content: Content, render: Render, site_address: str) -> list[Page]:
    """Home, the first-aid page, about and the embed page."""
    site = content.site
    return [
        render("home.md.j2", HOME, content.site_file, site.title, site.description,
               groups=_groups(content, prefix=""), home=_home_view(content),
               # Material's template for this page only (site-overrides/home.html); a way
               # in is not a document, so it has no table of contents.
               page_template="home.html", hide=["toc"]),
        render("first_aid.md.j2", FIRST_AID, content.site_file, site.first_aid.page_title,
               site.first_aid.description),
        render("about.md.j2", ABOUT, content.site_file, site.strings.about_title, site.description),
        render("embed.md.j2", EMBED, content.site_file, site.embed.page_title, site.embed.intro,
               address=site_address or EMBED_PLACEHOLDER, placeholder=EMBED_PLACEHOLDER),
    ]


def reason_pages(content: Content, render: Render) -> list[Page]:
    return [render("reason.md.j2", reason_page(source), source.file, source.reason.title,
                   source.reason.summary, reason=reason_view(content, source),
                   config=quiz_config(content, only=source))
            for source in content.reasons]


# Every other page, in the order they are built; each returns its pages.
PAGE_BUILDERS: tuple[Callable[[Content, Render], list[Page]], ...] = (
    reason_pages, assessment_pages, method_pages, checklist_pages)


def _home_view(content: Content) -> dict[str, Any]:
    # One quick-check question per reason, so an edition that switches reasons off in
    # quiz/local/ says the number it really asks.
    questions = len(content.reasons)
    home = content.site.home
    return {"start_detail": home.start_detail.format(n=questions, minutes=quick_minutes(questions))}


def _groups(content: Content, prefix: str) -> list[dict[str, Any]]:
    site = content.site
    strings = site.strings
    groups = []
    for in_control, heading, line in ((True, strings.in_your_control, site.home.in_control),
                                      (False, strings.outside_your_control, site.home.outside_control)):
        reasons = [
            {"title": s.reason.title, "page": prefix + reason_page(s)}
            for s in content.reasons
            if s.reason.in_your_control is in_control
        ]
        if reasons:
            groups.append({"heading": heading, "line": line, "reasons": reasons,
                           "control_class": "in" if in_control else "out"})
    return groups
