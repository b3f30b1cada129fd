//! Data flows one way through the stages (ARCHITECTURE.md): documents → text → sentences →
//! mentions → entities → time expressions → stories → events → claims → contradictions →
//! report/JSON. This tidy test (after rust-analyzer's `xtask tidy`) reads every file of
//! `src/` and fails when a module names a module later in that order: `crate::X`
//! anywhere in code (in `use`, grouped `use crate::{a, b}`, or a path in an expression),
//! and `super::` chains that climb to the crate root. Names inside a stage (its own files)
//! are the stage's business; `tests/entity_layers.rs` orders the entity stage's layers.

use std::path::{Path, PathBuf};

/// Every top-level module of `src/`, in pipeline order. A module may name itself and the
/// modules before it, never one after it.
const ORDER: &[&str] = &[
    // Shared low-level modules, used by every stage; they name only each other.
    "day",
    "span",
    "sort",
    "tally",
    "json",
    "lexicon",
    // The input contract, and the files the CLI reads into it.
    "input_json",
    "input",
    "ingest",
    // Stage 1: documents (normalisation, boilerplate lines).
    "boilerplate",
    "document",
    // Stage 2: text (tokens, sentences), the prepared corpus, what is read off text alone.
    "text",
    "corpus",
    "language",
    "overlap",
    // Stage 3: mentions and entities.
    "entities",
    // Stage 4: time expressions and document dates.
    "time",
    // Which reports tell one story; events; claims; contradictions.
    "stories",
    "events",
    "claims",
    "contradictions",
    // The report (output contract and conversion), its renderings, and what runs it all.
    "report",
    "summary",
    "pipeline",
    "eval",
    "wasm",
    "lib",
];

/// Imports against the order that are allowed, each with its reason: (from, to, why).
const EXCEPTIONS: &[(&str, &str, &str)] = &[];

/// Names the crate root re-exports (`crate::analyze`), and the module that defines each.
const ROOT_NAMES: &[(&str, &str)] = &[
    ("analyze", "pipeline"),
    ("analyze_json", "pipeline"),
    ("InputDocument", "input"),
    ("InputError", "input"),
    ("InputSet", "input"),
    ("Analysis", "report"),
];

/// The top-level module a name at the crate root belongs to.
fn module_of_root_name(name: &str, at: &str) -> &'static str {
    if let Some(m) = ORDER.iter().find(|m| **m == name) {
        return m;
    }
    if let Some((_, m)) = ROOT_NAMES.iter().find(|(n, _)| *n == name) {
        return m;
    }
    panic!("{at}: `{name}` is neither a module of ORDER nor a root name of ROOT_NAMES: add it to one of them");
}

fn rank(module: &str) -> usize {
    ORDER.iter().position(|m| *m == module).unwrap_or_else(|| panic!("module `{module}` is not in ORDER: place it"))
}

