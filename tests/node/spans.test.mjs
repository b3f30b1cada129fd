// The JavaScript span walker (tests/e2e/spans.mjs) held to the JSON Schema, as
// tests/contract.rs holds the Rust one (src/report/spans.rs): the schema's objects with
// `start` and `end` are exactly SPAN_FIELDS, and a wrong offset in any of them is found.
// Run: node --test tests/node/
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { SPAN_FIELDS, spans, offsetMismatches } from "../e2e/spans.mjs";

const schema = JSON.parse(readFileSync(new URL("../../docs/storylens-1.schema.json", import.meta.url), "utf8"));

/** Paths of the schema's objects that have both `start` and `end` (`[]`: a list's items). */
function spanPaths(node, path = "", out = new Set()) {
  if (node.$ref) node = node.$ref.split("/").slice(1).reduce((n, k) => n[k], schema);
  const props = node.properties ?? {};
  if ("start" in props && "end" in props) out.add(path);
  for (const [k, v] of Object.entries(props)) spanPaths(v, path ? `${path}.${k}` : k, out);
  if (node.items) spanPaths(node.items, `${path}[]`, out);
  for (const v of [...(node.oneOf ?? []), ...(node.anyOf ?? [])]) spanPaths(v, path, out);
  return out;
}

test("SPAN_FIELDS are the schema's span-bearing fields", () => {
  assert.deepEqual([...spanPaths(schema)].sort(), [...SPAN_FIELDS].sort());
});

// One document with characters outside the BMP (two UTF-16 units, one code point each)
// and one entry in every span-bearing field, all quoting "Darchiev" (code points 3..11).
const text = "📰🇹🇷 Darchiev met Coulter.";
const span = { doc: "a", start: 4, end: 12, text: "Darchiev" };
const claim = { doc: "a", start: 4, end: 12, quote: "Darchiev", value: "x", qualifiers: [] };
const analysis = () => ({
  documents: [{ id: "a", text, excluded: [{ start: 0, end: 3, reason: "credit" }] }],
  entities: [{ id: "E1", mentions: [{ ...span }], roles: [{ ...span }], metonyms: [{ ...span }] }],
  timexes: [{ ...span }],
  events: [{ id: "V1", evidence: [{ ...span }] }],
  claims: [{ ...claim }],
  contradictions: [{ id: "C1", claims: [{ ...claim }, { ...claim }] }],
  uncorroborated: [{ ...claim }],
});

test("a right analysis has no mismatch, and every field is walked", () => {
  assert.equal(Array.from(text).slice(4, 12).join(""), "Darchiev");
  assert.deepEqual(offsetMismatches(analysis()), []);
  assert.deepEqual([...new Set([...spans(analysis())].map((s) => s.field))], SPAN_FIELDS);
});

test("a wrong offset in any field is found and named", () => {
  for (const field of SPAN_FIELDS) {
    const a = analysis();
    const target = [...spans(a)].find((s) => s.field === field);
    // Reach the object the walker read and move its end one code point on.
    const [top, inner] = field.replaceAll("[]", "").split(".");
    const entry = a[top][target.item];
    const obj = inner ? entry[inner][0] : entry;
    obj.end = field.startsWith("documents") ? text.length + 9 : obj.end + 1;
    const bad = offsetMismatches(a);
    assert.equal(bad.length, 1, `${field}: ${bad}`);
    assert.ok(bad[0].startsWith(field), bad[0]);
  }
  const a = analysis();
  a.timexes[0].doc = "nowhere";
  assert.match(offsetMismatches(a)[0], /no such document/);
});
