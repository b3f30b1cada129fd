// Screenshots of the page's results for a person to look at: the bundled example or a
// folder of .txt reports (dropped as files), each results tab at 390 and 1280 px, light
// and dark.
//   node scripts/page-screenshots.mjs OUT_DIR [example | DIR_OF_TXT ...]
// Needs the page built (bash scripts/build-wasm.sh) and Playwright (scripts/setup-test.sh).
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { analyse, file, launchBrowser, loadExample, serveWww, waitReady } from "../tests/e2e/helpers.mjs";

const [out, ...sets] = process.argv.slice(2);
if (!out || !sets.length) {
  console.error("usage: node scripts/page-screenshots.mjs OUT_DIR [example | DIR ...]");
  process.exit(2);
}
const TABS = ["overview", "grid", "timeline", "flags"];
/** Tallest part of a page kept in one screenshot (a grid of hundreds of rows is very tall). */
const MAX_HEIGHT = 4000;
/** Height of the parts each shot is also cut into (0: none), from env SHOT_PARTS. */
const PART = Number(process.env.SHOT_PARTS ?? 1100);

const server = await serveWww();
const browser = await launchBrowser();
try {
  for (const set of sets) {
    const name = set === "example" ? "example" : basename(set.replace(/\/+$/, ""));
    mkdirSync(join(out, name), { recursive: true });
    for (const width of [390, 1280]) {
      for (const scheme of ["light", "dark"]) {
        const context = await browser.newContext({ viewport: { width, height: width < 500 ? 844 : 900 }, colorScheme: scheme });
        const page = await context.newPage();
        await page.goto(`${server.origin}/`);
        await waitReady(page);
        if (set === "example") await loadExample(page);
        else {
          const files = readdirSync(set).filter((f) => f.endsWith(".txt")).sort();
          await page.setInputFiles("#files", files.map((f) => file(f, readFileSync(join(set, f), "utf8"))));
          await page.waitForSelector(`.source-card >> nth=${files.length - 1}`);
        }
        await analyse(page);
        for (const tab of TABS) {
          await page.click(`#tab-${tab}`);
          await page.waitForTimeout(600); // lists are drawn a slice per task
          // A viewport as tall as the shot: items off screen (content-visibility: auto) are painted.
          const height = Math.min(MAX_HEIGHT, await page.evaluate(() => document.documentElement.scrollHeight));
          await page.setViewportSize({ width, height });
          await page.waitForTimeout(300);
          const path = join(out, name, `${tab}-${scheme}-${width}.png`);
          await page.screenshot({ path, clip: { x: 0, y: 0, width, height } });
          console.log(path);
          // The same in parts of PART px, easier to read.
          for (let y = 0, k = 1; y < height && PART; y += PART, k++) {
            const part = join(out, name, `${tab}-${scheme}-${width}.part${k}.png`);
            await page.screenshot({ path: part, clip: { x: 0, y, width, height: Math.min(PART, height - y) } });
          }
          await page.setViewportSize({ width, height: width < 500 ? 844 : 900 });
        }
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
