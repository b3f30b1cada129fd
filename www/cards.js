// The source cards: one per article, with its headline, outlet and publication date
// (each editable in place), the word count, where it came from, and a Remove button.
// After an analysis the list folds into a strip of chips (ui.js sets .compact); the
// cards stay in the DOM so that "Edit sources" opens them again as they were.

import { fmt, h, readableValue } from "./dom.js";
import { parseDay } from "./day-input.js";

const ORIGINS = { paste: "pasted", file: "file", example: "example", json: "from JSON" };
const FROM = { user: "set by you", given: "from the file", analyser: "read by the analyser", text: "from the first line" };

/** The note that says where a card's date comes from. */
function dateNote(s) {
  if (!s.published) return "unknown: type it if you know it (2025-04-10 or 10 April 2025)";
  if (s.dateOrigin === "user") return "set by you";
  if (s.dateOrigin === "given") return s.origin === "file" ? "from the file" : "given";
  return `inferred${s.dateBasis ? ` from ${s.dateBasis}` : ""}: correct it if wrong`;
}

/** Cards built in one task; the rest follow in later tasks, so that adding or analysing a
 *  hundred reports never holds the main thread for long (issue #8). */
const SLICE = 20;
const renders = new WeakMap(); // list → the latest render, so an older one stops

/**
 * Replaces the cards in `list` with one per source. `on.edit(source, field, value)`
 * (field: "title", "outlet" or "published"; published already read as `YYYY-MM-DD` or "")
 * and `on.remove(source)` are called on user changes; `names` (id → name) labels the
 * Remove buttons. The focused field keeps its focus across re-renders. The first cards
 * are there on return; the promise resolves when every card is (a newer call stops an
 * older one, whose promise then resolves too).
 */
export function renderCards(list, sources, on, names = new Map()) {
  const focused = document.activeElement?.id;
  const me = {};
  renders.set(list, me);
  const make = (s, i) => card(s, i, on, names);
  list.replaceChildren(...sources.slice(0, SLICE).map(make));
  list.hidden = sources.length === 0;
  const refocus = () => focused && document.activeElement?.id !== focused && document.getElementById(focused)?.focus();
  refocus();
  return new Promise((resolve) => {
    let i = SLICE;
    const more = () => {
      if (renders.get(list) !== me || i >= sources.length) return resolve();
      list.append(...sources.slice(i, i + SLICE).map((s, k) => make(s, i + k)));
      if (focused?.startsWith("source-")) refocus();
      i += SLICE;
      setTimeout(more, 0);
    };
    more();
  });
}

/** One source's card; `i` numbers its fields' ids. */
function card(s, i, on, names) {
  const field = (key, label, value, attrs = {}, tag = "input") => {
    const id = `source-${i}-${key}`;
    const input = h(tag, { id, class: `source-${key}`, type: tag === "input" ? "text" : null, value: tag === "input" ? value : null, autocomplete: "off", spellcheck: "false", ...attrs });
    if (tag === "textarea") input.value = value;
    return { id, input, label: h("label", { for: id }, label) };
  };
  // A headline wraps: a two-line field, its line breaks folded into spaces.
  const title = field("title", "Headline", s.title, { rows: "2", placeholder: "none found: type one if you like", "aria-describedby": s.title ? `source-${i}-title-note` : null }, "textarea");
  const outlet = field("outlet", "Outlet", s.outlet, { placeholder: "who published it" });
  const date = field("date", "Published", s.published, { inputmode: "numeric", placeholder: "YYYY-MM-DD", "aria-describedby": `source-${i}-date-note` });
  title.input.addEventListener("change", () => on.edit(s, "title", title.input.value.replace(/\s+/g, " ").trim()));
  outlet.input.addEventListener("change", () => on.edit(s, "outlet", outlet.input.value.trim()));
  const dateNoteEl = h("span", { id: `source-${i}-date-note`, class: "field-note date-note" }, dateNote(s));
  date.input.addEventListener("change", () => {
    const read = parseDay(date.input.value);
    date.input.setAttribute("aria-invalid", String(Boolean(read.error)));
    if (read.error) dateNoteEl.textContent = `Not a date: ${read.error}.`;
    else on.edit(s, "published", read.value);
  });
  const name = names.get(s.id) ?? s.title ?? s.id;

  return h(
    "li",
    { class: "source-card", "data-id": s.id, "data-origin": s.origin, "data-date-origin": s.dateOrigin || "none", "data-crashed": s.crashed ? "true" : null },
    h("p", { class: "card-name" }, name),
    h("div", { class: "field" }, title.label, title.input,
      s.title ? h("span", { id: `source-${i}-title-note`, class: "field-note" }, FROM[s.titleFrom] ?? "") : null),
    h("div", { class: "field" }, outlet.label, outlet.input),
    h("div", { class: "field" }, date.label, date.input, dateNoteEl),
    s.crashed
      ? h("p", { class: "crash-note" }, `${s.crashed === "hang" ? "The analysis did not finish on this report." : "The analyser crashed on this report."} It is kept, but left out of automatic analyses until you remove it or press Analyse.`)
      : null,
    h("p", { class: "source-meta muted" },
      [`${fmt(s.words)} words`, ORIGINS[s.origin] ?? s.origin, s.file || null, s.byline || null].filter(Boolean).join(" · ")),
    h("button", { type: "button", class: "link-button remove", "aria-label": `Remove ${name}`, on: { click: () => on.remove(s) } }, "Remove"),
  );
}

/** Chips shown in the strip; the others are counted on one more chip (a hundred reports
 *  would push the results screens down). */
const STRIP_MAX = 12;

/**
 * The folded form of the sources: one chip per source (name and date) in `strip`, at most
 * STRIP_MAX and a chip counting the rest; a chip's button opens the cards with that
 * source's headline focused (the last chip: the first source not shown).
 */
export function renderStrip(strip, sources, names, open) {
  const shown = sources.length > STRIP_MAX ? STRIP_MAX - 1 : sources.length;
  const chips = [
    ...sources.slice(0, shown).map((s, i) =>
      h("li", { class: "strip-item", "data-id": s.id },
        h("button", { type: "button", class: "strip-chip", on: { click: () => open(`source-${i}-title`) } },
          h("span", { class: "visually-hidden" }, "Edit: "),
          h("span", { class: "strip-name" }, names.get(s.id)),
          s.published ? h("span", { class: "strip-date" }, readableValue(s.published)) : h("span", { class: "strip-date muted" }, "date unknown")))),
    shown < sources.length
      ? h("li", { class: "strip-more" },
          h("button", { type: "button", class: "strip-chip", on: { click: () => open(`source-${shown}-title`) } },
            h("span", { class: "strip-name" }, `${sources.length - shown} more`), h("span", { class: "strip-date" }, "show all reports")))
      : null,
  ];
  strip.replaceChildren(...chips.filter(Boolean));
}
