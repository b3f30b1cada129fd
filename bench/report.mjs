// Joins the native (bench/out/native.json), browser (bench/out/browser.json) and size
// figures into bench/out/results.json and prints the tables as Markdown.
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import os from "node:os";
import { fileURLToPath } from "node:url";
import { downloadSizes } from "../scripts/sizes.mjs";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const read = (p) => JSON.parse(readFileSync(`${ROOT}${p}`, "utf8"));
const index = read("bench/out/corpora/index.json");
const native = existsSync(`${ROOT}bench/out/native.json`) ? read("bench/out/native.json") : {};
const browser = existsSync(`${ROOT}bench/out/browser.json`) ? read("bench/out/browser.json") : null;
const STAGES = ["documents", "text", "language", "entities", "time", "events", "claims", "contradictions", "overlaps", "report"];

// Sizes: gzip -9 of each file as served (scripts/sizes.mjs).
const sizes = downloadSizes();

const cpu = (readFileSync("/proc/cpuinfo", "utf8").match(/model name\s*:\s*(.*)/) ?? [])[1] ?? os.cpus()[0]?.model;
const machine = { cpu, cores: os.cpus().length, memory_gib: Math.round(os.totalmem() / 2 ** 30), os: `${os.type()} ${os.release()}`, node: process.version, browser: browser?.browser ?? null, loadavg_at_report: os.loadavg().map((x) => +x.toFixed(2)) };

const mbps = (bytes, ms) => bytes / 1e6 / (ms / 1e3);
const f = (x, d = 2) => (x == null || !isFinite(x) ? "–" : x.toFixed(d));
const lines = [];
const say = (s = "") => lines.push(s);

