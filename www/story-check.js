// "Do these reports tell one story?" Two reports belong together when they name the
// same person by full name, or two organisations, facilities or other names (places
// count half: two unrelated stories easily share a country or a capital), or share
// half of that and an event of the story. Reports whose own dates (given, typed, or read from a dateline) lie more than a
// year apart are kept apart whatever they share. The groups are what the page offers to
// split. Since storylens 0.2 the analyser groups the documents itself (`documents[].story`,
// and never compares claims across stories): its grouping is used when it finds more than
// one story. It puts a report that shares nothing with the others into the largest story
// (whose dates it then shares), so when it finds one story the page's own check runs too.
// Reads only the storylens/1 analysis; no DOM here.

/** Shared weight at which two reports are linked; with a shared core event, half of it. */
const LINK = 2;
/** Days between two reports' own dates beyond which they are not one story's reports. */
const APART_DAYS = 365;

/** What sharing entity `e` says: a person's full name links two reports on its own. */
const weight = (e) => (e.type === "PLACE" ? 0.5 : e.type === "PERSON" && /\S\s+\S/.test(e.name) ? LINK : 1);

/** A document's own date in days (given by the user or the file, or a dateline), else null. */
function ownDay(d) {
  const p = d.published;
  if (!p?.value || (p.inferred && p.basis !== "dateline")) return null;
  const [y, m, day] = p.value.split("-").map(Number);
  return Date.UTC(y, m - 1, day) / 86400000;
}

/**
 * The reports grouped into stories: `{groups: [[doc id]], apart: bool}`, the largest
 * group first (ties: input order). One group means one story. `apart` is true when some
 * groups were split only because of their dates.
 */
export function storyGroups(analysis) {
  if (analysis.documents.length && analysis.documents.every((d) => typeof d.story === "string")) {
    const by = new Map();
    analysis.documents.forEach((d) => by.set(d.story, [...(by.get(d.story) ?? []), d.id]));
    if (by.size > 1) return { groups: [...by.values()].sort((a, b) => b.length - a.length), apart: false, byAnalyser: true };
  }
  const docs = analysis.documents.map((d) => d.id);
  const index = new Map(docs.map((id, i) => [id, i]));
  const n = docs.length;
  if (n < 2) return { groups: [docs], apart: false };

  // Shared weight per pair, counted per entity (an entity's sources are few per pair).
  const shared = new Map();
  const key = (i, j) => (i < j ? i * n + j : j * n + i);
  for (const e of analysis.entities) {
    const ids = e.sources.map((id) => index.get(id)).filter((i) => i !== undefined);
    if (ids.length < 2 || ids.length > 60) continue; // names in most of many reports say little, and the pairs would grow
    for (let a = 0; a < ids.length; a++) for (let b = a + 1; b < ids.length; b++) shared.set(key(ids[a], ids[b]), (shared.get(key(ids[a], ids[b])) ?? 0) + weight(e));
  }
  const withEvent = new Set();
  for (const ev of analysis.events) {
    if (ev.status !== "core" || ev.sources.length > 60) continue;
    const ids = ev.sources.map((id) => index.get(id)).filter((i) => i !== undefined);
    for (let a = 0; a < ids.length; a++) for (let b = a + 1; b < ids.length; b++) withEvent.add(key(ids[a], ids[b]));
  }

  const days = analysis.documents.map(ownDay);
  const farApart = (i, j) => days[i] !== null && days[j] !== null && Math.abs(days[i] - days[j]) > APART_DAYS;

  // Union-find over the links; a link between reports dated far apart is not made.
  const parent = docs.map((_, i) => i);
  const find = (i) => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  let cutByDate = false;
  for (const [k, w] of shared) {
    const i = Math.floor(k / n);
    const j = k % n;
    if (w < LINK && !(w >= LINK / 2 && withEvent.has(k))) continue;
    if (farApart(i, j)) {
      cutByDate = true;
      continue;
    }
    parent[find(i)] = find(j);
  }
  // Within a group, reports dated far from the group's other dated reports start a group of their own.
  const groups = new Map();
  for (let i = 0; i < n; i++) {
    const root = find(i);
    if (!groups.has(root)) groups.set(root, []);
    groups.get(root).push(i);
  }
  const out = [];
  for (const members of groups.values()) out.push(...splitByDate(members, days, () => (cutByDate = true)));
  out.sort((a, b) => b.length - a.length || a[0] - b[0]);
  return { groups: out.map((g) => g.map((i) => docs[i])), apart: cutByDate };
}

/** `members` split where their own dates jump by more than APART_DAYS; undated ones join the largest part. */
function splitByDate(members, days, onSplit) {
  const dated = members.filter((i) => days[i] !== null).sort((a, b) => days[a] - days[b]);
  if (dated.length < 2) return [members];
  const parts = [[dated[0]]];
  for (let k = 1; k < dated.length; k++) {
    if (days[dated[k]] - days[dated[k - 1]] > APART_DAYS) parts.push([]);
    parts[parts.length - 1].push(dated[k]);
  }
  if (parts.length === 1) return [members];
  onSplit();
  const largest = parts.reduce((a, b) => (b.length > a.length ? b : a));
  largest.push(...members.filter((i) => days[i] === null));
  return parts.map((p) => p.sort((a, b) => a - b));
}
