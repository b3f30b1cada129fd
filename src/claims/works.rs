//! What was being done to a building: built, renovated or demolished ("a house the agent
//! was renovating" against "the house that he was building"; "a block under construction"
//! against "a block under renovation"). Only work in progress counts: "it was built in 1920"
//! dates a building, it does not say what is being done to it. The work's word is in
//! `[works]` (value: the kind of work); a building noun (`[building]`, or a kind of building
//! in WordNet) must be near it. An aligned kind: two reports' works are compared when their
//! clauses tell the same thing (the same person, the same place). Building a house and
//! renovating it cannot both be true of one house: a medium conflict.

use super::context::Context;
use super::kind::{ClaimKind, Severity, Verdict};
use super::scope::Scope;
use super::words::{self, List};
use super::{Claim, Subject, Value};
use crate::span::Span;

/// The building work claim kind.
pub struct Works;

impl ClaimKind for Works {
    fn name(&self) -> &'static str {
        "work"
    }

    fn flag_kind(&self) -> &'static str {
        "descriptor"
    }

    fn extract(&self, cx: &Context, out: &mut Vec<Claim>) {
        let c = cx.c;
        for d in 0..c.docs.len() {
            for s in &c.sentences[d] {
                let w = |k: usize| if k >= s.first && k < s.last { super::tok(c, d, k) } else { "" };
                for k in s.first..s.last {
                    let Some(work) = words::value(List::Works, w(k)) else { continue };
                    if !in_progress(&w, k) || !near_building(&w, k) {
                        continue;
                    }
                    // "under construction": the quote is both words.
                    let first = if w(k.wrapping_sub(1)) == "under" { k - 1 } else { k };
                    let quote = Span::new(c.tokens[d][first].span.start, c.tokens[d][k].span.end);
                    // One building's work is told in clauses of the main event and of earlier
                    // ones alike ("killed him at a house he was renovating", "that night at the
                    // house he was building"): the clauses' people and places decide, not the scope.
                    let mut claim = Claim::new(
                        cx,
                        d,
                        Subject::Event(cx.scopes.story(d), Scope::Main),
                        "building work",
                        Value::Phrase(work.to_string()),
                        quote,
                    );
                    let mut cue = cx.cue(d, s.first, s.last, (first, k + 1));
                    // The same work is told with the same people and places, not the same verbs.
                    cue.verbs = cue.stems.clone();
                    claim.cue = cue;
                    claim.aligned = true;
                    claim.strength = Severity::Medium;
                    out.push(claim);
                }
            }
        }
    }

    fn compare(&self, a: &Value, b: &Value) -> Verdict {
        match (a, b) {
            (Value::Phrase(x), Value::Phrase(y)) if x != y => Verdict::conflict(
                Severity::Medium,
                format!("the sources describe different work on the building ({x} and {y})"),
            ),
            _ => Verdict::Agree,
        }
    }

    fn aligned(&self) -> bool {
        true
    }

    fn one_per_document(&self) -> bool {
        true
    }
}

/// Whether the work word at `k` tells work in progress: "under construction", "being
/// renovated", "was building", "were renovating".
fn in_progress<'a>(w: &impl Fn(usize) -> &'a str, k: usize) -> bool {
    let word = w(k);
    let before = w(k.wrapping_sub(1));
    if word.ends_with("ing") {
        return matches!(before, "was" | "were" | "is" | "are" | "been");
    }
    if word.ends_with("ed") || word.ends_with("lt") {
        return before == "being";
    }
    before == "under"
}

/// Whether a building noun is within eight words before the work word or three after it
/// ("the house that he was building", "was renovating the old house", "the bridge, under
/// construction").
fn near_building<'a>(w: &impl Fn(usize) -> &'a str, k: usize) -> bool {
    let building = |x: &str| words::is(List::Building, x) || super::buildings::is_kind(x);
    (1..=8).any(|back| k >= back && building(w(k - back))) || (1..=3).any(|ahead| building(w(k + ahead)))
}
