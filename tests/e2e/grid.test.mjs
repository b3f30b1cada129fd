// The comparison grid (Compare tab) and "results first": the fact-checker's view.
// Screenshots at 390 and 1280 px, light and dark, go to tests/e2e/screenshots/.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { analyse, axeViolations, downloadText, foreignRequests, launchBrowser, loadExample, openPage, SCREENSHOTS, serveWww, waitReady } from "./helpers.mjs";

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

/** Minimal RFC 4180 parser for the checks below. */
function parseCsv(text) {
  const rows = [];
  let row = [], field = "", quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") row.push(field), (field = "");
    else if (c === "\r") continue;
    else if (c === "\n") row.push(field), rows.push(row), (row = []), (field = "");
    else field += c;
  }
  return rows;
}

test("results first: after Analyse the reports fold away and the results start on the first screen", async () => {
  const { context, page, errors } = await openPage(browser, { width: 1280, height: 900 });
  await page.goto(`${server.origin}/`);
  await waitReady(page);
  await loadExample(page);
  await analyse(page);
  await page.waitForTimeout(100);
  assert.ok(await page.locator("#input-panel.compact").count(), "the input panel did not fold");
  assert.ok(await page.isHidden("#paste"), "the paste box still takes the screen");
  assert.equal(await page.locator("#source-strip .strip-item").count(), 5, "no strip of the five sources");
  // The results heading is on screen, near the top of the page (not screens below).
  const top = await page.evaluate(() => document.getElementById("results").getBoundingClientRect().top + scrollY);
  assert.ok(top < 600, `results start ${top}px down the page`);
  const box = await page.evaluate(() => document.getElementById("results-heading").getBoundingClientRect().top);
  assert.ok(box >= 0 && box < 900, `results heading not on screen (${box})`);

  // The Overview names the story: its core event and date, the top flags with severity, the main people and places.
  const overview = page.locator("#panel-overview .story-summary");
  assert.match(await overview.locator(".core-event").textContent(), /Meeting, Thu, 10 Apr 2025/);
  const flags = await overview.locator(".top-flags li[data-severity]").evaluateAll((els) => els.map((e) => [e.dataset.severity, e.textContent]));
  assert.ok(flags.length >= 3, `top flags: ${flags}`);
  assert.equal(flags[0][0], "high");
  // Named by the fact's label (facts[].label, e.g. "title (secretary)"), then the values.
  assert.match(flags[0][1], /^high.*Sonata Coulter — [a-z][^:]*: .+ vs /);
  const people = await overview.locator(".main-people li").allTextContents();
  assert.ok(people.some((p) => p.startsWith("Alexander Darchiev")) && people.some((p) => p.startsWith("Sonata Coulter")), `people: ${people}`);
  assert.ok((await overview.locator(".main-places li").allTextContents()).some((p) => p.startsWith("Istanbul")));
  // …and what was compared, so the flags never stand alone.
  const analysisCompared = await page.evaluate(() => document.querySelector("#panel-overview .compared")?.textContent ?? "");
  assert.match(analysisCompared, /^Compared \d+ facts that two or more sources state \(\d+ [a-z ]+(, \d+ [a-z ]+)* and \d+ [a-z ]+\)\. \d+ more facts are stated by one source only: nothing to compare them with\./);
  // A top flag opens its card.
  await overview.locator(".top-flags li >> nth=0 >> button").click();
  assert.equal(await page.getAttribute("#tab-flags", "aria-selected"), "true");
  assert.equal(await page.evaluate(() => document.activeElement.dataset.id), "C1");

  // "Edit or add reports" opens the input again, as it was.
  await page.click("#edit-sources");
  assert.ok(await page.isVisible("#paste"));
  assert.equal(await page.getAttribute("#edit-sources", "aria-expanded"), "true");
  assert.deepEqual(errors, []);
  await context.close();
});

