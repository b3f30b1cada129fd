//! The analysis core compiled to WebAssembly, run by wasm-bindgen-test in node and in
//! headless Chromium: `scripts/test.sh` runs this file twice, the second time with
//! `WASM_BINDGEN_USE_BROWSER=1` (so no `wasm_bindgen_test_configure!` here).
//!
//! The output goes through the same writer as `analyze` in `src/wasm.rs`
//! (`Analysis` → `storylens::json` → JSON text), and the result is checked against
//! the `storylens/1` contract: the fields exist, absent values are `null`, and every
//! offset is a Unicode code point offset with `text[start..end] == quote`. The
//! exported functions themselves (including the reading of the input object) are
//! exercised in the browser by `tests/e2e/page.test.mjs`.
#![cfg(target_arch = "wasm32")]

use serde_json::{json, Value};
use storylens::InputSet;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::wasm_bindgen_test;

/// Two short reports with astral characters (two UTF-16 units, four UTF-8 bytes each)
/// before the names, so byte, UTF-16 and code point offsets all differ.
fn two_reports() -> Value {
    json!({"documents": [
        {"id": "a", "text": "📰🇹🇷 ISTANBUL, April 10, 2025 – Russian Ambassador Alexander Darchiev met Deputy Assistant Secretary of State Sonata Coulter in Istanbul, Türkiye, on Thursday. The talks lasted six hours, Russia’s foreign ministry said."},
        {"id": "b", "published": "2025-04-10", "text": "𝐍𝐞𝐰𝐬 — Alexander Darchiev, Russia’s new ambassador to the United States, and Sonata Coulter held talks in Istanbul on Thursday. The meeting lasted more than five hours, the State Department said."}
    ]})
}

/// The five reports of the bundled example (the same files as www/example/).
fn istanbul_story() -> Value {
    let texts = [
        include_str!("fixtures/istanbul/000_0e18692511e940e9.txt"),
        include_str!("fixtures/istanbul/001_53af723418d2a8a4.txt"),
        include_str!("fixtures/istanbul/002_453925e676d2b66f.txt"),
        include_str!("fixtures/istanbul/003_10a43b4fdcd79304.txt"),
        include_str!("fixtures/istanbul/004_d1bcd6c6c9a891dc.txt"),
    ];
    json!({"documents": texts.iter().map(|t| json!({"text": t})).collect::<Vec<_>>()})
}

/// The analysis the binding's `analyze` computes after reading its input. Errors are the
/// messages JavaScript would see.
fn analysis_of(input: &Value) -> Result<storylens::Analysis, String> {
    let set = InputSet::from_json(&input.to_string()).map_err(|e| e.to_string())?;
    storylens::analyze(&set).map_err(|e| e.to_string())
}

/// What the binding's `analyze` does after reading its input: the analysis written by
/// `storylens::json` (read back as JSON to check it).
fn analyze_js(input: &Value) -> Result<Value, String> {
    let out = storylens::json::to_string(&analysis_of(input)?).map_err(|e| e.to_string())?;
    serde_json::from_str(&out).map_err(|e| e.to_string())
}

