// The embeddable widget (www/widget/) on its demo page, a news article with two
// <storylens-widget>s, in headless Chromium: lazy loading, both widgets' data, style
// isolation in both directions, bad input, text-only rendering, and screenshots.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, test } from "node:test";
import { widgetFiles } from "../../scripts/widget-size.mjs";
import { axeViolations, foreignRequests, launchBrowser, openPage, ROOT, SCREENSHOTS, serveWww } from "./helpers.mjs";

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

const DEMO = "/widget/demo.html";
const path = (url) => url.slice(server.origin.length);

/** Opens the demo page and waits until the widget element is defined and the page has loaded. */
async function openDemo({ width = 1280, height = 900, colorScheme = "light", init } = {}) {
  const opened = await openPage(browser, { width, height });
  await opened.page.emulateMedia({ colorScheme });
  if (init) await opened.page.addInitScript(init);
  await opened.page.goto(`${server.origin}${DEMO}`, { waitUntil: "load" });
  await opened.page.evaluate(() => customElements.whenDefined("storylens-widget"));
  return opened;
}

const state = (page, id) => page.$eval(`#${id}`, (el) => el.dataset.state);

/** Scrolls the widget into view and waits until it is done (or fails with its message). */
async function scrollToWidget(page, id) {
  await page.locator(`#${id}`).scrollIntoViewIfNeeded();
  await page.waitForFunction((id) => ["done", "error"].includes(document.getElementById(id).dataset.state), id, { timeout: 60000 });
  const s = await state(page, id);
  if (s !== "done") throw new Error(`#${id} ended in ${s}: ${await page.$eval(`#${id}`, (el) => el.shadowRoot.textContent)}`);
}

/** What a widget shows, read from its shadow root. */
function readWidget(page, id) {
  return page.$eval(`#${id}`, (el) => {
    const root = el.shadowRoot;
    const all = (sel) => [...root.querySelectorAll(sel)];
    return {
      reports: all(".reports .doc-chip").map((c) => c.textContent),
      sections: all("section[data-section]").map((s) => s.dataset.section),
      events: all(".strip .event").map((e) => ({ date: e.dataset.date, kind: e.querySelector(".event-kind").textContent, text: e.textContent })),
      counts: Object.fromEntries(all(".sev-count").map((s) => [s.dataset.severity, Number(s.dataset.count)])),
      entities: all(".entity-chips .entity").map((e) => e.querySelector(".entity-name").textContent),
      analysis: {
        documents: el.analysis.documents.map((d) => ({ id: d.id, source: d.source, title: d.title, published: d.published, text: d.text })),
        contradictions: el.analysis.contradictions.map((c) => ({ severity: c.severity, subject: c.subject })),
        events: el.analysis.events.filter((e) => e.date).map((e) => e.date.value),
      },
    };
  });
}

test("lazy: nothing heavy loads before a widget nears the viewport; each widget loads on its own", async () => {
  const { context, page, requests, errors } = await openDemo();
  await page.waitForTimeout(1500); // time enough for any eager loading to show up
  const heavy = (url) => /\/pkg\/|\/worker\.js$|\/widget\/(run|view)\.js$|demo-reports\.json$/.test(url);
  assert.deepEqual(requests.filter(heavy).map(path), [], "loaded before any widget was in view");
  assert.equal(await state(page, "compare-inline"), "idle");
  assert.equal(await state(page, "compare-url"), "idle");
  assert.match(await page.$eval("#compare-inline", (el) => el.shadowRoot.textContent), /Loads when you scroll here/);
  // The host page's own load was not held up: its load event has fired, with no .wasm fetched.
  assert.ok(await page.evaluate(() => performance.getEntriesByType("navigation")[0].loadEventEnd > 0));

  await scrollToWidget(page, "compare-inline");
  const wasm = requests.filter((u) => u.endsWith("/pkg/storylens_bg.wasm"));
  assert.equal(wasm.length, 1, "the first widget should fetch the .wasm once");
  assert.ok(requests.some((u) => u.endsWith("/worker.js")), "the analysis did not run in the worker");
  assert.equal(await state(page, "compare-url"), "idle", "the second widget (below the fold) started too early");
  assert.ok(!requests.some((u) => u.endsWith("demo-reports.json")), "the second widget's src was fetched before it was in view");

  await scrollToWidget(page, "compare-url");
  const json = requests.findIndex((u) => u.endsWith("/widget/demo-reports.json"));
  assert.ok(json > requests.indexOf(wasm[0]), "the second widget's src was not fetched after scrolling to it");

  // Everything requested is the page, its own files, or a file of the widget's module graph
  // (the one scripts/widget-size.mjs measures): no other network access.
  const { eager, lazy } = widgetFiles();
  const allowed = new Set([DEMO, "/widget/demo.css", "/widget/demo.js", "/widget/demo-reports.json", ...[...eager, ...lazy].map((f) => `/${f}`)]);
  assert.deepEqual(foreignRequests(requests, server.origin), []);
  assert.deepEqual(requests.map(path).filter((p) => !allowed.has(p)), [], "requests outside the widget's files");
  const loaded = new Set(requests.map(path));
  assert.deepEqual([...eager, ...lazy].map((f) => `/${f}`).filter((f) => !loaded.has(f)), [], "widget-size.mjs counts files the widget never loads");
  assert.deepEqual(errors, []);
  await context.close();
});

test("both widgets render their data: timeline, flag counts, entities; the host article is one of the reports", async () => {
  const { context, page, errors } = await openDemo();
  await scrollToWidget(page, "compare-inline");
  await scrollToWidget(page, "compare-url");
  const one = await readWidget(page, "compare-inline");
  const two = await readWidget(page, "compare-url");

  // Widget 1: four inline reports plus the host article, named as the attribute says.
  assert.equal(one.analysis.documents.length, 5);
  assert.equal(one.reports.length, 5);
  assert.equal(one.reports[0], "The Harbour Chronicle");
  assert.ok(one.reports.includes("Brussels Morning Newspaper"), `reports: ${one.reports}`);
  const host = one.analysis.documents[0];
  assert.equal(host.id, "this-article");
  assert.equal(host.title, "US and Russian diplomats meet in Istanbul to repair their embassies");
  assert.deepEqual(host.published, { value: "2025-04-10", inferred: false, basis: "given", confidence: "high" });
  assert.ok(host.text.includes("Deputy Assistant Secretary of State for Russia and Central Europe"), "the article's text is missing");
  assert.ok(!host.text.includes("Read More"), "a data-storylens-skip element was read");
  assert.ok(!host.text.includes("Illustration"), "the skipped figure caption was read");
  assert.ok(!host.text.includes('"documents"') && !host.text.includes("How other outlets"), "the widget's own content became article text");
  assert.ok(!host.text.includes("Larger text"), "the host's button became article text");

  assert.deepEqual(one.sections, ["timeline", "flags", "entities"]);
  assert.deepEqual(one.events.map((e) => e.date), one.analysis.events, "the strip shows every dated event, in order");
  assert.ok(one.events.some((e) => e.date === "2025-04-10" && e.kind === "meeting"), `events: ${JSON.stringify(one.events.map((e) => [e.date, e.kind]))}`);
  const expect = (list) => Object.fromEntries(["high", "medium", "low"].map((s) => [s, list.filter((c) => c.severity === s).length]));
  assert.deepEqual(one.counts, expect(one.analysis.contradictions));
  assert.ok(one.counts.high >= 1, `no high-severity flag: ${JSON.stringify(one.counts)}`);
  assert.ok(one.analysis.contradictions.some((c) => c.subject === "Sonata Coulter"));
  for (const name of ["Sonata Coulter", "Istanbul"]) assert.ok(one.entities.includes(name), `${name} not among the main entities: ${one.entities}`);
  assert.ok(one.entities.some((n) => /Darchi/.test(n)), `the Russian ambassador is missing: ${one.entities}`);

  // Widget 2: five reports from the same-origin URL; only the sections asked for.
  assert.equal(two.analysis.documents.length, 5);
  assert.ok(two.reports.includes("Brussels Morning Newspaper"));
  assert.ok(!two.reports.includes("The Harbour Chronicle"), "widget 2 has no article-selector");
  assert.deepEqual(two.sections, ["flags", "entities"]);
  assert.deepEqual(two.events, []);
  assert.deepEqual(two.counts, expect(two.analysis.contradictions));
  assert.ok(two.analysis.contradictions.length >= 3);
  assert.match(await page.$eval("#compare-url", (el) => el.shadowRoot.querySelector("h2").textContent), /Where five reports/);

  // Expanding shows one card per flag with its quotes, each at its offsets.
  const expand = (id) => page.$eval(`#${id}`, (el) => el.shadowRoot.querySelector(".expand").click());
  const cards = (id) => page.$eval(`#${id}`, (el) => [...el.shadowRoot.querySelectorAll(".card")].filter((c) => c.checkVisibility()).map((c) => ({
    quotes: c.querySelectorAll("blockquote mark").length,
    sources: [...c.querySelectorAll(".doc-chip")].map((x) => x.textContent),
    text: c.textContent,
  })));
  assert.deepEqual(await cards("compare-inline"), [], "cards shown before expanding");
  await expand("compare-inline");
  const shown = await cards("compare-inline");
  assert.equal(shown.length, one.analysis.contradictions.length);
  assert.ok(shown.every((c) => c.quotes >= 2), "a card with fewer than two quotes");
  assert.ok(shown.some((c) => c.sources.includes("The Harbour Chronicle")), "no card quotes the host article");
  assert.equal(await page.$eval("#compare-inline", (el) => el.shadowRoot.querySelectorAll("[data-offsets=mismatch]").length), 0);
  assert.equal(await page.$eval("#compare-inline", (el) => el.shadowRoot.querySelector(".expand").getAttribute("aria-expanded")), "true");
  await expand("compare-inline");
  assert.deepEqual(await cards("compare-inline"), [], "cards still shown after collapsing");

  // Theme: the page is light; widget 2 is forced dark, widget 1 follows the page (auto).
  const background = (id) => page.$eval(`#${id}`, (el) => getComputedStyle(el.shadowRoot.querySelector(".root")).backgroundColor);
  assert.equal(await background("compare-inline"), "rgb(255, 255, 255)");
  assert.equal(await background("compare-url"), "rgb(27, 28, 31)");
  // max-height: a bare number means pixels; the widget scrolls inside it.
  assert.equal(await page.$eval("#compare-inline", (el) => getComputedStyle(el.shadowRoot.querySelector(".root")).maxHeight), "640px");
  await expand("compare-url");
  const box = await page.$eval("#compare-url", (el) => { const r = el.shadowRoot.querySelector(".root"); return { h: r.clientHeight, sh: r.scrollHeight, max: getComputedStyle(r).maxHeight }; });
  assert.equal(box.max, "520px");
  assert.ok(box.h <= 520 && box.sh > box.h, `expanded widget 2 should scroll inside 520px: ${JSON.stringify(box)}`);

  // Attributes changed later re-render: sections.
  await page.$eval("#compare-url", (el) => el.setAttribute("sections", "timeline"));
  assert.deepEqual((await readWidget(page, "compare-url")).sections, ["timeline"]);
  assert.deepEqual(errors, []);
  await context.close();
});

test("isolation: the host page's styles do not reach inside, the widgets' styles do not leak out", async () => {
  const { context, page, errors } = await openDemo();
  const hostStyles = () =>
    page.evaluate(() => {
      const props = ["color", "fontFamily", "fontSize", "lineHeight", "backgroundColor", "borderLeftWidth", "borderLeftStyle", "outlineStyle", "listStyleType", "textTransform", "letterSpacing", "padding", "margin", "display"];
      const pick = (sel) => {
        const el = document.querySelector(sel);
        const cs = getComputedStyle(el);
        return Object.fromEntries(props.map((p) => [p, cs[p]]));
      };
      const sels = [".story-body p", ".related .card", ".related .badge", ".related h3", "blockquote.quote", "#text-size", ".comment-list", ".comment-list li", "body", "h1", ".guide p", "storylens-widget"];
      return { styles: Object.fromEntries(sels.map((s) => [s, pick(s)])), sheets: document.styleSheets.length, adopted: document.adoptedStyleSheets.length, styleTags: document.querySelectorAll("style").length };
    });
  const before = await hostStyles();
  assert.equal(before.styles[".story-body p"].color, "rgb(164, 0, 0)", "the demo's aggressive host styles are not in place");

  await scrollToWidget(page, "compare-inline");
  await scrollToWidget(page, "compare-url");
  for (const id of ["compare-inline", "compare-url"]) await page.$eval(`#${id}`, (el) => el.shadowRoot.querySelector(".expand").click());
  const afterwards = await hostStyles();
  assert.deepEqual(afterwards, before, "the host page's styles changed when the widgets rendered");

  // Inside: nothing of demo.css applies (p colour, serif fonts, dashed div borders, yellow
  // buttons, purple upper-case headings, green marks, square bullets, outlines by class name).
  for (const id of ["compare-inline", "compare-url"]) {
    const inside = await page.$eval(`#${id}`, (el) => {
      const root = el.shadowRoot;
      const cs = (sel) => getComputedStyle(root.querySelector(sel));
      return {
        p: cs("p").color,
        pFont: cs("p").fontFamily,
        pLine: cs(".root").lineHeight,
        rootFont: cs(".root").fontSize,
        letter: cs("p").letterSpacing,
        dashed: [...root.querySelectorAll("div")].filter((d) => getComputedStyle(d).borderTopStyle === "dashed").length,
        button: cs("button.expand").backgroundColor,
        buttonBorder: cs("button.expand").borderTopWidth,
        h3: cs("h3").color,
        h3Transform: cs(".card h3").textTransform,
        mark: cs("mark").backgroundColor,
        list: cs(".entity-chips").listStyleType,
        outline: cs(".counts").outlineStyle,
        badge: cs(".card .badge").color,
        quoteBorder: cs(".card .quote").borderLeftWidth,
      };
    });
    assert.notEqual(inside.p, "rgb(164, 0, 0)", `${id}: host p colour inside`);
    assert.match(inside.pFont, /^system-ui/, `${id}: host font inside (${inside.pFont})`);
    assert.equal(inside.rootFont, "15px", `${id}: the host's html font-size changed the widget`);
    assert.equal(inside.letter, "normal", `${id}: host letter-spacing inherited`);
    assert.equal(inside.dashed, 0, `${id}: host div borders inside`);
    assert.notEqual(inside.button, "rgb(255, 236, 64)", `${id}: host button style inside`);
    assert.equal(inside.buttonBorder, "1px");
    assert.notEqual(inside.h3, "rgb(102, 0, 153)", `${id}: host heading colour inside`);
    assert.equal(inside.h3Transform, "none");
    assert.notEqual(inside.mark, "rgb(0, 255, 0)", `${id}: host mark style inside`);
    assert.equal(inside.list, "none");
    assert.equal(inside.outline, "none", `${id}: a host class selector matched inside`);
    assert.notEqual(inside.badge, "rgb(0, 90, 0)");
    assert.equal(inside.quoteBorder, "3px");
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test("bad input: a short message in that widget, the host page and the other widgets keep working", async () => {
  const { context, page, requests, errors } = await openDemo();
  const cases = [
    ["bad-json", { json: '{"documents": [' }, /inline JSON is not valid JSON/],
    ["no-text", { json: '{"documents": [{"title": "Only a title"}]}' }, /document 1 has no "text"/],
    ["not-a-set", { json: '{"articles": []}' }, /not a storylens input set/],
    ["missing", { src: "no-such-file.json" }, /no-such-file\.json could not be fetched \(HTTP 404\)/],
    ["foreign", { src: "https://example.org/reports.json" }, /another site/],
    ["nothing", {}, /no reports were given/],
    ["bad-selector", { "article-selector": "<<" }, /not a valid CSS selector/],
  ];
  // Inserted at the top of the article, in view; built with DOM calls (the page's CSP allows no inline script).
  await page.evaluate((cases) => {
    const story = document.querySelector(".story");
    for (const [id, attrs] of cases.reverse()) {
      const el = document.createElement("storylens-widget");
      el.id = id;
      for (const [k, v] of Object.entries(attrs)) {
        if (k === "json") {
          const script = document.createElement("script");
          script.type = "application/json";
          script.textContent = v;
          el.append(script);
        } else el.setAttribute(k, v);
      }
      story.prepend(el);
    }
    window.scrollTo(0, 0);
  }, cases);
  for (const [id, , message] of cases) {
    await page.locator(`#${id}`).scrollIntoViewIfNeeded();
    await page.waitForFunction((id) => document.getElementById(id).dataset.state === "error", id, { timeout: 30000 });
    const alert = await page.$eval(`#${id}`, (el) => {
      const a = el.shadowRoot.querySelector("[role=alert]");
      return { text: a.textContent, visible: a.checkVisibility(), height: el.getBoundingClientRect().height };
    });
    assert.ok(alert.visible, `${id}: message not visible`);
    assert.match(alert.text, message, `${id}: ${alert.text}`);
    assert.ok(alert.text.length < 200, `${id}: message too long: ${alert.text}`);
    assert.ok(alert.height < 200, `${id}: the error box takes ${alert.height}px`);
  }
  assert.ok(!requests.some((u) => u.includes("example.org")), "the cross-origin src was requested");
  assert.deepEqual(foreignRequests(requests, server.origin), []);

  // The host page still works: its own script's button and form.
  await page.click("#text-size");
  assert.equal(await page.getAttribute("#text-size", "aria-pressed"), "true");
  assert.ok(await page.$eval(".story", (el) => el.classList.contains("large")));
  await page.fill("#email", "reader@example.org");
  await page.click("#newsletter button[type=submit]");
  assert.match(await page.textContent("#newsletter-status"), /reader@example\.org is subscribed/);
  // …and so do the good widgets, independently.
  await scrollToWidget(page, "compare-inline");
  await scrollToWidget(page, "compare-url");
  assert.ok((await readWidget(page, "compare-inline")).counts.high >= 1);

  // The 404 shows in the console as a failed resource; nothing else may.
  assert.deepEqual(errors.filter((e) => !/Failed to load resource.*404/.test(e)), []);
  await context.close();
});

test("article text reaches the widget only as text, never as markup", async () => {
  const { context, page, errors } = await openDemo();
  const docs = {
    documents: [
      { id: "a", source: "<b onmouseover=\"window.__xss='b'\">Evil Times</b>", title: "<img src=x onerror=\"window.__xss='img'\">Talks",
        text: "<img src=x onerror=\"window.__xss='img2'\"> Sonata Coulter met Alexander Darchiev in Istanbul on Thursday, April 10, 2025. <script>window.__xss='script'</script>" },
      { id: "b", source: "Plain Post", text: "Deputy Assistant Secretary of State Sonata Coulter met Ambassador Alexander Darchiev in Istanbul on April 10, 2025." },
    ],
  };
  await page.evaluate((json) => {
    const el = document.createElement("storylens-widget");
    el.id = "markup";
    const script = document.createElement("script");
    script.type = "application/json";
    script.textContent = json;
    el.append(script);
    document.querySelector(".story").prepend(el);
    window.scrollTo(0, 0);
  }, JSON.stringify(docs));
  await scrollToWidget(page, "markup");
  await page.$eval("#markup", (el) => el.shadowRoot.querySelector(".expand")?.click());
  const seen = await page.$eval("#markup", (el) => ({
    chips: [...el.shadowRoot.querySelectorAll(".reports .doc-chip")].map((c) => c.textContent),
    elements: el.shadowRoot.querySelectorAll("img, script, iframe").length + [...el.shadowRoot.querySelectorAll("*")].filter((e) => [...e.attributes].some((a) => a.name.startsWith("on"))).length,
  }));
  assert.ok(seen.chips.some((c) => c.includes('<b onmouseover="window.__xss=')), `the markup is not shown as text: ${seen.chips}`);
  assert.equal(seen.elements, 0, "markup from the input became elements");
  assert.equal(await page.evaluate(() => window.__xss), undefined);
  assert.deepEqual(errors, []);
  await context.close();
});

test("without Web Workers the widget analyses on the main thread", async () => {
  const { context, page, requests, errors } = await openDemo({ init: () => { delete window.Worker; } });
  await scrollToWidget(page, "compare-inline");
  assert.ok(!requests.some((u) => u.endsWith("/worker.js")), "a worker was started");
  assert.ok(requests.some((u) => u.endsWith("/pkg/storylens_bg.wasm")));
  assert.equal((await readWidget(page, "compare-inline")).analysis.documents.length, 5);
  assert.deepEqual(errors, []);
  await context.close();
});

test("theme auto follows the reader's dark setting, light stays light; axe finds no serious violations", async () => {
  const { context, page, errors } = await openDemo({ colorScheme: "dark" });
  await page.$eval("#compare-url", (el) => el.setAttribute("theme", "light"));
  for (const id of ["compare-inline", "compare-url"]) {
    await scrollToWidget(page, id);
    await page.$eval(`#${id}`, (el) => el.shadowRoot.querySelector(".expand").click());
  }
  const background = (id) => page.$eval(`#${id}`, (el) => getComputedStyle(el.shadowRoot.querySelector(".root")).backgroundColor);
  assert.equal(await background("compare-inline"), "rgb(27, 28, 31)", "theme=auto did not follow the dark setting");
  assert.equal(await background("compare-url"), "rgb(255, 255, 255)", "theme=light is not light");
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test("host CSP: the worker needs no 'wasm-unsafe-eval' from the page; with workers blocked too, a short message", async () => {
  const html = readFileSync(`${ROOT}www/widget/demo.html`, "utf8");
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)[1];
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
  const run = async (policy, init) => {
    const { context, page, requests, errors } = await openPage(browser);
    if (init) await page.addInitScript(init);
    await page.route("**/widget/demo.html", (route) => route.fulfill({ status: 200, contentType: "text/html", body: html.replace(csp, policy) }));
    await page.goto(`${server.origin}${DEMO}`);
    await page.locator("#compare-inline").scrollIntoViewIfNeeded();
    await page.waitForFunction(() => ["done", "error"].includes(document.getElementById("compare-inline").dataset.state), null, { timeout: 60000 });
    const out = await page.$eval("#compare-inline", (el) => ({ state: el.dataset.state, alert: el.shadowRoot.querySelector("[role=alert]")?.textContent ?? "" }));
    await context.close();
    return { ...out, worker: requests.some((u) => u.endsWith("/worker.js")), errors };
  };
  const strict = csp.replace(" 'wasm-unsafe-eval'", "");
  const ok = await run(strict);
  assert.deepEqual([ok.state, ok.worker, ok.errors], ["done", true, []], "the worker path under a CSP without 'wasm-unsafe-eval'");
  const blocked = await run(strict, () => { delete window.Worker; });
  assert.equal(blocked.state, "error");
  assert.match(blocked.alert, /Content-Security-Policy blocks the analyser/);
  assert.ok(blocked.alert.length < 200);
});

for (const width of [1280, 360]) {
  test(`screenshot at ${width}px: both widgets rendered, nothing wider than the page`, async () => {
    const { context, page, errors } = await openDemo({ width, height: 900 });
    await scrollToWidget(page, "compare-inline");
    await scrollToWidget(page, "compare-url");
    await page.$eval("#compare-url", (el) => el.shadowRoot.querySelector(".expand").click());
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `the page scrolls sideways at ${width}px (${overflow}px)`);
    for (const id of ["compare-inline", "compare-url"]) {
      const fit = await page.$eval(`#${id}`, (el) => {
        const root = el.shadowRoot.querySelector(".root");
        return { width: el.getBoundingClientRect().width, inner: root.scrollWidth - root.clientWidth };
      });
      assert.ok(fit.width >= 300 && fit.width <= width, `${id} is ${fit.width}px wide`);
      assert.ok(fit.inner <= 0, `${id} scrolls sideways inside (${fit.inner}px)`);
    }
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${SCREENSHOTS}widget-${width}.png`, fullPage: true });
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test("the timeline strip opens on the story's news with no card cut at its left edge; reports are never named by their ids", async () => {
  const { context, page, errors } = await openDemo({ width: 1280 });
  const id = await page.$eval("storylens-widget", (el) => el.id);
  await scrollToWidget(page, id);
  await page.waitForTimeout(300); // the strip scrolls in the frame after rendering
  const r = await page.$eval(`#${id}`, (el) => {
    const strip = el.shadowRoot.querySelector(".strip");
    const left = strip.getBoundingClientRect().left;
    const cards = [...strip.children].map((c) => c.getBoundingClientRect());
    return {
      scrolled: strip.scrollLeft,
      cut: cards.filter((c) => c.left < left - 1 && c.right > left + 1).length,
      chips: [...el.shadowRoot.querySelectorAll(".reports .doc-chip")].map((c) => c.textContent),
      ids: el.analysis.documents.map((d) => d.id),
    };
  });
  assert.ok(r.scrolled > 0, "the strip did not open at the story's own news");
  assert.equal(r.cut, 0, "a card is cut at the strip's left edge");
  for (const chip of r.chips) assert.ok(!r.ids.includes(chip), `a report is named by its id: ${chip}`);
  assert.deepEqual(errors, []);
  await context.close();
});
