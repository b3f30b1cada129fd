// The served page (www/ over http) in headless Chromium, with the optimised .wasm that
// scripts/build-wasm.sh wrote to www/pkg.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { analyse, cardNames, foreignRequests, launchBrowser, loadExample, offsetMismatches, openPage, SCREENSHOTS, serveWww, waitReady } from "./helpers.mjs";

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

test("the example: entities, timeline and contradictions, all from the page's own origin", async () => {
  const { context, page, requests, errors } = await openPage(browser, { width: 1280, height: 900 });
  await page.goto(`${server.origin}/`);
  await waitReady(page);
  await loadExample(page);
  await analyse(page);

  // Entities: some person is named in more than one way.
  await page.click("#tab-entities");
  const personVariants = await page.$$eval(".entity[data-type=PERSON]", (els) => els.map((e) => Number(e.dataset.variants)));
  assert.ok(personVariants.length > 0, "no PERSON entity shown");
  assert.ok(Math.max(...personVariants) >= 2, `no person with several variants (variant counts: ${personVariants})`);
  assert.ok(await page.isVisible("#panel-entities .entity-group[data-type=PERSON] h3"), "the People group has no heading");

  // Timeline: at least one dated event.
  await page.click("#tab-timeline");
  assert.ok((await page.locator(".event[data-dated=true]").count()) >= 1, "no dated event in the timeline");

  // Contradictions: a card with two or more quotes, each quote found at its offsets.
  await page.click("#tab-flags");
  const quoteCounts = await page.$$eval(".card", (cards) => cards.map((c) => c.querySelectorAll("blockquote").length));
  assert.ok(quoteCounts.some((n) => n >= 2), `no contradiction card with two quotes (quotes per card: ${quoteCounts})`);
  assert.equal(await page.locator("[data-offsets=mismatch]").count(), 0, "a quote's offsets do not point at it");
  assert.match(await page.textContent("#panel-overview"), /5 sources/);
  // Results name the sources by the user's names, never by their ids.
  assert.ok((await page.textContent("#panel-flags")).includes("Brussels Morning Newspaper"));
  // Single-source claims: collapsed, filled when opened, each quote at its offsets.
  const lone = page.locator("#panel-flags details.uncorroborated");
  assert.match(await lone.locator("summary").textContent(), /Said by one source only \(\d+\)/);
  assert.equal(await lone.locator("blockquote").count(), 0, "the list is built before it is opened");
  await lone.locator("summary").click();
  // The toggle event that fills the list fires after the click returns.
  await lone.locator("blockquote").first().waitFor({ timeout: 5000 });
  assert.ok((await lone.textContent()).includes("U.S. Deputy Secretary of State"), "the lone rank claim is not listed");
  assert.equal(await page.locator("[data-offsets=mismatch]").count(), 0, "a single-source quote's offsets do not point at it");

  await page.click("#tab-overview");
  await page.screenshot({ path: `${SCREENSHOTS}page-1280.png`, fullPage: true });
  await page.setViewportSize({ width: 360, height: 800 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `the page scrolls sideways at 360px (${overflow}px)`);
  await page.screenshot({ path: `${SCREENSHOTS}page-360.png`, fullPage: true });

  assert.deepEqual(foreignRequests(requests, server.origin), [], "requests to other origins");
  assert.ok(requests.some((url) => url.endsWith("/pkg/storylens_bg.wasm")), "the worker's .wasm request was not seen");
  assert.deepEqual(errors, []);
  await context.close();
});

test("dark colour scheme at 360px", async () => {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 }, colorScheme: "dark" });
  const page = await context.newPage();
  await page.goto(`${server.origin}/`);
  await waitReady(page);
  await loadExample(page);
  await analyse(page);
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.notEqual(bg, "rgb(247, 247, 245)", "dark scheme not applied");
  await page.screenshot({ path: `${SCREENSHOTS}page-360-dark.png`, fullPage: true });
  await context.close();
});

