"""The scoring rule, in Python: the one the browser applies (docs/assets/js/lib/scoring.js).

The build uses it to work out the example on the "How your result is worked out" page,
and the tests use it to compute expected results from the YAML. The browser's copy is
checked against this one by tests/js/scoring.test.mjs on the same answers.

The rule, as the adviser page explains it:

- A question counts once it is answered with a real answer. "I do not know" answers
  (`unknown: true`) and follow-ups that do not apply (`only_if`) count as not answered.
- A reason's score is the points of the chosen answers over the most points those same
  questions could give, as 0 to 100. Questions left unanswered count neither way.
- A score is a result only with enough evidence: at least EVIDENCE_ANSWERS answered
  questions (or all that apply, if fewer apply) and at least half of those that apply.
  Below that it is an early signal, shown without a band.
- The band is the last one whose minimum the exact score reaches; the score is shown
  rounded down, so the number and the band always agree.
- The quick check flags a reason when its question's answer carries more than half of
  that question's most points (2 or 3 of 3, 2 of 2): a clear signal, not a mild one.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .schema import Band, Question, Reason

EVIDENCE_ANSWERS = 3

Given = dict[str, int]


@dataclass(frozen=True)
class Result:
    reason_id: str
    exact: float | None
    """0-100, None while nothing is answered."""
    answered: int
    applicable: int
    points: int
    most: int
    early: bool

    @property
    def score(self) -> int | None:
        # 1e-9: 100 * 2 / 3 * 3 is 199.99999999999997 in floating point
        return None if self.exact is None else math.floor(self.exact + 1e-9)


def applies(reason: Reason, question: Question, given: Given) -> bool:
    """A follow-up applies only when its earlier question has one of the answers it names."""
    if question.only_if is None:
        return True
    target = next(q for q in reason.questions if q.id == question.only_if.question)
    chosen = given.get(target.id)
    return chosen is not None and target.options[chosen].label in question.only_if.options


def counted(reason: Reason, question: Question, given: Given) -> bool:
    chosen = given.get(question.id)
    return (chosen is not None and applies(reason, question, given)
            and not question.options[chosen].unknown)


def needed(applicable: int) -> int:
    """How many answers a result needs: EVIDENCE_ANSWERS, or all if fewer apply, and half."""
    return max(min(EVIDENCE_ANSWERS, applicable), math.ceil(applicable / 2))


def score_reason(reason: Reason, given: Given) -> Result:
    applicable = [q for q in reason.questions if applies(reason, q, given)]
    answered = [q for q in applicable if counted(reason, q, given)]
    points = sum(q.options[given[q.id]].weight for q in answered)
    most = sum(max(o.weight for o in q.options) for q in answered)
    exact = None if not answered else (100 * points / most if most else 0.0)
    early = bool(answered) and len(answered) < needed(len(applicable))
    return Result(reason.id, exact, len(answered), len(applicable), points, most, early)


def band_for(bands: list[Band], result: Result) -> Band | None:
    """None while unanswered or only an early signal."""
    if result.exact is None or result.early:
        return None
    return [band for band in bands if result.exact >= band.min_score][-1]


def flagged(reason: Reason, given: Given) -> bool:
    """The quick check's rule: the screening answer gives more than half its most points."""
    question = next(q for q in reason.questions if q.screening)
    chosen = given.get(question.id)
    if chosen is None or question.options[chosen].unknown:
        return False
    return 2 * question.options[chosen].weight > max(o.weight for o in question.options)
