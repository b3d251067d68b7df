// Shared by the node tests: the scoring model as the built assessment page carries it.
import { readFileSync, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const PAGE = fileURLToPath(new URL("../../site/assessment/index.html", import.meta.url));

// The assessment widget keeps its config (the model among it) as HTML-escaped JSON in a
// <div data-config> inside its root; the browser reads it with textContent, so the same
// entities are decoded here.
export const unescape = (text) =>
  text
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

export function builtModel() {
  if (!existsSync(PAGE)) throw new Error(`${PAGE} is missing: build the site first (.venv/bin/python build_quiz.py)`);
  const html = readFileSync(PAGE, "utf8");
  const m = /data-module="sr-assessment"[^>]*>\s*<div\b[^>]*\bdata-config\b[^>]*>([\s\S]*?)<\/div>/.exec(html);
  if (!m) throw new Error(`${PAGE}: no <div data-config> found at the start of the assessment`);
  return JSON.parse(unescape(m[1])).model;
}

// A small model made by hand: three bands like the real ones and two reasons.
export const SMALL = {
  bands: [
    { id: "unlikely", min: 0 },
    { id: "possible", min: 34 },
    { id: "likely", min: 67 },
  ],
  reasons: [
    { id: "a", questions: [{ id: "q1", weights: [0, 1, 3] }, { id: "q2", weights: [0, 2] }] },
    { id: "b", questions: [{ id: "q1", weights: [0, 1, 2, 3] }] },
  ],
};
