"""Content validation, tested with a corpus of broken content.

Every folder in tests/content_errors/ is one case. The test copies the valid
fixture tests/fixtures/minimal/quiz/ into a temporary project, lays the case's
files over it, runs `build_quiz.py --check` and compares what it prints on
stderr with the case's expected.txt, line for line.

What a case folder may contain (paths relative to quiz/):

- site.yml, reasons/NN-id.yml: replace that fixture file, or add a new one. A case's
  site.yml may leave out the interface texts (the blocks in INTERFACE_TEXTS, about 300
  texts, all required): those it does not write are the fixture's, laid over it as
  quiz/local/site.yml (texts_left_out), so a case stays a few lines and its own lines stay
  where its expected.txt says. (A text left out is therefore never an error here; a
  missing field is case 25's message, in a reason.)
- <name>.delete: an empty marker; the fixture file <name> is removed.
- <name>.generate-large: an empty marker; <name> is written as the fixture file
  padded with comment lines to exactly LARGE_BYTES, over the size limit
  (a 300 KiB file is not worth committing).
- expected.txt: every line the check must print, in order, the summary last.
  Paths in it are relative to the temporary project, e.g. quiz/reasons/03-gamma.yml.

To add a case: copy a fixture file into a new NN-short-name/ folder, break one
thing, run the check on it, read every line it prints (right line and column?
right field? would a career-centre editor understand it?) and save them as
expected.txt.
"""

from __future__ import annotations

import difflib
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from secondround.cli import main
from secondround.yamlread import MAX_BYTES

TESTS = Path(__file__).resolve().parent
PROJECT = TESTS.parent
FIXTURE = TESTS / "fixtures" / "minimal" / "quiz"
CASES = TESTS / "content_errors"
CASE_DIRS = sorted(path for path in CASES.iterdir() if path.is_dir())

DELETE = ".delete"
GENERATE_LARGE = ".generate-large"
LARGE_BYTES = 300 * 1024
FILLER = b"# This comment only makes the file larger than content files may be.\n"
# The blocks of site.yml that hold interface texts (and language_name).
INTERFACE_TEXTS = ("language_name", "home", "strings", "checklists", "debrief", "assessment", "method",
                   "embed", "first_aid")


def texts_left_out(site: Path) -> dict[str, Any]:
    """The fixture's interface texts that a case's site.yml does not write (whole blocks, or
    fields of a block it writes in part); nothing if the file is not a readable mapping."""
    try:
        data = yaml.safe_load(site.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError):
        return {}
    if not isinstance(data, dict):
        return {}
    ours = yaml.safe_load((FIXTURE / "site.yml").read_text(encoding="utf-8"))
    left_out: dict[str, Any] = {}
    for key in INTERFACE_TEXTS:
        if key not in data:
            left_out[key] = ours[key]
        elif isinstance(data[key], dict) and (fields := {k: v for k, v in ours[key].items()
                                                          if k not in data[key]}):
            left_out[key] = fields
    return left_out


