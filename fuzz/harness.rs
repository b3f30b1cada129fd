//! The checks the fuzz targets run, shared with `tests/fuzz_regressions.rs`, which
//! replays the seed corpus and every saved crash with a plain `cargo test`.
//! Included by path (`#[path]`) from both places; depends only on storylens and serde_json.
#![allow(dead_code)]

use storylens::{analyze, Analysis, InputDocument, InputSet};

/// File kinds the `ingest` target picks from with its first byte.
pub const KINDS: &[&str] = &["html", "htm", "txt", "md", "json", "", "pdf"];

/// The `analyze` target: arbitrary bytes become a document set (split on U+001E
/// RECORD SEPARATOR, at most 8 documents, every second one with a publication date),
/// or, when they start with `{`, the JSON input format. Checks the output invariants:
/// every offset inside its document and every quote equal to the text at its offsets.
pub fn analyze_bytes(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    if text.starts_with('{') {
        // The JSON contract: malformed input or an input over a limit is an error, never a panic.
        if let Ok(set) = InputSet::from_json(&text) {
            if let Ok(a) = analyze(&set) {
                check_offsets(&a);
            }
        }
        return;
    }
    let documents = text
        .split('\u{1E}')
        .take(8)
        .enumerate()
        .map(|(i, t)| InputDocument {
            id: Some(format!("d{i}")),
            published: (i % 2 == 1).then(|| "2025-04-10".to_string()),
            text: t.to_string(),
            ..Default::default()
        })
        .collect();
    let a = analyze(&InputSet { documents }).expect("within the limits");
    check_offsets(&a);
    serde_json::to_string(&a).expect("serialises");
}

/// The `ingest` target: the first byte picks the file kind (.html, .txt, .md, .json,
/// none, or an unsupported one), the rest are the file's bytes, read as the CLI reads
/// a file. A refusal must name the file; what is accepted is analysed and checked.
pub fn ingest_bytes(data: &[u8]) {
    let Some((&kind, bytes)) = data.split_first() else { return };
    let ext = KINDS[kind as usize % KINDS.len()];
    let name = format!("fuzz.{ext}");
    match storylens::ingest::read_bytes(&name, ext, bytes) {
        Ok(documents) => {
            if let Ok(a) = analyze(&InputSet { documents }) {
                check_offsets(&a);
                serde_json::to_string(&a).expect("serialises");
            }
        }
        Err(message) => assert!(message.starts_with(&name), "a refusal names the file: {message}"),
    }
}

/// Every offset lands on its quote (the crate's one walker over the span-bearing fields),
/// and the metadata is what the schema allows.
fn check_offsets(a: &Analysis) {
    let bad = storylens::report::spans::mismatches(a);
    assert!(bad.is_empty(), "offsets off their quotes:\n{}", bad.join("\n"));
    for d in &a.documents {
        // Metadata reaches terminals and pages: never a control character (issue #22).
        for field in [Some(&d.id), d.source.as_ref(), d.title.as_ref()].into_iter().flatten() {
            assert!(!field.chars().any(char::is_control), "control character in metadata of {}", d.id);
        }
        // `published.value` is what the schema allows: YYYY-MM-DD, years 0001–9999.
        if let Some(v) = &d.published.value {
            let b = v.as_bytes();
            let ok = b.len() == 10
                && b[4] == b'-'
                && b[7] == b'-'
                && b.iter().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
                && &v[..4] != "0000";
            assert!(ok, "published value {v:?} of {} is outside the schema", d.id);
        }
    }
}
