// Entry point of the served page: the analysis runs in a Web Worker (worker.js), saved
// web pages are read in another (extract-worker.js, started at the first one), the
// example comes from example/, and a service worker (sw.js) keeps the page working
// offline. The offline single file (scripts/build-single.py) uses ui.js with a
// main-thread engine and embedded examples instead of this file.

import { workerExtract } from "./extract-engine.js";
import { start } from "./ui.js";
import { workerEngine } from "./worker-engine.js";

/** The bundled example: example/manifest.json lists the report files beside it. */
async function loadExample() {
  const base = new URL("./example/", import.meta.url);
  const get = async (name) => {
    const response = await fetch(new URL(name, base));
    if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
    return response;
  };
  const manifest = await (await get("manifest.json")).json();
  return Promise.all(manifest.documents.map(async ({ file }) => ({ name: file, text: await (await get(file)).text() })));
}

if ("serviceWorker" in navigator && location.protocol.startsWith("http")) {
  navigator.serviceWorker.register(new URL("./sw.js", import.meta.url)).catch((err) => console.warn("storylens: no offline cache:", err.message));
}

start({
  engine: workerEngine(new URL("./worker.js", import.meta.url)),
  extract: workerExtract(new URL("./extract-worker.js", import.meta.url)),
  loadExample,
});
