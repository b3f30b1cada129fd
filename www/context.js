// The sentence around a quote: what a reader needs to judge a value ("six hours" says
// little; "The talks lasted six hours, the ministry said." says what was six hours).
// Offsets are code points (dom.js codePointSlice). Pure functions, no DOM.

/** How far to look on each side of a quote, in code points. */
const CONTEXT = 160;

// A sentence ends at . ! ? or … (with any closing quotes or brackets) before a space and
// a capital, a digit or an opening quote: but not after initials ("U.S.", "J.") or a
// title or other common English abbreviation, which end no sentence.
const END = /[.!?…]["'”’)\]]*\s+(?=["'“‘(]?[\p{Lu}\p{N}])|\n/gu;
const NOT_AN_END = /(?:^|[\s(])(?:(?:\p{L}\.)*\p{L}|Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Sgt|Capt|Gov|Sen|Rep|Rev|Jr|Sr|Prof|No|Inc|Corp|Co|Ltd|vs|etc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$/u;

/** Offsets (in `text`) just after each sentence end in `text`. */
function ends(text) {
  const out = [];
  for (const m of text.matchAll(END)) {
    if (m[0] !== "\n" && NOT_AN_END.test(text.slice(Math.max(0, m.index - 12), m.index + 1))) continue;
    // "6. 1" (a decimal point with a space after it, as some copy has it) ends no sentence.
    if (m[0][0] === "." && /\d/.test(text[m.index - 1] ?? "") && /^\.\s\d/.test(m[0] + text.slice(m.index + m[0].length, m.index + m[0].length + 1))) continue;
    out.push(m.index + m[0].length);
  }
  return out;
}

/**
 * `{before, quote, after, ok}`: the rest of the quote's sentence on each side (cut at a
 * word, with "…", where the sentence runs past CONTEXT code points). `ok` is false when
 * the offsets do not point at the quote (a core bug): then before/after are empty.
 */
export function sentenceAround(points, { start, end, quote }) {
  if (points.slice(start, end).join("") !== quote) return { before: "", quote, after: "", ok: false };
  const before = points.slice(Math.max(0, start - CONTEXT), start).join("");
  const after = points.slice(end, end + CONTEXT).join("");
  const leadAt = ends(before).pop();
  const tailAt = ends(after)[0];
  let lead = leadAt === undefined ? before : before.slice(leadAt);
  let tail = tailAt === undefined ? after : after.slice(0, tailAt).trimEnd();
  if (leadAt === undefined && start > CONTEXT) lead = "…" + lead.replace(/^\S*\s+/, "");
  if (tailAt === undefined && end + CONTEXT < points.length) tail = tail.replace(/\s+\S*$/, "") + " …";
  return { before: lead, quote, after: tail, ok: true };
}

/** The sentence as one line of text, the quote marked with `open`/`close` (default: none). */
export function sentenceText(points, span, open = "", close = "") {
  const s = sentenceAround(points, span);
  return `${s.before}${open}${s.quote}${close}${s.after}`.replace(/\s+/g, " ").trim();
}
