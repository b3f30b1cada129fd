// Saved web pages are read off the main thread (issue #22): a page nested absurdly deep
// is refused at once, a 9 MB page is read in the extraction worker with progress while the
// page stays responsive, text and attribute values that contain "on…=" are kept as
// written, and importing a page with handlers and styles puts nothing in the console.
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { after, before, test } from "node:test";
import { pathToFileURL } from "node:url";
import { cardNames, file, hostilePage, launchBrowser, openPage, ROOT, serveWww, waitReady } from "./helpers.mjs";

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

const PARA = "<p>The harbour authority said on Monday that the new ferry terminal at Port Wendel would open in the spring, after delays to the pier.</p>\n";

/**
 * Drops `text` as a file named `name` on the page. The File is made in the page first
 * (Playwright's setInputFiles decodes a large buffer on the page's main thread itself,
 * which would be counted as the page's work).
 */
async function dropFile(page, name, make, arg) {
  await page.evaluate(([name, make, arg]) => {
    window.__file = new File([new Function("arg", make)(arg)], name, { type: "text/html" });
  }, [name, make, arg]);
  await watchLongTasks(page);
  await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.items.add(window.__file);
    document.body.dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
  });
}

/** Records main-thread tasks over 50 ms from now on (window.__long: durations). */
const watchLongTasks = (page) =>
  page.evaluate(() => {
    window.__long = [];
    new PerformanceObserver((list) => window.__long.push(...list.getEntries().map((e) => Math.round(e.duration)))).observe({ type: "longtask" });
  });

test("600 KB of <div/> is refused at once, naming the limit, with the page responsive", async () => {
  const { context, page, errors } = await openPage(browser);
  await page.goto(`${server.origin}/`);
  await waitReady(page);
  const started = Date.now();
  await dropFile(page, "deep.html", "return `<!doctype html><html><body>${'<div/>'.repeat(100000)}</body></html>`;");
  await page.waitForSelector("#notices li", { timeout: 10000 });
  const took = Date.now() - started;
  assert.match(await page.textContent("#notices"), /deep\.html was not added: is HTML nested more than 256 elements deep/);
  assert.ok(took < 5000, `the refusal took ${took} ms`);
  const long = await page.evaluate(() => window.__long);
  assert.ok(long.every((ms) => ms < 100), `main-thread tasks over 100 ms: ${long}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a 9 MB page is read in a worker, with progress, while the page stays responsive", async () => {
  const { context, page, errors } = await openPage(browser);
  await page.goto(`${server.origin}/`);
  await waitReady(page);
  // A timer on the main thread keeps ticking while the worker reads.
  await page.evaluate(() => {
    window.__ticks = 0;
    window.__tick = setInterval(() => window.__ticks++, 100);
  });
  // 9 MB: an article of 30 paragraphs in a page of related-story links.
  await dropFile(page, "big.html", `
    const filler = '<div class="related"><ul><li><a href="/x">Another story about something else</a></li><li><a href="/y">And one more</a></li></ul></div>\\n';
    let html = '<!doctype html><html><head><title>Ferry terminal delayed again</title><meta property="og:site_name" content="Harbour Weekly"></head><body><nav>' + filler.repeat(5) + '</nav><article><h1>Ferry terminal delayed again</h1>' + arg.repeat(30) + '</article><aside>';
    const block = filler.repeat(1000);
    while (html.length < 9e6) html += block;
    return html + '</aside></body></html>';`, PARA);
  await page.waitForFunction(() => /Reading big\.html: (parsing|extracting)/.test(document.getElementById("status").textContent), null, { timeout: 30000 });
  const ticksBefore = await page.evaluate(() => window.__ticks);
  await page.waitForSelector(".source-card", { timeout: 120000 });
  const ticks = (await page.evaluate(() => window.__ticks)) - ticksBefore;
  assert.ok(ticks >= 5, `the main thread stalled while the page was read (${ticks} ticks)`);
  assert.deepEqual(await cardNames(page), ["Harbour Weekly"]);
  assert.equal(await page.inputValue(".source-card .source-title"), "Ferry terminal delayed again");
  const long = await page.evaluate(() => window.__long);
  assert.ok(long.every((ms) => ms < 100), `main-thread tasks over 100 ms: ${long}`);
  assert.ok(page.workers().some((w) => w.url().includes("extract-worker")), "no extraction worker");
  assert.deepEqual(errors, []);
  await context.close();
});

/** A page whose site name and text hold "on…=" inside an attribute value and in text. */
const ON_IN_VALUES = `<!doctype html><html><head><title>Ferry row</title><meta property="og:site_name" content="Port News onward=daily"></head>
<body><article><h1>Ferry row</h1><p title="see onclick=x">${"Writers onload=true and the harbour board met on Monday about the ferry terminal at Port Wendel. ".repeat(4)}</p></article></body></html>`;

test("the served page keeps on…= inside attribute values and text, and puts nothing in the console", async () => {
  const { context, page, errors } = await openPage(browser);
  const messages = [];
  page.on("console", (m) => messages.push(`${m.type()}: ${m.text()}`));
  await page.goto(`${server.origin}/`);
  await waitReady(page);
  const hostile = hostilePage(PARA, PARA).replace("<h1 ", '<h1 title="a > b" onmouseover="window.__xss = 1" style="color:red" ');
  await page.setInputFiles("#files", [file("on.html", ON_IN_VALUES, "text/html"), file("hostile.html", hostile, "text/html")]);
  await page.waitForSelector(".source-card >> nth=1", { state: "attached" });
  assert.equal((await cardNames(page))[0], "Port News onward=daily");
  assert.deepEqual(messages.filter((m) => /Content Security Policy|Refused/i.test(m)), [], "CSP reports in the console");
  assert.equal(await page.evaluate(() => window.__xss), undefined);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the offline single file (browser DOMParser on the main thread) also keeps on…= in attribute values", async () => {
  const single = `${ROOT}dist/storylens.html`;
  assert.ok(existsSync(single), "dist/storylens.html missing: run scripts/build-wasm.sh");
  const { context, page, errors } = await openPage(browser);
  const messages = [];
  page.on("console", (m) => messages.push(`${m.type()}: ${m.text()}`));
  await page.goto(pathToFileURL(single).href);
  await waitReady(page);
  await page.setInputFiles("#files", file("on.html", ON_IN_VALUES, "text/html"));
  await page.waitForSelector(".source-card");
  assert.equal(await page.inputValue(".source-card .source-outlet"), "Port News onward=daily");
  assert.deepEqual(messages.filter((m) => /Content Security Policy/i.test(m)), []);
  assert.deepEqual(errors, []);
  await context.close();
});
