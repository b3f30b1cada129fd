// Runs the analysis off the main thread. Messages:
//   out: {type: "ready", version} | {type: "init-error", error}
//   in:  {gen, input}
//   out: {type: "progress", gen, stage, docs?, words?}      (stage: "queued" | "analysing")
//        {type: "result", gen, ok: true, result} | {type: "result", gen, ok: false, error, fatal}
//        {type: "superseded", gen}
// `gen` is the page's generation counter: a request is skipped when a newer one arrived
// while it waited (the WebAssembly call itself is synchronous and cannot be interrupted;
// the page terminates this worker to stop a run that has started).
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

let latest = 0;

self.onmessage = async ({ data: { gen, input } }) => {
  latest = Math.max(latest, gen);
  postMessage({ type: "progress", gen, stage: "queued" });
  const ok = await ready;
  // Let every message already queued arrive first, so only the newest request runs.
  await new Promise((resolve) => setTimeout(resolve, 0));
  if (gen !== latest) return postMessage({ type: "superseded", gen });
  if (!ok) return postMessage({ type: "result", gen, ok: false, error: "the analyser did not load", fatal: true });
  const docs = input?.documents?.length ?? 0;
  const chars = (input?.documents ?? []).reduce((n, d) => n + (typeof d?.text === "string" ? d.text.length : 0), 0);
  postMessage({ type: "progress", gen, stage: "analysing", docs, chars });
  try {
    postMessage({ type: "result", gen, ok: true, result: analyze(input) });
  } catch (err) {
    // A trap is a panic in the core (its message went to the console through the panic
    // hook); the instance is unusable afterwards, so the page starts a new worker.
    const fatal = err instanceof WebAssembly.RuntimeError;
    const error = fatal
      ? `the analyser crashed on this input (${err.message}); this is a bug in storylens, the browser console has the details`
      : String(err?.message ?? err);
    postMessage({ type: "result", gen, ok: false, error, fatal });
  }
};
