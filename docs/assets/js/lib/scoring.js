// Scores from the YAML weights alone (the model in <script id="sr-model">). Pure functions.
// A reason's score is the sum of the chosen weights over the sum of the highest weights
// of the questions answered, as 0-100; unanswered questions count for nothing either way.
// Bands come from the exact score; the score shows rounded down, so both agree.

// The band a score falls in: the last one whose minimum it reaches (bands go low to high).
export function bandFor(model, score) {
  let found = null;
  if (score !== null) for (const band of model.bands) if (score >= band.min) found = band;
  return found;
}

// given: { questionId: optionIndex } for one reason. Returns {id, score, band, answered, total};
// score and band are null while nothing is answered.
export function scoreReason(model, reason, given = {}) {
  let got = 0;
  let max = 0;
  let answered = 0;
  for (const q of reason.questions) {
    const i = given[q.id];
    if (!Number.isInteger(i) || i < 0 || i >= q.weights.length) continue;
    answered += 1;
    got += q.weights[i];
    max += Math.max(...q.weights);
  }
  const exact = answered ? (max ? (100 * got) / max : 0) : null;
  const score = exact === null ? null : Math.floor(exact + 1e-9); // 1e-9: float error
  return { id: reason.id, score, exact, band: bandFor(model, exact), answered, total: reason.questions.length };
}

// answers: { reasonId: { questionId: optionIndex } }, the shape kept in the store.
export const scoreAll = (model, answers = {}) =>
  model.reasons.map((reason) => scoreReason(model, reason, answers[reason.id]));

// Most likely first, unanswered last; ties keep the reasons' own order.
export const rankReasons = (results) =>
  results
    .map((result, i) => [result, i])
    .sort(([a, i], [b, j]) => (b.exact ?? -1) - (a.exact ?? -1) || i - j)
    .map(([result]) => result);

// "Where to start": up to three reasons above the lowest band, most likely first.
export const whereToStart = (model, results) =>
  rankReasons(results).filter((r) => r.band && r.band !== model.bands[0]).slice(0, 3);
