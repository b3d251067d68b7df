// The assessment page: the quick check, then the flagged reasons (or all of them) one at a
// time; the results have their own page. Enhances the form in the page; answers are kept as
// given.
import { flags, scoreAll } from "../lib/scoring.js";
import { encode, enterChooses, loadAnswers, onAnswer, record, restore, saveAnswers, showFollowUps, storeNote } from "../lib/answers.js";
import { store } from "../lib/store.js";
import { config, fill, onAction } from "../lib/util.js";

export default class Assessment {
  constructor(root) {
    const $ = (s) => root.querySelector(s);
    // Results links used to point here (#sr1.…): they live on the results page now.
    if (/^#sr\d/.test(location.hash)) {
      location.replace(new URL(`../results/${location.search}${location.hash}`, location.href));
      return;
    }
    const { model, strings } = config(root);
    Object.assign(this, { root, $, model, t: strings, all: false });
    this.form = $("form");
    this.steps = [...root.querySelectorAll("[data-step]")];
    const loaded = loadAnswers(model);
    this.answers = loaded.answers;
    const note = () => storeNote($("[data-sr-store]"), this.t, loaded.dropped);
    note();

    onAnswer(this.form, (rid, qid, value, fieldset) => {
      const current = this.visible()[this.pos];
      (this.answers[rid] ??= {})[qid] = value;
      if (!saveAnswers(this.answers)) note();
      showFollowUps(this.form, model, this.answers);
      if (!fieldset.hasAttribute("data-screening")) return;
      // The flagged reasons may change; the reason on screen stays on screen if it still
      // belongs to them, rather than another taking its place.
      const at = this.visible().indexOf(current);
      if (at >= 0) this.pos = at;
      this.flow();
    });
    // The results page reads the saved answers; this one records the result in the history.
    this.form.addEventListener("submit", (event) => {
      event.preventDefault();
      const results = scoreAll(model, this.answers);
      if (results.some((r) => r.answered)) record(results);
      const url = new URL(`../results/${location.search}`, location.href);
      // Where nothing can be stored (a frame with storage blocked), the answers travel in the
      // address's #, which never leaves the device.
      if (!store().persistent) url.hash = encode(model, this.answers);
      location.assign(url);
    });
    enterChooses(this.form);
    onAction(root, { previous: () => this.go(-1), next: () => this.go(1), "show-all": () => this.toggle() });
    restore(this.form, this.answers);
    showFollowUps(this.form, model, this.answers);
    // Resume at the first reason not finished.
    this.pos = 0;
    const open = this.visible().findIndex((s) =>
      [...s.querySelectorAll("[data-question]")].some((f) => !(f.dataset.question in (this.answers[s.dataset.step] || {}))));
    this.pos = Math.max(open, 0);
    this.flow();
  }

  // All the reasons, or back to the flagged ones; the reason on screen stays if it can.
  toggle() {
    const current = this.visible()[this.pos];
    this.all = !this.all;
    this.pos = Math.max(this.visible().indexOf(current), 0);
    this.flow();
  }

  // The reasons whose quick-check answer is a clear signal (scoring.js, flags).
  flagged() {
    return this.steps.filter((s) => flags(this.model.reasons.find((r) => r.id === s.dataset.step), this.answers[s.dataset.step]));
  }

  // The quick check not finished: every reason. Finished with nothing flagged: none, until
  // the visitor asks for all of them (the page says why; after one answer of ten it said
  // "your answers show no obvious gap").
  visible() {
    const flagged = this.flagged();
    if (this.all) return this.steps;
    if (flagged.length) return flagged;
    return this.quickDone() ? [] : this.steps;
  }

  quickDone() {
    return [...this.form.querySelectorAll("[data-screening]")].every((f) => f.querySelector("input:checked"));
  }

  flow() {
    const t = this.t;
    const flagged = this.flagged().length;
    const visible = this.visible();
    const none = !visible.length;
    this.pos = Math.max(Math.min(this.pos, visible.length - 1), 0);
    const current = visible[this.pos];
    for (const step of this.steps) step.hidden = step !== current;
    if (current) {
      current.querySelector("[data-sr-progress]").textContent =
        fill(t.progress, { n: this.pos + 1, total: visible.length });
    }
    this.$("[data-sr-none]").hidden = !none;
    const toggle = this.$("[data-action=show-all]");
    toggle.hidden = flagged === this.steps.length || (!flagged && !none);
    // The name says what a press does next; no aria-pressed too, or a screen reader hears
    // "Show only the flagged reasons, pressed" while all of them are shown.
    toggle.textContent = this.all ? t.show_flagged : t.show_all;
    this.$("[data-sr-flagged]").textContent =
      flagged === this.steps.length ? t.all_flagged : flagged && !this.all ? fill(t.flagged, { n: flagged }) : "";
    this.$("[data-action=previous]").hidden = none || this.pos === 0;
    this.$("[data-action=next]").hidden = none || this.pos === visible.length - 1;
  }

  go(by) {
    this.pos += by;
    this.flow();
    this.visible()[this.pos].querySelector("h3").focus();
  }
}
