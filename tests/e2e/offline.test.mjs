// Working like software people trust: sources survive a reload (IndexedDB) until Clear,
// and the service worker keeps the served page working with the server gone.
// This file starts its own server, so stopping it affects no other test.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { analyse, cardNames, foreignRequests, launchBrowser, loadExample, openPage, openSources, ROOT, SCREENSHOTS, serveWww, waitReady } from "./helpers.mjs";

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

test("sources and their edits survive a reload, and re-run; Clear forgets them", async () => {
  const { context, page, requests, errors } = await openPage(browser);
  await page.goto(`${server.origin}/`);
  await waitReady(page);
  await loadExample(page);
  await page.fill("#paste", "Sonata Coulter met Alexander Darchiev in Istanbul on Thursday.");
  await page.click("#add-paste");
  await analyse(page);
  await openSources(page);
  await page.fill(".source-card >> nth=1 >> .source-outlet", "Second report");
  await page.dispatchEvent(".source-card >> nth=1 >> .source-outlet", "change");
  await page.fill(".source-card >> nth=1 >> .source-date", "2025-04-11");
  await page.dispatchEvent(".source-card >> nth=1 >> .source-date", "change");
  await page.waitForFunction(() => document.body.dataset.state === "busy" || document.querySelector(".source-card:nth-child(2)").dataset.dateOrigin === "user");
  await page.waitForSelector("body[data-state=done]");
  const before = await cardNames(page);
  assert.equal(before.length, 6);

  await page.reload();
  await page.waitForSelector("body[data-state=done]", { timeout: 30000 });
  assert.deepEqual(await cardNames(page), before, "the sources were not restored");
  assert.equal(await page.inputValue(".source-card >> nth=1 >> .source-date"), "2025-04-11");
  assert.match(await page.textContent("#status"), /Analysed 6 reports/);
  assert.match(await page.textContent("#panel-overview"), /Second report/);
  assert.ok(await page.isHidden("#storage-note"));

  await page.click("#clear");
  await page.waitForFunction(() => document.querySelector("#status").textContent.startsWith("Cleared"));
  await page.reload();
  await waitReady(page);
  assert.equal(await page.locator(".source-card").count(), 0, "Clear did not forget the sources");
  assert.deepEqual(foreignRequests(requests, server.origin), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the service worker caches every file of the page", () => {
  const sw = readFileSync(`${ROOT}www/sw.js`, "utf8");
  const listed = new Set([...sw.matchAll(/"([^"]+)"/g)].map((m) => m[1]));
  // What the served page loads: index.html's local src/href, then every "./file" the
  // bundles name (imports, the worker, new URL(…)), followed to the files they load.
  const files = new Set(["index.html"]);
  const html = readFileSync(`${ROOT}www/index.html`, "utf8");
  const queue = [...html.matchAll(/(?:src|href)="([\w./-]+\.\w+)"/g)].map((m) => m[1]);
  while (queue.length) {
    const file = queue.shift();
    if (files.has(file) || file === "sw.js" || !existsSync(`${ROOT}www/${file}`)) continue;
    files.add(file);
    if (!file.endsWith(".js")) continue;
    const dir = file.includes("/") ? file.slice(0, file.lastIndexOf("/") + 1) : "";
    for (const m of readFileSync(`${ROOT}www/${file}`, "utf8").matchAll(/["'](?:\.\/)?([\w./-]+\.(?:js|wasm|css|json))["']/g)) queue.push(dir + m[1]);
  }
  for (const f of readdirSync(`${ROOT}www/example`)) files.add(`example/${f}`);
  for (const f of ["app.min.js", "worker.min.js", "style.min.css", "vendor/readability.js", "pkg/storylens.js", "pkg/storylens_bg.wasm"]) {
    assert.ok(files.has(f), `the page's references did not lead to ${f}`);
  }
  assert.deepEqual([...files].filter((f) => !listed.has(f)), [], "files missing from sw.js FILES");
  assert.match(sw, /const VERSION = "storylens-v\d+"/);
});

test("with the server gone, the page reloads from the service worker and still analyses", async () => {
  const own = await serveWww();
  const { context, page, requests, errors } = await openPage(browser);
  await page.goto(`${own.origin}/`);
  await waitReady(page);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }));
  });
  assert.ok(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL.endsWith("/sw.js")));

  await own.close();
  await context.setOffline(true);
  await page.reload();
  await waitReady(page);
  await loadExample(page);
  await analyse(page);
  assert.match(await page.textContent("#panel-overview"), /5 sources/);
  await page.screenshot({ path: `${SCREENSHOTS}offline-1280.png` });
  assert.deepEqual(foreignRequests(requests, own.origin), []);
  assert.deepEqual(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|ERR_CONNECTION_REFUSED|Failed to load resource/.test(e)), []);
  await context.close();
});
