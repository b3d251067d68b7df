"""The site's texts as the tests expect them: our quiz/ read by the build's own loader (English,
quiz/local/ included), so a test expects exactly the words the build puts on the page, from the
one place they are written (quiz/site.yml), never from a copy in Python."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from secondround.content import load_content
from secondround.schema import Site

ROOT = Path(__file__).resolve().parent.parent


@cache
def site_texts() -> Site:
    """quiz/site.yml as the build validates it (interface texts, home page, bands ...)."""
    content, errors = load_content(ROOT, ROOT / "quiz")
    assert content is not None, "\n".join(map(str, errors))
    return content.site
