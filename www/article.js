// A saved web page reduced to its article: body text, title, outlet, byline and date.
// Mozilla's Readability (vendored, Apache-2.0) works on a document made by the browser's
// own DOMParser: such a document has no browsing context, so its scripts never run, its
// event handlers never fire and its images, frames and styles are never fetched.

import { Readability } from "./vendor/readability.js";
import { isoDay } from "./markdown.js";
import { blockText, pageDate } from "./page-text.js";

/**
 * `{text, title, outlet, byline, published}` of the article in `html`; throws an Error
 * with a readable message when no article text is found.
 */
export function extractArticle(html) {
  // Renaming on* attributes first only spares the console a CSP report per handler:
  // the parsed document could not run them anyway, and the page's CSP forbids them.
  const quiet = html.replace(/<[a-z][^>]*>/gi, (tag) => tag.replace(/(\s)on([a-z]+\s*=)/gi, "$1data-on$2"));
  const doc = new DOMParser().parseFromString(quiet, "text/html");
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
