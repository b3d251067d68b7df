"""The site's own JavaScript is served without its comment lines.

The sources are commented and indented for the people who maintain them; visitors on a
phone should not download that. Whole comment lines go, and with `indentation=False` also
blank lines and the spaces that start a line; never inside a template literal, where they
are text. Nothing else changes (no minifier, nothing renamed), so the code keeps its meaning.
"""

from __future__ import annotations

import re
from pathlib import Path

COMMENT_LINE = re.compile(r"^\s*//")


def strip_comment_lines(source: str, indentation: bool = True) -> str:
    kept: list[str] = []
    inside_template = False  # between backticks that span lines
    for line in source.splitlines(keepends=True):
        if not inside_template and COMMENT_LINE.match(line):
            continue
        if not inside_template and not indentation:
            if not line.strip():
                continue
            line = _without_trailing_comment(line.lstrip(" \t"))
        # Backticks not escaped with a backslash open or close a template literal.
        if len(re.findall(r"(?<!\\)`", line)) % 2:
            inside_template = not inside_template
        kept.append(line)
    return "".join(kept)


def slim_scripts(site: Path) -> None:
    """Rewrite site/assets/js/**/*.js (ours; Material's own are minified already)."""
    for script in sorted((site / "assets" / "js").rglob("*.js")):
        text = script.read_text(encoding="utf-8")
        slimmer = strip_comment_lines(text, indentation=False)
        if slimmer != text:
            script.write_text(slimmer, encoding="utf-8")


TRAILING_COMMENT = re.compile(r"(?<=[;,{}()\]]) +// [^`]*$")


def _without_trailing_comment(line: str) -> str:
    """`code; // why` loses its comment, unless the // might be inside a string (an odd
    number of quotes of any kind before it)."""
    match = TRAILING_COMMENT.search(line)
    if not match or any(line[:match.start()].count(quote) % 2 for quote in "\"'`"):
        return line
    return line[:match.start()] + "\n"
