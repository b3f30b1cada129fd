//! Native-only evaluation harness: runs storylens over the annotated corpora in
//! `../shared/eval/` and writes the system files their scorers read.

use crate::{analyze, InputDocument, InputSet};

pub use crate::time::eval::timex_system_file;
use serde_json::{json, Value};

/// For each topic line of a gold `*.coref.jsonl` file, analyses the topic's
/// documents together and writes one system line: every entity is one cluster
/// of mentions (`doc`, `start`, `end` in code points), metonyms included.
pub fn coref_system_file(gold_jsonl: &str) -> Result<String, String> {
    let mut out = String::new();
    for (n, line) in gold_jsonl.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        let topic: Value = serde_json::from_str(line).map_err(|e| format!("line {}: {e}", n + 1))?;
        let docs = topic["documents"].as_array().ok_or(format!("line {}: no documents", n + 1))?;
        let set = InputSet {
            documents: docs
                .iter()
                .map(|d| InputDocument {
                    id: d["id"].as_str().map(str::to_string),
                    published: d["dct"].as_str().map(str::to_string),
                    text: d["text"].as_str().unwrap_or("").to_string(),
                    ..Default::default()
                })
                .collect(),
        };
        let analysis = analyze(&set).map_err(|e| e.to_string())?;
        let entities: Vec<Value> = analysis
            .entities
            .iter()
            .map(|e| {
                let mentions: Vec<Value> = e
                    .mentions
                    .iter()
                    .chain(&e.metonyms)
                    .map(|m| json!({"doc": m.doc, "start": m.start, "end": m.end, "text": m.text}))
                    .collect();
                json!({"chain": e.id, "type": e.kind, "name": e.name, "mentions": mentions})
            })
            .collect();
        out.push_str(
            &serde_json::to_string(&json!({"topic": topic["topic"], "entities": entities}))
                .map_err(|e| e.to_string())?,
        );
        out.push('\n');
    }
    Ok(out)
}
