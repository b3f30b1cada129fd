//! Pathological inputs: each is built in code, analysed, checked for offsets on
//! the quoted text and schema validity, and its cost measured.
//!
//! Cost is measured, not guessed: every input is analysed at size N and 4N in the
//! same run (median of 3 where the run is short) and the per-stage times are printed
//! (`cargo test --release --test pathological -- --nocapture --test-threads=1`).
//! The only assertion on time is a generous ratio between the two sizes in the
//! same process: 4× the input must cost less than 12× the time (a quadratic stage
//! would cost 16×). Tiny runs are exempt below a floor, where timer noise dominates.
//!
//! In a debug build (plain `cargo test`) these tests are ignored: they are too slow
//! there to be useful (`-- --ignored` runs them at 1/16 of the sizes). CI runs this
//! file optimised, in the `perf` profile of .cargo/config.toml (see scripts/test.sh):
//! `cargo test --profile perf --test pathological -- --nocapture --test-threads=1`.

mod common;

use std::time::Instant;
use storylens::input::MAX_DOCUMENT_BYTES;
use storylens::pipeline::{analyze_staged, STAGES};
use storylens::{Analysis, InputDocument, InputSet};

/// 4× the input may cost at most this many times as much.
const MAX_RATIO: f64 = 12.0;
/// Below this many milliseconds at size N, the ratio is not asserted (timer noise).
const FLOOR_MS: f64 = 25.0;

fn release() -> bool {
    !cfg!(debug_assertions)
}

/// Scales a release-mode size down in debug builds.
fn size(n: usize) -> usize {
    if release() {
        n
    } else {
        (n / 16).max(1)
    }
}

fn doc(id: &str, text: String) -> InputDocument {
    InputDocument { id: Some(id.to_string()), text, ..Default::default() }
}

fn one(text: String) -> InputSet {
    InputSet { documents: vec![doc("d1", text)] }
}

/// A deterministic pseudo-random sequence (no dependency, same on every machine).
struct Lcg(u64);
impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[(self.next() as usize) % xs.len()]
    }
}

/// Repeats `unit` (joined by `sep`) until the text has at least `bytes` bytes, then cuts at a char boundary.
fn fill(bytes: usize, mut unit: impl FnMut(usize) -> String, sep: &str) -> String {
    let mut s = String::with_capacity(bytes + 64);
    let mut i = 0;
    while s.len() < bytes {
        if i > 0 {
            s.push_str(sep);
        }
        s.push_str(&unit(i));
        i += 1;
    }
    let mut cut = bytes.min(s.len());
    while !s.is_char_boundary(cut) {
        cut -= 1;
    }
    s.truncate(cut);
    s
}

/// The example's text, all five reports joined.
fn example_text() -> String {
    common::istanbul().documents.into_iter().map(|d| d.text).collect::<Vec<_>>().join("\n\n")
}

/// A syllable-built capitalised pseudo-name, distinct for each `i`.
fn name(i: usize) -> String {
    const SYL: &[&str] =
        &["ka", "lo", "mir", "tan", "vel", "do", "ser", "gin", "ra", "bu", "ne", "yol", "fa", "pet", "ush", "zor"];
    let mut n = i + 17;
    let mut s = String::new();
    while n > 0 || s.len() < 4 {
        s.push_str(SYL[n % SYL.len()]);
        n /= SYL.len();
    }
    let mut c = s.chars();
    let first = c.next().unwrap().to_ascii_uppercase();
    std::iter::once(first).chain(c).collect()
}

struct Cost {
    bytes: usize,
    total_ms: f64,
    stages: Vec<f64>,
}

/// Analyses `set` (checking offsets and schema), `reps` times; the median run's cost.
fn measure(set: &InputSet, reps: usize) -> (Analysis, Cost) {
    let bytes = set.documents.iter().map(|d| d.text.len()).sum();
    let mut runs: Vec<(f64, Vec<f64>)> = Vec::new();
    let mut last = None;
    for _ in 0..reps.max(1) {
        let start = Instant::now();
        let mut mark = start;
        let mut stages = Vec::new();
        let a = analyze_staged(set, &mut |_| {
            let now = Instant::now();
            stages.push((now - mark).as_secs_f64() * 1e3);
            mark = now;
        })
        .expect("input within the limits");
        runs.push((start.elapsed().as_secs_f64() * 1e3, stages));
        last = Some(a);
    }
    runs.sort_by(|a, b| a.0.total_cmp(&b.0));
    let (total_ms, stages) = runs.swap_remove(runs.len() / 2);
    let a = last.unwrap();
    common::check_offsets(&a);
    (a, Cost { bytes, total_ms, stages })
}