say(`Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memory_gib} GiB; ${machine.os}; ${machine.browser ?? "no browser run"}; node ${machine.node}.`);
say(`Load average when the report was written: ${machine.loadavg_at_report.join(" / ")} (figures are medians; the machine was ${machine.loadavg_at_report[0] > machine.cores ? "busy: treat absolute times as pessimistic" : "quiet"}).`);
say();
say("Throughput (MB/s of UTF-8 text, full pipeline; peers do a fraction of it), and ratio to storylens WASM in the same browser:");
say();
say("| corpus | docs | MB | storylens native | storylens WASM | compromise (+dates) | wink-nlp (web model) | chrono-node (dates only) |");
say("|---|---|---|---|---|---|---|---|");
for (const name of ["example", "ecb-1mb", "ecb-5mb"].filter((n) => n in index)) {
  const c = index[name];
  const nat = native[name];
  const b = browser?.corpora?.[name];
  const sl = b?.tools?.storylens?.mb_per_s;
  const peer = (t) => {
    const p = b?.tools?.[t];
    return p ? `${f(p.mb_per_s)} (${f(p.mb_per_s / sl, 3)}×)` : "–";
  };
  say(`| ${name} | ${c.documents} | ${f(c.bytes / 1e6, 3)} | ${nat ? f(mbps(nat.bytes, nat.total_ms)) : "–"} | ${f(sl)} | ${peer("compromise")} | ${peer("wink-nlp")} | ${peer("chrono-node")} |`);
}
say();
say("Time for the bundled example (ms): " + `native ${f(native.example?.total_ms)}, WASM ${f(browser?.corpora?.example?.tools?.storylens?.ms)}; ` + `WASM start-up (fetch + compile + instantiate, new context each time) ${f(browser?.startup?.ms, 1)} ms.`);
say();
say("Per stage (MB/s over the same text; native `storylens bench`, WASM `analyzeStages` in Chromium):");
say();
const stageCorpus = ["ecb-1mb", "example"].find((n) => native[n] || browser?.corpora?.[n]?.stages);
if (stageCorpus) {
  const nat = native[stageCorpus];
  const ws = browser?.corpora?.[stageCorpus]?.stages;
  const bytes = index[stageCorpus].bytes;
  say(`| stage (${stageCorpus}) | native ms | native MB/s | WASM ms | WASM MB/s |`);
  say("|---|---|---|---|---|");
  if (ws) say(`| input to Rust (js-sys, property by property) | – | – | ${f(ws[0], 1)} | ${f(mbps(bytes, ws[0]))} |`);
  STAGES.forEach((s, k) => {
    const n = nat?.stages?.find((x) => x.stage === s)?.ms;
    const w = ws?.[k + 1];
    say(`| ${s} | ${f(n, 1)} | ${f(mbps(bytes, n))} | ${f(w, 1)} | ${f(mbps(bytes, w))} |`);
  });
  if (nat) say(`| output: JSON text (serde_json) | ${f(nat.serialize_ms, 1)} | ${f(mbps(bytes, nat.serialize_ms))} | – | – |`);
  if (ws) say(`| output: JSON text (src/json.rs) | – | – | ${f(ws[STAGES.length + 1], 1)} | ${f(mbps(bytes, ws[STAGES.length + 1]))} |`);
  if (ws) say(`| output to JS objects (JSON.parse) | – | – | ${f(ws[STAGES.length + 2], 1)} | ${f(mbps(bytes, ws[STAGES.length + 2]))} |`);
}
say();
say("Scaling (ECB+ articles sampled at random; 5,000 repeats articles):");
say();
say("| docs | MB | native ms | native ms/MB | native peak RSS MiB | WASM ms | WASM ms/MB | WASM memory MiB |");
say("|---|---|---|---|---|---|---|---|");
for (const name of Object.keys(index).filter((n) => n.startsWith("scale-"))) {
  const c = index[name];
  const nat = native[name];
  const w = browser?.scaling?.[name];
  const mb = c.bytes / 1e6;
  say(`| ${c.documents} | ${f(mb, 3)} | ${f(nat?.total_ms, 1)} | ${f(nat ? nat.total_ms / mb : null, 1)} | ${f(nat?.peak_rss_kb != null ? nat.peak_rss_kb / 1024 : null, 1)} | ${f(w?.ms, 1)} | ${f(w ? w.ms / mb : null, 1)} | ${f(w?.wasm_memory != null ? w.wasm_memory / 2 ** 20 : null, 1)} |`);
}
say();
say("Peak memory on the corpora: " + ["example", "ecb-1mb", "ecb-5mb"].filter((n) => n in index).map((n) => `${n} native ${f(native[n]?.peak_rss_kb / 1024, 1)} MiB RSS, WASM ${f(browser?.corpora?.[n]?.tools?.storylens?.wasm_memory / 2 ** 20, 1)} MiB linear memory`).join("; ") + ".");
say();
say("Download size (gzip -9 bytes, after `wasm-opt -Oz`):");
say();
say("| part | files | raw | gzip |");
say("|---|---|---|---|");
const row = (k, label) => {
  const g = sizes[k];
  say(`| ${label} | ${g.files.length || "none"} | ${g.raw} | ${g.gzip} |`);
};
for (const [k, label] of [["wasm", "WebAssembly module"], ["glue", "wasm-bindgen JS glue"], ["page_js", "page's own JS + HTML (incl. service worker)"], ["page_css", "page's CSS"]]) row(k, label);
say(`| **total: module + page's own code** | | | **${sizes.total_gzip}** (budget ${sizes.budget_gzip}) |`);
row("vendor", "HTML input, at the first .html file (extraction worker, linkedom, Readability)");
row("widget", "widget's JS (shared modules and glue included)");
say(`| **widget total (its JS + module)** | | | **${sizes.widget_total_gzip}** |`);

const results = { machine, corpora: index, native, browser, sizes, stages: STAGES, written: new Date().toISOString() };
writeFileSync(`${ROOT}bench/out/results.json`, JSON.stringify(results, null, 2));
writeFileSync(`${ROOT}bench/out/table.md`, lines.join("\n") + "\n");
console.log(lines.join("\n"));
