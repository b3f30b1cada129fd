// Safe mode's panel: the last analysis never finished (the tab crashed or was closed
// during it), so the page restored the reports without analysing them, and offers to
// check each report alone or to analyse anyway.

import { h, plural } from "./dom.js";

/**
 * Fills `el` for the unfinished run over the reports named `who`. `on.checkEach()` finds
 * the report that does not finish (shown when there are several); `on.analyseAnyway()`.
 */
export function renderSafeMode(el, who, on) {
  el.replaceChildren(
    h("h3", {}, "Safe mode: nothing is analysed until you ask"),
    h("p", {}, `The last analysis did not finish: the page was closed, or the tab crashed, while it ran on ${who.length === 1 ? who[0] : plural(who.length, "report")}. Your reports are restored.${who.length === 1 ? " That report is left out of automatic analyses until you remove it or press Analyse." : ""}`),
    h("p", { class: "safe-actions" },
      who.length > 1 ? h("button", { type: "button", id: "check-each", class: "primary", on: { click: on.checkEach } }, "Check each report alone") : null,
      " ",
      h("button", { type: "button", id: "analyse-anyway", on: { click: on.analyseAnyway } }, who.length > 1 ? "Analyse them all anyway" : "Analyse the others")),
  );
}
