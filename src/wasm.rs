//! The WebAssembly binding: the only file that knows about JavaScript.
//!
//! A thin layer over [`crate::pipeline`]: it converts the input from JavaScript,
//! runs the same analysis as the CLI and converts the result back. Nothing here
//! analyses text. Three functions are exported:
//!
//! * `analyze(input)` takes `{documents:[{text, id?, source?, title?, published?}]}`
//!   as a plain object (read by serde-wasm-bindgen into [`InputSet`], the CLI's type)
//!   and returns the `storylens/1` analysis as a plain object;
//! * `analyzeJson(json)` does the same with JSON strings (byte-identical to the CLI);
//! * `version()` names the build.
//!
//! A refused input becomes a thrown JavaScript `Error` whose message is the one the
//! CLI prints. Offsets in the output are Unicode code point offsets, not the UTF-16
//! indices of JavaScript strings: slice with `Array.from(text).slice(start, end)`.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::input::{InputError, InputSet};

/// TypeScript types for the exported functions, written into `storylens.d.ts`: the input and
/// the `storylens/1` analysis, generated from the JSON Schema by `scripts/gen-types.py`.
#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = include_str!("storylens.d.ts");

/// Runs once when the module is instantiated: makes a Rust panic show its message
/// in the browser console instead of a bare "unreachable executed".
#[wasm_bindgen(start)]
pub fn start() {
    console_error_panic_hook::set_once();
}

/// Analyses a set of reports of one story.
///
/// `input` is a plain object `{documents:[{text, id?, source?, title?, published?}]}`.
/// Returns the `storylens/1` analysis as plain objects and arrays; absent values
/// are `null`, never `undefined`, so the result equals `JSON.parse(analyzeJson(…))`.
/// Throws an `Error` with a readable message when the input is malformed or over
/// the documented limits.
///
/// The result is written as JSON text by [`crate::json`] and turned into objects by
/// the engine's `JSON.parse`: one call instead of a property-by-property conversion.
#[wasm_bindgen(unchecked_return_type = "Analysis")]
pub fn analyze(#[wasm_bindgen(unchecked_param_type = "InputSet")] input: JsValue) -> Result<JsValue, JsValue> {
    // ASCII JSON ([`crate::json::to_ascii_string`]): the engine decodes and parses it fastest.
    let json = write_output(&run(&input)?, true)?;
    js_sys::JSON::parse(&json).map_err(|_| JsError::new("could not convert the analysis").into())
}

/// Analyses reports given as JSON text and returns the analysis as JSON text,
/// exactly as the CLI writes it. Throws an `Error` for malformed input.
///
/// The JSON is parsed by the JavaScript engine (`JSON.parse`) and written by
/// [`crate::json`], not by `serde_json`: that keeps a JSON parser and float
/// formatting out of the module. The output is the same bytes as the CLI's.
#[wasm_bindgen(js_name = analyzeJson)]
pub fn analyze_json(json: &str) -> Result<String, JsValue> {
    // A byte order mark before the JSON is skipped, as the CLI skips it.
    let json = json.strip_prefix('\u{FEFF}').unwrap_or(json);
    let value = js_sys::JSON::parse(json).map_err(|e| {
        let why = e.dyn_ref::<js_sys::Error>().map(|e| String::from(e.message())).unwrap_or_default();
        to_js_error(InputError(format!("malformed input JSON ({why}); {}", crate::input::EXPECTED)))
    })?;
    write_output(&run(&value)?, false)
}

/// Reads the input and runs the pipeline, with the core's messages as JavaScript errors.
fn run(input: &JsValue) -> Result<crate::Analysis, JsValue> {
    let set = read_input(input).map_err(malformed)?;
    crate::pipeline::analyze(&set).map_err(to_js_error)
}

