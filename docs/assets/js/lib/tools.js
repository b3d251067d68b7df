// The results page's tools under the action plan: copy a link or a summary, download and load
// answers, forget them. Each button is a data-action of the results widget (w), and every part
// is looked up in its root (w.$).
import { store } from "./store.js";
import { clean, cleanHistory, encode, loadAnswers, loadHistory, saveHistory } from "./answers.js";
import { summaryText } from "./results.js";
import { copyText, download, readJsonFile } from "./transfer.js";
import { isObject } from "./util.js";

// The text also shows in the page, to copy by hand where the clipboard refuses it.
function copy(w, text, label, done) {
  const field = w.$("#sr-copy-field");
  w.$("[data-sr-copy-label]").textContent = label;
  field.value = text;
  w.$("[data-sr-copy]").hidden = false;
  copyText(text, field).then((copied) => w.say(copied ? done : w.t.copy_failed));
}

// Forgetting asks first, in the page: a question and two buttons; Escape says no.
export function closeConfirm(w) {
  w.$("[data-sr-confirm]").hidden = true;
  const forget = w.$("[data-action=forget]");
  (forget.hidden ? w.$("#sr-plan-heading") : forget).focus();
}

// The actions of the tools' buttons, by data-action name (lib/util.js, onAction).
export const tools = (w) => ({
  "copy-link": () => {
    const url = new URL(location.href);
    url.hash = encode(w.model, w.answers);
    url.searchParams.delete("embed"); // whoever opens it sees the whole site, not a frame's page
    copy(w, url.href, w.t.link_label, w.t.link_copied);
  },
  "copy-summary": () =>
    copy(w, summaryText(w.model, w.t, w.plan, w.results(), w.answers), w.t.summary_label, w.t.summary_copied),
  download: () => {
    const data = { app: "second-round", v: 1, answers: w.answers, history: loadHistory() };
    download(w.t.download_file, "application/json", JSON.stringify(data, null, 1));
  },
  forget: () => {
    w.$("[data-sr-confirm]").hidden = false;
    w.$("#sr-confirm-text").focus();
  },
  "forget-no": () => closeConfirm(w),
  "forget-yes": () => {
    store().clearAll();
    w.answers = {};
    w.own = true;
    w.$("[data-sr-shared]").hidden = true;
    w.$("[data-sr-copy]").hidden = true;
    w.$("[data-sr-out]").innerHTML = "";
    w.root.classList.remove("sr-has-plan");
    w.refresh();
    closeConfirm(w);
    w.say(w.t.forgotten);
  },
});

// An import is checked completely before anything is replaced: a file that leaves nothing
// usable is refused and changes nothing; unknown ids, out-of-range values and bad dates are
// left out; the history in the file joins the one kept here.
export async function load(w, input) {
  const { t, model } = w;
  if (!input.files?.[0]) return;
  const data = await readJsonFile(input);
  if (data === undefined) return w.say(t.load_too_big);
  if (!isObject(data) || data.app !== "second-round" || data.v !== 1) return w.say(t.load_bad);
  const answers = clean(model, data.answers);
  if (!Object.keys(answers).length) return w.say(t.load_nothing);
  const known = new Set(model.reasons.map((r) => r.id));
  const incoming = cleanHistory(data.history).map((e) => ({
    d: e.d,
    s: Object.fromEntries(Object.entries(e.s).filter(([id]) => known.has(id))),
  }));
  const history = loadHistory();
  const merged = [...history, ...incoming.filter((e) => !history.some((h) => h.d === e.d))];
  if (incoming.length) saveHistory(merged.sort((a, b) => Date.parse(a.d) - Date.parse(b.d)));
  // Added to the answers kept on this device, the file's answer winning where both have one:
  // loading never wipes (a file with one reason once left only that reason).
  const kept = loadAnswers(model).answers;
  for (const [id, given] of Object.entries(answers)) kept[id] = { ...kept[id], ...given };
  w.adopt(kept, t.loaded);
}
