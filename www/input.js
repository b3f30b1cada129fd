// Getting articles in: the paste box (articles separated by a line with ---), the file
// picker, dropping files anywhere on the page, and the bundled example. Every path ends
// in add(articles, meta) with the articles read; unreadable files become notices.

import { readSourceFile, splitPasted } from "./sources.js";

/**
 * Wires the input controls in `ui`. `add(list)` receives `[{article, origin, file}]`;
 * `notify(lines, status)` shows refusals and a status line. Returns {takePasted(), addExample()}.
 */
export function wireInput(ui, { add, notify, loadExample, setBusy }) {
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
      const read = await Promise.all(files.map(readSourceFile));
      const refused = read.filter((r) => !r.ok).map((r) => `${r.name} was not added: ${r.reason}.`);
      const items = read.filter((r) => r.ok).flatMap((r) =>
        r.articles.map((article) => ({ article, origin: r.name.toLowerCase().endsWith(".json") ? "json" : "file", file: r.name })));
      if (items.length) add(items);
      const ok = read.length - refused.length;
      notify(refused, `Added ${ok} of ${read.length} file${read.length === 1 ? "" : "s"}${items.length !== ok ? ` (${items.length} articles)` : ""}.`);
    } finally {
      setBusy(false);
    }
  }

  ui.addPaste.addEventListener("click", () => {
    const n = takePasted();
    notify([], n ? `Added ${n} pasted article${n === 1 ? "" : "s"}.` : "The paste box is empty.");
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

  /** Adds the bundled example's reports (replacing an earlier copy); false when it failed. */
  async function addExample() {
    ui.example.disabled = true;
    try {
      const docs = await loadExample();
      add(docs.map((d) => ({ article: { text: d.text }, origin: "example", file: d.name })), { replaceOrigin: "example" });
      notify([], `Loaded ${docs.length} example reports.`);
      return true;
    } catch (err) {
      notify([`Could not load the example: ${err.message}.`], "");
      return false;
    } finally {
      ui.example.disabled = false;
    }
  }
  ui.example.addEventListener("click", addExample);

  return { takePasted, addExample };
}
