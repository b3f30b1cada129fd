// The in-page side of bench/browser.mjs: loads a corpus, runs one tool over it several
// times and reports times measured with performance.now() inside the page.
import init, { analyze, analyzeStages } from "../www/pkg/storylens.js";
import * as chrono from "./node_modules/chrono-node/dist/esm/index.js";

let wasm = null;
let corpus = null;
let nlp = null;
let wink = null;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// What each peer does to one document: the closest each has to storylens's stages.
const tools = {
  storylens: () => analyze(corpus),
  compromise: () => {
    for (const d of corpus.documents) {
      const doc = nlp(d.text);
      doc.people().out("array");
      doc.places().out("array");
      doc.organizations().out("array");
      doc.dates().get();
    }
  },
  "wink-nlp": () => {
    for (const d of corpus.documents) wink.readDoc(d.text).entities().out(wink.its.detail);
  },
  "chrono-node": () => {
    const ref = new Date(2025, 3, 10);
    for (const d of corpus.documents) chrono.parse(d.text, ref);
  },
};

window.bench = {
  /** fetch + compile + instantiate of the module, in ms. */
  async startup() {
    const t0 = performance.now();
    wasm = await init();
    return { ms: performance.now() - t0, memory: wasm.memory.buffer.byteLength };
  },
  async load(name) {
    corpus = await (await fetch(`out/corpora/${name}.json`)).json();
    const enc = new TextEncoder();
    return { documents: corpus.documents.length, bytes: corpus.documents.reduce((n, d) => n + enc.encode(d.text).length, 0) };
  },
  /** Runs `tool` once untimed, then `runs` times; ms per run, median, and memory after. */
  async run(tool, runs) {
    if (tool === "storylens" && !wasm) wasm = await init();
    if (tool === "compromise" && !nlp) { nlp = window.nlp; nlp.plugin(window.compromiseDates); }
    if (tool === "wink-nlp" && !wink) { const w = window.winkNLP(window.winkModel); wink = w; wink.its = w.its; }
    const f = tools[tool];
    f();
    const times = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      f();
      times.push(performance.now() - t0);
    }
    return { times, ms: median(times), wasmMemory: wasm && tool === "storylens" ? wasm.memory.buffer.byteLength : null };
  },
  /** Per-stage ms (medians): input conversion, the pipeline stages, JSON text, JSON.parse. */
  async stages(runs) {
    if (!wasm) wasm = await init();
    analyzeStages(corpus);
    const all = [];
    for (let i = 0; i < runs; i++) all.push(Array.from(analyzeStages(corpus)));
    return all[0].map((_, k) => median(all.map((r) => r[k])));
  },
};
document.getElementById("state").textContent = "ready";
