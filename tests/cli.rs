//! The command line: limits and refused files are named, nothing is lost silently,
//! and text that is not English is reported as such.
//!
//! Exit codes (documented in README.md and src/main.rs): 0 every input analysed;
//! 1 nothing analysed (every file refused, malformed `--input`, an input set over a
//! limit); 2 some files refused — each named on stderr and in the output's
//! `diagnostics` — and the others analysed, with the analysis on stdout.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use storylens::input::{MAX_DOCUMENTS, MAX_DOCUMENT_BYTES};
use storylens::{analyze, InputDocument, InputSet};

/// A fresh directory under target/ for one test's files.
fn dir(name: &str) -> PathBuf {
    let d = Path::new(env!("CARGO_TARGET_TMPDIR")).join("cli").join(name);
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn storylens(args: &[&Path]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_storylens")).arg("analyze").args(args).output().unwrap()
}

fn json(out: &Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("stdout is not JSON ({e}): {}", String::from_utf8_lossy(&out.stdout)))
}

const ENGLISH: &str = "Delegations met in Istanbul on Thursday for talks on embassy operations, officials said. The talks lasted six hours.";

#[test]
fn one_bad_file_is_refused_and_the_rest_analysed() {
    let d = dir("mixed");
    let good = d.join("a.txt");
    let good2 = d.join("b.md");
    std::fs::write(&good, ENGLISH).unwrap();
    std::fs::write(&good2, format!("# Talks\n\n{ENGLISH}")).unwrap();
    let bad = [
        (d.join("latin1.txt"), b"Caf\xe9 talks in Istanbul".to_vec(), "not UTF-8"),
        (d.join("image.txt"), b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec(), "binary file"),
        (d.join("nul.txt"), b"Talks\0in Istanbul".to_vec(), "binary file"),
        (d.join("report.pdf"), b"%PDF-1.4\n".to_vec(), "PDF files are not supported"),
        (d.join("report.docx"), b"plain text in a .docx".to_vec(), ".docx files are not supported"),
    ];
    for (path, bytes, expected) in &bad {
        std::fs::write(path, bytes).unwrap();
        let out = storylens(&[&good, path, &good2]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        let name = path.file_name().unwrap().to_string_lossy();
        assert_eq!(out.status.code(), Some(2), "{name}: exit 2 when a file is refused; stderr: {stderr}");
        assert!(
            stderr.contains(&*name) && stderr.contains(expected),
            "{name}: stderr names the file and why: {stderr}"
        );
        let a = json(&out);
        let ids: Vec<&str> = a["documents"].as_array().unwrap().iter().map(|d| d["id"].as_str().unwrap()).collect();
        assert_eq!(ids, ["a.txt", "b.md"], "{name}: the other files are analysed");
        let diags = a["diagnostics"].as_array().unwrap();
        assert!(
            diags.iter().any(|g| g["message"].as_str().unwrap().contains(&*name) && g["level"] == "warning"),
            "{name}: the output says the file is missing: {diags:?}"
        );
    }
}

#[test]
fn all_files_refused_is_an_error() {
    let d = dir("allbad");
    let bad = d.join("x.pdf");
    std::fs::write(&bad, b"%PDF-1.7").unwrap();
    let out = storylens(&[&bad, &d.join("missing.txt")]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(out.stdout.is_empty());
    assert!(
        stderr.contains("x.pdf") && stderr.contains("missing.txt") && stderr.contains("all 2 input files were refused"),
        "{stderr}"
    );
}

#[test]
fn good_files_exit_zero() {
    let d = dir("good");
    let a = d.join("a.txt");
    std::fs::write(&a, format!("\u{FEFF}{}", ENGLISH.replace(". ", ".\r\n"))).unwrap();
    let out = storylens(&[&a]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(out.stderr.is_empty());
    assert_eq!(json(&out)["documents"][0]["language"], "en");
}

#[test]
fn limits_are_named() {
    let d = dir("limits");
    // A file over the per-document limit is refused before it is read.
    let big = d.join("big.txt");
    std::fs::write(&big, "word ".repeat(MAX_DOCUMENT_BYTES / 5 + 1)).unwrap();
    let ok = d.join("ok.txt");
    std::fs::write(&ok, ENGLISH).unwrap();
    let out = storylens(&[&big, &ok]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("big.txt") && stderr.contains("limit of 10 MB per document"), "{stderr}");
    // HTML nested deeper than the limit.
    let deep = d.join("deep.html");
    std::fs::write(
        &deep,
        format!("<html><body>{}<p>{ENGLISH}</p>{}</body></html>", "<div>".repeat(100_000), "</div>".repeat(100_000)),
    )
    .unwrap();
    let out = storylens(&[&deep, &ok]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("deep.html") && stderr.contains("the limit is 256 levels"), "{stderr}");
    // Too many documents in an input set: the whole set is refused, naming the limit.
    let set = d.join("set.json");
    let docs: Vec<serde_json::Value> = (0..=MAX_DOCUMENTS).map(|_| serde_json::json!({"text": "x"})).collect();
    std::fs::write(&set, serde_json::json!({ "documents": docs }).to_string()).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_storylens")).args(["analyze", "--input"]).arg(&set).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("too many documents") && stderr.contains("the limit is 5000"), "{stderr}");
}

/// Reports that are not English are analysed, and reported as not English.
#[test]
fn other_languages_are_reported() {
    let texts = [
        ("ru", "Переговоры между делегациями России и США прошли в Стамбуле в четверг. Они длились шесть часов, сообщили в министерстве иностранных дел. Стороны договорились продолжить диалог."),
        ("tr", "Rusya ve ABD heyetleri arasındaki görüşmeler perşembe günü İstanbul'da yapıldı. Görüşmeler altı saat sürdü ve taraflar diyaloğu sürdürme konusunda anlaştı, dedi bakanlık."),
        ("de", "Die Gespräche zwischen den Delegationen Russlands und der USA fanden am Donnerstag in Istanbul statt. Sie dauerten sechs Stunden, teilte das Außenministerium mit. Beide Seiten wollen den Dialog fortsetzen."),
        ("zh", "俄罗斯和美国代表团周四在伊斯坦布尔举行会谈。会谈持续了六个小时，外交部表示。双方同意继续对话，并将在下周再次会面。"),
        ("mixed", "Переговоры прошли в Стамбуле в четверг, сообщили в министерстве. The talks were held in Istanbul. Die Gespräche dauerten sechs Stunden. 会谈持续了六个小时，外交部表示。"),
    ];
    let mut docs: Vec<InputDocument> = texts
        .iter()
        .map(|(id, t)| InputDocument { id: Some(id.to_string()), text: t.to_string(), ..Default::default() })
        .collect();
    docs.push(InputDocument {
        id: Some("en".into()),
        text: format!("{ENGLISH} Both sides said that the meeting was useful and that they would meet again."),
        ..Default::default()
    });
    let a = analyze(&InputSet { documents: docs }).unwrap();
    common::check_offsets(&a);
    for d in &a.documents {
        let expected = if d.id == "en" { "en" } else { "und" };
        assert_eq!(d.language, expected, "{}", d.id);
        let warned = a
            .diagnostics
            .iter()
            .any(|g| g.doc.as_deref() == Some(d.id.as_str()) && g.message.contains("does not look like English"));
        assert_eq!(warned, expected == "und", "{}: a diagnostic says so", d.id);
    }
}
