"""Load and validate all of quiz/: the one entry point that turns files into checked content."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from . import rules
from .branding import check_branding, check_no_nav, check_site_name
from .errors import ContentError
from .overlay import SWITCH, merge
from .schema import Reason, Site
from .validate import check
from .yamlread import Document, read_document


@dataclass(frozen=True)
class ReasonSource:
    reason: Reason
    file: str
    """Path of the YAML file relative to the project, for "generated from" notes."""
    document: Document | None = field(default=None, compare=False, repr=False)
    """The file as validated (with any quiz/local/ overlay): translations are laid over it."""


@dataclass(frozen=True)
class Content:
    site: Site
    site_file: str
    reasons: tuple[ReasonSource, ...]
    """Sorted by number."""
    logo: bytes | None = None
    """The logo file named in site.yml (branding.logo), read while validating."""
    site_document: Document | None = field(default=None, compare=False, repr=False)
    """site.yml as validated (with any quiz/local/ overlay)."""


def load_content(root: Path, quiz_dir: Path) -> tuple[Content | None, list[ContentError]]:
    """Read quiz_dir/site.yml and quiz_dir/reasons/*.yml, with a centre's changes from
    quiz_dir/local/ laid over them (see overlay.py); report every error found."""
    errors: list[ContentError] = []
    local = quiz_dir / "local"

    real_root = root.resolve()  # once: resolving looks at every folder on the way

    def display(path: Path) -> str:
        try:
            return path.resolve().relative_to(real_root).as_posix()
        except ValueError:
            return path.as_posix()

    def read(path: Path) -> Document | None:
        try:
            document, found = read_document(path, display(path))
        except OSError as error:  # unreadable: permissions, a folder named *.yml, a broken link
            errors.append(ContentError(display(path), 1, 1, "", f"cannot be read ({error.strerror})"))
            return None
        errors.extend(found)
        return document

    def content_files(folder: Path) -> list[Path]:
        """The *.yml files of a folder; editors' hidden lock and backup files are not content."""
        for misnamed in sorted(folder.glob("*.yaml")):
            errors.append(ContentError(display(misnamed), 1, 1, "",
                                       "content files end in .yml; rename it, or it is ignored"))
        return sorted(p for p in folder.glob("*.yml") if not p.name.startswith((".", "~")))

    def with_overlay(document: Document, overlay_path: Path) -> tuple[Document, bool] | None:
        """The document with the centre's file over it; None if that file is unusable.
        The flag says whether the overlay switches the reason off."""
        if not overlay_path.is_file():
            return document, False
        top = read(overlay_path)
        if top is None:
            return None
        if not isinstance(top.data, dict):
            errors.append(ContentError(top.file, 1, 1, "", "the file must be a set of fields (name: value)"))
            return None
        switch = top.data.get(SWITCH, True)
        if SWITCH in top.data and overlay_path.name == "site.yml":
            line, column = top.place((SWITCH,), key=True)
            errors.append(ContentError(top.file, line, column, SWITCH,
                                       "only a reason's file can be switched off; remove it"))
            return None
        if not isinstance(switch, bool):
            line, column = top.place((SWITCH,))
            errors.append(ContentError(top.file, line, column, SWITCH, "must be true or false"))
            return None
        if not isinstance(document.data, dict):
            return document, False  # check() reports the base file's own problem
        return merge(document, top), not switch

    site_path = quiz_dir / "site.yml"
    site: Site | None = None
    site_document: Document | None = None
    logo: bytes | None = None
    if not site_path.is_file():
        errors.append(ContentError(display(site_path), 1, 1, "", "the file is missing"))
    elif (base := read(site_path)) is not None and (pair := with_overlay(base, local / "site.yml")):
        document = site_document = pair[0]
        site, found = check(document, Site)
        errors += found
        if site is not None:
            errors += rules.check_site(document, site)
            logo, found = check_branding(document, site, quiz_dir)
            errors += found
            errors += check_site_name(root / "mkdocs.yml", site, document.file_at(("title",)))
            errors += check_no_nav(root / "mkdocs.yml")

    reason_paths = content_files(quiz_dir / "reasons")
    if not reason_paths:
        errors.append(ContentError(display(quiz_dir / "reasons"), 1, 1, "",
                                   "no reason files (NN-id.yml) found"))
    checked = []
    switched_off: set[str] = set()
    used_overlays: set[Path] = set()
    for path in reason_paths:
        # The file name (NN-id.yml) names the id too, so the centre's file for it is
        # matched even when our file is broken; a mismatch is reported by the rules.
        used_overlays.add(local / "reasons" / f"{path.stem.partition('-')[2]}.yml")
        base = read(path)
        if base is None:
            continue
        reason_id = base.data.get("id") if isinstance(base.data, dict) else None
        overlay_path = local / "reasons" / f"{reason_id}.yml"
        used_overlays.add(overlay_path)
        pair = with_overlay(base, overlay_path)
        if pair is None:
            continue
        document, off = pair
        reason, found = check(document, Reason)
        errors += found
        if reason is not None:
            errors += rules.check_reason(document, reason)
            checked.append((document, reason))
            if off:
                switched_off.add(reason.id)
    ours = {path.name: path for path in reason_paths}
    for stray in sorted(set(content_files(local / "reasons")) - used_overlays):
        if stray.name in ours:  # a copy of our file, name and all
            errors.append(ContentError(display(stray), 1, 1, "",
                                       f"is named like our file {display(ours[stray.name])}; name yours "
                                       f"after the reason's id alone: {stray.stem.partition('-')[2]}.yml"))
            continue
        errors.append(ContentError(display(stray), 1, 1, "",
                                   f"there is no reason with the id '{stray.stem}' to change; name "
                                   "the file after the id of one of the reasons in quiz/reasons"))
    # Numbering and ids are judged over the whole set: with a file unreadable,
    # the others would be blamed for a gap that is not theirs.
    if len(checked) == len(reason_paths):
        errors += rules.check_reason_set(checked)

    if errors or site is None:
        return None, sorted(set(errors))
    kept = [pair for pair in sorted(checked, key=lambda pair: pair[1].number)
            if pair[1].id not in switched_off]
    if not kept:
        return None, [ContentError(display(local / "reasons"), 1, 1, "", "every reason is switched off")]
    # With some reasons switched off, the rest are numbered 1, 2, 3 ... again.
    sources = tuple(
        ReasonSource(reason.model_copy(update={"number": number}), _files(document), document)
        for number, (document, reason) in enumerate(kept, start=1)
    )
    return Content(site, display(site_path), sources, logo, site_document), []


def _files(document: Document) -> str:
    """Where a reason came from, for the note at the top of its generated page."""
    extra = sorted(set(getattr(document, "value_files", {}).values()) - {document.file})
    return " and ".join([document.file, *extra])
