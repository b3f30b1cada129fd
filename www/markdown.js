// Markdown reduced to the plain text a reader sees. No DOM here.
//
// The one Markdown reader of the project: src/ingest/markdown.rs (the CLI) is the same
// algorithm, rule for rule, and both are held to the fixtures in tests/fixtures/markdown/
// (`cargo test --test markdown`, `node --test tests/node/`). The rules are listed in
// markdown.rs; a change here is a change there.

/** How deep inline spans (links in emphasis in links…) are unwrapped. */
const MAX_NESTING = 16;
const NONE = -1;

const isWord = (c) => c !== undefined && /[\p{Alphabetic}\p{N}]/u.test(c);
const isSpace = (c) => c !== undefined && /\p{White_Space}/u.test(c);
const isPunct = (c) => c !== undefined && /^[!-\/:-@\[-`{-~]$/.test(c);

/**
 * Markup characters, link targets, front matter and code fences go; words stay.
 * Front matter `title:`/`date:`/`published:`/`source:`/`author:` values are returned
 * for the source card: `{text, title, outlet, byline, published}`.
 */
export function markdownToText(md) {
  const lines = md.replace(/\r\n?/g, "\n").split("\n");
  const meta = {};
  if (lines[0].trimEnd() === "---") {
    const end = lines.slice(1).findIndex((l) => l.trimEnd() === "---" || l.trimEnd() === "...");
    if (end >= 0) {
      for (const line of lines.slice(1, end + 1)) {
        const colon = line.indexOf(":");
        if (colon < 0) continue;
        const value = unquote(line.slice(colon + 1).trim());
        meta[line.slice(0, colon).trim().toLowerCase()] = value || undefined;
      }
      lines.splice(0, end + 2);
    }
  }
  const text = [];
  let inFence = false;
  for (const line of lines) {
    const t = line.trimStart();
    if (t.startsWith("```") || t.startsWith("~~~")) {
      inFence = !inFence;
      continue;
    }
    if (inFence) text.push(line);
    else if (isReferenceDefinition(line)) continue;
    else if (isThematicBreak(line)) text.push("");
    else {
      const chars = Array.from(stripBlockMarks(line));
      const out = [];
      new Inline(chars).write(0, chars.length, 0, out);
      text.push(out.join(""));
    }
  }
  return {
    text: text.join("\n"),
    title: meta.title,
    outlet: meta.source,
    byline: meta.author,
    published: isoDay(meta.published ?? meta.date),
  };
}

/**
 * `YYYY-MM-DD` from an ISO date or date-time string (leading spaces allowed), when that
 * day exists and its year is 0001–9999 (the output contract's dates); else undefined.
 */
export function isoDay(value) {
  const day = (value ?? "").trimStart().slice(0, 10);
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(2000, mo - 1, d));
  date.setUTCFullYear(y);
  const exists = y >= 1 && date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
  return exists ? day : undefined;
}

function unquote(v) {
  for (const q of ['"', "'"]) {
    if (v.length >= 2 && v.startsWith(q) && v.endsWith(q)) return v.slice(1, -1);
  }
  return v;
}

function isReferenceDefinition(line) {
  const t = line.replace(/^ +/, "");
  if (line.length - t.length > 3 || !t.startsWith("[")) return false;
  const close = t.indexOf("]:");
  return close > 1 && !t.slice(1, close).includes("]") && t.slice(close + 2).trim() !== "";
}

function isThematicBreak(line) {
  const marks = Array.from(line).filter((c) => c !== " " && c !== "\t");
  if (!marks.length || !"-*_=".includes(marks[0])) return false;
  return marks.length >= 3 && marks.every((c) => c === marks[0]);
}

function stripBlockMarks(line) {
  let rest = line;
  let stripped = false;
  for (;;) {
    const t = rest.trimStart();
    if (!t.startsWith(">")) break;
    rest = t.slice(1);
    if (rest.startsWith(" ")) rest = rest.slice(1);
    stripped = true;
  }
  let t = rest.trimStart();
  let marker = 0;
  if (/^[-*+]/.test(t)) marker = 1;
  else {
    const digits = /^[0-9]*/.exec(t)[0].length;
    if (digits >= 1 && digits <= 9 && /^[.)]/.test(t.slice(digits))) marker = digits + 1;
  }
  if (marker > 0 && /^[ \t]/.test(t.slice(marker))) {
    rest = t.slice(marker).trimStart();
    stripped = true;
  }
  t = stripped ? rest.trimStart() : rest;
  const lead = t.length - t.replace(/^ +/, "").length;
  const afterLead = t.slice(lead);
  const hashes = /^#*/.exec(afterLead)[0].length;
  const after = afterLead.slice(hashes);
  const heading = lead <= 3 && hashes >= 1 && hashes <= 6 && (after === "" || /^[ \t]/.test(after));
  if (!heading) return t;
  let h = after.trim();
  const without = h.replace(/#+$/, "");
  if (without === "" || /[ \t]$/.test(without)) h = without.trimEnd();
  return h;
}

