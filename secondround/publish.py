"""Write the rendered pages and build the site, all or nothing.

Pages are first staged with the hand-written files in a scratch copy of
docs/, and MkDocs builds that copy. Only when the build succeeded are docs/
and site/ touched, so a failed run leaves both exactly as they were.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from .pages import GENERATED_MARK, Page


class BuildFailed(Exception):
    """MkDocs refused the staged site; its messages are in the exception."""


# Folders of docs/assets/ that the generator owns: the logo, and the joined scripts and styles.
GENERATED_FOLDERS = ("brand", "built")


def is_generated(path: Path) -> bool:
    """True for a file build_quiz.py wrote: a Markdown page that says so in its first
    lines, or anything in a generated folder of docs/assets/."""
    if path.parent.name in GENERATED_FOLDERS and path.parent.parent.name == "assets":
        return True
    if path.suffix != ".md" or not path.is_file():
        return False
    with path.open(encoding="utf-8", errors="replace") as handle:
        head = handle.read(400)
    return GENERATED_MARK in head


def hand_written_in_the_way(docs: Path, pages: list[Page]) -> list[str]:
    """Pages that would overwrite a file someone wrote by hand in docs/."""
    return [page.path for page in pages
            if (docs / page.path).is_file() and not is_generated(docs / page.path)]


def stage(docs: Path, pages: list[Page], staging: Path) -> None:
    """Copy hand-written files from docs/ and add the new pages."""
    if staging.exists():
        shutil.rmtree(staging)
    shutil.copytree(docs, staging, ignore=ignore_generated, dirs_exist_ok=False)
    for page in pages:
        target = staging / page.path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(page.data)


def ignore_generated(folder: str, names: list[str]) -> set[str]:
    here = Path(folder)
    return {name for name in names
            if is_generated(here / name) or (here.name == "assets" and name in GENERATED_FOLDERS)}


def hand_written_paths(docs: Path) -> list[str]:
    """The Markdown pages someone wrote in docs/, as paths under it."""
    return [path.relative_to(docs).as_posix()
            for path in sorted(docs.rglob("*.md")) if not is_generated(path)]


def build_site(config_file: Path, docs: Path, site: Path, nav: list[Any] | None = None,
               settings: dict[str, Any] | None = None) -> None:
    """Run `mkdocs build --strict` from docs into site, raising BuildFailed on any warning.
    nav, if given, replaces mkdocs.yml's (the generated navigation, see nav.py); settings
    replace top-level settings of mkdocs.yml (a language's own, see editions.py)."""
    # Imported here, not at the top: --check, --lint and a build that is skipped (stamp.py)
    # never start MkDocs, and importing it is a good part of their time.
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort, MkDocsException

    with _collect_mkdocs_log() as messages:
        try:
            options: dict[str, Any] = dict(settings or {})
            if nav is not None:
                options["nav"] = nav
            config = load_config(str(config_file), docs_dir=str(docs), site_dir=str(site),
                                 strict=True, **options)
            mkdocs_build(config)
        except (Abort, MkDocsException) as error:
            raise BuildFailed("\n".join([*messages, str(error)])) from None


@contextmanager
def _collect_mkdocs_log() -> Iterator[list[str]]:
    """Keep MkDocs' warnings (why a strict build failed) and show nothing of its chatter."""
    import logging  # here: --check, which never runs MkDocs, need not load it (4 ms)

    messages: list[str] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            messages.append(f"{record.levelname}: {record.getMessage()}")

    logger = logging.getLogger("mkdocs")
    handler = Keep(level=logging.WARNING)
    old_level, old_propagate = logger.level, logger.propagate
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False
    try:
        yield messages
    finally:
        logger.removeHandler(handler)
        logger.setLevel(old_level)
        logger.propagate = old_propagate


def sync_docs(docs: Path, pages: list[Page]) -> list[str]:
    """Bring the generated files in docs/ in line with the pages. Returns the paths changed."""
    changed = []
    wanted = {page.path: page.data for page in pages}
    for old in sorted(docs.rglob("*")):
        relative = old.relative_to(docs).as_posix()
        if relative not in wanted and old.is_file() and is_generated(old):
            old.unlink()
            changed.append(relative)
    for path, data in sorted(wanted.items()):
        target = docs / path
        # Unchanged files keep their timestamps, so `mkdocs serve` only reloads what changed.
        if target.is_file() and target.read_bytes() == data:
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        changed.append(path)
    for folder in sorted({p.parent for p in docs.rglob("*")}, reverse=True):
        if folder != docs and folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
    return changed


def swap_site(built_site: Path, site: Path) -> None:
    """Replace site/ with the fresh build in two renames, so it is never half-written."""
    retired = built_site.with_name(built_site.name + ".old")  # inside this run's scratch folder
    # Another build finishing at the same moment may put its site/ back between
    # the two renames; renaming onto it then fails, and we simply go again.
    for _ in range(5):
        if site.exists():
            shutil.rmtree(retired, ignore_errors=True)
            site.rename(retired)
        try:
            built_site.rename(site)
            break
        except OSError:
            continue
    else:
        raise OSError(f"could not put the new site in place of {site}")
    shutil.rmtree(retired, ignore_errors=True)
