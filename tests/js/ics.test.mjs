// The calendar file made in the browser (docs/assets/js/lib/ics.js), checked against RFC 5545:
// CRLF line endings, lines of at most 75 octets (UTF-8 bytes) folded without splitting a
// character, continuation lines starting with one space, TEXT values escaped.
import { test } from "node:test";
import assert from "node:assert/strict";
import { calendar, escapeText, fold, utc } from "../../docs/assets/js/lib/ics.js";

const octets = (text) => Buffer.byteLength(text, "utf8");
// RFC 5545 3.1: unfolding removes each CRLF followed by one space.
const unfold = (text) => text.replace(/\r\n /g, "");

function assertFolded(line) {
  const folded = fold(line);
  const pieces = folded.split("\r\n");
  pieces.forEach((piece, i) => {
    assert.ok(octets(piece) <= 75, `piece ${i} is ${octets(piece)} octets: ${JSON.stringify(piece)}`);
    if (i > 0) assert.ok(piece.startsWith(" ") && piece.length > 1, `continuation ${i} starts with one space`);
    // A split character would leave a lone surrogate, which UTF-8 cannot carry.
    assert.ok(piece.isWellFormed(), `piece ${i} splits a character`);
  });
  assert.equal(unfold(folded), line, "unfolding gives the line back");
  return pieces;
}

test("a line of up to 75 octets is left as it is", () => {
  assert.equal(fold(""), "");
  assert.equal(fold("SUMMARY:Thank-you note"), "SUMMARY:Thank-you note");
  assert.equal(fold("x".repeat(75)), "x".repeat(75));
});

test("a longer line is cut at 75 octets and continues after CRLF and a space", () => {
  assert.equal(fold("x".repeat(76)), `${"x".repeat(75)}\r\n x`);
  // Continuation lines carry 74 octets of content: the leading space counts.
  const pieces = assertFolded("y".repeat(75 + 74 + 10));
  assert.deepEqual(pieces.map(octets), [75, 75, 11]);
});

test("multi-byte characters count by their UTF-8 bytes and are never split", () => {
  // 74 ASCII bytes then "é" (2 bytes): 76 octets would overflow, so "é" moves to the next line.
  assert.deepEqual(assertFolded(`${"a".repeat(74)}é`), ["a".repeat(74), " é"]);
  // 80 two-byte characters are 160 octets, not 80: they need three lines.
  assert.equal(assertFolded("é".repeat(80)).length, 3);
  for (const char of ["面", "✓", "😀", "👩‍💻"]) {
    for (let lead = 70; lead <= 75; lead += 1) assertFolded("b".repeat(lead) + char.repeat(40));
  }
});

test("TEXT values escape backslash, semicolon and comma, and any line break becomes \\n", () => {
  assert.equal(escapeText("a;b,c\\d"), "a\\;b\\,c\\\\d");
  assert.equal(escapeText("one\ntwo\r\nthree\rfour"), "one\\ntwo\\nthree\\nfour");
  assert.equal(escapeText("Dr Chen: café ✓"), "Dr Chen: café ✓", "colons and other text stay as they are");
  assert.equal(escapeText(42), "42");
});

test("dates are written in UTC, to the second, with a Z", () => {
  assert.equal(utc(new Date(Date.UTC(2026, 2, 29, 15, 0, 9, 123))), "20260329T150009Z");
  assert.equal(utc(new Date(Date.UTC(2026, 11, 31, 23, 59, 59))), "20261231T235959Z");
});

const TRICKY = "Priya Raman-O'Neil; Ops, Data & \"Insight\" \\ team — café ✓ 面接のお礼\nsecond line";
const LONG = `${"Send it before Tuesday. ".repeat(12)}Ünïcödé at the fold: ${"é".repeat(36)}`;

test("a calendar is one event with CRLF lines of at most 75 octets and the values that went in", () => {
  const text = calendar({
    uid: "test-1234@second-round",
    stamp: new Date(Date.UTC(2026, 2, 28, 16, 5, 9)),
    start: new Date(Date.UTC(2026, 2, 29, 15, 0)),
    end: new Date(Date.UTC(2026, 2, 29, 15, 30)),
    summary: TRICKY,
    description: LONG,
  });
  assert.ok(text.endsWith("\r\n"));
  assert.equal(text.replace(/\r\n/g, "").search(/[\r\n]/), -1, "no bare CR or LF");
  for (const line of text.split("\r\n").slice(0, -1)) assert.ok(octets(line) <= 75, line);
  const lines = unfold(text).split("\r\n").slice(0, -1);
  const value = (name) => lines.filter((l) => l.startsWith(`${name}:`)).map((l) => l.slice(name.length + 1));
  assert.deepEqual(lines.filter((l) => /^(BEGIN|END):/.test(l)),
    ["BEGIN:VCALENDAR", "BEGIN:VEVENT", "BEGIN:VALARM", "END:VALARM", "END:VEVENT", "END:VCALENDAR"]);
  assert.deepEqual(value("VERSION"), ["2.0"]);
  assert.equal(value("PRODID").length, 1);
  assert.deepEqual(value("UID"), ["test-1234@second-round"]);
  assert.deepEqual(value("DTSTAMP"), ["20260328T160509Z"]);
  assert.deepEqual(value("DTSTART"), ["20260329T150000Z"]);
  assert.deepEqual(value("DTEND"), ["20260329T153000Z"]);
  assert.deepEqual(value("SUMMARY"), [escapeText(TRICKY)]);
  assert.deepEqual(value("ACTION"), ["DISPLAY"]);
  // The event's description and the alarm's (which repeats the summary).
  assert.deepEqual(value("DESCRIPTION"), [escapeText(LONG), escapeText(TRICKY)]);
  assert.ok(value("SUMMARY")[0].includes("Raman-O'Neil\\; Ops\\, Data") && value("SUMMARY")[0].includes("\\\\ team"));
});
