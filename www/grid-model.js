// The comparison grid as data: one row per fact the sources state (a subject and an
// attribute: dead, injured, time, place, who led, title of X, …), one column per source
// in date order, each cell the claims that source makes about it. Built on the
// analysis's `facts`, `claims` and `contradictions` only, so a new kind of claim needs no
// code here: rows group by the fact's (or claim's) `event` when the analyser gives one,
// else by its subject. A row is flagged by the contradictions of its fact (or, without
// facts, by those whose quotes are among its claims).
// Pure functions, no DOM: the view (grid.js) and the CSV export share them.

import { sentenceText } from "./context.js";
import { csv } from "./csv.js";
import { readableValue, SEVERITIES } from "./dom.js";

const fold = (v) => String(v).toLowerCase().replace(/\s+/g, " ").trim();
const spanKey = (c) => `${c.doc}\u0000${c.start}\u0000${c.end}`;

/** Source ids in date order (published value, undated last; ties keep the input order). */
export function columnsByDate(analysis) {
  return analysis.documents
    .map((d, i) => ({ id: d.id, day: d.published?.value ?? null, i }))
    .sort((a, b) => (a.day === b.day ? a.i - b.i : a.day === null ? 1 : b.day === null ? -1 : a.day < b.day ? -1 : 1))
    .map((x) => x.id);
}

/**
 * `{columns, groups: [{key, label, event, rows}]}`. A row is `{key, subject, subjectId,
 * attribute, label, cells: Map(doc → [claim]), docs, values, flags, severity, kind,
 * status, series}`:
 *   status    "flagged" (a contradiction covers it), "agree" (one value in every source
 *             stating it), "differ" (different wording, not flagged), "evolving" (a figure
 *             that changed over time), "single" (one source)
 *   severity  the most severe flag's ("high", "medium", "low") or null
 *   series    for an evolving figure: [{value, docs?}] in date order, else null
 * Rows are the analysis's `facts` when it has them (storylens 0.2: each fact is one subject,
 * attribute and key, with its claims), else one row per claim subject and attribute.
 */
export function buildGrid(analysis) {
  const columns = columnsByDate(analysis);
  const order = new Map(columns.map((id, i) => [id, i]));
  const events = new Map((analysis.events ?? []).map((e) => [e.id, e]));
  const groups = new Map();
  const groupOf = (eventId, subjectKey, subject) => {
    const event = eventId && events.has(eventId) ? events.get(eventId) : null;
    const key = event ? `event:${event.id}` : `subject:${subjectKey}`;
    if (!groups.has(key)) groups.set(key, { key, label: event ? eventLabel(event) : subject, event, rows: new Map(), first: groups.size });
    return groups.get(key);
  };
  const newRow = (key, subject, subjectId, attribute, label) => ({ key, subject, subjectId, attribute, label, cells: new Map(), flags: [], factStatus: null });
  const addClaim = (row, cl) => {
    if (!row.cells.has(cl.doc)) row.cells.set(cl.doc, []);
    row.cells.get(cl.doc).push(cl);
  };

  if (Array.isArray(analysis.facts)) {
    const flagsByFact = new Map();
    for (const c of analysis.contradictions ?? []) if (c.fact) flagsByFact.set(c.fact, [...(flagsByFact.get(c.fact) ?? []), c]);
    for (const f of analysis.facts) {
      const g = groupOf(f.event, f.subject_id ?? f.subject, f.subject);
      const row = newRow(`${g.key}/${f.id}`, f.subject, f.subject_id ?? null, f.attribute, f.label || f.attribute);
      row.factStatus = f.status;
      row.flags = flagsByFact.get(f.id) ?? [];
      for (const i of f.claims) if (analysis.claims[i]) addClaim(row, analysis.claims[i]);
      g.rows.set(f.id, row);
    }
  } else {
    const flagsBySpan = new Map();
    for (const c of analysis.contradictions ?? []) for (const cl of c.claims) flagsBySpan.set(spanKey(cl), [...(flagsBySpan.get(spanKey(cl)) ?? []), c]);
    for (const cl of analysis.claims ?? []) {
      const g = groupOf(cl.event, cl.subject_id ?? cl.subject, cl.subject);
      const rkey = `${g.event ? `${cl.subject_id ?? cl.subject}\u0000` : ""}${cl.attribute}`;
      if (!g.rows.has(rkey)) g.rows.set(rkey, newRow(`${g.key}/${rkey}`, cl.subject, cl.subject_id ?? null, cl.attribute, cl.attribute));
      const row = g.rows.get(rkey);
      addClaim(row, cl);
      for (const f of flagsBySpan.get(spanKey(cl)) ?? []) if (!row.flags.includes(f)) row.flags.push(f);
    }
  }

  const out = [];
  for (const g of groups.values()) {
    const rows = [...g.rows.values()].filter((r) => r.cells.size).map((r) => finishRow(r, order));
    if (!rows.length) continue;
    rows.sort((a, b) => rank(a) - rank(b) || b.docs.length - a.docs.length);
    out.push({ key: g.key, label: g.label, event: g.event, rows, first: g.first });
  }
  out.sort((a, b) => rank(a.rows[0]) - rank(b.rows[0]) || widest(b) - widest(a) || a.first - b.first);
  return { columns, groups: out.map(({ first, ...g }) => g) };
}

