// The page controller: sources (cards, persistence), analysis runs and results.
// It knows nothing about WebAssembly: it gets an `engine` with
//   ready: Promise<string>                     the analyser version
//   analyze(input, onProgress): Promise<Analysis>  (an AbortError when superseded)
//   cancel()
// and a `loadExample()` that resolves to [{name, text}].

import { renderCards } from "./cards.js";
import { debounce, download, h, plural, shortTitle } from "./dom.js";
import { analysisJson, entitiesCsv, flagsMarkdown, timelineCsv } from "./exports.js";
import { wireInput } from "./input.js";
import { htmlReport } from "./report.js";
import { createResults } from "./results.js";
import { makeSource } from "./sources.js";
import { openStore } from "./store.js";
import { wireTheme } from "./theme.js";

/** Wires the page to `engine`. No side effects before this call. */
export async function start({ engine, loadExample }) {
  const $ = (id) => document.getElementById(id);
  const ui = {
    paste: $("paste"), addPaste: $("add-paste"), files: $("files"), drop: $("drop-zone"), example: $("load-example"),
    cards: $("source-list"), notices: $("notices"), status: $("status"), progress: $("progress"), error: $("error"),
    analyse: $("analyse"), cancel: $("cancel"), clear: $("clear"), results: $("results"), storageNote: $("storage-note"),
  };
  wireTheme($("theme"));
  const results = createResults();

  let sources = [];
  let ready = false;
  let busyReading = false;
  let running = false;
  let analysis = null;
  let auto = false; // after the first analysis, every change re-runs it
  let store = { save() {}, clear() {} };

  const names = () => new Map(sources.map((s) => [s.id, s.name]));
  const setState = (state) => (document.body.dataset.state = state);
  const setStatus = (text) => (ui.status.textContent = text);
  const showError = (text) => {
    ui.error.textContent = text;
    ui.error.hidden = !text;
  };
  const updateButtons = () => {
    ui.analyse.disabled = !ready || busyReading;
    ui.cancel.hidden = !running;
    ui.progress.hidden = !running;
  };
  const save = () => store.save(sources);
  const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

  const cardHandlers = {
    rename(s, name) {
      s.name = name || s.file || s.id;
      s.nameAuto = false;
      save();
      if (analysis) results.render(analysis, names());
      refreshCards();
    },
    redate(s, date) {
      s.published = date;
      s.dateOrigin = date ? "user" : "";
      s.dateBasis = "";
      save();
      changed();
    },
    remove(s) {
      sources = sources.filter((x) => x !== s);
      save();
      refreshCards();
      changed();
      (ui.cards.querySelector(".source-name") ?? ui.paste).focus();
    },
  };
  const refreshCards = () => renderCards(ui.cards, sources, cardHandlers);

  /** Adds `[{article, origin, file}]` as sources (replacing earlier ones of `replaceOrigin`). */
  function add(items, { replaceOrigin } = {}) {
    if (replaceOrigin) sources = sources.filter((s) => s.origin !== replaceOrigin);
    const taken = new Set(sources.map((s) => s.id));
    let pasted = sources.filter((s) => s.origin === "paste").reduce((n, s) => Math.max(n, Number(/^pasted-(\d+)$/.exec(s.id)?.[1] ?? 0)), 0);
    for (const { article, origin, file } of items) {
      const base = origin === "paste" ? `pasted-${++pasted}` : undefined;
      const s = makeSource(article, { origin, file, base }, taken);
      if (origin === "paste") s.name = article.outlet || article.title || `Pasted text ${pasted}`;
      sources.push(s);
    }
    save();
    refreshCards();
    changed();
  }

  const input = wireInput(ui, {
    add,
    loadExample,
    notify(lines, status) {
      ui.notices.replaceChildren(...lines.map((line) => h("li", {}, line)));
      ui.notices.hidden = lines.length === 0;
      if (status) setStatus(status);
    },
    setBusy(on) {
      busyReading = on;
      updateButtons();
    },
  });

  /** Sources changed: re-run the analysis if one was shown, or hide stale results. */
  const rerun = debounce(() => ready && run(), 350);
  function changed() {
    if (sources.length === 0) {
      engine.cancel();
      analysis = null;
      ui.results.hidden = true;
      auto = false;
      return;
    }
    if (auto) rerun();
  }

  let runs = 0; // the latest run() (a result rendered in steps must still be the latest)

  async function run() {
    const me = ++runs;
    if (ui.paste.value.trim()) input.takePasted();
    rerun.cancel();
    showError("");
    if (sources.length === 0) {
      showError("Nothing to analyse: paste one or more articles (separated by a line with ---), add files, or load the example.");
      ui.paste.focus();
      return;
    }
    const docs = sources.map((s) => ({
      id: s.id,
      text: s.text,
      source: !s.nameAuto ? s.name : s.outlet || null,
      title: s.title || null,
      published: s.dateOrigin === "user" || s.dateOrigin === "given" ? s.published : null,
    }));
    const words = sources.reduce((n, s) => n + s.words, 0);
    running = true;
    updateButtons();
    setState("busy");
    setStatus(`Preparing ${plural(docs.length, "report")}…`);
    const started = performance.now();
    try {
      const result = await engine.analyze({ documents: docs }, (p) => {
        if (p.stage === "analysing") setStatus(`Analysing ${plural(docs.length, "report")} (${plural(words, "word")})…`);
      });
      // Each step in a task of its own, so a large result keeps the page responsive.
      setStatus("Rendering the results…");
      await nextTask();
      if (me !== runs) return;
      adopt(result);
      await nextTask();
      if (me !== runs) return;
      analysis = result;
      auto = true;
      results.render(result, names());
      ui.results.hidden = false;
      running = false;
      setStatus(`Analysed ${plural(docs.length, "report")} in ${Math.round(performance.now() - started)} ms.`);
      setState("done");
    } catch (err) {
      if (err.name === "AbortError") return; // a newer run took over
      running = false;
      showError(`The analysis failed: ${err.message}`);
      setStatus("");
      setState("error");
    } finally {
      updateButtons();
    }
  }

  /** Takes names and dates the analyser found for sources whose user set none. */
  function adopt(result) {
    const byId = new Map(result.documents.map((d) => [d.id, d]));
    for (const s of sources) {
      const d = byId.get(s.id);
      if (!d) continue;
      if (s.nameAuto && s.origin !== "paste" && (d.source || d.title)) s.name = d.source || shortTitle(d.title);
      if (s.nameAuto && s.origin === "paste" && d.source) s.name = d.source;
      if (s.dateOrigin !== "user" && s.dateOrigin !== "given") {
        s.published = d.published.value ?? "";
        s.dateOrigin = d.published.value ? "inferred" : "";
        s.dateBasis = d.published.basis === "other-sources" ? "the other sources" : d.published.basis;
      }
    }
    save();
    refreshCards();
  }

  ui.analyse.addEventListener("click", async () => {
    await run();
    await nextTask(); // focusing lays the page out: not in the task that rendered it
    if (document.body.dataset.state === "done") $("results-heading").focus();
  });
  ui.cancel.addEventListener("click", () => {
    engine.cancel();
    running = false;
    auto = false;
    updateButtons();
    setStatus("Analysis cancelled.");
    setState(analysis ? "done" : "ready");
  });
  ui.clear.addEventListener("click", () => {
    sources = [];
    ui.paste.value = "";
    refreshCards();
    changed();
    ui.notices.hidden = true;
    showError("");
    // Say "cleared" only once the browser's copy is gone (a reload before that restores it).
    setStatus("Clearing…");
    Promise.resolve(store.clear()).then(() => sources.length === 0 && setStatus("Cleared: no sources are kept in this browser now."));
    setState(ready ? "ready" : "loading");
    ui.paste.focus();
  });

  const name = (id) => names().get(id) ?? id;
  const exporters = {
    "export-json": () => ["storylens-analysis.json", analysisJson(analysis), "application/json"],
    "export-entities": () => ["storylens-entities.csv", entitiesCsv(analysis, name), "text/csv"],
    "export-timeline": () => ["storylens-timeline.csv", timelineCsv(analysis, name), "text/csv"],
    "export-brief": () => ["storylens-brief.md", flagsMarkdown(analysis, name), "text/markdown"],
    "export-report": () => ["storylens-report.html", htmlReport(analysis, name), "text/html"],
  };
  for (const [id, make] of Object.entries(exporters)) $(id).addEventListener("click", () => analysis && download(...make()));

  setState("loading");
  setStatus("Loading the analyser…");
  updateButtons();
  store = await openStore();
  ui.storageNote.hidden = store.available;
  if (!store.available) ui.storageNote.textContent = `Your sources will not be kept after a reload here (${store.reason}). Export the analysis to keep it.`;
  const saved = await store.load();
  if (saved?.length) {
    sources = saved;
    auto = true;
    refreshCards();
    setStatus(`Restored ${plural(saved.length, "source")} kept in this browser.`);
  }
  engine.ready.then(
    (version) => {
      ready = true;
      $("version").textContent = `storylens ${version}`;
      if (!saved?.length) setStatus("Ready.");
      setState("ready");
      updateButtons();
      if (saved?.length) run();
      // "?example" (the URL scripts/serve.sh prints): a first visit opens on the analysed example.
      else if (new URLSearchParams(location.search).has("example")) input.addExample().then((ok) => ok && run());
    },
    (err) => {
      showError(`The analyser could not be loaded: ${err.message}`);
      setStatus("");
      setState("error");
    },
  );
}
