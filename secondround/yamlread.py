"""Read one content file into plain Python data, remembering where each value came from.

PyYAML's safe loader is the base, with the holes a hand-edited content file
falls into closed: duplicate keys (PyYAML keeps the last one silently),
aliases (the "billion laughs" bomb), tags that ask for Python objects, tabs,
bad encodings and huge files. Every refusal is a ContentError with a place.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from .errors import ContentError, Path_, field_path

MAX_BYTES = 256 * 1024
MAX_DEPTH = 32

# Only the plain data types of YAML are content; anything else (python/object,
# binary, set, custom "!tags") is refused before it is constructed.
_ALLOWED_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:map",
    "tag:yaml.org,2002:seq",
    "tag:yaml.org,2002:timestamp",
}


@dataclass
class Document:
    """A file's data plus the line and column of every value and key in it."""

    file: str
    data: Any
    value_marks: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    key_marks: dict[Path_, tuple[int, int]] = field(default_factory=dict)

    def place(self, path: Path_, *, key: bool = False) -> tuple[int, int]:
        """Line and column for a field path, falling back to the nearest parent that exists."""
        marks, found = self._nearest(path, key)
        return marks.get(found, (1, 1))

    def file_at(self, path: Path_, *, key: bool = False) -> str:
        """The file a field was written in (always this one; overlays mix two)."""
        return self.file

    def field_at(self, path: Path_, *, key: bool = False) -> str:
        """The field's name as that file has it, e.g. questions[2].text (an overlay's items
        are numbered as in its own file, not where they land among ours)."""
        return field_path(path)

    def _nearest(self, path: Path_, key: bool) -> tuple[dict[Path_, tuple[int, int]], Path_]:
        marks = self.key_marks if key else self.value_marks
        while path:
            if path in marks:
                return marks, path
            if path in self.value_marks:
                return self.value_marks, path
            path = path[:-1]
        return self.value_marks, ()


class _Refused(Exception):
    def __init__(self, mark: yaml.Mark, message: str) -> None:
        super().__init__(message)
        self.line = mark.line + 1
        self.column = mark.column + 1
        self.message = message


_NO_REFERENCES = ("YAML references (& and *) are not allowed; write the value out in full, "
                  "and put text that starts with & or * in quotes")


class _Loader(yaml.SafeLoader):
    """Safe loader that refuses anchors, aliases and deep nesting while composing, before any cost."""

    _depth = 0

    def compose_node(self, parent: Node | None, index: int) -> Node | None:
        # An alias can multiply a small file into billions of values; a lone anchor
        # (text: &Stay calm) silently swallows its first word. Both are refused.
        event = self.peek_event()  # type: ignore[no-untyped-call]
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise _Refused(event.start_mark, _NO_REFERENCES)
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                raise _Refused(event.start_mark,
                               f"nested more than {MAX_DEPTH} levels deep; content files never "
                               "need that many levels")
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


