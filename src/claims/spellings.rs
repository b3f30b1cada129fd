//! Spellings of people's surnames across reports ("Darchiev", "Darciev", "Darchiyev"): one
//! claim per report and distinct surname of each person. Spellings that differ only in
//! case or accents are one spelling; a report that writes two spellings made a typo and
//! takes no side (the contradictions stage leaves it out).

use super::context::Context;
use super::kind::{ClaimKind, Severity, Verdict};
use super::{Claim, Subject, Value};
use crate::entities::EntityType;
use crate::lexicon::fold;

/// The name spelling claim kind.
pub struct Spellings;

impl ClaimKind for Spellings {
    fn name(&self) -> &'static str {
        "spelling"
    }

    fn flag_kind(&self) -> &'static str {
        "spelling"
    }

    fn extract(&self, cx: &Context, out: &mut Vec<Claim>) {
        for (e, ent) in cx.ents.entities.iter().enumerate().filter(|(_, ent)| ent.kind == EntityType::Person) {
            let mut seen: Vec<(String, usize)> = Vec::new();
            for &mi in &ent.mentions {
                let m = &cx.ents.mentions[mi];
                let text = &cx.c.docs[m.doc].text;
                let surname = m.surname.unwrap_or(m.span).of(text).split_whitespace().last().unwrap_or("").to_string();
                if surname.is_empty() || seen.iter().any(|(s, d)| *s == surname && *d == m.doc) {
                    continue;
                }
                seen.push((surname.clone(), m.doc));
                let mut claim =
                    Claim::new(cx, m.doc, Subject::Entity(e), "name", Value::Phrase(surname.clone()), m.span);
                claim.display = surname;
                out.push(claim);
            }
        }
    }

    fn compare(&self, a: &Value, b: &Value) -> Verdict {
        let (Value::Phrase(x), Value::Phrase(y)) = (a, b) else { return Verdict::Agree };
        if fold(x) == fold(y) {
            Verdict::Agree
        } else {
            Verdict::conflict(
                Severity::Low,
                format!("the name is spelled \"{x}\" and \"{y}\" (transliteration variants)"),
            )
        }
    }

    fn qualified(&self) -> bool {
        false
    }
}
