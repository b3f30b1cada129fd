// The offline page dist/storylens.html, opened from file:// with no server.
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { after, before, test } from "node:test";
import { pathToFileURL } from "node:url";
import { analyse, assertHostileInert, downloadText, file, hostilePage, launchBrowser, loadExample, openPage, ROOT, SCREENSHOTS, waitReady } from "./helpers.mjs";

const FILE = `${ROOT}dist/storylens.html`;
let browser;

before(async () => {
  assert.ok(existsSync(FILE), `${FILE} is missing: run scripts/build-wasm.sh`);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

test("the single file analyses the embedded example from file:// without any request", async () => {
  const { context, page, requests, errors } = await openPage(browser, { width: 1280, height: 900 });
  await page.goto(pathToFileURL(FILE).href);
  await waitReady(page);
  await loadExample(page);
  // A saved web page goes through Readability here too.
  await page.setInputFiles("#files", file("page.html", `<html><head><title>Talks | Example Times</title><meta property="og:site_name" content="Example Times"></head>
<body><article><p>Sonata Coulter met Alexander Darchiev in Istanbul on Thursday, April 10, 2025. The talks lasted six hours and covered the embassies.</p>
<p>Both sides said the meeting was constructive and that a further round of talks would follow in the spring.</p></article><script>window.__xss = 1</script></body></html>`, "text/html"));
  await page.waitForSelector(".source-card >> nth=5");
  await analyse(page);

  assert.match(await page.textContent("#panel-overview"), /6 sources/);
  assert.ok((await page.textContent("#panel-overview")).includes("Example Times"));
  for (const [tab, item] of [["entities", ".entity"], ["timeline", ".event"], ["flags", ".card"]]) {
    await page.click(`#tab-${tab}`);
    assert.ok((await page.locator(item).count()) > 0, `no ${item} shown`);
  }
  assert.equal(await page.evaluate(() => window.__xss), undefined);
  await page.click("#tab-flags");
  await page.click(".card >> nth=0 >> text=Show in reader");
  assert.ok((await page.locator("#reader-text mark.hl").count()) > 0);
  await page.click("#tab-overview");
  await page.screenshot({ path: `${SCREENSHOTS}single-file-1280.png`, fullPage: true });

  // Exports work offline too.
  const json = JSON.parse((await downloadText(page, "#export-json")).text);
  assert.equal(json.documents.length, 6);
  assert.match((await downloadText(page, "#export-report")).text, /storylens report/);

  // Storage: kept when the browser offers IndexedDB on file://, else a visible note says so.
  const note = await page.isVisible("#storage-note");
  if (note) assert.match(await page.textContent("#storage-note"), /not be kept/);
  else {
    await page.reload();
    await page.waitForSelector(".source-card >> nth=5");
  }

  const foreign = requests.filter((url) => !url.startsWith("file:") && !url.startsWith("data:"));
  assert.deepEqual(foreign, [], "the offline page made network requests");
  assert.deepEqual(errors, [], "errors (a CSP violation shows up here too)");
  await context.close();
});

test("a hostile saved page dropped into the single file runs nothing and fetches nothing", async () => {
  const { context, page, requests, errors } = await openPage(browser, { width: 1280, height: 900 });
  await page.goto(pathToFileURL(FILE).href);
  await waitReady(page);
  const a = "Alexander Darchiev met Sonata Coulter in Istanbul on Thursday, April 10, 2025. The talks lasted six hours.";
  const b = "Sonata Coulter said on Thursday that the talks with Ambassador Alexander Darchiev lasted more than five hours.";
  await page.setInputFiles("#files", [file("hostile.html", hostilePage(a, b), "text/html"), file("other.txt", b)]);
  await page.waitForSelector(".source-card >> nth=1");
  await analyse(page);
  await assertHostileInert(page, "Alexander Darchiev met Sonata Coulter", requests.filter((url) => !url.startsWith("file:") && !url.startsWith("data:") && !url.startsWith("blob:")));
  assert.deepEqual(errors, []);
  await context.close();
});
