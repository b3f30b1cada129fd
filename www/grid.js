// The Compare tab: the comparison grid (grid-model.js). Rows are the facts the sources
// state, grouped by event (or subject), disagreements first; columns are the sources in
// date order; each cell is that source's value, with the sentence it comes from on hover
// or focus and a button that opens the reader there. Disagreeing rows carry their flag's
// severity; evolving figures show their series by report date; names every source spells
// alike are one line per group. Filters: which facts (disagreements, shared, all) and of
// what kind. Below 40rem, or with more sources than a table can show, rows are cards.
// A large grid is built and drawn in short tasks.

import { comparedNote } from "./compared.js";
import { sentenceAround } from "./context.js";
import { qualifierText, seriesLine } from "./describe.js";
import { h, plural, readableValue } from "./dom.js";
import { runSteps } from "./slices.js";
import { gridSteps } from "./grid-model.js";

const STATUS = { flagged: "disagree", agree: "agree", differ: "differ in wording, not flagged", evolving: "changed over time", single: "one source only" };
/** A flag's kind as the row says it (a kind not listed here is shown as the analyser names it). */
const KIND = { title: "different titles", descriptor: "different descriptions", number: "different figures", spelling: "spellings differ", evolving: "changed over time", date: "different days", place: "different places", time: "different times", participants: "different people named" };
const SHOW = {
  flagged: { label: "Disagreements only", keep: (r) => r.status === "flagged" },
  shared: { label: "Facts two or more sources state", keep: (r) => r.docs.length >= 2 },
  all: { label: "Every fact", keep: () => true },
};
/** The kind filter: facts[].kind values per choice (rows without a kind show under every choice). */
const KINDS = {
  any: { label: "Every kind", kinds: null },
  number: { label: "Figures and measures", kinds: ["number"] },
  when: { label: "Dates and times", kinds: ["date", "time"] },
  place: { label: "Places", kinds: ["place"] },
  people: { label: "Titles, names, who took part", kinds: ["title", "spelling", "participants"] },
  descriptor: { label: "Descriptions", kinds: ["descriptor"] },
};
/** Rows drawn at first; the rest come with "Show more" (a large set has thousands). */
const PAGE = 150;
/** Sources a table shows side by side; with more, each row is a card listing the sources that state it. */
const MAX_COLUMNS = 8;
/** Rows drawn per task. */
const SLICE = 30;

let tips = 0; // ids for the cells' tooltips

/** Nodes for the grid of `ctx.analysis` (see results.js for `ctx`). */
export function gridView(ctx) {
  const holder = h("div", { class: "grid-scroll" }, h("p", { class: "muted", role: "status" }, "Preparing the comparison…"));
  const showSelect = h("select", { id: "grid-show" });
  const kindSelect = h("select", { id: "grid-kind" }, Object.entries(KINDS).map(([k, v]) => h("option", { value: k }, v.label)));
  const count = h("p", { class: "muted filter-count", role: "status" });
  const filters = h("div", { class: "filters" },
    h("div", { class: "field" }, h("label", { for: "grid-show" }, "Show"), showSelect),
    h("div", { class: "field" }, h("label", { for: "grid-kind" }, "Kind"), kindSelect),
    count);
  runSteps(gridSteps(ctx.analysis), (grid) => setup(ctx, grid, { holder, showSelect, kindSelect, count, filters }), { cancelled: () => !holder.isConnected });
  return [
    h("p", { class: "grid-intro muted" }, "What each source states about the same facts, sources in date order, disagreements first. Hover or focus a value for its sentence; press it to read it in place."),
    filters,
    holder,
  ];
}

