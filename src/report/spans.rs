//! Every quoted piece of a report, in one walk: the one list of span-bearing fields that
//! every offset check uses (`tests/common`, `fuzz/harness.rs`, `tests/web.rs`; its
//! JavaScript twin is `tests/e2e/spans.mjs`). `tests/contract.rs` holds it to the schema:
//! the schema's objects with `start` and `end` are exactly [`SPAN_FIELDS`].

use super::Analysis;

/// The span-bearing fields of the output, as paths (`[]`: each item of a list).
pub const SPAN_FIELDS: &[&str] = &[
    "documents[].excluded[]",
    "entities[].mentions[]",
    "entities[].roles[]",
    "entities[].metonyms[]",
    "timexes[]",
    "events[].evidence[]",
    "claims[]",
    "contradictions[].claims[]",
    "uncorroborated[]",
];

/// One piece of the output that points into a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quoted<'a> {
    /// Which field holds it (one of [`SPAN_FIELDS`]).
    pub field: &'static str,
    /// Index of the top-level item it is in (the document, entity, timex, event, claim, …).
    pub item: usize,
    /// Id of the document its offsets index.
    pub doc: &'a str,
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// The text it quotes; `None` for excluded lines, which carry offsets only.
    pub quote: Option<&'a str>,
}

impl Analysis {
    /// Every span of the analysis, field by field in the order of [`SPAN_FIELDS`].
    pub fn spans(&self) -> Vec<Quoted<'_>> {
        fn q<'a>(
            field: usize,
            item: usize,
            doc: &'a str,
            start: usize,
            end: usize,
            quote: Option<&'a str>,
        ) -> Quoted<'a> {
            Quoted { field: SPAN_FIELDS[field], item, doc, start, end, quote }
        }
        let mut out = Vec::new();
        for (i, d) in self.documents.iter().enumerate() {
            out.extend(d.excluded.iter().map(|x| q(0, i, &d.id, x.start, x.end, None)));
        }
        for (field, list) in [(1, 0), (2, 1), (3, 2)] {
            for (i, e) in self.entities.iter().enumerate() {
                let spans = [&e.mentions, &e.roles, &e.metonyms][list];
                out.extend(spans.iter().map(|s| q(field, i, &s.doc, s.start, s.end, Some(&s.text))));
            }
        }
        for (i, t) in self.timexes.iter().enumerate() {
            out.push(q(4, i, &t.doc, t.start, t.end, Some(&t.text)));
        }
        for (i, v) in self.events.iter().enumerate() {
            out.extend(v.evidence.iter().map(|s| q(5, i, &s.doc, s.start, s.end, Some(&s.text))));
        }
        for (i, c) in self.claims.iter().enumerate() {
            out.push(q(6, i, &c.doc, c.start, c.end, Some(&c.quote)));
        }
        for (i, k) in self.contradictions.iter().enumerate() {
            out.extend(k.claims.iter().map(|c| q(7, i, &c.doc, c.start, c.end, Some(&c.quote))));
        }
        for (i, c) in self.uncorroborated.iter().enumerate() {
            out.push(q(8, i, &c.doc, c.start, c.end, Some(&c.quote)));
        }
        out
    }
}

/// Every span whose offsets do not land on its quote: an unknown document, offsets
/// reversed or past the end of the text, or other text at the offsets. Linear in the
/// size of the output (each document's code point positions are computed once).
pub fn mismatches(a: &Analysis) -> Vec<String> {
    let index: std::collections::BTreeMap<&str, (&str, Vec<usize>)> = a
        .documents
        .iter()
        .map(|d| {
            let bytes = d.text.char_indices().map(|(b, _)| b).chain([d.text.len()]).collect();
            (d.id.as_str(), (d.text.as_str(), bytes))
        })
        .collect();
    let mut out = Vec::new();
    for q in a.spans() {
        let at = format!("{}, item {}: {}[{}..{}]", q.field, q.item, q.doc, q.start, q.end);
        let Some((text, bytes)) = index.get(q.doc) else {
            out.push(format!("{at}: no such document"));
            continue;
        };
        if q.start > q.end || q.end >= bytes.len() {
            out.push(format!("{at}: out of the document ({} code points)", bytes.len() - 1));
            continue;
        }
        let got = &text[bytes[q.start]..bytes[q.end]];
        if let Some(quote) = q.quote.filter(|quote| got != *quote) {
            out.push(format!("{at} is {got:?}, not {quote:?}"));
        }
    }
    out
}
