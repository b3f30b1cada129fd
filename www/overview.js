// The overview tab: the story at a glance (its core event and date, the top flags one
// line each, the main people and places), then counts, the sources, sources that repeat
// each other (`overlaps`) and the analyser's notes.

import { comparedNote } from "./compared.js";
import { dateBasis, eventLabel, headingOf, seriesLine } from "./describe.js";
import { h, plural, readableValue, SEVERITIES, TYPE_NAMES } from "./dom.js";
import { fillInSlices } from "./slices.js";

const TOP_FLAGS = 5;
/** Evolving figures listed on the Overview (tolls, injured, arrests… as reports came in). */
const TOP_SERIES = 3;
const MAIN = { PERSON: 5, PLACE: 4 };

/** The core event the most sources report (ties: more evidence, then the earlier one), or null. */
export function coreEvent(analysis) {
  const core = analysis.events.filter((e) => e.status === "core");
  return (core.length ? core : analysis.events.filter((e) => e.date)).reduce(
    (best, e) => (!best || e.sources.length > best.sources.length || (e.sources.length === best.sources.length && e.evidence.length > best.evidence.length) ? e : best),
    null,
  );
}

/** The entities of `type` named by the most sources (then the most often), at most `n`. */
export function mainEntities(analysis, type, n) {
  return analysis.entities
    .filter((e) => e.type === type)
    .map((e, i) => ({ e, i }))
    .sort((a, b) => b.e.sources.length - a.e.sources.length || b.e.mentions.length - a.e.mentions.length || a.i - b.i)
    .slice(0, n)
    .map((x) => x.e);
}

/** "Darchiev (4 sources) vs Darciev (1 source)": a flag's values with how many sources give each, short. */
export function flagValues(c) {
  const by = new Map();
  for (const cl of c.claims) {
    if (!by.has(cl.value)) by.set(cl.value, new Set());
    by.get(cl.value).add(cl.doc);
  }
  const cut = (v) => (v.length > 40 ? `${v.slice(0, 38).replace(/\s+\S*$/, "")}…` : v);
  const parts = [...by].sort((x, y) => y[1].size - x[1].size).map(([v, docs]) => `${cut(v)} (${plural(docs.size, "source")})`);
  return parts.length > 3 ? `${parts.slice(0, 3).join(" vs ")} and ${parts.length - 3} more` : parts.join(" vs ");
}

/** Figures that changed as reports came in (evolving flags with a series), one line each. */
function changedFigures(ctx) {
  const list = ctx.analysis.contradictions.filter((c) => c.kind === "evolving" && c.series?.length > 1);
  if (!list.length) return null;
  return h("div", { class: "changed" },
    h("h3", {}, "Figures that changed as reports came in"),
    h("ul", { class: "top-flags top-series" }, list.slice(0, TOP_SERIES).map((c) =>
      h("li", { "data-id": c.id },
        h("button", { type: "button", class: "link-button", on: { click: () => ctx.goFlag(c.id) } }, headingOf(ctx.analysis, c, coreEvent(ctx.analysis))),
        h("span", { class: "muted" }, `: ${seriesLine(c.series)}`)))));
}

/** The story at a glance: core event, top flags, main people and places. */
function storySummary(ctx) {
  const a = ctx.analysis;
  const ev = coreEvent(a);
  const people = mainEntities(a, "PERSON", MAIN.PERSON);
  const places = mainEntities(a, "PLACE", MAIN.PLACE);
  const names = (list, label) =>
    list.length
      ? h("div", { class: `main-${label.toLowerCase()}` }, h("h3", {}, label),
          h("ul", { class: "main-names" }, list.map((e) => h("li", {}, h("button", { type: "button", class: "link-button", on: { click: () => ctx.show({ label: e.name, kind: "entity", spans: [...e.mentions, ...(e.metonyms ?? [])] }) } }, e.name),
            h("span", { class: "muted" }, ` (${e.sources.length}/${a.documents.length})`)))))
      : null;
  return h(
    "section",
    { class: "story-summary", "aria-label": "The story at a glance" },
    h("div", { class: "core" },
      h("h3", {}, "What happened"),
      ev
        ? [h("p", { class: "core-event" }, h("strong", {}, eventLabel(ev)), " ", ev.date?.inferred ? h("span", { class: "badge badge-inferred" }, "inferred date") : null),
           h("p", { class: "core-basis muted" }, dateBasis(ev).note),
           h("p", { class: "muted" }, `${ev.summary.replace(/^[^:]{1,30}:\s*/, "")} — in ${ev.sources.length} of ${plural(a.documents.length, "source")}`)]
        : h("p", { class: "muted" }, "No event was found in these reports."),
      changedFigures(ctx)),
    h("div", { class: "flags-top" },
      h("h3", {}, a.contradictions.length ? `Where they disagree (${a.contradictions.length})` : "Where they disagree"),
      a.contradictions.length
        ? h("ul", { class: "top-flags" }, a.contradictions.slice(0, TOP_FLAGS).map((c) =>
            h("li", { "data-id": c.id, "data-severity": c.severity },
              h("span", { class: `sev severity-${c.severity}` }, c.severity),
              h("button", { type: "button", class: "link-button", on: { click: () => ctx.goFlag(c.id) } }, headingOf(a, c, ev)),
              h("span", { class: "muted" }, `: ${flagValues(c)}`))),
            a.contradictions.length > TOP_FLAGS ? h("li", {}, h("button", { type: "button", class: "link-button", on: { click: () => ctx.goTab("flags") } }, `All ${a.contradictions.length} flags`)) : null)
        : null,
      comparedNote(ctx) ?? (a.contradictions.length ? null : h("p", { class: "muted" }, "No disagreement found."))),
    h("div", { class: "main-entities" }, names(people, "People"), names(places, "Places")),
  );
}

