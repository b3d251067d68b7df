"""Write the rendered pages and build the site, all or nothing.

Pages are first staged with the hand-written files in a scratch copy of
docs/, and MkDocs builds that copy. Only when the build succeeded are docs/
and site/ touched, so a failed run leaves both exactly as they were.
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from mkdocs.commands.build import build as mkdocs_build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort, MkDocsException

from .render import GENERATED_MARK, Page


class BuildFailed(Exception):
    """MkDocs refused the staged site; its messages are in the exception."""


def is_generated(path: Path) -> bool:
    """True for a Markdown file build_quiz.py wrote (it says so in its first lines)."""
    if path.suffix != ".md":
        return False
    with path.open(encoding="utf-8", errors="replace") as handle:
        head = handle.read(400)
    return GENERATED_MARK in head


def stage(docs: Path, pages: list[Page], staging: Path) -> None:
    """Copy hand-written files from docs/ and add the new pages."""
    if staging.exists():
        shutil.rmtree(staging)
    shutil.copytree(docs, staging, ignore=_ignore_generated, dirs_exist_ok=False)
    for page in pages:
        target = staging / page.path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(page.text, encoding="utf-8", newline="\n")


def _ignore_generated(folder: str, names: list[str]) -> set[str]:
    return {name for name in names if is_generated(Path(folder) / name)}


def build_site(config_file: Path, docs: Path, site: Path) -> None:
    """Run `mkdocs build --strict` from docs into site, raising BuildFailed on any warning."""
    with _collect_mkdocs_log() as messages:
        try:
            config = load_config(str(config_file), docs_dir=str(docs), site_dir=str(site),
                                 strict=True)
            mkdocs_build(config)
        except (Abort, MkDocsException) as error:
            raise BuildFailed("\n".join([*messages, str(error)])) from None


@contextmanager
def _collect_mkdocs_log() -> Iterator[list[str]]:
    """Keep MkDocs' warnings (why a strict build failed) and show nothing of its chatter."""
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
    wanted = {page.path: page.text for page in pages}
    for old in sorted(docs.rglob("*.md")):
        relative = old.relative_to(docs).as_posix()
        if relative not in wanted and is_generated(old):
            old.unlink()
            changed.append(relative)
    for path, text in sorted(wanted.items()):
        target = docs / path
        # Unchanged files keep their timestamps, so `mkdocs serve` only reloads what changed.
        if target.is_file() and target.read_text(encoding="utf-8") == text:
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8", newline="\n")
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
