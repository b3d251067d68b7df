"""The build joins the browser modules into one script per set of widgets (bundle.py)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from secondround.bundle import (
    BundleError,
    bundle,
    bundle_name,
    compact_css,
    later,
    widget_sets,
    with_stylesheets,
)

from .conftest import ROOT

JS = ROOT / "docs" / "assets" / "js"


def write(folder: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_sets_come_from_the_pages_and_embed_mode_has_its_own() -> None:
    pages = [b'<div data-module="sr-embed"></div><div data-module="sr-notes"></div>'
             b'<div data-module="sr-log">', b'<div data-module="sr-log"></div><div data-module="sr-notes">',
             b"<p>no widget</p>"]
    assert widget_sets(pages) == [("sr-embed",), ("sr-log", "sr-notes")]
    assert bundle_name(("sr-notes", "sr-log")) == "log+notes.js"


def test_a_bundle_runs_each_module_once_and_defines_its_widgets(tmp_path: Path) -> None:
    js = write(tmp_path, {
        "lib/count.js": "let started = 0;\nstarted += 1;\nexport const runs = started;\n"
                        "export const twice = (n) => n * 2;\n",
        "lib/say.js": 'import { twice } from "./count.js";\n'
                      "export function say(n) { return `n=${twice(n)}`; }\n",
        "widgets/a.js": 'import { say } from "../lib/say.js";\nimport { runs } from "../lib/count.js";\n'
                        "export default class A {\n"
                        "  constructor() { this.text = `${say(1)} runs=${runs}`; }\n}\n",
        "widgets/b.js": 'import { twice as double } from "../lib/count.js";\n'
                        "export default class B { constructor() { this.text = 'b' + double(2); } }\n",
    })
    script = bundle(js, ("sr-a", "sr-b"))
    assert script.count("const $count =") == 1
    check = ("globalThis.window = { secondRound: { define(w) {"
             " console.log(new w['sr-a']().text, new w['sr-b']().text); } } };\n")
    run = subprocess.run(["node", "--input-type=module", "-e", check + script],
                         capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "n=2 runs=1 b4"


def test_a_module_returns_only_what_the_scripts_other_modules_import(tmp_path: Path) -> None:
    """Every exported name is sent to every visitor of the page: one no module of this
    script imports is left unexported (its code stays, unrenamed)."""
    js = write(tmp_path, {
        "lib/tools.js": "export const used = 1;\nexport const unused = 2;\nexport function alsoUnused() {}\n",
        "widgets/a.js": 'import { used } from "../lib/tools.js";\nexport const extra = used;\n'
                        "export default class A {}\n",
    })
    script = bundle(js, ("sr-a",))
    assert "return { used };" in script and "return { default: A };" in script
    assert "const unused = 2;" in script and "function alsoUnused() {}" in script


def test_importing_a_name_the_module_does_not_export_stops_the_build(tmp_path: Path) -> None:
    """It would be undefined in the browser, and fail only where it is used."""
    js = write(tmp_path, {"lib/tools.js": "export const tool = 1;\n",
                          "widgets/a.js": 'import { tool, tol } from "../lib/tools.js";\n'
                                          "export default class A {}\n"})
    with pytest.raises(BundleError, match=r"lib/tools\.js: does not export tol, which another module"):
        bundle(js, ("sr-a",))


@pytest.mark.parametrize(("source", "form"), [
    ('import * as all from "../lib/x.js";\nexport default class A {}\n', r"import \* as all"),
    ("export default function A() {}\nexport * from './y.js';\n", r"export \* from"),
    ("export let count = 0;\nexport default class A {}\n", "export let count"),
])
def test_a_module_form_it_does_not_handle_stops_the_build_naming_the_file(
        tmp_path: Path, source: str, form: str) -> None:
    js = write(tmp_path, {"widgets/a.js": source, "lib/x.js": "export const x = 1;\n"})
    with pytest.raises(BundleError, match=rf"widgets/a\.js: cannot bundle this form of `{form}"):
        bundle(js, ("sr-a",))


def test_a_cycle_and_a_missing_widget_are_refused(tmp_path: Path) -> None:
    js = write(tmp_path, {"lib/x.js": 'import { y } from "./y.js";\nexport const x = 1;\n',
                          "lib/y.js": 'import { x } from "./x.js";\nexport const y = 2;\n',
                          "widgets/a.js": 'import { x } from "../lib/x.js";\nexport default class A {}\n'})
    with pytest.raises(BundleError, match="imports itself"):
        bundle(js, ("sr-a",))
    with pytest.raises(BundleError, match="no such module"):
        bundle(js, ("sr-missing",))


@pytest.mark.parametrize("widget", sorted("sr-" + path.stem for path in (JS / "widgets").glob("*.js")))
def test_each_real_widget_bundles_into_valid_javascript_the_same_every_time(widget: str) -> None:
    """Every widget with every helper it reaches: a syntax slip in any of them would stop
    the widget in the browser, and only a browser test on that page would say so."""
    first = bundle(JS, (widget,))
    assert first == bundle(JS, (widget,))
    run = subprocess.run(["node", "--check", "--input-type=module"], input=first,
                         capture_output=True, text=True, check=False)
    assert run.returncode == 0, f"{widget}: {run.stderr}"


def test_a_helper_fetched_later_is_a_module_whose_default_is_the_helper_and_no_page_carries_it(
        tmp_path: Path) -> None:
    built = later(JS, "ics")
    assert "$ics" not in bundle(JS, ("sr-log", "sr-notes", "sr-thanks")), "the debrief would carry it twice"
    # Imported as the browser does (secondRound.later), it gives the calendar maker.
    module = tmp_path / "lib-ics.mjs"
    module.write_text(built, encoding="utf-8")
    script = (f"const m = await import({str(module)!r}); const ics = m.default;"
              " const text = ics.calendar({uid: 'u', stamp: new Date(0), start: new Date(0),"
              " end: new Date(1800000), summary: 'S', description: 'D'});"
              " console.log(text.split('\\r\\n')[0], typeof ics.newUid);")
    run = subprocess.run(["node", "--input-type=module", "-e", script], capture_output=True, text=True,
                         check=False)
    assert run.returncode == 0, run.stderr
    assert run.stdout.split() == ["BEGIN:VCALENDAR", "function"]


@pytest.mark.parametrize(("path", "up"), [("index.md", ""), ("assessment.md", "../"),
                                          ("checklists/index.md", "../"), ("checklists/01-a.md", "../../")])
def test_pages_link_the_stylesheet_of_their_widgets_relative_to_their_address(path: str, up: str) -> None:
    page = '---\ntitle: "x"\n---\n# T\n\n<div data-module="sr-checklist"></div>\n'
    assert f'<link rel="stylesheet" href="{up}assets/built/checklists.css">' in with_stylesheets(path, page)
    embed_only = page.replace("sr-checklist", "sr-embed")
    assert with_stylesheets(path, embed_only) == embed_only


def test_stylesheets_lose_only_the_spaces_css_ignores() -> None:
    css = ('.a :focus, .b > .c {\n  content: attr(x) ": ";\n  margin: 0  1rem;\n}\n'
           '@media print {\n  .d { x: "a ,  b" }\n}\n')
    assert compact_css(css) == ('.a :focus,.b>.c{content:attr(x) ": ";margin:0 1rem}'
                                '@media print{.d{x:"a ,  b"}}')


def test_numbers_lose_their_leading_zero_and_nothing_else_does() -> None:
    css = '.a{opacity:0.85;margin:0 0.5rem -0.2em;width:10.5%;color:rgba(0,0,0,0.1);x:"0.5"}'
    assert compact_css(css) == ('.a{opacity:.85;margin:0 .5rem -0.2em;width:10.5%;'
                                'color:rgba(0,0,0,.1);x:"0.5"}')