test("pasted HTML is shown as text and runs nothing", async () => {
  const { context, page, requests, errors } = await openPage(browser);
  await page.goto(`${server.origin}/`);
  await waitReady(page);
  const first = `<img src="x" onerror="window.__xss = 'img'"> Talks in Istanbul <script>window.__xss = 'script'</script>
Alexander Darchiev met Sonata Coulter in Istanbul on Thursday, April 10, 2025.`;
  const second = `<b onmouseover="window.__xss = 'b'">Embassy talks</b>
Sonata Coulter said on Thursday that the talks with Alexander Darchiev lasted six hours.`;
  await page.fill("#paste", `${first}\n---\n${second}`);
  await analyse(page);
  assert.equal(await page.evaluate(() => window.__xss), undefined, "pasted markup ran");
  assert.equal(await page.locator("#results script, #results img, #results b").count(), 0, "pasted markup became elements");
  await page.click("#tab-reader");
  const shown = await page.evaluate(() => document.getElementById("results").textContent);
  assert.ok(shown.includes(`<img src="x" onerror=`), "the pasted markup is not shown as text");
  assert.match(await page.textContent("#panel-overview"), /2 sources/);
  assert.ok(!requests.some((url) => url.endsWith("/x")), "the pasted <img> was fetched");
  assert.deepEqual(errors, []);
  await context.close();
});

