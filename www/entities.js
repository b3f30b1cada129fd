// The entities tab: grouped by type, each with its variants, a coverage row (which
// sources mention it, how often), the roles each source gives it; search and type filter.
// Lists are drawn from the filtered data a slice per task, the first 120 of each type
// until "Show more".

import { h, plural, TYPE_NAMES } from "./dom.js";
import { fillInSlices } from "./slices.js";

/** Nodes for the entities of `ctx.analysis` (see results.js for `ctx`). */
export function entitiesView(ctx) {
  const entities = ctx.analysis.entities;
  if (entities.length === 0) return [h("p", { class: "empty" }, "No entities found.")];
  const types = [...new Set(entities.map((e) => e.type))].sort((x, y) => order(x) - order(y));

  const search = h("input", { id: "entity-search", type: "search", autocomplete: "off", placeholder: "name, spelling or role" });
  const typeSelect = h("select", { id: "entity-type" }, h("option", { value: "" }, "All types"),
    types.map((t) => h("option", { value: t }, TYPE_NAMES[t] ?? t)));
  const multi = h("input", { id: "entity-multi", type: "checkbox" });
  const shown = h("p", { class: "muted filter-count", role: "status" });
  const controls = h(
    "div",
    { class: "filters", role: "search", "aria-label": "Filter entities" },
    h("div", { class: "field" }, h("label", { for: "entity-search" }, "Search"), search),
    h("div", { class: "field" }, h("label", { for: "entity-type" }, "Type"), typeSelect),
    h("div", { class: "field check" }, multi, h("label", { for: "entity-multi" }, "Only in two or more sources")),
  );

  // Each group is drawn from its filtered list, a slice per task (a 5 MB set names thousands).
  const searchText = new Map(entities.map((e) => [e, [e.name, ...e.variants, ...e.roles.map((r) => r.text)].join("\n").toLowerCase()]));
  const groups = types.map((type) => {
    const all = entities.filter((e) => e.type === type);
    const headingId = `entities-${type.toLowerCase()}`;
    const count = h("span", { class: "count" }, `(${all.length})`);
    const list = h("ul", { class: "entity-list" });
    const more = h("div", { class: "more-holder" });
    const section = h("section", { class: "entity-group", "data-type": type, "aria-labelledby": headingId },
      h("h3", { id: headingId }, `${TYPE_NAMES[type] ?? type} `, count), list, more);
    return { type, all, count, list, more, section };
  });

  const apply = () => {
    const q = search.value.trim().toLowerCase();
    let n = 0;
    for (const g of groups) {
      const keep = g.all.filter((e) => (!typeSelect.value || e.type === typeSelect.value) && (!multi.checked || e.sources.length >= 2) && (!q || searchText.get(e).includes(q)));
      n += keep.length;
      g.section.hidden = keep.length === 0;
      g.count.textContent = keep.length === g.all.length ? `(${g.all.length})` : `(${keep.length} of ${g.all.length})`;
      g.list.replaceChildren();
      g.more.replaceChildren(fillInSlices(g.list, keep, (e) => entityItem(e, ctx), { first: 10, slice: 30, page: 120, noun: `more ${(TYPE_NAMES[g.type] ?? g.type).toLowerCase()}` }).button);
    }
    shown.textContent = `Showing ${n} of ${plural(entities.length, "entity", "entities")}.`;
  };
  for (const el of [search, typeSelect, multi]) el.addEventListener("input", apply);
  apply();
  return [controls, shown, h("div", { class: "entity-groups" }, groups.map((g) => g.section))];
}

function entityItem(e, ctx) {
  const others = e.variants.filter((v) => v !== e.name);
  const roles = new Map(); // doc → distinct role texts
  for (const r of e.roles) {
    if (!roles.has(r.doc)) roles.set(r.doc, new Set());
    roles.get(r.doc).add(r.text);
  }
  const perDoc = new Map();
  for (const m of [...e.mentions, ...(e.metonyms ?? [])]) perDoc.set(m.doc, (perDoc.get(m.doc) ?? 0) + 1);
  const spans = [...e.mentions, ...(e.metonyms ?? [])];
  return h(
    "li",
    { class: "entity", "data-id": e.id, "data-type": e.type, "data-variants": e.variants.length, "data-sources": e.sources.length },
    h(
      "p",
      { class: "entity-head" },
      h("button", { type: "button", class: "link-button entity-name", "aria-label": `${e.name}: show ${plural(spans.length, "mention")} in the reader`,
        on: { click: () => ctx.show({ label: e.name, kind: "entity", spans }) } }, e.name),
      " ",
      h("span", { class: "muted" }, plural(e.mentions.length, "mention")),
    ),
    others.length ? h("p", { class: "variants" }, h("span", { class: "label" }, "Also written: "), others.join(", ")) : null,
    e.metonyms?.length
      ? h("p", { class: "variants" }, h("span", { class: "label" }, "Its government, as: "), [...new Set(e.metonyms.map((m) => m.text))].join(", "))
      : null,
    h(
      "ul",
      { class: "coverage", "aria-label": `Sources mentioning ${e.name}` },
      // Every source (mentioning or not) while that stays readable; beyond, only those mentioning it.
      (ctx.analysis.documents.length <= 12 ? ctx.analysis.documents : e.sources.slice(0, 12).map((id) => ({ id }))).map((d) => {
        const n = perDoc.get(d.id) ?? 0;
        return h("li", { class: n ? "cov on" : "cov", title: `${ctx.name(d.id)}: ${plural(n, "mention")}` },
          h("span", { class: "cov-name" }, ctx.name(d.id)), " ", h("span", { class: "cov-n" }, n ? String(n) : "–"),
          h("span", { class: "visually-hidden" }, n ? " mentions" : " (not mentioned)"));
      }),
      e.sources.length > 12 && ctx.analysis.documents.length > 12 ? h("li", { class: "cov" }, `+${e.sources.length - 12} more`) : null,
    ),
    roles.size
      ? h("ul", { class: "roles", "aria-label": `Roles given to ${e.name}` },
          [...roles].map(([doc, texts]) => h("li", {}, h("span", { class: "role-doc" }, `${ctx.name(doc)}: `), [...texts].join("; "))))
      : null,
  );
}

function order(type) {
  const i = Object.keys(TYPE_NAMES).indexOf(type);
  return i < 0 ? 99 : i;
}
