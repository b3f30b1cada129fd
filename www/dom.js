// Small DOM and formatting helpers shared by every view. Text always goes in as text
// nodes (Node.append with a string): nothing is ever parsed as HTML.

/**
 * `h("li", {class: "x", "data-type": t}, "text", childNode, …)`: an element whose
 * string children become text nodes. Attributes are set with setAttribute, so values
 * are never parsed as markup; `null`/`undefined`/`false` children and attributes are
 * skipped. `on: {click: f}` adds event listeners.
 */
export function h(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (key === "on") {
      for (const [type, f] of Object.entries(value)) node.addEventListener(type, f);
      continue;
    }
    if (value === null || value === undefined || value === false) continue;
    node.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

/**
 * Code points `start`..`end` of a text given as `Array.from(text)`. storylens offsets
 * count Unicode code points; JavaScript string indices count UTF-16 units, so
 * `text.slice(start, end)` would be wrong after any emoji or other astral character.
 */
export function codePointSlice(codePoints, start, end) {
  return codePoints.slice(start, end).join("");
}

/**
 * What every view of one analysis needs (the page's results.js adds `show` and `goTab`):
 *   analysis     the storylens/1 object
 *   name(id)     the name to show for a document id: `names.get(id)`, else the analyser's source, else the id
 *   chip(id)     a small element naming a source
 *   points(id)   the document text as an array of code points (offsets count these)
 */
export function viewContext(analysis, names = new Map()) {
  const points = new Map();
  const name = (id) => names.get(id) || analysis.documents.find((d) => d.id === id)?.source || id;
  return {
    analysis,
    name,
    chip: (id) => h("span", { class: "doc-chip", "data-doc": id }, name(id)),
    points(id) {
      if (!points.has(id)) points.set(id, Array.from(analysis.documents.find((d) => d.id === id)?.text ?? ""));
      return points.get(id);
    },
  };
}

const number = new Intl.NumberFormat("en");
export const fmt = (n) => number.format(n);
/** "1 report", "3 reports", "2 entities". */
export const plural = (n, one, many = one + "s") => `${number.format(n)} ${n === 1 ? one : many}`;

/** A headline as a source name: cut at a word after about 48 characters. */
export function shortTitle(title) {
  if (!title || title.length <= 52) return title;
  return title.slice(0, 48).replace(/\s+\S*$/, "") + "…";
}

/** Entity type → heading. */
export const TYPE_NAMES = { PERSON: "People", ORG: "Organisations", PLACE: "Places", FACILITY: "Facilities", OTHER: "Other" };
export const SEVERITIES = ["high", "medium", "low"];

// Formatters made once: toLocaleDateString builds a new one per call, which costs about
// a millisecond each and adds up over a few hundred dates (issue #8: no long tasks).
const DAY = new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const MONTH = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });
const DAY_OF_YEAR = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", timeZone: "UTC" });
/** A UTC date; setUTCFullYear, because Date.UTC reads years 0–99 as 1900–1999. */
const utc = (y, m, d) => {
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  return date;
};

const PART_OF_DAY = { MO: "morning", AF: "afternoon", EV: "evening", NI: "night" };
const SEASON = { SP: "spring", SU: "summer", FA: "autumn", WI: "winter" };

/**
 * A readable form of a TIMEX3 value: "Thu, 10 Apr 2025", "April 2025", "2016 – 2018",
 * "the week of Mon, 7 Apr 2025", "the weekend of Sat, 14 Sept 2013", "Sat, 14 Sept 2013,
 * afternoon", "summer 2013"; anything else as it is.
 */
export function readableValue(value) {
  if (value.includes("/")) return value.split("/").map(readableValue).join(" – ");
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m) return DAY.format(utc(+m[1], +m[2], +m[3]));
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return MONTH.format(utc(+m[1], +m[2], 1));
  m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value);
  if (m) {
    // ISO week: week 1 holds 4 January; a week starts on Monday.
    const jan4 = utc(+m[1], 1, 4);
    const monday = new Date(jan4.getTime() + ((+m[2] - 1) * 7 - ((jan4.getUTCDay() + 6) % 7)) * 86400000);
    const saturday = new Date(monday.getTime() + 5 * 86400000);
    return m[3] ? `the weekend of ${DAY.format(saturday)}` : `the week of ${DAY.format(monday)}`;
  }
  m = /^(\d{4})-(\d{2})-(\d{2})T(MO|AF|EV|NI)$/.exec(value);
  if (m) return `${DAY.format(utc(+m[1], +m[2], +m[3]))}, ${PART_OF_DAY[m[4]]}`;
  m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}:\d{2})$/.exec(value);
  if (m) return `${DAY.format(utc(+m[1], +m[2], +m[3]))}, ${m[4]}`;
  m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value);
  if (m) return `${SEASON[m[2]]} ${m[1]}`;
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) return `Q${m[2]} ${m[1]}`;
  m = /^XXXX-(\d{2})-(\d{2})$/.exec(value);
  if (m) return DAY_OF_YEAR.format(utc(2000, +m[1], +m[2])) + " (year unknown)";
  return value;
}

/** A TIMEX3 value as a <time> element when it is a full date, else a span. */
export function dateElement(value) {
  const full = /^\d{4}-\d{2}-\d{2}$/.test(value);
  return h(full ? "time" : "span", { class: "date", datetime: full ? value : null, title: value }, readableValue(value));
}

/** Runs `f` `ms` after the last call; `.cancel()` drops a pending call. */
export function debounce(f, ms) {
  let timer;
  const call = (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => f(...args), ms);
  };
  call.cancel = () => clearTimeout(timer);
  return call;
}

/** Offers `text` as a file download named `name`. */
export function download(name, text, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = h("a", { href: url, download: name, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
