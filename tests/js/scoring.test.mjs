// Scores and bands from the YAML weights (docs/assets/js/lib/scoring.js): what the results page
// shows for each reason and the order the reasons are listed in.
import { test } from "node:test";
import assert from "node:assert/strict";
import { bandFor, rankReasons, scoreAll, scoreReason } from "../../docs/assets/js/lib/scoring.js";
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
  const none = { id: "a", score: null, exact: null, band: null, answered: 0, total: 2 };
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

test("reasons are ranked by exact score, most likely first, unanswered last, ties in their own order", () => {
  const results = [
    { id: "r1", score: null, exact: null },
    { id: "r2", score: 40, exact: 40 },
    { id: "r3", score: 90, exact: 90 },
    { id: "r4", score: 40, exact: 40 },
    { id: "r5", score: 0, exact: 0 },
    { id: "r6", score: null, exact: null },
    // Shown as 40 like r2 and r4, but above them.
    { id: "r7", score: 40, exact: 40.6 },
  ];
  assert.deepEqual(rankReasons(results).map((r) => r.id), ["r3", "r7", "r2", "r4", "r5", "r1", "r6"]);
  assert.deepEqual(results.map((r) => r.id), ["r1", "r2", "r3", "r4", "r5", "r6", "r7"],
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
  assert.equal(rankReasons(mixed)[0].id, last);
});
