// The self-check on a reason page: keeps answers as they are given and, on request,
// shows how strongly this reason seems to apply. Enhances the form in the page.
import { scoreReason, validAnswers } from "../lib/scoring.js";
import { enterChooses, esc, loadAnswers, onAnswer, restore, saveAnswers, showFollowUps, storeNote } from "../lib/answers.js";
import { store } from "../lib/store.js";
import { config, fill } from "../lib/util.js";

export default class SelfCheck {
  constructor(form) {
    const { model, strings: t } = config(form);
    const id = form.dataset.reason;
    const reason = model.reasons.find((r) => r.id === id);
    const note = form.querySelector("[data-sr-store]");
    const out = form.querySelector("[data-sr-out]");
    const heading = form.querySelector(".sr-result h3");
    const loaded = loadAnswers(model);
    const answers = loaded.answers;
    storeNote(note, t, loaded.dropped);
    restore(form, answers);
    showFollowUps(form, model, answers);

    const show = (focus) => {
      const given = answers[id] || {};
      const r = scoreReason(model, reason, given);
      // "Not sure" answers are counted out loud, as on the results page: three of them and
      // nothing else once read "Answer at least one question".
      const unsure = r.unsure ? ` ${fill(t.unsure, { n: r.unsure })}` : "";
      out.innerHTML = r.band
        ? `<p class="sr-band sr-band--${esc(r.band.id)}"><strong>${esc(r.band.label)}</strong>: ` +
          `${esc(fill(t.score, r))}, ${esc(fill(t.based_on, r))}.${esc(unsure)}</p><p>${esc(r.band.summary)}</p>`
        : `<p>${esc((r.early ? fill(t.early, r) : t.result_empty) + unsure)}</p>`;
      // The explanations of the questions answered are opened next to them.
      for (const f of form.querySelectorAll("[data-question]")) {
        f.querySelector("details").open = f.dataset.question in given;
      }
      if (focus) heading.focus();
    };

    onAnswer(form, (rid, qid, value) => {
      (answers[rid] ??= {})[qid] = value;
      showFollowUps(form, model, answers);
      // This page's model holds only its own reason: keep the other reasons' answers.
      const all = { ...store().read("answers", validAnswers, {}), [rid]: answers[rid] };
      if (!saveAnswers(all)) storeNote(note, t, false);
    });
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      show(true);
    });
    enterChooses(form);
    if (answers[id]) show(false);
  }
}
