// The action plan: ranked reasons split by control, the top three with their steps,
// a bar chart with a table that says the same, and the change since last time.
import { applies, flags, rankReasons, whereToStart, worth } from "./scoring.js";
import { esc } from "./answers.js";
import { fill, formatDate } from "./util.js";

// "Likely: 80 out of 100, based on 3 of 5 questions", an early signal, or "Not answered yet";
// and how many "I do not know" answers were left out, so the count adds up.
const verdict = (t, r) =>
  (r.band ? `${r.band.label}: ${fill(t.score, r)}, ${fill(t.based_on, r)}` : r.early ? fill(t.early, r) : t.not_answered) +
  (r.unsure ? ` ${fill(t.unsure, { n: r.unsure })}` : "");

// This week: the advice of the answers given, from reasons worth acting on or flagged by the
// quick check (most likely first, questions in order), topped up with the first step of each
// reason to start with; at most three.
export function thisWeek(model, plan, results, answers) {
  const out = [];
  const add = (text, r) => out.length < 3 && !out.some((o) => o.text === text) && out.push({ text, r });
  for (const r of rankReasons(model, results)) {
    const reason = model.byId[r.id];
    if (!worth(model, r) && !(r.early && flags(reason, answers[r.id]))) continue;
    for (const q of reason.questions) {
      const i = answers[r.id]?.[q.id];
      const advice = plan.reasons[r.id].advice?.[q.id]?.[i];
      if (advice && applies(reason, q, answers[r.id])) add(advice, r);
    }
  }
  for (const r of whereToStart(model, results)) add(plan.reasons[r.id].steps[0], r);
  return out;
}

function change(t, r, before) {
  const old = before?.s[r.id];
  if (r.score === null || old === null || old === undefined) return "–";
  const d = r.score - old;
  return d ? (d > 0 ? "+" : "−") + Math.abs(d) : t.no_change;
}

function chart(model, results) {
  const row = 44;
  const bars = results.map((r, i) => {
    const y = i * row;
    const w = r.band ? r.score * 3.4 : 0;
    return `<text x="0" y="${y + 14}">${esc(model.byId[r.id].shortTitle)}</text>` +
      `<rect class="sr-bar sr-bar--${esc(r.band?.id ?? "none")}" x="0" y="${y + 20}" width="${w}" height="16"/>` +
      `<text x="${w + 6}" y="${y + 33}">${r.band ? r.score : "–"}</text>`;
  });
  return `<svg class="sr-chart" viewBox="0 0 400 ${results.length * row}" aria-hidden="true" focusable="false">${bars.join("")}</svg>`;
}

export function planHtml(model, t, plan, results, before, answers) {
  const ranked = rankReasons(model, results);
  const week = thisWeek(model, plan, results, answers).map(({ text, r }) =>
    `<li>${esc(text)} <span class="sr-for">${esc(fill(t.for_reason, { title: model.byId[r.id].shortTitle }))}</span></li>`);
  const title = (r) => esc(model.byId[r.id].title);
  const link = (r) => `<a href="${esc(plan.reasons[r.id].href)}">${title(r)}</a>`;
  const top = whereToStart(model, results).map((r) => {
    const p = plan.reasons[r.id];
    return `<li><h4>${link(r)}</h4><p class="sr-band">${esc(verdict(t, r))}</p>` +
      (p.noBlame ? `<p>${esc(p.noBlame)}</p>` : "") +
      `<p><strong>${esc(p.stepsHeading)}</strong></p><ul>${p.steps.map((s) => `<li>${esc(s)}</li>`).join("")}</ul>` +
      `<p><a href="${esc(p.checklist)}">${esc(t.checklist_link)}</a></p></li>`;
  });
  const group = (inControl, heading, intro) =>
    `<h4>${esc(heading)}</h4>${intro ? `<p>${esc(intro)}</p>` : ""}<ol class="sr-ranked">` +
    ranked.filter((r) => model.byId[r.id].inControl === inControl)
      .map((r) => `<li>${link(r)}: ${esc(verdict(t, r))}</li>`).join("") + "</ol>";
  const head = [t.col_reason, t.col_score, t.col_band];
  if (before) head.push(fill(t.col_change, { date: formatDate(new Date(before.d)) })); // the edition's style: "3 Dec 2026"
  const rows = results.map((r) => {
    const cells = r.band ? [r.score, r.band.label] : ["–", r.early ? t.early_label : t.not_answered];
    if (before) cells.push(change(t, r, before));
    return `<tr><th scope="row">${title(r)}</th>${cells.map((c) => `<td>${esc(c)}</td>`).join("")}</tr>`;
  });
  // Nothing to start with: the answers point nowhere, or the quick check points somewhere
  // but too few questions are answered to tell, or a reason has no answer at all (then
  // "nothing you did" would be a guess: one answer of ten once said it).
  const early = results.some((r) => r.early && flags(model.byId[r.id], answers[r.id]));
  const more = early ? t.early_only : results.some((r) => !r.answered) && t.full_intro;
  return (top.length ? "" : `<p class="sr-nowhere">${esc(more || t.pointing_nowhere)}${more ? ` <a href="../assessment/">${esc(t.answer_rest)}</a>` : ""}</p>`) +
    (week.length ? `<h3>${esc(t.this_week_heading)}</h3><p>${esc(t.this_week_intro)}</p><ol class="sr-week">${week.join("")}</ol>` : "") +
    (top.length ? `<h3>${esc(t.top_heading)}</h3><p>${esc(t.top_intro)}</p><ol class="sr-top">${top.join("")}</ol>` : "") +
    `<h3>${esc(t.ranking_heading)}</h3>${group(true, t.inControl)}${group(false, t.outControl, t.outside_intro)}` +
    `<h3>${esc(t.chart_heading)}</h3>${chart(model, results)}` +
    `<table class="sr-table"><caption>${esc(t.table_caption)}</caption><thead><tr>` +
    head.map((h) => `<th scope="col">${esc(h)}</th>`).join("") + `</tr></thead><tbody>${rows.join("")}</tbody></table>` +
    (before ? "" : `<p>${esc(t.history_none)}</p>`);
}

// Plain text an adviser can read in an email.
export function summaryText(model, t, plan, results, answers) {
  const ranked = rankReasons(model, results);
  const lines = [fill(t.summary_title, { date: formatDate(new Date(), "long") }), ""];
  ranked.forEach((r, i) => lines.push(`${i + 1}. ${model.byId[r.id].title}: ${verdict(t, r)}`));
  const week = thisWeek(model, plan, results, answers);
  if (week.length) lines.push("", `${t.this_week_heading}:`, ...week.map(({ text }) => `- ${text}`));
  for (const r of whereToStart(model, results)) {
    lines.push("", `${model.byId[r.id].title}, ${plan.reasons[r.id].stepsHeading}:`);
    plan.reasons[r.id].steps.forEach((s) => lines.push(`- ${s}`));
  }
  return lines.join("\n");
}
