"""Join the site's own browser code into the few files a page needs.

The sources stay small ES modules (docs/assets/js/lib/ and widgets/, one widget per
`data-module`; docs/assets/css/ by component), which is how they are read, tested
and served while editing. A visitor's phone should not fetch twenty of them, so the
build writes docs/assets/built/:

- `site.css`, the styles every page uses (the generated brand colours included), and one
  stylesheet per kind of page that needs more (STYLESHEETS);
- one script per set of widgets that appear together on a page (e.g. `log+notes+thanks.js`),
  holding those widgets and exactly the helpers they import, each module once;
- `embed.js`, fetched only by a page opened in embed mode.

main.js finds a page's widgets and adds the matching script. Written by hand rather
than with a JavaScript bundler so that building an edition needs Python only; it
understands the module forms this code base uses (named imports, `export` before a
declaration, `export { ... }` lists, one `export default class` per widget) and
stops the build, naming the file, on anything else.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from pathlib import Path

from .slim import strip_comment_lines

BUILT_FOLDER = "assets/built"
EMBED = "sr-embed"  # on every page, but only needed in embed mode: main.js loads it apart

# The built stylesheets and their sources, in cascade order (the brand colours override the
# theme). site.css is on every page; the others only on pages with the widgets below, so a
# page without forms does not download them. Measured, gzipped: all our styles in one file
# would be about 3.6 KB on every page, where a page without widgets now gets 1.7 KB (site.css)
# and one with forms 3.2 KB (with forms.css). One file would put pages without widgets over
# their 4 KB budget and "After the interview" over its 12 KB (tests/test_weight.py).
STYLESHEETS = {
    "site.css": ("theme.css", "@brand", "base.css", "embed.css"),
    "quiz.css": ("quiz.css",),
    "forms.css": ("forms.css",),
    # The same, with the tick lists only the checklists have ("After the interview" has none).
    "checklists.css": ("forms.css", "forms-checklist.css"),
    # Linked by the home page's own template (site-overrides/home.html), not by a widget.
    "home.css": ("home.css",),
}
# Helpers fetched only when an action first needs them (main.js, secondRound.later): each is
# built alone as lib-<name>.js, an ES module whose default export holds the helper's exports.
LATER = ("ics",)
PAGE_STYLESHEET = {"sr-selfcheck": "quiz.css", "sr-assessment": "quiz.css", "sr-results": "quiz.css",
                   "sr-checklist": "checklists.css", "sr-notes": "forms.css",
                   "sr-thanks": "forms.css", "sr-log": "forms.css"}

MODULE_ATTRIBUTE = re.compile(r'data-module="(sr-[a-z-]+)"')
IMPORT = re.compile(r'^import\s*\{([^}]*)\}\s*from\s*"(\.{1,2}/[^"]+)";[ \t]*\n', re.M)
# Not `export let`: a module-level variable another module reads would stop being live.
EXPORT_DECLARATION = re.compile(
    r"^export\s+(default\s+)?((?:async\s+)?function\*?|const|class)\s+([\w$]+)", re.M)
EXPORT_LIST = re.compile(r"^export\s*\{([^}]*)\};?[ \t]*\n", re.M)
LEFT_OVER = re.compile(r"^(?:import|export)\b.*$", re.M)  # top level: indented, it is a method name
CSS_COMMENT = re.compile(r"/\*.*?\*/\s*", re.S)
CSS_STRING = re.compile(r"(\"[^\"]*\"|'[^']*')")
CSS_PUNCTUATION = re.compile(r"\s*([{};,>])\s*")
# A number's leading zero, not part of a longer number, a name or a colour (10.5, a0.5, #0.5).
LEADING_ZERO = re.compile(r"(?<![\w.#-])0\.(?=\d)")


class BundleError(Exception):
    """The browser code uses a module form the bundler does not handle."""


def widget_sets(pages: Iterable[bytes]) -> list[tuple[str, ...]]:
    """The distinct sets of widgets on the pages, embed mode's apart, each set sorted."""
    sets = set()
    for data in pages:
        names = set(MODULE_ATTRIBUTE.findall(data.decode("utf-8", errors="replace"))) - {EMBED}
        if names:
            sets.add(tuple(sorted(names)))
    return sorted(sets | {(EMBED,)})


def bundle_name(names: Iterable[str]) -> str:
    """File name of a set's script; main.js derives the same name from the page."""
    return "+".join(name.removeprefix("sr-") for name in sorted(names)) + ".js"


