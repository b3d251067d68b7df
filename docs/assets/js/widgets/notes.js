// Same-day notes after an interview: questions asked, a summary of each answer,
// how it went and what to improve. Saved on every keystroke, on this device only.
import { store } from "../lib/store.js";
import { config, fill, isObject, reveal, storageNote } from "../lib/util.js";

const isText = (v) => v === undefined || typeof v === "string";
const isNotes = (v) =>
  isObject(v) &&
  Array.isArray(v.questions) &&
  v.questions.every((p) => isObject(p) && typeof p.q === "string" && typeof p.a === "string") &&
  isText(v.went) &&
  isText(v.improve);

export default class Notes {
  constructor(root) {
    this.root = root;
    this.s = config(root).strings || {};
    this.list = root.querySelector("[data-questions]");
    this.model = this.list.querySelector("[data-qa]").cloneNode(true);
    this.minimum = this.list.children.length;
    const notes = store().read("notes", isNotes, { questions: [] });
    while (this.list.children.length < notes.questions.length) this.addPair();
    this.pairs().forEach((pair, i) => {
      pair.querySelector("[name=q]").value = notes.questions[i]?.q ?? "";
      pair.querySelector("[name=a]").value = notes.questions[i]?.a ?? "";
    });
    root.querySelector("[name=went]").value = notes.went ?? "";
    root.querySelector("[name=improve]").value = notes.improve ?? "";
    storageNote(root, this.s, ["notes"]);
    reveal(root);
    root.addEventListener("input", () => this.save());
    root.addEventListener("click", (event) => this.act(event.target.closest("[data-action]")));
  }

  pairs() {
    return [...this.list.querySelectorAll("[data-qa]")];
  }

  addPair() {
    const n = this.list.children.length + 1;
    const pair = this.model.cloneNode(true);
    for (const [name, key] of [["q", "question"], ["a", "answer"]]) {
      const field = pair.querySelector(`[name=${name}]`);
      field.id = `note-${name}${n}`;
      field.value = "";
      const label = pair.querySelector(`label[for^="note-${name}"]`);
      label.htmlFor = field.id;
      label.textContent = fill(this.s[key], { n });
    }
    this.list.append(pair);
    return pair;
  }

  act(button) {
    if (!button) return;
    if (button.dataset.action === "add") {
      this.addPair().querySelector("[name=q]").focus();
    } else if (button.dataset.action === "remove" && this.list.children.length > 1) {
      this.list.lastElementChild.remove();
      this.list.lastElementChild.querySelector("[name=q]").focus();
    }
    this.save();
  }

  save() {
    // Trailing empty pairs beyond the printed ones are not worth keeping.
    const questions = this.pairs().map((pair) => ({
      q: pair.querySelector("[name=q]").value,
      a: pair.querySelector("[name=a]").value,
    }));
    while (questions.length > this.minimum && !questions.at(-1).q && !questions.at(-1).a) questions.pop();
    store().write("notes", {
      questions,
      went: this.root.querySelector("[name=went]").value,
      improve: this.root.querySelector("[name=improve]").value,
    });
  }
}
