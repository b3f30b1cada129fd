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
import { columnsByDate, eventLabel, subjectName } from "./describe.js";
import { SEVERITIES } from "./dom.js";

export { columnsByDate, eventLabel };

const fold = (v) => String(v).toLowerCase().replace(/\s+/g, " ").trim();
const spanKey = (c) => `${c.doc}\u0000${c.start}\u0000${c.end}`;

/**
 * `{columns, groups: [{key, label, event, rows}]}`. A row is `{key, subject, subjectId,
 * subjectShown, attribute, label, hint, factKind, cells: Map(doc → [claim]), docs,
 * values, flags, severity, kind, status, series}`:
 *   subjectShown  the subject as the page says it (describe.js subjectName)
 *   hint      when rows of one group would read alike ("date" and "date"), a few words of
 *             the shortest quote that tell them apart ("halted on Sunday"), else ""
 *   factKind  the fact's kind (number, date, time, place, title, descriptor, spelling,
 *             participants), or null without facts
 *   status    "flagged" (a contradiction covers it), "agree" (one value in every source
 *             stating it), "differ" (different wording, not flagged), "evolving" (a figure
 *             that changed over time), "single" (one source)
 *   severity  the most severe flag's ("high", "medium", "low") or null
 *   kind      the most severe flag's kind, or null
 *   series    for an evolving figure: [{date?, value, docs}] in date order, else null
 * Rows are the analysis's `facts` when it has them (storylens 0.2: each fact is one subject,
 * attribute and key, with its claims), else one row per claim subject and attribute.
 * Within a group, disagreements come first (by severity), then facts that changed over
 * time, differ in wording, agree, and last those only one source states.
 */
