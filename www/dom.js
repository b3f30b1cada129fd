// Builds the result sections from a `storylens/1` analysis.
// Every piece of article text goes in as a text node (Node.append with a string,
// or textContent): nothing from the analysis is ever parsed as HTML.

/**
 * `h("li", {class: "x", "data-type": t}, "text", childNode, …)`: an element whose
 * string children become text nodes. Attributes are set with setAttribute, so values
 * are never parsed as markup; `null`/`undefined`/`false` children and attributes are skipped.
 */
export function h(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    node.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

/**
 * Code points `start`..`end` of a text given as `Array.from(text)`. storylens offsets
 * count Unicode code points; JavaScript string indices count UTF-16 units, so
 * `text.slice(start, end)` would be wrong after any emoji or other astral character.
 */
export function codePointSlice(codePoints, start, end) {
  return codePoints.slice(start, end).join("");
}

const TYPE_HEADINGS = {
  PERSON: "People",
  ORG: "Organisations",
  PLACE: "Places",
  FACILITY: "Facilities",
  OTHER: "Other",
};

const number = new Intl.NumberFormat("en");
const plural = (n, one, many = one + "s") => `${number.format(n)} ${n === 1 ? one : many}`;

/**
 * Renders the whole analysis into the result containers.
 * `labels[i]` names input document i for the reader (a file name, "pasted text 2", …).
 */
export function renderAnalysis(analysis, labels, targets) {
  const docs = new Map(analysis.documents.map((d, i) => [d.id, { ...d, label: labels[i] ?? d.id }]));
  const chip = (id) => {
    const d = docs.get(id);
    const tip = d ? [d.label, d.title, d.source].filter(Boolean).join(" · ") : id;
    return h("span", { class: "doc-chip", title: tip }, id);
  };
  const chips = (ids) => h("span", { class: "doc-chips" }, ids.map(chip));

  targets.overview.replaceChildren(...overview(analysis));
  targets.documents.replaceChildren(documentList(analysis, docs));
  targets.entities.replaceChildren(...entitySections(analysis.entities, chip, chips));
  targets.timeline.replaceChildren(timeline(analysis.events, chips));
  targets.contradictions.replaceChildren(...contradictionCards(analysis.contradictions, docs, chip));
}

function overview(a) {
  const words = a.documents.reduce((sum, d) => sum + d.words, 0);
  const line = h(
    "p",
    { class: "counts" },
    [
      plural(a.documents.length, "report"),
      plural(words, "word"),
      plural(a.entities.length, "entity", "entities"),
      plural(a.timexes.length, "time expression"),
      plural(a.events.length, "event"),
      plural(a.contradictions.length, "contradiction"),
    ].join(" · "),
  );
  const extra = [];
  for (const o of a.overlaps) {
    extra.push(h("li", {}, `${o.a} and ${o.b} share ${plural(o.shared_sentences, "sentence")} (${o.percent}% of the shorter one): probably the same wire copy.`));
  }
  for (const d of a.diagnostics) {
    extra.push(h("li", { class: `diag diag-${d.level}` }, d.doc ? `${d.doc}: ${d.message}` : d.message));
  }
  return extra.length ? [line, h("ul", { class: "notes" }, extra)] : [line];
}

function documentList(a, docs) {
  return h(
    "ol",
    { class: "doc-list" },
    a.documents.map((d) => {
      const p = d.published;
      const date = p.value
        ? `published ${p.value}${p.inferred ? ` (inferred from ${p.basis}, ${p.confidence} confidence)` : ""}`
        : "publication date unknown";
      return h(
        "li",
        {},
        h("span", { class: "doc-chip" }, d.id),
        " ",
        h("span", { class: "doc-title" }, d.title || opening(d.text)),
        h("span", { class: "muted" }, [docs.get(d.id).label, d.source, date, plural(d.words, "word")].filter(Boolean).join(" · ")),
      );
    }),
  );
}

function entitySections(entities, chip, chips) {
  if (entities.length === 0) return [h("p", { class: "empty" }, "No entities found.")];
  const groups = new Map();
  for (const e of entities) {
    if (!groups.has(e.type)) groups.set(e.type, []);
    groups.get(e.type).push(e);
  }
  const order = [...Object.keys(TYPE_HEADINGS), ...[...groups.keys()].filter((t) => !(t in TYPE_HEADINGS)).sort()];
  return order
    .filter((type) => groups.has(type))
    .map((type) => {
      const list = groups.get(type);
      const headingId = `entities-${type.toLowerCase()}`;
      return h(
        "section",
        { class: "entity-group", "data-type": type, "aria-labelledby": headingId },
        h("h3", { id: headingId }, `${TYPE_HEADINGS[type] ?? type} `, h("span", { class: "count" }, `(${list.length})`)),
        h("ul", { class: "entity-list" }, list.map((e) => entityItem(e, chip, chips))),
      );
    });
}

function entityItem(e, chip, chips) {
  const others = e.variants.filter((v) => v !== e.name);
  const roles = uniqueBy(e.roles, (r) => `${r.doc}\u0000${r.text}`);
  return h(
    "li",
    { class: "entity", "data-type": e.type, "data-variants": e.variants.length },
    h("p", { class: "entity-head" }, h("span", { class: "entity-name" }, e.name), " ", h("span", { class: "muted" }, plural(e.mentions.length, "mention"))),
    others.length ? h("p", { class: "variants" }, h("span", { class: "label" }, "Also: "), others.join(", ")) : null,
    e.metonyms?.length
      ? h("p", { class: "variants" }, h("span", { class: "label" }, "Its government, as: "), [...new Set(e.metonyms.map((m) => m.text))].join(", "))
      : null,
    h("p", { class: "sources" }, h("span", { class: "label" }, "In: "), chips(e.sources)),
    roles.length
      ? h("ul", { class: "roles", "aria-label": `Roles given to ${e.name}` }, roles.map((r) => h("li", {}, chip(r.doc), " ", r.text)))
      : null,
  );
}

function timeline(events, chips) {
  if (events.length === 0) return h("p", { class: "empty" }, "No events found.");
  return h(
    "ol",
    { class: "timeline" },
    events.map((ev) =>
      h(
        "li",
        { class: "event", "data-dated": String(ev.date !== null), "data-status": ev.status },
        h(
          "p",
          { class: "event-when" },
          ev.date ? dateElement(ev.date.value) : h("span", { class: "undated" }, "undated"),
          ev.date && ev.date.inferred ? h("span", { class: "badge badge-inferred", title: "Rests on an inferred document date or on context" }, "inferred") : null,
          ev.status !== "core" ? h("span", { class: `badge badge-${ev.status}` }, ev.status) : null,
          h("span", { class: "muted" }, ev.kind),
        ),
        h("p", { class: "event-summary" }, ev.summary),
        h("p", { class: "sources" }, h("span", { class: "label" }, "Reported by: "), chips(ev.sources)),
        ev.evidence.length
          ? h(
              "details",
              { class: "evidence" },
              h("summary", {}, `Evidence (${ev.evidence.length})`),
              h("ul", {}, ev.evidence.map((s) => h("li", {}, h("span", { class: "doc-chip" }, s.doc), " ", s.text))),
            )
          : null,
      ),
    ),
  );
}

/** The first line of an untitled document, cut to about 90 characters. */
function opening(text) {
  const line = Array.from(text.trimStart().split("\n", 1)[0]);
  return line.length > 90 ? line.slice(0, 90).join("").trimEnd() + "…" : line.join("") || "(empty)";
}

/** A TIMEX3 value; full dates also get a readable form and a `datetime`. */
function dateElement(value) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return h("span", { class: "date" }, value);
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  const readable = d.toLocaleDateString("en-GB", { weekday: "short", day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
  return h("time", { class: "date", datetime: value }, readable);
}

function contradictionCards(contradictions, docs, chip) {
  if (contradictions.length === 0) return [h("p", { class: "empty" }, "No contradictions found: the sources agree on everything compared.")];
  const codePoints = new Map();
  const pointsOf = (id) => {
    if (!codePoints.has(id)) codePoints.set(id, Array.from(docs.get(id)?.text ?? ""));
    return codePoints.get(id);
  };
  return contradictions.map((c) =>
    h(
      "article",
      { class: "card", "data-severity": c.severity, "aria-labelledby": `${c.id}-title` },
      h("p", { class: "card-meta" }, h("span", { class: `badge severity severity-${c.severity}` }, `${c.severity} severity`), " ", h("span", { class: "muted" }, c.kind)),
      h("h3", { id: `${c.id}-title` }, c.subject, h("span", { class: "muted" }, ` — ${c.attribute}`)),
      h(
        "ul",
        { class: "claims" },
        c.claims.map((cl) =>
          h(
            "li",
            { class: "claim" },
            h("p", { class: "claim-head" }, chip(cl.doc), " ", h("strong", { class: "claim-value" }, cl.value)),
            quoteInContext(pointsOf(cl.doc), cl),
          ),
        ),
      ),
      h("p", { class: "explanation" }, c.explanation),
    ),
  );
}

/**
 * The verbatim quote, marked, with the rest of its sentence around it. Falls back to
 * the bare quote when the offsets do not point at it (that would be a core bug).
 */
function quoteInContext(points, { start, end, quote }) {
  if (codePointSlice(points, start, end) !== quote) {
    console.warn(`storylens: offsets ${start}..${end} do not match the quote`, quote);
    return h("blockquote", { class: "quote", "data-offsets": "mismatch" }, quote);
  }
  const CONTEXT = 120;
  const before = points.slice(Math.max(0, start - CONTEXT), start).join("");
  const after = points.slice(end, end + CONTEXT).join("");
  // The rest of the sentence on each side; where the window cuts a sentence, cut at a word.
  let lead = before.split(/(?<=[.!?…])\s+|\n/).pop();
  let tail = after.split(/(?<=[.!?…])(?=\s)|\n/)[0];
  if (lead.length === before.length && start > CONTEXT) lead = "…" + lead.replace(/^\S*\s+/, "");
  if (tail.length === after.length && end + CONTEXT < points.length) tail = tail.replace(/\s+\S*$/, "") + " …";
  return h("blockquote", { class: "quote" }, lead, h("mark", {}, quote), tail);
}

function uniqueBy(items, key) {
  const seen = new Set();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
