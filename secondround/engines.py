"""The static-site engines that can turn the staged docs/ into a site: MkDocs (the default)
and Zensical, Material for MkDocs' successor, which reads the same mkdocs.yml.

MkDocs runs in this process (publish.build_site). Zensical runs as its own command from its
own virtual environment (.venv-zensical/, made by `scripts/setup.sh zensical`), so its
pinned dependencies never move MkDocs' ones. Both are given the generated navigation and
must build with no warning; afterwards the same finishing steps run on either site.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path, PurePosixPath
from typing import Any

import yaml

from .csp import allow_inline_scripts
from .pages import Page
from .publish import BuildFailed, build_site
from .slim import slim_scripts

ENGINES = ("mkdocs", "zensical")
DEFAULT_ENGINE = "mkdocs"
ZENSICAL_VENV = ".venv-zensical"


def zensical_command(root: Path) -> Path | None:
    """The zensical command: $SECOND_ROUND_ZENSICAL, else the project's own venv, else PATH."""
    chosen = os.environ.get("SECOND_ROUND_ZENSICAL", "").strip()
    if chosen:
        # A path is taken from here (Zensical runs in the staging folder); a name from PATH.
        found = shutil.which(chosen) if "/" not in chosen else chosen
        return Path(found).absolute() if found else Path(chosen)
    # The project's own, else this checkout's (a build of a copy, as the tests make).
    for folder in (root, Path(__file__).resolve().parent.parent):
        own = folder / ZENSICAL_VENV / "bin" / "zensical"
        if own.is_file():
            return own
    found = shutil.which("zensical")
    return Path(found) if found else None


def build_with(engine: str, root: Path, config_file: Path, docs: Path, site: Path,
               nav: list[Any], settings: dict[str, Any] | None = None, language: str = "") -> None:
    """Build docs into site with the engine, strictly; raises BuildFailed with its messages.
    settings: top-level settings over mkdocs.yml's (editions.py); language: the pages' lang."""
    if engine == "zensical":
        build_with_zensical(root, config_file, docs, site, nav, settings or {})
    else:
        build_site(config_file, docs, site, nav, settings)
    finish(site, language)


# The theme writes its own interface language (en, es), not the edition's region (en-GB).
_HTML_LANG = re.compile(r'<html lang="[^"]*"')


def finish(site: Path, language: str = "") -> None:
    """What every built site gets, whichever engine made it."""
    slim_scripts(site)
    allow_inline_scripts(site)
    if language:
        # The language and region of site.yml, which the page's dates and numbers follow too.
        for page in sorted(site.rglob("*.html")):
            html = page.read_text(encoding="utf-8")
            fixed = _HTML_LANG.sub(f'<html lang="{language}"', html, count=1)
            if fixed != html:
                page.write_text(fixed, encoding="utf-8")


def build_with_zensical(root: Path, config_file: Path, docs: Path, site: Path, nav: list[Any],
                        settings: dict[str, Any]) -> None:
    command = zensical_command(root)
    if command is None or not command.is_file():
        raise BuildFailed(f"Zensical is not installed (looked for {root / ZENSICAL_VENV}/bin/zensical, "
                          "$SECOND_ROUND_ZENSICAL and PATH): run scripts/setup.sh zensical")
    # Zensical takes docs_dir and site_dir only inside the folder of its config file, and has
    # no option for the navigation: a config beside the staged docs/ inherits mkdocs.yml and
    # adds them. Everything else, the theme's own folder included, stays as mkdocs.yml says.
    staging = docs.parent
    generated = staging / "zensical.yml"
    generated.write_text(zensical_config(config_file, docs, site, nav, settings), encoding="utf-8")
    try:
        result = subprocess.run([str(command), "build", "--strict", "--config-file", str(generated)],
                                cwd=staging, capture_output=True, text=True, check=False,
                                env={**os.environ, "NO_COLOR": "1"})
    except OSError as error:
        raise BuildFailed(f"could not run {command}: {error}") from None
    # Zensical prints its warnings and still builds; with --strict it fails on them, but
    # its exit status alone is what is relied on, with its output as the reason.
    if result.returncode != 0 or not (site / "index.html").is_file():
        raise BuildFailed(_readable(result.stdout + result.stderr)
                          or f"zensical exited with status {result.returncode}")


