//! How well something was done or provided, said with a degree adverb: "well equipped"
//! against "ill-equipped" or "insufficiently equipped", "properly trained" against
//! "poorly trained". The fact is the participle (by stem) and whom it is said of; the
//! value is the judgement's direction. Opposite directions are a medium conflict.

use super::context::Context;
use super::kind::{ClaimKind, Severity, Verdict};
use super::{Claim, Subject, Value};
use crate::span::Span;

/// The condition claim kind.
pub struct Conditions;

/// Degree adverbs and the direction of their judgement (`[degree]`).
fn direction(w: &str) -> Option<&'static str> {
    super::words::value(super::words::List::Degree, w)
}

impl ClaimKind for Conditions {
    fn name(&self) -> &'static str {
        "condition"
    }

    fn flag_kind(&self) -> &'static str {
        "descriptor"
    }

    fn extract(&self, cx: &Context, out: &mut Vec<Claim>) {
        let c = cx.c;
        for d in 0..c.docs.len() {
            for (si, s) in c.sentences[d].iter().enumerate() {
                for k in s.first..s.last.saturating_sub(1) {
                    let Some(dir) = direction(super::tok(c, d, k)) else { continue };
                    // The participle, right after or across a hyphen or a quotation mark ("insufficiently" equipped).
                    let mut j = k + 1;
                    while j < s.last && matches!(c.word(d, j), "-" | "\"" | "“" | "”" | "'") {
                        j += 1;
                    }
                    if j >= s.last {
                        continue;
                    }
                    let w = super::tok(c, d, j);
                    if !(w.ends_with("ed") && w.len() > 4 && super::lemma::is_verb_form(w)) {
                        continue;
                    }
                    let scope = cx.scopes.of(c, &cx.timexes[d], d, si, k, j + 1);
                    let quote = Span::new(c.tokens[d][k].span.start, c.tokens[d][j].span.end);
                    let mut claim = Claim::new(
                        cx,
                        d,
                        Subject::Event(cx.scopes.story(d), scope),
                        "condition",
                        Value::Phrase(dir.to_string()),
                        quote,
                    );
                    claim.keyed_by_word(cx, d, j);
                    claim.about = cx.agent(d, (k, j + 1)).map(|e| format!("E{e}")).into_iter().collect();
                    claim.strength = Severity::Medium;
                    out.push(claim);
                }
            }
        }
    }

    fn compare(&self, a: &Value, b: &Value) -> Verdict {
        match (a, b) {
            (Value::Phrase(x), Value::Phrase(y)) if x != y => {
                Verdict::conflict(Severity::Medium, "one source says it was done or provided well, another poorly")
            }
            _ => Verdict::Agree,
        }
    }
}
