// Getting articles in: paste, several files of every type at once, a hostile saved page,
// editing a source's date (the timeline follows), the reader's evidence links, and a
// newer analysis superseding an older one.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { analyse, assertHostileInert, cardNames, file, foreignRequests, hostilePage, launchBrowser, loadExample, openPage, openSources, serveWww, waitReady } from "./helpers.mjs";

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

const ARTICLE_A = "Alexander Darchiev met Sonata Coulter in Istanbul on Thursday, April 10, 2025. The talks lasted six hours.";
const ARTICLE_B = "Sonata Coulter said on Thursday that the talks with Ambassador Alexander Darchiev in Istanbul lasted more than five hours.";

const SAVED_PAGE = `<!doctype html><html><head><title>Envoys meet in Istanbul | The Daily Example</title>
<meta property="og:site_name" content="The Daily Example">
<meta property="article:published_time" content="2025-04-11T08:30:00Z">
<meta name="author" content="Jane Reporter"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Envoys meet in Istanbul</h1><p class="byline">By Jane Reporter</p>
<p>${ARTICLE_A} Both delegations described the meeting as constructive and said the embassies would discuss staffing again.</p>
<p>${ARTICLE_B} Officials on both sides declined to say when a third round of talks would take place in the Turkish city.</p>
<p>The State Department said the talks focused on the operations of the two embassies, including visas for diplomats and banking.</p></article>
<footer>Subscribe to our newsletter. Share this article.</footer></body></html>`;