test("unsupported and broken files are refused by name; the other sources stay", async () => {
  const { context, page, errors } = await openPage(browser);
  await page.goto(`${server.origin}/`);
  await waitReady(page);
  await loadExample(page);

  const text = (s) => Buffer.from(s, "utf8");
  await page.setInputFiles("#files", [
    { name: "good.txt", mimeType: "text/plain", buffer: text("Sonata Coulter met Alexander Darchiev in Istanbul on Thursday.") },
    { name: "picture.png", mimeType: "image/png", buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]) },
    { name: "nul.txt", mimeType: "text/plain", buffer: Buffer.from("abc\u0000def", "latin1") },
    { name: "latin1.txt", mimeType: "text/plain", buffer: Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]) },
    { name: "notes.md", mimeType: "text/markdown", buffer: text("# Talks\n\nThe **second** round, [Reuters](https://example.com) said.") },
  ]);
  await page.waitForSelector("#notices li >> nth=2");
  const notices = await page.$$eval("#notices li", (els) => els.map((e) => e.textContent));
  for (const name of ["picture.png", "nul.txt", "latin1.txt"]) {
    assert.ok(notices.some((n) => n.includes(name)), `no message names ${name}: ${notices}`);
  }
  assert.equal(notices.length, 3, `unexpected messages: ${notices}`);
  let names = await cardNames(page);
  assert.equal(names.length, 7, `sources: ${names}`);
  // A Markdown heading is a headline; a plain text without one is named by its file.
  assert.ok(names.includes("good") && names.includes("Talks"), `names: ${names}`);

  // Dropping works the same way.
  await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.items.add(new File(["Alexander Darchiev spoke in Istanbul."], "dropped.txt", { type: "text/plain" }));
    dt.items.add(new File(["%PDF-1.7"], "report.pdf", { type: "application/pdf" }));
    document.getElementById("drop-zone").dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
  });
  await page.waitForFunction(() => document.querySelectorAll(".source-card").length === 8);
  names = await cardNames(page);
  assert.ok(names.includes("dropped"), `names: ${names}`);
  assert.match(await page.textContent("#notices"), /report\.pdf.*PDF/);

  await analyse(page);
  assert.match(await page.textContent("#panel-overview"), /8 sources/);
  // After an analysis every change re-runs it; the re-run never hides what was refused.
  await page.setInputFiles("#files", [
    { name: "more.txt", mimeType: "text/plain", buffer: text("Alexander Darchiev left Istanbul on Friday.") },
    { name: "scan.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4 x") },
  ]);
  await page.waitForFunction(() => document.querySelectorAll(".source-card").length === 9);
  await page.waitForFunction(() => /Analysed 9 reports/.test(document.getElementById("status").textContent), null, { timeout: 30000 });
  assert.match(await page.textContent("#notices"), /scan\.pdf was not added/);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the binding: analyze and analyzeJson agree, null for absent values, errors throw, code point offsets", async () => {
  const { context, page, errors } = await openPage(browser);
  await page.goto(`${server.origin}/`);
  const r = await page.evaluate(async () => {
    const m = await import("./pkg/storylens.js");
    await m.default();
    const manifest = await (await fetch("./example/manifest.json")).json();
    const example = {
      documents: await Promise.all(manifest.documents.map(async (d) => ({ text: await (await fetch(`./example/${d.file}`)).text() }))),
    };
    // Astral characters (two UTF-16 units each) before the names shift UTF-16 indices but not code points.
    const small = {
      documents: [
        { id: "a", text: "📰🇹🇷 Alexander Darchiev met Sonata Coulter in Istanbul on Thursday, April 10, 2025. The talks lasted six hours." },
        { id: "b", published: "2025-04-10", text: "𝐍𝐞𝐰𝐬: Sonata Coulter and Ambassador Darchiev talked for more than five hours in Istanbul on Thursday." },
      ],
    };
    const undefinedPaths = (value, path = "$") =>
      value === undefined
        ? [path]
        : value && typeof value === "object"
          ? Object.entries(value).flatMap(([k, v]) => undefinedPaths(v, `${path}.${k}`))
          : [];
    const thrown = (f) => {
      try {
        f();
        return null;
      } catch (e) {
        return { isError: e instanceof Error, message: String(e.message) };
      }
    };
    const results = [small, example].map((input) => {
      const obj = m.analyze(input);
      const json = JSON.parse(m.analyzeJson(JSON.stringify(input)));
      return { obj, json, undefinedPaths: undefinedPaths(obj) };
    });
    return {
      version: m.version(),
      results,
      errors: [{}, { documents: 5 }, { documents: [{ title: "no text" }] }, null, "text"].map((bad) => thrown(() => m.analyze(bad))),
      jsonError: thrown(() => m.analyzeJson("{")),
    };
  });
  assert.match(r.version, /^\d+\.\d+\.\d+/);
  for (const { obj, json, undefinedPaths } of r.results) {
    assert.equal(obj.schema, "storylens/1");
    assert.deepEqual(undefinedPaths, [], "analyze returned undefined values");
    assert.deepEqual(obj, json, "analyze and analyzeJson differ");
    for (const key of ["documents", "entities", "timexes", "events", "contradictions", "overlaps", "diagnostics"]) {
      assert.ok(Array.isArray(obj[key]), `${key} is not an array`);
    }
    assert.deepEqual(offsetMismatches(obj), []);
  }
  const [small] = r.results;
  assert.ok("value" in small.obj.documents[0].published, "published.value is missing instead of null");
  assert.ok(small.obj.entities.length > 0, "no entities in the small input");
  for (const e of r.errors) {
    assert.ok(e, "malformed input did not throw");
    assert.ok(e.isError && e.message.length > 10, `weak error: ${JSON.stringify(e)}`);
  }
  assert.ok(r.jsonError?.isError && /malformed/i.test(r.jsonError.message), `analyzeJson("{"): ${JSON.stringify(r.jsonError)}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a claim's qualifiers show on its card: hedging and attribution, as text", async () => {
  const { context, page, errors } = await openPage(browser, { width: 1280, height: 900 });
  await page.goto(`${server.origin}/`);
  await waitReady(page);
  await page.fill("#paste", "The earthquake on Tuesday killed 7 people, according to the interior ministry.\n---\nThe earthquake on Tuesday reportedly killed 40 people.");
  await page.click("#add-paste");
  await page.waitForSelector(".source-card >> nth=1");
  await analyse(page);
  await page.click("#tab-flags");
  const card = page.locator(".card", { hasText: "deaths" });
  // Undated reports make differing tolls medium; a hedged side lowers that to low.
  assert.equal(await card.getAttribute("data-severity"), "low");
  const tags = await card.locator(".qualifier").allTextContents();
  assert.deepEqual(tags.sort(), ["according to the interior ministry", "reportedly"]);
  assert.deepEqual(errors, []);
  await context.close();
});

test("?example (the URL scripts/serve.sh prints) opens on the analysed example", async () => {
  const { context, page, requests, errors } = await openPage(browser, { width: 1280, height: 900 });
  await page.goto(`${server.origin}/?example`);
  await page.waitForSelector("body[data-state=done]", { timeout: 60000 });
  assert.equal(await page.locator(".source-card").count(), 5);
  assert.match(await page.textContent("#panel-overview"), /5 sources/);
  assert.match(await page.textContent("#status"), /Analysed 5 reports/);
  assert.deepEqual(foreignRequests(requests, server.origin), []);
  assert.deepEqual(errors, []);
  await context.close();
});
