// The embeddable widget's download size: every file it loads, found by following its
// module graph from www/widget/storylens-widget.js (static imports, dynamic import(),
// and `new URL("…", import.meta.url)` for the worker and the .wasm), gzip -9 each.
//
//   node scripts/widget-size.mjs          prints the table (scripts/build-wasm.sh runs it)
//   node scripts/widget-size.mjs --json   the same as JSON
//
// "at page load" is what the host page fetches for the <script type="module"> tag (the
// entry and its static imports); the rest is fetched only when a widget nears the viewport.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const WWW = join(ROOT, "www");
export const ENTRY = "widget/storylens-widget.js";

const STATIC = /^\s*import\s+(?:[\w*{}\s,]+\s+from\s+)?["']([^"']+)["']/gm;
const DYNAMIC = /\bimport\(\s*["']([^"']+)["']\s*\)|new URL\(\s*["']([^"']+)["']\s*,\s*import\.meta\.url\s*\)/g;

/** The files the widget loads, relative to www/: {eager: [...], lazy: [...]}, in discovery order. */
export function widgetFiles(www = WWW) {
  const eager = new Set();
  const all = new Set();
  const visit = (file, isEager) => {
    const known = all.has(file);
    if (known && (!isEager || eager.has(file))) return;
    all.add(file);
    if (isEager) eager.add(file);
    if (!file.endsWith(".js")) return;
    const path = join(www, file);
    if (!existsSync(path)) throw new Error(`widget-size: www/${file} is missing (run scripts/build-wasm.sh for www/pkg)`);
    const source = readFileSync(path, "utf8");
    const resolve = (spec) => relative(www, join(dirname(path), spec));
    for (const m of source.matchAll(STATIC)) visit(resolve(m[1]), isEager);
    for (const m of source.matchAll(DYNAMIC)) visit(resolve(m[1] ?? m[2]), false);
  };
  visit(ENTRY, true);
  return { eager: [...eager], lazy: [...all].filter((f) => !eager.has(f)) };
}

const gz = (file, www) => gzipSync(readFileSync(join(www, file)), { level: 9 }).length;
const raw = (file, www) => readFileSync(join(www, file)).length;

/** Sizes in bytes: per file, and totals for the JS, the .wasm, at page load, and in all. */
export function widgetSize(www = WWW) {
  const { eager, lazy } = widgetFiles(www);
  const files = [...eager, ...lazy].map((file) => ({ file, raw: raw(file, www), gzip: gz(file, www), when: eager.includes(file) ? "page load" : "in view" }));
  const sum = (list) => list.reduce((n, f) => n + f.gzip, 0);
  const js = files.filter((f) => f.file.endsWith(".js"));
  const wasm = files.filter((f) => f.file.endsWith(".wasm"));
  return {
    files,
    js_gzip: sum(js),
    wasm_gzip: sum(wasm),
    page_load_gzip: sum(files.filter((f) => f.when === "page load")),
    total_gzip: sum(files),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const size = widgetSize();
  if (process.argv.includes("--json")) {
    console.log(JSON.stringify(size, null, 2));
  } else {
    console.log("widget: files it loads (gzip -9 bytes)");
    for (const f of size.files) console.log(`widget:   ${f.file.padEnd(28)} ${String(f.raw).padStart(8)} raw ${String(f.gzip).padStart(7)} gzip  (${f.when})`);
    console.log(`widget: ${size.files.length} files; JS ${size.js_gzip} + WebAssembly ${size.wasm_gzip} = ${size.total_gzip} bytes gzip; at page load only ${size.page_load_gzip}`);
  }
}