fn slowest(c: &Cost) -> String {
    let (i, ms) = c.stages.iter().enumerate().max_by(|a, b| a.1.total_cmp(b.1)).unwrap();
    format!("{} {:.0} ms", STAGES[i], ms)
}

/// Analyses the input at `n` and `4n`, prints both costs, asserts the ratio.
fn scaling(label: &str, n: usize, make: impl Fn(usize) -> InputSet) -> Analysis {
    let n = size(n);
    let small = make(n);
    let large = make(4 * n);
    // Median of 3 for short runs; one run for multi-megabyte inputs (seconds: noise is small).
    let reps =
        |set: &InputSet| if set.documents.iter().map(|d| d.text.len()).sum::<usize>() > 3_000_000 { 1 } else { 3 };
    let (_, c1) = measure(&small, reps(&small));
    let (a, c4) = measure(&large, reps(&large));
    let ratio = c4.total_ms / c1.total_ms.max(0.001);
    println!(
        "COST {label:<34} N={:>9} B {:>8.1} ms | 4N={:>9} B {:>8.1} ms | ratio {:>5.2} | slowest at 4N: {}",
        c1.bytes,
        c1.total_ms,
        c4.bytes,
        c4.total_ms,
        ratio,
        slowest(&c4)
    );
    if release() && c1.total_ms > FLOOR_MS {
        assert!(
            ratio < MAX_RATIO,
            "{label}: 4× the input took {ratio:.1}× the time ({:.1} ms → {:.1} ms); stages at N {:?}, at 4N {:?}",
            c1.total_ms,
            c4.total_ms,
            c1.stages,
            c4.stages
        );
    }
    a
}

// ---------------------------------------------------------------- the inputs

/// The example's reports on one line, repeated up to the 10 MB document limit.
#[test]
#[cfg_attr(debug_assertions, ignore = "optimised only: cargo test --profile perf --test pathological")]
fn ten_megabyte_single_line() {
    let line = example_text().replace('\n', " ");
    let make = |bytes: usize| one(fill(bytes, |_| line.clone(), " "));
    // 4N is the 10 MB document limit itself.
    let a = scaling("10 MB line of example prose", MAX_DOCUMENT_BYTES / 4, make);
    assert!(!a.documents[0].text.contains('\n'));
    assert!(a.documents[0].text.len() + 16 >= size(MAX_DOCUMENT_BYTES / 4) * 4, "the whole line is kept");
}

/// One line of words with no sentence end at all. Before sentences were capped at 200
/// tokens this was one multi-megabyte sentence, and dating events compared every trigger
/// with every date in it: 25 kB took 4.5 s, 100 kB did not finish in 5 minutes.
#[test]
#[cfg_attr(debug_assertions, ignore = "optimised only: cargo test --profile perf --test pathological")]
fn ten_megabyte_sentence_without_punctuation() {
    const WORDS: &[&str] = &[
        "the",
        "talks",
        "in",
        "Istanbul",
        "on",
        "Thursday",
        "lasted",
        "six",
        "hours",
        "and",
        "Ambassador",
        "Alexander",
        "Darchiev",
        "met",
        "officials",
        "from",
        "Washington",
        "April",
        "10",
        "said",
        "April 10, 2025",
        "2016",
        "will",
        "meet",
    ];
    let make = |bytes: usize| {
        let mut r = Lcg(7);
        one(fill(bytes, |_| r.pick(WORDS).to_string(), " "))
    };
    scaling("10 MB line, no punctuation", MAX_DOCUMENT_BYTES / 4, make);
}

/// 100,000 one-word sentences ("Talks. Istanbul. Agreed. …").
#[test]
#[cfg_attr(debug_assertions, ignore = "optimised only: cargo test --profile perf --test pathological")]
fn hundred_thousand_one_word_sentences() {
    const WORDS: &[&str] = &[
        "Talks.",
        "Istanbul.",
        "Agreed.",
        "Yes.",
        "No.",
        "Washington.",
        "Moscow.",
        "Thursday.",
        "Darchiev.",
        "Coulter.",
        "Later.",
        "Embassy.",
        "Six.",
        "Hours.",
        "Seized.",
    ];
    let make = |count: usize| {
        let mut r = Lcg(11);
        one((0..count).map(|_| r.pick(WORDS)).collect::<Vec<_>>().join(" "))
    };
    scaling("one-word sentences (25k → 100k)", 25_000, make);
}

