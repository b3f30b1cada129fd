// The timeline tab: dated events in chronological order (inferred dates marked), then
// the undated and planned ones kept apart. Each event can show its evidence in the reader.

import { dateElement, h, plural } from "./dom.js";

/** Nodes for the events of `ctx.analysis` (see results.js for `ctx`). */
export function timelineView(ctx) {
  const events = ctx.analysis.events;
  if (events.length === 0) return [h("p", { class: "empty" }, "No events found.")];
  const dated = events.filter((e) => e.date);
  const undated = events.filter((e) => !e.date);
  return [
    dated.length ? h("ol", { class: "timeline", "aria-label": "Dated events, oldest first" }, dated.map((e) => eventItem(e, ctx))) : h("p", { class: "empty" }, "No dated events."),
    undated.length ? h("h3", { id: "undated-heading" }, "Undated and planned ") : null,
    undated.length ? h("ol", { class: "timeline undated-list", "aria-labelledby": "undated-heading" }, undated.map((e) => eventItem(e, ctx))) : null,
  ];
}

function eventItem(ev, ctx) {
  const summary = ev.summary.replace(/^[^:]{1,30}:\s*/, "");
  return h(
    "li",
    { class: "event", "data-id": ev.id, "data-dated": String(ev.date !== null), "data-status": ev.status, "data-date": ev.date?.value ?? "" },
    h(
      "p",
      { class: "event-when" },
      ev.date ? dateElement(ev.date.value) : h("span", { class: "undated" }, ev.status === "future" ? "planned" : "undated"),
      ev.date?.inferred ? h("span", { class: "badge badge-inferred", title: "This date rests on an inferred publication date" }, "inferred date") : null,
      ev.status !== "core" ? h("span", { class: `badge badge-${ev.status}` }, ev.status) : null,
      h("span", { class: "kind" }, ev.kind),
    ),
    h("p", { class: "event-summary" }, summary),
    h(
      "p",
      { class: "sources" },
      h("span", { class: "label" }, "Reported by: "),
      h("span", { class: "doc-chips" }, ev.sources.map((id) => ctx.chip(id))),
      " ",
      h("button", { type: "button", class: "link-button", "aria-label": `Show evidence (${plural(ev.evidence.length, "sentence")}) in the reader: ${summary.slice(0, 60)}`,
        on: { click: () => ctx.show({ label: `${ev.kind}${ev.date ? ", " + ev.date.value : ""}`, kind: "event", spans: ev.evidence }) } },
        `Show evidence (${plural(ev.evidence.length, "sentence")})`),
    ),
  );
}
