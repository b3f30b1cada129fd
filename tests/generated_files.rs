//! Generated source files are their generators' output: `src/lexicon/fold_table.rs` is
//! rewritten by `scripts/gen-fold-table.py`, never by hand. The generator needs only
//! Python 3's standard library; without `python3` the test says so loudly and passes.

use std::path::Path;
use std::process::Command;

#[test]
fn fold_table_is_the_generators_output() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = match Command::new("python3").arg(root.join("scripts/gen-fold-table.py")).arg("--check").output() {
        Ok(out) => out,
        Err(e) => {
            eprintln!("SKIPPED: python3 is not available ({e}); src/lexicon/fold_table.rs was not checked");
            return;
        }
    };
    let says = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{says}{}", String::from_utf8_lossy(&out.stderr));
}