export function buildGrid(analysis) {
  const steps = gridSteps(analysis);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Facts (or claims) taken per step of gridSteps. */
const STEP = 100;

/**
 * buildGrid as a generator that yields every few hundred facts, so that a view can build
 * a large grid in short tasks (dom.js runSteps); it returns the grid.
 */
export function* gridSteps(analysis) {
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
  const newRow = (key, item, attribute, label, factKind) => ({
    key, subject: item.subject, subjectId: item.subject_id ?? null, subjectShown: subjectName(analysis, item), attribute, label, hint: "", factKind, cells: new Map(), flags: [], factStatus: null,
  });
  const addClaim = (row, cl) => {
    if (!row.cells.has(cl.doc)) row.cells.set(cl.doc, []);
    row.cells.get(cl.doc).push(cl);
  };

  if (Array.isArray(analysis.facts)) {
    const flagsByFact = new Map();
    for (const c of analysis.contradictions ?? []) if (c.fact) flagsByFact.set(c.fact, [...(flagsByFact.get(c.fact) ?? []), c]);
    let n = 0;
    for (const f of analysis.facts) {
      const g = groupOf(f.event, f.subject_id ?? f.subject, f.subject);
      const row = newRow(`${g.key}/${f.id}`, f, f.attribute, f.label || f.attribute, f.kind ?? null);
      row.factStatus = f.status;
      row.flags = flagsByFact.get(f.id) ?? [];
      for (const i of f.claims) if (analysis.claims[i]) addClaim(row, analysis.claims[i]);
      g.rows.set(f.id, row);
      if (++n % STEP === 0) yield;
    }
  } else {
    const flagsBySpan = new Map();
    for (const c of analysis.contradictions ?? []) for (const cl of c.claims) flagsBySpan.set(spanKey(cl), [...(flagsBySpan.get(spanKey(cl)) ?? []), c]);
    let n = 0;
    for (const cl of analysis.claims ?? []) {
      const g = groupOf(cl.event, cl.subject_id ?? cl.subject, cl.subject);
      const rkey = `${g.event ? `${cl.subject_id ?? cl.subject}\u0000` : ""}${cl.attribute}`;
      if (!g.rows.has(rkey)) g.rows.set(rkey, newRow(`${g.key}/${rkey}`, cl, cl.attribute, cl.attribute, null));
      const row = g.rows.get(rkey);
      addClaim(row, cl);
      for (const f of flagsBySpan.get(spanKey(cl)) ?? []) if (!row.flags.includes(f)) row.flags.push(f);
      if (++n % (STEP * 4) === 0) yield;
    }
  }

  const out = [];
  let n = 0;
  for (const g of groups.values()) {
    const rows = [];
    for (const r of g.rows.values()) {
      if (r.cells.size) rows.push(finishRow(r, order));
      if (++n % STEP === 0) yield;
    }
    if (!rows.length) continue;
    if (rows.length > STEP) yield;
    rows.sort((a, b) => rank(a) - rank(b) || b.docs.length - a.docs.length);
    if (rows.length > STEP) yield;
    addHints(rows);
    out.push({ key: g.key, label: g.label, event: g.event, rows, first: g.first, top: rank(rows[0]), widest: Math.max(...rows.map((r) => r.docs.length)) });
  }
  out.sort((a, b) => a.top - b.top || b.widest - a.widest || a.first - b.first);
  return { columns, groups: out.map(({ first, top, widest, ...g }) => g) };
}

/** Sort rank of a row: flagged by severity, then changed over time, differing, agreeing, single-source. */
function rank(row) {
  if (row.severity) return SEVERITIES.indexOf(row.severity);
  return { evolving: 3, differ: 4, agree: 5, single: 6 }[row.status] ?? 5;
}

/** Rows of a group that would read alike get a hint from their shortest quote (row.hint). */
function addHints(rows) {
  const alike = new Map();
  for (const r of rows) {
    const key = `${r.subjectShown}\u0000${r.label}`;
    alike.set(key, [...(alike.get(key) ?? []), r]);
  }
  for (const same of alike.values()) {
    if (same.length < 2) continue;
    for (const r of same) {
      // A quote that says more than its value ("halted on Sunday" for "Sunday"): the shortest.
      let best = null;
      for (const list of r.cells.values()) {
        for (const c of list) {
          const value = String(c.value).replace(/\s*\([^)]*\)$/, "");
          if (c.quote.length > value.length + 3 && (best === null || c.quote.length < best.length)) best = c.quote;
        }
      }
      if (best === null) continue;
      best = best.replace(/\s+/g, " ").trim();
      r.hint = best.length > 48 ? `${best.slice(0, 46).replace(/\s+\S*$/, "")}…` : best;
    }
  }
}

function finishRow(r, order) {
  const docs = [...r.cells.keys()];
  if (docs.length > 1) docs.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  const values = new Set();
  for (const list of r.cells.values()) for (const c of list) values.add(fold(c.value));
  const flags = r.flags.slice().sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
  const severity = flags[0]?.severity ?? null;
  const own = docs.length < 2 ? "single" : values.size === 1 ? "agree" : "differ";
  const status = flags.length ? "flagged" : r.factStatus ?? own;
  // A series: the analyser's, else the values in the columns' date order.
  const given = flags.find((f) => f.series?.length)?.series;
  const evolving = status === "evolving" || flags.some((f) => f.kind === "evolving");
  const series = given?.length
    ? given.map((x) => ({ date: x.date ?? null, value: x.value, docs: x.docs }))
    : evolving
      ? docs.map((d) => ({ date: null, value: r.cells.get(d)[0].value, docs: [d] }))
      : null;
  const { factStatus, ...row } = r;
  return { ...row, docs, values: [...values], flags, severity, kind: flags[0]?.kind ?? null, status, series };
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
      const line = [g.label, r.subjectShown, r.hint ? `${r.label} · ${r.hint}` : r.label, r.status, r.severity ?? "", r.flags.map((f) => f.id).join(" ")];
      for (const id of columns) {
        const claims = r.cells.get(id) ?? [];
        line.push([...new Set(claims.map((c) => c.value))].join("; "), [...new Set(claims.map((c) => sentenceText(pointsOf(id), c)))].join(" | "));
      }
      lines.push(line);
    }
  }
  return csv(lines);
}
