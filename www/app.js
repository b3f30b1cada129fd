// Entry point of the served page: the analysis runs in a Web Worker (worker.js) and the
// example comes from example/. The offline single file (scripts/build-single.py) uses
// ui.js with a main-thread engine and embedded examples instead of this file.

import { start } from "./ui.js";

/**
 * An engine backed by a module worker: `ready` resolves with the version, `analyze`
 * posts the input and resolves with the analysis. If the WebAssembly instance traps,
 * the worker is replaced so the next analysis starts clean.
 */
function workerEngine(url) {
  let worker;
  let nextId = 1;
  const pending = new Map();
  let markReady;
  let markFailed;
  const ready = new Promise((resolve, reject) => {
    markReady = resolve;
    markFailed = reject;
  });

  const failAll = (error) => {
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };

  function spawn() {
    worker = new Worker(url, { type: "module" });
    worker.onmessage = ({ data }) => {
      if (data.type === "ready") return markReady(data.version);
      if (data.type === "init-error") return markFailed(new Error(data.error));
      const call = pending.get(data.id);
      if (!call) return;
      pending.delete(data.id);
      if (data.ok) call.resolve(data.result);
      else call.reject(new Error(data.error));
      if (data.fatal) {
        worker.terminate();
        spawn();
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      const error = new Error(event.message || "the analysis worker could not start");
      markFailed(error);
      failAll(error);
    };
  }
  spawn();

  return {
    ready,
    analyze(input) {
      return new Promise((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, input });
      });
    },
  };
}

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

start({ engine: workerEngine(new URL("./worker.js", import.meta.url)), loadExample });