/// Only numbers: integers, decimals, thousands separators, years, percentages.
#[test]
#[cfg_attr(debug_assertions, ignore = "optimised only: cargo test --profile perf --test pathological")]
fn only_numbers() {
    let make = |bytes: usize| {
        let mut r = Lcg(3);
        one(fill(
            bytes,
            |i| match r.next() % 6 {
                0 => format!("{}", r.next()),
                1 => format!("{},{:03}", r.next() % 1000, r.next() % 1000),
                2 => format!("{}.{}", r.next() % 100, r.next() % 100),
                3 => format!("{}", 1900 + r.next() % 200),
                4 => format!("{}%", r.next() % 100),
                _ => {
                    if i % 40 == 0 {
                        "\n".into()
                    } else {
                        format!("{}", r.next() % 31)
                    }
                }
            },
            " ",
        ))
    };
    scaling("only numbers", 500_000, make);
}

/// Only capitalised words: distinct pseudo-names in one endless capitalised run, in lines.
#[test]
#[cfg_attr(debug_assertions, ignore = "optimised only: cargo test --profile perf --test pathological")]
fn only_capitalised_words() {
    let make =
        |bytes: usize| one(fill(bytes, |i| if i % 30 == 29 { format!("{}\n", name(i)) } else { name(i % 5000) }, " "));
    scaling("only capitalised words", 500_000, make);
}

/// Only capitalised words, one line, no punctuation: the longest possible name run.
#[test]
#[cfg_attr(debug_assertions, ignore = "optimised only: cargo test --profile perf --test pathological")]
fn one_capitalised_run() {
    let make = |bytes: usize| one(fill(bytes, name, " "));
    scaling("one capitalised run", 250_000, make);
}

/// Right-to-left scripts with direction marks, and combining marks, around English.
#[test]
#[cfg_attr(debug_assertions, ignore = "optimised only: cargo test --profile perf --test pathological")]
fn rtl_and_combining() {
    let unit = |i: usize| match i % 4 {
        0 => "\u{202B}שלום עולם, השיחות באיסטנבול נמשכו שש שעות.\u{202C} ".to_string(),
        1 => "\u{200F}المحادثات في إسطنبول يوم الخميس استمرت ست ساعات.\u{200E} ".to_string(),
        2 => {
            "Ambassador Ale\u{0301}xa\u{0308}nder Darc\u{030C}iev met Sonata Coulter in I\u{0307}stanbul. ".to_string()
        }
        _ => format!(
            "Z{}a\u{0337}\u{0338}lgo te\u{0336}xt {} met {}. ",
            "\u{0300}\u{0301}\u{0302}\u{0303}".repeat(20),
            name(i),
            name(i + 1)
        ),
    };
    let make = |bytes: usize| one(fill(bytes, unit, ""));
    let a = scaling("RTL and combining marks", 500_000, make);
    assert_ne!(a.documents[0].language, "", "language is reported");
    // One base letter carrying 100,000 combining marks.
    let (_, c) = measure(&one(format!("The talks in Istanbul e{} ended.", "\u{0301}".repeat(size(100_000)))), 1);
    println!("COST {:<34} {:>9} B {:>8.1} ms", "one letter + 100k combining marks", c.bytes, c.total_ms);
}

/// Emoji: ZWJ sequences, flags, skin tones, keycaps, inside and between names.
#[test]
#[cfg_attr(debug_assertions, ignore = "optimised only: cargo test --profile perf --test pathological")]
fn emoji() {
    let unit = |i: usize| {
        format!(
            "👨‍👩‍👧‍👦 Ambassador {} 🇷🇺 met 🇺🇸 {} in Istanbul😀 on Thursday👍🏽 1️⃣ for {} hours. ",
            name(i % 300),
            name(i % 300 + 1),
            i % 12
        )
    };
    let make = |bytes: usize| one(fill(bytes, unit, ""));
    scaling("emoji", 500_000, make);
}

