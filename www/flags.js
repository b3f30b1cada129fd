// The contradictions tab: one card per flag, sortable by severity. A card says what the
// flag is about (its subject and attribute, the event), how an evolving figure changed by
// report date, the analyser's explanation, and who says what: each source in date order
// with its values, whom it attributes them to, and each quote in its sentence. When the
// list is short or empty, what was compared is said above it.

import { comparedNote } from "./compared.js";
import { sentenceAround } from "./context.js";
import { attributeLabel, columnsByDate, eventLabel, flagHint, headingOf, qualifierText, seriesSteps, shortDate, subjectName } from "./describe.js";
import { h, SEVERITIES } from "./dom.js";
import { fillInSlices } from "./slices.js";
import { eventOf } from "./event-of.js";

const SORTS = {
  "severity-desc": (a, b) => rank(a) - rank(b) || a.index - b.index,
  "severity-asc": (a, b) => rank(b) - rank(a) || a.index - b.index,
  subject: (a, b) => a.subject.localeCompare(b.subject) || rank(a) - rank(b) || a.index - b.index,
};
const rank = ({ c }) => SEVERITIES.indexOf(c.severity);
/** Flags at or under which the list counts as short: what was compared is said above it. */
const SHORT = 5;
/** Cards drawn before "Show more" (a large set has hundreds of flags). */
const PAGE = 60;

/** A flag's kind in words, for its card. */
const KIND = {
  title: "titles differ",
  descriptor: "descriptions differ",
  number: "figures differ",
  spelling: "spellings differ",
  evolving: "figure changed over time",
  date: "dates differ",
  place: "places differ",
  time: "times differ",
  participants: "who took part differs",
};

/**
 * Nodes for the contradictions of `ctx.analysis` (see results.js for `ctx`). Sets
 * `ctx.revealFlag(id)`, which draws the cards up to flag `id` when it is not drawn yet.
 */
export function flagsView(ctx) {
  const list = ctx.analysis.contradictions;
  if (list.length === 0) {
    return [
      h("p", { class: "empty" }, "No disagreement found between the sources."),
      comparedNote(ctx) ?? h("p", { class: "muted" }, "storylens compares figures, titles, places, dates, times and names that two or more sources state."),
      uncorroboratedView(ctx),
    ];
  }
  const items = list.map((c, index) => ({ c, index, subject: subjectName(ctx.analysis, c) }));
  const select = h("select", { id: "flag-sort" },
    h("option", { value: "severity-desc" }, "Most severe first"),
    h("option", { value: "severity-asc" }, "Least severe first"),
    h("option", { value: "subject" }, "Subject, A to Z"));
  const container = h("div", { class: "cards" });
  const more = h("div", { class: "more-holder" });
  let sorted = items;
  let fill;
  const apply = () => {
    sorted = items.slice().sort(SORTS[select.value]);
    container.replaceChildren();
    fill = fillInSlices(container, sorted, (x) => flagCard(x.c, ctx), { first: 8, slice: 8, page: PAGE, noun: "more flags" });
    more.replaceChildren(fill.button);
  };
  select.addEventListener("change", apply);
  apply();
  ctx.revealFlag = (id) => fill.upTo(sorted.findIndex((x) => x.c.id === id));
  return [
    list.length <= SHORT ? comparedNote(ctx, "compared-flags") : null,
    h("div", { class: "filters" }, h("div", { class: "field" }, h("label", { for: "flag-sort" }, "Sort"), select)),
    container,
    more,
    uncorroboratedView(ctx),
  ];
}

/** Source id → position in date order, per analysis (cards list sources in that order). */
const orders = new WeakMap();
function dateOrder(analysis) {
  if (!orders.has(analysis)) orders.set(analysis, new Map(columnsByDate(analysis).map((id, i) => [id, i])));
  return orders.get(analysis);
}

/**
 * One contradiction as a card: what it is about, the series of an evolving figure, the
 * explanation, then who says what (each source in date order, its values with their
 * attributions, each quote in context). The "Show in reader" buttons are there only when
 * `ctx.show` is (the widget has no reader); `ctx.goEvent(id)`, when given, links the event.
 */
export function flagCard(c, ctx) {
  const a = ctx.analysis;
  const subject = subjectName(a, c);
  const ev = eventOf(a, c);
  const aboutOther = ev && c.subject_id !== ev.id;
  const steps = seriesSteps(c.series);
  return h(
    "article",
    { class: "card", "data-id": c.id, "data-severity": c.severity, "data-kind": c.kind, "aria-labelledby": `${c.id}-title` },
    h("p", { class: "card-meta" }, h("span", { class: `badge severity severity-${c.severity}` }, `${c.severity} severity`), " ", h("span", { class: "kind" }, KIND[c.kind] ?? c.kind), voicesNote(c)),
    aboutOther || !ev
      ? h("h3", { id: `${c.id}-title` }, subject, h("span", { class: "muted" }, ` — ${attributeLabel(a, c)}`), hintOf(a, c))
      : h("h3", { id: `${c.id}-title` }, headingOf(a, c, ev), hintOf(a, c)),
    ev ? aboutLine(ev, ctx) : null,
    steps.length ? seriesView(steps, ctx) : null,
    // An evolving figure's explanation repeats the series shown above it: its first clause is enough.
    h("p", { class: "explanation" }, c.kind === "evolving" && steps.length ? c.explanation.replace(/:\s[\s\S]*$/, ".") : c.explanation),
    whoSaysWhat(c, ctx),
  );
}