def bundle(js: Path, names: tuple[str, ...]) -> str:
    """One ES module that starts the given widgets, with every helper they import once."""
    widgets = {name: js / "widgets" / f"{name.removeprefix('sr-')}.js" for name in names}
    order: list[Path] = []
    _visit_all(list(widgets.values()), order, [])
    # No "generated" banner: every byte is sent to every visitor, and docs/assets/built/ is
    # marked generated in .gitignore, as the stylesheets beside it are.
    wanted = _imported(order, {path: {"default"} for path in widgets.values()})
    parts = [_as_scope(module, js, wanted[module]) for module in order]
    registry = ", ".join(f'"{name}": {_variable(path, js)}.default' for name, path in widgets.items())
    parts.append(f"window.secondRound.define({{ {registry} }});\n")
    return "".join(parts)


def stylesheet(css: Path, sources: tuple[str, ...], brand: str) -> str:
    """Stylesheets joined in cascade order, without their comments and layout spaces."""
    parts = [brand if name == "@brand" else (css / name).read_text(encoding="utf-8") for name in sources]
    return "\n".join(_compact(part) for part in parts) + "\n"


@functools.lru_cache(maxsize=64)  # the same sources for every language
def _compact(text: str) -> str:
    return compact_css(CSS_COMMENT.sub("", text))


def compact_css(text: str) -> str:
    """Runs of spaces become one, and none is kept beside { } ; , > or after a colon, where
    CSS ignores it; numbers lose a leading zero. Quoted strings are left exactly as written.
    The space before a colon stays: in a selector it is a descendant combinator ("a :focus")."""
    pieces = CSS_STRING.split(text)
    for i in range(0, len(pieces), 2):  # the odd pieces are the strings
        pieces[i] = re.sub(r":\s+", ":", CSS_PUNCTUATION.sub(r"\1", re.sub(r"\s+", " ", pieces[i])))
        pieces[i] = pieces[i].replace(";}", "}")  # the last declaration needs no semicolon
        pieces[i] = LEADING_ZERO.sub(".", pieces[i])  # 0.85 is .85
    return "".join(pieces).strip()


def built_files(docs: Path, pages: Iterable[bytes], brand: str) -> dict[str, bytes]:
    """Path under docs/ -> content of everything in assets/built/."""
    js, css = docs / "assets" / "js", docs / "assets" / "css"
    listed = {name for sources in STYLESHEETS.values() for name in sources}
    unlisted = sorted(path.name for path in css.glob("*.css") if path.name not in listed)
    if unlisted:
        raise BundleError(f"{css}: {', '.join(unlisted)} not in bundle.STYLESHEETS, so no page would load it")
    files = {f"{BUILT_FOLDER}/{name}": stylesheet(css, sources, brand).encode("utf-8")
             for name, sources in STYLESHEETS.items()}
    for names in widget_sets(pages):
        files[f"{BUILT_FOLDER}/{bundle_name(names)}"] = bundle(js, names).encode("utf-8")
    for name in LATER:
        files[f"{BUILT_FOLDER}/lib-{name}.js"] = later(js, name).encode("utf-8")
    return files


def later(js: Path, name: str) -> str:
    """A helper and what it imports, as one ES module whose default export is the helper's."""
    module = js / "lib" / f"{name}.js"
    order: list[Path] = []
    _visit_all([module], order, [])
    wanted = _imported(order, {})
    # The helper's own exports all go out (its default export is the lot); no banner, as in bundle().
    parts = [_as_scope(path, js, None if path == module else wanted[path]) for path in order]
    parts.append(f"export default {_variable(module, js)};\n")
    return "".join(parts)


def with_stylesheets(path: str, markdown: str) -> str:
    """The page with a link to the stylesheets its widgets need, just after its front matter.

    In the content rather than the <head>: Material's instant navigation swaps only the
    content, so a link there arrives and leaves with its page; it works without JavaScript.
    """
    sheets = sorted({PAGE_STYLESHEET[name] for name in MODULE_ATTRIBUTE.findall(markdown)
                     if name in PAGE_STYLESHEET})
    if not sheets or not markdown.startswith("---\n"):
        return markdown
    end = markdown.index("\n---\n", 3) + 5
    # The page's address is a folder (use_directory_urls): a/b.md is served as a/b/.
    parts = path.removesuffix(".md").split("/")
    up = "../" * (len(parts) - (parts[-1] == "index"))
    links = "".join(f'<link rel="stylesheet" href="{up}{BUILT_FOLDER}/{sheet}">' for sheet in sheets)
    return f'{markdown[:end]}<div hidden class="sr-styles">{links}</div>\n{markdown[end:]}'


