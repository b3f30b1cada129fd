// The source cards: one per article, with an editable name and publication date, the
// word count, where it came from, and a Remove button.

import { fmt, h } from "./dom.js";

const ORIGINS = { paste: "pasted", file: "file", example: "example", json: "from JSON" };

/** The badge that says where a card's date comes from. */
function dateNote(s) {
  if (!s.published) return "unknown: set it if you know it";
  if (s.dateOrigin === "user") return "set by you";
  if (s.dateOrigin === "given") return s.origin === "file" ? "from the file" : "given";
  return `inferred${s.dateBasis ? ` from ${s.dateBasis}` : ""}: correct it if wrong`;
}

/**
 * Replaces the cards in `list` with one per source. `on.rename(source, name)`,
 * `on.redate(source, date)` and `on.remove(source)` are called on user changes.
 * The focused field keeps its focus across re-renders.
 */
export function renderCards(list, sources, on) {
  const focused = document.activeElement?.id;
  list.replaceChildren(
    ...sources.map((s, i) => {
      const nameId = `source-${i}-name`;
      const dateId = `source-${i}-date`;
      const name = h("input", { id: nameId, class: "source-name", type: "text", value: s.name, autocomplete: "off", spellcheck: "false" });
      name.addEventListener("change", () => on.rename(s, name.value.trim()));
      const date = h("input", { id: dateId, class: "source-date", type: "date", value: s.published || null, "aria-describedby": `${dateId}-note` });
      date.addEventListener("change", () => on.redate(s, date.value));
      return h(
        "li",
        { class: "source-card", "data-id": s.id, "data-origin": s.origin, "data-date-origin": s.dateOrigin || "none" },
        h("div", { class: "field" }, h("label", { for: nameId }, "Name"), name),
        h("div", { class: "field" }, h("label", { for: dateId }, "Published"), date,
          h("span", { id: `${dateId}-note`, class: "date-note" }, dateNote(s))),
        h("p", { class: "source-meta muted" },
          [`${fmt(s.words)} words`, ORIGINS[s.origin] ?? s.origin, s.file && s.file !== s.name ? s.file : null,
            s.title && s.title !== s.name ? `“${s.title}”` : null, s.byline || null].filter(Boolean).join(" · ")),
        h("button", { type: "button", class: "link-button remove", "aria-label": `Remove ${s.name}`, on: { click: () => on.remove(s) } }, "Remove"),
      );
    }),
  );
  list.hidden = sources.length === 0;
  if (focused) document.getElementById(focused)?.focus();
}

