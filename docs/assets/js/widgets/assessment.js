// The assessment page: the quick check, then the flagged reasons (or all of them) one at a
// time, then the action plan. Enhances the form in the page; answers are kept as given.
import { scoreAll } from "../lib/scoring.js";
import { decode, enterChooses, esc, json, loadAnswers, onAnswer, previous, record, restore, saveAnswers, storeNote } from "../lib/answers.js";
import { planHtml } from "../lib/results.js";
import { tools } from "../lib/tools.js";

export default class Assessment {
  constructor(root) {
    const $ = (s) => root.querySelector(s);
    const model = json("sr-model");
    model.byId = Object.fromEntries(model.reasons.map((r) => [r.id, r]));
    Object.assign(this, { root, $, model, t: json("sr-ui"), plan: json("sr-plan"), own: true, all: false });
    this.form = $("#sr-form");
    this.steps = [...root.querySelectorAll("[data-step]")];
    this.message = $("[data-sr-message]");
    const loaded = loadAnswers(model);
    this.answers = loaded.answers;
    this.note = () => storeNote($("[data-sr-store]"), this.t, loaded.dropped);
    this.note();

    // A results link (#sr1.…; other anchors are left alone): shown, but the visitor's own
    // answers stay as they are unless they choose.
    const hash = location.hash.slice(1);
    if (/^sr\d/.test(hash)) {
      let shared = null;
      try {
        shared = decode(model, decodeURIComponent(hash));
      } catch {
        // a malformed escape: treated like any other garbled link
      }
      if (shared) {
        this.answers = shared;
        this.own = false;
        $("[data-sr-shared-text]").textContent = this.t.shared;
        $("[data-sr-shared]").hidden = false;
      } else {
        this.message.textContent = this.t.shared_bad;
      }
    }
    $("[data-sr-keep]").addEventListener("click", () => this.adopt(this.answers, this.t.shared_kept));

    onAnswer(this.form, (rid, qid, value, fieldset) => {
      (this.answers[rid] ??= {})[qid] = value;
      if (this.own && !saveAnswers(this.answers)) this.note();
      if (fieldset.hasAttribute("data-screening")) this.flow();
    });
    this.form.addEventListener("submit", (event) => {
      event.preventDefault();
      this.show(true);
    });
    enterChooses(this.form);
    $("[data-sr-prev]").addEventListener("click", () => this.go(-1));
    $("[data-sr-next]").addEventListener("click", () => this.go(1));
    $("[data-sr-toggle]").addEventListener("click", () => {
      const current = this.visible()[this.pos];
      this.all = !this.all;
      this.pos = Math.max(this.visible().indexOf(current), 0);
      this.flow();
    });
    tools(this);
    this.refresh();
    if (Object.keys(this.answers).length) this.show(false);
  }

  // Takes these answers as the visitor's own (after a shared link or an import).
  // Says "saved" only when the device really kept them.
  adopt(answers, text) {
    this.answers = answers;
    this.own = true;
    const kept = saveAnswers(answers);
    this.note();
    this.$("[data-sr-shared]").hidden = true;
    history.replaceState(null, "", location.pathname + location.search);
    this.refresh();
    this.show(true);
    this.message.textContent = kept ? text : this.t.not_saved;
  }

  // Form, flow and position from the answers; resumes at the first reason not finished.
  refresh() {
    restore(this.form, this.answers);
    this.pos = 0;
    const open = this.visible().findIndex((s) =>
      [...s.querySelectorAll("[data-question]")].some((f) => !(f.dataset.question in (this.answers[s.dataset.step] || {}))));
    this.pos = Math.max(open, 0);
    this.flow();
  }

  flagged() {
    return this.steps.filter((s) => {
      const f = this.form.querySelector(`[data-screening][data-reason="${s.dataset.step}"]`);
      const input = f?.querySelector("input:checked");
      return input && Number(input.dataset.weight) > 0;
    });
  }

  visible() {
    const flagged = this.flagged();
    return this.all || !flagged.length ? this.steps : flagged;
  }

  flow() {
    const t = this.t;
    const flagged = this.flagged().length;
    const visible = this.visible();
    this.pos = Math.min(this.pos, visible.length - 1);
    const current = visible[this.pos];
    for (const step of this.steps) step.hidden = step !== current;
    current.querySelector("[data-sr-progress]").textContent =
      t.progress.replace("{n}", this.pos + 1).replace("{total}", visible.length);
    const toggle = this.$("[data-sr-toggle]");
    toggle.hidden = !flagged || flagged === this.steps.length;
    toggle.textContent = this.all ? t.show_flagged : t.show_all;
    toggle.setAttribute("aria-pressed", String(this.all));
    this.$("[data-sr-flagged]").textContent = flagged && !this.all ? t.flagged.replace("{n}", flagged) : "";
    this.$("[data-sr-prev]").hidden = this.pos === 0;
    this.$("[data-sr-next]").hidden = this.pos === visible.length - 1;
  }

  go(by) {
    this.pos += by;
    this.flow();
    this.visible()[this.pos].querySelector("h3").focus();
  }

  results() {
    return scoreAll(this.model, this.answers);
  }

  // The action plan. focus: the visitor asked for it, so it is announced, recorded and focused.
  show(focus) {
    const results = this.results();
    const out = this.$("[data-sr-out]");
    const any = results.some((r) => r.answered);
    if (focus && any && this.own) record(results);
    out.innerHTML = any
      ? planHtml(this.model, this.t, this.plan, results, this.own ? previous(results) : null)
      : `<p>${esc(this.t.result_empty)}</p>`;
    this.root.classList.toggle("sr-has-plan", any);
    if (focus) {
      this.message.textContent = any ? this.t.plan_heading : this.t.result_empty;
      this.$("#sr-plan-heading").focus();
    }
  }
}
