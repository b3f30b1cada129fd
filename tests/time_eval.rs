//! TIMEX3 evaluation on the MEANTIME apple development data (if present).
//!
//! Writes `target/timex_system.jsonl`, scores it with the shared TempEval-3
//! style scorer and fails when value F1 drops below a measured floor.
//! Run: `cargo test --release --test time_eval -- --nocapture`.

mod common;

use std::path::PathBuf;
use std::process::Command;

/// Value F1 measured (82.50 with clock times, anchors and modifiers in extents), minus a small margin.
const VALUE_F1_FLOOR: f64 = 82.0;

#[test]
fn meantime_apple_timex() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let gold = root.join("../shared/eval/meantime_apple.timex.jsonl");
    let Ok(gold_text) = std::fs::read_to_string(&gold) else {
        common::skipped(&format!("{} is missing; TIMEX3 value F1 not checked", gold.display()));
        return;
    };
    let system = storylens::eval::timex_system_file(&gold_text);
    let out_dir = root.join("target");
    std::fs::create_dir_all(&out_dir).expect("create target/");
    let sys_path = out_dir.join("timex_system.jsonl");
    std::fs::write(&sys_path, system).expect("write system file");
    let scorer = root.join("../shared/eval/score/score_timex.py");
    let run = |extra: &[&str]| Command::new("python3").arg(&scorer).arg(&gold).arg(&sys_path).args(extra).output();
    let Ok(text) = run(&[]) else {
        common::skipped(&format!("python3 is not available; system file written to {}", sys_path.display()));
        return;
    };
    println!("{}", String::from_utf8_lossy(&text.stdout));
    let json = run(&["--json"]).expect("scorer");
    let res: serde_json::Value = serde_json::from_slice(&json.stdout).expect("scorer JSON");
    let value_f1 = res["value"]["f1"].as_f64().unwrap_or(0.0) * 100.0;
    println!("value F1 {value_f1:.2} (floor {VALUE_F1_FLOOR})");
    assert!(value_f1 >= VALUE_F1_FLOOR, "TIMEX3 value F1 regressed: {value_f1:.2} < {VALUE_F1_FLOOR}");
}
