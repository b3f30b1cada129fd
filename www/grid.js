// The Compare tab: the comparison grid (grid-model.js) as a table. Rows are the facts
// the sources state, grouped by event (or subject); columns are the sources in date
// order; each cell is that source's value, with the sentence it comes from on hover or
// focus and a button that opens the reader there. Disagreeing rows carry their flag's
// severity; evolving figures show their series. Below 40rem each row becomes a card.

import { sentenceAround } from "./context.js";
import { h, plural, readableValue } from "./dom.js";
import { buildGrid } from "./grid-model.js";

const STATUS = { flagged: "disagree", agree: "agree", differ: "differ, not flagged", evolving: "changed over time", single: "one source" };
/** A flag's kind as the row says it (a kind not listed here is shown as the analyser names it). */
const KIND = { title: "different titles", descriptor: "different descriptions", number: "different figures", spelling: "spellings differ", evolving: "evolving figure", date: "different days", place: "different places", time: "different times", participants: "different people named" };
const SHOW = {
  flagged: { label: "Disagreements only", keep: (r) => r.status === "flagged" },
  shared: { label: "Facts two or more sources state", keep: (r) => r.docs.length >= 2 },
  all: { label: "Every fact", keep: () => true },
};
/** Rows drawn at first; the rest come with "Show more" (a large set has thousands). */
const PAGE = 150;

let tips = 0; // ids for the cells' tooltips

/** Nodes for the grid of `ctx.analysis` (see results.js for `ctx`). */
export function gridView(ctx) {
  const grid = buildGrid(ctx.analysis);
  const total = grid.groups.reduce((n, g) => n + g.rows.length, 0);
  if (total === 0) return [h("p", { class: "empty" }, "No comparable facts found: the sources state no figures, titles, places or dates that storylens compares.")];
  const shared = grid.groups.some((g) => g.rows.some((r) => r.docs.length >= 2));
  const select = h("select", { id: "grid-show" }, Object.entries(SHOW).map(([k, v]) => h("option", { value: k, selected: k === (shared ? "shared" : "all") }, v.label)));
  const count = h("p", { class: "muted filter-count", role: "status" });
  const holder = h("div", { class: "grid-scroll" });
  const draw = () => {
    const keep = SHOW[select.value].keep;
    const groups = grid.groups.map((g) => ({ ...g, rows: g.rows.filter(keep) })).filter((g) => g.rows.length);
    const shown = groups.reduce((n, g) => n + g.rows.length, 0);
    count.textContent = `Showing ${plural(shown, "fact")} of ${total}.`;
    holder.replaceChildren(shown ? table(ctx, grid.columns.filter((id) => groups.some((g) => g.rows.some((r) => r.cells.has(id)))), groups) : h("p", { class: "empty" }, "No fact matches this choice."));
  };
  select.addEventListener("change", draw);
  draw();
  return [
    h("p", { class: "grid-intro muted" }, "What each source states about the same facts, sources in date order. Hover or focus a value for its sentence; press it to read it in place."),
    h("div", { class: "filters" }, h("div", { class: "field" }, h("label", { for: "grid-show" }, "Show"), select), count),
    holder,
  ];
}

function table(ctx, columns, groups) {
  const published = new Map(ctx.analysis.documents.map((d) => [d.id, d.published]));
  const head = h("thead", {}, h("tr", {},
    h("th", { scope: "col", class: "grid-fact" }, "Fact"),
    columns.map((id) => {
      const p = published.get(id);
      return h("th", { scope: "col", "data-doc": id }, h("span", { class: "col-name" }, ctx.name(id)),
        h("span", { class: "col-date" }, p?.value ? `${readableValue(p.value)}${p.inferred ? " (inferred)" : ""}` : "date unknown"));
    })));
  let left = PAGE;
  const bodies = [];
  for (const g of groups) {
    if (left <= 0) break;
    const rows = g.rows.slice(0, left);
    left -= rows.length;
    bodies.push(h("tbody", { "data-group": g.key },
      h("tr", { class: "grid-group" }, h("th", { scope: "rowgroup", colspan: columns.length + 1 }, g.label,
        g.event ? h("span", { class: "muted" }, ` · ${plural(g.event.sources.length, "source")}`) : null)),
      rows.map((r) => row(ctx, columns, g, r))));
  }
  const out = [h("table", { class: "grid", "aria-label": "Comparison grid: facts by source" }, head, bodies)];
  const drawn = groups.reduce((n, g) => n + g.rows.length, 0) - Math.max(0, left);
  if (left <= 0 && drawn < groups.reduce((n, g) => n + g.rows.length, 0)) {
    out.push(h("p", { class: "muted" }, `The first ${PAGE} facts are shown; choose "Disagreements only" or export the grid as CSV for the rest.`));
  }
  return h("div", {}, out);
}

function row(ctx, columns, g, r) {
  // The subject is said once, in the group's heading, unless the row is about something else.
  const own = g.event ? r.subjectId === g.event.id || r.subject === g.label : r.subject === g.label;
  const subject = own ? "" : `${r.subject} — `;
  const status = r.severity ? `${r.severity}: ${KIND[r.kind] ?? r.kind}` : r.status === "agree" && r.values.length > 1 ? "agree, in other words" : STATUS[r.status] ?? r.status;
  return h(
    "tr",
    { class: "grid-row", "data-status": r.status, "data-severity": r.severity ?? null, "data-attribute": r.attribute },
    h("th", { scope: "row", class: "grid-fact" },
      h("span", { class: "fact-name" }, `${subject}${r.label}`),
      h("span", { class: `fact-status${r.severity ? ` severity-${r.severity}` : ""}` }, status),
      h("span", { class: "fact-count" }, `${r.docs.length} of ${plural(columns.length, "source")}`),
      r.series ? h("span", { class: "fact-series" }, "by report date: ", r.series.map((x) => x.value).join(" → ")) : null,
      r.flags.length ? h("button", { type: "button", class: "link-button small", on: { click: () => ctx.goFlag?.(r.flags[0].id) } }, `See flag ${r.flags.map((f) => f.id).join(", ")}`) : null),
    columns.map((id) => cell(ctx, r, id)),
  );
}

function cell(ctx, r, id) {
  const claims = r.cells.get(id);
  if (!claims) return h("td", { class: "grid-cell empty-cell", "data-label": ctx.name(id) }, h("span", { "aria-hidden": "true" }, "—"), h("span", { class: "visually-hidden" }, "not stated"));
  const seen = new Set();
  const distinct = claims.filter((c) => !seen.has(c.value) && seen.add(c.value));
  return h("td", { class: "grid-cell", "data-label": ctx.name(id), "data-doc": id },
    distinct.map((c) => {
      const s = sentenceAround(ctx.points(id), c);
      const tip = `grid-tip-${++tips}`;
      return h("span", { class: "cell-claim" },
        h("button", { type: "button", class: "cell-value", "aria-describedby": tip,
          on: { click: () => ctx.show({ label: `${r.subject} — ${r.attribute}`, kind: "claim", spans: [{ doc: id, start: c.start, end: c.end }] }) } },
          c.value, c.qualifiers?.length ? h("span", { class: "cell-qualifiers" }, ` (${c.qualifiers.join("; ")})`) : null),
        h("span", { role: "tooltip", id: tip, class: "cell-quote" }, s.before, h("mark", {}, s.quote), s.after));
    }));
}
