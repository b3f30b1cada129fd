// The offline page dist/storylens.html, opened from file:// with no server.
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { after, before, test } from "node:test";
import { pathToFileURL } from "node:url";
import { analyse, launchBrowser, openPage, ROOT, SCREENSHOTS, waitReady } from "./helpers.mjs";

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
  await page.click("#load-example");
  await page.waitForSelector("#source-list li >> nth=4");
  await analyse(page);

  assert.match(await page.textContent("#overview"), /5 reports/);
  assert.ok((await page.locator(".entity").count()) > 0, "no entities shown");
  assert.ok((await page.locator(".event").count()) > 0, "no events shown");
  assert.ok((await page.locator(".card").count()) > 0, "no contradiction cards shown");
  await page.screenshot({ path: `${SCREENSHOTS}single-file-1280.png`, fullPage: true });

  const foreign = requests.filter((url) => !url.startsWith("file:") && !url.startsWith("data:"));
  assert.deepEqual(foreign, [], "the offline page made network requests");
  assert.deepEqual(errors, [], "errors (a CSP violation shows up here too)");
  await context.close();
});
