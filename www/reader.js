// The reader tab: one source's text with entity mentions, dates and disputed claims
// highlighted. show({label, spans}) opens it on the evidence of an entity, event or
// flag, marks every span and scrolls to the first. The text is split into segments at
// annotation boundaries (code point offsets) and every segment is a text node.

import { h, plural } from "./dom.js";

/** Wires the reader into `root` (the tab panel); returns {render(), show(target)}. */
export function createReader(root, ctx) {
  const a = ctx.analysis;
  let current = a.documents[0]?.id;
  let target = null; // {label, spans}

  const select = h("select", { id: "reader-doc" }, a.documents.map((d) => h("option", { value: d.id }, ctx.name(d.id))));
  select.addEventListener("change", () => {
    current = select.value;
    render();
  });
  const focusBar = h("div", { class: "focus-bar", role: "status" });
  const text = h("div", { id: "reader-text", class: "reader-text", tabindex: "-1", "aria-label": "Source text" });
  root.replaceChildren(
    h("div", { class: "filters" },
      h("div", { class: "field" }, h("label", { for: "reader-doc" }, "Source"), select),
      h("p", { class: "legend", "aria-label": "Legend" },
        h("span", { class: "ent ent-PERSON" }, "person"), " ", h("span", { class: "ent ent-ORG" }, "organisation"), " ",
        h("span", { class: "ent ent-PLACE" }, "place"), " ", h("span", { class: "tx" }, "date or time"), " ",
        h("span", { class: "flag" }, "disputed claim"), " ", h("span", { class: "excl" }, "not analysed"))),
    focusBar,
    text,
  );

  function render() {
    select.value = current;
    const doc = a.documents.find((d) => d.id === current);
    text.replaceChildren(...(doc ? blocks(segments(doc, ctx, target?.spans ?? [])) : []));
    focusBar.replaceChildren(...(target ? focusInfo() : []));
    focusBar.hidden = !target;
  }

  function focusInfo() {
    const perDoc = new Map();
    for (const s of target.spans) perDoc.set(s.doc, (perDoc.get(s.doc) ?? 0) + 1);
    return [
      h("span", {}, "Showing ", h("strong", {}, target.label), `: ${plural(target.spans.length, "passage")} in `),
      h("span", { class: "doc-chips" }, [...perDoc].map(([doc, n]) =>
        h("button", { type: "button", class: "doc-chip", "aria-pressed": String(doc === current), on: { click: () => go(doc) } }, `${ctx.name(doc)} (${n})`))),
      " ",
      h("button", { type: "button", class: "link-button", on: { click: () => { target = null; render(); } } }, "Clear highlight"),
    ];
  }

  function go(doc) {
    current = doc;
    render();
    const first = text.querySelector(".hl");
    (first ?? text).scrollIntoView({ block: "center", behavior: "instant" });
    text.focus({ preventScroll: true });
  }

  return {
    render,
    /** Opens the reader on `t.spans` ({doc, start, end}), in the current source if it has any. */
    show(t) {
      target = t;
      go(t.spans.some((s) => s.doc === current) ? current : (t.spans[0]?.doc ?? current));
    },
  };
}

/** The text of `doc` as text nodes and annotated spans. */
function segments(doc, ctx, highlight) {
  const id = doc.id;
  const notes = [];
  const add = (start, end, cls, title) => end > start && notes.push({ start, end, cls, title });
  for (const e of ctx.analysis.entities) {
    const title = `${e.name} (${e.type.toLowerCase()})`;
    for (const m of e.mentions) if (m.doc === id) add(m.start, m.end, `ent ent-${e.type}`, title);
    for (const m of e.metonyms ?? []) if (m.doc === id) add(m.start, m.end, `ent ent-${e.type}`, `${title}, its government`);
  }
  for (const t of ctx.analysis.timexes) if (t.doc === id) add(t.start, t.end, "tx", `${t.type.toLowerCase()} ${t.value}`);
  for (const c of ctx.analysis.contradictions) {
    for (const cl of c.claims) if (cl.doc === id) add(cl.start, cl.end, "flag", `disputed: ${c.subject} — ${c.attribute} (${c.severity})`);
  }
  for (const x of doc.excluded) add(x.start, x.end, "excl", `not analysed: ${x.reason}`);
  for (const s of highlight) if (s.doc === id) add(s.start, s.end, "hl", null);

  const points = ctx.points(id);
  const cuts = new Set([0, points.length]);
  for (const n of notes) cuts.add(n.start).add(n.end);
  const bounds = [...cuts].filter((x) => x >= 0 && x <= points.length).sort((x, y) => x - y);
  notes.sort((x, y) => x.start - y.start);
  const out = [];
  let active = [];
  let next = 0;
  for (let i = 0; i + 1 < bounds.length; i++) {
    const [from, to] = [bounds[i], bounds[i + 1]];
    while (next < notes.length && notes[next].start <= from) active.push(notes[next++]);
    active = active.filter((n) => n.end > from);
    const piece = points.slice(from, to).join("");
    const covering = active.filter((n) => n.start <= from && n.end >= to);
    if (covering.length === 0) {
      out.push(piece);
      continue;
    }
    const cls = [...new Set(covering.flatMap((n) => n.cls.split(" ")))].join(" ");
    const title = [...new Set(covering.map((n) => n.title).filter(Boolean))].join(" · ");
    out.push(h(cls.includes("hl") ? "mark" : "span", { class: cls, title: title || null }, piece));
  }
  return out;
}

/**
 * `nodes` (segments) in blocks of a paragraph each, cut after a blank line in plain text:
 * the browser lays out only the blocks near the screen (content-visibility in style.css),
 * so a long report opens without a long task (issue #8). The text is unchanged: every
 * character stays in order, the blank line at the end of its block.
 */
function blocks(nodes) {
  const out = [];
  let current = [];
  const close = () => {
    if (current.length) out.push(h("div", { class: "reader-block" }, current));
    current = [];
  };
  for (const node of nodes) {
    if (typeof node !== "string") {
      current.push(node);
      continue;
    }
    const parts = node.split(/(?<=\n[ \t]*\n)(?=[^\n])/);
    parts.forEach((part, i) => {
      if (i > 0) close();
      current.push(part);
    });
  }
  close();
  return out;
}
