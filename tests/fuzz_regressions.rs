//! Replays the fuzzers' inputs with a plain `cargo test`: every file in
//! `fuzz/regressions/<target>/` (crashes the fuzzers found, kept after the fix) and
//! the committed seed corpus `fuzz/corpus/<target>/`, through the same checks the
//! fuzz targets run (`fuzz/harness.rs`). A new crash: copy the artifact libFuzzer
//! printed into `fuzz/regressions/<target>/`, fix, and this test keeps it fixed.

#[path = "../fuzz/harness.rs"]
mod harness;

use std::path::Path;

fn replay(dir: &str, run: fn(&[u8])) -> usize {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let mut n = 0;
    for sub in ["regressions", "corpus"] {
        let Ok(entries) = std::fs::read_dir(root.join(sub).join(dir)) else { continue };
        let mut files: Vec<_> =
            entries.map(|e| e.unwrap().path()).filter(|p| p.is_file() && !p.ends_with(".gitkeep")).collect();
        files.sort();
        for f in files {
            let data = std::fs::read(&f).unwrap();
            let outcome = std::panic::catch_unwind(|| run(&data));
            assert!(outcome.is_ok(), "{} fails the {dir} fuzz checks", f.display());
            n += 1;
        }
    }
    n
}

#[test]
fn analyze_inputs_replay() {
    let n = replay("analyze", harness::analyze_bytes);
    assert!(n >= 10, "only {n} inputs for the analyze target");
}

#[test]
fn ingest_inputs_replay() {
    let n = replay("ingest", harness::ingest_bytes);
    assert!(n >= 10, "only {n} inputs for the ingest target");
}
