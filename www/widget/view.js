// The widget's compact view of one analysis: the reports compared, a timeline strip,
// contradiction counts by severity, the main entities; a button expands the
// contradiction cards (flags.js, shared with the page) and the list of reports.
// Built with dom.js h(): article text only ever becomes text nodes.

import { dateElement, h, plural, readableValue, SEVERITIES, TYPE_NAMES, viewContext } from "../dom.js";
import { comparedText } from "../compared.js";
import { flagCard } from "../flags.js";

const TYPE_LABEL = { PERSON: "person", ORG: "organisation", PLACE: "place", FACILITY: "facility", OTHER: "other" };
const MAIN_ENTITIES = 8;

/** Replaces the content of `root` with the view of `analysis`. */
export function renderView(root, analysis, { names, notes = [], sections, heading }) {
  const ctx = viewContext(analysis, names);
  const docs = analysis.documents;
  const parts = [
    h("header", { class: "head" },
      h("p", { class: "brand" }, h("b", {}, "storylens"), " · compared in your browser"),
      h("h2", {}, heading || "How other outlets reported this"),
      h("p", { class: "reports", "aria-label": "Reports compared" },
        h("span", { class: "small muted" }, `${plural(docs.length, "report")}:`), docs.map((d) => {
          const chip = ctx.chip(d.id);
          chip.title = d.title ? `${ctx.name(d.id)}: ${d.title}` : ctx.name(d.id);
          return chip;
        }))),
    notes.length ? h("ul", { class: "notes" }, notes.map((n) => h("li", {}, n))) : null,
    sections.has("timeline") ? timelineStrip(ctx) : null,
    sections.has("flags") ? flagsSummary(ctx) : null,
    sections.has("entities") ? mainEntities(ctx) : null,
    h("p", { class: "foot" }, `${analysis.generator} · nothing was uploaded`),
  ];
  root.replaceChildren(...parts.filter(Boolean));
}

function section(name, title, ...content) {
  const id = `sl-${name}`;
  return h("section", { class: `section ${name}`, "data-section": name, "aria-labelledby": id }, h("h3", { id }, title), ...content);
}

/** Dated events, oldest first, in a row that scrolls sideways in a narrow column. */
function timelineStrip(ctx) {
  const events = ctx.analysis.events;
  const dated = events.filter((e) => e.date);
  const undated = events.length - dated.length;
  const strip = dated.length
    ? h("ol", { class: "strip", tabindex: "0", "aria-label": "Dated events, oldest first" },
          dated.map((e) =>
            h("li", { class: "event", "data-id": e.id, "data-date": e.date.value, "data-status": e.status },
              h("p", { class: "when" }, dateElement(e.date.value), e.status === "core" ? null : h("span", { class: "kind" }, ` · ${e.status}`)),
              h("p", { class: "event-kind" }, e.kind),
              h("p", { class: "summary" }, e.summary.replace(/^[^:]{1,30}:\s*/, "")),
              h("p", { class: "by", title: e.sources.map((id) => ctx.name(id)).join(", ") }, `In ${e.sources.length} of ${ctx.analysis.documents.length} reports`))))
    : h("p", { class: "muted" }, "No dated events.");
  // Background events come first in time; open the strip at the story's own news, its
  // first card whole at the left edge (measured on screen: offsetLeft counts from the
  // shadow host, not the strip), and say that earlier ones are to the left.
  const first = dated.findIndex((e) => e.status === "core");
  const earlier = first > 0 ? h("p", { class: "small muted" }, `← ${plural(first, "earlier event")} to the left.`) : null;
  if (first > 0) {
    requestAnimationFrame(() => {
      // Card starts within the strip's scroll area; where the strip cannot scroll that far,
      // the last start it can reach, so that no card is cut at the left edge.
      const base = strip.getBoundingClientRect().left - strip.scrollLeft;
      const starts = [...strip.children].map((c) => c.getBoundingClientRect().left - base);
      const max = strip.scrollWidth - strip.clientWidth;
      strip.scrollLeft = Math.max(...starts.slice(0, first + 1).filter((x) => x <= max + 1), 0);
      const hidden = starts.filter((x) => x < strip.scrollLeft - 1).length;
      earlier.textContent = `← ${plural(hidden, "earlier event")} to the left.`;
      earlier.hidden = hidden === 0;
    });
  }
  return section("timeline", "Timeline", strip, earlier,
    undated ? h("p", { class: "small muted" }, `…and ${plural(undated, "undated or planned event")}.`) : null);
}

