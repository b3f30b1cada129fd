// The analysis engine of the served page: a module Worker (worker.js) running the WASM.
//
//   ready                       Promise<string>: the analyser version
//   analyze(input, onProgress)  Promise<Analysis>; onProgress({stage, docs, chars}); an error
//                               with `fatal: true` means the WebAssembly trapped on this input
//   cancel()                    stops the current run
//   terminate()                 stops the worker for good (the widget, after its one run)
//
// A newer analyze() supersedes the older one (generation counter): the older promise
// rejects with an AbortError, and if its WebAssembly call has already started, the
// worker is terminated and a fresh one started, so the newer run never waits for it.

/** Text per message when an input is posted to the worker in parts. */
const PART_CHARS = 1 << 19;

const abortError = () => Object.assign(new Error("superseded by a newer analysis"), { name: "AbortError" });

export function workerEngine(url) {
  let worker;
  let gen = 0;
  let current = null; // {gen, resolve, reject, onProgress, running}
  let markReady;
  let markFailed;
  const ready = new Promise((resolve, reject) => {
    markReady = resolve;
    markFailed = reject;
  });

  function spawn() {
    worker = new Worker(url, { type: "module" });
    worker.onmessage = ({ data }) => {
      if (data.type === "ready") return markReady(data.version);
      if (data.type === "init-error") return markFailed(new Error(data.error));
      if (!current || data.gen !== current.gen) return; // an older generation
      const call = current;
      if (data.type === "progress") {
        call.running = data.stage === "analysing";
        return call.onProgress?.(data);
      }
      if (data.type === "part") {
        // A large result arrives in parts, one message (one short task) each.
        const list = (call.parts[data.key] ??= []);
        for (const item of data.items) list.push(item);
        return undefined;
      }
      current = null;
      if (data.type === "superseded") return call.reject(abortError());
      if (data.ok) call.resolve(Object.assign(data.result, call.parts));
      else call.reject(Object.assign(new Error(data.error), { fatal: Boolean(data.fatal) }));
      if (data.fatal) restart();
    };
    worker.onerror = (event) => {
      event.preventDefault();
      const error = new Error(event.message || "the analysis worker could not start");
      markFailed(error);
      if (current) current.reject(error);
      current = null;
    };
  }

  /**
   * Posts `input` for `call`: documents of about PART_CHARS of text per message, each in a
   * task of its own (postMessage copies its data at once: 5 MB of reports in one message
   * would hold the page for a long task, issue #8), then the input with the rest. Stops
   * when a newer call took over.
   */
  function sendInParts(call, input) {
    const docs = Array.isArray(input?.documents) ? input.documents : [];
    let i = 0;
    const next = () => {
      if (current !== call) return;
      let chars = 0;
      const start = i;
      while (i < docs.length && chars < PART_CHARS) chars += typeof docs[i++]?.text === "string" ? docs[i - 1].text.length : 0;
      if (i >= docs.length) {
        worker.postMessage({ gen: call.gen, input: start === 0 ? input : { ...input, documents: docs.slice(start) } });
        return;
      }
      worker.postMessage({ gen: call.gen, part: docs.slice(start, i) });
      setTimeout(next, 0);
    };
    next();
  }

  function restart() {
    worker.terminate();
    spawn();
  }

  /** Rejects the current run; terminates the worker if the WASM call is under way. */
  function cancel() {
    if (!current) return;
    const call = current;
    current = null;
    if (call.running) restart();
    call.reject(abortError());
  }

  spawn();
  return {
    ready,
    cancel,
    terminate() {
      cancel();
      worker.terminate();
    },
    analyze(input, onProgress) {
      cancel();
      return new Promise((resolve, reject) => {
        const call = { gen: ++gen, resolve, reject, onProgress, running: false, parts: {} };
        current = call;
        sendInParts(call, input);
      });
    },
  };
}
