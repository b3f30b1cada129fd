//! One definition of the contract: the JSON Schema (`docs/storylens-1.schema.json`) is the
//! source, and this tidy test holds the prose and the Rust types to it.
//! * `docs/output.md` names every field of every object of the schema, in the section
//!   about it (`### entities` names `variants`, `## Offsets` names a span's `start`, …);
//! * every object of the output is closed (`additionalProperties: false`) and requires every
//!   property it lists, except the optional ones below: so validating an output against
//!   the schema (tests/contract.rs) fails on a Rust field the schema lacks *and* on a schema
//!   field the Rust types no longer write.
//!
//! (`src/storylens.d.ts`, the TypeScript types, is generated from the schema:
//! tests/generated_files.rs.)

use serde_json::Value;
use std::collections::BTreeMap;

const SCHEMA: &str = include_str!("../docs/storylens-1.schema.json");
const DOCS: &str = include_str!("../docs/output.md");

/// Definitions documented in a section of their own rather than under the top-level field
/// that holds them: (definition, heading).
const DEF_SECTIONS: &[(&str, &str)] =
    &[("span", "Offsets"), ("series_point", "contradictions"), ("input", "Input"), ("input_document", "Input")];

/// Output properties the Rust types may leave out (`skip_serializing_if`), as `object.property`.
const OPTIONAL: &[&str] = &["timex.mod"];

fn schema() -> Value {
    serde_json::from_str(SCHEMA).expect("the schema is JSON")
}

/// The sections of docs/output.md by the first word of their heading ("entities", "Offsets").
fn sections() -> BTreeMap<String, String> {
    let mut out: BTreeMap<String, String> = BTreeMap::new();
    let mut current = String::new();
    for line in DOCS.lines() {
        if let Some(heading) = line.strip_prefix("## ").or_else(|| line.strip_prefix("### ")) {
            current = heading.split_whitespace().next().unwrap_or("").to_string();
            continue;
        }
        let text = out.entry(current.clone()).or_default();
        text.push_str(line);
        text.push('\n');
    }
    out
}

/// The name of the definition a `$ref` points to.
fn ref_name(node: &Value) -> Option<&str> {
    node["$ref"].as_str().and_then(|r| r.strip_prefix("#/$defs/"))
}

/// Property names of an object and of the objects inline in it (lists of objects, `oneOf`
/// alternatives), not following `$ref`s: each definition is checked in its own section.
fn field_names(node: &Value, out: &mut Vec<String>) {
    if let Some(props) = node["properties"].as_object() {
        for (name, sub) in props {
            out.push(name.clone());
            field_names(sub, out);
        }
    }
    if node.get("items").is_some() && ref_name(&node["items"]).is_none() {
        field_names(&node["items"], out);
    }
    for alt in ["oneOf", "anyOf"] {
        for sub in node[alt].as_array().into_iter().flatten() {
            field_names(sub, out);
        }
    }
}

/// The definition a top-level property holds (itself, or its items), if it is a `$ref`.
fn held_def(node: &Value) -> Option<&str> {
    ref_name(node).or_else(|| ref_name(&node["items"]))
}

#[test]
fn the_docs_name_every_field_of_the_schema() {
    let schema = schema();
    let sections = sections();
    let mut missing = Vec::new();
    let mut check = |section: &str, names: Vec<String>, what: &str| {
        let text = sections.get(section).unwrap_or_else(|| panic!("docs/output.md has no section {section:?}"));
        for name in names {
            if !text.contains(&format!("`{name}`")) {
                missing.push(format!("{what}: `{name}` is not named in the section {section:?} of docs/output.md"));
            }
        }
    };
    let root = schema["properties"].as_object().unwrap();
    check("Output", root.keys().cloned().collect(), "the top level");
    let mut checked_defs = Vec::new();
    for (prop, node) in root {
        let mut names = Vec::new();
        field_names(node, &mut names);
        if let Some(def) = held_def(node) {
            if !DEF_SECTIONS.iter().any(|(d, _)| *d == def) && !checked_defs.contains(&def) {
                field_names(&schema["$defs"][def], &mut names);
                checked_defs.push(def);
            }
        }
        if !names.is_empty() {
            check(prop, names, prop);
        }
    }
    for (def, section) in DEF_SECTIONS {
        let mut names = Vec::new();
        field_names(&schema["$defs"][def], &mut names);
        assert!(!names.is_empty(), "DEF_SECTIONS: $defs/{def} has no fields");
        check(section, names, &format!("$defs/{def}"));
        checked_defs.push(def);
    }
    // Every definition with fields is checked somewhere.
    for (def, node) in schema["$defs"].as_object().unwrap() {
        if node.get("properties").is_some() {
            assert!(
                checked_defs.contains(&def.as_str()),
                "$defs/{def} is held by no top-level field: add it to DEF_SECTIONS"
            );
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

/// Every object of the output (not of the input, which ignores unknown properties) with
/// its place: `(place, node)`.
fn output_objects<'a>(node: &'a Value, place: String, out: &mut Vec<(String, &'a Value)>) {
    if node["properties"].is_object() {
        out.push((place.clone(), node));
        for (name, sub) in node["properties"].as_object().unwrap() {
            output_objects(sub, format!("{place}.{name}"), out);
        }
    }
    if node.get("items").is_some() {
        output_objects(&node["items"], format!("{place}[]"), out);
    }
    for alt in ["oneOf", "anyOf"] {
        for sub in node[alt].as_array().into_iter().flatten() {
            output_objects(sub, place.clone(), out);
        }
    }
}

#[test]
fn output_objects_are_closed_and_require_their_fields() {
    let schema = schema();
    let mut objects = Vec::new();
    output_objects(&schema, "analysis".into(), &mut objects);
    for (def, node) in schema["$defs"].as_object().unwrap() {
        if !def.starts_with("input") {
            output_objects(node, def.clone(), &mut objects);
        }
    }
    assert!(objects.len() > 15, "only {} objects found", objects.len());
    let mut problems = Vec::new();
    for (place, node) in objects {
        if node["additionalProperties"] != Value::Bool(false) {
            problems.push(format!("{place}: additionalProperties is not false"));
        }
        let required: Vec<&str> = node["required"].as_array().into_iter().flatten().filter_map(Value::as_str).collect();
        for name in node["properties"].as_object().unwrap().keys() {
            let optional = OPTIONAL.contains(&format!("{place}.{name}").as_str());
            if required.contains(&name.as_str()) == optional {
                problems.push(format!(
                    "{place}.{name}: {}",
                    if optional { "listed in OPTIONAL but required" } else { "not required" }
                ));
            }
        }
        for name in &required {
            if node["properties"].get(name).is_none() {
                problems.push(format!("{place}: requires `{name}`, which it does not describe"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The test above can fail: a section without a field's name is found.
#[test]
fn a_field_missing_from_the_docs_is_found() {
    let sections = sections();
    assert!(sections["entities"].contains("`metonyms`"));
    assert!(!sections["timexes"].contains("`metonyms`"));
    assert!(sections.contains_key("Offsets") && sections.contains_key("Input") && sections.contains_key("Output"));
}
