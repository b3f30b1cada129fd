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

/**
 * Serves the glue with `analyze` wrapped to throw a trap's error on an input holding
 * MARKER; resolves to a counter of the times the glue was served.
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
  assert.ok(await page.isVisible("#error"));
  assert.deepEqual(await cardNames(page), sources, "a crash must not lose a source");
  assert.ok(served.count >= 1, "the glue was served through the test's route");

  // Nothing lost across a reload, the crashing source included.
  await page.reload();
  await page.waitForSelector("body[data-state=done], body[data-state=error], body[data-state=ready]", { timeout: 60000 });
  assert.deepEqual(await cardNames(page), sources, "the reload did not restore the sources");

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
