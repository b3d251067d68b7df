"""Skip the build when nothing it reads has changed and site/ is as the last build left it.

After each build, .site-stamp (beside site/, so it is never published) records two
fingerprints: one of everything the build reads, taken before it started, and one of
what it wrote (every file of site/, and the generated files in docs/), taken after. The
next build compares both with the files as they are; only if both match is MkDocs not run.
Taking the first before the build means an edit made while MkDocs runs is seen next time.

What the build reads: quiz/, templates/, the theme's overrides folder, mkdocs.yml, the
hand-written files in docs/, the generator's own code, the engine and the installed
packages (by name and version), the variables mkdocs.yml and the generator read, and the
build date (MkDocs writes it into the sitemap when the site has an address). Fingerprints
are of the files' bytes, not their times, so a touched file alone does not rebuild and an
edit that keeps the time still does. Nothing here imports MkDocs, Jinja or pydantic: an
unchanged build costs reading and hashing the files, not starting the generator.
"""

from __future__ import annotations

import contextlib
import datetime
import hashlib
import json
import os
import re
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .publish import is_generated

STAMP = ".site-stamp"
VERSION = 1
# Read by the generator (SITE_URL, SECOND_ROUND_ZENSICAL) or by MkDocs (the build date).
VARIABLES = ("SITE_URL", "SECOND_ROUND_ZENSICAL", "SOURCE_DATE_EPOCH")
# The generator's own code: a change to it may change every page.
GENERATOR = Path(__file__).resolve().parent
_ENV_TAG = re.compile(r"!ENV\s*\[?([^\]\n]+)")
_CUSTOM_DIR = re.compile(r"^\s*custom_dir:\s*['\"]?([^'\"#\n]+?)['\"]?\s*(?:#.*)?$", re.M)


def inputs(root: Path, engine: str, engine_command: Path | None = None) -> str:
    """The fingerprint of everything a build of the project at root reads."""
    digest = hashlib.sha256()
    config = root / "mkdocs.yml"
    config_text = config.read_text(encoding="utf-8") if config.is_file() else ""
    _add(digest, "engine", engine, str(engine_command or ""), sys.version, _build_date())
    names = set(VARIABLES)
    for tag in _ENV_TAG.findall(config_text):
        names.update(name.strip(" '\"") for name in tag.split(","))
    for name in sorted(names):
        _add(digest, "variable", name, os.environ.get(name, "\0unset"))
    _add(digest, "packages", *_packages(sys.path))
    if engine_command is not None:
        # Zensical runs from its own environment: its packages count too.
        own = engine_command.parent.parent.glob("lib/*/site-packages")
        _add(digest, "engine packages", *_packages(str(folder) for folder in own))
    _files(digest, "generator", GENERATOR, _tree(GENERATOR))
    overrides = {"site-overrides", *(m.strip() for m in _CUSTOM_DIR.findall(config_text))}
    for name in ("quiz", "templates", *sorted(overrides)):
        _files(digest, name, root / name, _tree(root / name))
    _files(digest, "root", root, [config, root / "build_quiz.py"])
    docs = root / "docs"
    _files(digest, "docs", docs, [p for p in _tree(docs) if not is_generated(p)])
    return digest.hexdigest()


def outputs(root: Path, site: Path | None = None) -> str:
    """The fingerprint of what the last build wrote: site/ (or the staged site that is about
    to become it) and the generated files in docs/."""
    digest = hashlib.sha256()
    site = site or root / "site"
    _files(digest, "site", site, _tree(site))
    docs = root / "docs"
    _files(digest, "docs", docs, [p for p in _tree(docs) if is_generated(p)])
    return digest.hexdigest()


def is_current(root: Path, sources: str) -> bool:
    """True if the last build read exactly these sources and what it wrote is untouched."""
    stamp = _read(root)
    if stamp.get("inputs") != sources:
        return False
    return (root / "site" / "index.html").is_file() and stamp.get("outputs") == outputs(root)


def write(root: Path, sources: str, made: str) -> None:
    """Record a finished build. sources: inputs() taken before it started; made: outputs() of
    what it wrote, taken before the swap into site/, so that if another build swaps its own
    site in meanwhile, the stamp does not describe that one and the next build runs."""
    stamp = {"version": VERSION, "inputs": sources, "outputs": made}
    # Only the next build's shortcut would be lost (it builds again): no reason to fail.
    with contextlib.suppress(OSError):
        (root / STAMP).write_text(json.dumps(stamp, indent=1) + "\n", encoding="utf-8")


def findings(root: Path) -> int | None:
    """The plain-language findings counted after the last build, if they were."""
    stamp = _read(root)
    count = stamp.get("findings")
    return count if isinstance(count, int) else None


def keep_findings(root: Path, count: int) -> None:
    stamp = _read(root)
    if stamp:
        (root / STAMP).write_text(json.dumps({**stamp, "findings": count}, indent=1) + "\n", encoding="utf-8")


def _read(root: Path) -> dict[str, Any]:
    try:
        stamp = json.loads((root / STAMP).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return stamp if isinstance(stamp, dict) and stamp.get("version") == VERSION else {}


def _build_date() -> str:
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    when = datetime.datetime.fromtimestamp(int(epoch), datetime.UTC) if epoch.isdigit() \
        else datetime.datetime.now(datetime.UTC)
    return when.date().isoformat()


def _packages(folders: Iterable[str]) -> list[str]:
    """Installed distributions by folder name, which holds name and version."""
    names = []
    for folder in folders:
        try:
            names += sorted(n for n in os.listdir(folder) if n.endswith((".dist-info", ".egg-info", ".pth")))
        except OSError:
            continue
    return names


def _tree(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.rglob("*")
                  if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc")


def _files(digest: Any, label: str, base: Path, files: Iterable[Path]) -> None:
    _add(digest, label)
    for path in files:
        if path.is_file():
            _add(digest, path.relative_to(base).as_posix())
            digest.update(hashlib.sha256(path.read_bytes()).digest())


def _add(digest: Any, *parts: str) -> None:
    for part in parts:
        data = part.encode("utf-8", "surrogateescape")
        digest.update(len(data).to_bytes(8, "big") + data)
