//! The one Markdown reader, held to the shared fixtures: every `tests/fixtures/markdown/*.md`
//! reduced by `storylens::ingest::markdown` must give its `.txt` exactly, and its front
//! matter the values in `.meta.json` (all absent when there is no such file). The page's
//! `www/markdown.js` is held to the same files by `tests/node/markdown.test.mjs`.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;
use storylens::ingest::markdown::to_text;

#[test]
fn fixtures_read_as_expected() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/markdown");
    let mut inputs: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    inputs.sort();
    assert!(inputs.len() >= 10, "only {} fixtures", inputs.len());
    for md in inputs {
        let name = md.file_name().unwrap().to_string_lossy().into_owned();
        let got = to_text(&std::fs::read_to_string(&md).unwrap());
        let expected = std::fs::read_to_string(md.with_extension("txt")).unwrap();
        assert_eq!(got.text, expected, "{name}: text");
        let meta: serde_json::Value = std::fs::read_to_string(md.with_extension("meta.json"))
            .map(|s| serde_json::from_str(&s).unwrap())
            .unwrap_or_default();
        for (key, value) in
            [("title", &got.title), ("source", &got.source), ("byline", &got.byline), ("published", &got.published)]
        {
            assert_eq!(value.as_deref(), meta[key].as_str(), "{name}: {key}");
        }
    }
}
