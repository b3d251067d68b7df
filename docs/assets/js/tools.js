// Under the action plan: copy a link or a summary, download and load answers, forget them.
import { store } from "./store.js";
import { clean, encode, loadHistory, saveHistory, validAnswers } from "./answers.js";
import { summaryText } from "./results.js";

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
    copy(url.href, t.link_label, t.link_copied);
  });
  on("[data-sr-summary]", "click", () =>
    copy(summaryText(model, t, w.plan, w.results()), t.summary_label, t.summary_copied));

  on("[data-sr-download]", "click", () => {
    const data = { app: "second-round", v: 1, answers: w.answers, history: loadHistory() };
    const a = document.createElement("a");
    a.href = URL.createObjectURL(new Blob([JSON.stringify(data, null, 1)], { type: "application/json" }));
    a.download = "second-round-answers.json";
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  });
  on("[data-sr-import]", "change", async (event) => {
    const input = event.target;
    try {
      const data = JSON.parse(await input.files[0].text());
      if (data?.app !== "second-round" || data.v !== 1 || !validAnswers(data.answers)) throw 0;
      if (Array.isArray(data.history)) saveHistory(data.history.filter((e) => typeof e?.d === "string" && typeof e.s === "object"));
      w.adopt(clean(model, data.answers), t.loaded);
    } catch {
      say(t.load_bad);
    }
    input.value = "";
  });

  // Forgetting asks first, in the page: a question and two buttons; Escape says no.
  const box = $("[data-sr-confirm]");
  const close = () => {
    box.hidden = true;
    $("[data-sr-forget]").focus();
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
