// A one-event iCalendar file (RFC 5545), made in the browser: CRLF line endings,
// lines folded at 75 octets without splitting a character, TEXT values escaped.

const CRLF = "\r\n";
const encoder = new TextEncoder();

// 20260328T150000Z: a UTC date-time, so no time-zone block is needed.
export const utc = (date) => date.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");

// Backslash, semicolon and comma are escaped; any line break becomes \n.
export const escapeText = (text) =>
  String(text).replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, "\\n");

// Splits a content line into pieces of at most 75 octets; continuation lines start with a space.
export function fold(line) {
  const out = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = out.length ? 74 : 75; // the leading space of a continuation counts
    if (octets + size > limit) {
      out.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join(`${CRLF} `);
}

// event: {uid, stamp, start, end, summary, description, alarm}; dates are Date objects.
export function calendar(event, prodid = "-//Second Round//Interview follow-up//EN") {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${prodid}`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    "BEGIN:VEVENT",
    `UID:${event.uid}`,
    `DTSTAMP:${utc(event.stamp)}`,
    `DTSTART:${utc(event.start)}`,
    `DTEND:${utc(event.end)}`,
    `SUMMARY:${escapeText(event.summary)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    "BEGIN:VALARM",
    "ACTION:DISPLAY",
    "TRIGGER:PT0S",
    `DESCRIPTION:${escapeText(event.summary)}`,
    "END:VALARM",
    "END:VEVENT",
    "END:VCALENDAR",
  ];
  return lines.map(fold).join(CRLF) + CRLF;
}

export const newUid = () =>
  `${globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random().toString(36).slice(2)}`}@second-round`;