def make_project(root: Path, case: Path | None = None) -> Path:
    """A project at root: the minimal fixture with the case's files laid over it."""
    quiz = root / "quiz"
    shutil.copytree(FIXTURE, quiz)
    shutil.copytree(PROJECT / "templates", root / "templates")
    # The site's own scripts and styles: the build joins them (bundle.py).
    for folder in ("docs/assets/js", "docs/assets/css"):
        shutil.copytree(PROJECT / folder, root / folder)
    if case is not None:
        for source in sorted(case.rglob("*")):
            if source.is_dir() or (source.parent == case and source.name == "expected.txt"):
                continue
            target = quiz / source.relative_to(case)
            target.parent.mkdir(parents=True, exist_ok=True)
            if source.name.endswith(DELETE):
                target.with_name(source.name.removesuffix(DELETE)).unlink()
            elif source.name.endswith(GENERATE_LARGE):
                target = target.with_name(source.name.removesuffix(GENERATE_LARGE))
                start = target.read_bytes() if target.exists() else b""
                padding = FILLER * (LARGE_BYTES // len(FILLER) + 1)
                target.write_bytes((start + padding)[:LARGE_BYTES])
            else:
                shutil.copyfile(source, target)
        if (case / "site.yml").is_file() and (left_out := texts_left_out(quiz / "site.yml")):
            (quiz / "local").mkdir(exist_ok=True)
            (quiz / "local" / "site.yml").write_text(
                yaml.safe_dump(left_out, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return root


def check_lines(root: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str], str]:
    code = main(["--check"], root=root)
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err + captured.out
    return code, captured.err.splitlines(), captured.out


def test_corpus_is_well_formed() -> None:
    assert len(CASE_DIRS) >= 35
    numbers = [case.name.split("-", 1)[0] for case in CASE_DIRS]
    assert all(number.isdigit() for number in numbers)
    assert len(set(numbers)) == len(numbers), "two cases share a number"
    for case in CASE_DIRS:
        assert (case / "expected.txt").is_file(), f"{case.name} has no expected.txt"
        assert len(list(case.rglob("*"))) > 1, f"{case.name} changes nothing"
    assert LARGE_BYTES > MAX_BYTES


@pytest.mark.parametrize("case", CASE_DIRS, ids=[case.name for case in CASE_DIRS])
def test_broken_content_is_reported(case: Path, tmp_path: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    root = make_project(tmp_path / "project", case)
    code, lines, out = check_lines(root, capsys)
    expected = (case / "expected.txt").read_text(encoding="utf-8").splitlines()
    if lines != expected:
        diff = "\n".join(difflib.unified_diff(expected, lines, "expected.txt", "printed", lineterm=""))
        pytest.fail(f"{case.name}: the check printed other lines than expected.txt:\n{diff}",
                    pytrace=False)
    assert code == 1
    assert out == ""


def test_minimal_fixture_is_valid(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, lines, out = check_lines(make_project(tmp_path / "project"), capsys)
    assert lines == []
    assert code == 0
    assert out.startswith("Content is valid")


def test_byte_order_mark_is_accepted(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Windows editors may save UTF-8 with a byte-order mark; that file is still valid."""
    root = make_project(tmp_path / "project")
    for name in ("site.yml", "reasons/01-alpha.yml"):
        path = root / "quiz" / name
        path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    code, lines, _ = check_lines(root, capsys)
    assert lines == []
    assert code == 0


def test_broken_reason_does_not_blame_the_others(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    root = make_project(tmp_path / "project")
    (root / "quiz" / "reasons" / "01-alpha.yml").write_text("", encoding="utf-8")
    code, lines, _ = check_lines(root, capsys)
    assert code == 1
    assert lines == ["quiz/reasons/01-alpha.yml:1:1: the file is empty",
                     "1 content error in 1 file; nothing was written."]


def _snapshot(folder: Path) -> dict[str, bytes | None]:
    return {path.relative_to(folder).as_posix(): None if path.is_dir() else path.read_bytes()
            for path in sorted(folder.rglob("*"))}


@pytest.mark.parametrize("case", ["tab-indentation", "text-too-long", "numbers-with-gap",
                                  "several-errors-several-files"])
def test_failed_build_writes_nothing(case: str, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    (case_dir,) = [path for path in CASE_DIRS if path.name.split("-", 1)[1] == case]
    root = make_project(tmp_path / "project", case_dir)
    # The header name in mkdocs.yml must match the fixture's title (a rule of its own).
    config = (PROJECT / "mkdocs.yml").read_text(encoding="utf-8")
    (root / "mkdocs.yml").write_text(config.replace("site_name: Second Round", "site_name: Test Round"),
                                     encoding="utf-8")
    if (PROJECT / "site-overrides").is_dir():
        shutil.copytree(PROJECT / "site-overrides", root / "site-overrides")
    (root / "docs" / "hand-written.md").write_text("# Written by hand\n\nKeep me.\n", encoding="utf-8")
    (root / "site").mkdir()
    (root / "site" / "marker.txt").write_text("an earlier build\n", encoding="utf-8")
    before = _snapshot(root)

    code = main([], root=root)

    captured = capsys.readouterr()
    assert code == 1
    assert "Traceback" not in captured.err
    assert captured.err.splitlines() == (case_dir / "expected.txt").read_text(encoding="utf-8").splitlines()
    assert _snapshot(root) == before
