// Keeps the user's sources in the browser (IndexedDB) until they press Clear, and never
// loses one silently:
//   * each source is its own record; a save writes all its changes in one transaction, and
//     when storage refuses that, one record at a time, so the others are still kept and
//     save() names the ones that were not;
//   * a save writes only what changed (new, edited, moved or removed sources), so two
//     tabs adding sources at once both keep theirs; the other tabs hear of every change
//     (BroadcastChannel) and load the merged list;
//   * the order and the set-aside list are one small record beside them.
// Where IndexedDB is missing or refuses to open (some browsers on file://, private
// modes), `available` is false and every call is a harmless no-op.

const DB = "storylens";
const OLD = "state"; // version 1: the whole list under one key ("sources")
const DOCS = "docs"; // version 2: id → {list: "sources" | "aside", source}
const META = "meta"; // version 2: "order" → {sources: [id], aside: [id]}
const CHANNEL = "storylens-sources";

const request = (req) =>
  new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error("IndexedDB request failed"));
  });
const done = (tx) =>
  new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = tx.onabort = () => reject(tx.error ?? new Error("IndexedDB transaction failed"));
  });

/** Text copied into IndexedDB per task: a put copies its record synchronously (about 8 ms a
 *  megabyte), so a hundred reports of 50 KB are written in several short tasks (issue #8). */
const SLICE_CHARS = 1 << 20;

/**
 * Puts `puts` ([{id, list, s}]) into `store`, about SLICE_CHARS of text per task: the next
 * slice is put when the last request of the one before succeeds, while its transaction is
 * still active, so the whole save stays one transaction (all or nothing).
 */
function putInSlices(store, puts) {
  let i = 0;
  const next = () => {
    let chars = 0;
    let last = null;
    while (i < puts.length && (last === null || chars < SLICE_CHARS)) {
      const p = puts[i++];
      chars += p.s.text.length;
      last = store.put({ list: p.list, source: p.s }, p.id);
    }
    if (last && i < puts.length) last.addEventListener("success", next);
  };
  next();
}

/** What a refusal means to the user. */
const reason = (err) =>
  err?.name === "QuotaExceededError" ? "the browser's storage for this page is full" : (err?.message ?? String(err));

/** Everything about a source that a save must notice, without its (unchanging) text. */
const fingerprint = (list, s) => JSON.stringify([list, { ...s, text: s.text.length }]);

/**
 * Resolves to `{available, reason?, load(), save(sources, aside), clear(), estimate(),
 * onChange(f)}`; never rejects. `load()` → `{sources, aside}`; `save()` →
 * `{ok: true}` or `{ok: false, lost: [id], error}`; `onChange(f)` calls `f({sources,
 * aside})` when another tab changed what is kept.
 */
