// The overview tab: sources, entity counts, the timeline's span, flags by severity,
// sources that repeat each other (`overlaps`) and the analyser's notes.

import { h, plural, readableValue, SEVERITIES, TYPE_NAMES } from "./dom.js";

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
    stats,
    h("h3", {}, "Sources"),
    sources,
    h("h3", {}, "Shared wording"),
    overlaps,
    notes ? h("h3", {}, "Notes from the analyser") : null,
    notes,
  ];
}

/** `list` with the nodes `make` builds for `items`: the first SLICE now, the rest in later
 *  tasks, SLICE at a time, so a large analysis (hundreds of sources or notes) never holds
 *  the main thread for long (issue #8). */
const SLICE = 50;
function sliced(list, items, make) {
  list.append(...items.slice(0, SLICE).map(make));
  let i = SLICE;
  const more = () => {
    list.append(...items.slice(i, i + SLICE).map(make));
    i += SLICE;
    if (i < items.length) setTimeout(more, 0);
  };
  if (i < items.length) setTimeout(more, 0);
  return list;
}

const BASIS = { dateline: "the dateline", text: "the text", "other-sources": "the other sources" };

function count(values) {
  const out = {};
  for (const v of values) out[v] = (out[v] ?? 0) + 1;
  return out;
}