/// NUL bytes and other control characters sprinkled through the text.
#[test]
#[cfg_attr(debug_assertions, ignore = "optimised only: cargo test --profile perf --test pathological")]
fn nul_bytes() {
    let text = example_text();
    let make = |bytes: usize| {
        let mut r = Lcg(5);
        let with_nuls: String = text
            .chars()
            .flat_map(|c| {
                if r.next() % 7 == 0 {
                    vec!['\0', c]
                } else if r.next() % 50 == 0 {
                    vec!['\u{7}', c]
                } else {
                    vec![c]
                }
            })
            .collect();
        one(fill(bytes, |_| with_nuls.clone(), "\0\n"))
    };
    let a = scaling("NUL and control bytes", 500_000, make);
    assert!(!a.documents[0].text.contains('\0'), "NUL is removed by normalisation");
}

/// CRLF and lone CR line ends, and byte order marks at the start and inside.
#[test]
#[cfg_attr(debug_assertions, ignore = "optimised only: cargo test --profile perf --test pathological")]
fn crlf_cr_and_byte_order_marks() {
    let text = example_text();
    let crlf = text.replace('\n', "\r\n");
    let cr = text.replace('\n', "\r");
    let bom = format!("\u{FEFF}{}", text.replace("\n\n", "\n\n\u{FEFF}"));
    for (label, variant) in [("CRLF line ends", crlf), ("lone CR line ends", cr), ("byte order marks", bom)] {
        let make = |bytes: usize| {
            one(fill(bytes, |_| variant.clone(), if label.contains("CR") { "\r\n\r\n" } else { "\n\n" }))
        };
        let a = scaling(label, 500_000, make);
        let t = &a.documents[0].text;
        assert!(!t.contains('\r') && !t.contains('\u{FEFF}'), "{label}: normalised away");
    }
    // The same report with LF, CRLF, CR or BOMs finds the same entities.
    let names = |t: String| {
        let a = storylens::analyze(&one(t)).unwrap();
        a.entities.iter().map(|e| e.name.clone()).collect::<std::collections::BTreeSet<_>>()
    };
    let base = names(text.clone());
    assert_eq!(base, names(text.replace('\n', "\r\n")));
    assert_eq!(base, names(text.replace('\n', "\r")));
    assert_eq!(base, names(format!("\u{FEFF}{text}")));
}

/// Numbers far beyond any sensible range where dates, durations and counts are read.
#[test]
#[cfg_attr(debug_assertions, ignore = "optimised only: cargo test --profile perf --test pathological")]
fn huge_numbers() {
    let unit = |i: usize| {
        let big = "9".repeat(5 + i % 40);
        format!(
            "The talks lasted {big} hours on April {big}, {big}. In {big} the embassy was seized for {big} years. \
             Officials said {big} people, {big}.{big}% and ${big} billion were involved on 99/99/{big} at {big}:{big}. \
             They will meet again in {big} days, on the {big}th, {big}s ago, since -{big} and 1e{big}. "
        )
    };
    let make = |bytes: usize| one(fill(bytes, unit, ""));
    scaling("huge numbers", 500_000, make);
}

/// The document limit: 5,000 small reports, and 1,250 for the ratio.
#[test]
#[cfg_attr(debug_assertions, ignore = "optimised only: cargo test --profile perf --test pathological")]
fn five_thousand_documents() {
    let make = |count: usize| {
        InputSet {
        documents: (0..count)
            .map(|i| {
                doc(
                    &format!("r{i}"),
                    format!(
                        "Ambassador {} met Deputy Secretary {} in Istanbul on Thursday, April {}. The talks lasted {} hours, officials said.\nRead more: other news",
                        name(i % 700),
                        name(i % 500 + 1000),
                        1 + i % 28,
                        1 + i % 9
                    ),
                )
            })
            .collect(),
    }
    };
    let n = if release() { 1_250 } else { 50 };
    let a = scaling("documents (1,250 → 5,000)", n * if release() { 1 } else { 16 }, make);
    assert_eq!(a.documents.len(), 4 * size(n * if release() { 1 } else { 16 }));
}

