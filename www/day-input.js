// A publication date as people type it, read into `YYYY-MM-DD`: "2025-04-10",
// "2025/4/10", "10 April 2025", "Apr 10, 2025", "10.04.2025" (day first, as in most of
// the world; an ambiguous day/month order in slashes is not guessed). No DOM here.

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

/** `YYYY-MM-DD` when `y`, `m` (1–12) and `d` make a real calendar day, else null. */
function day(y, m, d) {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1000 || y > 9999 || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** 1–12 for a month's name or its first three letters ("Apr", "apr.", "April"; "Sept" too), else 0. */
const month = (word) => {
  const w = word.toLowerCase().replace(/\.$/, "");
  const i = MONTHS.findIndex((name) => name === w || (w.length >= 3 && name.startsWith(w) && (w.length === 3 || w === "sept")));
  return i + 1;
};

/**
 * `{value}` with the day in `YYYY-MM-DD`, `{value: ""}` for an empty field, or
 * `{error}` saying how to write it.
 */
export function parseDay(input) {
  const s = (input ?? "").trim().replace(/\s+/g, " ");
  if (s === "") return { value: "" };
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(s);
  let value = m ? day(+m[1], +m[2], +m[3]) : null;
  if (!value && (m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s))) value = day(+m[3], +m[2], +m[1]);
  if (!value && (m = /^(\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]+\.?),? (\d{4})$/.exec(s)) && month(m[2])) value = day(+m[3], month(m[2]), +m[1]);
  if (!value && (m = /^([A-Za-z]+\.?) (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$/.exec(s)) && month(m[1])) value = day(+m[3], month(m[1]), +m[2]);
  return value ? { value } : { error: "write the date as 2025-04-10 or 10 April 2025" };
}
