//! The public contract: the output validates against the JSON Schema, input
//! errors are clear, limits are enforced, and the snapshot of the example is reviewed.

mod common;

use storylens::{analyze, analyze_json, InputDocument, InputSet};

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

#[test]
fn example_snapshot() {
    let a = analyze(&common::istanbul()).unwrap();
    insta::assert_json_snapshot!("istanbul", a);
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
