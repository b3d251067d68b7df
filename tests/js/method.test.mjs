// The adviser page "How your result is worked out" (built by secondround/render_method.py with
// the Python rule) agrees with the pages' own scoring.js on its worked example.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { scoreReason } from "../../docs/assets/js/lib/scoring.js";
import { builtModel, unescape } from "./model.mjs";

const PAGE = fileURLToPath(new URL("../../site/how-results-work/index.html", import.meta.url));

test("the worked example's score and band are the ones scoring.js gives", () => {
  const html = readFileSync(PAGE, "utf8");
  const example = JSON.parse(unescape(/<div\b[^>]*\bid="sr-example"[^>]*>([\s\S]*?)<\/div>/.exec(html)[1]));
  const model = builtModel();
  const reason = model.reasons.find((r) => r.id === example.reason);
  const r = scoreReason(model, reason, example.answers);
  assert.equal(r.early, false, "the example should be a full result");
  assert.equal(r.score, example.score);
  assert.equal(r.band.id, example.band);
  // The sentence a reader sees says the same.
  const text = html.replace(/<[^>]+>/g, "");
  assert.match(text, new RegExp(`shown as ${r.score}, so \u201c${r.band.label}\u201d`));
  // One answer alone: the early signal the page promises.
  const first = reason.questions[0].id;
  assert.equal(scoreReason(model, reason, { [first]: example.answers[first] }).early, true);
});
