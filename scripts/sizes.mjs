// The download sizes of the served page (gzip -9 of each file as served, after
// `wasm-opt -Oz` and scripts/bundle-page.mjs), and the budget they answer to (issue #8):
// the WebAssembly module plus the page's own code at most 470 KiB gzipped. 300 KiB until
// issue #21 made room for serde-wasm-bindgen (+18 KB); 350 KiB until the analysis of issues
// #17-#19 (claims of every kind, game periods, place names, entity and time rules: the module
// 293,580 -> 416,204 B, +123 KB) and the page's new views (+5.5 KB) passed it. What reads saved web pages (the
// extraction worker with the vendored linkedom and Readability, loaded at the first .html
// file only) and the embeddable widget are listed apart.
//
//   node scripts/sizes.mjs          one line: total against the budget (build-wasm.sh runs it)
//   node scripts/sizes.mjs --json   every group as JSON
//
// bench/report.mjs prints these figures as a table; tests/e2e/size.test.mjs holds the budget.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { widgetSize } from "./widget-size.mjs";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const WWW = `${ROOT}www`;

/** The budget for the module plus the page's own code, gzip -9 bytes. */
export const BUDGET_GZIP = 470 * 1024;

/** The page as served: index.html loads the bundles, not the module sources beside them. */
export const PAGE_FILES = ["index.html", "sw.js", "app.min.js", "worker.min.js"];

/** gzip -9 bytes of the file at `p`. */
export const gz = (p) => gzipSync(readFileSync(p), { level: 9 }).length;
const files = (dir, test) => (existsSync(dir) ? readdirSync(dir).filter(test).map((f) => `${dir}/${f}`) : []);
const group = (paths) => ({ files: paths.map((p) => p.slice(ROOT.length)), raw: paths.reduce((n, p) => n + statSync(p).size, 0), gzip: paths.reduce((n, p) => n + gz(p), 0) });

/** Each group's files and raw and gzipped bytes, the totals and the budget. */
export function downloadSizes() {
  const sizes = {
    wasm: group(files(`${WWW}/pkg`, (f) => f.endsWith(".wasm"))),
    glue: group(files(`${WWW}/pkg`, (f) => f === "storylens.js")),
    page_js: group(files(WWW, (f) => PAGE_FILES.includes(f))),
    vendor: group([...files(WWW, (f) => f === "extract-worker.min.js"), ...files(`${WWW}/vendor`, (f) => f.endsWith(".js"))]),
    page_css: group(files(WWW, (f) => f === "style.min.css")),
    // The embeddable widget (www/widget/): the JS files it loads, shared modules and glue included.
    widget: group(widgetSize().files.filter((x) => x.file.endsWith(".js")).map((x) => `${WWW}/${x.file}`)),
  };
  sizes.widget_total_gzip = sizes.widget.gzip + sizes.wasm.gzip;
  sizes.total_gzip = sizes.wasm.gzip + sizes.glue.gzip + sizes.page_js.gzip + sizes.page_css.gzip;
  sizes.total_with_vendor_and_widget_gzip = sizes.total_gzip + sizes.vendor.gzip + sizes.widget.gzip;
  sizes.budget_gzip = BUDGET_GZIP;
  return sizes;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const s = downloadSizes();
  if (process.argv.includes("--json")) console.log(JSON.stringify(s, null, 2));
  else {
    console.log(
      `sizes: module ${s.wasm.gzip} + glue ${s.glue.gzip} + page JS/HTML ${s.page_js.gzip} + CSS ${s.page_css.gzip} = ` +
        `${s.total_gzip} B gzip -9, budget ${s.budget_gzip} (${s.budget_gzip - s.total_gzip} B left)`,
    );
  }
}
