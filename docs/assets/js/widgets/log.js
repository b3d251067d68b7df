// The interview log: date, organisation, stage reached and outcome of each interview, one
// row per interview record that has an outcome (lib/interviews.js), so an interview written
// about above and logged here is one interview. Points out when the same stage keeps ending
// in a rejection, and exports/imports the log as a JSON file. Kept on this device only.
import { EVENT, MAX_RECORDS, changeAll, entry, interviews, isEntry, logEntry, unlog } from "../lib/interviews.js";
import { store } from "../lib/store.js";
import { download, readJsonFile } from "../lib/transfer.js";
import {
  config, fill, formatDate, isCalendarDate, isObject, isTextMap, onAction, printFooter, reveal, say, storageNote, whileShown,
} from "../lib/util.js";

const KIND = "second-round/interview-log";
// The rows: every logged record, with its id (for Remove).
const readLog = () => interviews().records.filter((r) => r.outcome !== undefined).map((r) => ({ ...entry(r), id: r.id }));
// An entry as a file holds it (a format left out when none was chosen: JSON drops undefined).
const fields = ({ date, organisation, stage, outcome, format }) => ({ date, organisation, stage, outcome, format });
const same = (a, b) => a.date === b.date && a.organisation === b.organisation && a.stage === b.stage && a.outcome === b.outcome;

// The stage that most often ended in a rejection, if it did so at least twice.
export function pattern(entries) {
  const counts = new Map();
  for (const e of entries) if (e.outcome === "rejected") counts.set(e.stage, (counts.get(e.stage) ?? 0) + 1);
  let best = null;
  for (const [stage, count] of counts) {
    if (count >= 2 && (!best || count > best.count || (count === best.count && stage < best.stage))) best = { stage, count };
  }
  return best;
}

export default class Log {
  constructor(root) {
    this.root = root;
    this.s = config(root).strings || {};
    this.form = root.querySelector(".sr-log-add");
    this.inputs = [...this.form.querySelectorAll("[name]")];
    const draft = store().read("log-draft", isTextMap, {});
    this.inputs.forEach((input) => {
      if (draft[input.name] !== undefined) input.value = draft[input.name];
    });
    this.render(readLog());
    storageNote(root, this.s, ["interviews", "log", "log-draft"]);
    whileShown(root, EVENT, () => this.render(readLog()));
    printFooter(root, this.s.printed_from);
    reveal(root);
    this.form.addEventListener("input", () => this.keepDraft());
    this.form.addEventListener("change", () => this.keepDraft());
    onAction(root, { add: () => this.add(), remove: (button) => this.remove(button.dataset.id), export: () => this.export() });
    root.querySelector("input[type=file]").addEventListener("change", (event) => this.load(event.target));
  }

  // What is typed in the form but not yet added is kept too.
  keepDraft() {
    store().write("log-draft", Object.fromEntries(this.inputs.map((input) => [input.name, input.value])));
  }

  render(entries) {
    const s = this.s;
    const body = this.root.querySelector("[data-rows]");
    // Each cell carries its column's name, shown beside it where a phone stacks the cells.
    const labels = [...this.root.querySelectorAll(".sr-log-table thead th")].map((th) => th.textContent.trim());
    const rows = [...entries]
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((entry) => {
        const tr = document.createElement("tr");
        const when = new Date(`${entry.date}T12:00:00`);
        const cells = [
          formatDate(when),
          entry.organisation,
          s.stages[entry.stage] ?? "",
          s[`outcome_${entry.outcome}`],
        ];
        cells.forEach((text, i) => {
          const td = Object.assign(document.createElement("td"), { textContent: text });
          td.dataset.label = labels[i] ?? "";
          tr.append(td);
        });
        const button = Object.assign(document.createElement("button"), {
          type: "button",
          className: "md-button sr-remove",
          textContent: s.log_remove,
        });
        button.dataset.action = "remove";
        button.dataset.id = entry.id;
        button.setAttribute("aria-label", `${s.log_remove}: ${entry.organisation}, ${cells[0]}`);
        const td = document.createElement("td");
        td.className = "sr-noprint";
        td.append(button);
        tr.append(td);
        return tr;
      });
    body.replaceChildren(...rows);
    this.root.querySelector("[data-empty]").hidden = entries.length > 0;
    const found = pattern(entries);
    const box = this.root.querySelector("[data-pattern]");
    box.hidden = !found;
    const text = found ? fill(s.pattern, { count: found.count, stage: s.stages[found.stage] ?? "" }) : "";
    const target = this.root.querySelector("[data-pattern-text]");
    if (target.textContent !== text) target.textContent = text;
  }

  add() {
    const v = Object.fromEntries(this.inputs.map((input) => [input.name, input.value.trim()]));
    const missing = this.inputs.find((input) => ["date", "organisation"].includes(input.name) && !input.value.trim());
    if (missing || !isCalendarDate(v.date)) {
      say(this.root, this.s.log_incomplete);
      (missing || this.form.querySelector("[name=date]")).focus();
      return;
    }
    const entry = { date: v.date, organisation: v.organisation, stage: Number(v.stage), outcome: v.outcome };
    let full = false;
    changeAll((data) => {
      full = !logEntry(data, entry);
    });
    if (full) return say(this.root, fill(this.s.log_full, { limit: MAX_RECORDS }));
    this.form.querySelector("[name=organisation]").value = "";
    this.keepDraft();
    say(this.root, this.s.log_added);
  }

  remove(id) {
    changeAll((data) => unlog(data, id));
    const next = this.root.querySelector("[data-rows] button") || this.form.querySelector("[name=date]");
    next.focus();
    say(this.root, this.s.log_removed);
  }

  export() {
    const entries = readLog().map(fields);
    const file = { kind: KIND, v: 1, exported: new Date().toISOString(), entries };
    download(this.s.log_file, "application/json", `${JSON.stringify(file, null, 2)}\n`);
  }

  // Adds the file's interviews to the log; ones already there are not repeated. The file is
  // checked whole before the log changes: unreadable entries are left out (and counted), a
  // file with nothing usable or too many entries changes nothing, and "loaded" is said only
  // once the log is really kept.
  async load(input) {
    if (!input.files?.[0]) return;
    const data = await readJsonFile(input);
    const s = this.s;
    if (data === undefined) return say(this.root, fill(s.import_too_big, { limit: MAX_RECORDS }));
    if (!isObject(data) || data.kind !== KIND || data.v !== 1 || !Array.isArray(data.entries)) {
      return say(this.root, s.import_bad);
    }
    const stages = s.stages.length;
    const usable = data.entries.filter((e) => isEntry(e) && e.stage < stages);
    if (!usable.length) return say(this.root, s.import_bad);
    const log = readLog();
    const incoming = usable
      .map(fields)
      .filter((e, i, all) => !log.some((x) => same(x, e)) && all.findIndex((x) => same(x, e)) === i);
    if (interviews().records.length + incoming.length > MAX_RECORDS) {
      return say(this.root, fill(s.import_too_big, { limit: MAX_RECORDS }));
    }
    const kept = changeAll((data) => incoming.forEach((e) => logEntry(data, e)));
    const skipped = data.entries.length - usable.length;
    const parts = [kept ? s.imported : s.import_not_saved];
    if (skipped) parts.push(fill(s.import_partly, { count: skipped }));
    say(this.root, parts.join(" "));
  }
}
