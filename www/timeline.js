// The timeline tab: one entry per event in chronological order, then the undated and
// planned ones kept apart. Each entry says how its date is known — stated by a report
// ("stated: “on Sunday”", with how precise it is) or not stated (dated by the reports'
// own day) — and marks a date that is a guess; it names the reports that tell it (with
// their dates) and can show its evidence in the reader. Long timelines are drawn a slice
// per task.

import { dateBasis, shortDate } from "./describe.js";
import { dateElement, h, plural } from "./dom.js";
import { fillInSlices } from "./slices.js";

/** Events drawn before "Show more" in each list. */
const PAGE = 150;

/** Nodes for the events of `ctx.analysis` (see results.js for `ctx`); sets `ctx.revealEvent(id)`. */
export function timelineView(ctx) {
  const events = ctx.analysis.events;
  if (events.length === 0) return [h("p", { class: "empty" }, "No events found.")];
  const dated = events.filter((e) => e.date);
  const undated = events.filter((e) => !e.date);
  const guesses = dated.filter((e) => dateBasis(e).guess).length;
  const list = (items, attrs) => {
    const ol = h("ol", attrs);
    const fill = fillInSlices(ol, items, (e) => eventItem(e, ctx), { first: 25, slice: 25, page: PAGE, noun: "more events" });
    return { ol, fill };
  };
  const first = dated.length ? list(dated, { class: "timeline", "aria-label": "Dated events, oldest first" }) : null;
  const second = undated.length ? list(undated, { class: "timeline undated-list", "aria-labelledby": "undated-heading" }) : null;
  ctx.revealEvent = (id) => {
    const i = dated.findIndex((e) => e.id === id);
    if (i >= 0) first.fill.upTo(i);
    else second?.fill.upTo(undated.findIndex((e) => e.id === id));
  };
  return [
    h("p", { class: "timeline-intro muted" },
      `${plural(events.length, "event")}, one entry each with the reports that tell it.`,
      guesses ? ` ${plural(guesses, "date")} ${guesses === 1 ? "is" : "are"} not certain (marked): ${guesses === 1 ? "it rests" : "they rest"} on a publication date storylens inferred, or on the day the reports came out.` : ""),
    first ? [first.ol, first.fill.button] : h("p", { class: "empty" }, "No dated events."),
    undated.length ? h("h3", { id: "undated-heading" }, "Undated and planned ") : null,
    second ? [second.ol, second.fill.button] : null,
  ];
}

function eventItem(ev, ctx) {
  const summary = ev.summary.replace(/^[^:]{1,30}:\s*/, "");
  const basis = dateBasis(ev);
  const reported = ev.date?.basis === "report";
  const docs = ctx.analysis.documents;
  const published = (id) => docs.find((d) => d.id === id)?.published?.value;
  return h(
    "li",
    { class: "event", "data-id": ev.id, "data-dated": String(ev.date !== null), "data-status": ev.status, "data-date": ev.date?.value ?? "", "data-basis": basis.basis ?? "none", "data-guess": String(basis.guess) },
    h(
      "p",
      { class: "event-when" },
      ev.date ? dateElement(ev.date.value) : h("span", { class: "undated" }, ev.status === "future" ? "planned" : "undated"),
      basis.guess
        ? h("span", { class: "badge badge-inferred", title: reported ? "No report gives this happening a date of its own: it is dated by the day the reports tell it" : "The day rests on a publication date storylens inferred" },
            reported ? "date not stated" : "inferred date")
        : null,
      ev.status !== "core" ? h("span", { class: `badge badge-${ev.status}` }, ev.status) : null,
      h("span", { class: "kind" }, ev.kind),
    ),
    ev.date ? h("p", { class: "event-basis muted" }, basis.note, basis.precision && basis.precision !== "to the day" ? ` (${basis.precision})` : "") : null,
    h("p", { class: "event-summary" }, summary),
    h(
      "p",
      { class: "sources" },
      h("span", { class: "label" }, `Reported by ${ev.sources.length} of ${docs.length}: `),
      h("span", { class: "doc-chips" }, ev.sources.map((id) => {
        const chip = ctx.chip(id);
        const day = published(id);
        if (day) chip.title = `published ${shortDate(day)}`;
        return chip;
      })),
      " ",
      h("button", { type: "button", class: "link-button", "aria-label": `Show evidence (${plural(ev.evidence.length, "sentence")}) in the reader: ${summary.slice(0, 60)}`,
        on: { click: () => ctx.show({ label: `${ev.kind}${ev.date ? ", " + ev.date.value : ""}`, kind: "event", spans: ev.evidence }) } },
        `Show evidence (${plural(ev.evidence.length, "sentence")})`),
    ),
  );
}