function setup(ctx, grid, { holder, showSelect, kindSelect, count, filters }) {
  // Names every source stating them spells alike say little one by one: one line per group.
  const groups = grid.groups.map((g) => {
    const alike = g.rows.filter((r) => r.factKind === "spelling" && r.status === "agree");
    return { ...g, rows: g.rows.filter((r) => !alike.includes(r)), alike };
  });
  const total = grid.groups.reduce((n, g) => n + g.rows.length, 0);
  if (total === 0) {
    filters.hidden = true;
    holder.replaceChildren(h("p", { class: "empty" }, "No comparable facts found: the sources state no figures, titles, places or dates that storylens compares."), comparedNote(ctx));
    return;
  }
  const shared = grid.groups.some((g) => g.rows.some((r) => r.docs.length >= 2));
  showSelect.replaceChildren(...Object.entries(SHOW).map(([k, v]) => h("option", { value: k, selected: k === (shared ? "shared" : "all") }, v.label)));
  let drawing = 0;
  const draw = () => {
    const me = ++drawing;
    const keep = SHOW[showSelect.value].keep;
    const kinds = KINDS[kindSelect.value].kinds;
    const ofKind = (r) => !kinds || !r.factKind || kinds.includes(r.factKind);
    const shown = groups
      .map((g) => ({ ...g, rows: g.rows.filter((r) => keep(r) && ofKind(r)), alike: showSelect.value === "flagged" || (kinds && !kinds.includes("spelling")) ? [] : g.alike }))
      .filter((g) => g.rows.length || g.alike.length);
    const n = shown.reduce((k, g) => k + g.rows.length, 0);
    const alike = shown.reduce((k, g) => k + g.alike.length, 0);
    count.textContent = `Showing ${plural(n, "fact")} of ${total}${alike ? ` (${plural(alike, "name")} spelled alike listed in one line)` : ""}.`;
    if (!n && !alike) {
      holder.replaceChildren(h("p", { class: "empty" }, "No fact matches this choice."), showSelect.value === "flagged" ? comparedNote(ctx) : null);
      return;
    }
    const stating = new Set();
    for (const g of shown) for (const r of g.rows) for (const id of r.docs) stating.add(id);
    const columns = grid.columns.filter((id) => stating.has(id));
    holder.replaceChildren(table(ctx, columns, shown, () => me === drawing));
  };
  showSelect.addEventListener("change", draw);
  kindSelect.addEventListener("change", draw);
  draw();
}

/** The table (or cards), drawn SLICE rows per task up to PAGE, then on "Show more". */
function table(ctx, columns, groups, current) {
  const cards = columns.length > MAX_COLUMNS;
  const published = new Map(ctx.analysis.documents.map((d) => [d.id, d.published]));
  const head = cards
    ? null
    : h("thead", {}, h("tr", {},
        h("th", { scope: "col", class: "grid-fact" }, "Fact"),
        columns.map((id) => {
          const p = published.get(id);
          return h("th", { scope: "col", "data-doc": id }, h("span", { class: "col-name" }, ctx.name(id)),
            h("span", { class: "col-date" }, p?.value ? `${readableValue(p.value)}${p.inferred ? " (inferred)" : ""}` : "date unknown"));
        })));
  // What to draw, in order: each group's heading, its rows, its line of names spelled alike.
  const items = [];
  for (const g of groups) {
    items.push({ group: g });
    for (const r of g.rows) items.push({ group: g, row: r });
    if (g.alike.length) items.push({ group: g, alike: g.alike });
  }
  const tableEl = h("table", { class: `grid${cards ? " grid-cards" : ""}`, "aria-label": "Comparison grid: facts by source", "data-columns": columns.length }, head);
  const more = h("button", { type: "button", class: "link-button show-more", hidden: true });
  const note = h("p", { class: "muted", hidden: true });
  const colspan = cards ? 1 : columns.length + 1;
  let i = 0;
  let rowsDrawn = 0;
  let limit = PAGE;
  let body = null;
  const rowsTotal = items.filter((x) => x.row).length;
  const drawSome = (first) => {
    if (!first && !current()) return;
    let k = 0;
    const until = performance.now() + (first ? 24 : 8);
    while (i < items.length && k < SLICE && rowsDrawn < limit && (k === 0 || performance.now() < until)) {
      const it = items[i++];
      if (!it.row && !it.alike) {
        body = h("tbody", { "data-group": it.group.key }, groupHeading(it.group, colspan));
        tableEl.append(body);
      } else if (it.row) {
        body.append(row(ctx, columns, it.group, it.row, cards));
        rowsDrawn++;
        k++;
      } else body.append(alikeRow(ctx, it.alike, colspan));
    }
    const left = rowsTotal - rowsDrawn;
    more.hidden = !(i < items.length && rowsDrawn >= limit);
    more.textContent = `Show ${Math.min(PAGE, left)} more facts (${left} not shown yet)`;
    note.hidden = more.hidden;
    note.textContent = `The first ${rowsDrawn} facts are shown; choose "Disagreements only", a kind, or export the grid as CSV for the rest.`;
    if (i < items.length && rowsDrawn < limit) setTimeout(() => drawSome(false), 0);
  };
  more.addEventListener("click", () => {
    limit += PAGE;
    drawSome(true);
  });
  drawSome(true);
  return h("div", {}, tableEl, note, more);
}

