// Saved web pages reduced to their articles off the main thread (issue #22: a 9 MB page
// froze the page for 15 s). Workers have no DOMParser; linkedom's (www/vendor/linkedom.js)
// builds a plain object tree that Readability reads: nothing in it can run or load.
// Messages:
//   in:  {id, html}
//   out: {id, type: "progress", stage}          (stage: "parsing" | "extracting")
//        {id, type: "done", article} | {id, type: "error", error}

import { DOMParser } from "./vendor/linkedom.js";
import { extractArticle } from "./article.js";

self.onmessage = ({ data: { id, html } }) => {
  try {
    const article = extractArticle(html, (s) => new DOMParser().parseFromString(s, "text/html"), (stage) => postMessage({ id, type: "progress", stage }));
    postMessage({ id, type: "done", article });
  } catch (err) {
    postMessage({ id, type: "error", error: String(err?.message ?? err) });
  }
};
