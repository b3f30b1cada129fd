// A failure inside the WebAssembly (a panic or an allocation failure traps with
// `unreachable`, surfacing in JavaScript as WebAssembly.RuntimeError) must not cost the
// user their sources: the page says what failed, keeps the sources, starts a fresh
// analyser, and a reload restores everything.
//
// A trap cannot be provoked on purpose from valid input (that would be the bug), so the
// test serves the generated JS glue with `analyze` wrapped: on a document containing a
// marker it throws the same WebAssembly.RuntimeError a trap throws. Everything after
// that point (worker, engine, page, storage) is the real code.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { analyse, cardNames, launchBrowser, loadExample, serveWww, waitReady } from "./helpers.mjs";

const MARKER = "TRAP-MARKER-FOR-THE-CRASH-TEST";
const HANG = "HANG-MARKER-FOR-THE-CRASH-TEST";

/**
 * Serves the glue with `analyze` wrapped to throw a trap's error on an input holding
 * MARKER, and to never return on one holding HANG (as an analysis that cannot finish,
 * or a tab about to die); resolves to a counter of the times the glue was served.
 */
async function trapOnMarker(context) {
  const served = { count: 0 };
  await context.route("**/pkg/storylens.js", async (route) => {
    const response = await route.fetch();
    const glue = await response.text();
    assert.match(glue, /export function analyze\(input\)/, "the glue's analyze export changed; update this test");
    served.count += 1;
    const body = glue.replace(
      "export function analyze(input) {",
      `export function analyze(input) {
  if (JSON.stringify(input).includes(${JSON.stringify(MARKER)})) throw new WebAssembly.RuntimeError("unreachable");
  if (JSON.stringify(input).includes(${JSON.stringify(HANG)})) for (;;);
  return analyzeReal(input);
}
function analyzeReal(input) {`,
    );
    await route.fulfill({ response, body });
  });
  return served;
}

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

test("a trap in the WebAssembly shows what failed, keeps the sources, and the next run works", async () => {
  // Service workers blocked so that every load of the glue goes through the test's route.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: "block" });
  const requests = [];
  context.on("request", (r) => requests.push(r.url()));
  const served = await trapOnMarker(context);
  const page = await context.newPage();
  const pageErrors = [];
  page.on("pageerror", (e) => pageErrors.push(e.message));

  await page.goto(`${server.origin}/`);
  await waitReady(page);
  await loadExample(page);
  await page.fill("#paste", `A short wire item about the talks. ${MARKER}`);
  await page.click("#add-paste");
  const sources = await cardNames(page);
  assert.equal(sources.length, 6);

  await page.click("#analyse");
  await page.waitForSelector("body[data-state=error]", { timeout: 60000 });
  assert.match(await page.textContent("#error"), /crashed/, "the message says the analyser crashed");
  // Each report was analysed alone to find the one it crashes on: that one is named and marked.
  assert.match(await page.textContent("#error"), new RegExp(`It crashes on ${sources[5].replace(/[.…]/g, ".")}`));
  assert.equal(await page.getAttribute(".source-card >> nth=5", "data-crashed"), "true");
  assert.equal(await page.locator(".source-card[data-crashed]").count(), 1);
  assert.ok(await page.isVisible("#error"));
  assert.deepEqual(await cardNames(page), sources, "a crash must not lose a source");
  assert.ok(served.count >= 1, "the glue was served through the test's route");

  // Nothing lost across a reload, the crashing source included; the reload analyses the
  // others and leaves that one out (it no longer crashes every reload until Clear).
  await page.reload();
  await page.waitForSelector("body[data-state=done], body[data-state=error], body[data-state=ready]", { timeout: 60000 });
  assert.deepEqual(await cardNames(page), sources, "the reload did not restore the sources");
  assert.equal(await page.getAttribute("body", "data-state"), "done", await page.textContent("#error"));
  assert.match(await page.textContent("#status"), /Analysed 5 reports .* 1 report that crashed the analyser before was left out/);

  // Without the offending source, a fresh analyser instance analyses normally.
  await page.click(".source-card >> nth=5 >> button.remove");
  await analyse(page);
  assert.equal((await cardNames(page)).length, 5);
  assert.match(await page.textContent("#status"), /Analysed 5 reports/);
  assert.deepEqual(pageErrors, [], "no uncaught error reached the page");
  assert.deepEqual(requests.filter((u) => !u.startsWith(`${server.origin}/`) && !u.startsWith("data:") && !u.startsWith("blob:")), []);
  await context.close();
});

