// A saved web page reduced to its article: body text, title, outlet, byline and date.
// Mozilla's Readability (vendored, Apache-2.0) works on a document made by the browser's
// own DOMParser: such a document has no browsing context, so its scripts never run, its
// event handlers never fire and its images, frames and styles are never fetched.

import { Readability } from "./vendor/readability.js";
import { isoDay } from "./markdown.js";

const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "IFRAME", "OBJECT", "EMBED", "SVG", "svg", "MATH", "math", "CANVAS", "SELECT", "BUTTON"]);
const BLOCKS = new Set(
  "ADDRESS ARTICLE ASIDE BLOCKQUOTE BR DD DIV DL DT FIGCAPTION FIGURE FOOTER H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION TABLE TD TH TR UL".split(" "),
);

/** Text of an element with a line break after every block (paragraphs stay apart). */
export function blockText(root) {
  const parts = [];
  const walk = (node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) parts.push(child.data.replace(/\s+/g, " "));
      else if (child.nodeType === 1 && !SKIP.has(child.tagName)) {
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

/** Publication date from the page's metadata, read before Readability changes the tree. */
function metaDate(doc) {
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
    const el = doc.querySelector(sel);
    const day = isoDay(el?.getAttribute("content") ?? el?.getAttribute("datetime"));
    if (day) return day;
  }
  return undefined;
}

/**
 * `{text, title, outlet, byline, published}` of the article in `html`; throws an Error
 * with a readable message when no article text is found.
 */
export function extractArticle(html) {
  // Renaming on* attributes first only spares the console a CSP report per handler:
  // the parsed document could not run them anyway, and the page's CSP forbids them.
  const quiet = html.replace(/<[a-z][^>]*>/gi, (tag) => tag.replace(/(\s)on([a-z]+\s*=)/gi, "$1data-on$2"));
  const doc = new DOMParser().parseFromString(quiet, "text/html");
  const dateFromMeta = metaDate(doc);
  const siteName = doc.querySelector('meta[property="og:site_name"]')?.getAttribute("content");
  const article = new Readability(doc, { serializer: (el) => el, charThreshold: 200 }).parse();
  let text = article?.content ? blockText(article.content) : "";
  if (!text) text = doc.body ? blockText(doc.body) : "";
  if (!text) throw new Error("no article text was found in this page");
  const clean = (s) => (typeof s === "string" && s.trim() ? s.trim().replace(/\s+/g, " ") : undefined);
  return {
    text,
    title: clean(article?.title) ?? clean(doc.title),
    outlet: clean(article?.siteName) ?? clean(siteName),
    byline: clean(article?.byline),
    published: isoDay(article?.publishedTime) ?? dateFromMeta,
  };
}