def read_document(path: Path, display: str) -> tuple[Document | None, list[ContentError]]:
    """Parse one file. Returns the document, or None and the reasons it was refused."""

    def refuse(line: int, column: int, message: str) -> tuple[None, list[ContentError]]:
        return None, [ContentError(display, line, column, "", message)]

    raw = path.read_bytes()
    if len(raw) > MAX_BYTES:
        return refuse(1, 1, f"the file is {-(-len(raw) // 1024)} KiB; content files may be at most "
                            f"{MAX_BYTES // 1024} KiB")
    # Accept the byte-order mark that Windows editors add; positions count from after it.
    body = raw.removeprefix(codecs.BOM_UTF8)
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as error:
        line_start = body.rfind(b"\n", 0, error.start) + 1
        line = body.count(b"\n", 0, error.start) + 1
        # Count characters, not bytes: everything before the bad byte decoded fine.
        column = len(body[line_start:error.start].decode("utf-8")) + 1
        return refuse(line, column, "this is not UTF-8 text; save the file as UTF-8")
    # split("\n"), not splitlines(): YAML counts lines at \n only, as editors do.
    for number, line_text in enumerate(text.split("\n"), start=1):
        if "\t" in line_text:
            return refuse(number, line_text.index("\t") + 1,
                          "tab character; YAML needs spaces, so replace the tab with spaces")
    if not text.strip():
        return refuse(1, 1, "the file is empty")
    if all(not line.strip() or line.lstrip().startswith("#") for line in text.splitlines()):
        return refuse(1, 1, "the file holds only comments; it needs fields (name: value)")

    try:
        loader = _Loader(text)
    except yaml.reader.ReaderError as error:  # control characters, checked before any parsing
        line = text.count("\n", 0, error.position) + 1
        column = error.position - (text.rfind("\n", 0, error.position) + 1) + 1
        return refuse(line, column, f"an invisible control character (code {error.character:#04x}) "
                                    "that text must not contain; delete it (it often comes "
                                    "with text pasted from another program)")
    try:
        fast = _compose_fast(text)
        if fast is not None:  # the C parser read it cleanly; use its nodes
            loader.dispose()
            loader, node = fast
        else:  # the pure-Python loader finds the same file's problems, with our wording
            node = loader.get_single_node()
        if node is None:
            return refuse(1, 1, "the file is empty")
        document = Document(display, None)
        document.data = _build(loader, node, (), document)
        return document, []
    except _Refused as refusal:
        return refuse(refusal.line, refusal.column, refusal.message)
    except yaml.MarkedYAMLError as error:
        mark, message = _plain_yaml_error(error)
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        if {"\u201c", "\u201d"} & set(text.split("\n")[line - 1]):
            # Word processors type these; "put it in quotes" would only send the editor back.
            message = ('curly quotes (\u201c \u201d) are not quotes to YAML; type straight ones (") '
                       "around the value, or turn off smart quotes in your editor")
        return refuse(line, column, message)
    finally:
        loader.dispose()


_STR = "tag:yaml.org,2002:str"
_CLoader: Any = getattr(yaml, "CSafeLoader", None)
_NESTING_START = (yaml.MappingStartEvent, yaml.SequenceStartEvent)
_NESTING_END = (yaml.MappingEndEvent, yaml.SequenceEndEvent)


def _compose_fast(text: str) -> tuple[Any, Node | None] | None:
    """Compose with libyaml (about 20 times faster), or None to take the careful path.

    A first pass over libyaml's events (flat, so no recursion and no alias
    expansion) looks for what the careful loader refuses; anything unusual or
    any parse error returns None, and _Loader then reports it with its place.
    """
    if _CLoader is None:
        return None
    try:
        depth = 0
        for event in () if _plainly_safe(text) else yaml.parse(text, Loader=_CLoader):
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                return None
            if isinstance(event, _NESTING_START):
                depth += 1
                if depth >= MAX_DEPTH:
                    return None
            elif isinstance(event, _NESTING_END):
                depth -= 1
        loader = _CLoader(text)
        return loader, loader.get_single_node()
    except yaml.YAMLError:
        return None


_LEADING = re.compile(r"^[ ?:-]*", re.M)


def _plainly_safe(text: str) -> bool:
    """True if the text cannot hold what the first pass looks for, so it can be skipped
    (that pass was 40% of reading a file): no reference without an & or a *, and no
    nesting as deep as MAX_DEPTH. Each level of [ ] or { } needs its bracket; a block
    collection inside another starts further right, or at the same column for a list that
    is a field's value, and it starts a line or follows the line's leading "- " or "? ",
    so block levels are at most twice the longest run of spaces and those marks."""
    if "&" in text or "*" in text:
        return False
    leading = max(map(len, _LEADING.findall(text)))
    return 2 * (leading + 1) + text.count("[") + text.count("{") < MAX_DEPTH