/** One line's inline markup, paired once (see markdown.rs). */
class Inline {
  constructor(c) {
    const n = c.length;
    this.c = c;
    this.pair = new Array(n).fill(NONE);
    this.tick = new Array(n).fill(NONE);
    this.closers = [[[], [], []], [[], [], []]];
    const brackets = [];
    const parens = [];
    const lastRun = [];
    let i = 0;
    while (i < n) {
      const ch = c[i];
      if (ch === "\\" && i + 1 < n && isPunct(c[i + 1])) {
        i += 2;
        continue;
      }
      if (ch === "[") brackets.push(i);
      else if (ch === "]") {
        const o = brackets.pop();
        if (o !== undefined) this.pair[o] = i;
      } else if (ch === "(") parens.push(i);
      else if (ch === ")") {
        const o = parens.pop();
        if (o !== undefined) this.pair[o] = i;
      } else if (ch === "`") {
        const len = runLength(c, i, n, "`");
        if (lastRun[len] !== undefined) this.tick[lastRun[len]] = i;
        lastRun[len] = i;
        i += len;
        continue;
      } else if (ch === "*" || ch === "_") {
        const len = runLength(c, i, n, ch);
        const before = c[i - 1];
        const after = c[i + len];
        const closes = before !== undefined && !isSpace(before) && !isWord(after);
        if (len >= 1 && len <= 3 && closes) this.closers[ch === "_" ? 1 : 0][len - 1].push(i);
        i += len;
        continue;
      }
      i += 1;
    }
  }

  write(from, to, depth, out) {
    const c = this.c;
    if (depth > MAX_NESTING) {
      out.push(...c.slice(from, to));
      return;
    }
    let i = from;
    while (i < to) {
      const ch = c[i];
      if (ch === "\\" && i + 1 < to && isPunct(c[i + 1])) {
        out.push(c[i + 1]);
        i += 2;
        continue;
      }
      if (ch === "`") {
        const len = runLength(c, i, to, "`");
        const close = this.tick[i];
        if (close !== NONE && close + len <= to) {
          let code = c.slice(i + len, close);
          const spaced = code[0] === " " && code[code.length - 1] === " ";
          if (code.length >= 2 && spaced && code.some((x) => x !== " ")) code = code.slice(1, -1);
          out.push(...code);
          i = close + len;
        } else {
          out.push(...c.slice(i, i + len));
          i += len;
        }
        continue;
      }
      if (ch === "!" || ch === "[") {
        const open = ch === "!" ? i + 1 : i;
        const end = this.link(open, to);
        if (end !== NONE) {
          this.write(open + 1, this.pair[open], depth + 1, out);
          i = end;
          continue;
        }
      }
      if (ch === "*" || ch === "_") {
        const len = runLength(c, i, to, ch);
        const close = this.emphasis(i, len, to);
        if (close !== NONE) {
          this.write(i + len, close, depth + 1, out);
          i = close + len;
        } else {
          out.push(...c.slice(i, i + len));
          i += len;
        }
        continue;
      }
      out.push(ch);
      i += 1;
    }
  }

  link(open, to) {
    if (this.c[open] !== "[" || this.pair[open] === NONE) return NONE;
    const next = this.pair[open] + 1;
    const n = this.c[next];
    if ((n === "(" || n === "[") && this.pair[next] !== NONE && this.pair[next] < to) return this.pair[next] + 1;
    return NONE;
  }

  emphasis(i, len, to) {
    const c = this.c;
    const before = c[i - 1];
    const after = c[i + len];
    const opens = len >= 1 && len <= 3 && after !== undefined && !isSpace(after) && !isWord(before);
    if (!opens) return NONE;
    const list = this.closers[c[i] === "_" ? 1 : 0][len - 1];
    // The first closer at or after i + len + 1 (binary search: the list is in order).
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid] < i + len + 1) lo = mid + 1;
      else hi = mid;
    }
    return lo < list.length && list[lo] + len <= to ? list[lo] : NONE;
  }
}

function runLength(c, i, to, ch) {
  let j = i;
  while (j < to && c[j] === ch) j++;
  return j - i;
}
