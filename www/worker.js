// Runs the analysis off the main thread. Messages:
//   out: {type: "ready", version} | {type: "init-error", error}
//   in:  {gen, part: [document]}  (documents sent ahead of the input, in order)
//        {gen, input}             (the input; its documents follow those of the parts)
//   out: {type: "progress", gen, stage, docs?, words?}      (stage: "queued" | "analysing")
//        {type: "part", gen, key, items}   (items to append to result[key], before the result)
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
const early = new Map(); // gen → documents that came in parts before its input

self.onmessage = async ({ data }) => {
  const { gen } = data;
  latest = Math.max(latest, gen);
  for (const g of early.keys()) if (g < latest) early.delete(g);
  if (data.part) {
    if (gen === latest) early.set(gen, [...(early.get(gen) ?? []), ...data.part]);
    return undefined;
  }
  let { input } = data;
  const before = early.get(gen);
  early.delete(gen);
  if (before) input = { ...input, documents: [...before, ...(input?.documents ?? [])] };
  postMessage({ type: "progress", gen, stage: "queued" });
  const ok = await ready;
  // Let every message already queued arrive first, so only the newest request runs.
  await new Promise((resolve) => setTimeout(resolve, 0));
  if (gen !== latest) return postMessage({ type: "superseded", gen });
  if (!ok) return postMessage({ type: "result", gen, ok: false, error: "the analyser did not load", fatal: true });
  const docs = input?.documents?.length ?? 0;
  const chars = (input?.documents ?? []).reduce((n, d) => n + (typeof d?.text === "string" ? d.text.length : 0), 0);
  postMessage({ type: "progress", gen, stage: "analysing", docs, chars });
  let result;
  try {
    result = analyze(input);
  } catch (err) {
    // A trap is a panic in the core (its message went to the console through the panic
    // hook); the instance is unusable afterwards, so the page starts a new worker.
    const fatal = err instanceof WebAssembly.RuntimeError;
    const error = fatal
      ? `the analyser crashed on this input (${err.message}); this is a bug in storylens, the browser console has the details`
      : String(err?.message ?? err);
    return postMessage({ type: "result", gen, ok: false, error, fatal });
  }
  return sendInParts(gen, result);
};

// A large analysis (tens of MB of objects for 5 MB of text) is sent in parts: the
// page deserialises each message in a task of its own, so no single main-thread task
// takes long (issue #8: none over 100 ms). A part holds items of one top-level array
// up to PART_WEIGHT (a rough size: string lengths, plus a constant per object); the
// last message carries the rest of the object, and the page appends the parts in order.
const PART_WEIGHT = 1 << 15;

function sendInParts(gen, result) {
  const rest = {};
  for (const [key, value] of Object.entries(result)) {
    if (!Array.isArray(value) || value.length < 2) {
      rest[key] = value;
      continue;
    }
    rest[key] = [];
    let start = 0;
    let w = 0;
    for (let i = 0; i < value.length; i++) {
      w += weight(value[i], 2);
      if (w >= PART_WEIGHT || i === value.length - 1) {
        postMessage({ type: "part", gen, key, items: value.slice(start, i + 1) });
        start = i + 1;
        w = 0;
      }
    }
  }
  postMessage({ type: "result", gen, ok: true, result: rest });
}

/** Rough cost of sending `v`: string lengths, 64 per object or array, `depth` levels down. */
function weight(v, depth) {
  if (typeof v === "string") return v.length;
  if (v === null || typeof v !== "object") return 8;
  let n = 64;
  if (depth === 0) return n * 4;
  for (const x of Array.isArray(v) ? v : Object.values(v)) n += weight(x, depth - 1);
  return n;
}