/// The analysis as JSON text: the contract's exact bytes, or the same value in ASCII.
fn write_output(analysis: &crate::Analysis, ascii: bool) -> Result<String, JsValue> {
    let json = if ascii { crate::json::to_ascii_string(analysis) } else { crate::json::to_string(analysis) };
    json.map_err(|e| JsError::new(&format!("could not convert the analysis: {e}")).into())
}

fn malformed(why: String) -> JsValue {
    to_js_error(InputError(format!("malformed input ({why}); {}", crate::input::EXPECTED)))
}

/// What a JavaScript value is, for messages.
fn kind(v: &JsValue) -> String {
    if v.is_null() {
        "null".into()
    } else if js_sys::Array::is_array(v) {
        "an array".into()
    } else {
        v.js_typeof().as_string().unwrap_or_default()
    }
}

/// `{documents:[{text, id?, source?, title?, published?}]}`: the outer object and array
/// checked here (serde-wasm-bindgen would report a non-object as a bare `TypeError`), each
/// document read by serde-wasm-bindgen into the type the CLI reads JSON into
/// ([`crate::InputDocument`]): one definition of the input, a field of the wrong type
/// named (`` documents[2]: `title`: invalid type: … ``). Unknown properties are ignored;
/// an optional field may be absent, `undefined` or `null`. A lone surrogate in a string
/// becomes U+FFFD, as the CLI reads an escaped one.
fn read_input(v: &JsValue) -> Result<InputSet, String> {
    if !v.is_object() || js_sys::Array::is_array(v) {
        return Err(format!("the input is {}, not an object", kind(v)));
    }
    let docs = js_sys::Reflect::get(v, &JsValue::from_str("documents")).map_err(|_| "cannot read `documents`")?;
    if docs.is_undefined() {
        return Err("missing field `documents`".into());
    }
    if !js_sys::Array::is_array(&docs) {
        return Err(format!("`documents` is {}, not an array", kind(&docs)));
    }
    let docs: js_sys::Array = docs.unchecked_into();
    let mut documents = Vec::with_capacity(docs.length() as usize);
    for (i, d) in docs.iter().enumerate() {
        if !d.is_object() || js_sys::Array::is_array(&d) {
            return Err(format!("documents[{i}] is {}, not an object", kind(&d)));
        }
        // Its errors are JavaScript `Error`s, written "Error: …" at each level of nesting.
        let doc = serde_wasm_bindgen::from_value(d)
            .map_err(|e| format!("documents[{i}]: {}", e.to_string().replace("Error: ", "")))?;
        documents.push(doc);
    }
    Ok(InputSet { documents })
}

#[wasm_bindgen]
extern "C" {
    /// `performance.now()` (in pages and workers).
    #[wasm_bindgen(js_namespace = performance, js_name = now)]
    fn performance_now() -> f64;
}

/// For the benchmark (`bench/`): runs [`analyze`] and returns milliseconds per
/// step: input conversion, the stages of `pipeline::STAGES` in order, writing the
/// result as JSON text, then `JSON.parse` of that text (the page's objects).
#[wasm_bindgen(js_name = analyzeStages)]
pub fn analyze_stages(input: JsValue) -> Result<Vec<f64>, JsValue> {
    let mut times = Vec::new();
    let mut last = performance_now();
    let mut lap = |times: &mut Vec<f64>| {
        let now = performance_now();
        times.push(now - last);
        last = now;
    };
    let set = read_input(&input).map_err(malformed)?;
    lap(&mut times);
    let analysis = crate::pipeline::analyze_staged(&set, &mut |_| lap(&mut times)).map_err(to_js_error)?;
    let json = write_output(&analysis, true)?;
    lap(&mut times);
    js_sys::JSON::parse(&json)?;
    lap(&mut times);
    Ok(times)
}

/// The crate version of this build, e.g. `0.1.0`.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// A refused input as a JavaScript `Error` carrying the core's message.
fn to_js_error(e: InputError) -> JsValue {
    JsError::new(&e.to_string()).into()
}
