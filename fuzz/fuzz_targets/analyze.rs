//! Fuzzes the analysis entry point (see `analyze_bytes` in ../harness.rs).
#![no_main]

#[path = "../harness.rs"]
mod harness;

libfuzzer_sys::fuzz_target!(|data: &[u8]| harness::analyze_bytes(data));
