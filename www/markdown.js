// Markdown reduced to the plain text a reader sees. No DOM here.

/**
 * Markup characters, link targets, front matter and code fences go; words stay.
 * Front matter `title:`/`date:`/`source:` values are returned for the source card.
 */
export function markdownToText(md) {
  const lines = md.replace(/\r\n?/g, "\n").split("\n");
  const meta = {};
  if (lines[0] === "---") {
    const end = lines.indexOf("---", 1);
    if (end > 0) {
      for (const line of lines.slice(1, end)) {
        const m = /^(title|date|published|source|author)\s*:\s*["']?(.*?)["']?\s*$/i.exec(line);
        if (m) meta[m[1].toLowerCase()] = m[2];
      }
      lines.splice(0, end + 1);
    }
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
  return {
    text: out.join("\n"),
    title: meta.title,
    outlet: meta.source,
    byline: meta.author,
    published: isoDay(meta.published ?? meta.date),
  };
}

/** `YYYY-MM-DD` from an ISO date or date-time string, else undefined. */
export function isoDay(value) {
  const m = /^\s*(\d{4}-\d{2}-\d{2})/.exec(value ?? "");
  return m ? m[1] : undefined;
}
