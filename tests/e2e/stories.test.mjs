// Sources as a fact-checker handles them: named by headline, outlet and date (never a
// file hash); one story at a time (a second story is noticed and can be split off, dates
// are never changed silently); the example never replaces your reports without asking;
// Clear can be undone.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { analyse, axeViolations, cardNames, file, launchBrowser, loadExample, openPage, openSources, serveWww, waitReady } from "./helpers.mjs";

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

// An invented story from another year: nothing in it is in the example.
const FLOOD = `---
title: River floods Corvale as levee fails
date: 2011-03-14
---
HARTSFIELD, Ohio (Valley Courier) – The Brandt River broke through a levee north of Corvale on Sunday, flooding about 300 homes, Mayor Linda Okafor said.
Okafor said two people were missing and that the county had opened shelters at Corvale High School and the Hartsfield fairgrounds.
Emergency manager Peter Vasquez said the water was expected to crest on Tuesday, two feet above the 1997 record.`;

test("names: a headline from the first line or the page title, an outlet from the page or a dateline, never a file hash", async () => {
  const { context, page, errors } = await openPage(browser);
  await page.goto(`${server.origin}/`);
  await waitReady(page);
  const page1 = `<!doctype html><html><head><title>Envoys meet again in Istanbul</title><meta property="og:site_name" content="The Daily Example"></head>
<body><article><h1>Envoys meet again in Istanbul</h1><p>${"Alexander Darchiev met Sonata Coulter in Istanbul on Thursday for a second round of talks on the embassies. ".repeat(4)}</p></article></body></html>`;
  await page.setInputFiles("#files", [
    file("0e18692511e940e9.txt", "Talks resume in Istanbul\nIstanbul (Wire Service) – Alexander Darchiev met Sonata Coulter on Thursday."),
    file("article (3).html", page1, "text/html"),
    file("53af723418d2a8a4.txt", "Alexander Darchiev and Sonata Coulter spoke for six hours in Istanbul, officials said on Thursday."),
    file("01.txt", "Envoys agree to meet again\nBy Dana Whitfield, Harbour Chronicle\nAlexander Darchiev and Sonata Coulter agreed to meet again in Istanbul."),
    file("02.txt", "Posted 4 / 10 / 2025 7: 21 AM\nLast updated: Thursday, 10 April 2025, 14:05 GMT\nEnvoys talk for six hours\nAlexander Darchiev and Sonata Coulter talked for six hours."),
  ]);
  await page.waitForSelector(".source-card >> nth=4");
  const cards = await page.$$eval(".source-card", (els) => els.map((e) => [e.querySelector(".source-title").value, e.querySelector(".source-outlet").value]));
  assert.deepEqual(cards, [
    ["Talks resume in Istanbul", "Wire Service"],
    ["Envoys meet again in Istanbul", "The Daily Example"],
    ["", ""],
    ["Envoys agree to meet again", "Harbour Chronicle"],
    ["Envoys talk for six hours", ""], // the time stamp lines above a headline are passed over
  ]);
  const names = await cardNames(page);
  assert.deepEqual(names.slice(0, 2), ["Wire Service", "The Daily Example"]);
  assert.equal(names[2], "Alexander Darchiev and Sonata Coulter spoke for…", "a report with no headline is named by its opening words");
  assert.equal(names[3], "Harbour Chronicle", "the byline's outlet names the report");
  assert.ok(!names.some((n) => /[0-9a-f]{8}|article \(3\)|^01$/.test(n)), `a file name became a name: ${names}`);

  // Each is editable on its card; the new name is used everywhere.
  await page.fill(".source-card >> nth=2 >> .source-title", "Six hours of talks");
  await page.dispatchEvent(".source-card >> nth=2 >> .source-title", "change");
  await page.fill(".source-card >> nth=2 >> .source-date", "10 April 2025");
  await page.dispatchEvent(".source-card >> nth=2 >> .source-date", "change");
  assert.equal((await cardNames(page))[2], "Six hours of talks");
  assert.equal(await page.inputValue(".source-card >> nth=2 >> .source-date"), "2025-04-10", "the typed date is not read as a day");
  await page.fill(".source-card >> nth=1 >> .source-date", "2025-02-31");
  await page.dispatchEvent(".source-card >> nth=1 >> .source-date", "change");
  assert.equal(await page.getAttribute(".source-card >> nth=1 >> .source-date", "aria-invalid"), "true");
  assert.match(await page.textContent(".source-card >> nth=1 >> .date-note"), /Not a date/);
  await analyse(page);
  assert.ok((await page.textContent("#panel-overview")).includes("Six hours of talks"));
  // A card and the Overview give a report the same word count (the analyser's).
  const cardWords = await page.$$eval(".source-card .source-meta", (els) => els.map((e) => Number(/^([\d,]+) words/.exec(e.textContent)[1].replace(/,/g, ""))));
  const overviewWords = await page.$$eval(".overview-sources li", (els) => els.map((e) => Number(/([\d,]+) words?/.exec(e.textContent)[1].replace(/,/g, ""))));
  assert.deepEqual(cardWords, overviewWords);
  // The date field is one Tab stop (a text field, not a date picker's three segments and a button).
  await openSources(page);
  await page.focus(".source-card >> nth=0 >> .source-outlet");
  await page.keyboard.press("Tab");
  assert.match(await page.evaluate(() => document.activeElement.className), /source-date/);
  await page.keyboard.press("Tab");
  assert.match(await page.evaluate(() => document.activeElement.className), /remove/);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a second story is noticed, no report is re-dated silently, and the stories can be split", async () => {
  const { context, page, errors } = await openPage(browser);
  await page.goto(`${server.origin}/`);
  await waitReady(page);
  await loadExample(page);
  await analyse(page);
  const dates = () => page.$$eval(".source-card", (els) => els.map((e) => e.querySelector(".source-date").value));
  const before = await dates();
  assert.deepEqual(before, Array(5).fill("2025-04-10"));
  assert.ok(await page.isHidden("#story-check"));

  await page.setInputFiles("#files", file("flood.md", FLOOD, "text/markdown"));
  await page.waitForSelector(".source-card >> nth=5", { state: "attached" });
  await page.waitForSelector("#story-check:not([hidden])", { timeout: 30000 });
  const check = await page.textContent("#story-check");
  assert.match(check, /look like 2 different stories/);
  const groups = await page.$$eval("#story-check .story-groups li", (els) => els.map((e) => e.dataset.docs.split(" ")));
  assert.equal(groups.length, 2);
  assert.deepEqual(groups[1], ["flood.md"], `groups: ${JSON.stringify(groups)}`);

  // Any example report whose inferred date moved is named with both dates.
  const after = await dates();
  const moved = after.slice(0, 5).filter((d, i) => d !== before[i]).length;
  const notices = await page.textContent("#notices");
  if (moved) assert.match(notices, /Dates inferred again after the last change: .*Thu, 10 Apr 2025 → /, `re-dated ${moved} reports without a word`);

  // Keep the first story: the flood report is set aside, the example analysed alone again.
  await page.click("#story-check .keep-story >> nth=0");
  await page.waitForFunction(() => document.querySelector("#story-check").hidden && document.body.dataset.state === "done");
  assert.equal((await cardNames(page)).length, 5);
  assert.match(await page.textContent("#aside-note"), /1 report set aside: .*River floods Corvale/);
  await page.waitForFunction(() => [...document.querySelectorAll(".source-date")].every((e) => e.value === "2025-04-10"));
  // …and brought back.
  await page.click("#bring-back");
  await page.waitForSelector(".source-card >> nth=5", { state: "attached" });
  assert.ok(await page.isHidden("#aside-note"));
  assert.deepEqual(errors, []);
  await context.close();
});

