// Flags that share a heading are told apart by the values they compare (www/describe.js
// flagHint), on the page's cards and in the HTML report; a flag with a heading of its own
// gets no hint. Run: node --test tests/node/
import { test } from "node:test";
import assert from "node:assert/strict";
import { flagHint } from "../../www/describe.js";

const claim = (doc, value) => ({ doc, value, start: 0, end: 1, quote: value, qualifiers: [] });
const analysis = {
  events: [],
  facts: [],
  contradictions: [
    { id: "C1", subject: "the game", attribute: "game period", claims: [claim("a", "the third quarter"), claim("b", "the second quarter")] },
    { id: "C2", subject: "the game", attribute: "game period", claims: [claim("a", "late in the fourth quarter (with 2:00 left)"), claim("c", "the first half")] },
    { id: "C4", subject: "the game", attribute: "game period", claims: [claim("a", "heading into the fourth quarter of the game"), claim("b", "the first half"), claim("c", "the second quarter")] },
    { id: "C3", subject: "the game", attribute: "record", claims: [claim("a", "10-5"), claim("b", "9-5")] },
  ],
};

const byId = (id) => analysis.contradictions.find((c) => c.id === id);

test("flags sharing a heading get their values as a hint, and different hints", () => {
  assert.equal(flagHint(analysis, byId("C1")), "the third quarter vs the second quarter");
  assert.equal(flagHint(analysis, byId("C2")), "late in the fourth quarter vs the first half");
  // Long values are cut at a word; more than two values are counted.
  assert.equal(flagHint(analysis, byId("C4")), "heading into the fourth… vs the first half (+1)");
});

test("a flag with a heading of its own gets no hint", () => {
  assert.equal(flagHint(analysis, byId("C3")), "");
});