/** Sort rank of a row: flagged by severity, then agreeing/differing, then single-source. */
function rank(row) {
  if (row.severity) return SEVERITIES.indexOf(row.severity);
  return row.status === "single" ? 5 : 3;
}
const widest = (g) => Math.max(...g.rows.map((r) => r.docs.length));

function finishRow(r, order) {
  const docs = [...r.cells.keys()].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  const values = new Set(docs.flatMap((d) => r.cells.get(d).map((c) => fold(c.value))));
  const flags = r.flags.slice().sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
  const severity = flags[0]?.severity ?? null;
  const own = docs.length < 2 ? "single" : values.size === 1 ? "agree" : "differ";
  const status = flags.length ? "flagged" : r.factStatus ?? own;
  // A series: the analyser's, else the values in the columns' date order.
  const given = flags.find((f) => f.series?.length)?.series;
  const evolving = status === "evolving" || flags.some((f) => f.kind === "evolving");
  const series = given?.length
    ? given.map((x) => ({ value: x.value, docs: x.docs }))
    : evolving
      ? docs.map((d) => ({ value: r.cells.get(d)[0].value, docs: [d] }))
      : null;
  const { factStatus, ...row } = r;
  return { ...row, docs, values: [...values], flags, severity, kind: flags[0]?.kind ?? null, status, series };
}

/** "Meeting, Thu 10 Apr 2025" (or "planned", "undated") for an event. */
export function eventLabel(ev) {
  const kind = ev.kind.charAt(0).toUpperCase() + ev.kind.slice(1);
  return `${kind}, ${ev.date ? readableValue(ev.date.value) : ev.status === "future" ? "planned" : "undated"}`;
}

/**
 * The grid as CSV: one line per row (group, subject, attribute, status, severity, flag
 * ids), then for each source in date order its value(s) and the sentence(s) they are
 * stated in, with `name(id)` naming the sources in the header.
 */
export function gridCsv(analysis, name) {
  const { columns, groups } = buildGrid(analysis);
  const date = new Map(analysis.documents.map((d) => [d.id, d.published?.value ?? ""]));
  const texts = new Map(analysis.documents.map((d) => [d.id, d.text]));
  const points = new Map();
  const pointsOf = (id) => points.get(id) ?? points.set(id, Array.from(texts.get(id) ?? "")).get(id);
  const head = ["group", "subject", "attribute", "status", "severity", "flags"];
  for (const id of columns) {
    const label = `${name(id)}${date.get(id) ? ` (${date.get(id)})` : ""}`;
    head.push(`${label}: value`, `${label}: sentence`);
  }
  const lines = [head];
  for (const g of groups) {
    for (const r of g.rows) {
      const line = [g.label, r.subject, r.label, r.status, r.severity ?? "", r.flags.map((f) => f.id).join(" ")];
      for (const id of columns) {
        const claims = r.cells.get(id) ?? [];
        line.push([...new Set(claims.map((c) => c.value))].join("; "), [...new Set(claims.map((c) => sentenceText(pointsOf(id), c)))].join(" | "));
      }
      lines.push(line);
    }
  }
  return csv(lines);
}
