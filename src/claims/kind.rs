//! One claim kind, one unit: each kind of claim (counts, measures, dates, titles, …)
//! owns its extraction, its comparison and its explanations behind the [`ClaimKind`]
//! trait, and is registered once in [`KINDS`]. The contradictions stage groups claims
//! and asks the claims' kind how two values relate; it knows no kind by name.

use super::context::Context;
use super::{Claim, Value};

/// How severe a disagreement is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// Cannot both be true.
    High,
    /// Probably not both true, or a difference a reader should see.
    Medium,
    /// Imprecision, a spelling, or a change over time.
    Low,
}

impl Severity {
    /// `high`, `medium` or `low`.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::High => "high",
            Severity::Medium => "medium",
            Severity::Low => "low",
        }
    }

    /// One step less severe.
    pub fn weaker(self) -> Severity {
        match self {
            Severity::High => Severity::Medium,
            _ => Severity::Low,
        }
    }
}

/// How two values of one fact relate.
#[derive(Debug, Clone, PartialEq)]
pub enum Verdict {
    /// They can both be true.
    Agree,
    /// They cannot both be true (or should not be read as both true).
    Conflict {
        /// How severe.
        severity: Severity,
        /// The part of the value that differs, when the flag should name it ("rank" of a title).
        aspect: Option<&'static str>,
        /// Why, in one phrase ("the figures cannot both be true").
        why: String,
    },
}

impl Verdict {
    /// A conflict of the whole value.
    pub fn conflict(severity: Severity, why: impl Into<String>) -> Verdict {
        Verdict::Conflict { severity, aspect: None, why: why.into() }
    }

    /// A conflict of one part of the value ("rank", "portfolio").
    pub fn conflict_on(severity: Severity, aspect: &'static str, why: impl Into<String>) -> Verdict {
        Verdict::Conflict { severity, aspect: Some(aspect), why: why.into() }
    }
}

/// A kind of claim.
pub trait ClaimKind: Sync {
    /// A short name for tests and messages (`count`, `date`, …).
    fn name(&self) -> &'static str;
    /// The contradiction kind its conflicts are reported as (`number`, `date`, `place`, …).
    fn flag_kind(&self) -> &'static str;
    /// Adds this kind's claims from the corpus.
    fn extract(&self, cx: &Context, out: &mut Vec<Claim>);
    /// How two values of the same fact relate.
    fn compare(&self, a: &Value, b: &Value) -> Verdict;
    /// Whether two claims of this kind are about the same fact only when their clauses say
    /// the same thing in other words (shared informative words or names): dates, lengths
    /// and places of what someone did. Kinds whose fact is named by the claim itself
    /// (a person's age, a death toll) are not aligned.
    fn aligned(&self) -> bool {
        false
    }
    /// Whether an aligned fact is told at most once per report, by the clause of each report
    /// most like the other's (a play of a game): claims pair only with their best match.
    fn one_per_document(&self) -> bool {
        false
    }
    /// Whether two conflicting values one report gives of one fact show that the fact
    /// gathers several things, so it is not compared: two exact counts of jurors are two
    /// groups of jurors, two dates of an earlier event are two earlier events. No by default
    /// (a report that gives both values only takes no side).
    fn several_things(&self, _a: &Claim, _b: &Claim) -> bool {
        false
    }
    /// How much a value may change per year between reports without contradicting itself
    /// (an age grows by one a year); zero for facts that do not change.
    fn drift_per_year(&self) -> f64 {
        0.0
    }
    /// Whether the qualifiers of the claim's clause (attribution, hedging, possibility) apply.
    fn qualified(&self) -> bool {
        true
    }
}

/// Every claim kind, in extraction order. A claim names its kind by index into this list.
pub static KINDS: &[&dyn ClaimKind] = &[
    &super::titles::Titles,
    &super::descriptors::Descriptors,
    &super::spellings::Spellings,
    &super::counts::Counts,
    &super::measures::Measures,
    &super::measures::Magnitudes,
    &super::durations::Durations,
    &super::dates::Dates,
    &super::ages::Ages,
    &super::places::Places,
    &super::clock::ClockTimes,
    &super::leaders::Leaders,
    &super::directions::Directions,
    &super::weapons::Weapons,
    &super::causes::Causes,
    &super::records::Records,
    &super::conditions::Conditions,
    &super::periods::Periods,
    &super::schools::Schools,
    &super::works::Works,
    &super::nationality::Nationality,
    &super::worst_hit::WorstHit,
];

/// The index in [`KINDS`] of a kind, by its name (for tests).
pub fn index_of(name: &str) -> Option<usize> {
    KINDS.iter().position(|k| k.name() == name)
}
