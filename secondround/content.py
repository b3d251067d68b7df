"""Load and validate all of quiz/: the one entry point that turns files into checked content."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from . import rules
from .errors import ContentError
from .schema import Reason, Site
from .validate import check
from .yamlread import read_document


@dataclass(frozen=True)
class ReasonSource:
    reason: Reason
    file: str
    """Path of the YAML file relative to the project, for "generated from" notes."""


@dataclass(frozen=True)
class Content:
    site: Site
    site_file: str
    reasons: tuple[ReasonSource, ...]
    """Sorted by number."""


def load_content(root: Path, quiz_dir: Path) -> tuple[Content | None, list[ContentError]]:
    """Read quiz_dir/site.yml and quiz_dir/reasons/*.yml; report every error found."""
    errors: list[ContentError] = []

    def display(path: Path) -> str:
        try:
            return path.resolve().relative_to(root.resolve()).as_posix()
        except ValueError:
            return path.as_posix()

    site_path = quiz_dir / "site.yml"
    site: Site | None = None
    if not site_path.is_file():
        errors.append(ContentError(display(site_path), 1, 1, "", "the file is missing"))
    else:
        document, found = read_document(site_path, display(site_path))
        errors += found
        if document is not None:
            site, found = check(document, Site)
            errors += found
            if site is not None:
                errors += rules.check_site(document, site)

    reason_paths = sorted((quiz_dir / "reasons").glob("*.yml"))
    if not reason_paths:
        errors.append(ContentError(display(quiz_dir / "reasons"), 1, 1, "",
                                   "no reason files (NN-id.yml) found"))
    checked = []
    for path in reason_paths:
        document, found = read_document(path, display(path))
        errors += found
        if document is None:
            continue
        reason, found = check(document, Reason)
        errors += found
        if reason is not None:
            errors += rules.check_reason(document, reason)
            checked.append((document, reason))
    # Numbering and ids are judged over the whole set: with a file unreadable,
    # the others would be blamed for a gap that is not theirs.
    if len(checked) == len(reason_paths):
        errors += rules.check_reason_set(checked)

    if errors or site is None:
        return None, sorted(set(errors))
    ordered = sorted(checked, key=lambda pair: pair[1].number)
    sources = tuple(ReasonSource(reason, document.file) for document, reason in ordered)
    return Content(site, display(site_path), sources), []