test("after a trap the same page recovers without a reload: a new worker replaces the dead one", async () => {
  const context = await browser.newContext({ serviceWorkers: "block" });
  await trapOnMarker(context);
  const page = await context.newPage();
  const workers = [];
  page.on("worker", (w) => workers.push(w.url()));
  await page.goto(`${server.origin}/`);
  await waitReady(page);
  await page.fill("#paste", `Sonata Coulter met Alexander Darchiev in Istanbul on Thursday. ${MARKER}`);
  await page.click("#add-paste");
  await page.click("#analyse");
  await page.waitForSelector("body[data-state=error]", { timeout: 60000 });
  const before = workers.length;
  await page.click(".source-card >> nth=0 >> button.remove");
  await page.fill("#paste", "Sonata Coulter met Alexander Darchiev in Istanbul on Thursday.");
  await page.click("#add-paste");
  await analyse(page);
  assert.ok(workers.length > before || before >= 2, `a new analysis worker was started (workers seen: ${workers.length})`);
  assert.match(await page.textContent("#status"), /Analysed 1 report/);
  assert.match(await page.textContent("#panel-overview"), /2 people/);
  await context.close();
});

test("safe mode: a page that died during an analysis reopens without analysing, then finds the report", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: "block" });
  await trapOnMarker(context);
  const page = await context.newPage();
  const pageErrors = [];
  page.on("pageerror", (e) => pageErrors.push(e.message));
  await page.goto(`${server.origin}/`);
  await waitReady(page);
  await loadExample(page);
  await page.fill("#paste", `Ferry talks stall\nA short wire item about the ferry talks. ${HANG}`);
  await page.click("#add-paste");
  const sources = await cardNames(page);
  await page.click("#analyse");
  await page.waitForFunction(() => /Analysing/.test(document.getElementById("status").textContent));
  // Another tab opened meanwhile is not in safe mode: an analysis under way elsewhere is no crash.
  const other = await context.newPage();
  await other.goto(`${server.origin}/`);
  await other.waitForSelector("body[data-state=busy], body[data-state=done]", { timeout: 30000 });
  assert.ok(await other.isHidden("#safe-mode"), "another tab's running analysis put this one in safe mode");
  await other.close();
  // The tab dies (here: is reloaded) while the analysis runs.
  await page.reload();
  await page.waitForSelector("#safe-mode:not([hidden])", { timeout: 30000 });
  assert.equal(await page.getAttribute("body", "data-state"), "ready", "safe mode started an analysis");
  assert.deepEqual(await cardNames(page), sources, "the sources were not restored");
  assert.match(await page.textContent("#safe-mode"), /Safe mode: nothing is analysed until you ask.*did not finish.*6 reports/s);
  await page.waitForTimeout(1000);
  assert.equal(await page.getAttribute("body", "data-state"), "ready", "an analysis started by itself");

  // "Check each report alone" names the one the analysis does not finish on, and analyses the others.
  await page.click("#check-each");
  await page.waitForSelector("body[data-state=done]", { timeout: 90000 });
  assert.match(await page.textContent("#status"), /Analysed 5 reports/);
  assert.equal(await page.getAttribute(".source-card >> nth=5", "data-crashed"), "true");
  assert.match(await page.textContent(".source-card >> nth=5 >> .crash-note"), /did not finish/);
  // From now on a reload analyses the others without asking, and without that report.
  await page.reload();
  await page.waitForSelector("body[data-state=done]", { timeout: 60000 });
  assert.ok(await page.isHidden("#safe-mode"));
  assert.deepEqual(pageErrors, []);
  await context.close();
});