/// Many reports that disagree about the same person's title and the same duration:
/// large (subject, attribute) groups for the contradiction stage.
#[test]
#[cfg_attr(debug_assertions, ignore = "optimised only: cargo test --profile perf --test pathological")]
fn many_conflicting_claims() {
    const TITLES: &[&str] = &[
        "Ambassador",
        "Deputy Foreign Minister",
        "Foreign Minister",
        "Deputy Assistant Secretary of State",
        "Assistant Secretary of State",
        "Secretary of State",
        "spokesperson",
        "envoy",
        "Consul General",
        "Director",
    ];
    let make = |count: usize| {
        InputSet {
        documents: (0..count)
            .map(|i| {
                doc(
                    &format!("r{i}"),
                    format!(
                        "{} Alexander Darchiev met officials in Istanbul on April 10, 2025. The talks lasted {} hours. The embassy was described as a {} estate.",
                        TITLES[i % TITLES.len()],
                        2 + i % 97,
                        ["sprawling", "small", "suburban", "waterfront", "hilltop"][i % 5]
                    ),
                )
            })
            .collect(),
    }
    };
    let n = if release() { 1_000 } else { 20 * 16 };
    let a = scaling("conflicting claims (1,000 → 4,000 docs)", n, make);
    assert!(!a.contradictions.is_empty(), "the titles and durations disagree");
}

/// Issue #22 item 3: the same short line over and over. Every repeat is an excluded
/// line, and finding the analysed lines scanned the whole excluded list once per line:
/// 1 MB took 29 s.
#[test]
#[cfg_attr(debug_assertions, ignore = "optimised only: cargo test --profile perf --test pathological")]
fn repeated_lines() {
    let make = |bytes: usize| one(fill(bytes, |_| "Talks went on.".to_string(), "\n"));
    let a = scaling("one short line repeated", 1_000_000, make);
    assert!(a.documents[0].excluded.len() > size(1_000_000) * 4 / 20, "the repeats are excluded");
}

/// Long runs of short distinct lines (a list, a table pasted as text): the text stage.
#[test]
#[cfg_attr(debug_assertions, ignore = "optimised only: cargo test --profile perf --test pathological")]
fn long_runs_of_short_lines() {
    let make = |bytes: usize| one(fill(bytes, |i| format!("talks went on for {} hours", i % 97), "\n"));
    scaling("short distinct lines", 1_000_000, make);
}

/// Short lines that each start with a different capitalised name ("Kalomir 42"): found
/// by this suite in the entities stage (1 MB 1.3 s, 4 MB 18 s: a ratio of 14; the same
/// names on one line scale by 1.9). After the entities merge (#19): 1.1 s → 9.5 s, a ratio
/// of 8.4, the entities stage 8.2 s of it — under the 12× bound, too close to it to hold.
/// Left to the entities stage's owner; run it with `-- --ignored long_runs_of_named_lines`.
#[test]
#[ignore = "entities stage superlinear on many one-name sentences: open, see the doc comment"]
fn long_runs_of_named_lines() {
    let make = |bytes: usize| one(fill(bytes, |i| format!("{} {}", name(i), i % 97), "\n"));
    scaling("short lines, one name each", 1_000_000, make);
}

/// A page that is mostly footer: a comment-form marker, then short lines (comments,
/// links, credits), each excluded; a little story text before it.
#[test]
#[cfg_attr(debug_assertions, ignore = "optimised only: cargo test --profile perf --test pathological")]
fn footer_heavy_pages() {
    let text = example_text();
    let make = |bytes: usize| {
        let footer = fill(
            bytes,
            |i| match i % 4 {
                0 => format!("Read more: {} met {}", name(i), name(i + 1)),
                1 => "Leave a Reply".to_string(),
                2 => format!("{} says: great article {i}", name(i)),
                _ => "Advertisement".to_string(),
            },
            "\n",
        );
        one(format!("{text}\n\n{footer}"))
    };
    let a = scaling("footer-heavy page", 1_000_000, make);
    assert!(a.documents[0].excluded.len() > size(1_000_000) * 4 / 40, "the footer is excluded");
}

// ---------------------------------------------------------------- HTML (the CLI's ingestion)

fn from_html(html: &str) -> (Result<Vec<InputDocument>, String>, f64) {
    let t = Instant::now();
    let r = storylens::ingest::read_bytes("page.html", "html", html.as_bytes());
    (r, t.elapsed().as_secs_f64() * 1e3)
}

const PARAGRAPH: &str = "<p>Delegations met in Istanbul on Thursday for talks on embassy operations, officials said. The talks lasted six hours.</p>";

