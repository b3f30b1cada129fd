//! The ratchet on the annotated stories: runs the shared story scorer
//! (`../shared/eval/score/score_stories.py`) on this crate's CLI and fails when a story's
//! score falls below its floor in `tests/story_floors.tsv`. The stories are evaluation data
//! beside the repository; without them the test says so loudly and passes (CI has them).

mod common;

use std::path::PathBuf;
use std::process::Command;

/// One row of `tests/story_floors.tsv`.
struct Floor {
    story: String,
    values: Vec<f64>,
}

/// The columns of the floors file after the story name, and whether each is a ceiling.
const COLUMNS: &[(&str, bool)] = &[
    ("found", false),
    ("merged", false),
    ("wrong_max", true),
    ("tx_val", false),
    ("events", false),
    ("flags", false),
    ("unmatched_max", true),
    ("false_max", true),
    ("evolving", false),
];

fn floors(root: &std::path::Path) -> Vec<Floor> {
    let text = std::fs::read_to_string(root.join("tests/story_floors.tsv")).expect("tests/story_floors.tsv");
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let mut cols = l.split('\t');
            let story = cols.next().unwrap().to_string();
            let values: Vec<f64> = cols.map(|v| v.trim().parse().expect("a number")).collect();
            assert_eq!(values.len(), COLUMNS.len(), "row for {story} has {} values", values.len());
            Floor { story, values }
        })
        .collect()
}

/// The measured value of each column for one story, from the scorer's JSON.
fn measured(r: &serde_json::Value) -> Vec<f64> {
    let n = |v: &serde_json::Value| v.as_f64().unwrap_or(0.0);
    let len = |v: &serde_json::Value| v.as_array().map_or(0, Vec::len) as f64;
    let (e, t, v, c) = (&r["entities"], &r["timex"], &r["events"], &r["contradictions"]);
    vec![
        n(&e["found"]),
        n(&e["merged"]),
        len(&e["wrong_merges"]),
        n(&t["value"]["f1"]),
        n(&v["core_found"]),
        n(&c["found"]),
        n(&c["sys_medium_high"]) - n(&c["sys_matched"]),
        len(&c["false_flags"]),
        n(&r["evolving"][0]),
    ]
}

#[test]
fn story_scores_hold_their_floors() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let scorer = root.join("../shared/eval/score/score_stories.py");
    if !scorer.exists() {
        common::skipped("../shared/eval is not beside the repository; story floors not checked");
        return;
    }
    let out = Command::new("python3")
        .arg(&scorer)
        .arg(env!("CARGO_BIN_EXE_storylens"))
        .arg("--json")
        .output()
        .expect("python3 runs the story scorer");
    assert!(out.status.success(), "scorer failed: {}", String::from_utf8_lossy(&out.stderr));
    let all: serde_json::Value = serde_json::from_slice(&out.stdout).expect("scorer JSON");
    let mut failures = Vec::new();
    for floor in floors(&root) {
        let r = &all[&floor.story];
        assert!(r.is_object(), "the scorer has no story {}", floor.story);
        let got = measured(r);
        println!("{:38} {}", floor.story, got.iter().map(|v| format!("{v:>7.3}")).collect::<Vec<_>>().join(" "));
        for ((name, ceiling), (want, have)) in COLUMNS.iter().zip(floor.values.iter().zip(&got)) {
            let ok = if *ceiling { have <= want } else { have + 1e-9 >= *want };
            if !ok {
                failures.push(format!("{}: {name} is {have:.2}, floor {want:.2}", floor.story));
            }
        }
    }
    assert!(failures.is_empty(), "story scores fell below their floors:\n{}", failures.join("\n"));
}
