// Remembers, synchronously, that an analysis is under way, so that a page that dies
// during one (a tab crash, an out-of-memory kill, a reload) knows it on the next load
// and opens in safe mode instead of analysing the same reports again. sessionStorage:
// written at once, kept when the same tab is reloaded (also after a crash), and private
// to that tab, so another tab's analysis under way never looks like a crash. Where it
// is unavailable every call does nothing.

const KEY = "storylens-running";

/** `{begin(ids), end(), unfinished()}`: `unfinished()` is the ids of a run that never ended, else null. */
export function runGuard() {
  const get = () => {
    try {
      const v = JSON.parse(sessionStorage.getItem(KEY) ?? "null");
      return Array.isArray(v?.ids) ? v.ids : null;
    } catch {
      return null;
    }
  };
  const set = (v) => {
    try {
      if (v) sessionStorage.setItem(KEY, JSON.stringify(v));
      else sessionStorage.removeItem(KEY);
    } catch {
      // not available here (some browsers on file://): no safe mode, nothing else changes
    }
  };
  const found = get();
  return {
    begin: (ids) => set({ ids, at: Date.now() }),
    end: () => set(null),
    unfinished: () => found,
  };
}
