//! Small multi-source stories written for these tests (not the bundled example), one TOML
//! fixture per story in `tests/stories/` (format and how to add one: its README.md): each
//! checks one behaviour of the analysis end to end. One test runs them all and reports
//! every failure; the others check that the harness itself can fail.

mod common;
mod story_harness;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use story_harness::fixture::Fixture;

fn fixture_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/stories")
}

#[test]
fn every_story_fixture_holds() {
    let dir = fixture_dir();
    let (fixtures, mut failures) = story_harness::load_all(&dir);
    let mut seen = BTreeSet::new();
    for (name, f) in &fixtures {
        if let Err(report) = story_harness::run(name, f, &mut seen) {
            failures.push(report);
        }
    }
    failures.extend(story_harness::unseen_attributes(&fixtures, &seen));
    let expectations: usize = fixtures.iter().map(|(_, f)| f.expectations()).sum();
    assert!(
        failures.is_empty(),
        "{} failures among the story fixtures in {} ({} read, {expectations} expectations):\n\n{}",
        failures.len(),
        dir.display(),
        fixtures.len(),
        failures.join("\n")
    );
}

/// A small story whose one flag is `deaths`, high, with expectations written after it.
fn toll_story(expectations: &str) -> String {
    format!(
        "about = \"harness self-test\"\n\n\
         [[report]]\npublished = \"2024-03-05\"\n\
         text = \"A powerful earthquake struck the region on Tuesday. At least 12 people were killed, officials said.\"\n\n\
         [[report]]\npublished = \"2024-03-05\"\n\
         text = \"The earthquake on Tuesday killed 7 people, according to the interior ministry.\"\n\n\
         {expectations}"
    )
}

#[test]
fn a_wrong_expectation_fails_naming_the_fixture_and_showing_the_flags() {
    let right =
        Fixture::parse(&toll_story("[[flag]]\nattribute = \"deaths\"\ncount = 1\nseverity = \"high\"\n")).unwrap();
    assert_eq!(story_harness::run("right.toml", &right, &mut BTreeSet::new()), Ok(()));
    let wrong = Fixture::parse(&toll_story(
        "[[flag]]\nattribute = \"deaths\"\ncount = 1\nseverity = \"low\"\n\n\
         [[flag]]\nattribute = \"place\"\ncount = 1\n",
    ))
    .unwrap();
    let report = story_harness::run("wrong.toml", &wrong, &mut BTreeSet::new()).unwrap_err();
    assert!(report.starts_with("wrong.toml — harness self-test"), "{report}");
    assert!(report.contains("severity is \"high\", expected \"low\""), "{report}");
    assert!(
        report.contains("[[flag]] attribute = \"place\"") && report.contains("selected 0"),
        "both failures: {report}"
    );
    assert!(report.contains("flags produced (1)") && report.contains("At least 12 people were killed"), "{report}");
}

#[test]
fn every_kind_of_expectation_can_fail() {
    for wrong in [
        "[analysis]\nflags = 2\n",
        "[analysis]\ncompared_facts_at_least = 99\n",
        "[[flag]]\nattribute = \"deaths\"\nquotes_include = [\"12 people\"]\n",
        "[[flag]]\nattribute = \"deaths\"\nquote_ending = [\"were not killed\"]\n",
        "[[claim]]\nattribute = \"deaths\"\ncount = 0\n",
        "[[claim]]\nqualifier = \"hypothetical\"\n",
        "[[fact]]\nattribute = \"deaths\"\nstatus = \"agree\"\n",
        "[[entity]]\ntype = \"PERSON\"\n",
        "[[event]]\ndate = \"2024-03-05\"\nstatus = \"future\"\n",
    ] {
        let f = Fixture::parse(&toll_story(wrong)).unwrap();
        assert!(story_harness::run("wrong.toml", &f, &mut BTreeSet::new()).is_err(), "passed: {wrong}");
    }
}

#[test]
fn an_absence_of_an_attribute_no_story_claims_or_flags_is_refused() {
    let f = Fixture::parse(&toll_story("[[flag]]\nattribute = \"death\"\ncount = 0\n")).unwrap();
    let mut seen = BTreeSet::new();
    assert_eq!(story_harness::run("misspelt.toml", &f, &mut seen), Ok(()), "no flag 'death' is produced");
    assert!(seen.contains("deaths"), "{seen:?}");
    let errors = story_harness::unseen_attributes(&[("misspelt.toml".into(), f)], &seen);
    assert_eq!(errors, ["misspelt.toml: attribute \"death\" is claimed or flagged in no story (misspelt?)"]);
}

#[test]
fn malformed_or_empty_fixtures_are_refused() {
    let no_expectations = Fixture::parse(&toll_story("")).unwrap_err();
    assert!(no_expectations.contains("no expectations"), "{no_expectations}");
    let misspelt = Fixture::parse(&toll_story("[[flag]]\nattribute = \"deaths\"\nseverty = \"high\"\n")).unwrap_err();
    assert!(misspelt.contains("severty"), "{misspelt}");
    let impossible = Fixture::parse(&toll_story("[[flag]]\nattribute = \"deaths\"\ncount = 0\nseverity = \"high\"\n"));
    assert!(impossible.is_err());
    let no_selector = Fixture::parse(&toll_story("[[claim]]\ncount = 0\n"));
    assert!(no_selector.is_err());
    let no_reports = Fixture::parse("about = \"x\"\n\n[analysis]\nflags = 0\n").unwrap_err();
    assert!(no_reports.contains("no [[report]]"), "{no_reports}");
}

#[test]
fn an_empty_or_unreadable_directory_fails_and_names_bad_files() {
    let dir = std::env::temp_dir().join(format!("storylens-story-fixtures-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let (fixtures, errors) = story_harness::load_all(&dir);
    assert!(fixtures.is_empty() && errors.len() == 1 && errors[0].contains("no story fixtures"), "{errors:?}");
    std::fs::write(dir.join("broken.toml"), "about = \"x\"\n[[report]\n").unwrap();
    std::fs::write(dir.join("notes.txt"), "").unwrap();
    let (_, errors) = story_harness::load_all(&dir);
    assert!(errors.iter().any(|e| e.starts_with("broken.toml: malformed")), "{errors:?}");
    assert!(errors.iter().any(|e| e.starts_with("notes.txt: not a fixture")), "{errors:?}");
    std::fs::remove_dir_all(&dir).unwrap();
    let (_, errors) = story_harness::load_all(&dir);
    assert_eq!(errors.len(), 1, "{errors:?}");
}
