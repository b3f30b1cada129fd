//! The story fixture harness: loads every fixture of a directory, analyses each story, runs
//! the common offset check and every expectation, and reports all failures with the
//! fixture's name and what the analysis produced.

pub mod check;
pub mod fixture;
pub mod show;

use std::collections::BTreeSet;
use std::fmt::Write;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;

use storylens::{analyze, Analysis};

use check::Section;
use fixture::Fixture;

/// The file a fixture directory may hold besides its fixtures: how to write one.
pub const README: &str = "README.md";

/// Every `*.toml` fixture of `dir` in name order, and an error for each file that cannot be
/// read or parsed (naming it), for any other file, and for a directory without fixtures.
pub fn load_all(dir: &Path) -> (Vec<(String, Fixture)>, Vec<String>) {
    let mut fixtures = Vec::new();
    let mut errors = Vec::new();
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => return (fixtures, vec![format!("{}: {e}", dir.display())]),
    };
    let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        let name = path.file_name().map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        if name == README {
            continue;
        }
        if path.extension().is_none_or(|e| e != "toml") {
            errors.push(format!("{name}: not a fixture (only *.toml and {README} belong in {})", dir.display()));
            continue;
        }
        match std::fs::read_to_string(&path).map_err(|e| e.to_string()).and_then(|t| Fixture::parse(&t)) {
            Ok(f) => fixtures.push((name, f)),
            Err(e) => errors.push(format!("{name}: malformed fixture: {e}")),
        }
    }
    if fixtures.is_empty() && errors.is_empty() {
        errors.push(format!(
            "no story fixtures (*.toml) in {}: a harness that checks nothing cannot pass",
            dir.display()
        ));
    }
    (fixtures, errors)
}

/// Analyses the fixture's story and checks it: `Err` holds the whole failure report. The
/// attributes of the story's claims and flags are added to `seen`.
pub fn run(name: &str, f: &Fixture, seen: &mut BTreeSet<String>) -> Result<(), String> {
    let a = analyse(f).map_err(|e| format!("{name} — {}\n  {e}\n", f.about))?;
    seen.extend(a.claims.iter().map(|c| c.attribute.clone()));
    seen.extend(a.contradictions.iter().map(|c| c.attribute.clone()));
    let mut report = String::new();
    let mut shown = BTreeSet::from([Section::Flags]);
    for e in f.all() {
        let problems = e.problems(&a);
        if problems.is_empty() {
            continue;
        }
        let why = e.why().map(|w| format!(" ({w})")).unwrap_or_default();
        let _ = writeln!(report, "  FAILED {}{why}", e.label());
        for p in problems {
            let _ = writeln!(report, "      {p}");
        }
        shown.insert(e.section());
    }
    if report.is_empty() {
        return Ok(());
    }
    for s in shown {
        report.push_str(&show::section(&a, s));
    }
    Err(format!("{name} — {}\n{report}", f.about))
}

/// An attribute an expectation names that no story claims or flags (`seen` by [`run`]) is
/// misspelt or no longer exists: `count = 0` on it would pass whatever the analysis does.
/// One error per such name.
pub fn unseen_attributes(fixtures: &[(String, Fixture)], seen: &BTreeSet<String>) -> Vec<String> {
    let mut errors = Vec::new();
    for (name, f) in fixtures {
        let named = f.flag.iter().map(|e| &e.attribute).chain(f.claim.iter().filter_map(|e| e.attribute.as_ref()));
        for attribute in named.chain(f.fact.iter().filter_map(|e| e.attribute.as_ref())) {
            if !seen.contains(attribute) {
                errors.push(format!("{name}: attribute {attribute:?} is claimed or flagged in no story (misspelt?)"));
            }
        }
    }
    errors
}

/// The analysis of the fixture's reports after the common offset check; a refused input
/// or a panic (in the analysis or the check) is an error.
fn analyse(f: &Fixture) -> Result<Analysis, String> {
    let input = f.input();
    let result = catch_unwind(AssertUnwindSafe(|| {
        let a = analyze(&input).map_err(|e| format!("input refused: {e}"))?;
        crate::common::check_offsets(&a);
        Ok(a)
    }));
    result.unwrap_or_else(|panic| {
        let msg = panic
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_default();
        Err(format!("panicked: {msg}"))
    })
}