/// 100,000 nested `<div>`s, and as many unclosed inline tags: refused at once, naming the limit.
#[test]
#[cfg_attr(debug_assertions, ignore = "optimised only: cargo test --profile perf --test pathological")]
fn deeply_nested_and_unclosed_html() {
    let n = 100_000;
    let nested = format!("<html><body>{}{PARAGRAPH}{}</body></html>", "<div>".repeat(n), "</div>".repeat(n));
    let unclosed = format!("<html><body><article>{}{}", "<div><p><b><i><span>".repeat(n / 4), PARAGRAPH.repeat(5));
    let inline =
        format!("<html><body><article><p>{}talks{}</p></article></body></html>", "<b>".repeat(n), "</b>".repeat(n));
    for (label, html) in [("100k nested <div>", nested), ("100k unclosed tags", unclosed), ("100k nested <b>", inline)]
    {
        let (r, ms) = from_html(&html);
        println!("COST {label:<34} {:>9} B {:>8.1} ms | refused", html.len(), ms);
        let err = r.unwrap_err();
        assert!(err.starts_with("page.html:") && err.contains("the limit is 256 levels"), "{err}");
    }
}

/// Issue #22 item 1: the ways around the old tag scanner (`<div/>`, `<!-->`, an
/// apostrophe in an unquoted attribute, `<svg><title>`). Past the depth limit each is
/// refused after a few kilobytes of parsing, whatever its size (20,000 `<div/>` cost
/// 90 s before, 40,000 did not finish in 300 s); within the limit, pages built of
/// them are read in time linear in their size.
#[test]
#[cfg_attr(debug_assertions, ignore = "optimised only: cargo test --profile perf --test pathological")]
fn deep_html_tricks() {
    let tricks = [
        ("<div/>", "<div/>", "</div>"),
        ("<!-->", "<!--><div>", "</div>"),
        ("class=it's", "<div class=it's>", "</div>"),
        ("<svg><title>", "<svg><title><div>", "</div></title></svg>"),
    ];
    for (label, open, close) in tricks {
        // Refused: the trick as the red team wrote it, at N and 4N.
        let deep = |n: usize| {
            let (_, html) = storylens::ingest::depth::tricks(n).into_iter().find(|(t, _)| *t == label).unwrap();
            format!("<html><body>{html}{PARAGRAPH}</body></html>")
        };
        let (r1, t1) = from_html(&deep(10_000));
        let (r4, t4) = from_html(&deep(40_000));
        let (b1, b4) = (deep(10_000).len(), deep(40_000).len());
        println!(
            "COST {:<34} N={b1:>9} B {t1:>8.1} ms | 4N={b4:>9} B {t4:>8.1} ms | refused",
            format!("{label} unclosed")
        );
        for r in [r1, r4] {
            assert!(r.unwrap_err().contains("the limit is 256 levels"), "{label}");
        }
        assert!(t4 < 1_000.0, "{label}: refusing took {t4:.0} ms");
        // Read: chains 60 levels deep (an <svg><title><div> is three), closed, repeated.
        let depth = if label.starts_with("<svg") { 20 } else { 60 };
        let chain = format!("{}{PARAGRAPH}{}", open.repeat(depth), close.repeat(depth));
        let page = |bytes: usize| {
            format!("<html><body><article>{}</article></body></html>", chain.repeat(bytes / chain.len() + 1))
        };
        let cost = |bytes: usize| {
            let html = page(bytes);
            let mut runs: Vec<f64> = (0..3)
                .map(|_| {
                    let (r, ms) = from_html(&html);
                    assert!(r.unwrap_or_else(|e| panic!("{label}: {e}"))[0].text.contains("Delegations met"));
                    ms
                })
                .collect();
            runs.sort_by(f64::total_cmp);
            (html.len(), runs[1])
        };
        let ((b1, x1), (b4, x4)) = (cost(100_000), cost(400_000));
        let ratio = x4 / x1.max(0.001);
        println!(
            "COST {:<34} N={b1:>9} B {x1:>8.1} ms | 4N={b4:>9} B {x4:>8.1} ms | ratio {ratio:.2}",
            format!("{label} chains")
        );
        if x1 > FLOOR_MS {
            assert!(ratio < MAX_RATIO, "{label}: 4× the page took {ratio:.1}× the time");
        }
    }
}

