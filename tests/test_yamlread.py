"""yamlread.read_document against hostile or broken files: exact message and place for each."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
import yaml

from secondround import yamlread
from secondround.yamlread import MAX_BYTES, MAX_DEPTH, read_document

BOM = b"\xef\xbb\xbf"
REFERENCES = ("YAML references (& and *) are not allowed; write the value out in full, "
              "and put text that starts with & or * in quotes")
TAB = "tab character; YAML needs spaces, so replace the tab with spaces"
NOT_UTF8 = "this is not UTF-8 text; save the file as UTF-8"


def read(tmp_path: Path, content: str | bytes) -> tuple[yamlread.Document | None, list[str]]:
    path = tmp_path / "01-test.yml"
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    document, errors = read_document(path, "quiz/reasons/01-test.yml")
    return document, [f"{error.line}:{error.column}: {error.message}" for error in errors]


def refused(tmp_path: Path, content: str | bytes) -> str:
    """The one error for a refused file, as 'line:col: message'."""
    document, errors = read(tmp_path, content)
    assert document is None
    assert len(errors) == 1
    return errors[0]


# --- plain data, and where it came from --------------------------------------------------


def test_reads_plain_data_with_marks(tmp_path: Path) -> None:
    document, errors = read(tmp_path, "# comment\nid: alpha\nsigns:\n  - one\n  - two\nn: 3\n")
    assert errors == []
    assert document is not None
    assert document.data == {"id": "alpha", "signs": ["one", "two"], "n": 3}
    assert document.key_marks[("signs",)] == (3, 1)
    assert document.value_marks[("signs", 1)] == (5, 5)
    assert document.place(("signs", 1, "missing", "deeper")) == (5, 5)
    assert document.place(("n",), key=True) == (6, 1)


def test_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    document, errors = read(tmp_path, BOM + b"id: alpha\ntitle: Caf\xc3\xa9\n")
    assert errors == []
    assert document is not None
    assert document.data == {"id": "alpha", "title": "Café"}
    assert document.key_marks[("id",)] == (1, 1)


def test_explicit_document_start_is_one_document(tmp_path: Path) -> None:
    document, errors = read(tmp_path, "---\nid: alpha\n")
    assert errors == []
    assert document is not None
    assert document.data == {"id": "alpha"}


# --- duplicate keys ----------------------------------------------------------------------


def test_duplicate_key_at_top_level(tmp_path: Path) -> None:
    assert refused(tmp_path, "id: alpha\ntitle: One\nid: beta\n") == (
        "3:1: the field 'id' appears twice here (first on line 1); keep one")


def test_duplicate_key_nested_in_a_list_item(tmp_path: Path) -> None:
    text = ("questions:\n"
            "  - id: one\n"
            "    options:\n"
            "      - label: A\n"
            "        weight: 1\n"
            "        label: B\n")
    assert refused(tmp_path, text) == (
        "6:9: the field 'label' appears twice here (first on line 4); keep one")


def test_duplicate_key_spelt_with_quotes(tmp_path: Path) -> None:
    assert refused(tmp_path, '"title": One\ntitle: Two\n') == (
        "2:1: the field 'title' appears twice here (first on line 1); keep one")


def test_same_key_in_different_mappings_is_fine(tmp_path: Path) -> None:
    document, errors = read(tmp_path, "a:\n  id: one\nb:\n  id: two\nlist:\n  - id: x\n  - id: y\n")
    assert errors == []
    assert document is not None


# --- anchors, aliases, tags ---------------------------------------------------------------


def test_billion_laughs_is_refused_quickly_without_building(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for level in range(1, 10):
        name, previous = chr(ord("a") + level), chr(ord("a") + level - 1)
        lines.append(f"{name}: &{name} [{', '.join([f'*{previous}'] * 9)}]")
    built: list[object] = []
    monkeypatch.setattr(yaml.SafeLoader, "construct_object",
                        lambda self, node, deep=False: built.append(node))
    started = time.perf_counter()
    error = refused(tmp_path, "\n".join(lines) + "\n")
    assert time.perf_counter() - started < 1
    assert error == f"1:4: {REFERENCES}"
    assert built == []


def test_alias_is_refused(tmp_path: Path) -> None:
    assert refused(tmp_path, "first: &x hello\nsecond: *x\n") == f"1:8: {REFERENCES}"


def test_lone_anchor_is_refused(tmp_path: Path) -> None:
    """Without the check, 'text: &Stay calm' would silently become 'calm'."""
    assert refused(tmp_path, "text: &Stay calm\n") == f"1:7: {REFERENCES}"


def test_text_starting_with_a_star_is_explained(tmp_path: Path) -> None:
    assert refused(tmp_path, "text: *Always* arrive early\n") == (
        "1:7: a value starts with a character YAML reserves (such as * & @ % `); put it in quotes")


def test_python_object_tag_is_refused_before_it_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    monkeypatch.setattr(os, "system", calls.append)
    error = refused(tmp_path, 'id: alpha\ntitle: !!python/object/apply:os.system ["echo hacked"]\n')
    assert error == ("2:8: the tag !!python/object/apply:os.system is not allowed; content files "
                     "hold plain text, numbers, lists and fields only")
    assert calls == []


def test_custom_tag_is_refused(tmp_path: Path) -> None:
    assert refused(tmp_path, "summary: !include other.yml\n") == (
        "1:10: the tag !include is not allowed; content files hold plain text, numbers, lists "
        "and fields only")


def test_field_names_must_be_words(tmp_path: Path) -> None:
    assert refused(tmp_path, "id: alpha\n3: three\n") == "2:1: field names must be plain words"


# --- characters and encodings --------------------------------------------------------------


def test_tab_indentation(tmp_path: Path) -> None:
    assert refused(tmp_path, "signs:\n\t- one\n") == f"2:1: {TAB}"


def test_tab_inside_a_line(tmp_path: Path) -> None:
    assert refused(tmp_path, "id: alpha\ntitle: One\tTwo\n") == f"2:11: {TAB}"


def test_non_utf8_byte(tmp_path: Path) -> None:
    assert refused(tmp_path, b"id: alpha\ntitle: Caf\xe9 au lait\n") == f"2:11: {NOT_UTF8}"


def test_non_utf8_column_counts_characters(tmp_path: Path) -> None:
    """'é' is two bytes but one column, as in the editor."""
    assert refused(tmp_path, "title: Café ".encode() + b"\xff\n") == f"1:13: {NOT_UTF8}"


def test_non_utf8_after_byte_order_mark(tmp_path: Path) -> None:
    assert refused(tmp_path, BOM + b"title: Caf\xe9\n") == f"1:11: {NOT_UTF8}"


def test_control_character(tmp_path: Path) -> None:
    assert refused(tmp_path, "id: alpha\ntitle: One\x0cTwo\n") == (
        "2:11: an invisible control character (code 0x0c) that text must not contain; delete it "
        "(it often comes with text pasted from another program)")


# --- empty, too large, too deep, more than one document -----------------------------------


@pytest.mark.parametrize("content", [b"", b"\n\n", b"   \n", BOM])
def test_empty_file(tmp_path: Path, content: bytes) -> None:
    assert refused(tmp_path, content) == "1:1: the file is empty"


def test_comment_only_file(tmp_path: Path) -> None:
    text = "# yaml-language-server: $schema=../schema/reason.schema.json\n\n  # to do\n"
    assert refused(tmp_path, text) == (
        "1:1: the file holds only comments; it needs fields (name: value)")


def test_file_over_the_size_limit(tmp_path: Path) -> None:
    assert refused(tmp_path, b"#" * (MAX_BYTES + 1)) == (
        "1:1: the file is 257 KiB; content files may be at most 256 KiB")


def test_file_at_the_size_limit_is_read(tmp_path: Path) -> None:
    content = b"id: alpha\n"
    document, errors = read(tmp_path, content + b"#" * (MAX_BYTES - len(content)))
    assert errors == []
    assert document is not None


def test_two_documents(tmp_path: Path) -> None:
    assert refused(tmp_path, "id: alpha\n---\nid: beta\n") == (
        "2:1: only one YAML document per file; remove the extra '---' line")


def test_deep_nesting(tmp_path: Path) -> None:
    # The root mapping is level 1, so the bracket at column 4 + MAX_DEPTH is one too many.
    error = refused(tmp_path, "id: " + "[" * 100 + "]" * 100 + "\n")
    assert error == (f"1:{4 + MAX_DEPTH}: nested more than {MAX_DEPTH} levels deep; content files "
                     "never need that many levels")


def test_nesting_within_the_limit(tmp_path: Path) -> None:
    depth = MAX_DEPTH - 1
    document, errors = read(tmp_path, "id: " + "[" * depth + "]" * depth + "\n")
    assert errors == []
    assert document is not None


@pytest.mark.parametrize("text", [
    "".join(f"{'  ' * level}k{level}:\n" for level in range(MAX_DEPTH + 3))
    + "  " * (MAX_DEPTH + 3) + "end: 1\n",
    "id:\n" + "- " * (MAX_DEPTH + 3) + "end\n",  # lists in lists on one line
], ids=["indented", "compact"])
def test_deep_block_nesting(tmp_path: Path, text: str) -> None:
    """Nesting made of indentation or "- - -" is measured as bracket nesting is (the first
    pass that measures it is skipped only for texts that cannot be that deep)."""
    assert "nested more than" in refused(tmp_path, text)


def test_deep_nesting_is_refused_without_recursion_error(tmp_path: Path) -> None:
    error = refused(tmp_path, "id: " + "[" * 5000 + "]" * 5000 + "\n")
    assert error.startswith(f"1:{4 + MAX_DEPTH}: nested more than")


# --- YAML syntax errors, in plain words and at the right place ----------------------------


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param('id: alpha\ntitle: "Unclosed\nsummary: x\n',
                 "2:8: the quote that starts here is never closed; add the closing quote",
                 id="unclosed-quote"),
    pytest.param("id: alpha\ntitle Missing colon\nsummary: x\n",
                 "2:1: this line is missing its ':' (each field is written 'name: value')",
                 id="missing-colon"),
    pytest.param("summary: Note: this breaks\n",
                 "1:14: a colon followed by a space inside a value; put the value in quotes, or, if "
                 "this line starts a new field, line it up with the fields above",
                 id="colon-in-value"),
    pytest.param("questions:\n  - id: a\n    text: b\n   explanation: c\n",
                 "4:4: this line is not lined up with the lines above it; indent it like the other "
                 "fields or list items at its level",
                 id="bad-indentation"),
    pytest.param("title: 'It's here'\n",
                 "1:12: text goes on after a closing quote; quote the whole value, and if it contains "
                 "an apostrophe, put it in double quotes",
                 id="apostrophe-in-single-quotes"),
    pytest.param('title: "C:\\quiz"\n',
                 "1:11: a backslash inside double quotes starts a special code; write \\\\ for a "
                 "backslash, or use single quotes around the text",
                 id="backslash-in-double-quotes"),
    pytest.param("signs: [one, two\ntitle: x\n",
                 "1:8: the bracket that opens here is not closed properly; write the items on their "
                 "own lines instead (each starting with '- ')",
                 id="unclosed-bracket"),
    pytest.param("short_title: 2021-13-45\n",
                 "1:14: this looks like a date or number but cannot be read as one (month must be in "
                 "1..12); put it in quotes if it is text",
                 id="impossible-date"),
])
def test_syntax_errors(tmp_path: Path, text: str, expected: str) -> None:
    assert refused(tmp_path, text) == expected


def test_curly_quotes_from_a_word_processor_are_named(tmp_path: Path) -> None:
    """"Put the value in quotes" told an adviser to do what they had done, with the curly
    quotes their editor typed, which YAML does not read as quotes."""
    message = refused(tmp_path, "adviser:\n  message: \u201cNote: book a free chat\u201d\n")
    assert message.startswith("2:")
    assert "curly quotes" in message and 'straight ones (")' in message, message
