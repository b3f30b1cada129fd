// The warning above the results when the reports look like several stories: the groups,
// why, and a button per group to keep only that one (the others are set aside).

import { h, plural } from "./dom.js";

/**
 * Fills `el` (hidden when there is one story) from `check` (story-check.js storyGroups):
 * `total` reports, `names` id → name, `keep(ids)` called by a group's button.
 */
export function renderStoryCheck(el, { groups, apart, byAnalyser }, total, names, keep) {
  el.hidden = groups.length < 2;
  if (groups.length < 2) return el.replaceChildren();
  const label = (ids) => ids.map((id) => names.get(id) ?? id).join("; ");
  el.replaceChildren(
    h("h3", { id: "story-check-heading" }, `These reports look like ${groups.length} different stories`),
    h("p", {}, byAnalyser
      ? "They share few names, or are dated more than a year apart. Their claims are not compared with each other, but the timeline mixes them and a date inferred from one story can be pinned on another: analyse one story at a time."
      : apart
        ? "Some reports are dated more than a year apart, and they share few names and no event. Dates inferred across different stories mislead: analyse one story at a time."
        : "They share few names and no event, so the timeline and the flags may mix them up (a date inferred from one story can be pinned on another). Analyse one story at a time."),
    h("ol", { class: "story-groups" }, groups.map((ids, i) =>
      h("li", { "data-docs": ids.join(" ") },
        h("span", {}, label(ids)), " ",
        h("button", { type: "button", class: "keep-story", on: { click: () => keep(ids) } }, `Keep only ${i === 0 ? "this story" : "this one"} (set the other ${plural(total - ids.length, "report")} aside)`)))),
  );
  return undefined;
}
