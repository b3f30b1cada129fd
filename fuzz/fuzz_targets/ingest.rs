//! Fuzzes file ingestion, HTML extraction included, then the analysis of what was
//! accepted (see `ingest_bytes` in ../harness.rs).
#![no_main]

#[path = "../harness.rs"]
mod harness;

libfuzzer_sys::fuzz_target!(|data: &[u8]| harness::ingest_bytes(data));
