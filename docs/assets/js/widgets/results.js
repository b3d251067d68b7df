// The results page: this week's actions, the ranking, the chart and the history, from the
// answers saved on this device or from a results link (#sr1.…), and the tools to keep,
// share or forget them.
import { scoreAll } from "../lib/scoring.js";
import { decode, loadAnswers, previous, record, saveAnswers, storeNote } from "../lib/answers.js";
import { planHtml } from "../lib/results.js";
import { store } from "../lib/store.js";
import { closeConfirm, load, tools } from "../lib/tools.js";
import { config, onAction } from "../lib/util.js";

export default class Results {
  constructor(root) {
    const $ = (s) => root.querySelector(s);
    const { model, strings, plan } = config(root);
    model.byId = Object.fromEntries(model.reasons.map((r) => [r.id, r]));
    Object.assign(this, { root, $, model, t: strings, plan, own: true });
    this.message = $("[data-sr-message]");
    const loaded = loadAnswers(model);
    this.answers = loaded.answers;
    this.note = () => storeNote($("[data-sr-store]"), this.t, loaded.dropped);
    this.note();

    // A results link: shown, but the visitor's own answers stay as they are unless they choose.
    const hash = location.hash.slice(1);
    if (/^sr\d/.test(hash)) {
      let shared = null;
      try {
        shared = decode(model, decodeURIComponent(hash));
      } catch {
        // a malformed escape: treated like any other garbled link
      }
      if (shared && !store().persistent) {
        // Nothing can be kept here, so there are no answers of the visitor's own to protect:
        // these came from the assessment page (or a link) and are shown as theirs.
        this.answers = shared;
      } else if (shared) {
        this.answers = shared;
        this.own = false;
        $("[data-sr-shared-text]").textContent = this.t.shared;
        $("[data-sr-shared]").hidden = false;
      } else {
        this.say(this.t.shared_bad);
      }
    }
    onAction(root, { ...tools(this), keep: () => this.adopt(this.answers, this.t.shared_kept) });
    root.addEventListener("change", (event) => event.target.matches("[data-sr-import]") && load(this, event.target));
    root.addEventListener("keydown", (event) => {
      if (event.key === "Escape" && event.target.closest("[data-sr-confirm]")) closeConfirm(this);
    });
    this.show(false);
  }

  say(text) {
    this.message.textContent = text;
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
    this.show(true);
    this.say(kept ? text : this.t.not_saved);
  }

  // After "forget": nothing to show.
  refresh() {
    this.show(false);
  }

  results() {
    return scoreAll(this.model, this.answers);
  }

  // focus: the visitor just took these answers as their own (an import, a kept link), so the
  // result joins the history, as a finished assessment does.
  show(focus) {
    const results = this.results();
    const any = results.some((r) => r.answered);
    if (focus && any && this.own) record(results);
    this.$("[data-sr-out]").innerHTML = any
      ? planHtml(this.model, this.t, this.plan, results, this.own ? previous(results) : null, this.answers)
      : "";
    this.$("[data-sr-empty]").hidden = any;
    // With no answers there is nothing to copy or download; loading a file stays. Forget
    // stays while anything of ours is kept (a plan, notes, a log without a single answer):
    // it is the site's one way to wipe them all.
    for (const action of ["copy-link", "copy-summary", "download"]) {
      this.$(`[data-action=${action}]`).hidden = !any;
    }
    this.$("[data-action=forget]").hidden = !any && !store().memory.size && !store().keys().length;
    this.root.classList.toggle("sr-has-plan", any);
    if (focus) this.$("#sr-plan-heading").focus();
  }
}
