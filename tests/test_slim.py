"""Served scripts lose their comment lines and nothing else."""

from __future__ import annotations

from secondround.slim import strip_comment_lines


def test_whole_comment_lines_go_and_code_stays() -> None:
    code = 'import { a } from "./a.js";\n'
    trailing = 'const url = "https://example.org"; // a trailing comment stays\n'
    source = "// Why this module exists.\n" + code + "  // An indented comment.\n" + trailing
    assert strip_comment_lines(source) == code + trailing


def test_lines_inside_a_template_literal_are_text_not_comments() -> None:
    source = "const html = `<p>\n// shown to the visitor\n</p>`;\n// gone\nconst b = 1;\n"
    assert strip_comment_lines(source) == "const html = `<p>\n// shown to the visitor\n</p>`;\nconst b = 1;\n"


def test_an_escaped_backtick_does_not_open_a_template() -> None:
    source = "const t = `a \\` b`;\n// gone\n"
    assert strip_comment_lines(source) == "const t = `a \\` b`;\n"


def test_without_indentation_blank_lines_and_leading_spaces_go_but_not_inside_templates() -> None:
    source = "function f() {\n\n  const t = `<p>\n    kept as typed\n\n</p>`;\n    return t;\n}\n"
    assert strip_comment_lines(source, indentation=False) == (
        "function f() {\nconst t = `<p>\n    kept as typed\n\n</p>`;\nreturn t;\n}\n")


def test_served_code_loses_trailing_comments_but_not_slashes_in_strings() -> None:
    source = ('const a = 1; // why\n'
              'const url = "see // this"; // gone\n'
              "const b = 'it is a // path';\n"
              "const n = f(x), // list\n")
    assert strip_comment_lines(source, indentation=False) == (
        'const a = 1;\nconst url = "see // this";\n'
        "const b = 'it is a // path';\nconst n = f(x),\n")
