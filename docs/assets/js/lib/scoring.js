// Scores from the YAML weights alone (the model in the page). Pure functions, the same rule as
// secondround/scoring.py, where it is explained; the adviser page "How your result is worked
// out" prints it. In short: "I do not know" answers and follow-ups that do not apply count as
// unanswered; a score is chosen points over the most points of the questions answered; with
// too few answers it is an early signal, without a band; bands come from the exact score.

import { isObject } from "./util.js";

// The band a score falls in: the last one whose minimum it reaches (bands go low to high).
export function bandFor(model, score) {
  let found = null;
  if (score !== null) for (const band of model.bands) if (score >= band.min) found = band;
  return found;
}

const chosen = (q, given) => {
  const i = given[q.id];
  return Number.isInteger(i) && i >= 0 && i < q.weights.length ? i : null;
};

// A follow-up applies only when its earlier question has one of the answers it names.
export function applies(reason, q, given = {}) {
  if (!q.onlyIf) return true;
  const target = reason.questions.find((x) => x.id === q.onlyIf.q);
  return target ? q.onlyIf.o.includes(chosen(target, given)) : false;
}

const counted = (reason, q, given) => {
  const i = chosen(q, given);
  return i !== null && !q.unknown?.includes(i) && applies(reason, q, given);
};

// Answers a result needs: the model's evidence (3), or all that apply if fewer, and half.
export const needed = (model, applicable) =>
  Math.max(Math.min(model.evidence ?? 3, applicable), Math.ceil(applicable / 2));

// given: { questionId: optionIndex } for one reason. Returns {id, score, exact, band, early,
// answered, total}: total counts the questions that apply; score and band are null while
// nothing is answered, band also while the answers are only an early signal.
export function scoreReason(model, reason, given = {}) {
  let got = 0;
  let max = 0;
  let answered = 0;
  let total = 0;
  let unsure = 0;
  for (const q of reason.questions) {
    if (!applies(reason, q, given)) continue;
    total += 1;
    if (q.unknown?.includes(chosen(q, given))) unsure += 1;
    if (!counted(reason, q, given)) continue;
    answered += 1;
    got += q.weights[given[q.id]];
    max += Math.max(...q.weights);
  }
  const exact = answered ? (max ? (100 * got) / max : 0) : null;
  const score = exact === null ? null : Math.floor(exact + 1e-9); // 1e-9: float error
  const early = answered > 0 && answered < needed(model, total);
  return { id: reason.id, score, exact, band: early ? null : bandFor(model, exact), early, answered, total, unsure };
}

// answers: { reasonId: { questionId: optionIndex } }, the shape kept in the store.
export const validAnswers = (v) =>
  isObject(v) && Object.values(v).every((r) => isObject(r) && Object.values(r).every(Number.isInteger));
export const scoreAll = (model, answers = {}) =>
  model.reasons.map((reason) => scoreReason(model, reason, answers[reason.id]));

// The quick check flags a reason on a clear signal: an answer worth more than half the
// question's most points. "I do not know" never flags.
export function flags(reason, given = {}) {
  const q = reason.questions.find((x) => x.screening);
  const i = q ? chosen(q, given) : null;
  return i !== null && !q.unknown?.includes(i) && 2 * q.weights[i] > Math.max(...q.weights);
}

// A result in the middle band or above: worth acting on.
export const worth = (model, r) => !!r.band && model.bands.indexOf(r.band) >= Math.floor(model.bands.length / 2);

// Most likely first, in four groups: results worth acting on, then early signals (not yet
// known either way), then results in the lower bands, then the unanswered; by exact score
// within a group, ties in the reasons' own order.
const group = (model, r) => (worth(model, r) ? 0 : r.early ? 1 : r.band ? 2 : 3);
export const rankReasons = (model, results) =>
  results
    .map((result, i) => [result, i])
    .sort(([a, i], [b, j]) => group(model, a) - group(model, b) || (b.exact ?? 0) - (a.exact ?? 0) || i - j)
    .map(([result]) => result);

// "Where to start": up to three reasons with a result worth acting on.
export const whereToStart = (model, results) =>
  rankReasons(model, results).filter((r) => worth(model, r)).slice(0, 3);
