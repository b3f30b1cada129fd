// The page's Markdown reader (www/markdown.js) held to the fixtures the CLI's reader
// (src/ingest/markdown.rs) is held to in tests/markdown.rs: one set of inputs and
// expected texts for both. Run: node --test tests/node/
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { markdownToText, isoDay } from "../../www/markdown.js";

const dir = fileURLToPath(new URL("../fixtures/markdown/", import.meta.url));
const inputs = readdirSync(dir).filter((f) => f.endsWith(".md")).sort();

test("there are fixtures", () => assert.ok(inputs.length >= 10, `only ${inputs.length}`));

for (const name of inputs) {
  test(`markdown fixture ${name}`, () => {
    const got = markdownToText(readFileSync(join(dir, name), "utf8"));
    const stem = name.slice(0, -3);
    assert.equal(got.text, readFileSync(join(dir, `${stem}.txt`), "utf8"), "text");
    const metaFile = join(dir, `${stem}.meta.json`);
    const meta = existsSync(metaFile) ? JSON.parse(readFileSync(metaFile, "utf8")) : {};
    const fields = { title: got.title, source: got.outlet, byline: got.byline, published: got.published };
    for (const [key, value] of Object.entries(fields)) assert.equal(value ?? null, meta[key] ?? null, key);
  });
}

test("isoDay keeps only days the output contract allows", () => {
  assert.equal(isoDay("2025-04-10T08:00:00Z"), "2025-04-10");
  assert.equal(isoDay(" 2024-02-29"), "2024-02-29");
  for (const bad of ["+10000-01-01", "-0001-12-31", "2025-4-1", "0000-01-01", "2025-02-30", "2023-02-29", undefined, ""]) {
    assert.equal(isoDay(bad), undefined, String(bad));
  }
});

test("hostile lines stay linear", () => {
  for (const unit of ["[", "(", "`", "*a ", "_a ", "[a](", "![", "**", "\\"]) {
    const t = performance.now();
    markdownToText(unit.repeat(200_000));
    assert.ok(performance.now() - t < 5000, unit);
  }
});
