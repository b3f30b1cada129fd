// What an analysis tells the page about its own sources: the headline and outlet the
// analyser read (unless the user or the file gave them), the dates it inferred, and its
// word counts (so a card and the Overview never disagree). A date that changes without
// the user touching that report is returned, never changed silently. No DOM here.

import { offer } from "./naming.js";

const BASIS = { "other-sources": "the other sources", dateline: "the dateline", text: "the text" };

/**
 * Updates `sources` from `result` (a storylens/1 analysis of them). Returns the reports
 * whose inferred date changed: `[{id, from, to}]` (from/to `YYYY-MM-DD` or "").
 */
export function adoptAnalysis(sources, result) {
  const byId = new Map(result.documents.map((d) => [d.id, d]));
  const redated = [];
  for (const s of sources) {
    const d = byId.get(s.id);
    if (!d) continue;
    offer(s, "title", d.title, "analyser");
    offer(s, "outlet", d.source, "analyser");
    s.words = d.words;
    if (s.dateOrigin !== "user" && s.dateOrigin !== "given") {
      const to = d.published.value ?? "";
      if (s.dateOrigin === "inferred" && s.published && s.published !== to) redated.push({ id: s.id, from: s.published, to });
      s.published = to;
      s.dateOrigin = to ? "inferred" : "";
      s.dateBasis = BASIS[d.published.basis] ?? d.published.basis;
    }
  }
  return redated;
}

/** The document list sent to the analyser: only what the user or the file stated is sent as given. */
export function analyserInput(sources) {
  const stated = (s, field) => (s[`${field}From`] === "user" || s[`${field}From`] === "given" ? s[field] || null : null);
  return {
    documents: sources.map((s) => ({
      id: s.id,
      text: s.text,
      source: stated(s, "outlet"),
      title: stated(s, "title"),
      published: s.dateOrigin === "user" || s.dateOrigin === "given" ? s.published || null : null,
    })),
  };
}
