"""An edition's look: colour contrast checked at build time, and the brand files it generates.

Colours come from quiz/site.yml (branding:) and are refused when text on them
would fail WCAG AA, so a career centre cannot publish an unreadable site by
picking its house colour. The output is colour variables for the site's one
stylesheet (see bundle.py) and a copy of the logo in docs/assets/brand/, both
regenerated on every build.
"""

from __future__ import annotations

import re
from pathlib import Path

from .errors import ContentError, error_at
from .schema import Site
from .yamlread import Document

BRAND_FOLDER = "assets/brand"
MAX_LOGO_BYTES = 256 * 1024
WHITE = "#ffffff"
AA_TEXT = 4.5
# The dark scheme (Material's "slate"). Its page background is hsl(225 15% 14%); text and
# links also sit on our grey boxes there (notices: 12% of the text colour over the page,
# docs/assets/css/base.css), the lightest background they meet, so the brand's dark
# colours are checked against that grey: they then pass on the page too.
DARK_BACKGROUND = "#1e2129"
DARK_SURFACE = "#363840"


def _luminance(colour: str) -> float:
    """Relative luminance, as WCAG 2 defines it."""
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(first: str, second: str) -> float:
    light, dark = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _lightened(colour: str) -> str:
    """The colour mixed with white in 5% steps until it reads on the dark scheme's
    backgrounds: a brand's dark-mode colour when site.yml gives none."""
    channels = [int(colour[i:i + 2], 16) for i in (1, 3, 5)]
    for step in range(21):
        mixed = "#" + "".join(f"{round(c + (255 - c) * step / 20):02x}" for c in channels)
        if contrast(mixed, DARK_SURFACE) >= AA_TEXT:
            return mixed
    return WHITE  # not reached: white has 11.5:1 on DARK_SURFACE


def dark_colours(site: Site) -> tuple[str, str]:
    """The primary and accent colours of the dark scheme: as given in site.yml, else lightened."""
    branding = site.branding
    return (branding.primary_colour_dark or _lightened(branding.primary_colour),
            branding.accent_colour_dark or _lightened(branding.accent_colour))


def check_branding(document: Document, site: Site, quiz_dir: Path) -> tuple[bytes | None, list[ContentError]]:
    """Contrast of the colours against white (light scheme) and the dark scheme's
    background, and the logo file. Returns the logo's bytes."""
    errors = []
    branding = site.branding

    def error(field: str, message: str) -> None:
        errors.append(error_at(document, ("branding", field), message))

    uses = {"primary_colour": "white header text on it", "accent_colour": "text in it on white"}
    for field, use in uses.items():
        colour = getattr(branding, field)
        ratio = contrast(colour, WHITE)
        if ratio < AA_TEXT:
            error(field, f"{use} has a contrast of {ratio:.1f}:1, but WCAG AA needs at least "
                         f"{AA_TEXT}:1; choose a darker colour")
    # In the dark scheme the header keeps primary_colour with white text (checked above);
    # everything else drawn in the brand colours on the dark background uses the dark ones
    # (brand_css). Only colours written in site.yml can fail: the lightened ones pass.
    dark_uses = {"primary_colour_dark": "links in it have", "accent_colour_dark": "text in it has"}
    for field, use in dark_uses.items():
        colour = getattr(branding, field)
        ratio = contrast(colour, DARK_SURFACE) if colour else AA_TEXT
        if ratio < AA_TEXT:
            error(field, f"{use} a contrast of {ratio:.1f}:1 on the dark background, but WCAG AA "
                         f"needs at least {AA_TEXT}:1; choose a lighter colour")
    logo = None
    if branding.logo is not None:
        path = quiz_dir / branding.logo
        shown = f"{quiz_dir.name}/{branding.logo}"
        if ".." in Path(branding.logo).parts or not path.resolve().is_relative_to(quiz_dir.resolve()):
            error("logo", "the logo must be inside the quiz/ folder")
        elif not path.is_file() and branding.logo.startswith(f"{quiz_dir.name}/"):
            # Named from the project's top, as the README names files: say the one fix.
            inside = branding.logo[len(quiz_dir.name) + 1:]
            error("logo", f"there is no file {shown}; the name starts inside {quiz_dir.name}/, "
                          f"so leave out '{quiz_dir.name}/': {inside}")
        elif not path.is_file():
            error("logo", f"there is no file {shown}; put the logo there or correct the name")
        elif path.stat().st_size > MAX_LOGO_BYTES:
            error("logo", f"{shown} is over {MAX_LOGO_BYTES // 1024} KiB; use a smaller image")
        else:
            logo = path.read_bytes()
    return logo, errors


