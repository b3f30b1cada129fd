// Runs the WebAssembly module's analyze() in node on one corpus, for instruction counts
// under valgrind: a repeatable way to compare two builds of the module when the
// browser's timings are too noisy (±30% for times on a shared machine). With
// --no-liftoff (every function compiled by the optimising tier at once) and
// --single-threaded (no background compilation), two runs of one build differed by 0.05%.
//
// Usage (after scripts/build-wasm.sh and scripts/bench.sh have made www/pkg and the corpora):
//   valgrind --tool=callgrind --callgrind-out-file=/tmp/cg.a \
//     node --no-liftoff --single-threaded bench/instructions.mjs [PKG] [CORPUS] [RUNS]
// PKG (a directory like www/pkg, relative to the repository root or absolute) defaults to
// www/pkg, CORPUS to ecb-1mb, RUNS to 3. Compare the "Collected" totals of two builds. They
// include node's start-up and the module's compilation, which grows with the module: for
// the cost of the runs alone, subtract the total with RUNS=1 from the total with RUNS=3.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = new URL("..", import.meta.url);
const [pkg = "www/pkg", name = "ecb-1mb", runs = "3"] = process.argv.slice(2);
const dir = resolve(fileURLToPath(root), pkg);
const m = await import(pathToFileURL(`${dir}/storylens.js`).href);
await m.default({ module_or_path: readFileSync(`${dir}/storylens_bg.wasm`) });
const corpus = JSON.parse(readFileSync(new URL(`bench/out/corpora/${name}.json`, root), "utf8"));
for (let i = 0; i < Number(runs); i++) {
  const t0 = performance.now();
  m.analyze(corpus);
  console.log(`run ${i + 1}: ${(performance.now() - t0).toFixed(0)} ms`);
}