test("/?example opens scrolled to the results, the sources folded", async () => {
  const { context, page, errors } = await openPage(browser, { width: 1280, height: 900 });
  await page.goto(`${server.origin}/?example`);
  await page.waitForSelector("body[data-state=done]", { timeout: 60000 });
  await page.waitForTimeout(200);
  assert.ok(await page.locator("#input-panel.compact").count());
  const heading = await page.evaluate(() => document.getElementById("results-heading").getBoundingClientRect().top);
  assert.ok(heading >= 0 && heading < 450, `results heading at ${heading}px of the viewport`);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the grid: facts by source in date order, disagreements marked, quotes on focus, the reader on press, CSV", async () => {
  const { context, page, requests, errors } = await openPage(browser, { width: 1280, height: 900 });
  await page.goto(`${server.origin}/`);
  await waitReady(page);
  await loadExample(page);
  await analyse(page);
  await page.click("#tab-grid");
  const heads = await page.$$eval(".grid thead th[data-doc]", (els) => els.map((e) => e.querySelector(".col-name").textContent));
  assert.equal(heads.length, 5);
  assert.ok(heads.includes("Brussels Morning Newspaper"), `columns: ${heads}`);
  assert.ok(!heads.some((n) => /[0-9a-f]{8}/.test(n)), `a column is named by a file hash: ${heads}`);

  // The rank disagreement is the first row, high, with a value in every source.
  const first = page.locator(".grid-row >> nth=0");
  assert.equal(await first.getAttribute("data-status"), "flagged");
  assert.equal(await first.getAttribute("data-severity"), "high");
  assert.match(await first.locator(".fact-name").textContent(), /title/);
  assert.equal(await first.locator(".grid-cell:not(.empty-cell)").count(), 5);
  // Rows stated alike by every source are there too, marked as agreeing; a source that says nothing shows a dash.
  assert.ok((await page.locator(".grid-row[data-status=agree]").count()) > 0);
  assert.ok((await page.locator(".grid-row .empty-cell").count()) > 0);

  // Focus a value: its sentence appears, the value marked in it; pressing it opens the reader there.
  const value = first.locator(".cell-value >> nth=1");
  await value.focus();
  const tip = page.locator(`#${await value.getAttribute("aria-describedby")}`);
  assert.ok(await tip.isVisible(), "the quote does not show on focus");
  const marked = await tip.locator("mark").textContent();
  assert.equal(marked, (await value.textContent()).trim());
  assert.ok((await tip.textContent()).length > marked.length + 20, "no sentence around the value");
  await value.press("Enter");
  assert.equal(await page.getAttribute("#tab-reader", "aria-selected"), "true");
  assert.equal(await page.$$eval("#reader-text mark.hl", (els) => els.map((e) => e.textContent).join("")), marked);

  // "Disagreements only" keeps the flagged rows.
  await page.click("#tab-grid");
  await page.selectOption("#grid-show", "flagged");
  const statuses = await page.$$eval(".grid-row", (els) => els.map((e) => e.dataset.status));
  assert.ok(statuses.length >= 3 && statuses.every((s) => s === "flagged"), `${statuses}`);

  // CSV: a line per fact, a value and a sentence column per source, sources by name and date.
  const { name, text } = await downloadText(page, "#export-grid");
  assert.equal(name, "storylens-comparison.csv");
  const rows = parseCsv(text);
  assert.deepEqual(rows[0].slice(0, 6), ["group", "subject", "attribute", "status", "severity", "flags"]);
  assert.equal(rows[0].length, 6 + 2 * 5);
  assert.ok(rows[0].includes("Brussels Morning Newspaper (2025-04-10): value"), rows[0].join(" | "));
  const rank = rows.find((r) => r[1] === "Sonata Coulter" && r[2].startsWith("title"));
  assert.equal(rank[4], "high");
  assert.ok(rank.some((f) => f.includes("Deputy Assistant Secretary") && f.length > 60), "no sentence in the CSV");
  assert.deepEqual(foreignRequests(requests, server.origin), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the grid groups by event when claims carry one, shows an evolving figure's series, and reads at 390px", async () => {
  const { context, page, errors } = await openPage(browser, { width: 390, height: 844 });
  await page.goto(`${server.origin}/`);
  await waitReady(page);
  // Two dated reports of one quake, the toll rising: an evolving figure, not a contradiction.
  await page.fill("#paste", [
    "Quake kills seven in coastal town\nThe earthquake on Tuesday killed 7 people in the coastal town of Marisol, officials said.",
    "Quake toll rises to 40\nThe earthquake on Tuesday killed 40 people in the coastal town of Marisol, officials said on Thursday.",
  ].join("\n---\n"));
  await page.click("#add-paste");
  await page.waitForSelector(".source-card >> nth=1");
  for (const [i, day] of [[0, "2025-03-04"], [1, "2025-03-06"]]) {
    await page.fill(`.source-card >> nth=${i} >> .source-date`, day);
    await page.dispatchEvent(`.source-card >> nth=${i} >> .source-date`, "change");
  }
  await analyse(page);
  await page.click("#tab-grid");
  const row = page.locator(".grid-row", { hasText: "deaths" });
  assert.equal(await row.count(), 1, "no row for the death toll");
  const kinds = await page.evaluate(() => [...document.querySelectorAll(".grid-row")].map((r) => r.querySelector(".fact-status").textContent));
  if (await row.locator(".fact-series").count()) assert.match(await row.locator(".fact-series").textContent(), /7 \(4 Mar\) → 40 \(6 Mar\)/);
  else assert.fail(`the toll row shows no series (statuses: ${kinds})`);
  // Rows become cards: nothing scrolls sideways, each value labelled with its source.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `scrolls sideways by ${overflow}px`);
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector(".grid-row")).display), "block");
  assert.match(await page.evaluate(() => getComputedStyle(document.querySelector(".grid-cell"), "::before").content), /Quake/);
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test("grouped by event: facts (or, without facts, claims) with an `event` are one group under that event's kind and date", async () => {
  // New attributes need no code: the grid reads subject, attribute, label and event from the JSON.
  const { context, page } = await openPage(browser);
  await page.goto(`${server.origin}/`);
  const r = await page.evaluate(async () => {
    const { buildGrid } = await import("./grid-model.js");
    const doc = (id, day) => ({ id, published: { value: day, inferred: false }, text: "x" });
    const claim = (doc, subject, subject_id, attribute, value, event, fact) => ({ fact, doc, subject, subject_id, attribute, value, start: 0, end: 1, quote: "x", qualifiers: [], event });
    const base = {
      documents: [doc("b", "2025-01-02"), doc("a", "2025-01-01")],
      events: [{ id: "V1", kind: "earthquake", status: "core", date: { value: "2025-01-01", inferred: false }, sources: ["a", "b"], evidence: [], summary: "" }],
      claims: [claim("a", "the earthquake", "V1", "deaths", "7", "V1", "F1"), claim("b", "the earthquake", "V1", "deaths", "40", "V1", "F1"), claim("a", "the earthquake", "V1", "felt in", "3 provinces", "V1", "F2"), claim("b", "Marisol", "E1", "population", "2,000", null, "F3")],
    };
    const facts = [
      { id: "F1", subject: "the earthquake", subject_id: "V1", event: "V1", attribute: "deaths", label: "deaths", kind: "number", claims: [0, 1], sources: 2, status: "evolving" },
      { id: "F2", subject: "the earthquake", subject_id: "V1", event: "V1", attribute: "felt in", label: "felt in · provinces", kind: "number", claims: [2], sources: 1, status: "single" },
      { id: "F3", subject: "Marisol", subject_id: "E1", event: null, attribute: "population", label: "population", kind: "number", claims: [3], sources: 1, status: "single" },
    ];
    const flag = { id: "C1", kind: "evolving", severity: "low", fact: "F1", event: "V1", series: [{ date: "2025-01-01", value: "7", docs: ["a"] }, { date: "2025-01-02", value: "40", docs: ["b"] }], claims: [] };
    const shape = (g) => ({ columns: g.columns, groups: g.groups.map((x) => [x.label, x.rows.map((row) => [row.label, row.status, row.series?.map((v) => v.value).join(" → ") ?? null])]) });
    return {
      facts: shape(buildGrid({ ...base, facts, contradictions: [flag] })),
      claims: shape(buildGrid({ ...base, contradictions: [] })),
    };
  });
  assert.deepEqual(r.facts.columns, ["a", "b"], "columns are not in date order");
  assert.deepEqual(r.facts.groups, [
    ["Earthquake, Wed, 1 Jan 2025", [["deaths", "flagged", "7 → 40"], ["felt in · provinces", "single", null]]],
    ["Marisol", [["population", "single", null]]],
  ]);
  assert.deepEqual(r.claims.groups, [
    ["Earthquake, Wed, 1 Jan 2025", [["deaths", "differ", null], ["felt in", "single", null]]],
    ["Marisol", [["population", "single", null]]],
  ]);
  await context.close();
});

for (const scheme of ["light", "dark"]) {
  for (const width of [390, 1280]) {
    test(`screenshots: overview and grid, ${scheme}, ${width}px`, async () => {
      const context = await browser.newContext({ viewport: { width, height: width < 500 ? 844 : 900 }, colorScheme: scheme });
      const page = await context.newPage();
      await page.goto(`${server.origin}/?example`);
      await page.waitForSelector("body[data-state=done]", { timeout: 60000 });
      await page.waitForTimeout(200);
      await page.screenshot({ path: `${SCREENSHOTS}first-screen-${scheme}-${width}.png` });
      await page.screenshot({ path: `${SCREENSHOTS}overview-full-${scheme}-${width}.png`, fullPage: true });
      await page.click("#tab-grid");
      await page.locator(".grid-row >> nth=0 >> .cell-value >> nth=1").focus();
      await page.screenshot({ path: `${SCREENSHOTS}grid-${scheme}-${width}.png` });
      assert.deepEqual(await axeViolations(page), []);
      await context.close();
    });
  }
}
