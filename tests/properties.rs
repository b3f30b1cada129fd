//! Property tests over arbitrary and news-like document sets: no panic, offsets
//! on the quoted text, schema-valid, deterministic, and independent of input order.

mod common;

use proptest::prelude::*;
use std::collections::BTreeSet;
use std::sync::OnceLock;
use storylens::{analyze, Analysis, InputDocument, InputSet};

fn validator() -> &'static jsonschema::Validator {
    static V: OnceLock<jsonschema::Validator> = OnceLock::new();
    V.get_or_init(|| {
        let schema: serde_json::Value = serde_json::from_str(include_str!("../docs/storylens-1.schema.json")).unwrap();
        jsonschema::validator_for(&schema).unwrap()
    })
}

/// Words that reach every stage: names, titles, places, dates, numbers, triggers, punctuation.
const VOCAB: &[&str] = &[
    "The",
    "the",
    "talks",
    "met",
    "said",
    "in",
    "on",
    "Thursday",
    "April",
    "10",
    "2025",
    "February",
    "27",
    "Istanbul",
    "Russia",
    "Russian",
    "U.S.",
    "US",
    "Washington",
    "Moscow",
    "Ambassador",
    "Alexander",
    "Darchiev",
    "Aleksandr",
    "Darciev",
    "Deputy",
    "Assistant",
    "Secretary",
    "of",
    "State",
    "Sonata",
    "Coulter",
    "Ms.",
    "Bruce",
    "Tammy",
    "Foreign",
    "Ministry",
    "spokesperson",
    "six",
    "hours",
    "more",
    "than",
    "estate",
    "villa",
    "dacha",
    "motel",
    "Killenworth",
    "Pioneer",
    "Point",
    "between",
    "2016",
    "and",
    "2018",
    "seized",
    "will",
    "meet",
    "next",
    "week",
    ",",
    ".",
    "“",
    "”",
    "’s",
    "-",
    "\n",
    "\n\n",
    "Read More:",
    "Leave a Reply",
    "yesterday",
    "every",
    "day",
    "Türkiye",
    "Turkey",
    "killed",
    "people",
    "at least",
    "death toll rose to",
    "6.8-magnitude",
    "injured",
    "twenty-five",
    "dozens",
    "Sunday night",
    "earthquake",
    "struck",
    "lasted",
    "CEC",
    "Central Election Commission",
    "Ankara",
    "Al-Amin",
    "😀",
    "é",
    "\u{0301}",
    "\u{200F}",
    "\r\n",
    "\u{FEFF}",
    "\0",
    "U.S. Embassy",
    "for",
    "Europe",
    // Lone CR and other line ends, right-to-left text and marks, CJK, numbers far out of range,
    // and letters whose case mapping changes their length in bytes (offset bugs hide there).
    "\r",
    "\u{2028}",
    "\u{0085}",
    "\u{202E}",
    "שלום",
    "عربى",
    "١٢",
    "北京",
    "İstanbul",
    "ß",
    "ﬁ",
    "Ⅻ",
    "99999999999999999999",
    "April 99999999999",
    "18446744073709551616 hours",
    "-0",
    "1e308",
];

fn news_text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(VOCAB), 0..120).prop_map(|ws| ws.join(" "))
}

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![news_text(), any::<String>(), "[A-Z][a-z]{0,8}( [A-Z][a-z]{0,8}){0,6}[.,]? ?"]
}

fn set_of(texts: Vec<String>) -> InputSet {
    InputSet {
        documents: texts
            .into_iter()
            .enumerate()
            .map(|(i, text)| InputDocument { id: Some(format!("d{i}")), text, ..Default::default() })
            .collect(),
    }
}

/// What the analysis finds, independent of document order and of output ids.
fn findings(a: &Analysis) -> (BTreeSet<String>, BTreeSet<String>, BTreeSet<String>) {
    let entities = a
        .entities
        .iter()
        .map(|e| {
            let mut m: Vec<String> = e.mentions.iter().map(|m| format!("{}:{}:{}", m.doc, m.start, m.end)).collect();
            m.sort();
            format!("{} {} {:?}", e.kind, e.name, m)
        })
        .collect();
    let events = a
        .events
        .iter()
        .map(|v| {
            let mut s = v.sources.clone();
            s.sort();
            format!("{} {:?} {:?}", v.kind, v.date.as_ref().map(|d| &d.value), s)
        })
        .collect();
    let flags = a
        .contradictions
        .iter()
        .map(|c| {
            let mut q: Vec<String> = c.claims.iter().map(|x| format!("{}:{}", x.doc, x.start)).collect();
            q.sort();
            format!("{} {} {} {} {:?}", c.kind, c.severity, c.subject, c.attribute, q)
        })
        .collect();
    (entities, events, flags)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(256), ..ProptestConfig::default() })]

    #[test]
    fn never_panics_and_offsets_hold(texts in prop::collection::vec(any_text(), 0..5)) {
        let a = analyze(&set_of(texts)).unwrap();
        common::check_offsets(&a);
        let v = serde_json::to_value(&a).unwrap();
        prop_assert!(validator().is_valid(&v));
    }

    #[test]
    fn deterministic(texts in prop::collection::vec(news_text(), 1..4)) {
        let set = set_of(texts);
        prop_assert_eq!(serde_json::to_string(&analyze(&set).unwrap()).unwrap(), serde_json::to_string(&analyze(&set).unwrap()).unwrap());
    }

    #[test]
    fn document_order_changes_no_finding(texts in prop::collection::vec(news_text(), 2..4)) {
        let set = set_of(texts);
        let mut reversed = set.clone();
        reversed.documents.reverse();
        prop_assert_eq!(findings(&analyze(&set).unwrap()), findings(&analyze(&reversed).unwrap()));
    }
}

#[test]
fn example_in_any_order_finds_the_same() {
    let set = common::istanbul();
    let mut rotated = set.clone();
    rotated.documents.rotate_left(2);
    assert_eq!(findings(&analyze(&set).unwrap()), findings(&analyze(&rotated).unwrap()));
}
