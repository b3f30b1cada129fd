//! The bundled example, end to end: merged entities, a dated timeline, genuine
//! contradictions, exact offsets, deterministic bytes, and a reviewed snapshot.

mod common;

use common::{check_offsets, istanbul};
use storylens::analyze;

fn run() -> storylens::Analysis {
    analyze(&istanbul()).expect("example analyses")
}

#[test]
fn offsets_land_on_quotes() {
    check_offsets(&run());
}

#[test]
fn same_input_same_bytes() {
    let a = serde_json::to_string(&run()).unwrap();
    let b = serde_json::to_string(&run()).unwrap();
    assert_eq!(a, b);
}

/// `storylens analyze --format text`: the counts, every document with its date and how it
/// was found, every entity, every event of the timeline and every flag with its quotes.
#[test]
fn the_text_summary_says_what_the_analysis_found() {
    let a = run();
    let text = storylens::summary::render(&a);
    println!("{text}");
    let mut lines = text.lines();
    let counts = format!(
        "{} documents, {} entities, {} events, {} contradictions",
        a.documents.len(),
        a.entities.len(),
        a.events.len(),
        a.contradictions.len()
    );
    assert_eq!(lines.next(), Some(counts.as_str()));
    let section = |name: &str| -> Vec<&str> {
        text.split(&format!("\n{name}\n"))
            .nth(1)
            .unwrap_or_else(|| panic!("no {name} section"))
            .split("\n\n")
            .next()
            .unwrap()
            .lines()
            .collect()
    };
    for d in &a.documents {
        let line = lines.next().unwrap_or_else(|| panic!("no line for {}", d.id));
        assert!(line.trim_start().starts_with(&d.id), "{line}");
        // The example's dates are all inferred: the line says from what and how surely.
        assert!(line.contains("2025-04-10 (inferred from other-sources, medium)"), "{line}");
    }
    let entities = section("ENTITIES");
    assert_eq!(entities.len(), a.entities.len());
    for (line, e) in entities.iter().zip(&a.entities) {
        assert!(
            line.contains(&format!(" {}  [", e.name)) && line.contains(&format!("sources {}", e.sources.len())),
            "{line}"
        );
    }
    let timeline = section("TIMELINE");
    assert_eq!(timeline.len(), a.events.len());
    for (line, v) in timeline.iter().zip(&a.events) {
        assert!(line.contains(&v.summary) && line.contains(v.status.as_str()), "{line}");
    }
    assert!(timeline.iter().any(|l| l.trim_start().starts_with("undated") && l.contains("future")), "{timeline:#?}");
    let flags = section("CONTRADICTIONS");
    assert_eq!(flags.len(), a.contradictions.len() + a.contradictions.iter().map(|c| c.claims.len()).sum::<usize>());
    assert!(flags.iter().any(|l| l.contains("[high] title / rank — Sonata Coulter:")), "{flags:#?}");
    for c in &a.contradictions {
        for cl in &c.claims {
            let quoted = format!("{} @{}-{}: \"{}\"", cl.doc, cl.start, cl.end, cl.quote);
            assert!(flags.iter().any(|l| l.trim_start() == quoted), "{quoted} is not listed");
        }
    }
}

fn entity<'a>(a: &'a storylens::Analysis, name: &str) -> &'a storylens::report::EntityOut {
    a.entities
        .iter()
        .find(|e| e.name == name)
        .unwrap_or_else(|| panic!("no entity {name}: {:?}", a.entities.iter().map(|e| &e.name).collect::<Vec<_>>()))
}

#[test]
fn spellings_merge_into_one_entity_per_participant() {
    let a = run();
    let darchiev = entity(&a, "Alexander Darchiev");
    assert_eq!(darchiev.kind, "PERSON");
    for v in ["Alexander Darchiev", "Aleksandr Darciev", "Aleksandr Darchiyev", "Darchiev"] {
        assert!(darchiev.variants.iter().any(|x| x == v), "{v} not merged: {:?}", darchiev.variants);
    }
    assert_eq!(darchiev.sources.len(), 5);
    let bruce = entity(&a, "Tammy Bruce");
    // The honorific is part of the mention ("Ms. Bruce"), as the annotated stories write it.
    assert!(bruce.variants.iter().any(|v| v == "Ms. Bruce" || v == "Bruce"), "Ms. Bruce not merged");
    let coulter = entity(&a, "Sonata Coulter");
    assert_eq!(coulter.sources.len(), 5);
    assert!(coulter.variants.iter().any(|v| v == "Coulter"));
    let turkey = entity(&a, "Türkiye");
    assert!(turkey.variants.iter().any(|v| v == "Turkey"));
    let us = entity(&a, "United States");
    assert!(["U.S.", "US", "United States"].iter().all(|v| us.variants.iter().any(|x| x == v)));
    let ministry =
        a.entities.iter().find(|e| e.variants.iter().any(|v| v == "Ministry of Foreign Affairs")).expect("ministry");
    assert!(ministry.variants.iter().any(|v| v == "Russian Foreign Ministry"));
    // Titles are roles, not names; people are never merged with each other.
    assert!(!a.entities.iter().any(|e| e.name.contains("Secretary") || e.name.contains("Ambassador")));
    assert!(darchiev.roles.iter().any(|r| r.text == "Moscow’s envoy to Washington"));
    // Boilerplate and the dateline outlet are not participants.
    assert!(!a.entities.iter().any(|e| e.name.contains("Iurie") || e.name.contains("Brussels Morning")));
}

