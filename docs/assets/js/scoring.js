// Scores from the YAML weights alone (the model in <script id="sr-model">). Pure functions.
// A reason's score is the sum of the chosen weights over the sum of the highest weights
// of the questions answered, as 0-100; unanswered questions count for nothing either way.

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
  const score = answered ? (max ? Math.round((100 * got) / max) : 0) : null;
  return { id: reason.id, score, band: bandFor(model, score), answered, total: reason.questions.length };
}

// answers: { reasonId: { questionId: optionIndex } }, the shape kept in the store.
export const scoreAll = (model, answers = {}) =>
  model.reasons.map((reason) => scoreReason(model, reason, answers[reason.id]));

// Most likely first, unanswered last; ties keep the reasons' own order.
export const rankReasons = (results) =>
  results
    .map((result, i) => [result, i])
    .sort(([a, i], [b, j]) => (b.score ?? -1) - (a.score ?? -1) || i - j)
    .map(([result]) => result);
