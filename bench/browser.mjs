// Runs storylens (WebAssembly) and the peers in headless Chromium (Debian's, through
// playwright-core) on the benchmark corpora; every figure is timed inside the page.
// Usage: node bench/browser.mjs OUT.json   (env BENCH_RUNS, default 5; peers run 3 times)
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const out = process.argv[2] ?? `${ROOT}bench/out/browser.json`;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PEER_RUNS = Math.min(RUNS, 3);
const index = JSON.parse(readFileSync(`${ROOT}bench/out/corpora/index.json`, "utf8"));
const only = (process.env.BENCH_CORPORA ?? "").split(",").filter(Boolean);
const have = (name) => name in index && (only.length === 0 || only.includes(name));
const log = (...a) => console.error("browser:", ...a);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function serve() {
  return new Promise((resolve, reject) => {
    const server = spawn("python3", ["-u", "-m", "http.server", "0", "--bind", "127.0.0.1", "--directory", ROOT], { stdio: ["ignore", "pipe", "pipe"] });
    let text = "";
    server.on("error", reject);
    server.stderr.on("data", () => {});
    server.stdout.on("data", (c) => {
      text += c;
      const m = /port (\d+)/.exec(text);
      if (m) resolve({ origin: `http://127.0.0.1:${m[1]}`, close: () => server.kill() });
    });
  });
}

const chromiumPath = /^chromium\s*=\s*"([^"]+)"/m.exec(readFileSync(`${ROOT}wasm-pack.toml`, "utf8"))?.[1] ?? "/usr/bin/chromium";
const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const server = await serve();
const version = browser.version();

async function fresh() {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.on("pageerror", (e) => log("pageerror", e.message));
  await page.goto(`${server.origin}/bench/page.html`);
  await page.waitForFunction(() => window.bench);
  return { page, close: () => context.close() };
}

const result = { browser: `Chromium ${version}`, runs: RUNS, peer_runs: PEER_RUNS, startup: null, corpora: {}, scaling: {} };
try {
  // Start-up: fetch + compile + instantiate, each in a new browser context (no cache).
  const starts = [];
  for (let i = 0; i < RUNS; i++) {
    const { page, close } = await fresh();
    starts.push(await page.evaluate(() => window.bench.startup()));
    await close();
  }
  result.startup = { ms: median(starts.map((s) => s.ms)), samples: starts.map((s) => s.ms), initial_memory: starts[0].memory };
  log(`start-up ${result.startup.ms.toFixed(1)} ms`);

  const corpora = ["example", "ecb-1mb", "ecb-5mb"].filter(have);
  for (const name of corpora) {
    const entry = (result.corpora[name] = { tools: {} });
    // compromise runs near 0.1 MB/s: 5 MB would take minutes per run, so it skips that one.
    const peers = name === "ecb-5mb" ? ["wink-nlp", "chrono-node"] : ["compromise", "wink-nlp", "chrono-node"];
    for (const tool of ["storylens", ...peers]) {
      const { page, close } = await fresh();
      const info = await page.evaluate((n) => window.bench.load(n), name);
      Object.assign(entry, info);
      const runs = tool === "storylens" ? RUNS : PEER_RUNS;
      const r = await page.evaluate(([t, k]) => window.bench.run(t, k), [tool, runs]);
      entry.tools[tool] = { ms: r.ms, times: r.times, mb_per_s: info.bytes / 1e6 / (r.ms / 1e3), wasm_memory: r.wasmMemory };
      if (tool === "storylens") entry.stages = await page.evaluate((k) => window.bench.stages(k), RUNS);
      log(`${name} ${tool}: ${r.ms.toFixed(1)} ms, ${(info.bytes / 1e6 / (r.ms / 1e3)).toFixed(2)} MB/s`);
      await close();
    }
  }
  for (const name of Object.keys(index).filter((n) => n.startsWith("scale-")).filter(have)) {
    const { page, close } = await fresh();
    const info = await page.evaluate((n) => window.bench.load(n), name);
    const runs = info.bytes > 5e6 ? Math.min(RUNS, 3) : RUNS;
    const r = await page.evaluate(([t, k]) => window.bench.run(t, k), ["storylens", runs]);
    result.scaling[name] = { ...info, ms: r.ms, times: r.times, wasm_memory: r.wasmMemory };
    log(`${name}: ${r.ms.toFixed(1)} ms, memory ${(r.wasmMemory / 2 ** 20).toFixed(1)} MiB`);
    await close();
  }
} finally {
  await browser.close();
  server.close();
}
writeFileSync(out, JSON.stringify(result, null, 2));
log(`wrote ${out}`);
