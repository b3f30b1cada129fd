// The widget's work once it is near the viewport: read its inputs (inline JSON, a
// same-origin URL, the host article), analyse them off the main thread, render.
// Loaded by storylens-widget.js with a dynamic import; every failure is thrown as an
// Error with a short message, which the element shows instead of the comparison.

import { parseJsonSet } from "../input-set.js";
import { distinctNames } from "../naming.js";
import { blockText, pageDate } from "../page-text.js";
import { workerEngine } from "../worker-engine.js";
import { renderView } from "./view.js";

/** Reads, analyses and renders; resolves to {analysis, rerender()}. */
export async function runWidget(el, root) {
  const { documents, notes } = await readInputs(el);
  const analysis = await analyse({ documents: documents.map(({ name, ...doc }) => doc) });
  // Names: the host article's, else the outlet, else a short headline, else the report's opening words (never an id).
  const given = new Map(documents.filter((d) => d.id && d.name).map((d) => [d.id, d.name]));
  const named = distinctNames(analysis.documents.map((d) => ({ id: d.id, outlet: given.get(d.id) || d.source || "", title: d.title ?? "", text: d.text, file: "" })));
  const names = new Map(analysis.documents.map((d) => [d.id, named.get(d.id)]));
  const render = () => renderView(root, analysis, { names, notes, sections: sections(el), heading: el.getAttribute("heading") });
  render();
  return { analysis, rerender: render };
}

const SECTIONS = ["timeline", "flags", "entities"];
/** The sections attribute: any of timeline, flags, entities (all by default, unknown words ignored). */
function sections(el) {
  const asked = (el.getAttribute("sections") ?? "").toLowerCase().split(/[\s,]+/).filter((s) => SECTIONS.includes(s));
  return new Set(asked.length ? asked : SECTIONS);
}

/** `{documents: [{id?, name?, text, source, title, published}], notes: [string]}` from the element's inputs. */
export async function readInputs(el) {
  const documents = [];
  const notes = [];
  const add = (articles) =>
    documents.push(...articles.map((a) => ({ id: a.id ?? null, text: a.text, source: a.outlet ?? null, title: a.title ?? null, published: a.published ?? null })));

  const inline = el.querySelector(':scope > script[type="application/json"]');
  if (inline) add(parse(inline.textContent, "the inline JSON"));

  const src = el.getAttribute("src");
  if (src) add(parse(await fetchSameOrigin(src), src));

  const selector = el.getAttribute("article-selector");
  if (selector) {
    const article = hostArticle(el, selector);
    if (article) documents.unshift(article);
    else notes.push(`This page has no element matching "${selector}", so its article is not compared.`);
  }
  if (documents.length === 0) throw new Error("no reports were given (inline JSON, src or article-selector)");
  return { documents, notes };
}

function parse(text, where) {
  try {
    return parseJsonSet(text);
  } catch (err) {
    throw new Error(`${where} ${err.message}`);
  }
}

/** The text at `src`, which must be on the page's own origin (no other network access). */
async function fetchSameOrigin(src) {
  let url;
  try {
    url = new URL(src, document.baseURI);
  } catch {
    throw new Error(`src "${src}" is not a URL`);
  }
  if (url.origin !== location.origin) throw new Error(`src "${src}" is on another site; the widget reads reports from this site's own origin only`);
  let response;
  try {
    response = await fetch(url, { mode: "same-origin", credentials: "same-origin" });
  } catch (err) {
    throw new Error(`${src} could not be fetched (${err.message})`);
  }
  if (!response.ok) throw new Error(`${src} could not be fetched (HTTP ${response.status})`);
  return response.text();
}

/** The host article as a report: its text (without any widget inside it), headline and date. */
function hostArticle(el, selector) {
  let node;
  try {
    node = document.querySelector(selector);
  } catch {
    throw new Error(`article-selector "${selector}" is not a valid CSS selector`);
  }
  if (!node) return null;
  const text = blockText(node, (child) => child.localName === el.localName || child.hasAttribute("data-storylens-skip"));
  if (!text) return null;
  const clean = (s) => (s ?? "").replace(/\s+/g, " ").trim() || null;
  const name = clean(el.getAttribute("article-source")) ?? "This article";
  return {
    id: "this-article",
    name,
    text,
    source: name,
    title: clean(node.querySelector("h1")?.textContent) ?? clean(document.querySelector('meta[property="og:title"]')?.content) ?? clean(document.title),
    published: pageDate(node) ?? pageDate(document) ?? null,
  };
}

/**
 * The analysis in a Web Worker (worker.js, shared with the page), stopped after its one
 * run. Where a worker cannot start (no Worker, a CSP without worker-src, the widget
 * served from another origin), the same WebAssembly runs on the main thread instead.
 */
async function analyse(input) {
  let engine;
  try {
    engine = workerEngine(new URL("../worker.js", import.meta.url));
    await engine.ready;
  } catch (err) {
    engine?.terminate();
    console.warn(`storylens widget: no worker (${err?.message ?? err}); analysing on the main thread`);
    return mainThread(input);
  }
  try {
    return await engine.analyze(input);
  } finally {
    engine.terminate();
  }
}

let wasm;
async function mainThread(input) {
  wasm ??= import("../pkg/storylens.js").then(async (m) => (await m.default(), m));
  return (await wasm).analyze(input);
}
