"""Where a project's files live (apart from generate.py, so that a build that is skipped,
see stamp.py, does not load the content model to find them)."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Project:
    """Where everything lives; tests point this at fixture folders."""

    root: Path

    @property
    def quiz(self) -> Path:
        return self.root / "quiz"

    @property
    def templates(self) -> Path:
        return self.root / "templates"

    @property
    def docs(self) -> Path:
        return self.root / "docs"

    @property
    def site(self) -> Path:
        return self.root / "site"

    @property
    def config(self) -> Path:
        return self.root / "mkdocs.yml"

    @property
    def serve_config(self) -> Path:
        return self.root / ".mkdocs-serve.yml"

    def scratch(self) -> Path:
        """A fresh staging folder beside site/ (same disk, so the final swap is a rename).

        Unique per run, so two builds started at once never delete each other's work.
        """
        return Path(tempfile.mkdtemp(prefix=".build-", dir=self.root))
