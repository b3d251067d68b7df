// Same-day notes after an interview: questions asked, a summary of each answer,
// how it went and what to improve. Saved on every keystroke, on this device only.
// They belong to one interview: a list at the top chooses which (the most recent at
// first) or starts another; the thank-you widget follows the choice (lib/interviews.js).
import { EVENT, change, choose, chosen, interviews, startNew } from "../lib/interviews.js";
import { config, fill, formatDate, onAction, reveal, say, storageNote, whileShown } from "../lib/util.js";

export default class Notes {
  constructor(root) {
    this.root = root;
    this.s = config(root).strings || {};
    this.list = root.querySelector("[data-questions]");
    this.model = this.list.querySelector("[data-qa]").cloneNode(true);
    this.minimum = this.list.children.length;
    this.select = root.querySelector(".sr-interviews select");
    this.show();
    storageNote(root, this.s, ["interviews"]);
    reveal(root);
    whileShown(root, EVENT, () => this.show());
    // Names in the list follow what was typed since: refreshed when it is about to be used.
    this.select.addEventListener("focus", () => this.names());
    this.select.addEventListener("change", () => choose(this.select.value));
    root.addEventListener("input", (event) => event.target !== this.select && this.save());
    onAction(root, {
      new: () => {
        startNew();
        say(root, this.s.interview_started);
      },
      add: () => {
        this.addPair().querySelector("[name=q]").focus();
        this.save();
      },
      remove: () => {
        if (this.list.children.length > 1) {
          this.list.lastElementChild.remove();
          this.list.lastElementChild.querySelector("[name=q]").focus();
        }
        this.save();
      },
    });
  }

  // Each interview is named by what is known of it: organisation, role and day.
  names() {
    const data = interviews();
    const options = data.records.map(({ id, details: d }, i) => {
      const day = new Date(d.when);
      const known = [d.organisation, d.role, d.when && Number.isFinite(day.getTime()) && formatDate(day)];
      return new Option(known.filter((part) => part && part.trim()).join(", ") || fill(this.s.interview_n, { n: i + 1 }), id);
    });
    this.select.replaceChildren(...options.reverse()); // most recent first
    this.select.value = data.current;
  }

  show() {
    this.names();
    const notes = chosen().notes;
    while (this.list.children.length > Math.max(this.minimum, notes.questions.length)) this.list.lastElementChild.remove();
    while (this.list.children.length < notes.questions.length) this.addPair();
    this.pairs().forEach((pair, i) => {
      pair.querySelector("[name=q]").value = notes.questions[i]?.q ?? "";
      pair.querySelector("[name=a]").value = notes.questions[i]?.a ?? "";
    });
    this.root.querySelector("[name=went]").value = notes.went ?? "";
    this.root.querySelector("[name=improve]").value = notes.improve ?? "";
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

  save() {
    // Trailing empty pairs beyond the printed ones are not worth keeping.
    const questions = this.pairs().map((pair) => ({
      q: pair.querySelector("[name=q]").value,
      a: pair.querySelector("[name=a]").value,
    }));
    while (questions.length > this.minimum && !questions.at(-1).q && !questions.at(-1).a) questions.pop();
    const notes = {
      questions,
      went: this.root.querySelector("[name=went]").value,
      improve: this.root.querySelector("[name=improve]").value,
    };
    change((record) => {
      record.notes = notes;
    });
  }
}