function groupHeading(g, colspan) {
  const summary = g.event?.summary?.replace(/^[^:]{1,30}:\s*/, "");
  return h("tr", { class: "grid-group" }, h("th", { scope: "rowgroup", colspan },
    g.label,
    g.event ? h("span", { class: "muted" }, ` · told by ${plural(g.event.sources.length, "source")}`) : null,
    summary ? h("span", { class: "group-summary" }, summary.length > 140 ? `${summary.slice(0, 138).replace(/\s+\S*$/, "")}…` : summary) : null));
}

/** One line for the names that every source naming them spells alike. */
function alikeRow(ctx, rows, colspan) {
  return h("tr", { class: "grid-alike" }, h("td", { colspan },
    h("span", { class: "label" }, "Spelled alike by every source naming them: "),
    rows.map((r, i) => [i ? ", " : "", h("span", { class: "alike-name" }, r.subjectShown), h("span", { class: "muted" }, ` (${r.docs.length})`)])));
}

function row(ctx, columns, g, r, cards) {
  // The subject is said once, in the group's heading, unless the row is about something else.
  const own = g.event ? r.subjectId === g.event.id || r.subject === g.label : r.subject === g.label;
  const subject = own ? "" : `${r.subjectShown} — `;
  const status = r.severity
    ? r.kind === "evolving" ? "changed over time" : `${r.severity}: ${KIND[r.kind] ?? r.kind}`
    : r.status === "agree" && r.values.length > 1 ? "agree, in other words" : STATUS[r.status] ?? r.status;
  return h(
    "tr",
    { class: "grid-row", "data-status": r.status, "data-severity": r.severity ?? null, "data-attribute": r.attribute, "data-kind": r.factKind ?? null },
    h("th", { scope: "row", class: "grid-fact" },
      h("span", { class: "fact-name" }, `${subject}${r.label}`, r.hint ? h("span", { class: "fact-hint" }, ` · “${r.hint}”`) : null),
      h("span", { class: `fact-status${r.severity && r.kind !== "evolving" ? ` severity-${r.severity}` : ""}` }, status),
      h("span", { class: "fact-count" }, `${r.docs.length} of ${plural(columns.length, "source")}`),
      r.series ? h("span", { class: "fact-series" }, "by report date: ", seriesLine(r.series)) : null,
      r.flags.length ? h("button", { type: "button", class: "link-button small", on: { click: () => ctx.goFlag?.(r.flags[0].id) } }, `See flag ${r.flags.map((f) => f.id).join(", ")}`) : null),
    (cards ? columns.filter((id) => r.cells.has(id)) : columns).map((id) => cell(ctx, r, id)),
  );
}

function cell(ctx, r, id) {
  const claims = r.cells.get(id);
  if (!claims) return h("td", { class: "grid-cell empty-cell", "data-label": ctx.name(id) }, h("span", { "aria-hidden": "true" }, "—"), h("span", { class: "visually-hidden" }, "not stated"));
  // Each value once, with every qualifier any of its claims carries ("according to …").
  const byValue = new Map();
  for (const c of claims) {
    const seen = byValue.get(c.value);
    if (!seen) byValue.set(c.value, { ...c, qualifiers: [...(c.qualifiers ?? [])] });
    else for (const q of c.qualifiers ?? []) if (!seen.qualifiers.includes(q)) seen.qualifiers.push(q);
  }
  const distinct = [...byValue.values()];
  return h("td", { class: "grid-cell", "data-label": ctx.name(id), "data-doc": id },
    distinct.map((c) => {
      const s = sentenceAround(ctx.points(id), c);
      const tip = `grid-tip-${++tips}`;
      return h("span", { class: "cell-claim" },
        h("button", { type: "button", class: "cell-value", "aria-describedby": tip,
          on: { click: () => ctx.show({ label: `${r.subjectShown} — ${r.label}`, kind: "claim", spans: [{ doc: id, start: c.start, end: c.end }] }) } },
          c.value),
        c.qualifiers?.length ? h("span", { class: "cell-qualifiers" }, ` ${c.qualifiers.map(qualifierText).join("; ")}`) : null,
        h("span", { role: "tooltip", id: tip, class: "cell-quote" }, s.before, h("mark", {}, s.quote), s.after));
    }));
}