def _readable(output: str) -> str:
    """Zensical's messages without colour codes, and of its Python traceback only the last
    line (the reason, e.g. "Aborted because --strict flag is set"): the rest is its code."""
    output = re.sub(r"\x1b\[[0-9;]*m", "", output)
    head, traceback, tail = output.partition("Traceback (most recent call last):")
    lines = [line for line in head.splitlines() if line.strip()]
    if traceback:
        lines.append(tail.strip().splitlines()[-1])
    return "\n".join(lines)


def zensical_config(config_file: Path, docs: Path, site: Path, nav: list[Any],
                    own: dict[str, Any] | None = None) -> str:
    """A config for Zensical: mkdocs.yml with the staged folders, the navigation and the
    language's own settings (editions.py), written out whole. Not by INHERIT: Zensical adds
    an inherited list to the one given (two sets of light/dark buttons) instead of replacing it."""
    here = docs.parent
    config = yaml.load(config_file.read_text(encoding="utf-8"), Loader=_Loader)
    settings: dict[str, Any] = dict(config) if isinstance(config, dict) else {}
    for key, value in (own or {}).items():
        # A language's theme and extra are mkdocs.yml's with a few keys changed.
        settings[key] = value
    settings.update(docs_dir=docs.name, site_dir=site.name)
    theme = settings.get("theme")
    if isinstance(theme, dict) and isinstance(theme.get("custom_dir"), str):
        settings["theme"] = {**theme,
                             "custom_dir": os.path.relpath(config_file.parent / theme["custom_dir"], here)}
    settings["nav"] = nav
    return ("# Generated by build_quiz.py --engine zensical for one build from mkdocs.yml. Do not edit.\n"
            + yaml.safe_dump(settings, allow_unicode=True, sort_keys=False, width=1000))


class _Loader(yaml.SafeLoader):
    """Reads mkdocs.yml, with its !ENV tags as MkDocs reads them: the first variable that is
    set, else the last item (the default)."""


def _environment(loader: _Loader, node: yaml.Node) -> Any:
    items = loader.construct_sequence(node) if isinstance(node, yaml.SequenceNode) \
        else [loader.construct_scalar(node)]  # type: ignore[arg-type]
    for name in items[:-1] if len(items) > 1 else items:
        if isinstance(name, str) and name in os.environ:
            return os.environ[name]
    return items[-1] if len(items) > 1 else None


_Loader.add_constructor("!ENV", _environment)


# A relative address in a raw-HTML href or src (not a scheme, not from the root, not a fragment).
_RELATIVE = re.compile(r'\b(href|src)="(?![a-zA-Z][a-zA-Z0-9+.-]*:|/|#|")([^"]*)"')


def for_zensical(pages: list[Page]) -> list[Page]:
    """The generated pages with their HTML links as Zensical reads them.

    The templates write links in HTML relative to the page's address (assessment.md is served
    at assessment/, so "../results/" is a sibling), which MkDocs leaves alone. Zensical takes
    every relative link as relative to the Markdown file (assessment.md sits in docs/), as
    MkDocs does only for Markdown links, so on a page not called index.md each would climb one
    folder too many: harmless at a domain's root, broken under a sub-path. Here they lose
    that one step. Markdown links ([text](../checklists/01-not-prepared.md)) are relative to
    the file for both engines and stay as they are.
    """
    fixed = []
    for page in pages:
        path = PurePosixPath(page.path)
        if not isinstance(page.text, str) or path.suffix != ".md" or path.name == "index.md":
            fixed.append(page)
            continue
        step = path.stem + "/"

        def relative_to_file(match: re.Match[str], step: str = step) -> str:
            link = match[2]
            return f'{match[1]}="{link[3:] if link.startswith("../") else step + link}"'

        fixed.append(replace(page, text=_RELATIVE.sub(relative_to_file, page.text)))
    return fixed
