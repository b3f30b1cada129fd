// The page controller: sources (cards, persistence), analysis runs and results.
// It knows nothing about WebAssembly: it gets an `engine` with
//   ready: Promise<string>                     the analyser version
//   analyze(input, onProgress): Promise<Analysis>  (an AbortError when superseded)
//   cancel()
// and a `loadExample()` that resolves to [{name, text}], and optionally `extract`
// (sources.js: how saved web pages become articles; the served page passes a worker).

import { adoptAnalysis, analyserInput } from "./adopt.js";
import { renderCards, renderStrip } from "./cards.js";
import { isolateCrashes } from "./crash-check.js";
import { debounce, h, plural, readableValue } from "./dom.js";
import { wireExports } from "./export-buttons.js";
import { wireInput } from "./input.js";
import { distinctNames } from "./naming.js";
import { createResults } from "./results.js";
import { runGuard } from "./run-guard.js";
import { renderSafeMode } from "./safe-mode.js";
import { fitIds, makeSource, upgradeSource } from "./sources.js";
import { openStore } from "./store.js";
import { storyGroups } from "./story-check.js";
import { renderStoryCheck } from "./story-panel.js";
import { wireTheme } from "./theme.js";

/** Wires the page to `engine`. No side effects before this call. */
export async function start({ engine, loadExample, extract }) {
  const $ = (id) => document.getElementById(id);
  const ui = {
    paste: $("paste"), addPaste: $("add-paste"), files: $("files"), drop: $("drop-zone"), example: $("load-example"),
    panel: $("input-panel"), cards: $("source-list"), strip: $("source-strip"), stripWrap: $("source-strip-wrap"), editSources: $("edit-sources"),
    notices: $("notices"), status: $("status"), progress: $("progress"), error: $("error"), undo: $("undo"),
    analyse: $("analyse"), cancel: $("cancel"), clear: $("clear"), results: $("results"), storageNote: $("storage-note"),
    aside: $("aside-note"), story: $("story-check"), exampleDialog: $("example-dialog"), safe: $("safe-mode"),
  };
  wireTheme($("theme"));
  const results = createResults();
  const guard = runGuard();

  let sources = [];
  let aside = []; // sources set aside (the example shown instead, or a story split off); brought back on request
  let ready = false;
  let busyReading = false;
  let running = false;
  let analysis = null;
  let auto = false; // after the first analysis, every change re-runs it
  let undoClear = null; // {sources, aside} until the next change
  let store = { save: async () => ({ ok: true }), clear: async () => {}, available: false };

  const names = () => distinctNames(sources);
  const setState = (state) => (document.body.dataset.state = state);
  const setStatus = (text) => (ui.status.textContent = text);
  const showError = (text) => {
    ui.error.textContent = text;
    ui.error.hidden = !text;
  };
  const updateButtons = () => {
    ui.analyse.disabled = !ready || busyReading;
    ui.cancel.hidden = !running;
    ui.progress.hidden = !running && !busyReading;
  };
  const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

  // Notes about the reports: what the last addition refused or warned about, and what the
  // last analysis changed (re-dated reports). Each kind is replaced only by its own kind, so
  // an automatic re-run never hides a refusal.
  const notes = { input: [], run: [] };
  const notify = (lines, kind = "input") => {
    notes[kind] = lines;
    const all = [...notes.input, ...notes.run];
    ui.notices.replaceChildren(...all.map((line) => h("li", {}, line)));
    ui.notices.hidden = all.length === 0;
  };

  /** Keeps the sources in the browser; says which were not kept when storage refuses them. */
  async function save() {
    const result = await store.save(sources, aside);
    if (result?.ok === false) {
      const lost = (result.lost ?? []).map((id) => names().get(id) ?? id);
      ui.storageNote.hidden = false;
      ui.storageNote.textContent = lost.length
        ? `Not kept in this browser (${result.error}): ${lost.join("; ")}. ${lost.length === 1 ? "It is" : "They are"} analysed now but will be gone after a reload; export the analysis to keep it, or remove other reports to make room.`
        : `Your reports could not be kept in this browser (${result.error}); export the analysis to keep it.`;
    } else if (store.available) ui.storageNote.hidden = true;
  }

  const cardHandlers = {
    edit(s, field, value) {
      dropUndo();
      if (field === "published") {
        s.published = value;
        s.dateOrigin = value ? "user" : "";
        s.dateBasis = "";
        save();
        refreshCards();
        return changed();
      }
      s[field] = value;
      s[`${field}From`] = "user";
      save();
      refreshCards();
      if (analysis) results.render(analysis, names());
      if (auto) rerun(); // the analyser reads the outlet and headline too
      return undefined;
    },
    remove(s) {
      dropUndo();
      const i = sources.indexOf(s);
      sources = sources.filter((x) => x !== s);
      save();
      const built = refreshCards();
      changed();
      const next = () => ui.cards.querySelectorAll(".source-title")[Math.min(i, sources.length - 1)];
      if (next() || sources.length === 0) (next() ?? ui.paste).focus();
      else built.then(() => (next() ?? ui.paste).focus());
    },
  };
  /** Redraws the cards and the strip; resolves when the last card is in (cards come in slices). */
  function refreshCards() {
    const n = names();
    const built = renderCards(ui.cards, sources, cardHandlers, n);
    renderStrip(ui.strip, sources, n, (id) => {
      compact(false);
      if ($(id)) $(id).focus();
      else built.then(() => $(id)?.focus());
    });
    ui.stripWrap.hidden = sources.length === 0;
    refreshAside();
    return built;
  }

  /** Folds the input into the strip of sources (results first) or opens it again. */
  function compact(on) {
    ui.panel.classList.toggle("compact", on && sources.length > 0);
    ui.editSources.setAttribute("aria-expanded", String(!ui.panel.classList.contains("compact")));
    ui.editSources.textContent = ui.panel.classList.contains("compact") ? "Edit or add reports" : "Fold the reports away";
    ui.editSources.hidden = !analysis;
  }
  ui.editSources.addEventListener("click", () => {
    const open = ui.panel.classList.contains("compact");
    compact(!open);
    if (open) ui.paste.focus();
  });

  function refreshAside() {
    ui.aside.hidden = aside.length === 0;
    if (!aside.length) return;
    const list = aside.map((s) => s.title || s.outlet || s.id);
    ui.aside.replaceChildren(
      h("span", {}, `${plural(aside.length, "report")} set aside: `, h("span", { class: "muted" }, list.slice(0, 3).join("; ") + (list.length > 3 ? "; …" : "")), " "),
      h("button", { type: "button", id: "bring-back", on: { click: bringBack } }, "Bring them back"),
      " ",
      h("button", { type: "button", id: "discard-aside", class: "link-button", on: { click: discardAside } }, "Discard them"),
    );
  }
  /** The set-aside reports come back; an example shown in their place makes room for them. */
  function bringBack() {
    dropUndo();
    // Reports set aside to show the example come back in its place; a story split off comes back beside the others.
    const onlyExample = sources.every((s) => s.origin === "example") && aside.some((s) => s.asideFor === "example");
    const kept = onlyExample ? [] : sources;
    const taken = new Set(kept.map((s) => s.id));
    const back = aside.filter((s) => !taken.has(s.id));
    sources = [...kept, ...back.map(({ asideFor, ...s }) => s)];
    aside = [];
    save();
    refreshCards();
    changed();
    setStatus(`Brought back ${plural(back.length, "report")}${onlyExample ? " in place of the example" : ""}.`);
  }
  function discardAside() {
    const n = aside.length;
    aside = [];
    save();
    refreshAside();
    setStatus(`Discarded ${plural(n, "set-aside report")}.`);
    ui.paste.focus();
  }

  /** Adds `[{article, origin, file}]` as sources (replacing earlier ones of `replaceOrigin`). */
  function add(items, { replaceOrigin } = {}) {
    dropUndo();
    if (replaceOrigin) sources = sources.filter((s) => s.origin !== replaceOrigin);
    const taken = new Set([...sources, ...aside].map((s) => s.id));
    let pasted = [...sources, ...aside].filter((s) => s.origin === "paste").reduce((n, s) => Math.max(n, Number(/^pasted-(\d+)$/.exec(s.id)?.[1] ?? 0)), 0);
    for (const { article, origin, file } of items) {
      const base = origin === "paste" ? `pasted-${++pasted}` : undefined;
      sources.push(makeSource(article, { origin, file, base }, taken));
    }
    save();
    refreshCards();
    changed();
  }

  const input = wireInput(ui, {
    add,
    loadExample,
    extract,
    estimate: () => store.estimate?.(),
    confirmExample,
    setAsideOwn: () => setAside(sources.filter((s) => s.origin !== "example"), "example"),
    notify(lines, status) {
      notify(lines);
      if (status) setStatus(status);
    },
    setBusy(on) {
      busyReading = on;
      updateButtons();
    },
  });

  /**
   * Asks before the example replaces the user's own sources: resolves to "replace"
   * (theirs are set aside, to be brought back), "add" or "cancel". No question when
   * there is nothing of theirs.
   */
  function confirmExample() {
    const own = sources.filter((s) => s.origin !== "example");
    if (own.length === 0) return Promise.resolve("replace");
    const dialog = ui.exampleDialog;
    dialog.querySelector(".dialog-count").textContent = plural(own.length, "report");
    return new Promise((resolve) => {
      dialog.addEventListener("close", () => resolve(dialog.returnValue || "cancel"), { once: true });
      dialog.returnValue = "";
      dialog.showModal();
    });
  }

  /** Puts `list` aside (kept in the browser, listed with a Bring back button); `why`: "example" or "split". */
  function setAside(list, why) {
    const ids = new Set(list.map((s) => s.id));
    aside = [...aside.filter((s) => !ids.has(s.id)), ...list.map((s) => ({ ...s, asideFor: why }))];
    sources = sources.filter((s) => !ids.has(s.id));
  }

  /** Sources changed: re-run the analysis if one was shown, or hide stale results. */
  const rerun = debounce(() => ready && run(), 350);
  function changed() {
    if (sources.length === 0) {
      engine.cancel();
      analysis = null;
      ui.results.hidden = true;
      auto = false;
      compact(false);
      return;
    }
    if (auto) rerun();
  }

  let runs = 0; // the latest run() (a result rendered in steps must still be the latest)

  /** Analyses the sources; `explicit` (Analyse, ?example) folds the input away and shows the results. */
  async function run({ explicit = false } = {}) {
    const me = ++runs;
    if (ui.paste.value.trim()) input.takePasted();
    rerun.cancel();
    showError("");
    if (sources.length === 0) {
      showError("Nothing to analyse: paste one or more articles (separated by a line with ---), add files, or load the example.");
      ui.paste.focus();
      return;
    }
    const included = explicit ? sources : sources.filter((s) => !s.crashed);
    if (included.length === 0) {
      setStatus("Every report here crashed the analyser last time: press Analyse to try again, or remove them.");
      return;
    }
    const request = analyserInput(included);
    const words = included.reduce((n, s) => n + s.words, 0);
    running = true;
    updateButtons();
    setState("busy");
    setStatus(`Preparing ${plural(included.length, "report")}…`);
    const started = performance.now();
    guard.begin(included.map((s) => s.id));
    try {
      const result = await engine.analyze(request, (p) => {
        if (p.stage === "analysing") setStatus(`Analysing ${plural(included.length, "report")} (${plural(words, "word")})…`);
      });
      guard.end();
      // Each step in a task of its own, so a large result keeps the page responsive.
      setStatus("Rendering the results…");
      await nextTask();
      if (me !== runs) return;
      for (const s of included) delete s.crashed;
      const redated = adoptAnalysis(sources, result);
      // Folded first, so the redrawn cards (form fields: costly to lay out) are not laid out now.
      if (explicit) compact(true);
      await refreshCards();
      await nextTask();
      // Keeping the adopted names and dates copies every report into IndexedDB: a task of its own.
      save();
      await nextTask();
      if (me !== runs) return;
      analysis = result;
      auto = true;
      const n = names();
      showStoryCheck(result, n);
      notify(redated.length ? [redatedNote(redated, n)] : [], "run");
      await nextTask();
      if (me !== runs) return;
      results.render(result, n);
      await nextTask();
      if (me !== runs) return;
      ui.results.hidden = false;
      running = false;
      const left = sources.length - included.length;
      setStatus(`Analysed ${plural(included.length, "report")} in ${Math.round(performance.now() - started)} ms.${left ? ` ${plural(left, "report")} that crashed the analyser before ${left === 1 ? "was" : "were"} left out.` : ""}`);
      setState("done");
      if (explicit) compact(true);
      else compact(ui.panel.classList.contains("compact"));
    } catch (err) {
      if (err.name === "AbortError") return; // a newer run took over
      running = false;
      if (err.fatal && engine.isolates !== false) {
        // The WebAssembly trapped: find the report(s) that do it, one at a time, so the page can leave them out.
        setStatus("The analyser crashed; finding the report that makes it crash…");
        const culprits = await findCrashing(included);
        save();
        refreshCards();
        const named = culprits.map((s) => names().get(s.id));
        showError(`The analysis failed: ${err.message}.${named.length ? ` It crashes on ${named.join("; ")}: ${named.length === 1 ? "that report is" : "those reports are"} kept but left out of the next analyses until you remove ${named.length === 1 ? "it" : "them"} or press Analyse.` : ""}`);
      } else {
        guard.end();
        showError(`The analysis failed: ${err.message}`);
      }
      setStatus("");
      setState("error");
    } finally {
      updateButtons();
    }
  }

  const findCrashing = (list, onEach) => isolateCrashes({ engine, guard, input: analyserInput }, list, onEach);

  /** Safe mode's "Check each report alone": finds the report(s) that crash or hang. */
  async function checkEach() {
    ui.safe.hidden = true;
    showError("");
    running = true;
    updateButtons();
    setState("busy");
    const list = sources.slice();
    const found = await findCrashing(list, (i, s) => setStatus(`Checking report ${i + 1} of ${list.length} alone: ${names().get(s.id)}…`));
    running = false;
    save();
    refreshCards();
    updateButtons();
    setState("ready");
    const n = names();
    if (found.length) {
      setStatus(`Found ${plural(found.length, "report")} the analyser cannot finish: ${found.map((s) => n.get(s.id)).join("; ")}. ${found.length === 1 ? "It is" : "They are"} left out of automatic analyses; the others are analysed now.`);
      if (found.length < sources.length) await run();
    } else {
      setStatus("Each report is analysed alone without trouble; press Analyse to analyse them together.");
    }
  }

  /** "These look like different stories", with a button per group to keep only that one. */
  const showStoryCheck = (result, n) => renderStoryCheck(ui.story, storyGroups(result), result.documents.length, n, keepOnly);
  function keepOnly(ids) {
    dropUndo();
    const keep = new Set(ids);
    setAside(sources.filter((s) => !keep.has(s.id)), "split");
    save();
    refreshCards();
    changed();
    setStatus(`Kept ${plural(sources.length, "report")} of one story; the others are set aside.`);
  }

  function redatedNote(redated, n) {
    const day = (v) => (v ? readableValue(v) : "no date");
    return `Dates inferred again after the last change: ${redated.map((r) => `${n.get(r.id) ?? r.id} ${day(r.from)} → ${day(r.to)}`).join("; ")}. If a report is wrong, type its date on its card.`;
  }

  ui.analyse.addEventListener("click", async () => {
    ui.safe.hidden = true;
    await run({ explicit: true });
    await nextTask(); // focusing lays the page out: not in the task that rendered it
    if (document.body.dataset.state === "done") $("results-heading").focus();
  });
  ui.cancel.addEventListener("click", () => {
    engine.cancel();
    guard.end();
    running = false;
    auto = false;
    updateButtons();
    setStatus("Analysis cancelled.");
    setState(analysis ? "done" : "ready");
  });

  // Clear, with Undo until the next change (the browser's copy is deleted, and written back by Undo).
  function dropUndo() {
    undoClear = null;
    ui.undo.hidden = true;
  }
  ui.clear.addEventListener("click", () => {
    if (sources.length === 0 && aside.length === 0 && !ui.paste.value) return;
    undoClear = { sources, aside, paste: ui.paste.value };
    const n = sources.length;
    sources = [];
    aside = [];
    ui.paste.value = "";
    refreshCards();
    changed();
    notify([]);
    notify([], "run");
    ui.story.hidden = true;
    showError("");
    setStatus("Clearing…");
    Promise.resolve(store.clear()).then(() => {
      if (sources.length || !undoClear) return;
      setStatus(`Cleared ${plural(n, "report")}: nothing is kept in this browser now.`);
      ui.undo.hidden = false;
    });
    setState(ready ? "ready" : "loading");
    ui.paste.focus();
  });
  ui.undo.addEventListener("click", () => {
    if (!undoClear) return;
    ({ sources, aside } = undoClear);
    ui.paste.value = undoClear.paste;
    dropUndo();
    save();
    refreshCards();
    setStatus(`Brought back ${plural(sources.length, "report")}.`);
    if (sources.length && ready) run({ explicit: true });
    ui.paste.focus();
  });

  wireExports({ get: () => analysis, names, sources: () => sources });

  setState("loading");
  setStatus("Loading the analyser…");
  updateButtons();
  store = await openStore();
  if (!store.available) {
    ui.storageNote.hidden = false;
    ui.storageNote.textContent = `Your sources will not be kept after a reload here (${store.reason}). Export the analysis to keep it.`;
  }
  const saved = await store.load();
  // Ids over the analyser's 256 bytes (kept by an earlier page) are cut, unique, first.
  const restored = fitIds([...(saved?.sources ?? []), ...(saved?.aside ?? [])].map(upgradeSource));
  sources = restored.slice(0, saved?.sources?.length ?? 0);
  aside = restored.slice(sources.length);
  // An analysis that never ended (the tab crashed or was closed during it) of reports still here.
  const unfinished = guard.unfinished()?.filter((id) => sources.some((s) => s.id === id));
  if (sources.length || aside.length) {
    refreshCards();
    setStatus(`Restored ${plural(sources.length, "source")} kept in this browser.`);
  }
  store.onChange?.((kept) => {
    // Another tab saved its changes (only its own: it never overwrites ours): show the merged list.
    const before = new Set(sources.map((s) => s.id));
    const after = new Set(kept.sources.map((s) => s.id));
    const added = [...after].filter((id) => !before.has(id)).length;
    const removed = [...before].filter((id) => !after.has(id)).length;
    sources = kept.sources.map(upgradeSource);
    aside = kept.aside.map(upgradeSource);
    refreshCards();
    const what = [added ? `${added} added` : "", removed ? `${removed} removed` : ""].filter(Boolean).join(", ") || "edited";
    setStatus(`Another tab changed the reports kept in this browser (${what}); this page shows them now.`);
    changed();
  });
  const example = new URLSearchParams(location.search).has("example");
  engine.ready.then(
    async (version) => {
      ready = true;
      $("version").textContent = `storylens ${version}`;
      if (!sources.length) setStatus("Ready.");
      setState("ready");
      updateButtons();
      if (unfinished?.length) {
        // Safe mode: the last analysis never finished. Restore, but do not analyse until asked.
        const n = names();
        const who = unfinished.map((id) => n.get(id));
        if (who.length === 1) sources.find((s) => s.id === unfinished[0]).crashed = "hang";
        refreshCards();
        save();
        renderSafeMode(ui.safe, who, { checkEach, analyseAnyway: () => { ui.safe.hidden = true; guard.end(); run({ explicit: who.length > 1 }); } });
        ui.safe.hidden = false;
        setStatus(example ? "Safe mode: the example was not opened; press Load example to see it." : `Restored ${plural(sources.length, "source")} in safe mode.`);
        return;
      }
      // "?example" (the URL scripts/serve.sh prints) always shows the example; the user's own reports are set aside.
      if (example) {
        if (await input.addExample({ replace: true })) await showResults();
      } else if (sources.length) {
        auto = true;
        await run();
      }
    },
    (err) => {
      showError(`The analyser could not be loaded: ${err.message}`);
      setStatus("");
      setState("error");
    },
  );

  async function showResults() {
    await run({ explicit: true });
    await nextTask();
    if (document.body.dataset.state === "done") ui.results.scrollIntoView({ block: "start" });
  }
}
