"""Two engines, one pipeline: Zensical builds the same content all or nothing, the policy
allows exactly the inline scripts the built pages hold, and links survive Zensical's reading."""

from __future__ import annotations

from pathlib import Path

import pytest

from secondround.cli import main
from secondround.csp import allow_inline_scripts, script_hash
from secondround.engines import for_zensical, zensical_command
from secondround.pages import Page

from .conftest import ROOT, tree

POLICY = ('<meta http-equiv="Content-Security-Policy" '
          "content=\"default-src 'self'; script-src 'self'; object-src 'none'\">")


def test_the_policy_lists_every_inline_script_after_it_and_nothing_else(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "index.html").write_text(
        f"<head><script>before()</script>{POLICY}<script>one()</script>"
        '<script src="x.js"></script><script id="__config" type="application/json">{}</script></head>')
    (tmp_path / "a" / "index.html").write_text(f"<head>{POLICY}<script type=\"module\">two()</script></head>")
    hashes = allow_inline_scripts(tmp_path)
    assert hashes == sorted([script_hash("one()"), script_hash("two()")])
    for page in ("index.html", "a/index.html"):
        html = (tmp_path / page).read_text()
        # Every page allows both: with instant navigation the first page's policy stays in force.
        assert f"script-src 'self' {' '.join(hashes)}; object-src 'none'" in html
        assert script_hash("before()") not in html


def test_html_links_are_made_relative_to_the_markdown_file_for_zensical() -> None:
    pages = [
        Page("assessment.md", '<a href="../results/">r</a> <a href="#q">q</a> <a href="https://x.org/">x</a>'
                              ' <link href="../assets/built/quiz.css"> [c](../checklists/01-a.md)'),
        Page("checklists/index.md", '<a href="../assessment/">a</a>'),
        Page("reasons/01-a.md", '<a href="../../checklists/">c</a> <img src="pic/x.png">'),
        Page("assets/brand/logo.svg", b'<svg href="../x"/>'),
    ]
    fixed = {page.path: page.text for page in for_zensical(pages)}
    assert fixed["assessment.md"] == ('<a href="results/">r</a> <a href="#q">q</a> <a href="https://x.org/">x</a>'
                                      ' <link href="assets/built/quiz.css"> [c](../checklists/01-a.md)')
    assert fixed["checklists/index.md"] == '<a href="../assessment/">a</a>'
    assert fixed["reasons/01-a.md"] == '<a href="../checklists/">c</a> <img src="01-a/pic/x.png">'
    assert fixed["assets/brand/logo.svg"] == b'<svg href="../x"/>'


@pytest.fixture
def zensical() -> Path:
    command = zensical_command(ROOT)
    if command is None:
        pytest.fail("Zensical is not installed: run scripts/setup.sh zensical")
    return command


def test_zensical_builds_are_deterministic_and_a_failing_one_changes_nothing(
    project_copy: Path, zensical: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--engine", "zensical"], root=project_copy) == 0
    assert (project_copy / "site" / "search.json").is_file(), "Zensical's own search index"
    before_docs, before_site = tree(project_copy / "docs"), tree(project_copy / "site")
    assert main(["--engine", "zensical", "--force"], root=project_copy) == 0
    assert tree(project_copy / "site") == before_site, "the same sources give the same bytes"
    template = project_copy / "templates" / "about.md.j2"
    template.write_text(template.read_text() + "\n[broken](no-such-page.md)\n")
    capsys.readouterr()
    assert main(["--engine", "zensical"], root=project_copy) == 1
    err = capsys.readouterr().err
    assert "zensical build --strict failed" in err
    assert "about.md" in err and "page does not exist" in err
    assert "\x1b[" not in err and "Traceback" not in err
    assert "The site was not changed." in err
    assert tree(project_copy / "docs") == before_docs
    assert tree(project_copy / "site") == before_site
    assert not list(project_copy.glob(".build*")), "the staging folder is cleaned up"
