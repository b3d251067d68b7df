// A printable checklist (one reason's, or the combined interview plan): ticks and
// typed fields are kept on this device; on the plan, the items of the reasons the
// visitor's self-check points to move to the top of each phase and get a star. Items
// for other formats than the next interview's are hidden until "show all" is pressed.
import { rankReasons, scoreAll, validAnswers, worth } from "../lib/scoring.js";
import { store } from "../lib/store.js";
import { config, fill, isObject, isTextMap, onAction, printFooter, reveal, say, setField, storageNote } from "../lib/util.js";

const isTicks = (v) => isObject(v) && Object.values(v).every((x) => x === true);
const BLANK = "sr-print-blank"; // class on <html> while a blank copy prints

// Re-reads a stored value, changes it and writes it back, so that another tab or widget's
// change in between is not overwritten.
function update(name, isValid, fallback, change) {
  const value = store().read(name, isValid, fallback);
  store().write(name, change(value) ?? value);
}

export default class Checklist {
  constructor(root) {
    this.root = root;
    const settings = config(root);
    this.s = settings.strings || {};
    this.model = settings.model; // on the plan only: the scoring model, to put flagged reasons first
    this.boxes = [...root.querySelectorAll("input[type=checkbox]")];
    this.fields = [...root.querySelectorAll(".sr-fields :is(input, textarea)")];
    this.note = root.querySelector("[data-formats-note]");
    this.all = false;
    // The items' own order (the page's), which a blank copy prints in.
    this.order = new Map([...root.querySelectorAll(".sr-items > li")].map((li, i) => [li, i]));
    this.fill();
    this.personalise();
    storageNote(root, this.s, ["ticks", "plan"]);
    printFooter(root, this.s.printed_from);
    reveal(root);
    root.addEventListener("change", (event) => this.save(event.target));
    root.addEventListener("input", (event) => this.save(event.target));
    onAction(root, {
      print: () => window.print(),
      "show-all": () => {
        this.all = !this.all;
        this.filter();
      },
      "print-blank": () => this.printBlank(),
      reset: () => window.confirm(this.s.reset_confirm) && this.reset(),
    });
  }

  fill() {
    const ticks = store().read("ticks", isTicks, {});
    const plan = store().read("plan", isTextMap, {});
    this.boxes.forEach((box) => {
      box.checked = ticks[box.name] === true;
    });
    this.fields.forEach((field) => setField(field, plan[field.name] ?? ""));
    this.filter();
  }

  // Hides the items that do not fit the chosen format (unless all are to show) and says how
  // many, in a live region shown from the start so that changes are read out; a phase left
  // with nothing to show goes too. No format chosen: every item shows.
  filter(announce = false) {
    if (!this.note) return;
    const format = this.root.querySelector("[name=format]:checked")?.value;
    let count = 0;
    this.root.querySelectorAll("[data-formats]").forEach((li) => {
      const fits = !format || li.dataset.formats.split(" ").includes(format);
      li.hidden = !fits && !this.all;
      count += !fits;
    });
    this.root.querySelectorAll(".sr-phase").forEach((phase) => {
      phase.hidden = !phase.querySelector(".sr-item:not([hidden])");
    });
    const text = count ? fill(this.all ? this.s.formats_all : this.s.formats_hidden, { count }) : "";
    const button = this.note.querySelector("button");
    button.setAttribute("aria-pressed", this.all);
    button.classList.toggle("md-button--primary", this.all);
    button.hidden = !count;
    const said = this.note.querySelector("[data-formats-count]");
    // Another format that hides as many items leaves the words as they were, and a screen
    // reader says nothing; emptied first, the same words are read out again.
    if (announce && said.textContent === text) {
      said.textContent = "";
      requestAnimationFrame(() => { said.textContent = text; });
    } else said.textContent = text;
    this.note.hidden = false;
  }

  save(target) {
    if (this.boxes.includes(target)) {
      update("ticks", isTicks, {}, (ticks) => {
        if (target.checked) ticks[target.name] = true;
        else delete ticks[target.name];
      });
    } else if (this.fields.includes(target)) {
      update("plan", isTextMap, {}, (plan) => {
        plan[target.name] = target.value;
      });
      if (target.name === "format") this.filter(true);
    }
  }

  // Empty for the print only; what is saved comes back as soon as the dialog closes.
  printBlank() {
    const html = document.documentElement;
    this.boxes.forEach((box) => {
      box.checked = false;
    });
    // No format chosen, so every item shows, each naming its formats.
    this.fields.forEach((field) => setField(field, null));
    this.filter();
    // Nor the visitor's reasons first: the order alone would tell a reader their result.
    this.personalise(true);
    html.classList.add(BLANK);
    const restore = () => {
      html.classList.remove(BLANK);
      this.fill();
      this.personalise();
    };
    window.addEventListener("afterprint", restore, { once: true });
    window.print();
  }

  // Clears what this page shows: its own ticks, and the fields where there are any.
  reset() {
    const mine = new Set(this.boxes.map((box) => box.name));
    update("ticks", isTicks, {}, (ticks) => {
      mine.forEach((name) => delete ticks[name]);
    });
    if (this.fields.length) {
      update("plan", isTextMap, {}, (plan) => {
        this.fields.forEach((field) => delete plan[field.name]);
      });
    }
    this.fill();
    say(this.root, this.s.cleared);
  }

  personalise(blank = false) {
    const note = this.root.querySelector("[data-personal]");
    const model = this.model;
    if (!note || !model) return;
    const answers = store().read("answers", validAnswers, {});
    // Reasons worth acting on, most likely first (the results page's own rule).
    const titles = new Map(model.reasons.map((r) => [r.id, r.title]));
    const flagged = blank ? [] : rankReasons(model, scoreAll(model, answers)).filter((r) => worth(model, r));
    const rank = new Map(flagged.map((r, i) => [r.id, i]));
    for (const list of this.root.querySelectorAll(".sr-items")) {
      const key = (li) => rank.get(li.dataset.reason) ?? flagged.length;
      [...list.children]
        .sort((a, b) => key(a) - key(b) || this.order.get(a) - this.order.get(b))
        .forEach((li) => {
          const marked = rank.has(li.dataset.reason);
          li.classList.toggle("sr-item--flagged", marked);
          li.querySelector(".sr-mark").hidden = !marked;
          list.append(li);
        });
    }
    note.textContent = flagged.length
      ? fill(this.s.personal, { reasons: flagged.map((r) => titles.get(r.id)).join("; ") })
      : this.s.not_personal;
    // Where nothing can be kept (a private window, a frame), answers given on a reason page
    // are gone by the time this page loads: the note would promise what cannot happen.
    note.hidden = !flagged.length && !store().persistent;
  }
}
