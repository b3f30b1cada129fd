//! Descriptions of facilities ("dacha", "villa", "suburban motel"), from the roles the
//! entity stage attaches to their mentions, compared through WordNet kinds of building
//! ([`super::buildings`]): a dacha and a motel are different kinds (medium), a dacha and a
//! villa close kinds described differently (low).

use super::buildings::{self, Relation};
use super::context::Context;
use super::kind::{ClaimKind, Severity, Verdict};
use super::{Claim, Subject, Value};
use crate::entities::EntityType;
use crate::lexicon::fold;

/// The facility description claim kind.
pub struct Descriptors;

impl ClaimKind for Descriptors {
    fn name(&self) -> &'static str {
        "description"
    }

    fn flag_kind(&self) -> &'static str {
        "descriptor"
    }

    fn extract(&self, cx: &Context, out: &mut Vec<Claim>) {
        for (e, ent) in cx.ents.entities.iter().enumerate().filter(|(_, ent)| ent.kind == EntityType::Facility) {
            for &mi in &ent.mentions {
                let m = &cx.ents.mentions[mi];
                let text = &cx.c.docs[m.doc].text;
                for &r in &m.roles {
                    let phrase = fold(r.of(text));
                    if !phrase.is_empty() {
                        out.push(Claim::new(cx, m.doc, Subject::Entity(e), "description", Value::Phrase(phrase), r));
                    }
                }
            }
        }
    }

    fn compare(&self, a: &Value, b: &Value) -> Verdict {
        let (Value::Phrase(x), Value::Phrase(y)) = (a, b) else { return Verdict::Agree };
        match buildings::relate(x, y) {
            Relation::Distant => Verdict::conflict(
                Severity::Medium,
                format!("a {x} and a {y} are different kinds of building (WordNet)"),
            ),
            Relation::Close => Verdict::conflict(
                Severity::Low,
                format!("\"{x}\" and \"{y}\" are close kinds of building, described differently"),
            ),
            Relation::LandAndBuilding | Relation::Compatible | Relation::Unknown => Verdict::Agree,
        }
    }

    fn qualified(&self) -> bool {
        false
    }
}
