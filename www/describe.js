// How the views put the analysis into words: what a flag or a fact is about, who says a
// value, an evolving figure's steps by report date, and how an event's date is known.
// Pure functions over storylens/1 objects (no DOM), shared by the page, the widget and
// the exports.

import { readableValue } from "./dom.js";

/** A TIMEX3 value (or range) short: "27 Nov 2005", "Feb 2005", "2003"; else as readableValue. */
export function shortDate(value) {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value ?? "");
  if (m && !value.includes("/")) return readableValue(`${m[1]}-${m[2]}-${m[3]}`).replace(/^\w+,\s*/, "");
  return value ? readableValue(value) : "";
}

/** Source ids in date order (published value, undated last; ties keep the input order). */
export function columnsByDate(analysis) {
  return analysis.documents
    .map((d, i) => ({ id: d.id, day: d.published?.value ?? null, i }))
    .sort((a, b) => (a.day === b.day ? a.i - b.i : a.day === null ? 1 : b.day === null ? -1 : a.day < b.day ? -1 : 1))
    .map((x) => x.id);
}

/** "Meeting, Thu 10 Apr 2025" (or "planned", "undated") for an event. */
export function eventLabel(ev) {
  const kind = ev.kind.charAt(0).toUpperCase() + ev.kind.slice(1);
  return `${kind}, ${ev.date ? readableValue(ev.date.value) : ev.status === "future" ? "planned" : "undated"}`;
}

const eventMaps = new WeakMap(); // analysis → Map(event id → event)

/** The event with id `id`, or null. */
export function eventById(analysis, id) {
  if (!id) return null;
  if (!eventMaps.has(analysis)) eventMaps.set(analysis, new Map((analysis.events ?? []).map((e) => [e.id, e])));
  return eventMaps.get(analysis).get(id) ?? null;
}

/**
 * What a flag, fact or claim is about, said for a reader: an event subject ("the
 * disaster of 2005-11-27", subject_id "V4") becomes "the disaster of 27 Nov 2005"; any
 * other subject is the analyser's (an entity's name, "an earlier event (2003)").
 */
export function subjectName(analysis, item) {
  const ev = eventById(analysis, item.subject_id);
  if (ev?.date) return `the ${ev.kind} of ${shortDate(ev.date.value)}`;
  return item.subject;
}

/** "according to the Foreign Ministry" for an attribution; other qualifiers as they are. */
export const qualifierText = (q) => q.replace(/^attributed:\s*/, "according to ");

/** The WHO of each `attributed: WHO` qualifier of a claim. */
export const attributions = (cl) => (cl.qualifiers ?? []).filter((q) => q.startsWith("attributed:")).map((q) => q.slice(11).trim());

/**
 * An evolving figure's series as steps of one report date each, in the analyser's
 * (time) order: `[{date, values: [{value, docs}]}]`.
 */
export function seriesSteps(series) {
  const steps = [];
  for (const s of series ?? []) {
    const last = steps[steps.length - 1];
    if (last && last.date === s.date) last.values.push({ value: s.value, docs: s.docs });
    else steps.push({ date: s.date ?? null, values: [{ value: s.value, docs: s.docs }] });
  }
  return steps;
}

/** "at least 3 (27 Nov) → 10 (28 Nov)": a series on one line, each value once per date (the
 *  year is left out when every date has the same one). */
export function seriesLine(series) {
  const steps = seriesSteps(series);
  const years = new Set(steps.map((st) => st.date?.slice(0, 4)).filter(Boolean));
  const day = (d) => (years.size === 1 ? shortDate(d).replace(/\s+\d{4}$/, "") : shortDate(d));
  return steps.map((st) => `${[...new Set(st.values.map((v) => v.value))].join(", ")}${st.date ? ` (${day(st.date)})` : ""}`).join(" → ");
}

const factMaps = new WeakMap(); // analysis → Map(fact id → fact)

/**
 * What a flag or fact says of its subject, for display: the fact's `label` ("distance ·
 * fall", "position from Tehran") when the analysis has one, else the attribute.
 */
export function attributeLabel(analysis, item) {
  if (item.label) return item.label;
  if (item.fact) {
    if (!factMaps.has(analysis)) factMaps.set(analysis, new Map((analysis.facts ?? []).map((f) => [f.id, f])));
    const label = factMaps.get(analysis).get(item.fact)?.label;
    if (label) return label;
  }
  return item.attribute;
}

/**
 * A flag's or fact's heading: "Qeshm island — population" for an entity, "Position from Tehran" when
 * it is about event `about` itself (the event is said beside it), else the subject as
 * subjectName says it, a dash and the attribute.
 */
export function headingOf(analysis, item, about = null) {
  const label = attributeLabel(analysis, item);
  if (about && item.subject_id === about.id) return label.charAt(0).toUpperCase() + label.slice(1);
  return `${subjectName(analysis, item)} — ${label}`;
}

const hintMaps = new WeakMap();

/**
 * What tells a flag apart from other flags with the same heading ("the game of 23 Dec —
 * game period" twice): the values it compares, "heading into the fourth quarter vs midway
 * through the second quarter", shortened. Empty when its heading is its own.
 */
export function flagHint(analysis, flag) {
  if (!hintMaps.has(analysis)) {
    const byHeading = new Map();
    for (const c of analysis.contradictions ?? []) {
      const key = `${subjectName(analysis, c)}\0${attributeLabel(analysis, c)}`;
      byHeading.set(key, [...(byHeading.get(key) ?? []), c]);
    }
    const hints = new Map();
    for (const group of byHeading.values()) {
      if (group.length < 2) continue;
      for (const c of group) {
        const values = [...new Set(c.claims.map((cl) => String(cl.value).replace(/\s*\([^)]*\)$/, "").replace(/\s+/g, " ").trim()))];
        const short = (v) => (v.length > 32 ? `${v.slice(0, 30).replace(/\s+\S*$/, "")}…` : v);
        hints.set(c.id, values.slice(0, 2).map(short).join(" vs ") + (values.length > 2 ? ` (+${values.length - 2})` : ""));
      }
    }
    hintMaps.set(analysis, hints);
  }
  return hintMaps.get(analysis).get(flag.id) ?? "";
}

const PRECISION = { minute: "to the minute", "part of day": "to a part of the day", day: "to the day", week: "to the week", month: "to the month", year: "to the year", period: "a period" };

/**
 * How an event's date is known, for the timeline: `{basis, precision, guess, note}`.
 *   basis      "stated" (a report names the date: `expression` as written) or "report"
 *              (no date of its own: dated by the reports' news day)
 *   precision  "to the day", "a month", … (the analyser's `precision`, said in words)
 *   guess      true when the day rests on an inferred publication date or a news day
 *   note       one line: 'stated: "on Sunday"' or "not stated: dated by the reports"
 */
export function dateBasis(ev) {
  const d = ev.date;
  if (!d) return { basis: null, precision: null, guess: false, note: ev.status === "future" ? "planned: no date given" : "no date given" };
  const basis = d.basis ?? (d.expression ? "stated" : null);
  const note =
    basis === "report"
      ? "not stated: dated by the reports' own day"
      : d.expression
        ? `stated: “${d.expression}”`
        : "stated";
  return { basis, precision: PRECISION[d.precision] ?? d.precision ?? null, guess: Boolean(d.inferred) || basis === "report", note };
}