/** Nodes for the overview of `ctx.analysis` (see results.js for `ctx`). */
export function overview(ctx) {
  const a = ctx.analysis;
  const byType = count(a.entities.map((e) => e.type));
  const bySeverity = count(a.contradictions.map((c) => c.severity));
  const dated = a.events.filter((e) => e.date);
  const span = dated.length
    ? `${readableValue(dated[0].date.value)} → ${readableValue(dated[dated.length - 1].date.value)}`
    : "no dated events";
  const stat = (tab, n, label, detail) =>
    h(
      "li",
      { class: "stat" },
      h("button", { type: "button", class: "stat-button", "data-goto": tab, on: { click: () => ctx.goTab(tab) } },
        h("span", { class: "stat-n" }, n), " ", h("span", { class: "stat-label" }, label)),
      detail ? h("p", { class: "stat-detail" }, detail) : null,
    );
  const stats = h(
    "ul",
    { class: "stats", "aria-label": "Summary" },
    stat("reader", a.documents.length, a.documents.length === 1 ? "source" : "sources", plural(a.documents.reduce((s, d) => s + d.words, 0), "word")),
    stat("entities", a.entities.length, a.entities.length === 1 ? "entity" : "entities",
      Object.keys(TYPE_NAMES).filter((t) => byType[t]).map((t) => `${byType[t]} ${TYPE_NAMES[t].toLowerCase()}`).join(" · ")),
    stat("timeline", a.events.length, a.events.length === 1 ? "event" : "events", span),
    h("li", { class: "stat stat-flags" },
      h("button", { type: "button", class: "stat-button", "data-goto": "flags", on: { click: () => ctx.goTab("flags") } },
        h("span", { class: "stat-n" }, a.contradictions.length), " ", h("span", { class: "stat-label" }, a.contradictions.length === 1 ? "flag" : "flags")),
      h("p", { class: "stat-detail severity-counts" },
        SEVERITIES.map((s) => h("span", { class: `sev-count severity-${s}`, "data-severity": s }, `${bySeverity[s] ?? 0} ${s}`)))),
  );

  const sources = sliced(
    h("ol", { class: "overview-sources" }),
    a.documents,
    (d) =>
      h(
        "li",
        {},
        h("span", { class: "doc-name" }, ctx.name(d.id)),
        d.title && d.title !== ctx.name(d.id) ? h("span", { class: "doc-title" }, d.title) : null,
        h("span", { class: "muted" }, [
          d.published.value ? `published ${readableValue(d.published.value)}` : "publication date unknown",
          d.published.inferred && d.published.value ? ` (inferred from ${BASIS[d.published.basis] ?? d.published.basis}, ${d.published.confidence} confidence)` : "",
          ` · ${plural(d.words, "word")}`,
          d.language !== "en" ? " · not recognised as English" : "",
        ].join("")),
      ),
  );

  const overlaps = a.overlaps.length
    ? sliced(h("ul", { class: "notes" }), a.overlaps, (o) =>
        h("li", {}, h("strong", {}, ctx.name(o.a)), " and ", h("strong", {}, ctx.name(o.b)),
          ` share ${plural(o.shared_sentences, "sentence")} (${o.percent}% of the shorter one): probably the same wire copy, not independent confirmation.`))
    : h("p", { class: "muted" }, "No two sources largely repeat each other's sentences.");

  const notes = a.diagnostics.length
    ? sliced(h("ul", { class: "notes" }), a.diagnostics, (d) => h("li", { class: `diag diag-${d.level}` }, d.doc ? `${ctx.name(d.doc)}: ${d.message}` : d.message))
    : null;

  return [
    storySummary(ctx),
    stats,
    h("h3", {}, "Sources"),
    sources,
    h("h3", {}, "Shared wording"),
    overlaps,
    notes ? h("h3", {}, "Notes from the analyser") : null,
    notes,
  ];
}

/** `list` filled with `make(item)` for `items`, a slice per task (dom.js fillInSlices), so a
 *  large analysis (hundreds of sources or notes) never holds the main thread for long. */
function sliced(list, items, make) {
  fillInSlices(list, items, make, { first: 50, slice: 50 });
  return list;
}

const BASIS = { dateline: "the dateline", text: "the text", "other-sources": "the other sources" };

function count(values) {
  const out = {};
  for (const v of values) out[v] = (out[v] ?? 0) + 1;
  return out;
}