#[test]
fn capitals_standing_for_governments_are_metonyms_not_merges() {
    let a = run();
    let russia = entity(&a, "Russia");
    assert!(russia.metonyms.iter().any(|m| m.text == "Moscow"));
    assert!(!russia.variants.iter().any(|v| v == "Moscow"));
}

#[test]
fn timeline_dates_the_story() {
    let a = run();
    // The event of a day reported by the most sources (a day may have several happenings).
    let dated = |value: &str| {
        a.events.iter().filter(|e| e.date.as_ref().is_some_and(|d| d.value == value)).max_by_key(|e| e.sources.len())
    };
    for (value, min_sources) in
        [("2016/2018", 1), ("2022", 1), ("2025-02-27", 3), ("2025-04-08", 3), ("2025-04-09", 1), ("2025-04-10", 5)]
    {
        let e = dated(value).unwrap_or_else(|| panic!("no event on {value}"));
        assert!(e.sources.len() >= min_sources, "{value}: {:?}", e.sources);
    }
    assert_eq!(dated("2025-04-10").unwrap().kind, "meeting");
    assert_eq!(dated("2025-04-08").unwrap().kind, "statement");
    assert_eq!(dated("2016/2018").unwrap().status, "background");
    assert!(
        a.events.iter().any(|e| e.date.is_none() && e.status == "future" && e.kind == "meeting"),
        "no planned follow-up meeting"
    );
    for d in &a.documents {
        assert_eq!(d.published.value.as_deref(), Some("2025-04-10"), "{}", d.id);
        assert!(d.published.inferred);
    }
}

#[test]
fn flags_what_disagrees_and_only_that() {
    let a = run();
    let flag = |attribute: &str, subject: &str| {
        a.contradictions.iter().find(|c| c.attribute == attribute && c.subject == subject)
    };
    let rank = flag("rank", "Sonata Coulter").expect("rank flag");
    assert_eq!(rank.severity, "high");
    assert!(rank.claims.iter().any(|c| c.quote == "U.S. Deputy Secretary of State"));
    assert!(flag("portfolio", "Sonata Coulter").is_some());
    let pioneer = flag("description", "Pioneer Point").expect("Pioneer Point descriptions");
    assert_eq!(pioneer.severity, "medium");
    assert!(pioneer.claims.iter().any(|c| c.quote == "suburban motel"));
    for c in &a.contradictions {
        if c.kind == "spelling" || c.attribute == "duration" {
            assert_eq!(c.severity, "low", "{} should be low", c.id);
        }
        // "Ukraine is not on the agenda" against a ceasefire on another track: no flag about Ukraine.
        assert_ne!(c.subject, "Ukraine", "{} flags Ukraine", c.id);
        let quotes: Vec<&str> = c.claims.iter().map(|x| x.quote.as_str()).collect();
        for never in [
            "Thursday",
            "April 10",
            "Tuesday",
            "April 8",
            "Turkey",
            "Türkiye",
            "first round",
            "second round",
            "six properties",
            "two summer houses",
            "trade missions",
            "trading facilities",
            "commercial missions",
        ] {
            assert!(!quotes.contains(&never), "{} flags {never:?}", c.id);
        }
    }
}

#[test]
fn single_source_titles_are_uncorroborated() {
    let a = run();
    let lone: Vec<&str> =
        a.uncorroborated.iter().filter(|u| u.subject == "Sonata Coulter").map(|u| u.quote.as_str()).collect();
    assert!(lone.contains(&"U.S. Deputy Secretary of State"), "{lone:?}");
    // Said by three reports: corroborated, even though one adds "US".
    assert!(!lone.contains(&"Deputy Assistant Secretary of State"));
}

#[test]
fn copies_count_as_one_voice() {
    let mut set = common::istanbul();
    let copy = set.documents[0].clone();
    set.documents.push(storylens::InputDocument { id: Some("copy.txt".into()), ..copy });
    let a = analyze(&set).unwrap();
    assert!(a.overlaps.iter().any(|o| o.b == "copy.txt" && o.percent == 100));
    let rank = a.contradictions.iter().find(|c| c.attribute == "rank").unwrap();
    let docs: std::collections::BTreeSet<&str> = rank.claims.iter().map(|c| c.doc.as_str()).collect();
    assert_eq!(rank.voices, docs.len() - 1, "the copy adds a document but no voice");
}
