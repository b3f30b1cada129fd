// A saved web page reduced to its article: body text, title, outlet, byline and date.
// Mozilla's Readability (vendored, Apache-2.0) works on a parsed document. The served
// page parses in a worker (extract-worker.js, with linkedom's DOMParser, which builds a
// plain object tree: nothing in it can run or load); the offline single file uses the
// browser's DOMParser on the main thread (a document without a browsing context: its
// scripts never run, its images, frames and styles are never fetched).

import { Readability } from "./vendor/readability.js";
import { isoDay } from "./markdown.js";
import { blockText, pageDate } from "./page-text.js";

/** The deepest element nesting read, as the CLI (src/ingest.rs): deeper pages are refused. */
export const MAX_DEPTH = 256;

// Elements with no end tag, or whose end tag may be left out (the parser closes them
// itself): they never nest deeper in practice, so they are not counted (as src/ingest.rs).
const NOT_NESTING = new Set(
  "area base br col embed hr img input link meta param source track wbr p li dt dd tr td th option optgroup thead tbody tfoot colgroup caption rb rt rp html head body".split(" "),
);
// Elements whose content is raw text, not markup (a "<div>" inside a script is no element).
const RAW_TEXT = new Set("script style textarea title xmp iframe noembed noframes plaintext".split(" "));

/**
 * How deep the elements of `html` nest, as an HTML parser builds them (an end tag
 * closes the elements left open inside it), in one linear scan; stops counting past
 * `limit`. The same count as the command line's (src/ingest.rs html_depth), except that
 * "<div/>" counts as an open div, which is what an HTML parser makes of it.
 */
export function nestingDepth(html, limit = MAX_DEPTH) {
  // A tag with its quoted attribute values taken whole, or a comment.
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)(?:"[^"]*"|'[^']*'|[^'">])*>|<!-{2}[\s\S]*?(?:-{2}>|$)/g;
  const open = [];
  let deepest = 0;
  let m;
  while ((m = tag.exec(html))) {
    if (!m[2]) continue; // a comment
    const name = m[2].toLowerCase();
    if (m[1]) {
      const at = open.lastIndexOf(name);
      if (at >= 0) open.length = at;
    } else if (RAW_TEXT.has(name)) {
      const close = new RegExp(`</${name}`, "gi");
      close.lastIndex = tag.lastIndex;
      tag.lastIndex = close.exec(html)?.index ?? html.length;
    } else if (!NOT_NESTING.has(name)) {
      open.push(name);
      if (open.length > deepest && (deepest = open.length) > limit) return deepest;
    }
  }
  return deepest;
}

/**
 * The page with its event-handler and style attributes renamed (`onclick=` →
 * `data-onclick=`, `style=` → `data-style=`), only where they are attributes: text and
 * attribute values that happen to contain "on…=" stay as written. This spares the
 * console a Content-Security-Policy report per attribute when the browser's DOMParser
 * reads the page; the policy blocks them anyway, so nothing read changes.
 */
export function quietHandlers(html) {
  // A start tag, its quoted values taken whole; then its attributes one by one, values whole.
  const startTag = /<([a-zA-Z][^\s/>]*)((?:"[^"]*"|'[^']*'|[^'">])*)>/g;
  const attribute = /(\s+)([^\s"'>/=]+)(\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]*))?/g;
  return html.replace(startTag, (_, name, attrs) =>
    `<${name}${attrs.replace(attribute, (whole, space, attr, value = "") => (/^(on|style$)/i.test(attr) ? `${space}data-${attr}${value}` : whole))}>`,
  );
}

/**
 * `{text, title, outlet, byline, published}` of the article in `html`, parsed by
 * `parse(html)` (a DOMParser's parseFromString). Throws an Error with a readable message
 * when the page is nested too deeply or no article text is found. `onProgress(stage)`
 * hears "parsing" and "extracting".
 */
export function extractArticle(html, parse, onProgress = () => {}) {
  const depth = nestingDepth(html);
  if (depth > MAX_DEPTH) throw new Error(`is HTML nested more than ${MAX_DEPTH} elements deep, which storylens does not read (as the command line)`);
  onProgress("parsing");
  const doc = parse(html);
  onProgress("extracting");
  const dateFromMeta = pageDate(doc);
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

/** Extraction on the main thread with the browser's DOMParser (the offline single file). */
export const extractOnMainThread = async (html, onProgress) =>
  extractArticle(quietHandlers(html), (s) => new DOMParser().parseFromString(s, "text/html"), onProgress);
