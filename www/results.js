// The results area: six tab panels (overview, comparison grid, entities, timeline,
// contradictions, reader) rendered from one storylens/1 analysis, with the user's
// source names.
// Each panel is built the first time it is shown after an analysis.
//
// Every view gets the same `ctx` (dom.js viewContext, plus):
//   analysis, name(id), chip(id), points(id)   see dom.js viewContext
//   show(target)    opens the reader on {label, spans: [{doc, start, end}]}
//   goTab(name)     switches to a tab
//   goFlag(id)      opens the contradictions tab at flag `id`
//   goEvent(id)     opens the timeline at event `id`
// and views may set revealFlag(id) / revealEvent(id) (draw a list up to that item).

import { entitiesView } from "./entities.js";
import { flagsView } from "./flags.js";
import { gridView } from "./grid.js";
import { viewContext } from "./dom.js";
import { overview } from "./overview.js";
import { createReader } from "./reader.js";
import { setupTabs } from "./tabs.js";
import { timelineView } from "./timeline.js";

/** Scrolls to `node` and focuses it (items are not in the Tab order: tabindex -1). */
function focusItem(node) {
  if (!node) return;
  node.tabIndex = -1;
  node.scrollIntoView({ block: "start" });
  node.focus({ preventScroll: true });
}

/** Wires the results section of `root`; returns {render(analysis, names), tabs}. */
export function createResults(root = document) {
  const $ = (id) => root.getElementById(id);
  // Panels are built when first shown, so a large analysis costs only the open view.
  let ensure = () => {};
  const tabs = setupTabs($("view-tabs"), (tab) => ensure(tab));
  const panels = {
    overview: $("panel-overview"),
    grid: $("panel-grid"),
    entities: $("panel-entities"),
    timeline: $("panel-timeline"),
    flags: $("panel-flags"),
    reader: $("panel-reader"),
  };

  function render(analysis, names) {
    let reader;
    const ctx = {
      ...viewContext(analysis, names),
      show(target) {
        tabs.select("reader");
        reader.show(target);
      },
      goTab: (tab) => tabs.select(tab, { focus: true }),
      goFlag(id) {
        tabs.select("flags");
        ctx.revealFlag?.(id);
        focusItem(panels.flags.querySelector(`.card[data-id="${CSS.escape(id)}"]`));
      },
      goEvent(id) {
        tabs.select("timeline");
        ctx.revealEvent?.(id);
        focusItem(panels.timeline.querySelector(`.event[data-id="${CSS.escape(id)}"]`));
      },
    };
    const fill = (panel, nodes) => panel.replaceChildren(...nodes.flat().filter(Boolean));
    const views = {
      overview: () => fill(panels.overview, overview(ctx)),
      grid: () => fill(panels.grid, gridView(ctx)),
      entities: () => fill(panels.entities, entitiesView(ctx)),
      timeline: () => fill(panels.timeline, timelineView(ctx)),
      flags: () => fill(panels.flags, flagsView(ctx)),
      reader: () => (reader = createReader(panels.reader, ctx)).render(),
    };
    const built = new Set();
    for (const panel of Object.values(panels)) panel.replaceChildren();
    ensure = (tab) => {
      if (built.has(tab)) return;
      built.add(tab);
      views[tab]();
    };
    ensure(tabs.current());
    const counts = { entities: analysis.entities.length, timeline: analysis.events.length, flags: analysis.contradictions.length, reader: analysis.documents.length };
    for (const [tab, n] of Object.entries(counts)) $(`tab-${tab}`).querySelector(".count").textContent = ` ${n}`;
  }

  return { render, tabs };
}
