// The Export buttons above the results: each makes one file from the analysis shown,
// with the user's names, titles and dates for the sources.

import { download } from "./dom.js";
import { analysisJson, entitiesCsv, flagsMarkdown, timelineCsv } from "./exports.js";
import { gridCsv } from "./grid-model.js";
import { htmlReport } from "./report.js";

/**
 * Wires the buttons. `get()` is the analysis shown (or null), `names()` the Map id →
 * source name, `sources()` the page's sources (for each report's title, outlet and date).
 */
export function wireExports({ get, names, sources }) {
  const info = () => {
    const n = names();
    const byId = new Map(sources().map((s) => [s.id, s]));
    return {
      name: (id) => n.get(id) ?? id,
      /** {title, outlet, published} of a report as the page shows them. */
      about: (id) => {
        const s = byId.get(id);
        return { title: s?.title ?? "", outlet: s?.outlet ?? "", published: s?.published ?? "" };
      },
    };
  };
  const exporters = {
    "export-json": (a) => ["storylens-analysis.json", analysisJson(a), "application/json"],
    "export-grid": (a, i) => ["storylens-comparison.csv", gridCsv(a, i.name), "text/csv"],
    "export-entities": (a, i) => ["storylens-entities.csv", entitiesCsv(a, i.name), "text/csv"],
    "export-timeline": (a, i) => ["storylens-timeline.csv", timelineCsv(a, i.name), "text/csv"],
    "export-brief": (a, i) => ["storylens-brief.md", flagsMarkdown(a, i), "text/markdown"],
    "export-report": (a, i) => ["storylens-report.html", htmlReport(a, i), "text/html"],
  };
  for (const [id, make] of Object.entries(exporters)) {
    document.getElementById(id).addEventListener("click", () => {
      const a = get();
      if (a) download(...make(a, info()));
    });
  }
}
