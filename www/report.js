// The self-contained HTML report: one file with its own styles, no scripts at all (its
// Content-Security-Policy forbids them), readable offline in any browser. The DOM is
// built with h() and serialised here with every text and attribute value escaped.

import { sentenceAround } from "./context.js";
import { h, plural, readableValue, SEVERITIES, TYPE_NAMES } from "./dom.js";
import { eventOf } from "./event-of.js";
import { describeSource } from "./exports.js";
import { comparedText } from "./compared.js";
import { attributeLabel, dateBasis, eventLabel, flagHint, qualifierText, seriesLine, subjectName } from "./describe.js";

const VOID = new Set(["br", "hr", "img", "input", "link", "meta"]);
const escText = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const escAttr = (s) => escText(s).replace(/"/g, "&quot;");

/** HTML source of an element tree (elements, attributes and text only). */
export function serialize(node) {
  if (node.nodeType === 3) return escText(node.data);
  if (node.nodeType !== 1) return "";
  const tag = node.localName;
  let s = `<${tag}`;
  for (const a of node.attributes) s += ` ${a.name}="${escAttr(a.value)}"`;
  s += ">";
  if (VOID.has(tag)) return s;
  for (const child of node.childNodes) s += serialize(child);
  return `${s}</${tag}>`;
}

const CSS = `body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:0 auto;padding:1rem;color:#1c1d1f;background:#fff}
h1,h2,h3{line-height:1.25}small,.muted{color:#5b5f66}blockquote{margin:.25rem 0;padding:.2rem .75rem;border-left:3px solid #d5d7db}
mark{background:#fff0a8}.card{border:1px solid #d5d7db;border-left:5px solid #4d5866;border-radius:6px;padding:.5rem 1rem;margin:1rem 0}
.high{border-left-color:#b3261e}.medium{border-left-color:#9a5b00}table{border-collapse:collapse;width:100%}
td,th{border-bottom:1px solid #d5d7db;padding:.3rem;text-align:left;vertical-align:top}
@media (prefers-color-scheme:dark){body{background:#151618;color:#e8e9eb}small,.muted{color:#a4a9b1}mark{background:#5c4d00;color:inherit}}`;

/** A claim's qualifiers in brackets (" [reportedly; attributed: police]"), or nothing. */
const qualified = (cl) => (cl.qualifiers?.length ? h("small", {}, ` [${cl.qualifiers.map(qualifierText).join("; ")}]`) : null);

/** The quote marked inside the sentence it is stated in. */
function inSentence(points, span) {
  const s = sentenceAround(points, span);
  return h("blockquote", {}, s.before, h("mark", {}, s.quote), s.after);
}

/**
 * The report for `analysis`. `info` is `{name(id), about(id)}` (export-buttons.js): each
 * source is named, and described by its title, outlet and date; each flag says which
 * event it is about and quotes each value in its sentence.
 */
export function htmlReport(analysis, info) {
  const name = info.name ?? info;
  const a = analysis;
  const texts = new Map();
  const points = (id) => texts.get(id) ?? texts.set(id, Array.from(a.documents.find((d) => d.id === id)?.text ?? "")).get(id);
  const bySev = SEVERITIES.map((s) => `${a.contradictions.filter((c) => c.severity === s).length} ${s}`).join(", ");
  const body = h(
    "body",
    {},
    h("header", {}, h("h1", {}, "storylens report"),
      h("p", { class: "muted" }, `${plural(a.documents.length, "source")} · ${plural(a.entities.length, "entity", "entities")} · ${plural(a.events.length, "event")} · ${plural(a.contradictions.length, "flag")} (${bySev}) · ${a.generator}`)),
    h("main", {},
      h("h2", {}, "Sources"),
      h("ol", {}, a.documents.map((d) => h("li", {}, h("strong", {}, name(d.id)), ` — ${describeSource(a, info, d.id)}`,
        h("small", {}, ` · ${plural(d.words, "word")}`)))),
      a.overlaps.length ? h("p", {}, "Shared wording: ", a.overlaps.map((o) => `${name(o.a)} and ${name(o.b)} (${o.percent}%)`).join("; ")) : null,
      h("h2", {}, "Contradictions"),
      a.contradictions.length ? a.contradictions.map((c) => {
        const ev = eventOf(a, c);
        return h("section", { class: `card ${c.severity}` },
          h("h3", {}, `${subjectName(a, c)} — ${attributeLabel(a, c)}${flagHint(a, c) ? ` · ${flagHint(a, c)}` : ""}`), h("p", { class: "muted" }, `${c.severity} severity · ${c.kind}`),
          ev ? h("p", { class: "about" }, "About: ", h("strong", {}, eventLabel(ev)), ev.date?.inferred ? " (inferred date)" : "", ` — ${ev.summary.replace(/^[^:]{1,30}:\s*/, "")}`) : null,
          c.series?.length > 1 ? h("p", {}, "By report date: ", h("strong", {}, seriesLine(c.series))) : null,
          h("ul", {}, c.claims.map((cl) => h("li", {}, h("strong", {}, name(cl.doc)), h("small", {}, ` (${describeSource(a, info, cl.doc)})`), `: ${cl.value}`, qualified(cl), inSentence(points(cl.doc), cl)))),
          h("p", {}, h("em", {}, c.explanation)));
      }) : h("p", {}, "No disagreement found between the sources."),
      comparedText(a, name) ? h("p", { class: "muted" }, comparedText(a, name)) : null,
      a.uncorroborated?.length ? [h("h2", {}, "Said by one source only"),
        h("ul", {}, a.uncorroborated.map((u) => h("li", {}, h("strong", {}, name(u.doc)), `: ${u.subject} — ${u.attribute}: ${u.value}`, qualified(u), inSentence(points(u.doc), u))))] : null,
      h("h2", {}, "Timeline"),
      h("table", {}, h("thead", {}, h("tr", {}, ["Date", "Event", "Sources"].map((t) => h("th", {}, t)))),
        h("tbody", {}, a.events.map((ev) => h("tr", {},
          h("td", {}, ev.date ? readableValue(ev.date.value) + (ev.date.inferred ? " (inferred)" : "") : ev.status === "future" ? "planned" : "undated",
            ev.date ? h("small", {}, h("br", {}), dateBasis(ev).note) : null),
          h("td", {}, ev.summary), h("td", {}, ev.sources.map(name).join(", ")))))),
      h("h2", {}, "Entities"),
      h("table", {}, h("thead", {}, h("tr", {}, ["Name", "Type", "Also written", "Sources"].map((t) => h("th", {}, t)))),
        h("tbody", {}, a.entities.map((e) => h("tr", {}, h("td", {}, e.name), h("td", {}, TYPE_NAMES[e.type] ?? e.type),
          h("td", {}, e.variants.filter((v) => v !== e.name).join(", ")), h("td", {}, e.sources.map(name).join(", "))))))),
  );
  return (
    "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">" +
    "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">" +
    '<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="color-scheme" content="light dark">' +
    `<title>storylens report: ${escText(a.documents.map((d) => name(d.id)).join(", ").slice(0, 200))}</title><style>${CSS}</style></head>` +
    serialize(body) +
    "</html>\n"
  );
}
