//! Ages of people: "Brian Nichols, 37, …", "Robert Buckley, aged 32", "a 37-year-old …"
//! or "32-year-old Englishman Robert Buckley" next to a name. Ages in reports years apart
//! may differ by the years between them ([`ClaimKind::drift_per_year`]).

use super::context::Context;
use super::kind::{ClaimKind, Severity, Verdict};
use super::{Claim, Subject, Value};
use crate::corpus::Corpus;
use crate::entities::{Entities, EntityType};
use crate::span::Span;
use crate::text::TokenKind;

/// The age claim kind.
pub struct Ages;

impl ClaimKind for Ages {
    fn name(&self) -> &'static str {
        "age"
    }

    fn flag_kind(&self) -> &'static str {
        "number"
    }

    fn extract(&self, cx: &Context, out: &mut Vec<Claim>) {
        ages(cx, out);
    }

    fn compare(&self, a: &Value, b: &Value) -> Verdict {
        match (a, b) {
            (Value::Range(x, _), Value::Range(y, _)) if x != y => {
                Verdict::conflict(Severity::High, "one person has one age at a time")
            }
            _ => Verdict::Agree,
        }
    }

    fn drift_per_year(&self) -> f64 {
        1.0
    }
}

fn ages(cx: &Context, out: &mut Vec<Claim>) {
    let mut seen = rustc_hash::FxHashSet::default();
    for (d, e, n, span) in find(cx.c, cx.ents) {
        if seen.insert((d, e)) {
            out.push(Claim::new(cx, d, Subject::Entity(e), "age", Value::Range(n, n), span));
        }
    }
}

/// Every age given next to a person's name: (document, entity, age, span of the age).
pub fn find(c: &Corpus, ents: &Entities) -> Vec<(usize, usize, f64, Span)> {
    let mut out = Vec::new();
    for (e, ent) in ents.entities.iter().enumerate().filter(|(_, ent)| ent.kind == EntityType::Person) {
        for &mi in &ent.mentions {
            let m = &ents.mentions[mi];
            let d = m.doc;
            let toks = &c.tokens[d];
            let word = |j: usize| if j < toks.len() { super::tok(c, d, j) } else { "" };
            let age = |j: usize| -> Option<f64> {
                let t = toks.get(j)?;
                let n = crate::text::number::token_value(c.word(d, j))?;
                (t.kind == TokenKind::Number && (1.0..=120.0).contains(&n) && n.fract() == 0.0).then_some(n)
            };
            // The first token after the name, and the name's first token.
            let k = toks.partition_point(|t| t.span.start < m.span.end);
            let first = toks.partition_point(|t| t.span.start < m.span.start);
            // "Nichols, 37, was …", "Buckley, aged 32,"
            let after = if word(k) == "," {
                let j = if word(k + 1) == "aged" { k + 2 } else { k + 1 };
                matches!(word(j + 1), "," | ")" | "." | "" | "and" | "of" | "from")
                    .then(|| age(j).map(|n| (n, Span::new(toks[k + 1].span.start, toks[j].span.end))))
                    .flatten()
            } else {
                None
            };
            // "37-year-old Brian Nichols", "32-year-old Englishman Robert Buckley"
            let before = (0..=2).find_map(|skip| {
                let end = first.checked_sub(skip)?;
                if end < 5 || word(end - 1) != "old" || word(end - 3) != "year" {
                    return None;
                }
                // Words skipped between the age and the name are words, not a list ("and").
                let skipped_ok = (end..first).all(|j| toks[j].kind == TokenKind::Word && word(j) != "and");
                skipped_ok
                    .then(|| age(end - 5).map(|n| (n, Span::new(toks[end - 5].span.start, toks[end - 1].span.end))))
                    .flatten()
            });
            if let Some((n, span)) = after.or(before) {
                out.push((d, e, n, span));
            }
        }
    }
    out
}
