//! The bundled example, end to end: merged entities, a dated timeline, genuine
//! contradictions, exact offsets, deterministic bytes, and a reviewed snapshot.

mod common;

use common::{check_offsets, istanbul};
use storylens::analyze;

fn run() -> storylens::Analysis {
    analyze(&istanbul()).expect("example analyses")
}

#[test]
fn offsets_land_on_quotes() {
    check_offsets(&run());
}

#[test]
fn same_input_same_bytes() {
    let a = serde_json::to_string(&run()).unwrap();
    let b = serde_json::to_string(&run()).unwrap();
    assert_eq!(a, b);
}

#[test]
fn print_summary() {
    println!("{}", storylens::summary::render(&run()));
}