test("paste: several articles separated by --- become cards named by their opening words", async () => {
  const { context, page, requests, errors } = await openPage(browser);
  await page.goto(`${server.origin}/`);
  await waitReady(page);
  await page.fill("#paste", `${ARTICLE_A}\n---\n${ARTICLE_B}\n  ---  \n\nA third, short one about Istanbul.`);
  await page.click("#add-paste");
  // No headline, no outlet: each is named by the words it opens with, never "Pasted text N" or an id.
  assert.deepEqual(await cardNames(page), ["Alexander Darchiev met Sonata Coulter in…", "Sonata Coulter said on Thursday that the talks…", "A third, short one about Istanbul."]);
  assert.equal(await page.inputValue("#paste"), "", "the paste box was not emptied");
  assert.deepEqual(await page.$$eval(".source-card", (els) => els.map((e) => e.dataset.id)), ["pasted-1", "pasted-2", "pasted-3"]);
  await analyse(page);
  assert.match(await page.textContent("#panel-overview"), /3 sources/);
  assert.deepEqual(foreignRequests(requests, server.origin), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test("files: .txt, .md, .html and .json (an input set) dropped together, names and dates from each", async () => {
  const { context, page, requests, errors } = await openPage(browser);
  await page.goto(`${server.origin}/`);
  await waitReady(page);
  const inputSet = JSON.stringify({ documents: [{ id: "wire-1", source: "Wire One", published: "2025-04-10", text: ARTICLE_B }] });
  const files = [
    file("plain.txt", ARTICLE_A),
    file("notes.md", `---\ntitle: Embassy talks\ndate: 2025-04-12\n---\n# Embassy talks\n\n**${ARTICLE_B}**`),
    file("saved-page.html", SAVED_PAGE, "text/html"),
    file("set.json", inputSet, "application/json"),
  ];
  await page.evaluate((list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([f.text], f.name, { type: f.type }));
    document.body.dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, files.map((f) => ({ name: f.name, text: f.buffer.toString("utf8"), type: f.mimeType })));
  await page.waitForSelector(".source-card >> nth=3");
  const cards = await page.$$eval(".source-card", (els) =>
    els.map((e) => ({ id: e.dataset.id, title: e.querySelector(".source-title").value, outlet: e.querySelector(".source-outlet").value,
      date: e.querySelector(".source-date").value, meta: e.querySelector(".source-meta").textContent })));
  assert.deepEqual(await cardNames(page), ["plain", "Embassy talks", "The Daily Example", "Wire One"]);
  assert.deepEqual(cards.map((c) => c.outlet), ["", "", "The Daily Example", "Wire One"]);
  assert.deepEqual(cards.map((c) => c.date), ["", "2025-04-12", "2025-04-11", "2025-04-10"]);
  assert.deepEqual(cards.map((c) => c.id), ["plain.txt", "notes.md", "saved-page.html", "wire-1"]);
  assert.equal(cards[1].title, "Embassy talks");
  assert.match(cards[2].title, /^Envoys meet in Istanbul/, "the page title is not the headline");
  assert.match(cards[2].meta, /Jane Reporter/, "the byline is not shown");

  // The saved page's article text, without its navigation and footer.
  const text = await page.evaluate(() => document.querySelector(".source-card[data-id='saved-page.html'] .source-meta").textContent);
  assert.match(text, /\d+ words/);
  await analyse(page);
  await page.click("#tab-reader");
  await page.selectOption("#reader-doc", "saved-page.html");
  const read = await page.textContent("#reader-text");
  assert.ok(read.includes("Both delegations described the meeting"), read);
  assert.ok(!read.includes("Subscribe to our newsletter") && !read.includes("Home"), `boilerplate kept: ${read}`);

  // An exported analysis is read back as its documents.
  const exported = await page.evaluate(() => document.querySelector("#panel-overview").textContent);
  assert.match(exported, /4 sources/);
  assert.deepEqual(foreignRequests(requests, server.origin), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a hostile saved page (scripts, handlers, iframes, remote resources) runs and fetches nothing", async () => {
  const { context, page, requests, errors } = await openPage(browser);
  await page.goto(`${server.origin}/`);
  await waitReady(page);
  await page.setInputFiles("#files", [file("hostile.html", hostilePage(ARTICLE_A, ARTICLE_B), "text/html"), file("other.txt", ARTICLE_B)]);
  await page.waitForSelector(".source-card >> nth=1");
  await analyse(page);
  await assertHostileInert(page, "Alexander Darchiev met Sonata Coulter", foreignRequests(requests, server.origin));
  assert.deepEqual(errors, []);
  await context.close();
});

test("editing a source's publication date re-runs the analysis and moves the timeline", async () => {
  const { context, page, errors } = await openPage(browser);
  await page.goto(`${server.origin}/`);
  await waitReady(page);
  await loadExample(page);
  await analyse(page);
  await page.click("#tab-timeline");
  const dates = () => page.$$eval(".event[data-dated=true]", (els) => els.map((e) => e.dataset.date));
  const beforeDates = await dates();
  assert.ok(!beforeDates.includes("2025-04-17"), `${beforeDates}`);
  assert.equal(await page.getAttribute(".source-card >> nth=0", "data-date-origin"), "inferred");

  await openSources(page);
  await page.fill(".source-card >> nth=0 >> .source-date", "2025-04-17");
  await page.dispatchEvent(".source-card >> nth=0 >> .source-date", "change");
  await page.waitForFunction(() => [...document.querySelectorAll(".event")].some((e) => e.dataset.date === "2025-04-17"), null, { timeout: 20000 });
  assert.equal(await page.getAttribute(".source-card >> nth=0", "data-date-origin"), "user");
  assert.match(await page.textContent(".source-card >> nth=0 >> .date-note"), /set by you/);

  // Renaming a source's outlet renames it everywhere in the results.
  await page.fill(".source-card >> nth=0 >> .source-outlet", "Brussels Morning");
  await page.dispatchEvent(".source-card >> nth=0 >> .source-outlet", "change");
  await page.click("#tab-timeline");
  assert.ok((await page.textContent("#panel-timeline")).includes("Brussels Morning"));
  assert.deepEqual(errors, []);
  await context.close();
});

test("clicking an entity, an event or a flag shows its evidence highlighted in the reader", async () => {
  const { context, page, errors } = await openPage(browser);
  await page.goto(`${server.origin}/`);
  await waitReady(page);
  await loadExample(page);
  await analyse(page);

  await page.click("#tab-entities");
  const name = await page.textContent(".entity[data-type=PERSON] .entity-name >> nth=0");
  await page.click(".entity[data-type=PERSON] .entity-name >> nth=0");
  assert.equal(await page.getAttribute("#tab-reader", "aria-selected"), "true");
  const marked = await page.$$eval("#reader-text mark.hl", (els) => els.map((e) => e.textContent));
  assert.ok(marked.length > 0, "nothing highlighted");
  assert.match(await page.textContent(".focus-bar"), new RegExp(name));
  assert.ok(await page.evaluate(() => {
    const r = document.querySelector("#reader-text mark.hl").getBoundingClientRect();
    return r.top >= 0 && r.bottom <= innerHeight;
  }), "the first highlighted mention is not scrolled into view");

  await page.click("#tab-timeline");
  await page.click(".event >> nth=-2 >> text=Show evidence");
  assert.ok((await page.locator("#reader-text mark.hl").count()) > 0, "event evidence not highlighted");

  await page.click("#tab-flags");
  const quote = await page.textContent(".card >> nth=0 >> .quote mark");
  await page.click(".card >> nth=0 >> text=Show in reader");
  assert.equal((await page.$$eval("#reader-text mark.hl", (els) => els.map((e) => e.textContent).join(""))), quote);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a newer analysis supersedes an older one (generation counter, worker restarted)", async () => {
  const { context, page, errors } = await openPage(browser);
  await page.goto(`${server.origin}/`);
  const r = await page.evaluate(async () => {
    const { workerEngine } = await import("./worker-engine.js");
    const engine = workerEngine(new URL("./worker.js", location.href));
    await engine.ready;
    const stages = [];
    const doc = (text) => ({ documents: [{ id: "x", text }] });
    const first = engine.analyze(doc("Sonata Coulter met Alexander Darchiev in Istanbul. ".repeat(20000)), (p) => stages.push(`1:${p.stage}`));
    await new Promise((resolve) => setTimeout(resolve, 150));
    const second = engine.analyze(doc("Alexander Darchiev spoke in Istanbul on Thursday."), (p) => stages.push(`2:${p.stage}`));
    const [a, b] = await Promise.allSettled([first, second]);
    return { a: a.status === "rejected" ? a.reason.name : "fulfilled", b: b.status === "fulfilled" ? b.value.documents[0].text : b.reason.message, stages };
  });
  assert.equal(r.a, "AbortError", "the older run was not superseded");
  assert.equal(r.b, "Alexander Darchiev spoke in Istanbul on Thursday.");
  assert.ok(r.stages.includes("2:analysing"), `stages: ${r.stages}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test("ids over the analyser's 256 bytes (long file names, long ids in an input set) are cut, unique, at a character boundary", async () => {
  const { context, page, errors } = await openPage(browser);
  await page.goto(`${server.origin}/`);
  await waitReady(page);
  // 300 bytes that share their first 258 (two-byte "é"s put the cut inside a character).
  const stem = "é".repeat(129);
  const set = JSON.stringify({ documents: [{ id: `${stem}${"a".repeat(42)}`, text: ARTICLE_A }, { id: `${stem}${"b".repeat(42)}`, text: ARTICLE_B }] });
  await page.setInputFiles("#files", [file("set.json", set, "application/json"), file(`${"ü".repeat(140)}.txt`, ARTICLE_B)]);
  await page.waitForSelector(".source-card >> nth=2");
  const ids = await page.$$eval(".source-card", (els) => els.map((e) => e.dataset.id));
  const bytes = (s) => Buffer.byteLength(s, "utf8");
  assert.ok(ids.every((id) => bytes(id) <= 256), `${ids.map(bytes)}`);
  assert.equal(new Set(ids).size, 3, "ids not unique");
  assert.ok(ids.every((id) => !id.includes("\uFFFD")), "a character was cut in half");
  assert.equal(ids[0], "é".repeat(128), "the first id is its first 256 bytes");
  assert.equal(ids[1], `${"é".repeat(127)}-2`, "the second is cut before its -2");
  await analyse(page);
  assert.match(await page.textContent("#panel-overview"), /3 sources/);
  assert.deepEqual(errors, []);
  await context.close();
});
