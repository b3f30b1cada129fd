//! Where a person studies or studied: "got into Cardiff University", "a student at the
//! University of South Wales", "graduated from Morehouse College". The fact is the person;
//! the value is the school, an organisation entity whose name has a school word
//! (`[school]`), right after a verb or noun of studying (`[study]`) and a preposition. Two
//! different schools for one person are a medium conflict (a person may have attended two).

use super::context::Context;
use super::kind::{ClaimKind, Severity, Verdict};
use super::words::{self, List};
use super::{Claim, Subject, Value};
use crate::entities::EntityType;

/// The school claim kind.
pub struct Schools;

impl ClaimKind for Schools {
    fn name(&self) -> &'static str {
        "school"
    }

    fn flag_kind(&self) -> &'static str {
        "descriptor"
    }

    fn extract(&self, cx: &Context, out: &mut Vec<Claim>) {
        let c = cx.c;
        for d in 0..c.docs.len() {
            for s in &c.sentences[d] {
                for &m in cx.mentions_in(d, s.first, s.last) {
                    let men = &cx.ents.mentions[m];
                    let entity = cx.ents.entity_of[m];
                    if men.kind == EntityType::Person || !named_school(men.span.of(&c.docs[d].text)) {
                        continue;
                    }
                    let toks = &c.tokens[d];
                    let a = toks.partition_point(|t| t.span.end <= men.span.start);
                    let Some(cue) = study_cue(cx, d, s.first, a) else { continue };
                    let Some(person) = cx.agent(d, (cue, a)) else { continue };
                    let name = cx.ents.entities[entity].name.clone();
                    let mut claim =
                        Claim::new(cx, d, Subject::Entity(person), "school", Value::Phrase(name.clone()), men.span);
                    claim.display = name;
                    claim.about = vec![format!("E{person}")];
                    claim.strength = Severity::Medium;
                    out.push(claim);
                }
            }
        }
    }

    fn compare(&self, a: &Value, b: &Value) -> Verdict {
        match (a, b) {
            (Value::Phrase(x), Value::Phrase(y)) if x != y => {
                Verdict::conflict(Severity::Medium, format!("the sources name different schools ({x} and {y})"))
            }
            _ => Verdict::Agree,
        }
    }
}

/// Whether an organisation's name names a school ("Cardiff University", "University of South Wales").
fn named_school(name: &str) -> bool {
    name.split(|ch: char| !ch.is_alphanumeric()).any(|w| words::is(List::School, &w.to_lowercase()))
}

/// The token of a word of studying before a preposition right before token `a` (an article
/// between them allowed): "student at (the)", "got into", "graduated from".
fn study_cue(cx: &Context, d: usize, first: usize, a: usize) -> Option<usize> {
    let w = |k: usize| super::tok(cx.c, d, k);
    let mut k = a;
    if k > first && matches!(w(k - 1), "the" | "a") {
        k -= 1;
    }
    if k <= first + 1 || !matches!(w(k - 1), "at" | "into" | "from" | "to" | "of") {
        return None;
    }
    let v = k - 2;
    words::is(List::Study, w(v)).then_some(v)
}
