"""A build with nothing changed is skipped (stamp.py), and only then: any change to what the
build reads, --force, or a site/ or docs/ that is not as the last build left it, builds again."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from secondround import stamp
from secondround.cli import main

from .conftest import copy_sources, tree

UP_TO_DATE = "site/ is up to date"


def fixed_date(monkeypatch: pytest.MonkeyPatch) -> None:
    # The build date is one of the inputs (MkDocs' sitemap); fixed, so no test straddles midnight.
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1780000000")
    monkeypatch.delenv("SITE_URL", raising=False)


@pytest.fixture(scope="module")
def built_once(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One build of the sources (in English only, as project_copy), copied for each test below:
    a copy takes a fraction of a build, and the stamp reads contents, not places or times."""
    project = copy_sources(tmp_path_factory.mktemp("built"))
    (project / "quiz" / "local").mkdir(exist_ok=True)
    (project / "quiz" / "local" / "site.yml").write_text("translations: []\n", encoding="utf-8")
    with pytest.MonkeyPatch.context() as patched:
        fixed_date(patched)
        assert main([], root=project) == 0
    return project


@pytest.fixture
def built(built_once: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    fixed_date(monkeypatch)
    return Path(shutil.copytree(built_once, tmp_path / "project", symlinks=True))


def no_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make running MkDocs fail the test: a skipped build must not start it."""
    def refuse(*_: object, **__: object) -> None:
        pytest.fail("MkDocs ran although nothing had changed")

    monkeypatch.setattr("secondround.engines.build_site", refuse)


def test_an_unchanged_build_is_skipped_and_force_builds_the_same_bytes(
    built: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    site, docs = tree(built / "site"), tree(built / "docs")
    index_time = (built / "site" / "index.html").stat().st_mtime_ns
    with monkeypatch.context() as patched:
        no_engine(patched)
        assert main([], root=built) == 0
    assert capsys.readouterr().out.startswith(UP_TO_DATE)
    assert (built / "site" / "index.html").stat().st_mtime_ns == index_time, "site/ was not replaced"
    assert main(["--force"], root=built) == 0
    assert "Built " in capsys.readouterr().out
    assert tree(built / "site") == site and tree(built / "docs") == docs


def test_a_changed_reason_is_built(built: Path, capsys: pytest.CaptureFixture[str]) -> None:
    reason = built / "quiz" / "reasons" / "03-instructions.yml"
    text = reason.read_text(encoding="utf-8")
    reason.write_text(text.replace("Read the invitation", "Reread the invitation", 1), encoding="utf-8")
    assert main([], root=built) == 0
    assert "Built " in capsys.readouterr().out
    page = built / "site" / "reasons" / "03-instructions" / "index.html"
    assert "Reread the invitation" in page.read_text(encoding="utf-8")


@pytest.mark.parametrize("damage", ["delete a page", "edit a page", "add a file", "delete site/",
                                    "delete a generated page in docs/"])
def test_a_damaged_site_is_built_again(built: Path, damage: str, capsys: pytest.CaptureFixture[str]) -> None:
    before = tree(built / "site")
    page = built / "site" / "about" / "index.html"
    if damage == "delete a page":
        page.unlink()
    elif damage == "edit a page":
        data = page.read_bytes()
        page.write_bytes(data.replace(b"<h1", b"<h2", 1))
    elif damage == "add a file":
        (built / "site" / "stray.html").write_text("left over")
    elif damage == "delete site/":
        shutil.rmtree(built / "site")
    else:
        (built / "docs" / "about.md").unlink()
    assert main([], root=built) == 0
    assert "Built " in capsys.readouterr().out
    assert tree(built / "site") == before
    assert (built / "docs" / "about.md").is_file()


# Each kind of input, changed in a way that leaves the site as it was: still a rebuild.
CHANGES = {
    "a reason": lambda root: _append(root / "quiz" / "reasons" / "01-not-prepared.yml", "# edited\n"),
    "quiz/local/": lambda root: _append(root / "quiz" / "local" / "site.yml", "# edited\n"),
    "a new file in quiz/": lambda root: _append(root / "quiz" / "notes.txt", "notes\n"),
    "a template": lambda root: _append(root / "templates" / "about.md.j2", "{# edited #}\n"),
    "site-overrides/": lambda root: _append(root / "site-overrides" / "main.html", "{# edited #}\n"),
    "mkdocs.yml": lambda root: _append(root / "mkdocs.yml", "# edited\n"),
    "a hand-written page": lambda root: _append(root / "docs" / "guide.md", "# A guide\n"),
    "a hand-written asset": lambda root: _append(next((root / "docs" / "assets" / "js").rglob("*.js")), "\n"),
}


def _append(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8") as handle:
        handle.write(text)


@pytest.mark.parametrize("change", CHANGES)
def test_every_input_counts(project_copy: Path, change: str) -> None:
    before = stamp.inputs(project_copy, "mkdocs")
    CHANGES[change](project_copy)
    assert stamp.inputs(project_copy, "mkdocs") != before


def test_the_engine_the_code_and_the_address_count(
    project_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SITE_URL", raising=False)
    before = stamp.inputs(project_copy, "mkdocs")
    assert stamp.inputs(project_copy, "mkdocs") == before, "the same files give the same stamp"
    assert stamp.inputs(project_copy, "zensical") != before
    monkeypatch.setenv("SITE_URL", "https://careers.example.org/")
    assert stamp.inputs(project_copy, "mkdocs") != before
    monkeypatch.delenv("SITE_URL")
    code = tmp_path / "generator"
    shutil.copytree(stamp.GENERATOR, code, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(stamp, "GENERATOR", code)
    assert stamp.inputs(project_copy, "mkdocs") == before
    _append(code / "render.py", "# edited\n")
    assert stamp.inputs(project_copy, "mkdocs") != before


def test_generated_pages_in_docs_are_outputs_not_inputs(built: Path) -> None:
    """The build rewrites them, so editing one must rebuild (outputs), not count as a source."""
    sources = stamp.inputs(built, "mkdocs")
    assert stamp.is_current(built, sources)
    _append(built / "docs" / "about.md", "edited by hand\n")
    assert stamp.inputs(built, "mkdocs") == sources
    assert not stamp.is_current(built, sources)
