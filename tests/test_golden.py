"""Golden files: the small fixture content renders to exactly the Markdown in tests/golden/.

A template change shows up here as a unified diff. Refresh deliberately with
`pytest tests/test_golden.py --update-golden`, then read the diff in git.
"""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest

from secondround.content import load_content
from secondround.render import render_site

from .conftest import FIXTURES, ROOT

GOLDEN = Path(__file__).resolve().parent / "golden" / "minimal"


def rendered() -> dict[str, str]:
    content, errors = load_content(FIXTURES / "minimal", FIXTURES / "minimal" / "quiz")
    assert content is not None, "\n".join(map(str, errors))
    return {page.path: page.text for page in render_site(content, ROOT / "templates")}


def test_fixture_renders_to_golden_files(request: pytest.FixtureRequest) -> None:
    pages = rendered()
    if request.config.getoption("--update-golden"):
        if GOLDEN.exists():
            for old in GOLDEN.rglob("*.md"):
                old.unlink()
        for path, text in pages.items():
            target = GOLDEN / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8", newline="\n")
        pytest.skip("golden files rewritten; review them with git diff")
    expected = {p.relative_to(GOLDEN).as_posix(): p.read_text(encoding="utf-8")
                for p in sorted(GOLDEN.rglob("*.md"))}
    assert sorted(pages) == sorted(expected), "pages added or removed: run with --update-golden"
    for path, text in pages.items():
        if text != expected[path]:
            diff = "".join(difflib.unified_diff(expected[path].splitlines(True), text.splitlines(True),
                                                f"golden/{path}", f"rendered/{path}"))
            pytest.fail(f"{path} differs from its golden file:\n{diff}")


def test_rendering_is_deterministic() -> None:
    assert rendered() == rendered()


def test_yaml_text_never_becomes_markup(tmp_path: Path) -> None:
    """Markdown and HTML in content are shown as typed: no links, no emphasis, no tags."""
    import markdown

    from secondround.render import markdown_text

    hostile = "1. *Really* [click](https://x.test) `code` # not a heading & <b> _x_ !"
    html = markdown.markdown(str(markdown_text(hostile)), extensions=["attr_list", "md_in_html"])
    assert html == (
        "<p>1. *Really* [click](https://x.test) `code` # not a heading &amp; &lt;b&gt; _x_ !</p>"
    )