/// Every span of the analysis computed in WebAssembly quotes its document at code point
/// offsets (the crate's one walker over the span-bearing fields), and the JSON the module
/// writes has every one of them.
fn assert_offsets(input: &Value) {
    let analysis = analysis_of(input).expect("analysis");
    let bad = storylens::report::spans::mismatches(&analysis);
    assert!(bad.is_empty(), "offsets off their quotes:\n{}", bad.join("\n"));
    for c in &analysis.contradictions {
        assert!(c.claims.len() >= 2, "contradiction {} has fewer than two claims", c.id);
    }
    let json = analyze_js(input).expect("analysis");
    let written = count_offsets(&json);
    assert_eq!(written, analysis.spans().len(), "the written JSON has {written} objects with offsets");
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

#[wasm_bindgen_test]
fn two_reports_give_the_contract_fields() {
    let a = analyze_js(&two_reports()).expect("analysis");
    assert_eq!(a["schema"], "storylens/1");
    for key in ["documents", "entities", "timexes", "events", "contradictions", "overlaps", "diagnostics"] {
        assert!(a[key].is_array(), "{key} is not an array");
    }
    assert_eq!(a["documents"].as_array().unwrap().len(), 2);
    assert!(!a["entities"].as_array().unwrap().is_empty(), "no entities");
    assert!(!a["timexes"].as_array().unwrap().is_empty(), "no time expressions");
    for e in a["entities"].as_array().unwrap() {
        for key in ["id", "type", "name", "variants", "sources", "mentions", "roles"] {
            assert!(e.get(key).is_some(), "entity without {key}: {e}");
        }
    }
    assert_offsets(&two_reports());
}

#[wasm_bindgen_test]
fn absent_values_are_null_not_missing() {
    let a = analyze_js(&two_reports()).expect("analysis");
    for d in a["documents"].as_array().unwrap() {
        for key in ["source", "title"] {
            assert!(d.as_object().unwrap().contains_key(key), "document without {key}: null expected");
        }
        assert!(d["published"].as_object().unwrap().contains_key("value"));
    }
    for c in a["contradictions"].as_array().unwrap() {
        assert!(c.as_object().unwrap().contains_key("subject_id"));
    }
}

#[wasm_bindgen_test]
fn js_value_and_json_paths_agree() {
    // The module's writer and serde_json (the CLI's) write the same bytes.
    let input = two_reports();
    let set = InputSet::from_json(&input.to_string()).unwrap();
    let analysis = storylens::analyze(&set).unwrap();
    assert_eq!(
        storylens::json::to_string(&analysis).unwrap(),
        storylens::analyze_json(&input.to_string()).expect("analysis")
    );
}

#[wasm_bindgen_test]
fn the_bundled_story_keeps_its_offsets() {
    let a = analyze_js(&istanbul_story()).expect("analysis");
    assert_eq!(a["documents"].as_array().unwrap().len(), 5);
    assert!(!a["entities"].as_array().unwrap().is_empty());
    assert!(!a["events"].as_array().unwrap().is_empty());
    assert_offsets(&istanbul_story());
}

#[wasm_bindgen_test]
fn malformed_input_is_refused_with_a_message() {
    let err = storylens::analyze_json("{").expect_err("broken JSON accepted");
    assert!(err.to_string().contains("malformed"), "{err}");
    for bad in [json!({}), json!({"documents": 5}), json!({"documents": [{"title": "no text"}]})] {
        let err = analyze_js(&bad).expect_err("malformed input accepted");
        assert!(err.len() > 10, "weak message for {bad}: {err}");
    }
}

// ---------------------------------------------------------------- the binding itself (issue #22, #21)

/// A JavaScript value as `JSON.parse` makes it (a lone surrogate escape stays one).
fn js(json: &str) -> JsValue {
    js_sys::JSON::parse(json).expect("test JSON parses")
}

/// The binding's `analyze(object)` result, as JSON.
fn analyze_object(input: &str) -> Result<Value, String> {
    let out = storylens::wasm::analyze(js(input)).map_err(|e| error_message(&e))?;
    let text = js_sys::JSON::stringify(&out).unwrap().as_string().unwrap();
    Ok(serde_json::from_str(&text).unwrap())
}

fn error_message(e: &JsValue) -> String {
    js_sys::Reflect::get(e, &"message".into()).ok().and_then(|m| m.as_string()).unwrap_or_default()
}

const TEXT: &str = "Delegations met in Istanbul on Thursday for talks on embassy operations, officials said.";

/// The input is read by serde-wasm-bindgen into the CLI's types: a field of the wrong
/// type is named; the messages are the CLI's.
#[wasm_bindgen_test]
fn the_binding_names_the_bad_field() {
    for (input, expected) in [
        (r#"{"documents":[{"text":"x","title":5}]}"#, "documents[0]: `title`: invalid type"),
        (r#"{"documents":[{"text":"x"},{"text":"y","published":true}]}"#, "documents[1]: `published`: invalid type"),
        (r#"{"documents":[{"title":"no text"}]}"#, "missing field `text`"),
        (r#"{"documents":5}"#, "`documents` is number, not an array"),
        (r#"{"documents":[5]}"#, "documents[0] is number, not an object"),
        (r#"[1,2]"#, "the input is an array, not an object"),
    ] {
        let e = analyze_object(input).expect_err(input);
        assert!(e.contains(expected) && e.contains("malformed input"), "{input}: {e}");
    }
    let a = analyze_object(r#"{"documents":[{"text":"x","title":null,"id":null,"extra":1}]}"#).unwrap();
    assert_eq!(a["documents"][0]["id"], "doc1");
}

/// Item 9: the binding and the CLI read the same text the same way (the CLI's side is
/// `tests/cli.rs`): a BOM before the JSON, a repeated key, a lone surrogate.
#[wasm_bindgen_test]
fn the_binding_reads_careless_json_as_the_cli_does() {
    let dup = format!("{{\"documents\":[{{\"text\":\"first\",\"text\":\"{TEXT}\"}}]}}");
    let surrogate = format!("{{\"documents\":[{{\"text\":\"{TEXT} \\ud800\"}}]}}");
    let bom = format!("\u{FEFF}{{\"documents\":[{{\"text\":\"{TEXT}\"}}]}}");
    for (json, expected) in
        [(&dup, TEXT.to_string()), (&surrogate, format!("{TEXT} \u{FFFD}")), (&bom, TEXT.to_string())]
    {
        let out = storylens::wasm::analyze_json(json).map_err(|e| error_message(&e)).expect(json);
        let a: Value = serde_json::from_str(&out).unwrap();
        assert_eq!(a["documents"][0]["text"], expected.as_str());
        // The native reader of the same text agrees byte for byte.
        assert_eq!(out, storylens::analyze_json(json).unwrap(), "{json}");
        if !json.starts_with('\u{FEFF}') {
            assert_eq!(analyze_object(json).unwrap()["documents"][0]["text"], expected.as_str());
        }
    }
}

/// Items 2, 5, 6: limits on every field, published dates to the schema, no control
/// characters in metadata — in the binding, as in the CLI.
#[wasm_bindgen_test]
fn the_binding_validates_as_the_cli_does() {
    let long = "T".repeat(2000);
    let e = analyze_object(&format!("{{\"documents\":[{{\"text\":\"x\",\"title\":\"{long}\"}}]}}")).unwrap_err();
    assert!(e.contains("`title` is 2000 bytes; the limit is 1024 bytes"), "{e}");
    for p in ["+10000-01-01", "-0001-12-31", "2025-4-1"] {
        let a = analyze_object(&format!("{{\"documents\":[{{\"text\":\"{TEXT}\",\"published\":\"{p}\"}}]}}")).unwrap();
        assert_ne!(a["documents"][0]["published"]["basis"], "given", "{p}");
        assert!(a["diagnostics"].to_string().contains("is not YYYY-MM-DD (an ISO date"), "{p}");
    }
    let a = analyze_object(&format!(
        "{{\"documents\":[{{\"text\":\"{TEXT}\",\"id\":\"a\\u001b]0;x\\u0007\",\"source\":\"\\u001b[31mWire\",\"title\":\"\\u009b2J T\"}}]}}"
    ))
    .unwrap();
    let d = &a["documents"][0];
    assert_eq!(
        (d["id"].as_str(), d["source"].as_str(), d["title"].as_str()),
        (Some("a]0;x"), Some("[31mWire"), Some("2J T"))
    );
}
