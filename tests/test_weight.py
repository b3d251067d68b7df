"""Every page carries only what it uses, within a budget (issue: shape and weight).

Sizes are gzipped at level 6, as a server would send them, from the built site; they are
deterministic, so this is a test and not a benchmark. A page's own files are the
stylesheets it links from assets/built/, main.js, and the one script main.js adds for the
page's widgets (embed mode's script only in embed mode, so it is not counted here).
"""

from __future__ import annotations

import gzip
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from secondround.bundle import EMBED, bundle_name

from .conftest import ROOT

NO_WIDGET_BUDGET = 4 * 1024
PAGE_BUDGET = 12 * 1024
MAX_OWN_REQUESTS = 4  # above a plain Material page
DEFINED = re.compile(r'window\.secondRound\.define\(\{(.*)\}\);', re.S)


class Assets(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.files: list[str] = []
        self.modules: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        url = a.get("href") if tag == "link" and a.get("rel") == "stylesheet" else a.get("src")
        if tag in ("link", "script") and url and ("assets/built/" in url or "assets/js/" in url):
            self.files.append(url)
        if a.get("data-module"):
            self.modules.add(str(a["data-module"]))


def site() -> Path:
    folder = ROOT / "site"
    if not (folder / "index.html").is_file():
        pytest.fail("no built site: run `.venv/bin/python build_quiz.py` first")
    return folder


def own_files(page: Path) -> tuple[list[Path], set[str]]:
    parser = Assets()
    parser.feed(page.read_text(encoding="utf-8"))
    # The 404 page is served at any depth, so its links start from the site's root.
    files = [(site() / url[1:] if url.startswith("/") else page.parent / url.split("?")[0]).resolve()
             for url in parser.files]
    widgets = parser.modules - {EMBED}
    if widgets:
        files.append(site() / "assets" / "built" / bundle_name(widgets))
    return files, widgets


def gzipped(path: Path) -> int:
    return len(gzip.compress(path.read_bytes(), compresslevel=6, mtime=0))


def pages() -> list[Path]:
    return sorted(site().rglob("*.html"))


def test_every_page_stays_within_its_budget_of_bytes_and_requests() -> None:
    over = []
    for page in pages():
        files, widgets = own_files(page)
        missing = [f for f in files if not f.is_file()]
        assert not missing, f"{page}: its own files are missing: {missing}"
        total = sum(gzipped(f) for f in files)
        budget = PAGE_BUDGET if widgets else NO_WIDGET_BUDGET
        if total > budget or len(files) > MAX_OWN_REQUESTS:
            over.append(f"{page.relative_to(site())}: {total} bytes in {len(files)} files "
                        f"(budget {budget} bytes, {MAX_OWN_REQUESTS} files): {[f.name for f in files]}")
    assert not over, "\n".join(over)


def test_each_page_script_defines_exactly_the_widgets_of_its_pages() -> None:
    for page in pages():
        files, widgets = own_files(page)
        if not widgets:
            assert not any(f.parent.name == "built" and f.suffix == ".js" for f in files), page
            continue
        script = files[-1].read_text(encoding="utf-8")
        defined = set(re.findall(r'"(sr-[a-z-]+)":', DEFINED.findall(script)[-1]))
        assert defined == widgets, f"{page}: {files[-1].name} defines {defined}, the page uses {widgets}"


def test_a_page_without_forms_or_quiz_links_neither_stylesheet() -> None:
    files, widgets = own_files(site() / "about" / "index.html")
    assert not widgets
    assert sorted(f.name for f in files) == ["main.js", "site.css"]
    files, _ = own_files(site() / "checklists" / "index.html")
    assert sorted(f.name for f in files) == ["checklist.js", "checklists.css", "main.js", "site.css"]