def _plain_yaml_error(error: yaml.MarkedYAMLError) -> tuple[yaml.Mark | None, str]:
    """PyYAML's messages reworded for someone who is not a programmer, and where to point.

    Mostly the place where PyYAML noticed the problem; for an unclosed quote or
    bracket, or a key without its colon, the place where that thing started.
    """
    problem = (error.problem or "").strip()
    context = (error.context or "").strip()
    noticed = error.problem_mark or error.context_mark
    started = error.context_mark or error.problem_mark
    if "expected a single document" in context or "expected '<document start>'" in problem:
        return noticed, "only one YAML document per file; remove the extra '---' line"
    if "unknown escape character" in problem and noticed:  # point at the backslash, one before
        noticed = yaml.Mark(noticed.name, noticed.index - 1, noticed.line, noticed.column - 1,
                            noticed.buffer, noticed.pointer - 1)
        return noticed, ("a backslash inside double quotes starts a special code; write \\\\ "
                         "for a backslash, or use single quotes around the text")
    if "while scanning a quoted scalar" in context:
        return started, "the quote that starts here is never closed; add the closing quote"
    if "mapping values are not allowed" in problem:
        return noticed, ("a colon followed by a space inside a value; put the value in quotes, "
                         "or, if this line starts a new field, line it up with the fields above")
    if "could not find expected ':'" in problem:
        return started, "this line is missing its ':' (each field is written 'name: value')"
    if "cannot start any token" in problem or "while scanning an alias" in context \
            or "while scanning an anchor" in context:
        return started, "a value starts with a character YAML reserves (such as * & @ % `); put it in quotes"
    if "found undefined alias" in problem:
        return noticed, _NO_REFERENCES
    if "while parsing a flow" in context:
        return started, ("the bracket that opens here is not closed properly; write the items "
                         "on their own lines instead (each starting with '- ')")
    if "found '<scalar>'" in problem:
        return noticed, ("text goes on after a closing quote; quote the whole value, and if it "
                         "contains an apostrophe, put it in double quotes")
    if "did not find expected" in problem or "expected <block end>" in problem:
        return noticed, ("this line is not lined up with the lines above it; indent it like the "
                         "other fields or list items at its level")
    return noticed, f"YAML syntax error: {problem or context}"


def _build(loader: _Loader, node: Node, path: Path_, document: Document) -> Any:
    """Turn a node into dicts, lists and scalars, recording marks and checking keys."""
    document.value_marks[path] = (node.start_mark.line + 1, node.start_mark.column + 1)
    if node.tag not in _ALLOWED_TAGS:
        raise _Refused(
            node.start_mark,
            f"the tag {node.tag.replace('tag:yaml.org,2002:', '!!')} is not allowed; "
            "content files hold plain text, numbers, lists and fields only",
        )
    if isinstance(node, MappingNode):
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode) or key_node.tag != "tag:yaml.org,2002:str":
                raise _Refused(key_node.start_mark, "field names must be plain words")
            key = key_node.value
            if key in result:
                first = document.key_marks[(*path, key)][0]
                raise _Refused(key_node.start_mark,
                               f"the field '{key}' appears twice here (first on line {first}); "
                               "keep one")
            document.key_marks[(*path, key)] = (key_node.start_mark.line + 1,
                                                key_node.start_mark.column + 1)
            result[key] = _build(loader, value_node, (*path, key), document)
        return result
    if isinstance(node, SequenceNode):
        return [_build(loader, item, (*path, index), document)
                for index, item in enumerate(node.value)]
    if node.tag == _STR:  # what PyYAML's str constructor gives, without its dispatch
        return node.value
    try:
        value = loader.construct_object(node)
        # A hex or binary literal can have thousands of digits, which Python then
        # refuses to print; no content number needs more than a few.
        if isinstance(value, int) and value.bit_length() > 64:
            raise _Refused(node.start_mark, "this number is far too large")
        return value
    except (ValueError, OverflowError) as error:  # e.g. a date like 2021-13-45
        raise _Refused(node.start_mark, f"this looks like a date or number but cannot be read as one "
                                        f"({error}); put it in quotes if it is text") from None
