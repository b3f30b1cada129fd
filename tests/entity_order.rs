//! Entities do not depend on the order of the reports: the same clusters, names and types
//! whatever order the user drops the files in (issue #22: naming by a total order on
//! evidence, not by the first report seen). Checked on the bundled example, on the
//! annotated stories' texts when `../shared/eval/stories` is present (skipped loudly
//! otherwise), and on a two-report case where an agency of a country must not become the
//! country.

mod common;

use std::collections::BTreeSet;
use storylens::{analyze, InputDocument, InputSet};

/// An entity as a set: type, name, and its mentions and metonyms by (report id, start, end).
type Canon = (String, String, Vec<(String, usize, usize)>, Vec<(String, usize, usize)>);

fn canon(set: &InputSet) -> BTreeSet<Canon> {
    let a = analyze(set).expect("analyses");
    let spans = |v: &[storylens::report::SpanOut]| {
        let mut s: Vec<(String, usize, usize)> = v.iter().map(|m| (m.doc.clone(), m.start, m.end)).collect();
        s.sort();
        s
    };
    a.entities.iter().map(|e| (e.kind.clone(), e.name.clone(), spans(&e.mentions), spans(&e.metonyms))).collect()
}

/// The report orders tried: reversed, rotated by one, and a fixed pseudo-random shuffle.
fn orders(n: usize) -> Vec<Vec<usize>> {
    let mut shuffled: Vec<usize> = (0..n).collect();
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    for i in (1..n).rev() {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        shuffled.swap(i, (x % (i as u64 + 1)) as usize);
    }
    vec![(0..n).rev().collect(), (1..n).chain(0..1.min(n)).collect(), shuffled]
}

fn reordered(set: &InputSet, order: &[usize]) -> InputSet {
    InputSet { documents: order.iter().map(|&i| set.documents[i].clone()).collect() }
}

fn assert_order_free(name: &str, set: &InputSet) {
    let first = canon(set);
    for order in orders(set.documents.len()) {
        let other = canon(&reordered(set, &order));
        let only_first: Vec<_> = first.difference(&other).map(|e| (&e.0, &e.1)).collect();
        let only_other: Vec<_> = other.difference(&first).map(|e| (&e.0, &e.1)).collect();
        assert!(first == other, "{name}: order {order:?} changes entities: {only_first:?} became {only_other:?}");
    }
}

fn doc(id: &str, text: &str) -> InputDocument {
    InputDocument { id: Some(id.to_string()), text: text.to_string(), ..Default::default() }
}

#[test]
fn the_example_does_not_depend_on_report_order() {
    assert_order_free("istanbul", &common::istanbul());
}

#[test]
fn the_stories_do_not_depend_on_report_order() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval/stories");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        common::skipped(&format!("{} is missing; report order not checked on the stories", dir.display()));
        return;
    };
    let mut stories: Vec<_> = entries.map(|e| e.expect("entry").path()).filter(|p| p.is_dir()).collect();
    stories.sort();
    assert!(!stories.is_empty(), "no story folders in {}", dir.display());
    for story in stories {
        let mut files: Vec<_> = std::fs::read_dir(&story)
            .expect("story folder")
            .map(|e| e.expect("entry").path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect();
        files.sort();
        let set = InputSet {
            documents: files
                .iter()
                .map(|p| doc(&p.file_name().unwrap().to_string_lossy(), &std::fs::read_to_string(p).unwrap()))
                .collect(),
        };
        assert_order_free(&story.file_name().unwrap().to_string_lossy(), &set);
    }
}

#[test]
fn an_agency_of_a_country_is_not_the_country_in_either_order() {
    let a = doc("a.txt", "A quake struck on Monday. Staff at the U.S embassy in Ankara said nobody was hurt.\n");
    let b = doc("b.txt", "The U.S. Geological Survey said the quake had a magnitude of 5.9 on Monday.\n");
    for set in [InputSet { documents: vec![a.clone(), b.clone()] }, InputSet { documents: vec![b, a] }] {
        let result = analyze(&set).expect("analyses");
        let named = |text: &str| {
            result
                .entities
                .iter()
                .find(|e| e.variants.iter().any(|v| v == text))
                .unwrap_or_else(|| panic!("no entity for {text}: {:?}", result.entities))
        };
        let survey = named("U.S. Geological Survey");
        let us = named("U.S");
        assert_eq!(survey.kind, "ORG", "{survey:?}");
        assert_ne!(survey.id, us.id, "the agency was merged into the country: {survey:?}");
        assert_eq!(us.name, "United States");
    }
    assert_order_free(
        "two reports",
        &InputSet {
            documents: vec![
                doc("a.txt", "Staff at the U.S embassy in Ankara said nobody was hurt.\n"),
                doc("b.txt", "The U.S. Geological Survey said the quake had a magnitude of 5.9.\n"),
            ],
        },
    );
}