/// Every `.rs` file under `dir`, sorted.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).expect("read src") {
            let p = e.expect("entry").path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "rs") {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// The source without comments (`//` to the end of the line; strings holding `//` and a
/// path do not occur in this crate), one entry per line.
fn code_lines(text: &str) -> Vec<String> {
    text.lines().map(|l| l.split("//").next().unwrap_or("").to_string()).collect()
}

/// The first identifier at the start of `s`.
fn ident(s: &str) -> &str {
    let end = s.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_')).unwrap_or(s.len());
    &s[..end]
}

/// The first path segment of each item of a `{a, b::c, self}` group starting at `s[0] == '{'`.
fn group_heads(s: &str) -> Vec<String> {
    let mut depth = 0;
    let mut heads = Vec::new();
    let mut item_start = true;
    for (i, c) in s.char_indices() {
        match c {
            '{' => {
                depth += 1;
                if depth == 1 {
                    item_start = true;
                    continue;
                }
            }
            '}' => {
                depth -= 1;
                if depth == 0 {
                    break;
                }
            }
            ',' if depth == 1 => {
                item_start = true;
                continue;
            }
            _ => {}
        }
        if depth == 1 && item_start && !c.is_whitespace() {
            item_start = false;
            let head = ident(&s[i..]);
            if !head.is_empty() && head != "self" {
                heads.push(head.to_string());
            }
        }
    }
    heads
}

/// Every top-level module a file names, with the line: `crate::X…` and `super::` chains
/// that reach the crate root. `depth` is the file's module depth (`src/a.rs` 1, `src/a/b.rs`
/// 2); an inline `mod x {` adds one for the lines after it. Unit tests (`#[cfg(test)]` before
/// `mod x {`, up to its closing `}` in the first column) are skipped: they are no part of the
/// data flow, and may run the whole pipeline to test a low-level module.
fn named_modules(code: &str, depth: usize, file: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut depth = depth;
    let mut cfg_test = false;
    let mut in_tests = false;
    for (n, line) in code.lines().enumerate() {
        let at = format!("{file}:{}", n + 1);
        let trimmed = line.trim_start();
        if in_tests {
            in_tests = line != "}";
            continue;
        }
        if trimmed.starts_with("#[cfg(test)]") {
            cfg_test = true;
            continue;
        }
        let opens_module = trimmed.starts_with("mod ") && trimmed.trim_end().ends_with('{');
        if std::mem::take(&mut cfg_test) && opens_module {
            in_tests = true;
            continue;
        }
        if opens_module {
            depth += 1;
        }
        for (i, _) in line.match_indices("crate::") {
            // Not `storylens::…` nor part of a longer name (`my_crate::`).
            if line[..i].ends_with(|c: char| c.is_ascii_alphanumeric() || c == '_') {
                continue;
            }
            let rest = &line[i + "crate::".len()..];
            let heads = if rest.starts_with('{') { group_heads(rest) } else { vec![ident(rest).to_string()] };
            for h in heads {
                out.push((n + 1, module_of_root_name(&h, &at).to_string()));
            }
        }
        let mut from = 0;
        while let Some(i) = line[from..].find("super::") {
            let start = from + i;
            if line[..start].ends_with(|c: char| c.is_ascii_alphanumeric() || c == '_' || c == ':') {
                from = start + 1;
                continue;
            }
            let mut rest = &line[start..];
            let mut ups = 0;
            while let Some(r) = rest.strip_prefix("super::") {
                ups += 1;
                rest = r;
            }
            if ups >= depth {
                let heads = if rest.starts_with('{') { group_heads(rest) } else { vec![ident(rest).to_string()] };
                for h in heads.into_iter().filter(|h| h != "*") {
                    out.push((n + 1, module_of_root_name(&h, &at).to_string()));
                }
            }
            from = start + ups * "super::".len();
        }
    }
    out
}

#[test]
fn no_module_names_a_later_stage() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut violations = Vec::new();
    let mut checked = 0;
    for path in rust_files(&src) {
        let rel = path.strip_prefix(&src).unwrap();
        let parts: Vec<String> = rel.iter().map(|p| p.to_string_lossy().into_owned()).collect();
        let file = format!("src/{}", parts.join("/"));
        if file == "src/main.rs" {
            continue; // the CLI is its own crate: it names `storylens::`, never `crate::`
        }
        let module = parts[0].trim_end_matches(".rs").to_string();
        // `src/a/mod.rs` and `src/a.rs` are module `a` at depth 1; `src/a/b.rs` is depth 2.
        let depth = if parts.last().is_some_and(|p| p == "mod.rs") { parts.len() - 1 } else { parts.len() };
        let text = std::fs::read_to_string(&path).expect("source");
        let code = code_lines(&text).join("\n");
        let me = rank(&module);
        for (line, named) in named_modules(&code, depth, &file) {
            checked += 1;
            if named == module || rank(&named) < me {
                continue;
            }
            if EXCEPTIONS.iter().any(|(f, t, _)| *f == module && *t == named) {
                continue;
            }
            violations.push(format!("{file}:{line}: `{module}` names `{named}`, which comes after it in the pipeline"));
        }
    }
    assert!(checked > 100, "only {checked} names found: is the parser reading src/?");
    assert!(violations.is_empty(), "imports against the pipeline's direction:\n{}", violations.join("\n"));
}

#[test]
fn every_module_of_src_is_placed() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    for e in std::fs::read_dir(&src).unwrap() {
        let name = e.unwrap().file_name().to_string_lossy().into_owned();
        if name == "main.rs" || !(name.ends_with(".rs") || src.join(&name).is_dir()) {
            continue;
        }
        rank(name.trim_end_matches(".rs"));
    }
    for (from, to, why) in EXCEPTIONS {
        assert!(rank(from) < rank(to) && !why.is_empty(), "exception {from} → {to} is not needed or has no reason");
    }
}

/// The parser itself finds what it must (so that the test above can fail).
#[test]
fn the_parser_finds_every_form_of_name() {
    let code = "use crate::time::Timex;\nuse crate::{claims, report::SpanOut};\nlet x = crate::events::f();\n\
                use super::super::stories::Story;\nuse super::sibling;\n";
    let got: Vec<String> = named_modules(code, 2, "test").into_iter().map(|(_, m)| m).collect();
    assert_eq!(got, ["time", "claims", "report", "events", "stories"]);
    let inline = "use super::report::A;\nmod inner {\n    use super::tally;\n    use super::super::time::B;\n}\n";
    let got: Vec<String> = named_modules(inline, 1, "test").into_iter().map(|(_, m)| m).collect();
    assert_eq!(got, ["report", "time"], "in an inline module of a depth-1 file, super:: is the file's own module");
    let tests =
        "use crate::span::Span;\n#[cfg(test)]\nmod tests {\n    use crate::pipeline::analyze;\n}\nuse crate::sort;\n";
    let got: Vec<String> = named_modules(tests, 1, "test").into_iter().map(|(_, m)| m).collect();
    assert_eq!(got, ["span", "sort"], "unit tests are skipped, and only they");
}
