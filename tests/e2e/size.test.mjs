// The download budget (issue #8): the WebAssembly module plus the page's own code, as
// served (gzip -9, after wasm-opt and the page bundle), at most 470 KiB (scripts/sizes.mjs says
// why it moved). Needs the
// release build (scripts/build-wasm.sh); bench/report.mjs prints the same figures.
import assert from "node:assert/strict";
import { test } from "node:test";
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { downloadSizes, gz, PAGE_FILES } from "../../scripts/sizes.mjs";

test("the module plus the page's own code fit the 470 KiB gzip budget", () => {
  const s = downloadSizes();
  assert.deepEqual(s.page_js.files.map((f) => f.replace(/^www\//, "")).sort(), [...PAGE_FILES].sort(), "a served file is missing: run scripts/build-wasm.sh");
  assert.equal(s.wasm.files.length, 1, "www/pkg has no .wasm: run scripts/build-wasm.sh");
  assert.equal(s.page_css.files.length, 1, "www/style.min.css missing: run scripts/build-wasm.sh");
  console.log(`# size: module ${s.wasm.gzip} + glue ${s.glue.gzip} + page ${s.page_js.gzip} + CSS ${s.page_css.gzip} = ${s.total_gzip} of ${s.budget_gzip}`);
  assert.ok(s.total_gzip <= s.budget_gzip, `${s.total_gzip} B gzip is over the ${s.budget_gzip} B budget`);
});

test("the served bundles are minified: well under the module sources they come from", () => {
  const www = fileURLToPath(new URL("../../www/", import.meta.url));
  const sources = readdirSync(www).filter((f) => f.endsWith(".js") && !f.endsWith(".min.js") && f !== "sw.js");
  const before = sources.reduce((n, f) => n + gz(`${www}${f}`), 0);
  const after = gz(`${www}app.min.js`) + gz(`${www}worker.min.js`);
  console.log(`# bundles: ${sources.length} modules ${before} B gzip → app.min.js + worker.min.js ${after} B`);
  assert.ok(after < 0.7 * before, `bundles ${after} B gzip, sources ${before} B`);
});
