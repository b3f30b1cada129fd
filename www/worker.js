// Runs the analysis off the main thread. Messages:
//   out: {type: "ready", version} | {type: "init-error", error}
//   in:  {id, input}  →  out: {type: "result", id, ok: true, result} | {type: "result", id, ok: false, error, fatal}
// `fatal` means the WebAssembly instance trapped (a panic) and cannot be used again.

import init, { analyze, version } from "./pkg/storylens.js";

const ready = init().then(
  () => {
    postMessage({ type: "ready", version: version() });
    return true;
  },
  (err) => {
    postMessage({ type: "init-error", error: String(err?.message ?? err) });
    return false;
  },
);

self.onmessage = async ({ data: { id, input } }) => {
  if (!(await ready)) {
    postMessage({ type: "result", id, ok: false, error: "the analyser did not load", fatal: true });
    return;
  }
  try {
    postMessage({ type: "result", id, ok: true, result: analyze(input) });
  } catch (err) {
    // A trap is a panic in the core (its message went to the console through the panic
    // hook); the instance is unusable afterwards, so the page starts a new worker.
    const fatal = err instanceof WebAssembly.RuntimeError;
    const error = fatal
      ? `the analyser crashed on this input (${err.message}); this is a bug in storylens, the browser console has the details`
      : String(err?.message ?? err);
    postMessage({ type: "result", id, ok: false, error, fatal });
  }
};
