// Every view in both themes at desktop and phone width: screenshots (saved for people to
// look at), an axe-core check with no serious or critical violation, no sideways
// scrolling; keyboard use of the tabs; the theme button; the CSP against inline scripts.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { analyse, axeViolations, foreignRequests, launchBrowser, loadExample, openPage, SCREENSHOTS, serveWww, waitReady } from "./helpers.mjs";

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

const TABS = ["overview", "grid", "entities", "timeline", "flags", "reader"];

for (const scheme of ["light", "dark"]) {
  for (const width of [1280, 375]) {
    test(`${scheme} theme at ${width}px: every view passes axe and fits the screen`, async () => {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
      const requests = [];
      context.on("request", (r) => requests.push(r.url()));
      const page = await context.newPage();
      const errors = [];
      page.on("pageerror", (e) => errors.push(e.message));
      await page.goto(`${server.origin}/`);
      await waitReady(page);
      await loadExample(page);
      const problems = [];
      const check = async (view) => {
        for (const v of await axeViolations(page)) problems.push(`${view}: ${v}`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (overflow > 0) problems.push(`${view}: scrolls sideways by ${overflow}px`);
      };
      await check("input");
      await page.screenshot({ path: `${SCREENSHOTS}input-${scheme}-${width}.png`, fullPage: true });
      await analyse(page);
      for (const tab of TABS) {
        await page.click(`#tab-${tab}`);
        if (tab === "reader") await page.click("#tab-flags").then(() => page.click(".card >> nth=0 >> text=Show in reader"));
        await check(tab);
        const results = await page.$("#results");
        await results.screenshot({ path: `${SCREENSHOTS}${tab}-${scheme}-${width}.png` });
      }
      assert.deepEqual(problems, []);
      assert.deepEqual(foreignRequests(requests, server.origin), []);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
}

test("keyboard: tabs with the arrow keys, visible focus, skip link; theme button", async () => {
  const { context, page, errors } = await openPage(browser);
  await page.goto(`${server.origin}/`);
  await waitReady(page);
  await loadExample(page);
  await analyse(page);
  assert.equal(await page.evaluate(() => document.activeElement.id), "results-heading", "focus did not move to the results");
  await page.focus("#tab-overview");
  await page.keyboard.press("ArrowRight");
  assert.equal(await page.evaluate(() => document.activeElement.id), "tab-grid");
  assert.ok(await page.isVisible("#panel-grid"));
  await page.keyboard.press("End");
  assert.equal(await page.getAttribute("#tab-reader", "aria-selected"), "true");
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.id), "panel-reader", "Tab does not go into the panel");
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.equal(outline, "solid", "no visible focus");
  // The entity filter works from the keyboard.
  await page.focus("#tab-entities");
  await page.keyboard.press("Enter");
  await page.focus("#entity-search");
  await page.keyboard.type("darch");
  assert.equal(await page.locator(".entity:not([hidden])").count(), 1);

  // Skip link and landmarks.
  await page.goto(`${server.origin}/`);
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.className), "skip-link");
  for (const sel of ["header", "main", "footer", "[role=tablist]"]) assert.equal(await page.locator(sel).count(), 1, sel);

  // Theme: system → light → dark, kept across a reload.
  await page.click("#theme");
  assert.equal(await page.getAttribute("html", "data-theme"), "light");
  await page.click("#theme");
  assert.equal(await page.getAttribute("html", "data-theme"), "dark");
  await page.reload();
  assert.equal(await page.getAttribute("html", "data-theme"), "dark");
  assert.notEqual(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), "rgb(247, 247, 245)");
  assert.deepEqual(errors, []);
  await context.close();
});

test("the Content-Security-Policy blocks inline scripts and foreign connections", async () => {
  const { context, page, requests } = await openPage(browser);
  await page.goto(`${server.origin}/`);
  await waitReady(page);
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', "content");
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval';/);
  assert.match(csp, /connect-src 'self';/);
  assert.doesNotMatch(csp, /unsafe-inline/);
  const r = await page.evaluate(async () => {
    const s = document.createElement("script");
    s.textContent = "window.__inline = true";
    document.body.append(s);
    let fetched = "no";
    try {
      await fetch("http://example.com/");
      fetched = "yes";
    } catch {
      fetched = "blocked";
    }
    return { inline: window.__inline, fetched };
  });
  assert.equal(r.inline, undefined, "an inline script ran");
  assert.equal(r.fetched, "blocked");
  assert.deepEqual(foreignRequests(requests, server.origin), [], "a foreign request left the page");
  await context.close();
});