test("Load example asks before replacing your reports; /?example shows the example and keeps yours aside", async () => {
  const { context, page, errors } = await openPage(browser);
  await page.goto(`${server.origin}/`);
  await waitReady(page);
  await page.setInputFiles("#files", file("flood.md", FLOOD, "text/markdown"));
  await page.waitForSelector(".source-card");
  await page.click("#load-example");
  assert.ok(await page.isVisible("#example-dialog"), "no question before replacing");
  assert.match(await page.textContent("#example-dialog"), /1 report/);
  assert.deepEqual(await axeViolations(page), [], "the dialog is not accessible");
  await page.click("#example-dialog button[value=cancel]");
  assert.deepEqual(await cardNames(page), ["Valley Courier"]);

  await page.click("#load-example");
  await page.click("#example-dialog button[value=add]");
  await page.waitForSelector(".source-card >> nth=5", { state: "attached" });

  await page.click("#load-example");
  await page.click("#example-dialog button[value=replace]");
  await page.waitForFunction(() => document.querySelectorAll(".source-card").length === 5);
  assert.match(await page.textContent("#aside-note"), /1 report set aside/);

  // ?example: the example whatever was kept; your report stays aside, and comes back in its place.
  await page.click("#bring-back");
  await page.waitForFunction(() => document.querySelectorAll(".source-card").length === 1);
  await page.goto(`${server.origin}/?example`);
  await page.waitForSelector("body[data-state=done]", { timeout: 60000 });
  assert.equal((await cardNames(page)).length, 5);
  assert.ok((await cardNames(page)).includes("Brussels Morning Newspaper"));
  assert.match(await page.textContent("#aside-note"), /1 report set aside: .*River floods Corvale/);
  await page.click("#bring-back");
  await page.waitForFunction(() => document.querySelectorAll(".source-card").length === 1);
  assert.deepEqual(await cardNames(page), ["Valley Courier"]);
  assert.deepEqual(errors, []);
  await context.close();
});

test("Clear can be undone, and the undone sources are kept again", async () => {
  const { context, page, errors } = await openPage(browser);
  await page.goto(`${server.origin}/`);
  await waitReady(page);
  await loadExample(page);
  await analyse(page);
  const names = await cardNames(page);
  await page.click("#clear");
  await page.waitForSelector("#undo:not([hidden])");
  assert.equal(await page.locator(".source-card").count(), 0);
  assert.match(await page.textContent("#status"), /Cleared 5 reports/);
  assert.ok(await page.isHidden("#results"));
  await page.click("#undo");
  await page.waitForSelector("body[data-state=done]");
  assert.deepEqual(await cardNames(page), names);
  assert.ok(await page.isVisible("#results"));
  assert.ok(await page.isHidden("#undo"));
  await page.reload();
  await page.waitForSelector("body[data-state=done]", { timeout: 30000 });
  assert.deepEqual(await cardNames(page), names, "the undone Clear was not kept");
  // Undo lasts until the next change.
  await page.click("#clear");
  await page.waitForSelector("#undo:not([hidden])");
  await page.fill("#paste", "Sonata Coulter met Alexander Darchiev in Istanbul.");
  await page.click("#add-paste");
  assert.ok(await page.isHidden("#undo"));
  assert.deepEqual(errors, []);
  await context.close();
});
