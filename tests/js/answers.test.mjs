// The visitor's answers (docs/assets/js/lib/answers.js): share links, answers read back from
// storage or a file, and the history of completed assessments.
import { test } from "node:test";
import assert from "node:assert/strict";
import { clean, cleanHistory, decode, encode, validEntry } from "../../docs/assets/js/lib/answers.js";
import { validAnswers } from "../../docs/assets/js/lib/scoring.js";
import { SMALL, builtModel } from "./model.mjs";

// SMALL has three questions: a.q1 (3 options), a.q2 (2 options), b.q1 (4 options).

test("a share link is 'sr1.' and one character per question, '-' when unanswered", () => {
  assert.equal(encode(SMALL, {}), "sr1.---");
  assert.equal(encode(SMALL, { a: { q2: 1 }, b: { q1: 3 } }), "sr1.-13");
  assert.equal(encode(SMALL, { a: { q1: 0, q2: 0 }, b: { q1: 0 } }), "sr1.000", "option 0 is an answer, not a gap");
});

test("a share link opens to the same answers it was made from", () => {
  for (const answers of [{}, { a: { q1: 2 } }, { a: { q1: 0, q2: 1 }, b: { q1: 3 } }, { b: { q1: 1 } }]) {
    assert.deepEqual(decode(SMALL, encode(SMALL, answers)), answers);
  }
});

test("every option of every question of the built site survives a share link", () => {
  const model = builtModel();
  const most = Math.max(...model.reasons.flatMap((r) => r.questions.map((q) => q.weights.length)));
  for (let i = 0; i < most; i += 1) {
    const answers = {};
    for (const r of model.reasons) for (const q of r.questions) if (i < q.weights.length) (answers[r.id] ??= {})[q.id] = i;
    const link = encode(model, answers);
    assert.equal(link.length, 4 + model.reasons.reduce((n, r) => n + r.questions.length, 0));
    assert.deepEqual(decode(model, link), answers, `option ${i}`);
  }
});

test("a garbled link is refused whole, never half-read", () => {
  for (const text of [
    "", "sr1.", "sr1.--", "sr1.----", // wrong length
    "sr2.---", "SR1.---", "sr1---", // wrong version or prefix
    "sr1.3--", // a.q1 has no fourth option
    "sr1.-2-", // a.q2 has two options
    "sr1.--6", "sr1.--9", "sr1.x--", "sr1. --", "sr1.é--", // not an option at all
    "sr1.<s>", "sr1.%3C", // markup stays text, and is refused
  ]) {
    assert.equal(decode(SMALL, text), null, JSON.stringify(text));
  }
});

test("reading back keeps only the answers today's questions can take", () => {
  const stored = {
    a: { q1: 2, q2: 5, gone: 1 }, // q2 out of range, gone no longer asked
    b: { q1: 1.5 }, // not a whole number
    removed: { q1: 0 }, // a reason no longer in the content
  };
  assert.deepEqual(clean(SMALL, stored), { a: { q1: 2 } });
  assert.deepEqual(clean(SMALL, { a: { q1: -1 }, b: { q1: "2" } }), {});
  assert.deepEqual(clean(SMALL, null), {});
  assert.deepEqual(clean(SMALL, [[1]]), {});
});

test("a file's __proto__ keys are never taken for answers, nor pollute objects", () => {
  const file = JSON.parse('{"__proto__": {"q1": 1}, "a": {"__proto__": {"q1": 2}, "q2": 1}}');
  assert.deepEqual(clean(SMALL, file), { a: { q2: 1 } });
  assert.equal({}.q1, undefined);
  // Answers inherited from a prototype are not the visitor's own either.
  assert.deepEqual(clean(SMALL, Object.create({ a: { q1: 1 } })), {});
  assert.deepEqual(clean(SMALL, { a: Object.create({ q1: 1 }) }), {});
});

test("validAnswers accepts reasons of whole-number answers and nothing else", () => {
  assert.equal(validAnswers({}), true);
  assert.equal(validAnswers({ a: { q1: 1 }, b: {} }), true);
  for (const bad of [null, [], "x", 1, { a: null }, { a: [1] }, { a: { q1: "1" } }, { a: { q1: 1.5 } }, { a: { q1: null } }]) {
    assert.equal(validAnswers(bad), false, JSON.stringify(bad));
  }
});

const entry = (d, s = { a: 40 }) => ({ d, s });

test("a history entry needs a real date and time and scores from 0 to 100 or null", () => {
  for (const d of ["2026-11-20T10:00:00.000Z", "2026-11-20T10:00Z", "2024-02-29T23:59:59+01:00", "2026-11-20T10:00:00-05:00"]) {
    assert.equal(validEntry(entry(d)), true, d);
  }
  for (const d of ["yesterday", "2026-02-31T10:00:00.000Z", "2023-02-29T10:00:00Z", "2026-13-01T10:00:00Z",
    "2026-11-20T25:00:00Z", "2026-11-20", "2026-11-20T10:00:00", 1700000000000, null]) {
    assert.equal(validEntry(entry(d)), false, String(d));
  }
  assert.equal(validEntry(entry("2026-11-20T10:00Z", { a: 0, b: 100, c: null })), true);
  for (const s of [{ a: -1 }, { a: 101 }, { a: "40" }, { a: NaN }, { a: Infinity }, null, [40]]) {
    assert.equal(validEntry(entry("2026-11-20T10:00Z", s)), false, JSON.stringify(s));
  }
});

test("a bad history entry is left out on its own and only the last ten are kept", () => {
  const good = (n) => entry(`2026-11-${String(n).padStart(2, "0")}T10:00:00.000Z`, { a: n });
  const history = [good(1), entry("2026-02-31T10:00:00.000Z"), good(2), entry("yesterday", { a: 100 })];
  assert.deepEqual(cleanHistory(history), [good(1), good(2)]);
  const twelve = Array.from({ length: 12 }, (_, i) => good(i + 1));
  assert.deepEqual(cleanHistory(twelve), twelve.slice(2));
  assert.deepEqual(cleanHistory({ 0: good(1) }), []);
  assert.deepEqual(cleanHistory(null), []);
});
