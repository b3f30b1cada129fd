// <storylens-widget>: "how other outlets reported this", embedded in an article page.
//
//   <script type="module" src="/storylens/widget/storylens-widget.js"></script>
//   <storylens-widget article-selector="article" theme="auto" sections="timeline flags entities" max-height="36rem">
//     <script type="application/json">{"documents": [{"source": "…", "title": "…", "published": "2025-04-10", "text": "…"}]}</script>
//   </storylens-widget>
//
// Inputs (any mix, at least one document in all):
//   <script type="application/json"> child   a storylens input set (docs/output.md "Input")
//   src="reports.json"                        the same from a same-origin URL
//   article-selector="article"                the host page's element with that selector becomes one more report
//                                             (its text only; title from its <h1>, date from <time datetime> or the page's meta)
//   article-source="…"                        the name shown for that report (default "This article")
// Presentation: theme (auto | light | dark), sections (any of timeline, flags, entities),
// max-height (a CSS length; the widget scrolls inside it), heading.
//
// Everything is rendered in an open shadow root. Nothing heavy loads until the element
// comes near the viewport: then run.js (reading the inputs, rendering) is imported and
// the analysis runs in a Web Worker with the WebAssembly core. The element reflects its
// state as data-state (idle | loading | done | error) and fires `storylens-done`
// ({detail: {analysis}}) or `storylens-error` ({detail: {message}}); a bad input
// becomes a short message inside the widget, never an exception in the host page.

import { h } from "../dom.js";
import { STYLES } from "./style.js";

export const TAG = "storylens-widget";
const NEAR = "200px 0px"; // start loading a little before the widget is on screen

let sharedSheet;
/** One constructable stylesheet for every widget on the page. */
function styleSheet() {
  if (!sharedSheet) {
    sharedSheet = new CSSStyleSheet();
    sharedSheet.replaceSync(STYLES);
  }
  return sharedSheet;
}

export class StorylensWidget extends HTMLElement {
  static observedAttributes = ["max-height", "sections", "heading"];

  #root;
  #observer = null;
  #started = false;
  #rerender = null; // set once rendered: re-renders with the current attributes

  constructor() {
    super();
    const shadow = this.attachShadow({ mode: "open" });
    if ("adoptedStyleSheets" in shadow) shadow.adoptedStyleSheets = [styleSheet()];
    else shadow.append(h("style", {}, STYLES)); // old browsers; needs style-src 'unsafe-inline' under a CSP
    this.#root = h("div", { class: "root", part: "root", role: "region", "aria-label": "Comparison of news reports (storylens)" });
    shadow.append(this.#root);
  }

  /** idle | loading | done | error */
  get state() {
    return this.dataset.state ?? "idle";
  }

  /** The storylens/1 analysis once done, else null. */
  analysis = null;

  connectedCallback() {
    this.#applyMaxHeight();
    if (this.#started) return;
    if (!this.dataset.state) {
      this.dataset.state = "idle";
      this.#root.replaceChildren(
        h("div", { class: "placeholder" },
          h("p", { class: "brand" }, h("b", {}, "storylens"), " · comparison of reports"),
          h("p", { class: "status" }, "Loads when you scroll here.")),
      );
    }
    if (!("IntersectionObserver" in window)) return void this.#start();
    this.#observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) this.#start();
    }, { rootMargin: NEAR });
    this.#observer.observe(this);
  }

  disconnectedCallback() {
    this.#observer?.disconnect();
    this.#observer = null;
  }

  attributeChangedCallback(name) {
    if (name === "max-height") this.#applyMaxHeight();
    else this.#rerender?.();
  }

  /** Loads the rest of the widget and runs the analysis; called once. */
  async #start() {
    if (this.#started) return;
    this.#started = true;
    this.#observer?.disconnect();
    this.#observer = null;
    this.dataset.state = "loading";
    this.#root.querySelector(".status")?.replaceChildren("Comparing the reports…");
    try {
      const { runWidget } = await import("./run.js");
      const { analysis, rerender } = await runWidget(this, this.#root);
      this.analysis = analysis;
      this.#rerender = rerender;
      this.dataset.state = "done";
      this.dispatchEvent(new CustomEvent("storylens-done", { bubbles: true, detail: { analysis } }));
    } catch (err) {
      const message = shortMessage(err);
      this.#root.replaceChildren(
        h("p", { class: "brand" }, h("b", {}, "storylens")),
        h("p", { class: "error", role: "alert" }, `This comparison could not be shown: ${message}`),
      );
      this.dataset.state = "error";
      this.dispatchEvent(new CustomEvent("storylens-error", { bubbles: true, detail: { message } }));
    }
  }

  #applyMaxHeight() {
    let value = (this.getAttribute("max-height") ?? "").trim();
    if (/^\d+(\.\d+)?$/.test(value)) value += "px";
    this.#root.style.maxHeight = value && CSS.supports("max-height", value) ? value : "";
  }
}


/** A message short enough for the widget's error box. */
function shortMessage(err) {
  const message = String(err?.message ?? err);
  if (/Content Security Policy/i.test(message)) {
    return "this page's Content-Security-Policy blocks the analyser (it needs worker-src 'self', or 'wasm-unsafe-eval' in script-src)";
  }
  return message.length > 160 ? message.slice(0, 159) + "…" : message;
}

if (!customElements.get(TAG)) customElements.define(TAG, StorylensWidget);
