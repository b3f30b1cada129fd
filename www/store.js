// Keeps the user's sources in the browser (IndexedDB) until they press Clear.
// Where IndexedDB is missing or refuses to open (some browsers on file://, private
// modes), `available` is false and every call is a harmless no-op.

const DB = "storylens";
const STORE = "state";
const KEY = "sources";

const request = (req) =>
  new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error("IndexedDB request failed"));
  });

/** Resolves to `{available, reason?, load(), save(list), clear()}`; never rejects. */
export async function openStore() {
  let db;
  try {
    if (typeof indexedDB === "undefined") throw new Error("this browser offers no IndexedDB here");
    const open = indexedDB.open(DB, 1);
    open.onupgradeneeded = () => open.result.createObjectStore(STORE);
    db = await Promise.race([
      request(open),
      new Promise((_, reject) => setTimeout(() => reject(new Error("IndexedDB did not open")), 3000)),
    ]);
  } catch (err) {
    const none = async () => null;
    return { available: false, reason: err?.message ?? String(err), load: none, save: none, clear: none };
  }
  const tx = (mode) => db.transaction(STORE, mode).objectStore(STORE);
  // Saves are chained so an older list never overwrites a newer one.
  let last = Promise.resolve();
  const queue = (f) => (last = last.then(f, f));
  return {
    available: true,
    load: () => request(tx("readonly").get(KEY)).then((v) => (Array.isArray(v) ? v : null), () => null),
    save: (list) => queue(() => request(tx("readwrite").put(list, KEY)).catch(() => null)),
    clear: () => queue(() => request(tx("readwrite").delete(KEY)).catch(() => null)),
  };
}
