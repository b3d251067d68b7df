// Under the action plan: copy a link or a summary, download and load answers, forget them.
import { store } from "./store.js";
import { clean, cleanHistory, encode, isObject, loadHistory, saveHistory } from "./answers.js";
import { summaryText } from "./results.js";
import { readJsonFile } from "./util.js";

// A file of answers and ten results is a few kilobytes; anything far larger is not ours.
const MAX_FILE_BYTES = 200_000;

export function tools(w) {
  const { $, t, model } = w;
  const say = (text) => (w.message.textContent = text);
  const on = (sel, type, fn) => $(sel).addEventListener(type, fn);
  const copy = (text, label, done) => {
    $("[data-sr-copy-label]").textContent = label;
    $("#sr-copy-field").value = text;
    $("[data-sr-copy]").hidden = false;
    const failed = () => {
      say(t.copy_failed);
      $("#sr-copy-field").select();
    };
    (navigator.clipboard?.writeText(text) ?? Promise.reject()).then(() => say(done), failed);
  };
  on("[data-sr-link]", "click", () => {
    const url = new URL(location.href);
    url.hash = encode(model, w.answers);
    url.searchParams.delete("embed"); // whoever opens it sees the whole site, not a frame's page
    copy(url.href, t.link_label, t.link_copied);
  });
  on("[data-sr-summary]", "click", () =>
    copy(summaryText(model, t, w.plan, w.results(), w.answers), t.summary_label, t.summary_copied));

  on("[data-sr-download]", "click", () => {
    const data = { app: "second-round", v: 1, answers: w.answers, history: loadHistory() };
    const a = document.createElement("a");
    a.href = URL.createObjectURL(new Blob([JSON.stringify(data, null, 1)], { type: "application/json" }));
    a.download = t.download_file;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  });
  // An import is checked completely before anything is replaced: a file that leaves nothing
  // usable is refused and changes nothing; unknown ids, out-of-range values and bad dates are
  // left out; the history in the file joins the one kept here.
  on("[data-sr-import]", "change", async (event) => {
    if (!event.target.files?.[0]) return;
    const data = await readJsonFile(event.target, MAX_FILE_BYTES);
    if (data === undefined) return say(t.load_too_big);
    if (!isObject(data) || data.app !== "second-round" || data.v !== 1) return say(t.load_bad);
    const answers = clean(model, data.answers);
    if (!Object.keys(answers).length) return say(t.load_nothing);
    const known = new Set(model.reasons.map((r) => r.id));
    const incoming = cleanHistory(data.history).map((e) => ({
      d: e.d,
      s: Object.fromEntries(Object.entries(e.s).filter(([id]) => known.has(id))),
    }));
    const history = loadHistory();
    const merged = [...history, ...incoming.filter((e) => !history.some((h) => h.d === e.d))];
    if (incoming.length) saveHistory(merged.sort((a, b) => Date.parse(a.d) - Date.parse(b.d)));
    w.adopt(answers, t.loaded);
  });

  // Forgetting asks first, in the page: a question and two buttons; Escape says no.
  const box = $("[data-sr-confirm]");
  const close = () => {
    box.hidden = true;
    const forget = $("[data-sr-forget]");
    (forget.hidden ? $("#sr-plan-heading") : forget).focus();
  };
  on("[data-sr-forget]", "click", () => {
    box.hidden = false;
    $("#sr-confirm-text").focus();
  });
  on("[data-sr-no]", "click", close);
  box.addEventListener("keydown", (event) => event.key === "Escape" && close());
  on("[data-sr-yes]", "click", () => {
    store().clearAll();
    w.answers = {};
    w.own = true;
    $("[data-sr-shared]").hidden = true;
    $("[data-sr-copy]").hidden = true;
    $("[data-sr-out]").innerHTML = "";
    w.root.classList.remove("sr-has-plan");
    w.refresh();
    close();
    say(t.forgotten);
  });
}