/// The work budget: a page within the depth limit whose elements are all deep (chains
/// 250 levels deep, repeated) costs Readability size × depth; past the budget it is
/// refused before Readability runs, in the time of one parse.
#[test]
#[cfg_attr(debug_assertions, ignore = "optimised only: cargo test --profile perf --test pathological")]
fn html_work_budget() {
    use storylens::ingest::MAX_HTML_WORK;
    let chain = format!("{}{PARAGRAPH}{}", "<div>".repeat(250), "</div>".repeat(250));
    let chains = MAX_HTML_WORK as usize / (250 * 251 / 2) + 2;
    let html = format!("<html><body>{}</body></html>", chain.repeat(chains));
    let (r, ms) = from_html(&html);
    println!("COST {:<34} {:>9} B {ms:>8.1} ms | refused", "over the HTML work budget", html.len());
    let e = r.unwrap_err();
    assert!(e.contains("too costly to read"), "{e}");
    assert!(ms < 3_000.0, "refused in {ms:.0} ms");
}

/// Pages nested up to the limit, and ordinary pages, up to the 10 MB file limit:
/// extraction and analysis stay linear in the page's size.
#[test]
#[cfg_attr(debug_assertions, ignore = "optimised only: cargo test --profile perf --test pathological")]
fn large_and_deep_html_pages() {
    // Readability's cost grows with size × depth: at depth 250 a 10 MB page takes ~20 s
    // (measured once; see the closing note of issue #9), so that case runs at a quarter size.
    for (label, depth, size) in [
        ("HTML page, depth 20", 20, MAX_DOCUMENT_BYTES),
        ("HTML page, chains of depth 250", 250, MAX_DOCUMENT_BYTES / 4),
    ] {
        let chain = format!("{}{PARAGRAPH}{}", "<div>".repeat(depth), "</div>".repeat(depth));
        let page = |bytes: usize| {
            format!(
                "<html><head><title>Talks</title></head><body><article>{}</article></body></html>",
                chain.repeat(bytes / chain.len())
            )
        };
        let cost = |bytes: usize| {
            let html = page(bytes);
            let mut runs: Vec<(f64, Vec<InputDocument>)> = (0..3)
                .map(|_| {
                    let (r, ms) = from_html(&html);
                    (ms, r.unwrap_or_else(|e| panic!("{label}: {e}")))
                })
                .collect();
            runs.sort_by(|a, b| a.0.total_cmp(&b.0));
            let (ms, docs) = runs.swap_remove(1);
            let (a, c) = measure(&InputSet { documents: docs }, 1);
            assert!(a.documents[0].text.contains("Delegations met in Istanbul"));
            (html.len(), ms, c.total_ms)
        };
        let (b1, x1, a1) = cost(size / 4 - 4096);
        let (b4, x4, a4) = cost(size - 4096);
        let ratio = x4 / x1.max(0.001);
        println!("COST {label:<34} N={b1:>9} B {x1:>8.1} ms (+ analysis {a1:.0} ms) | 4N={b4:>9} B {x4:>8.1} ms (+ analysis {a4:.0} ms) | extraction ratio {ratio:.2}");
        if x1 > FLOOR_MS {
            assert!(ratio < MAX_RATIO, "{label}: 4× the page took {ratio:.1}× the time to extract");
        }
    }
}

/// Hostile markup: scripts, styles, event handlers, iframes, comments, templates and
/// odd character references never become article text; the text stays valid.
#[test]
fn hostile_html_gives_only_text() {
    let html = format!(
        "<html><head><base href=\"http://evil.invalid/\"><script>alert('head')</script><style>p {{ color: red }}</style></head><body>\
         <article><h1 onmouseover=\"alert('h1')\">Talks in Istanbul</h1>{}\
         <p>Text <img src=x onerror=\"alert('img')\"> with <iframe src=\"javascript:alert('iframe')\"></iframe> an <svg><script>alert('svg')</script></svg> \
         article &amp; caf&eacute; &#0; &#xD800; &#99999999; &lt;script&gt; about the talks.</p><!-- alert('comment') --><template><p>alert('template')</p></template>\
         <p>{}</p></article></body></html>",
        PARAGRAPH.repeat(4),
        "\u{202E}\u{0301}😀\u{FEFF}"
    );
    let (r, _) = from_html(&html);
    let docs = r.unwrap();
    let text = &docs[0].text;
    assert!(text.contains("Delegations met in Istanbul"), "{text}");
    assert!(!text.contains("alert("), "no script, handler, comment or template text: {text}");
    let (a, _) = measure(&InputSet { documents: docs }, 1);
    assert!(!a.documents[0].text.contains('\0'));
}