export async function openStore() {
  let db;
  try {
    if (typeof indexedDB === "undefined") throw new Error("this browser offers no IndexedDB here");
    const open = indexedDB.open(DB, 2);
    open.onupgradeneeded = () => {
      const names = open.result.objectStoreNames;
      if (!names.contains(OLD)) open.result.createObjectStore(OLD);
      if (!names.contains(DOCS)) open.result.createObjectStore(DOCS);
      if (!names.contains(META)) open.result.createObjectStore(META);
    };
    db = await Promise.race([
      request(open),
      new Promise((_, reject) => setTimeout(() => reject(new Error("IndexedDB did not open")), 3000)),
    ]);
  } catch (err) {
    const none = async () => null;
    return { available: false, reason: err?.message ?? String(err), load: none, save: async () => ({ ok: true }), clear: none, estimate: none, onChange() {} };
  }

  const known = new Map(); // id → fingerprint of what is stored
  const channel = typeof BroadcastChannel === "function" ? new BroadcastChannel(CHANNEL) : null;
  const tell = () => channel?.postMessage({ type: "changed" });

  async function load() {
    const tx = db.transaction([DOCS, META, OLD], "readonly");
    const [keys, values, order, old] = await Promise.all([
      request(tx.objectStore(DOCS).getAllKeys()),
      request(tx.objectStore(DOCS).getAll()),
      request(tx.objectStore(META).get("order")),
      request(tx.objectStore(OLD).get("sources")),
    ]);
    known.clear();
    if (keys.length === 0 && Array.isArray(old)) return { sources: old, aside: [] }; // kept by version 1; written anew on the next save
    const byId = new Map(keys.map((k, i) => [k, values[i]]));
    const out = { sources: [], aside: [] };
    const place = (id, list) => {
      const v = byId.get(id);
      if (!v || v.list !== list) return;
      out[list].push(v.source);
      byId.delete(id);
      known.set(id, fingerprint(list, v.source));
    };
    for (const list of ["sources", "aside"]) for (const id of order?.[list] ?? []) place(id, list);
    for (const [id, v] of byId) place(id, v.list === "aside" ? "aside" : "sources"); // added by another tab since the order was written
    return out;
  }

  // Saves are chained so an older list never overwrites a newer one.
  let last = Promise.resolve();
  const queue = (f) => (last = last.then(f, f));

  async function write(sources, aside) {
    const wanted = new Map();
    for (const s of sources) wanted.set(s.id, ["sources", s]);
    for (const s of aside) wanted.set(s.id, ["aside", s]);
    const gone = [...known.keys()].filter((id) => !wanted.has(id));
    const puts = [...wanted].map(([id, [list, s]]) => ({ id, list, s, print: fingerprint(list, s) })).filter((p) => known.get(p.id) !== p.print);
    const order = { sources: sources.map((s) => s.id), aside: aside.map((s) => s.id) };
    if (gone.length === 0 && puts.length === 0) return { ok: true };

    // Everything in one transaction (quick, and all or nothing) …
    try {
      const tx = db.transaction([DOCS, META, OLD], "readwrite");
      for (const id of gone) tx.objectStore(DOCS).delete(id);
      putInSlices(tx.objectStore(DOCS), puts);
      tx.objectStore(META).put(order, "order");
      tx.objectStore(OLD).delete("sources");
      await done(tx);
      for (const id of gone) known.delete(id);
      for (const p of puts) known.set(p.id, p.print);
      tell();
      return { ok: true };
    } catch {
      // … and when that is refused (a full storage), one record at a time, to keep all that fit.
    }
    const lost = [];
    let error = "";
    for (const id of gone) {
      const tx = db.transaction(DOCS, "readwrite");
      tx.objectStore(DOCS).delete(id);
      await done(tx).catch(() => {});
      known.delete(id);
    }
    for (const p of puts) {
      try {
        const tx = db.transaction(DOCS, "readwrite");
        tx.objectStore(DOCS).put({ list: p.list, source: p.s }, p.id);
        await done(tx);
        known.set(p.id, p.print);
      } catch (err) {
        lost.push(p.id);
        error ||= reason(err);
      }
    }
    try {
      const tx = db.transaction([META, OLD], "readwrite");
      tx.objectStore(META).put(order, "order");
      tx.objectStore(OLD).delete("sources");
      await done(tx);
    } catch (err) {
      error ||= reason(err);
    }
    tell();
    return lost.length || error ? { ok: false, lost, error } : { ok: true };
  }

  const listeners = [];
  if (channel) {
    channel.onmessage = () => queue(async () => {
      const kept = await load().catch(() => null);
      if (kept) for (const f of listeners) f(kept);
    });
  }

  return {
    available: true,
    load: () => queue(() => load().catch(() => ({ sources: [], aside: [] }))),
    save: (sources, aside = []) => queue(() => write(sources, aside).catch((err) => ({ ok: false, lost: [], error: reason(err) }))),
    clear: () =>
      queue(async () => {
        const tx = db.transaction([DOCS, META, OLD], "readwrite");
        for (const name of [DOCS, META, OLD]) tx.objectStore(name).clear();
        await done(tx).catch(() => {});
        known.clear();
        tell();
      }),
    estimate: async () => (navigator.storage?.estimate ? navigator.storage.estimate().catch(() => null) : null),
    onChange: (f) => listeners.push(f),
  };
}
