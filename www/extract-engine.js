// The served page's HTML extraction: a module Worker (extract-worker.js) started at the
// first saved web page and kept for the next ones. `extract(html, onProgress)` resolves
// to the article or rejects with the reason; a worker that dies takes its pending pages
// with it (each rejects) and the next page starts a new one.

/** `extract(html, onProgress)` backed by a worker at `url`. */
export function workerExtract(url) {
  let worker = null;
  let next = 0;
  const pending = new Map(); // id → {resolve, reject, onProgress}

  function start() {
    worker = new Worker(url, { type: "module" });
    worker.onmessage = ({ data }) => {
      const call = pending.get(data.id);
      if (!call) return;
      if (data.type === "progress") return call.onProgress?.(data.stage);
      pending.delete(data.id);
      if (data.type === "done") call.resolve(data.article);
      else call.reject(new Error(data.error));
      return undefined;
    };
    worker.onerror = (event) => {
      event.preventDefault();
      const error = new Error(event.message || "the page reader stopped");
      for (const call of pending.values()) call.reject(error);
      pending.clear();
      worker.terminate();
      worker = null;
    };
  }

  return (html, onProgress) =>
    new Promise((resolve, reject) => {
      if (!worker) start();
      const id = ++next;
      pending.set(id, { resolve, reject, onProgress });
      onProgress?.("waiting for the page reader");
      worker.postMessage({ id, html });
    });
}
