//! Ages of people: "Brian Nichols, 37, …" and "a 37-year-old …" next to a name.

use super::{Claim, Subject, Value};
use crate::corpus::Corpus;
use crate::entities::{Entities, EntityType};
use crate::span::Span;
use crate::text::TokenKind;

/// An age between commas right after a person's name, or "N-year-old" right before it.
pub fn ages(c: &Corpus, ents: &Entities, out: &mut Vec<Claim>) {
    let mut seen = rustc_hash::FxHashSet::default();
    for (e, ent) in ents.entities.iter().enumerate().filter(|(_, ent)| ent.kind == EntityType::Person) {
        for &mi in &ent.mentions {
            let m = &ents.mentions[mi];
            let toks = &c.tokens[m.doc];
            let k = toks.partition_point(|t| t.span.start < m.span.end);
            if k >= toks.len() {
                continue;
            }
            let age = |j: usize| -> Option<f64> {
                let t = toks.get(j)?;
                let n = crate::text::number::parse_f64(c.word(m.doc, j))?;
                (t.kind == TokenKind::Number && (1.0..=120.0).contains(&n)).then_some(n)
            };
            // "Nichols, 37, was …"
            let after = (c.word(m.doc, k) == ","
                && toks.get(k + 2).is_some_and(|_| matches!(c.word(m.doc, k + 2), "," | ")" | ".")))
            .then(|| age(k + 1).map(|n| (n, toks[k + 1].span)))
            .flatten();
            // "37-year-old Brian Nichols"
            let before = m.span.start.checked_sub(1).and_then(|_| {
                let first = toks.partition_point(|t| t.span.start < m.span.start);
                (first >= 5 && c.folded(m.doc, first - 1) == "old" && c.folded(m.doc, first - 3) == "year")
                    .then(|| {
                        age(first - 5).map(|n| (n, Span::new(toks[first - 5].span.start, toks[first - 1].span.end)))
                    })
                    .flatten()
            });
            if let Some((n, span)) = after.or(before) {
                let text = &c.docs[m.doc].text;
                if seen.insert((m.doc, e)) {
                    out.push(Claim {
                        doc: m.doc,
                        subject: Subject::Entity(e),
                        attribute: "age",
                        value: Value::Quantity(n, n),
                        display: span.of(text).to_string(),
                        quote: span,
                        qualifiers: Default::default(),
                    });
                }
            }
        }
    }
}
