//! The public contract: the output validates against the JSON Schema, input
//! errors are clear, limits are enforced, and the snapshot of the example is reviewed.

mod common;

use serde_json::Value;
use std::collections::BTreeSet;
use storylens::report::spans::{mismatches, SPAN_FIELDS};
use storylens::{analyze, analyze_json, Analysis, InputDocument, InputSet};

fn schema() -> jsonschema::Validator {
    let text = include_str!("../docs/storylens-1.schema.json");
    let schema: serde_json::Value = serde_json::from_str(text).unwrap();
    jsonschema::validator_for(&schema).expect("schema compiles")
}

fn assert_valid(a: &storylens::Analysis) {
    let v = serde_json::to_value(a).unwrap();
    let errors: Vec<String> = schema().iter_errors(&v).map(|e| format!("{} at {}", e, e.instance_path())).collect();
    assert!(errors.is_empty(), "schema violations: {errors:#?}");
}

#[test]
fn example_output_matches_schema() {
    assert_valid(&analyze(&common::istanbul()).unwrap());
}

#[test]
fn edge_inputs_match_schema() {
    for text in ["", "   \n\n", "a", "\u{FEFF}Hello\r\nWorld\r", "😀 שלום عربى", "12 34 56", "ALL CAPS WORDS ONLY HERE"]
    {
        let set = InputSet { documents: vec![InputDocument { text: text.into(), ..Default::default() }] };
        let a = analyze(&set).unwrap();
        assert_valid(&a);
        common::check_offsets(&a);
    }
}

/// Paths of the schema's objects that have both `start` and `end` (`[]`: a list's items).
fn span_paths(root: &Value, node: &Value, path: &str, out: &mut BTreeSet<String>) {
    let node = match node["$ref"].as_str() {
        Some(r) => r.trim_start_matches("#/").split('/').fold(root, |n, k| &n[k]),
        None => node,
    };
    if let Some(props) = node["properties"].as_object() {
        if props.contains_key("start") && props.contains_key("end") {
            out.insert(path.to_string());
        }
        for (k, v) in props {
            span_paths(root, v, &if path.is_empty() { k.clone() } else { format!("{path}.{k}") }, out);
        }
    }
    if node.get("items").is_some() {
        span_paths(root, &node["items"], &format!("{path}[]"), out);
    }
    for alt in ["oneOf", "anyOf"] {
        for v in node[alt].as_array().into_iter().flatten() {
            span_paths(root, v, path, out);
        }
    }
}

/// Objects with `start` and `end` anywhere in a JSON value.
fn count_offsets(v: &Value) -> usize {
    match v {
        Value::Object(o) => {
            usize::from(o.contains_key("start") && o.contains_key("end")) + o.values().map(count_offsets).sum::<usize>()
        }
        Value::Array(a) => a.iter().map(count_offsets).sum(),
        _ => 0,
    }
}

#[test]
fn the_span_walker_walks_the_schemas_span_fields() {
    let schema: Value = serde_json::from_str(include_str!("../docs/storylens-1.schema.json")).unwrap();
    let mut paths = BTreeSet::new();
    span_paths(&schema, &schema, "", &mut paths);
    let walked: BTreeSet<String> = SPAN_FIELDS.iter().map(|f| f.to_string()).collect();
    assert_eq!(paths, walked, "the schema's span-bearing fields and src/report/spans.rs's SPAN_FIELDS differ");
}

#[test]
fn the_span_walker_misses_no_offset_of_an_output() {
    let mut outputs = vec![analyze(&common::istanbul()).unwrap()];
    for text in ["", "a", "😀 שלום عربى\nComments\nPost a comment"] {
        outputs.push(
            analyze(&InputSet { documents: vec![InputDocument { text: text.into(), ..Default::default() }] }).unwrap(),
        );
    }
    for a in &outputs {
        let json = serde_json::to_value(a).unwrap();
        assert_eq!(a.spans().len(), count_offsets(&json), "objects with offsets the walker does not visit");
    }
    let fields: BTreeSet<&str> = outputs[0].spans().iter().map(|q| q.field).collect();
    assert_eq!(
        fields.len(),
        SPAN_FIELDS.len(),
        "the example has no {:?}",
        SPAN_FIELDS.iter().find(|f| !fields.contains(*f))
    );
}

/// Moves the end of the first span of `field` in top-level item `item` one code point on (an
/// excluded line's far past its document).
fn nudge(a: &mut Analysis, field: &str, item: usize) {
    match field {
        "documents[].excluded[]" => a.documents[item].excluded[0].end += 1 << 40,
        "entities[].mentions[]" => a.entities[item].mentions[0].end += 1,
        "entities[].roles[]" => a.entities[item].roles[0].end += 1,
        "entities[].metonyms[]" => a.entities[item].metonyms[0].end += 1,
        "timexes[]" => a.timexes[item].end += 1,
        "events[].evidence[]" => a.events[item].evidence[0].end += 1,
        "claims[]" => a.claims[item].end += 1,
        "contradictions[].claims[]" => a.contradictions[item].claims[0].end += 1,
        "uncorroborated[]" => a.uncorroborated[item].end += 1,
        other => panic!("nudge does not know {other}"),
    }
}

