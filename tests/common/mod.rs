//! Helpers shared by the integration tests: fixture loading and the output invariants.
#![allow(dead_code)]

use storylens::report::Analysis;
use storylens::{InputDocument, InputSet};

/// The bundled example: five reports of the April 2025 US–Russia talks in Istanbul.
pub fn istanbul() -> InputSet {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/istanbul");
    let mut names: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    names.sort();
    InputSet {
        documents: names
            .iter()
            .map(|p| InputDocument {
                id: Some(p.file_name().unwrap().to_string_lossy().into_owned()),
                text: std::fs::read_to_string(p).unwrap(),
                ..Default::default()
            })
            .collect(),
    }
}

/// Code point slice of a document text.
pub fn slice(text: &str, start: usize, end: usize) -> String {
    text.chars().skip(start).take(end - start).collect()
}

/// Every offset in the output lands on its quoted text, inside its document.
/// (Byte offsets of every code point are computed once per document, so this stays
/// linear on the multi-megabyte outputs of tests/pathological.rs.)
pub fn check_offsets(a: &Analysis) {
    let index: std::collections::HashMap<&str, (&str, Vec<usize>)> = a
        .documents
        .iter()
        .map(|d| {
            (d.id.as_str(), (d.text.as_str(), d.text.char_indices().map(|(b, _)| b).chain([d.text.len()]).collect()))
        })
        .collect();
    let check = |doc: &str, start: usize, end: usize, quote: &str| {
        let (t, bytes) = index.get(doc).unwrap_or_else(|| panic!("unknown doc {doc}"));
        assert!(start <= end && end < bytes.len(), "offsets {start}..{end} out of {doc}");
        assert_eq!(&t[bytes[start]..bytes[end]], quote, "offsets {start}..{end} in {doc}");
    };
    for e in &a.entities {
        for m in e.mentions.iter().chain(&e.roles).chain(&e.metonyms) {
            check(&m.doc, m.start, m.end, &m.text);
        }
        assert!(!e.mentions.is_empty() || !e.metonyms.is_empty());
    }
    for t in &a.timexes {
        check(&t.doc, t.start, t.end, &t.text);
    }
    for v in &a.events {
        for ev in &v.evidence {
            check(&ev.doc, ev.start, ev.end, &ev.text);
        }
    }
    for c in &a.contradictions {
        let mut docs: Vec<&str> = c.claims.iter().map(|x| x.doc.as_str()).collect();
        docs.sort();
        docs.dedup();
        assert!(docs.len() >= 2, "contradiction {} has claims from one document", c.id);
        for cl in &c.claims {
            check(&cl.doc, cl.start, cl.end, &cl.quote);
        }
    }
    for u in &a.uncorroborated {
        check(&u.doc, u.start, u.end, &u.quote);
    }
    for c in &a.contradictions {
        assert!(c.voices >= 1 && c.voices <= c.claims.len());
    }
    for d in &a.documents {
        for x in &d.excluded {
            assert!(x.end < index[d.id.as_str()].1.len());
        }
    }
}
