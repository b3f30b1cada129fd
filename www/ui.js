// The page controller: input (paste, files, example), the Analyse button, results.
// It knows nothing about WebAssembly: it gets an `engine` with
//   ready: Promise<string>            resolves with the analyser version
//   analyze(input): Promise<Analysis> runs the analysis (in a worker or not)
// and a `loadExample()` that resolves to [{name, text}].

import { h, renderAnalysis } from "./render.js";
import { countWords, readTextFile, splitPasted } from "./sources.js";

/** Wires the page in `root` (the document) to `engine`. No side effects before this call. */
export function start({ engine, loadExample }, root = document) {
  const $ = (id) => root.getElementById(id);
  const ui = {
    paste: $("paste"),
    files: $("files"),
    drop: $("drop-zone"),
    sourceList: $("source-list"),
    notices: $("notices"),
    status: $("status"),
    error: $("error"),
    example: $("load-example"),
    analyse: $("analyse"),
    clear: $("clear"),
    results: $("results"),
    download: $("download"),
    version: $("version"),
    targets: {
      overview: $("overview"),
      documents: $("documents"),
      entities: $("entity-groups"),
      timeline: $("timeline-list"),
      contradictions: $("contradiction-cards"),
    },
  };

  /** Articles from files and the example, in the order they were added. */
  let sources = [];
  let ready = false;
  let busy = false;
  let lastResult = null;

  const setState = (state) => (root.body.dataset.state = state);
  const setStatus = (text) => (ui.status.textContent = text);
  const showError = (text) => {
    ui.error.textContent = text;
    ui.error.hidden = !text;
  };
  const updateButtons = () => {
    ui.analyse.disabled = !ready || busy;
    ui.example.disabled = busy;
  };

  function renderSources() {
    ui.sourceList.replaceChildren(
      ...sources.map((s) =>
        h(
          "li",
          { "data-origin": s.origin },
          h("span", { class: "source-name" }, s.name),
          h("span", { class: "muted" }, `${countWords(s.text).toLocaleString("en")} words${s.origin === "example" ? " · example" : ""}`),
          removeButton(s),
        ),
      ),
    );
    ui.sourceList.hidden = sources.length === 0;
  }

  function removeButton(source) {
    const button = h("button", { type: "button", class: "link-button", "aria-label": `Remove ${source.name}` }, "Remove");
    button.addEventListener("click", () => {
      sources = sources.filter((s) => s !== source);
      renderSources();
      ui.paste.focus();
    });
    return button;
  }

  function showNotices(lines) {
    ui.notices.replaceChildren(...lines.map((line) => h("li", {}, line)));
    ui.notices.hidden = lines.length === 0;
  }

  async function addFiles(fileList) {
    const files = Array.from(fileList);
    if (files.length === 0) return;
    const read = await Promise.all(files.map(readTextFile));
    const refused = [];
    for (const r of read) {
      if (r.ok) sources.push({ name: r.name, text: r.text, origin: "file" });
      else refused.push(`${r.name} was not added: ${r.reason}.`);
    }
    const added = read.length - refused.length;
    renderSources();
    showNotices(refused);
    setStatus(`Added ${added} of ${read.length} file${read.length === 1 ? "" : "s"}.`);
  }

  ui.files.addEventListener("change", async () => {
    await addFiles(ui.files.files);
    ui.files.value = "";
  });

  // Dropping files anywhere must not navigate away from the page; only the zone accepts them.
  for (const type of ["dragover", "drop"]) root.addEventListener(type, (e) => e.preventDefault());
  ui.drop.addEventListener("dragover", (e) => {
    e.dataTransfer.dropEffect = "copy";
    ui.drop.classList.add("dragging");
  });
  ui.drop.addEventListener("dragleave", () => ui.drop.classList.remove("dragging"));
  ui.drop.addEventListener("drop", (e) => {
    ui.drop.classList.remove("dragging");
    addFiles(e.dataTransfer.files);
  });

  ui.example.addEventListener("click", async () => {
    ui.example.disabled = true;
    showError("");
    try {
      const docs = await loadExample();
      sources = sources.filter((s) => s.origin !== "example");
      for (const d of docs) sources.push({ name: d.name, text: d.text, origin: "example" });
      renderSources();
      setStatus(`Loaded ${docs.length} example reports. Press Analyse.`);
    } catch (err) {
      showError(`Could not load the example: ${err.message}`);
    } finally {
      updateButtons();
    }
  });

  ui.clear.addEventListener("click", () => {
    sources = [];
    ui.paste.value = "";
    lastResult = null;
    renderSources();
    showNotices([]);
    showError("");
    ui.results.hidden = true;
    setStatus(ready ? "Cleared." : "");
    setState(ready ? "ready" : "loading");
    ui.paste.focus();
  });

  ui.analyse.addEventListener("click", async () => {
    const pasted = splitPasted(ui.paste.value);
    const texts = [...sources.map((s) => s.text), ...pasted];
    const labels = [...sources.map((s) => s.name), ...pasted.map((_, i) => `pasted text ${i + 1}`)];
    showError("");
    if (texts.length === 0) {
      showError("Nothing to analyse: paste one or more articles (separated by a line with ---), add files, or load the example.");
      ui.paste.focus();
      return;
    }
    busy = true;
    updateButtons();
    setState("busy");
    setStatus(`Analysing ${texts.length} report${texts.length === 1 ? "" : "s"}…`);
    const started = performance.now();
    try {
      const analysis = await engine.analyze({ documents: texts.map((text) => ({ text })) });
      lastResult = analysis;
      renderAnalysis(analysis, labels, ui.targets);
      ui.results.hidden = false;
      setStatus(`Analysed ${texts.length} report${texts.length === 1 ? "" : "s"} in ${Math.round(performance.now() - started)} ms.`);
      setState("done");
      $("results-heading").focus();
    } catch (err) {
      showError(`The analysis failed: ${err.message}`);
      setStatus("");
      setState("error");
    } finally {
      busy = false;
      updateButtons();
    }
  });

  ui.download.addEventListener("click", () => {
    if (!lastResult) return;
    const blob = new Blob([JSON.stringify(lastResult, null, 2) + "\n"], { type: "application/json" });
    const url = URL.createObjectURL(blob);
    const a = h("a", { href: url, download: "storylens.json" });
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  });

  setState("loading");
  setStatus("Loading the analyser…");
  updateButtons();
  engine.ready.then(
    (version) => {
      ready = true;
      ui.version.textContent = `storylens ${version}`;
      setStatus("Ready.");
      setState("ready");
      updateButtons();
    },
    (err) => {
      showError(`The analyser could not be loaded: ${err.message}`);
      setStatus("");
      setState("error");
    },
  );
}
