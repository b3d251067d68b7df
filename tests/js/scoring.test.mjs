// Scores and bands from the YAML weights (docs/assets/js/lib/scoring.js): what the results page
// shows for each reason and the order the reasons are listed in.
import { test } from "node:test";
import assert from "node:assert/strict";
import { bandFor, flags, needed, rankReasons, scoreAll, scoreReason, whereToStart } from "../../docs/assets/js/lib/scoring.js";
import { SMALL, builtModel } from "./model.mjs";

const [A, B] = SMALL.reasons;
const bandId = (score) => bandFor(SMALL, score)?.id ?? null;

test("a score falls in the last band whose minimum it reaches, edges included", () => {
  assert.deepEqual(
    [0, 33, 34, 66, 67, 100].map(bandId),
    ["unlikely", "unlikely", "possible", "possible", "likely", "likely"],
  );
});

test("no band while nothing is answered, nor below the lowest minimum", () => {
  assert.equal(bandFor(SMALL, null), null);
  assert.equal(bandFor({ bands: [{ id: "x", min: 10 }] }, 5), null);
});

test("nothing answered gives no score and no band, and says how many questions there are", () => {
  const none = { id: "a", score: null, exact: null, band: null, early: false, answered: 0, total: 2, unsure: 0 };
  assert.deepEqual(scoreReason(SMALL, A, {}), none);
  assert.deepEqual(scoreReason(SMALL, A), none);
});

test("a score is the chosen weights over the highest weights of the questions answered", () => {
  // q1 alone: 3 of 3. An unanswered question counts neither for nor against.
  assert.equal(scoreReason(SMALL, A, { q1: 2 }).score, 100);
  assert.equal(scoreReason(SMALL, A, { q1: 1 }).score, 33);
  // q1 and q2: (3 + 0) of (3 + 2) = 60, "possible".
  const both = scoreReason(SMALL, A, { q1: 2, q2: 0 });
  assert.equal(both.score, 60);
  assert.equal(both.band.id, "possible");
  assert.equal(both.answered, 2);
});

test("the band comes from the exact score and the shown score agrees: 2 of 3 is 66, 'possible'", () => {
  const r = scoreReason(SMALL, B, { q1: 2 });
  assert.ok(Math.abs(r.exact - 200 / 3) < 1e-9);
  assert.equal(r.score, 66);
  assert.equal(r.band.id, "possible");
});

test("answers that are not an option of the question are not counted", () => {
  for (const bad of [3, -1, 1.5, "1", null, NaN]) {
    const r = scoreReason(SMALL, A, { q1: bad });
    assert.equal(r.answered, 0, `q1 = ${bad}`);
    assert.equal(r.score, null, `q1 = ${bad}`);
  }
});

test("a question whose weights are all zero scores 0, never NaN", () => {
  const reason = { id: "z", questions: [{ id: "q", weights: [0, 0] }] };
  assert.equal(scoreReason(SMALL, reason, { q: 1 }).score, 0);
});

test("scoreAll gives every reason in the model's order, answered or not", () => {
  const all = scoreAll(SMALL, { b: { q1: 3 }, unknown: { q1: 1 } });
  assert.deepEqual(all.map((r) => [r.id, r.score]), [["a", null], ["b", 100]]);
  assert.deepEqual(scoreAll(SMALL).map((r) => r.score), [null, null]);
});

test("reasons are ranked in groups: worth acting on, early signals, lower bands, unanswered", () => {
  const [unlikely, possible, likely] = SMALL.bands;
  const results = [
    { id: "r1", score: null, exact: null, band: null },
    { id: "r2", score: 40, exact: 40, band: possible },
    { id: "r3", score: 90, exact: 90, band: likely },
    { id: "r4", score: 40, exact: 40, band: possible },
    { id: "r5", score: 0, exact: 0, band: unlikely },
    { id: "r6", score: 100, exact: 100, band: null, early: true },
    // Shown as 40 like r2 and r4, but above them.
    { id: "r7", score: 40, exact: 40.6, band: possible },
    { id: "r8", score: 20, exact: 20, band: unlikely },
  ];
  assert.deepEqual(rankReasons(SMALL, results).map((r) => r.id), ["r3", "r7", "r2", "r4", "r6", "r8", "r5", "r1"]);
  assert.deepEqual(results.map((r) => r.id), ["r1", "r2", "r3", "r4", "r5", "r6", "r7", "r8"],
    "the input is not reordered");
});

