// Text and date of a page or part of one, read from a DOM tree: used for saved web pages
// (article.js, on a DOMParser document) and by the widget for the host page's own
// article. Reads text nodes only; nothing is ever parsed or serialised as HTML.

import { isoDay } from "./markdown.js";

const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "IFRAME", "OBJECT", "EMBED", "SVG", "svg", "MATH", "math", "CANVAS", "SELECT", "BUTTON"]);
const BLOCKS = new Set(
  "ADDRESS ARTICLE ASIDE BLOCKQUOTE BR DD DIV DL DT FIGCAPTION FIGURE FOOTER H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION TABLE TD TH TR UL".split(" "),
);

/**
 * Text of an element with a line break after every block (paragraphs stay apart).
 * Elements for which `skip(element)` is true are left out with everything inside them.
 */
export function blockText(root, skip = () => false) {
  const parts = [];
  const walk = (node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) parts.push(child.data.replace(/\s+/g, " "));
      else if (child.nodeType === 1 && !SKIP.has(child.tagName) && !skip(child)) {
        const block = BLOCKS.has(child.tagName);
        if (block) parts.push("\n");
        walk(child);
        if (block) parts.push("\n");
      }
    }
  };
  walk(root);
  return parts
    .join("")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .join("\n");
}

/**
 * Publication date (`YYYY-MM-DD`) from a document's metadata or a `<time datetime>`
 * inside `root` (a document or an element); undefined when there is none.
 */
export function pageDate(root) {
  const selectors = [
    'meta[property="article:published_time"]',
    'meta[name="article:published_time"]',
    'meta[itemprop="datePublished"]',
    'meta[name="date"]',
    'meta[name="dc.date"]',
    'meta[name="DC.date.issued"]',
    'meta[name="pubdate"]',
    "time[datetime]",
  ];
  for (const sel of selectors) {
    const el = root.querySelector(sel);
    const day = isoDay(el?.getAttribute("content") ?? el?.getAttribute("datetime"));
    if (day) return day;
  }
  return undefined;
}