/** The values of a flag whose heading another flag shares, beside its heading ("· third quarter vs second quarter"). */
function hintOf(a, c) {
  const hint = flagHint(a, c);
  return hint ? h("span", { class: "hint" }, ` · ${hint}`) : null;
}

/** "About: Disaster, Sun 27 Nov 2005 (the story's news)": the event a flag belongs to. */
function aboutLine(ev, ctx) {
  const label = eventLabel(ev);
  const status = ev.status === "core" ? "the story's news" : ev.status === "future" ? "planned" : "earlier, background";
  return h("p", { class: "card-about" },
    h("span", { class: "label" }, "About: "),
    ctx.goEvent ? h("button", { type: "button", class: "link-button", on: { click: () => ctx.goEvent(ev.id) } }, label) : h("strong", {}, label),
    h("span", { class: "muted" }, ` (${status}${ev.date?.inferred ? ", inferred date" : ""})`));
}

/** An evolving figure's values by report date, oldest first, each with the sources giving it. */
function seriesView(steps, ctx) {
  return h("div", { class: "series" },
    h("p", { class: "series-head" }, "By report date:"),
    h("ol", { class: "series-steps" },
      steps.map((st) =>
        h("li", { class: "series-step" },
          h("span", { class: "series-date" }, st.date ? shortDate(st.date) : "undated"),
          h("ul", { class: "series-values" },
            st.values.map((v) => h("li", { class: "series-value" }, h("strong", {}, v.value), " ", h("span", { class: "series-docs" }, (v.docs ?? []).map((id) => ctx.chip(id))))))))));
}

/** Each source, in date order, with the values it gives, whom it attributes them to, and the quotes. */
function whoSaysWhat(c, ctx) {
  const order = dateOrder(ctx.analysis);
  const bySource = new Map();
  for (const cl of c.claims) bySource.set(cl.doc, [...(bySource.get(cl.doc) ?? []), cl]);
  const docs = [...bySource.keys()].sort((x, y) => (order.get(x) ?? 0) - (order.get(y) ?? 0));
  const published = (id) => ctx.analysis.documents.find((d) => d.id === id)?.published;
  return h("div", { class: "who" },
    h("p", { class: "who-head" }, "Who says what:"),
    h("ul", { class: "claims" },
      docs.map((doc) => {
        const p = published(doc);
        return h("li", { class: "claim", "data-doc": doc },
          h("p", { class: "claim-source" }, ctx.chip(doc),
            h("span", { class: "muted claim-date" }, p?.value ? `published ${shortDate(p.value)}${p.inferred ? " (inferred)" : ""}` : "date unknown")),
          bySource.get(doc).map((cl) =>
            h("div", { class: "claim-item" },
              h("p", { class: "claim-head" }, h("strong", { class: "claim-value" }, cl.value), qualifierTags(cl)),
              quoteInContext(ctx.points(cl.doc), cl),
              ctx.show
                ? h("button", { type: "button", class: "link-button small", "aria-label": `Show in reader: ${ctx.name(cl.doc)}'s quote`,
                    on: { click: () => ctx.show({ label: `${subjectName(ctx.analysis, c)} — ${c.attribute}`, kind: "flag", spans: [{ doc: cl.doc, start: cl.start, end: cl.end }] }) } },
                    "Show in reader")
                : null)));
      })));
}

/** The claim's qualifiers ("reportedly", "according to the police") as small tags. */
export function qualifierTags(cl) {
  const qs = cl.qualifiers ?? [];
  return qs.length ? h("span", { class: "qualifiers" }, qs.map((q) => h("span", { class: `qualifier${q.startsWith("attributed:") ? " attribution" : ""}` }, qualifierText(q)))) : null;
}

/** " · 4 reports, 3 independent voices" when some of the reports copy each other. */
function voicesNote(c) {
  const docs = new Set(c.claims.map((cl) => cl.doc)).size;
  if (!c.voices || c.voices >= docs) return null;
  return h("span", { class: "voices muted", title: "Reports that share at least half of their sentences count as one voice." },
    ` · ${docs} reports, ${c.voices} independent ${c.voices === 1 ? "voice" : "voices"}`);
}

/**
 * Claims only one independent source makes, in a collapsed list under the cards:
 * subject, attribute, value, source and the quote in context.
 */
export function uncorroboratedView(ctx) {
  const list = ctx.analysis.uncorroborated ?? [];
  if (list.length === 0) return null;
  // Built when first opened, a slice per task: a large set can have thousands of single-source claims.
  const details = h(
    "details",
    { class: "uncorroborated" },
    h("summary", {}, `Said by one source only (${list.length})`),
    h("p", { class: "muted" }, "Claims no other independent source makes — not contradicted, but not confirmed either."),
  );
  details.addEventListener("toggle", function fill() {
    if (!details.open) return;
    details.removeEventListener("toggle", fill);
    const ul = h("ul", { class: "claims" });
    const filled = fillInSlices(ul, list, (u) =>
      h("li", { class: "claim" },
        h("p", { class: "claim-head" }, ctx.chip(u.doc), " ", h("strong", {}, subjectName(ctx.analysis, u)), h("span", { class: "muted" }, ` — ${u.attribute}: `), h("span", { class: "claim-value" }, u.value), qualifierTags(u)),
        quoteInContext(ctx.points(u.doc), u)),
    { first: 20, slice: 40, page: 200, noun: "more claims" });
    details.append(ul, filled.button);
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
