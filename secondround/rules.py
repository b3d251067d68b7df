"""Rules no single field can check: they compare fields, or files, with each other.

Each rule gets documents that already passed the schema and returns errors
placed on the field that has to change.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence

from .errors import ContentError, Path_, error_at
from .schema import FORMATS, Reason, Site
from .yamlread import Document

Checked = tuple[Document, Reason]
_FILE_NAME = re.compile(r"^(\d+)-(.+)\.yml$")


def check_site(document: Document, site: Site) -> list[ContentError]:
    errors = []
    if site.bands[0].min_score != 0:
        errors.append(error_at(document, ("bands", 0, "min_score"), "the first band must start at 0"))
    for index in range(1, len(site.bands)):
        if site.bands[index].min_score <= site.bands[index - 1].min_score:
            errors.append(error_at(document, ("bands", index, "min_score"),
                                   "bands go from lowest to highest: this must be above "
                                   f"{site.bands[index - 1].min_score}"))
    errors += _duplicates(document, [("bands", i, "id") for i in range(len(site.bands))],
                          [band.id for band in site.bands])
    return errors


def check_reason(document: Document, reason: Reason) -> list[ContentError]:
    errors = list(_reason_checks(document, reason))
    errors += _duplicates(document, [("questions", i, "id") for i in range(len(reason.questions))],
                          [question.id for question in reason.questions])
    errors += _duplicates(document, [("checklist", i, "id") for i in range(len(reason.checklist))],
                          [item.id for item in reason.checklist])
    return errors


def _reason_checks(document: Document, reason: Reason) -> Iterator[ContentError]:
    if reason.in_your_control and reason.no_blame is not None:
        yield error_at(document, ("no_blame",), "only for reasons outside your control; remove it",
                       key=True)
    if not reason.in_your_control and reason.no_blame is None:
        yield error_at(document, ("in_your_control",),
                       "reasons outside your control need a no_blame paragraph saying why it is "
                       "not the visitor's fault")
    screening = [i for i, question in enumerate(reason.questions) if question.screening]
    if len(screening) != 1:
        yield error_at(document, ("questions",),
                       f"exactly one question needs 'screening: true' (found {len(screening)}); "
                       "it is the reason's question in the quick check")
    for index in range(len(reason.questions)):
        yield from _question_checks(document, reason, index)
    for index, item in enumerate(reason.checklist):
        yield from _formats_checks(document, item.formats or [], ("checklist", index, "formats"))
    name = _FILE_NAME.match(document.file.rsplit("/", 1)[-1])
    if name and name.group(2) != reason.id:
        yield error_at(document, ("id",), f"the file name says '{name.group(2)}' but the id is "
                       f"'{reason.id}'; change one so that the file is named NN-id.yml")
    if name and int(name.group(1)) != reason.number:
        yield error_at(document, ("number",), f"the file name starts with {name.group(1)} but the "
                       f"number is {reason.number}; change one so that they match")


def _question_checks(document: Document, reason: Reason, index: int) -> Iterator[ContentError]:
    question = reason.questions[index]
    here: Path_ = ("questions", index)
    known = [option for option in question.options if not option.unknown]
    if max(option.weight for option in question.options) == 0:
        yield error_at(document, (*here, "options"),
                       "at least one option needs a weight above 0, or the question scores nothing")
    if not any(option.weight == 0 for option in known):
        yield error_at(document, (*here, "options"),
                       "at least one answer needs weight 0 (a plain \"no, that was not it\"), or "
                       "nobody can answer this question without the reason counting against them")
    for number, option in enumerate(question.options):
        if option.unknown and option.weight != 0:
            yield error_at(document, (*here, "options", number, "weight"),
                           "an answer marked unknown counts as not answered, so its weight must be 0")
    if not reason.in_your_control and question.about != "situation":
        yield error_at(document, (*here, "about") if "about" in question.model_fields_set else here,
                       "this reason is outside the candidate's control, so its questions may only "
                       "ask about the situation (the employer, the interviewer, the market), never "
                       "score the candidate's own behaviour; write 'about: situation' if it does, "
                       "or move the question to a reason in the candidate's control")
    if question.only_if is not None:
        yield from _only_if_checks(document, reason, index)


def _formats_checks(document: Document, formats: Sequence[str], here: Path_) -> Iterator[ContentError]:
    for number, name in enumerate(formats):
        if name in formats[:number]:
            yield error_at(document, (*here, number), f"'{name}' is listed twice")
    if set(formats) == set(FORMATS):
        yield error_at(document, here, "lists every format; leave formats out for an item that "
                       "fits every interview", key=True)


def _only_if_checks(document: Document, reason: Reason, index: int) -> Iterator[ContentError]:
    question = reason.questions[index]
    assert question.only_if is not None
    here: Path_ = ("questions", index, "only_if")
    earlier = {q.id: q for q in reason.questions[:index]}
    if question.screening:
        yield error_at(document, (*here,), "the quick-check question is always asked; remove only_if",
                       key=True)
        return
    target = earlier.get(question.only_if.question)
    if target is None:
        later = any(q.id == question.only_if.question for q in reason.questions[index:])
        yield error_at(document, (*here, "question"),
                       f"'{question.only_if.question}' " + ("comes later in this file; only_if must "
                       "name a question asked before this one" if later else "is not a question in "
                       "this reason; use the id of an earlier question: " + ", ".join(earlier)))
        return
    if target.only_if is not None:
        yield error_at(document, (*here, "question"),
                       f"'{target.id}' is itself a follow-up; name a question that is always asked")
    labels = [option.label for option in target.options]
    for number, label in enumerate(question.only_if.options):
        if label not in labels:
            yield error_at(document, (*here, "options", number),
                           f"'{label}' is not an answer of '{target.id}'; its answers are: "
                           + "; ".join(labels))


def check_reason_set(reasons: list[Checked]) -> list[ContentError]:
    """Ids unique across files; numbers run 1..N without gaps or repeats."""
    errors: list[ContentError] = []
    seen: dict[str, Document] = {}
    for document, reason in reasons:
        if reason.id in seen:
            errors.append(error_at(document, ("id",),
                                   f"'{reason.id}' is already the id of {seen[reason.id].file}"))
        seen.setdefault(reason.id, document)
    counts = Counter(reason.number for _, reason in reasons)
    missing = sorted(set(range(1, len(reasons) + 1)) - set(counts))
    for document, reason in reasons:
        if counts[reason.number] > 1:
            errors.append(error_at(document, ("number",),
                                   f"{reason.number} is used by {counts[reason.number]} reasons; "
                                   "each needs its own number"))
        elif reason.number > len(reasons):
            gaps = ", ".join(map(str, missing))
            errors.append(error_at(document, ("number",),
                                   f"numbers must run from 1 to {len(reasons)} without gaps; "
                                   f"missing: {gaps}"))
    return errors


def _duplicates(document: Document, paths: list[Path_], values: list[str]) -> list[ContentError]:
    first: dict[str, Path_] = {}
    errors = []
    for path, value in zip(paths, values, strict=True):
        if value in first:
            line = document.place(first[value])[0]
            errors.append(error_at(document, path, f"'{value}' is already used by "
                                   f"{document.field_at(first[value])} (line {line}); ids must be unique"))
        first.setdefault(value, path)
    return errors