#[test]
fn a_wrong_offset_in_any_span_field_is_found() {
    let a = analyze(&common::istanbul()).unwrap();
    assert_eq!(mismatches(&a), Vec::<String>::new());
    for field in SPAN_FIELDS {
        let item = a.spans().iter().find(|q| q.field == *field).map(|q| q.item).expect("the example has it");
        let mut wrong = a.clone();
        nudge(&mut wrong, field, item);
        let bad = mismatches(&wrong);
        assert_eq!(bad.len(), 1, "{field}: {bad:?}");
        assert!(bad[0].starts_with(field), "{}", bad[0]);
    }
}

/// The input as the schema describes it (`$defs/input`) and as the Rust reader reads it agree:
/// what the schema allows is analysed, what it refuses is refused (limits in bytes aside,
/// which the schema can only state).
#[test]
fn the_input_schema_and_the_reader_agree() {
    let mut schema: Value = serde_json::from_str(include_str!("../docs/storylens-1.schema.json")).unwrap();
    let defs = schema["$defs"].take();
    let input = jsonschema::validator_for(&serde_json::json!({"$defs": defs, "$ref": "#/$defs/input"})).unwrap();
    for (json, ok) in [
        (r#"{"documents":[{"text":"Talks were held."}]}"#, true),
        (r#"{"documents":[]}"#, true),
        (r#"{"documents":[{"text":"a","id":null,"source":"Wire","title":null,"extra":1}],"more":true}"#, true),
        (r#"{"documents":[{"text":"a","published":"10/04/2025"}]}"#, true),
        (r#"{"documents":[{"text":"a","title":5}]}"#, false),
        (r#"{"documents":[{"text":5}]}"#, false),
        (r#"{"documents":[{"title":"no text"}]}"#, false),
        (r#"{"documents":[5]}"#, false),
        (r#"{"documents":5}"#, false),
        (r#"{}"#, false),
        (r#"[1]"#, false),
    ] {
        let value: Value = serde_json::from_str(json).unwrap();
        assert_eq!(input.is_valid(&value), ok, "the schema on {json}");
        assert_eq!(analyze_json(json).is_ok(), ok, "the reader on {json}");
    }
}

/// The reviewed snapshot of the example, one file per section of the output
/// (`tests/snapshots/contract__istanbul_<section>.snap`), so a change shows where it is;
/// the documents' texts are left out (their length in code points stands for them).
#[test]
fn example_snapshot() {
    let a = analyze(&common::istanbul()).unwrap();
    let Value::Object(mut sections) = serde_json::to_value(&a).unwrap() else { panic!("an object") };
    for d in sections["documents"].as_array_mut().unwrap() {
        let chars = d["text"].as_str().unwrap().chars().count();
        d["text"] = Value::String(format!("({chars} code points)"));
    }
    let header: serde_json::Map<String, Value> =
        ["schema", "generator"].iter().map(|k| (k.to_string(), sections.remove(*k).unwrap())).collect();
    insta::assert_json_snapshot!("istanbul_header", header);
    for (name, section) in sections {
        insta::assert_json_snapshot!(format!("istanbul_{name}"), section);
    }
}

#[test]
fn malformed_json_says_what_is_expected() {
    let err = analyze_json("{\"documents\": [{\"txt\": 1}]").unwrap_err().to_string();
    assert!(err.contains("malformed input JSON") && err.contains("documents"), "{err}");
    assert!(analyze_json("not json").is_err());
}

#[test]
fn limits_are_named() {
    let big = "word ".repeat(storylens::input::MAX_DOCUMENT_BYTES / 5 + 1);
    let set = InputSet { documents: vec![InputDocument { text: big, ..Default::default() }] };
    let err = analyze(&set).unwrap_err().to_string();
    assert!(err.contains("limit is 10 MiB (10485760 bytes) per document"), "{err}");
    let many = InputSet {
        documents: vec![InputDocument { text: "x".into(), ..Default::default() }; storylens::input::MAX_DOCUMENTS + 1],
    };
    assert!(analyze(&many).unwrap_err().to_string().contains("too many documents"));
}

#[test]
fn ids_default_and_stay_unique() {
    let doc = |id: Option<&str>| InputDocument {
        id: id.map(str::to_string),
        text: "Talks were held.".into(),
        ..Default::default()
    };
    let a = analyze(&InputSet { documents: vec![doc(None), doc(Some("x")), doc(Some("x"))] }).unwrap();
    let ids: Vec<&str> = a.documents.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["doc1", "x", "x-2"]);
    assert!(a.diagnostics.iter().any(|d| d.message.contains("duplicate id")));
}

#[test]
fn bad_published_date_is_a_warning_not_an_error() {
    let set = InputSet {
        documents: vec![InputDocument {
            published: Some("10/04/2025".into()),
            text: "Talks were held on Thursday.".into(),
            ..Default::default()
        }],
    };
    let a = analyze(&set).unwrap();
    assert!(a.diagnostics.iter().any(|d| d.message.contains("not YYYY-MM-DD")));
}
