// What a source is called: its headline, its outlet and its date, never a file hash.
// The page guesses a headline from the first line and an outlet from a dateline before
// any analysis; the analyser's own findings (documents[].title, .source) replace those
// guesses afterwards, and whatever the user typed wins over both. No DOM here.

import { shortTitle } from "./dom.js";

/** Where a headline or outlet comes from, strongest first: what the user typed, what the file said, what the analyser read, the page's guess. */
export const ORIGIN_RANK = { user: 4, given: 3, analyser: 2, text: 1, "": 0 };

// Words of a time stamp line: month and weekday names (and their short forms), the words
// pages put before a date, and clock words; a line with nothing else is no headline.
const STAMP_WORD =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|posted|updated|last|published|modified|first|on|at|am|pm|a\.m|p\.m|gmt|utc|edt|est|bst|cet|[a-z])$/i;

/** True for a line that is only a date or time stamp ("Last Updated: Monday, 28 November 2005, 02:24 GMT", "11 / 28 / 05"). */
export function isStampLine(line) {
  const words = line.toLowerCase().match(/\p{L}+(?:\.\p{L})*/gu) ?? [];
  return /\d/.test(line) && words.every((w) => STAMP_WORD.test(w));
}

/**
 * The first line of `text` when it reads as a headline: followed by more text, at most
 * 160 characters and 24 words, not ending like a sentence (a full stop, comma, colon
 * or semicolon), not a dateline ("Istanbul (Reuters) – …") nor a byline. Date and time
 * stamp lines above it ("Posted 11/27/2005 7:21 AM") are passed over (at most three).
 */
export function headlineOf(text) {
  const lines = (text ?? "").trim().split(/\n+/);
  let i = 0;
  while (i < 3 && i < lines.length - 1 && isStampLine(lines[i].trim())) i++;
  if (i + 1 >= lines.length) return "";
  const line = lines[i].trim();
  if (!line || line.length > 160 || line.split(/\s+/).length > 24 || /[.,:;]$/.test(line) || DATELINE.test(line) || /^By\s+\p{Lu}/u.test(line) || isStampLine(line)) return "";
  return line;
}

// "Istanbul (Reuters) –", "WASHINGTON, April 10 (AP) -", "LONDON (BBC News): ": a place,
// maybe a date, then the outlet in brackets and a dash or colon.
const DATELINE = /^\s*[\p{Lu}][\p{L}\p{M} .,'’-]{0,40}?(?:,?\s+[\p{L}]{3,9}\.?\s+\d{1,2})?\s*\(([^()\n]{2,40})\)\s*[-–—:]/u;

/**
 * The outlet a dateline at the top of `text` names ("Istanbul (Reuters) –" → "Reuters"):
 * on the first line, or on the second when the first is a headline. Else "".
 */
export function datelineOutlet(text) {
  const lines = (text ?? "").trim().split(/\n+/, 2);
  for (const line of lines) {
    const m = DATELINE.exec(line);
    if (m) return m[1].trim();
  }
  return "";
}

// "By Jane Doe, Reuters", "By Jane Doe | The Harbour Chronicle", "By Jane Doe - Valley Courier":
// a byline on one of the first lines naming a person (two to four capitalised words) then an outlet.
const BYLINE = /^\s*By\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}\s*(?:,|\||\s[-–—]\s)\s*((?:The\s+)?\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’.-]*){0,4})\s*$/u;

/** The outlet a byline on one of the first three lines names ("By Jane Doe, Reuters" → "Reuters"), else "". */
export function bylineOutlet(text) {
  for (const line of (text ?? "").trim().split(/\n+/, 3)) {
    const m = BYLINE.exec(line);
    if (m) return m[1].trim();
  }
  return "";
}

/** The first words of the text (up to about 48 characters, cut at a word) with an ellipsis. */
export function openingWords(text) {
  const first = (text ?? "").trim().split(/\n/)[0].replace(/\s+/g, " ");
  if (first.length <= 52) return first;
  return first.slice(0, 48).replace(/\s+\S*$/, "") + "…";
}

/**
 * True for file names that say nothing about the article: hashes and ids ("0e18692511e9",
 * "001_53af7234"), bare numbers, and generic names ("article", "download (3)").
 */
export function isOpaqueName(stem) {
  const s = (stem ?? "").trim();
  return (
    s === "" ||
    /[0-9a-f]{8,}/i.test(s) ||
    /^[\d\s_.()-]*$/.test(s) ||
    /^(doc|document|article|untitled|file|page|download|index|text|story|report|new)[\s\d_.()-]*$/i.test(s)
  );
}

/** The file name without its extension. */
export const fileStem = (file) => (file ?? "").replace(/\.[^.]+$/, "");

/**
 * The short name of a source for chips and columns: the outlet, else the headline
 * (shortened), else a meaningful file name, else the opening words of the text.
 */
export function sourceName(s) {
  const stem = fileStem(s.file);
  return s.outlet || shortTitle(s.title) || (isOpaqueName(stem) ? "" : stem) || openingWords(s.text) || "Untitled report";
}

/**
 * Names for a list of sources, made distinct: two reports from one outlet become
 * "Reuters, 10 Apr" and "Reuters, 11 Apr" (or "Reuters (2)" when the dates are alike).
 * Returns a Map id → name.
 */
export function distinctNames(sources) {
  const base = sources.map((s) => sourceName(s));
  const count = new Map();
  for (const b of base) count.set(b, (count.get(b) ?? 0) + 1);
  const seen = new Map();
  const out = new Map();
  sources.forEach((s, i) => {
    let name = base[i];
    if (count.get(name) > 1) {
      const n = (seen.get(name) ?? 0) + 1;
      seen.set(name, n);
      name = n === 1 ? name : `${name} (${n})`;
    }
    out.set(s.id, name);
  });
  return out;
}

/**
 * Sets `s[field]` (title or outlet) to `value` from `origin` unless a stronger origin
 * set it already; an empty value never replaces a non-empty one of the same origin.
 */
export function offer(s, field, value, origin) {
  const from = `${field}From`;
  if (!value) return false;
  if ((ORIGIN_RANK[s[from] ?? ""] ?? 0) > ORIGIN_RANK[origin]) return false;
  if (s[field] === value && s[from] === origin) return false;
  s[field] = value;
  s[from] = origin;
  return true;
}

/** The headline and outlet the page can tell from the text alone (before any analysis). */
export function guessFromText(s) {
  offer(s, "title", headlineOf(s.text), "text");
  offer(s, "outlet", datelineOutlet(s.text) || bylineOutlet(s.text), "text");
}