/** Flags by severity; a button shows the cards with their quotes, and the reports compared. */
function flagsSummary(ctx) {
  const list = ctx.analysis.contradictions;
  const by = Object.fromEntries(SEVERITIES.map((s) => [s, list.filter((c) => c.severity === s).length]));
  const counts = h("p", { class: "counts", "aria-label": `${plural(list.length, "contradiction")}: ${SEVERITIES.map((s) => `${by[s]} ${s}`).join(", ")}` },
    SEVERITIES.map((s) => h("span", { class: `sev-count severity-${s}`, "data-severity": s, "data-count": by[s] }, h("span", { class: "n" }, String(by[s])), ` ${s}`)));
  // What was compared, so that a short or empty list never stands alone.
  const compared = comparedText(ctx.analysis, ctx.name);
  const note = list.length <= 5 && compared ? h("p", { class: "muted small compared" }, compared) : null;
  if (list.length === 0) return section("flags", "Contradictions", counts, note ?? h("p", { class: "muted small" }, "No disagreement found."));

  const more = h("div", { class: "more", id: "sl-more", hidden: true });
  const button = h("button", { type: "button", class: "expand", "aria-expanded": "false", "aria-controls": "sl-more" }, `Show the ${plural(list.length, "contradiction")}`);
  button.addEventListener("click", () => {
    const open = more.hidden;
    if (open && !more.firstChild) more.append(h("div", { class: "cards" }, list.map((c) => flagCard(c, ctx))), reportList(ctx));
    more.hidden = !open;
    button.setAttribute("aria-expanded", String(open));
    button.textContent = open ? "Hide the contradictions" : `Show the ${plural(list.length, "contradiction")}`;
  });
  return section("flags", "Contradictions", counts, note, button, more);
}

function reportList(ctx) {
  return h("div", { class: "report-block" },
    h("h3", {}, "Reports compared"),
    h("ol", { class: "report-list" },
      ctx.analysis.documents.map((d) =>
        h("li", {}, ctx.chip(d.id), " ",
          d.title && d.title !== ctx.name(d.id) ? h("span", { class: "doc-title" }, d.title) : null,
          h("span", { class: "muted small" }, d.published.value ? ` · ${d.published.inferred ? "about " : ""}${readableValue(d.published.value)}` : "")))));
}

/** The most mentioned people, organisations and places, those in several reports first. */
function mainEntities(ctx) {
  const { entities, documents } = ctx.analysis;
  const named = entities.filter((e) => e.type !== "OTHER");
  const main = [...named.filter((e) => e.sources.length > 1), ...named.filter((e) => e.sources.length <= 1)].slice(0, MAIN_ENTITIES);
  if (main.length === 0) return section("entities", "Who and where", h("p", { class: "muted" }, "No entities found."));
  return section(
    "entities",
    "Who and where",
    h("ul", { class: "entity-chips" },
      main.map((e) => {
        const others = e.variants.filter((v) => v !== e.name);
        return h("li", { class: "entity", "data-id": e.id, "data-type": e.type, title: others.length ? `Also written: ${others.join(", ")}` : null },
          h("span", { class: "entity-name" }, e.name),
          h("span", { class: "entity-meta" },
            `${TYPE_LABEL[e.type] ?? TYPE_NAMES[e.type] ?? e.type} · ${e.sources.length} of ${documents.length} reports`,
            e.variants.length > 1 ? ` · written ${e.variants.length} ways` : ""));
      })),
  );
}
