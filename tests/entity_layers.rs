//! The entity stage's modules form layers: a module names only modules below it
//! (`types` at the bottom, `merge` at the top; `mod.rs` runs them all). An import of a
//! higher module, such as the word lists `doc` once read from `mentions`, `person` and
//! `roles`, makes a cycle; this test finds one by reading the sources.

use std::path::Path;

/// Bottom to top.
const LAYERS: &[&str] = &["types", "doc", "translit", "roles", "person", "mentions", "merge"];

#[test]
fn entity_modules_import_only_lower_layers() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/entities");
    let mut files: Vec<String> = std::fs::read_dir(&dir)
        .expect("src/entities")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".rs") && n != "mod.rs")
        .collect();
    files.sort();
    for file in &files {
        let name = file.trim_end_matches(".rs");
        let rank = LAYERS.iter().position(|l| *l == name).unwrap_or_else(|| panic!("{file} is in no layer of LAYERS"));
        let text = std::fs::read_to_string(dir.join(file)).expect("source");
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            for (i, _) in code.match_indices("super::") {
                let rest = &code[i + "super::".len()..];
                let module: String = rest.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
                if let Some(r) = LAYERS.iter().position(|l| *l == module) {
                    assert!(r < rank, "src/entities/{file}:{}: {name} uses {module}, which is not below it", n + 1);
                }
            }
        }
    }
}
