// Getting articles in: the paste box (articles separated by a line with ---), the file
// picker, dropping files anywhere on the page, and the bundled example. Every path ends
// in add(articles, meta) with the articles read; unreadable files become notices.

import { readSourceFile, splitPasted } from "./sources.js";

/** Additions at least this large (bytes of text) are measured against the browser's storage first. */
const LARGE = 2 * 1024 * 1024;

/**
 * Wires the input controls in `ui`. `add(list)` receives `[{article, origin, file}]`;
 * `notify(lines, status)` shows refusals and a status line; `extract(html, onProgress)`
 * turns a saved web page into an article (sources.js); `estimate()` resolves to the
 * browser's storage `{usage, quota}` or null; `confirmExample()` resolves to "replace",
 * "add" or "cancel", and `setAsideOwn()` sets the user's own sources aside.
 * Returns {takePasted(), addExample({replace})}.
 */
export function wireInput(ui, { add, notify, loadExample, setBusy, extract, estimate, confirmExample, setAsideOwn }) {
  /** Moves the paste box's articles into sources; returns how many there were. */
  function takePasted() {
    const parts = splitPasted(ui.paste.value);
    if (parts.length === 0) return 0;
    add(parts.map((text) => ({ article: { text }, origin: "paste" })));
    ui.paste.value = "";
    return parts.length;
  }

  async function addFiles(fileList) {
    const files = Array.from(fileList ?? []);
    if (files.length === 0) return;
    setBusy(true);
    try {
      const warning = await storageWarning(files.reduce((n, f) => n + f.size, 0));
      let done = 0;
      const progress = (name, stage) => notify([], `Reading ${name}: ${stage} (${done} of ${files.length} files done)…`);
      const read = await Promise.all(
        files.map(async (f) => {
          const r = await readSourceFile(f, { extract, onProgress: (stage) => progress(f.name, stage) });
          done++;
          return r;
        }),
      );
      const refused = read.filter((r) => !r.ok).map((r) => `${r.name} was not added: ${r.reason}.`);
      const items = read.filter((r) => r.ok).flatMap((r) =>
        r.articles.map((article) => ({ article, origin: r.name.toLowerCase().endsWith(".json") ? "json" : "file", file: r.name })));
      if (items.length) add(items);
      const ok = read.length - refused.length;
      notify([...(warning && items.length ? [warning] : []), ...refused], `Added ${ok} of ${read.length} file${read.length === 1 ? "" : "s"}${items.length !== ok ? ` (${items.length} articles)` : ""}.`);
    } finally {
      setBusy(false);
    }
  }

  /** Before a large addition: how much the browser will still keep, when the addition may not fit. */
  async function storageWarning(bytes) {
    if (bytes < LARGE || !estimate) return null;
    const e = await estimate();
    if (!e?.quota) return null;
    const free = e.quota - e.usage;
    const mb = (n) => `${(n / 1048576).toFixed(1)} MB`;
    // Kept text costs about twice its file size (UTF-16 in IndexedDB), plus the previous copy while saving.
    if (bytes * 2 < free * 0.8) return null;
    return `Storage: this addition holds ${mb(bytes)} of text and this browser lets the page keep about ${mb(free)} more, so some may not be kept after a reload (they are analysed either way; the page says which were not kept).`;
  }

  ui.addPaste.addEventListener("click", async () => {
    const warning = await storageWarning(new Blob([ui.paste.value]).size);
    const n = takePasted();
    notify(warning && n ? [warning] : [], n ? `Added ${n} pasted article${n === 1 ? "" : "s"}.` : "The paste box is empty.");
  });
  ui.files.addEventListener("change", async () => {
    await addFiles(ui.files.files);
    ui.files.value = "";
  });

  // Files dropped anywhere on the page are added; nothing dropped ever navigates away.
  let depth = 0;
  const dragging = (on) => ui.drop.classList.toggle("dragging", on);
  document.addEventListener("dragenter", (e) => {
    if (!e.dataTransfer?.types?.includes("Files")) return;
    depth++;
    dragging(true);
  });
  document.addEventListener("dragleave", () => {
    depth = Math.max(0, depth - 1);
    if (depth === 0) dragging(false);
  });
  document.addEventListener("dragover", (e) => {
    e.preventDefault();
    if (e.dataTransfer) e.dataTransfer.dropEffect = "copy";
  });
  document.addEventListener("drop", (e) => {
    e.preventDefault();
    depth = 0;
    dragging(false);
    addFiles(e.dataTransfer?.files);
  });

  /**
   * Adds the bundled example's reports (replacing an earlier copy). `replace` (the
   * ?example URL) sets the user's own reports aside without asking; the button asks
   * first. Resolves to false when it failed or was cancelled.
   */
  async function addExample({ replace = false } = {}) {
    ui.example.disabled = true;
    try {
      const choice = replace ? "replace" : await confirmExample();
      if (choice === "cancel") return false;
      const docs = await loadExample();
      if (choice === "replace") setAsideOwn();
      add(docs.map((d) => ({ article: { text: d.text }, origin: "example", file: d.name })), { replaceOrigin: "example" });
      notify([], `Loaded ${docs.length} example reports${choice === "replace" ? "" : " beside yours"}.`);
      return true;
    } catch (err) {
      notify([`Could not load the example: ${err.message}.`], "");
      return false;
    } finally {
      ui.example.disabled = false;
    }
  }
  ui.example.addEventListener("click", () => addExample());

  return { takePasted, addExample };
}
