// What the user gives (pasted text, files, the example) turned into sources: one per
// article, each with a stable id, a name to show and an optional publication date.
// No DOM here: saved web pages go to the `extract` function the page was given
// (extract-engine.js on the served page, article.js on the main thread offline).

import { parseJsonSet } from "./input-set.js";
import { isoDay, markdownToText } from "./markdown.js";
import { guessFromText, offer } from "./naming.js";

/** File name endings we read; anything else is refused with a message. */
export const ACCEPTED_EXTENSIONS = [".txt", ".text", ".md", ".markdown", ".html", ".htm", ".json"];

/** The analyser's limit for one document (src/input.rs MAX_DOCUMENT_BYTES). */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/**
 * Splits pasted text into articles at lines that hold only `---`
 * (three or more dashes, surrounding spaces allowed). Empty parts are dropped.
 */
export function splitPasted(text) {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/^[ \t]*-{3,}[ \t]*$/m)
    .map((part) => part.trim())
    .filter((part) => part !== "");
}

/** Number of words, for the source cards (the analyser counts its own). */
export function countWords(text) {
  const m = text.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu);
  return m ? m.length : 0;
}

/** The analyser's limit for a document's `id`, in UTF-8 bytes (src/input.rs MAX_ID_BYTES). */
export const MAX_ID_BYTES = 256;

const utf8 = new TextEncoder();

/** `text` cut to at most `max` UTF-8 bytes, at a code point boundary (never half a character). */
export function cutToBytes(text, max) {
  if (utf8.encode(text).length <= max) return text;
  let out = "";
  let bytes = 0;
  for (const ch of text) {
    const n = utf8.encode(ch).length;
    if (bytes + n > max) break;
    out += ch;
    bytes += n;
  }
  return out;
}

/**
 * An id not in `taken` (a Set), made from `base`: "reuters.txt", "reuters.txt-2", …, at
 * most MAX_ID_BYTES UTF-8 bytes (a long file name is cut, before its "-2" when it needs one).
 */
export function uniqueId(base, taken) {
  const stem = base || "source";
  let id = cutToBytes(stem, MAX_ID_BYTES);
  for (let n = 2; taken.has(id); n++) id = `${cutToBytes(stem, MAX_ID_BYTES - `-${n}`.length)}-${n}`;
  taken.add(id);
  return id;
}

/**
 * `list` (sources kept by an earlier page, which allowed longer ids) with every id over
 * MAX_ID_BYTES replaced by a unique cut one; `taken` holds the ids already in use.
 */
export function fitIds(list, taken = new Set()) {
  for (const s of list) if (utf8.encode(s.id).length <= MAX_ID_BYTES) taken.add(s.id);
  return list.map((s) => (utf8.encode(s.id).length <= MAX_ID_BYTES ? s : { ...s, id: uniqueId(s.id, taken) }));
}

/**
 * A source from an article: `{id, text, words, title, titleFrom, outlet, outletFrom,
 * byline, published, dateOrigin ("given" | "inferred" | "user" | ""), origin, file}`.
 * `titleFrom`/`outletFrom` say where each came from (naming.js ORIGIN_RANK); what the
 * file gave is "given", what the page reads off the text is "text".
 */
export function makeSource(article, { origin, file, base }, taken) {
  const published = isoDay(article.published) ?? "";
  const s = {
    id: uniqueId(article.id || base || file, taken),
    text: article.text,
    words: countWords(article.text),
    title: "",
    titleFrom: "",
    outlet: "",
    outletFrom: "",
    byline: article.byline ?? "",
    published,
    dateOrigin: published ? "given" : "",
    origin,
    file: file ?? "",
  };
  offer(s, "title", article.title?.trim(), "given");
  offer(s, "outlet", article.outlet?.trim(), "given");
  guessFromText(s);
  return s;
}

/**
 * A source kept by an earlier version of the page ({name, nameAuto, …}) in today's
 * form: a name the user typed becomes the outlet.
 */
export function upgradeSource(s) {
  if ("titleFrom" in s) return s;
  const out = { ...s, titleFrom: s.title ? "given" : "", outletFrom: s.outlet ? "given" : "" };
  if (s.nameAuto === false && s.name) Object.assign(out, { outlet: s.name, outletFrom: "user" });
  delete out.name;
  delete out.nameAuto;
  guessFromText(out);
  return out;
}

const refuse = (name, reason) => ({ ok: false, name, reason });

/**
 * Reads one File. Resolves to `{ok: true, name, articles: [{text, title?, outlet?,
 * byline?, published?, id?}]}` or `{ok: false, name, reason}`; never rejects, so one
 * bad file never stops the others. `extract(html, onProgress)` resolves a saved web
 * page to its article; `onProgress(stage)` hears how far a slow one has got.
 */
export async function readSourceFile(file, { extract, onProgress } = {}) {
  const name = file.name;
  const lower = name.toLowerCase();
  const ext = ACCEPTED_EXTENSIONS.find((e) => lower.endsWith(e));
  if (!ext) {
    const kind = /\.pdf$/.test(lower) ? "a PDF" : /\.(png|jpe?g|gif|webp|svg|heic|tiff?|bmp)$/.test(lower) ? "an image" : /\.(docx?|odt|rtf|pages)$/.test(lower) ? "a word-processor document" : "an unsupported file type";
    return refuse(name, `is ${kind}; storylens reads .txt, .md, .html, .htm and .json files (copy the article's text into a .txt file)`);
  }
  if (file.size > MAX_FILE_BYTES * (ext === ".json" ? 5 : 1)) {
    return refuse(name, `too large (${(file.size / 1048576).toFixed(1)} MB; the limit is 10 MB per report)`);
  }
  let bytes;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (err) {
    return refuse(name, `could not be read (${err.message})`);
  }
  if (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46) return refuse(name, "is a PDF, not text (copy its text into a .txt file)");
  if (bytes.includes(0)) return refuse(name, "looks like a binary file, not text (it contains NUL bytes)");
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return refuse(name, "is not UTF-8 text (save it as UTF-8 and try again)");
  }
  try {
    const articles = ext === ".html" || ext === ".htm" ? [await extract(text, onProgress)] : parseText(text, ext);
    if (articles.length === 0 || articles.every((a) => !a.text.trim())) return refuse(name, "is empty");
    return { ok: true, name, articles: articles.filter((a) => a.text.trim()) };
  } catch (err) {
    return refuse(name, err.message);
  }
}

function parseText(text, ext) {
  if (ext === ".json") return parseJsonSet(text);
  if (ext === ".md" || ext === ".markdown") {
    const md = markdownToText(text);
    return [{ ...md, text: md.text.trim() }];
  }
  return [{ text: text.replace(/\r\n?/g, "\n").trim() }];
}
