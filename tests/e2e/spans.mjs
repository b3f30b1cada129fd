// Every quoted piece of a storylens/1 analysis, in one walk: the JavaScript twin of
// src/report/spans.rs (same fields, same order), used by every offset check of the
// browser tests. tests/node/spans.test.mjs holds SPAN_FIELDS to the JSON Schema.

/** The span-bearing fields of the output, as paths (`[]`: each item of a list). */
export const SPAN_FIELDS = [
  "documents[].excluded[]",
  "entities[].mentions[]",
  "entities[].roles[]",
  "entities[].metonyms[]",
  "timexes[]",
  "events[].evidence[]",
  "claims[]",
  "contradictions[].claims[]",
  "uncorroborated[]",
];

/**
 * Every span of an analysis: {field, item, doc, start, end, quote}; `item` is the index of
 * the top-level entry holding it, `quote` is null for excluded lines (offsets only).
 */
export function* spans(analysis) {
  const [excluded, mentions, roles, metonyms, timexes, evidence, claims, flagClaims, uncorroborated] = SPAN_FIELDS;
  const each = function* (field, list, key, get) {
    for (const [item, entry] of (list ?? []).entries()) {
      for (const s of key ? entry[key] ?? [] : [entry]) yield { field, item, ...get(s, entry) };
    }
  };
  yield* each(excluded, analysis.documents, "excluded", (x, d) => ({ doc: d.id, start: x.start, end: x.end, quote: null }));
  const span = (s) => ({ doc: s.doc, start: s.start, end: s.end, quote: s.text });
  const claim = (c) => ({ doc: c.doc, start: c.start, end: c.end, quote: c.quote });
  yield* each(mentions, analysis.entities, "mentions", span);
  yield* each(roles, analysis.entities, "roles", span);
  yield* each(metonyms, analysis.entities, "metonyms", span);
  yield* each(timexes, analysis.timexes, null, span);
  yield* each(evidence, analysis.events, "evidence", span);
  yield* each(claims, analysis.claims, null, claim);
  yield* each(flagClaims, analysis.contradictions, "claims", claim);
  yield* each(uncorroborated, analysis.uncorroborated, null, claim);
}

/** Every span whose code point offsets do not land on its quote, as readable strings. */
export function offsetMismatches(analysis) {
  const texts = new Map(analysis.documents.map((d) => [d.id, Array.from(d.text)]));
  const bad = [];
  for (const s of spans(analysis)) {
    const where = `${s.field}, item ${s.item}: ${s.doc}[${s.start}..${s.end}]`;
    const text = texts.get(s.doc);
    if (!text) bad.push(`${where}: no such document`);
    else if (!(s.start <= s.end && s.end <= text.length)) bad.push(`${where}: out of the document (${text.length} code points)`);
    else if (s.quote !== null) {
      const got = text.slice(s.start, s.end).join("");
      if (got !== s.quote) bad.push(`${where} is ${JSON.stringify(got)}, not ${JSON.stringify(s.quote)}`);
    }
  }
  return bad;
}
