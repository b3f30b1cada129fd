// What the analysis says, as the page shows it: an evolving figure's series by report
// date on its flag card and on the Overview, the event a flag is about and who says what
// (sources in date order, attributions), what was compared above a short or empty list,
// and timeline entries that say how their date is known (stated or dated by the reports).
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { analyse, axeViolations, downloadText, foreignRequests, launchBrowser, openPage, serveWww, waitReady } from "./helpers.mjs";

let server;
let browser;
before(async () => {
  server = await serveWww();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Pastes `texts` as reports, gives each its publication day, and analyses them. */
async function analyseReports(page, texts, days) {
  await page.goto(`${server.origin}/`);
  await waitReady(page);
  await page.fill("#paste", texts.join("\n---\n"));
  await page.click("#add-paste");
  await page.waitForSelector(`.source-card >> nth=${texts.length - 1}`);
  for (const [i, day] of days.entries()) {
    await page.fill(`.source-card >> nth=${i} >> .source-date`, day);
    await page.dispatchEvent(`.source-card >> nth=${i} >> .source-date`, "change");
  }
  await analyse(page);
}

// A toll that rose between two reports, each attributing it; a happening no report dates.
const RISING = [
  "Storm kills 3 in Marisol\nA storm on Sunday killed at least 3 people in the coastal town of Marisol, police said. In the capital, several buildings were evacuated.",
  "Storm toll rises to 10\nThe storm on Sunday killed 10 people in the coastal town of Marisol, the mayor said on Monday. In the capital, several buildings were evacuated.",
];
const DAYS = ["2025-03-02", "2025-03-03"];

const overflow = (page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test("an evolving figure's flag shows its series by report date, the event it is about and who says what", async () => {
  const { context, page, requests, errors } = await openPage(browser, { width: 390, height: 844 });
  await analyseReports(page, RISING, DAYS);

  // The Overview says how the figure changed, in time order.
  const changed = await page.locator("#panel-overview .top-series li").allTextContents();
  assert.deepEqual(changed, ["Deaths: 3, at least 3 (2 Mar) → 10 (3 Mar)"]);

  await page.click("#tab-flags");
  // One flag: what was compared is said above it.
  assert.match(await page.textContent("#panel-flags .compared-flags"), /^Compared \d+ facts that two or more sources state \(\d+ figures? and \d+ dates?\)\./);
  const card = page.locator(".card[data-kind=evolving]");
  assert.equal(await card.count(), 1);
  assert.match(await card.locator(".card-meta").textContent(), /figure changed over time/);
  assert.match(await card.locator(".card-about").textContent(), /^About: Disaster, Sun, 2 Mar 2025 \(the story's news\)$/);
  // The series: one step per report date, oldest first, each value with the report giving it.
  const steps = await card.locator(".series-step").evaluateAll((els) =>
    els.map((li) => ({ date: li.querySelector(".series-date").textContent, values: [...li.querySelectorAll(".series-value")].map((v) => v.textContent) })));
  assert.deepEqual(steps, [
    { date: "2 Mar 2025", values: ["3 Storm kills 3 in Marisol", "at least 3 Storm kills 3 in Marisol"] },
    { date: "3 Mar 2025", values: ["10 Storm toll rises to 10"] },
  ]);
  // Who says what: the sources in date order, each with its date, values and attributions.
  const who = await card.locator(".who .claim").evaluateAll((els) =>
    els.map((li) => ({ doc: li.dataset.doc, date: li.querySelector(".claim-date").textContent, says: [...li.querySelectorAll(".attribution")].map((q) => q.textContent) })));
  assert.deepEqual(who, [
    { doc: "pasted-1", date: "published 2 Mar 2025", says: ["according to police"] },
    { doc: "pasted-2", date: "published 3 Mar 2025", says: ["according to mayor"] },
  ]);
  assert.ok((await card.locator(".quote mark").allTextContents()).includes("killed 10 people"));
  assert.equal(await overflow(page), 0, "the flags tab scrolls sideways at 390 px");

  // The Markdown brief and the HTML report say the same.
  const brief = (await downloadText(page, "#export-brief")).text;
  assert.ok(brief.includes("By report date: 3, at least 3 (2 Mar) → 10 (3 Mar)"), brief);
  assert.ok(brief.includes("[according to police]") && brief.includes("[according to mayor]"), brief);
  assert.match(brief, /## What was compared\n\nCompared \d+ facts/);
  const report = (await downloadText(page, "#export-report")).text;
  assert.ok(report.includes("By report date: <strong>3, at least 3 (2 Mar) → 10 (3 Mar)</strong>"), "the HTML report has no series");
  assert.ok(report.includes("stated: “Sunday”"), "the HTML report's timeline does not say how dates are known");

  // The event link opens the timeline at that event.
  await card.locator(".card-about button").click();
  assert.equal(await page.getAttribute("#tab-timeline", "aria-selected"), "true");
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.id), "V1");
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(foreignRequests(requests, server.origin), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the timeline says how each event's date is known and marks a date no report states", async () => {
  const { context, page, errors } = await openPage(browser, { width: 390, height: 844 });
  await analyseReports(page, RISING, DAYS);
  await page.click("#tab-timeline");
  const events = await page.locator(".event").evaluateAll((els) =>
    els.map((li) => ({
      kind: li.querySelector(".kind").textContent,
      basis: li.dataset.basis,
      guess: li.dataset.guess,
      note: li.querySelector(".event-basis")?.textContent ?? null,
      badge: li.querySelector(".badge-inferred")?.textContent ?? null,
      reported: li.querySelector(".sources .label").textContent,
    })));
  const storm = events.find((e) => e.kind === "disaster");
  assert.deepEqual(storm, { kind: "disaster", basis: "stated", guess: "false", note: "stated: “Sunday”", badge: null, reported: "Reported by 2 of 2: " });
  // The evacuation has no date of its own: dated by the reports' day, marked as not stated.
  const undatedOwn = events.find((e) => e.basis === "report");
  assert.ok(undatedOwn, `no event dated by the reports: ${JSON.stringify(events)}`);
  assert.equal(undatedOwn.guess, "true");
  assert.equal(undatedOwn.badge, "date not stated");
  assert.equal(undatedOwn.note, "not stated: dated by the reports' own day");
  const guesses = events.filter((e) => e.guess === "true").length;
  assert.match(await page.textContent(".timeline-intro"), new RegExp(`^${events.length} events, one entry each with the reports that tell it\\. ${guesses} dates? (is|are) not certain`));
  assert.equal(await overflow(page), 0, "the timeline scrolls sideways at 390 px");
  assert.deepEqual(errors, []);
  await context.close();
});

test("with no disagreement the contradictions tab says what was compared, never a bare 'no contradictions'", async () => {
  const { context, page, errors } = await openPage(browser);
  await analyseReports(page, [
    "Storm kills 10 in Marisol\nA storm on Sunday killed 10 people in the coastal town of Marisol, police said.",
    "Ten dead in Marisol storm\nThe storm on Sunday killed 10 people in the coastal town of Marisol, the mayor said.",
  ], ["2025-03-03", "2025-03-03"]);
  await page.click("#tab-flags");
  const text = await page.textContent("#panel-flags");
  assert.match(text, /No disagreement found between the sources\./);
  assert.match(text, /Compared \d+ facts? that two or more sources state \([^)]*figure[^)]*\), and found no disagreement\./);
  assert.doesNotMatch(text, /No contradictions/i);
  assert.deepEqual(errors, []);
  await context.close();
});
