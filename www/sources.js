// What the user gives (pasted text, files) turned into article texts.
// No DOM here: every function takes and returns plain values.

/** File name endings we read; anything else is refused with a message. */
export const ACCEPTED_EXTENSIONS = [".txt", ".text", ".md", ".markdown"];

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

/**
 * Reads one File as article text.
 * Resolves to `{ok: true, name, text}` or `{ok: false, name, reason}`; never rejects,
 * so one bad file never stops the others.
 */
export async function readTextFile(file) {
  const name = file.name;
  const lower = name.toLowerCase();
  if (!ACCEPTED_EXTENSIONS.some((ext) => lower.endsWith(ext))) {
    return { ok: false, name, reason: "unsupported file type (only .txt and .md files can be read)" };
  }
  if (file.size > MAX_FILE_BYTES) {
    const mb = (file.size / (1024 * 1024)).toFixed(1);
    return { ok: false, name, reason: `too large (${mb} MB; the limit is 10 MB per report)` };
  }
  let bytes;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (err) {
    return { ok: false, name, reason: `could not be read (${err.message})` };
  }
  if (bytes.includes(0)) {
    return { ok: false, name, reason: "looks like a binary file, not text (it contains NUL bytes)" };
  }
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, name, reason: "is not UTF-8 text (save it as UTF-8 and try again)" };
  }
  if (lower.endsWith(".md") || lower.endsWith(".markdown")) text = markdownToText(text);
  text = text.replace(/\r\n?/g, "\n").trim();
  if (text === "") return { ok: false, name, reason: "is empty" };
  return { ok: true, name, text };
}

/**
 * Reduces Markdown to the plain text a reader sees: markup characters, link
 * targets, front matter and code fences go; words stay.
 */
export function markdownToText(md) {
  const lines = md.replace(/\r\n?/g, "\n").split("\n");
  if (lines[0] === "---") {
    const end = lines.indexOf("---", 1);
    if (end > 0) lines.splice(0, end + 1);
  }
  const out = [];
  for (let line of lines) {
    if (/^\s*(```|~~~)/.test(line)) continue; // code fence markers
    if (/^\s*\[[^\]]+\]:\s*\S+/.test(line)) continue; // link reference definitions
    if (/^\s*([-*_])(\s*\1){2,}\s*$/.test(line)) { out.push(""); continue; } // rules
    line = line
      .replace(/^\s{0,3}#{1,6}\s+/, "") // headings
      .replace(/\s+#+\s*$/, "")
      .replace(/^\s*>\s?/, "") // block quotes
      .replace(/^\s*(?:[-*+]|\d+[.)])\s+/, "") // list markers
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1") // images → alt text
      .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1") // links → link text
      .replace(/\[([^\]]+)\]\[[^\]]*\]/g, "$1")
      .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, "$2") // strong
      .replace(/(^|[^\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?!\w)/g, "$1$2") // emphasis
      .replace(/(^|\W)_(?=\S)([^_]+?)(?<=\S)_(?!\w)/g, "$1$2")
      .replace(/`([^`]+)`/g, "$1"); // inline code
    out.push(line);
  }
  return out.join("\n");
}

/** Number of words, for the source list (the analyser counts its own). */
export function countWords(text) {
  const m = text.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu);
  return m ? m.length : 0;
}