_SITE_NAME = re.compile(r"^site_name:[ \t]*(?P<value>.*?)[ \t]*$", re.MULTILINE)
_NAV = re.compile(r"^nav[ \t]*:", re.MULTILINE)


def _top_level_key(config_file: Path, pattern: re.Pattern[str]) -> tuple[str, re.Match[str]] | None:
    """mkdocs.yml's text and where pattern first matches it, if the file and the key are there."""
    if not config_file.is_file():
        return None
    text = config_file.read_text(encoding="utf-8")
    found = pattern.search(text)
    return (text, found) if found else None


def check_site_name(config_file: Path, site: Site, site_file: str) -> list[ContentError]:
    """The header shows mkdocs.yml's site_name: it must be the title given in site.yml."""
    key = _top_level_key(config_file, _SITE_NAME)
    if key is None:
        return []
    text, found = key
    value = found.group("value")
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        value = value[1:-1]
    if value == site.title:
        return []
    line = text.count("\n", 0, found.start()) + 1
    column = found.start("value") - found.start() + 1
    return [ContentError(config_file.name, line, column, "site_name",
                         f"is {value!r}, but {site_file} has title: {site.title!r}; "
                         "make them the same (the header shows site_name)")]


def check_no_nav(config_file: Path) -> list[ContentError]:
    """The build makes the navigation (nav.py) and would silently replace one written in
    mkdocs.yml; beside the site_name rule, as the other check that mkdocs.yml agrees with quiz/."""
    key = _top_level_key(config_file, _NAV)
    if key is None:
        return []
    text, found = key
    return [ContentError(config_file.name, text.count("\n", 0, found.start()) + 1, 1, "nav",
                         "the navigation is made by build_quiz.py from the pages it builds "
                         "(pages you add to docs/ come last); remove this key")]


def brand_files(site: Site, logo: bytes | None) -> dict[str, bytes]:
    """Path under docs/ -> content: the logo, if there is one."""
    if logo is None or site.branding.logo is None:
        return {}
    return {f"{BRAND_FOLDER}/{_logo_name(site)}": logo}


def brand_css(site: Site, logo: bytes | None) -> str:
    """The brand colours (and logo) as CSS, joined into the site's one stylesheet by
    bundle.py; written for docs/assets/built/, so the logo is found in ../brand/."""
    branding = site.branding
    dark_primary, dark_accent = dark_colours(site)
    lines = [
        ":root {",
        f"  --md-primary-fg-color: {branding.primary_colour};",
        f"  --md-primary-fg-color--light: {branding.primary_colour};",
        f"  --md-primary-fg-color--dark: {branding.primary_colour};",
        f"  --md-typeset-a-color: {branding.primary_colour};",
        f"  --md-accent-fg-color: {branding.accent_colour};",
        f"  --md-accent-fg-color--transparent: {branding.accent_colour}1a;",
        "}",
        # The dark scheme, on screen only as Material's own (paper stays light): the dark
        # colours everywhere Material and our styles use the brand's, with the dark
        # background as the text on them (buttons). The header and the phone menu's title
        # ([for=__drawer]: that title, and the menu button already in the header) keep the
        # brand colour with white text in both schemes, as checked above.
        "@media screen {",
        "  [data-md-color-scheme=slate] {",
        f"    --md-primary-fg-color: {dark_primary};",
        f"    --md-primary-bg-color: {DARK_BACKGROUND};",
        f"    --md-accent-fg-color: {dark_accent};",
        f"    --md-accent-fg-color--transparent: {dark_accent}1a;",
        f"    --md-accent-bg-color: {DARK_BACKGROUND};",
        "  }",
        "  .md-header, [for=__drawer] {",
        f"    --md-primary-fg-color: {branding.primary_colour};",
        "    --md-primary-bg-color: #fff;",
        "  }",
        "}",
    ]
    if logo is not None and branding.logo is not None:
        # The header link already carries the site's name, so the image is decorative.
        lines += [
            ".md-header__button.md-logo svg { display: none; }",
            ".md-header__button.md-logo::before {",
            '  content: ""; display: inline-block; width: 2.4rem; height: 2.4rem; vertical-align: middle;',
            f'  background: url("../brand/{_logo_name(site)}") center / contain no-repeat;',
            "}",
        ]
    return "\n".join(lines) + "\n"


def _logo_name(site: Site) -> str:
    return "logo" + Path(site.branding.logo or "").suffix.lower()
