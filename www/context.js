// The sentence around a quote: what a reader needs to judge a value ("six hours" says
// little; "The talks lasted six hours, the ministry said." says what was six hours).
// Offsets are code points (dom.js codePointSlice). Pure functions, no DOM.

/** How far to look on each side of a quote, in code points. */
const CONTEXT = 160;

/**
 * `{before, quote, after, ok}`: the rest of the quote's sentence on each side (cut at a
 * word, with "…", where the sentence runs past CONTEXT code points). `ok` is false when
 * the offsets do not point at the quote (a core bug): then before/after are empty.
 */
export function sentenceAround(points, { start, end, quote }) {
  if (points.slice(start, end).join("") !== quote) return { before: "", quote, after: "", ok: false };
  const before = points.slice(Math.max(0, start - CONTEXT), start).join("");
  const after = points.slice(end, end + CONTEXT).join("");
  let lead = before.split(/(?<=[.!?…])\s+|\n/).pop();
  let tail = after.split(/(?<=[.!?…])(?=\s)|\n/)[0];
  if (lead.length === before.length && start > CONTEXT) lead = "…" + lead.replace(/^\S*\s+/, "");
  if (tail.length === after.length && end + CONTEXT < points.length) tail = tail.replace(/\s+\S*$/, "") + " …";
  return { before: lead, quote, after: tail, ok: true };
}

/** The sentence as one line of text, the quote marked with `open`/`close` (default: none). */
export function sentenceText(points, span, open = "", close = "") {
  const s = sentenceAround(points, span);
  return `${s.before}${open}${s.quote}${close}${s.after}`.replace(/\s+/g, " ").trim();
}