test("with the built site's model: lowest options give 0, highest give 100, and ranking follows", () => {
  const model = builtModel();
  assert.ok(model.reasons.length > 0);
  const pick = (choose) =>
    Object.fromEntries(model.reasons.map((r) =>
      [r.id, Object.fromEntries(r.questions.map((q) => [q.id, choose(q.weights)]))]));
  const low = scoreAll(model, pick((w) => w.indexOf(Math.min(...w))));
  const high = scoreAll(model, pick((w) => w.indexOf(Math.max(...w))));
  const lowest = model.bands[0].id;
  const highest = model.bands.at(-1).id;
  for (const r of low) assert.deepEqual([r.id, r.score, r.band.id], [r.id, 0, lowest]);
  for (const r of high) {
    assert.deepEqual([r.id, r.score, r.band.id], [r.id, 100, highest]);
    assert.equal(r.answered, r.total);
  }
  // The last reason fully at its highest, the rest at their lowest: it is ranked first.
  const last = model.reasons.at(-1).id;
  const mixed = scoreAll(model, { ...pick((w) => w.indexOf(Math.min(...w))), [last]: pick((w) => w.indexOf(Math.max(...w)))[last] });
  assert.equal(rankReasons(model, mixed)[0].id, last);
});

// A reason like the real ones: a screening question, an "I do not know" answer, and two
// follow-ups asked only after answers 1 or 2 of the screening question.
const MODEL = {
  evidence: 3,
  bands: SMALL.bands,
  reasons: [{
    id: "r",
    questions: [
      { id: "s", screening: true, weights: [0, 1, 3] },
      { id: "k", weights: [0, 2, 0], unknown: [2] },
      { id: "f1", weights: [0, 2], onlyIf: { q: "s", o: [0, 1] } },
      { id: "f2", weights: [0, 1], onlyIf: { q: "s", o: [0, 1] } },
      { id: "x", weights: [0, 3] },
    ],
  }],
};
const [R] = MODEL.reasons;

test("one answer is an early signal, never a band at full certainty", () => {
  const r = scoreReason(MODEL, R, { s: 2 });
  assert.equal(r.early, true);
  assert.equal(r.band, null);
  assert.equal(r.score, 100, "the number is kept for the ranking, but not shown as a band");
});

test("a result needs 3 answers (or all that apply, if fewer) and at least half", () => {
  assert.deepEqual([1, 2, 3, 4, 5, 6, 7, 8].map((n) => needed(MODEL, n)), [1, 2, 3, 3, 3, 3, 4, 4]);
  const r = scoreReason(MODEL, R, { s: 2, k: 1, x: 1 });
  assert.equal(r.early, false);
  assert.equal(r.total, 3, "the follow-ups do not apply after answer 3 of s");
  assert.equal(r.band.id, "likely");
});

test("an 'I do not know' answer counts as not answered and does not move the score", () => {
  const without = scoreReason(MODEL, R, { s: 1, x: 0, f1: 0 });
  const withUnknown = scoreReason(MODEL, R, { s: 1, x: 0, f1: 0, k: 2 });
  assert.equal(withUnknown.answered, without.answered);
  assert.equal(withUnknown.exact, without.exact);
});

test("a follow-up that no longer applies is not scored, though its answer is kept", () => {
  // f1 answered 2 points while s was 1; then s changed to 3 points: f1 drops out.
  const applies = scoreReason(MODEL, R, { s: 1, f1: 1, x: 0 });
  const gone = scoreReason(MODEL, R, { s: 2, f1: 1, x: 0 });
  assert.equal(applies.answered, 3);
  assert.equal(gone.answered, 2);
  assert.equal(gone.total, 3);
  assert.ok(Math.abs(gone.exact - 50) < 1e-9, "(3 + 0) of (3 + 3)");
});

test("the quick check flags only answers worth more than half the most points", () => {
  assert.deepEqual([0, 1, 2].map((i) => flags(R, { s: i })), [false, false, true]);
  const two = { questions: [{ id: "q", screening: true, weights: [0, 1, 2, 0], unknown: [3] }] };
  assert.deepEqual([0, 1, 2, 3].map((i) => flags(two, { q: i })), [false, false, true, false]);
  assert.equal(flags(R, {}), false);
});

test("where to start lists only results in the middle band or above, never early signals", () => {
  const results = [
    { id: "a", exact: 100, score: 100, early: true, band: null },
    { id: "b", exact: 40, score: 40, early: false, band: MODEL.bands[1] },
    { id: "c", exact: 20, score: 20, early: false, band: MODEL.bands[0] },
    { id: "d", exact: 80, score: 80, early: false, band: MODEL.bands[2] },
  ];
  assert.deepEqual(whereToStart(MODEL, results).map((r) => r.id), ["d", "b"]);
});
