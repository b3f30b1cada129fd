// The page never loses a source silently (issue #22): a source that does not fit in the
// browser's storage is named, the others are kept; a large addition is measured against
// the storage first; two tabs adding sources at once both keep theirs, and each tab shows
// what the other did.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { analyse, cardNames, file, launchBrowser, loadExample, openPage, serveWww, waitReady } from "./helpers.mjs";

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

/** About `bytes` of plain English text: one invented report repeated. */
function bigReport(bytes) {
  const line = "The harbour authority said on Monday that the new ferry terminal at Port Wendel would open in the spring, after delays to the pier and the ticket hall.\n";
  return "Ferry terminal delayed again\n" + line.repeat(Math.ceil(bytes / line.length));
}

test("over the storage quota: the page says which source was not kept, warns before adding, and keeps the rest", async () => {
  const { context, page, errors } = await openPage(browser);
  // This origin may keep 3 MB (Chromium's quota, set through the DevTools protocol). Chromium's
  // navigator.storage.estimate() does not report that override, so the page is told the same quota there.
  const QUOTA = 3 * 1024 * 1024;
  const cdp = await context.newCDPSession(page);
  await cdp.send("Storage.overrideQuotaForOrigin", { origin: server.origin, quotaSize: QUOTA });
  await context.addInitScript((quota) => {
    const real = navigator.storage.estimate.bind(navigator.storage);
    navigator.storage.estimate = async () => ({ ...(await real()), quota });
  }, QUOTA);
  await page.goto(`${server.origin}/`);
  await waitReady(page);
  await loadExample(page);
  await page.waitForTimeout(300);
  await page.setInputFiles("#files", file("ferry.txt", bigReport(2.2 * 1024 * 1024)));
  await page.waitForSelector(".source-card >> nth=5", { state: "attached" });
  // Before adding: the estimate says it may not fit.
  assert.match(await page.textContent("#notices"), /Storage: this addition holds 2\.\d MB of text and this browser lets the page keep about [0-2]\.\d MB more/);
  // After: the source that did not fit is named.
  await page.waitForSelector("#storage-note:not([hidden])", { timeout: 20000 });
  const note = await page.textContent("#storage-note");
  assert.match(note, /Not kept in this browser \(the browser's storage for this page is full\): Ferry terminal delayed again\./, note);
  assert.equal((await cardNames(page)).length, 6, "the source is still analysed now");

  // After a reload the five that fitted are back; the lost one is the one that was named.
  await page.reload();
  await page.waitForSelector("body[data-state=done], body[data-state=ready]", { timeout: 60000 });
  const names = await cardNames(page);
  assert.equal(names.length, 5, `restored: ${names}`);
  assert.ok(!names.includes("Ferry terminal delayed again"));
  assert.deepEqual(errors, []);
  await context.close();
});

test("two tabs: sources added in each are both kept, and each tab shows the other's changes", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const errors = [];
  const open = async () => {
    const page = await context.newPage();
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${server.origin}/`);
    await page.waitForSelector("body[data-state=ready], body[data-state=done]", { timeout: 30000 });
    return page;
  };
  const a = await open();
  const b = await open();
  const paste = async (page, text) => {
    await page.fill("#paste", text);
    await page.click("#add-paste");
  };
  await paste(a, "Port Wendel ferry terminal opens\nThe harbour authority opened the ferry terminal at Port Wendel on Monday.");
  await paste(b, "Wendel terminal open at last\nThe new ferry terminal in Port Wendel opened on Monday after two years of delays.");
  // Each tab hears of the other's addition and shows both.
  await a.waitForFunction(() => document.querySelectorAll(".source-card").length === 2, null, { timeout: 10000 });
  await b.waitForFunction(() => document.querySelectorAll(".source-card").length === 2, null, { timeout: 10000 });
  assert.match(await a.textContent("#status"), /Another tab changed the reports kept in this browser \(1 added\)/);

  // A third tab opened now finds both.
  const c = await open();
  assert.deepEqual((await cardNames(c)).sort(), ["Port Wendel ferry terminal opens", "Wendel terminal open at last"]);
  // A removal in one tab is announced in the others.
  await b.click(".source-card >> nth=0 >> button.remove");
  await a.waitForFunction(() => document.querySelectorAll(".source-card").length === 1, null, { timeout: 10000 });
  assert.match(await a.textContent("#status"), /1 removed/);
  assert.deepEqual(errors, []);
  await context.close();
});

test("sources kept by the previous version of the page (one list under one key) are restored and moved to the new form", async () => {
  const { context, page, errors } = await openPage(browser);
  // Write what the page kept before (IndexedDB version 1: store "state", key "sources") from a
  // file of the same origin that does not open the database itself, then open the page.
  await page.goto(`${server.origin}/example/manifest.json`);
  await page.evaluate(async () => {
    await new Promise((resolve, reject) => {
      const open = indexedDB.open("storylens", 1);
      open.onupgradeneeded = () => open.result.createObjectStore("state");
      open.onsuccess = () => {
        const tx = open.result.transaction("state", "readwrite");
        tx.objectStore("state").put([{ id: "old-1", name: "My old name", nameAuto: false, text: "Sonata Coulter met Alexander Darchiev in Istanbul.", words: 8, title: "", outlet: "", byline: "", published: "", dateOrigin: "", origin: "paste", file: "" }], "sources");
        tx.oncomplete = () => { open.result.close(); resolve(); };
        tx.onerror = () => reject(tx.error);
      };
      open.onerror = () => reject(open.error);
    });
  });
  // The JSON file's page asked for a favicon (a 404): wait until that has come back, then forget it.
  await page.waitForLoadState("networkidle");
  errors.length = 0;
  await page.goto(`${server.origin}/`);
  await page.waitForSelector("body[data-state=done]", { timeout: 30000 });
  assert.deepEqual(await cardNames(page), ["My old name"]);
  await page.reload();
  await page.waitForSelector("body[data-state=done]", { timeout: 30000 });
  assert.deepEqual(await cardNames(page), ["My old name"], "not kept in the new form");
  assert.deepEqual(errors, []);
  await context.close();
});
