// The contradictions tab: one card per flag (subject, attribute, each side's value with
// its source and verbatim quote, severity, explanation), sortable by severity.

import { sentenceAround } from "./context.js";
import { h, SEVERITIES } from "./dom.js";

const SORTS = {
  "severity-desc": (a, b) => rank(a) - rank(b) || a.index - b.index,
  "severity-asc": (a, b) => rank(b) - rank(a) || a.index - b.index,
  subject: (a, b) => a.c.subject.localeCompare(b.c.subject) || rank(a) - rank(b),
};
const rank = ({ c }) => SEVERITIES.indexOf(c.severity);

/** Nodes for the contradictions of `ctx.analysis` (see results.js for `ctx`). */
export function flagsView(ctx) {
  const list = ctx.analysis.contradictions;
  if (list.length === 0) return [h("p", { class: "empty" }, "No contradictions found: the sources agree on everything compared."), uncorroboratedView(ctx)];
  const cards = list.map((c, index) => ({ c, index, node: flagCard(c, ctx) }));
  const select = h("select", { id: "flag-sort" },
    h("option", { value: "severity-desc" }, "Most severe first"),
    h("option", { value: "severity-asc" }, "Least severe first"),
    h("option", { value: "subject" }, "Subject, A to Z"));
  const container = h("div", { class: "cards" });
  const apply = () => container.replaceChildren(...cards.slice().sort(SORTS[select.value]).map((x) => x.node));
  select.addEventListener("change", apply);
  apply();
  return [h("div", { class: "filters" }, h("div", { class: "field" }, h("label", { for: "flag-sort" }, "Sort"), select)), container, uncorroboratedView(ctx)];
}

/**
 * One contradiction as a card: each claim's source, value and quote in context. The
 * "Show in reader" buttons are there only when `ctx.show` is (the widget has no reader).
 */
export function flagCard(c, ctx) {
  const points = (id) => ctx.points(id);
  return h(
    "article",
    { class: "card", "data-id": c.id, "data-severity": c.severity, "aria-labelledby": `${c.id}-title` },
    h("p", { class: "card-meta" }, h("span", { class: `badge severity severity-${c.severity}` }, `${c.severity} severity`), " ", h("span", { class: "kind" }, c.kind)),
    h("h3", { id: `${c.id}-title` }, c.subject, h("span", { class: "muted" }, ` — ${c.attribute}`)),
    h(
      "ul",
      { class: "claims" },
      c.claims.map((cl) =>
        h(
          "li",
          { class: "claim" },
          h("p", { class: "claim-head" }, ctx.chip(cl.doc), " ", h("strong", { class: "claim-value" }, cl.value), qualifierTags(cl)),
          quoteInContext(points(cl.doc), cl),
          ctx.show
            ? h("button", { type: "button", class: "link-button small", "aria-label": `Show in reader: ${ctx.name(cl.doc)}'s quote`,
                on: { click: () => ctx.show({ label: `${c.subject} — ${c.attribute}`, kind: "flag", spans: [{ doc: cl.doc, start: cl.start, end: cl.end }] }) } },
                "Show in reader")
            : null,
        ),
      ),
    ),
    h("p", { class: "explanation" }, c.explanation),
    voicesNote(c),
  );
}

/** The claim's qualifiers ("reportedly", "attributed: police") as small tags. */
export function qualifierTags(cl) {
  const qs = cl.qualifiers ?? [];
  return qs.length ? h("span", { class: "qualifiers" }, qs.map((q) => h("span", { class: "qualifier" }, q))) : null;
}

/** "4 reports, 3 independent voices" when some of the reports copy each other. */
function voicesNote(c) {
  const docs = new Set(c.claims.map((cl) => cl.doc)).size;
  if (!c.voices || c.voices >= docs) return null;
  return h("p", { class: "voices muted" }, `${docs} reports, ${c.voices} independent ${c.voices === 1 ? "voice" : "voices"}: some of these reports largely copy each other.`);
}

/**
 * Claims only one independent source makes, in a collapsed list under the cards:
 * subject, attribute, value, source and the quote in context.
 */
export function uncorroboratedView(ctx) {
  const list = ctx.analysis.uncorroborated ?? [];
  if (list.length === 0) return null;
  // Built when first opened: a large set can have thousands of single-source claims.
  const details = h(
    "details",
    { class: "uncorroborated" },
    h("summary", {}, `Said by one source only (${list.length})`),
    h("p", { class: "muted" }, "Claims no other independent source makes — not contradicted, but not confirmed either."),
  );
  details.addEventListener("toggle", function fill() {
    if (!details.open) return;
    details.removeEventListener("toggle", fill);
    details.append(
      h(
        "ul",
        { class: "claims" },
        list.map((u) =>
          h(
            "li",
            { class: "claim" },
            h("p", { class: "claim-head" }, ctx.chip(u.doc), " ", h("strong", {}, u.subject), h("span", { class: "muted" }, ` — ${u.attribute}: `), h("span", { class: "claim-value" }, u.value), qualifierTags(u)),
            quoteInContext(ctx.points(u.doc), u),
          ),
        ),
      ),
    );
  });
  return details;
}

/**
 * The verbatim quote, marked, with the rest of its sentence around it. Falls back to
 * the bare quote when the offsets do not point at it (that would be a core bug).
 */
export function quoteInContext(points, span) {
  const s = sentenceAround(points, span);
  if (!s.ok) {
    console.warn(`storylens: offsets ${span.start}..${span.end} do not match the quote`, span.quote);
    return h("blockquote", { class: "quote", "data-offsets": "mismatch" }, span.quote);
  }
  return h("blockquote", { class: "quote" }, s.before, h("mark", {}, s.quote), s.after);
}
