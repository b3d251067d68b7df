// The thank-you note helper: when to send it (24 to 48 hours after the interview),
// drafts of the thank-you note and of a feedback request built from what the
// visitor typed, and a calendar reminder made in the browser.
import { EVENT, change, chosen } from "../lib/interviews.js";
import { copyText, download } from "../lib/transfer.js";
import { config, fill, formatDate, onAction, reveal, say, setField, storageNote, whileShown } from "../lib/util.js";

const HOUR = 3600 * 1000;
const WHEN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

// "2026-03-28T15:00" (a datetime-local value, the visitor's own clock) -> the window
// to send the note: 24 and 48 elapsed hours later, so a clock change in between is
// counted as it really happens. Null if the value is not a real date and time.
export function followUpWindow(value) {
  const m = WHEN.exec(value || "");
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1).map((x) => Number(x || 0));
  const at = new Date(year, month - 1, day, hour, minute, second);
  if (Number.isNaN(at.getTime()) || at.getMonth() !== month - 1 || at.getDate() !== day) return null;
  return { interview: at, start: new Date(at.getTime() + 24 * HOUR), end: new Date(at.getTime() + 48 * HOUR) };
}

const LONG = { weekday: "long", day: "numeric", month: "long", hour: "numeric", minute: "2-digit" };
// A reminder is set a little ahead of now when the window is already open, so it never
// lands in the past by the time the calendar opens the file.
const LEAD = 10 * 60 * 1000;

// Where now falls against the window: "before" it opens, "inside" it, or "after" it closed.
export function windowState(span, now) {
  if (now < span.start) return "before";
  return now < span.end ? "inside" : "after";
}

// "2026-03-28" (a date field) has passed once that whole day is over, on the visitor's clock.
export function dayHasPassed(value, now) {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value || "");
  if (!day) return null;
  const date = new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3]));
  if (date.getMonth() !== Number(day[2]) - 1) return null;
  const endOfDay = new Date(date.getFullYear(), date.getMonth(), date.getDate() + 1);
  return { date, passed: now >= endOfDay };
}

// The calendar reminder for a window, or null when its moment has passed.
export function reminderTime(span, now) {
  const state = windowState(span, now);
  if (state === "after") return null;
  const start = state === "before" ? span.start : new Date(now.getTime() + LEAD);
  return start < span.end ? start : null;
}

export default class Thanks {
  constructor(root) {
    this.root = root;
    this.s = config(root).strings || {};
    this.fields = [...root.querySelectorAll(".sr-fields :is(input, textarea)")];
    this.show();
    storageNote(root, this.s, ["interviews"]);
    reveal(root);
    whileShown(root, EVENT, () => this.show());
    root.addEventListener("input", (event) => this.save(event.target));
    root.addEventListener("change", (event) => this.save(event.target));
    onAction(root, {
      // Where the clipboard refuses, the draft is selected and focused, to copy by hand.
      copy: async (button) => {
        const draft = root.querySelector(`#${button.dataset.target}`);
        const copied = await copyText(draft.value, draft);
        if (!copied) draft.focus();
        say(root, copied ? this.s.copied : this.s.copy_failed);
      },
      ics: () => this.reminder(),
    });
  }

  // The chosen interview's details (lib/interviews.js), not the checklists' next interview.
  show() {
    const details = chosen().details;
    this.fields.forEach((field) => setField(field, details[field.name] ?? ""));
    this.refresh();
  }

  values() {
    return Object.fromEntries(this.fields.map((field) => [field.name, field.value.trim()]));
  }

  save(target) {
    if (!this.fields.includes(target)) return;
    change((record) => {
      record.details[target.name] = target.value;
    });
    this.refresh();
  }

  refresh() {
    const v = this.values();
    const s = this.s;
    const words = {
      name: v.interviewer || s.name_blank,
      role: v.role || s.role_blank,
      organisation: v.organisation || s.organisation_blank,
      // The text puts the full stop after the point, so one typed at its end is not doubled.
      point: v.point.replace(/[.!?\s]+$/, "") || s.point_blank,
    };
    this.root.querySelectorAll("[data-template]").forEach((draft) => {
      draft.value = fill(s[draft.dataset.template], words);
    });
    const now = new Date();
    const span = followUpWindow(v.when);
    const deadline = this.root.querySelector("[data-deadline]");
    const text = span ? this.deadlineText(span, now) : s.deadline_missing;
    if (deadline.textContent !== text) deadline.textContent = text;
    // A decision date they gave: no chasing before it; once it has passed, a draft asking for news.
    const box = this.root.querySelector("[data-decision-box]");
    const decided = dayHasPassed(v.decision_date, now);
    box.hidden = !decided;
    if (decided) {
      const date = formatDate(decided.date, "long");
      this.root.querySelector("[data-decision]").textContent =
        fill(decided.passed ? s.decision_passed : s.decision_wait, { date });
      this.root.querySelector("[data-news]").hidden = !decided.passed;
    }
    return { words, span };
  }

  deadlineText(span, now) {
    const s = this.s;
    const state = windowState(span, now);
    if (state === "after") return s.deadline_passed;
    const end = formatDate(span.end, LONG);
    return state === "inside" ? fill(s.deadline_now, { end }) : fill(s.deadline, { start: formatDate(span.start, LONG), end });
  }

  async reminder() {
    const { words, span } = this.refresh();
    if (!span) {
      say(this.root, this.s.deadline_missing);
      this.root.querySelector("[name=when]")?.focus();
      return;
    }
    const now = new Date();
    const start = reminderTime(span, now);
    if (!start) {
      say(this.root, this.s.ics_past);
      return;
    }
    const end = formatDate(span.end, LONG);
    const v = this.values();
    const name = v.interviewer || v.organisation;
    // The calendar code is fetched on first use: most visitors never ask for a reminder.
    const { calendar, newUid } = await window.secondRound.later("ics");
    const text = calendar({
      uid: newUid(),
      stamp: now,
      start,
      end: new Date(start.getTime() + HOUR / 2),
      // The placeholder would sit in the calendar for good: the organisation, or no name.
      summary: fill(name ? this.s.ics_summary : this.s.ics_summary_unnamed, { name }),
      description: fill(this.s.ics_description, { ...words, end }),
    });
    download(this.s.ics_file, "text/calendar;charset=utf-8", text);
    say(this.root, this.s.ics_ready);
  }
}