def _visit_all(modules: list[Path], order: list[Path], path: list[Path]) -> None:
    for module in modules:
        if module in path:
            raise BundleError(f"{module}: imports itself through {' -> '.join(p.name for p in path)}")
        if module in order:
            continue
        if not module.is_file():
            raise BundleError(f"{module}: no such module (a page uses a widget that has no file)")
        source = module.read_text(encoding="utf-8")
        _visit_all([(module.parent / target).resolve() for _, target in _imports(source)],
                   order, [*path, module])
        order.append(module)


def _variable(module: Path, js: Path) -> str:
    """$store for lib/store.js, $w_log for widgets/log.js (short: it is repeated a lot)."""
    relative = module.resolve().relative_to(js.resolve()).with_suffix("").as_posix()
    return "$" + re.sub(r"\W", "_", relative.removeprefix("lib/").replace("widgets/", "w/"))


def _imported(order: list[Path], roots: dict[Path, set[str]]) -> dict[Path, frozenset[str]]:
    """Each module's exports that the others in this script import (and the roots' own)."""
    wanted = {module: set(roots.get(module, ())) for module in order}
    for module in order:
        for names, target in _imports(module.read_text(encoding="utf-8")):
            wanted[(module.parent / target).resolve()].update(
                name.partition(" as ")[0].strip() for name in _names(names))
    return {module: frozenset(names) for module, names in wanted.items()}


@functools.lru_cache(maxsize=256)  # as _scope: every set and every language reads the same modules
def _imports(text: str) -> list[tuple[str, str]]:
    """A module's imports as (names, relative path), in its order."""
    return IMPORT.findall(strip_comment_lines(text))


def _as_scope(module: Path, js: Path, wanted: frozenset[str] | None) -> str:
    """The module as a block that runs once and returns its exports (those wanted, or all)."""
    code, exported = _scope(module, js, module.read_text(encoding="utf-8"))
    missing = sorted(set(wanted or ()) - {name for name, _ in exported})
    if missing:
        raise BundleError(f"{module}: does not export {', '.join(missing)}, which another module imports")
    # Only what this script's other modules import: every name returned is sent to every
    # visitor of the page. The rest stays in the block, unexported (nothing is renamed or cut).
    returned = ", ".join(name if name == local else f"{name}: {local}" for name, local in exported
                         if wanted is None or name in wanted)
    return f"const {_variable(module, js)} = (() => {{\n{code}return {{ {returned} }};\n}})();\n"


# A helper is in several widget sets, and every language builds the same sets again: each
# module is turned into its block once per process (and again if its text changes, as in
# a preview), which was most of the 30 ms built_files took per language. What each set
# returns of it (above) is cheap.
@functools.lru_cache(maxsize=256)
def _scope(module: Path, js: Path, text: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    """The module's code without its import and export words, and its exports as (public
    name, local name)."""
    source = strip_comment_lines(text)
    lines = []
    for names, target in _imports(text):
        bindings = ", ".join(_binding(name) for name in _names(names))
        lines.append(f"const {{ {bindings} }} = {_variable((module.parent / target).resolve(), js)};\n")
    body = IMPORT.sub("", source)
    exported = [("default" if default else name, name)
                for default, _, name in EXPORT_DECLARATION.findall(body)]
    for names in EXPORT_LIST.findall(body):
        for name in _names(names):
            local, _, public = name.partition(" as ")
            exported.append(((public or local).strip(), local.strip()))
    body = EXPORT_LIST.sub("", EXPORT_DECLARATION.sub(lambda m: f"{m.group(2)} {m.group(3)}", body))
    left_over = LEFT_OVER.search(body)
    if left_over:
        line = left_over.group(0).strip()
        raise BundleError(f"{module}: cannot bundle this form of `{line}`; use named imports and exports")
    body = strip_comment_lines(body, indentation=False)  # after the check: a method may be called export()
    return "".join(lines) + body, tuple(exported)


def _names(text: str) -> list[str]:
    return [name.strip() for name in text.split(",") if name.strip()]


def _binding(name: str) -> str:
    """`a as b` in an import list becomes `a: b` in a destructuring."""
    original, _, local = name.partition(" as ")
    return f"{original.strip()}: {local.strip()}" if local else original.strip()
