//! System output for the TIMEX3 scorer (`score_timex.py`, storylens eval format).
//!
//! Reads gold JSON Lines (`id`, `text`, `dct`), runs the text stage and
//! [`super::find_timexes`] on each document with its DCT, and writes one system
//! line per document with code point offsets:
//! `{"id": ..., "timexes": [{"start", "end", "text", "type", "value"}]}`.

use crate::span::{CharIndex, Span};
use crate::text::{split_sentences, tokenize};
use chrono::NaiveDate;
use serde_json::{json, Value};

/// Timexes of one text, as scorer JSON objects (code point offsets).
pub fn timexes_json(text: &str, dct: Option<NaiveDate>) -> Vec<Value> {
    let toks = tokenize(text, Span::new(0, text.len()));
    let sents: Vec<Span> = split_sentences(text, &toks).into_iter().map(|s| s.span).collect();
    let idx = CharIndex::new(text);
    super::find_timexes(text, &sents, dct)
        .into_iter()
        .map(|t| {
            let mut o = json!({
                "start": idx.char_of(t.span.start),
                "end": idx.char_of(t.span.end),
                "text": t.span.of(text),
                "type": t.kind.as_str(),
                "value": t.value,
            });
            if let Some(m) = t.modifier {
                o["mod"] = json!(m);
            }
            o
        })
        .collect()
}

/// The system file for a gold timex JSONL file (blank or malformed lines skipped).
pub fn timex_system_file(gold_jsonl: &str) -> String {
    let mut out = String::new();
    for line in gold_jsonl.lines() {
        let Ok(doc) = serde_json::from_str::<Value>(line) else { continue };
        let text = doc.get("text").and_then(Value::as_str).unwrap_or("");
        let dct = doc.get("dct").and_then(Value::as_str).and_then(|s| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok());
        let row = json!({ "id": doc.get("id").cloned().unwrap_or(Value::Null), "timexes": timexes_json(text, dct) });
        out.push_str(&row.to_string());
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn system_line_uses_code_points() {
        let gold = r#"{"id": "d1", "dct": "2025-04-10", "text": "Türkiye – talks lasted six hours on Thursday."}
not json
"#;
        let out = timex_system_file(gold);
        let row: Value = serde_json::from_str(out.lines().next().unwrap()).unwrap();
        assert_eq!(out.lines().count(), 1);
        let t = &row["timexes"];
        assert_eq!(t[0]["value"], "PT6H");
        assert_eq!(t[0]["start"], 23);
        assert_eq!(t[1]["value"], "2025-04-10");
    }
}
