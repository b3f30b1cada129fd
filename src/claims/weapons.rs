//! The weapon used: "brought a rifle into the building" against "walked in with a shotgun".
//! A single weapon named in a report of the main event ("a rifle", "the shotgun"), by its
//! kind in WordNet (`data/weapons.tsv`): a gun and a rifle agree, a rifle and a shotgun are
//! different guns (medium), a rifle and a knife different weapons (high). Plurals name an
//! arsenal, not the weapon used, and "a shotgun or a rifle" names neither.

use super::context::Context;
use super::kind::{ClaimKind, Severity, Verdict};
use super::taxonomy::{Kinship, Taxonomy};
use super::{Claim, Subject, Value};
use std::sync::OnceLock;

/// The weapon claim kind.
pub struct Weapons;

fn weapons() -> &'static Taxonomy {
    static T: OnceLock<Taxonomy> = OnceLock::new();
    T.get_or_init(|| Taxonomy::parse(include_str!("../../data/weapons.tsv")))
}

impl ClaimKind for Weapons {
    fn name(&self) -> &'static str {
        "weapon"
    }

    fn flag_kind(&self) -> &'static str {
        "descriptor"
    }

    fn extract(&self, cx: &Context, out: &mut Vec<Claim>) {
        let w = weapons();
        for d in 0..cx.c.docs.len() {
            for (si, s) in cx.c.sentences[d].iter().enumerate() {
                for k in s.first..s.last {
                    let word = super::tok(cx.c, d, k);
                    if word.len() < 3 || !w.knows(word) || k == s.first {
                        continue;
                    }
                    // One weapon: "a rifle", "the shotgun", "his gun" — not "rifles", not a name part.
                    let det = super::tok(cx.c, d, k - 1);
                    if !matches!(det, "a" | "an" | "the" | "his" | "her" | "their") {
                        continue;
                    }
                    let next = if k + 1 < s.last { super::tok(cx.c, d, k + 1) } else { "" };
                    // "a missile-frigate", "a grenade launcher", "a gun battle": the weapon word
                    // modifies another noun.
                    let glued = next == "-" && !cx.c.tokens[d][k + 1].space_before;
                    let noun_after = k + 1 < s.last
                        && cx.c.tokens[d][k + 1].kind == crate::text::TokenKind::Word
                        && cx.weight(cx.stems.of(cx.c, d, k + 1)) > 0.0
                        && !super::lemma::is_verb_form(next);
                    if glued || noun_after {
                        continue;
                    }
                    let before = if k >= s.first + 2 { super::tok(cx.c, d, k - 2) } else { "" };
                    if next == "or" || before == "or" || (k + 2 < s.last && super::tok(cx.c, d, k + 2) == "or") {
                        continue;
                    }
                    let scope = cx.scopes.of(cx.c, &cx.timexes[d], d, si, k, k + 1);
                    let quote = crate::span::Span::new(cx.c.tokens[d][k - 1].span.start, cx.c.tokens[d][k].span.end);
                    let mut claim = Claim::new(
                        cx,
                        d,
                        Subject::Event(cx.scopes.story(d), scope),
                        "weapon",
                        Value::Phrase(word.to_string()),
                        quote,
                    );
                    claim.strength = Severity::Medium;
                    out.push(claim);
                }
            }
        }
    }

    fn compare(&self, a: &Value, b: &Value) -> Verdict {
        let (Value::Phrase(x), Value::Phrase(y)) = (a, b) else { return Verdict::Agree };
        match weapons().relate(x, y) {
            Kinship::Siblings => {
                Verdict::conflict(Severity::Medium, format!("a {x} and a {y} are different kinds of weapon"))
            }
            Kinship::Distant => Verdict::conflict(Severity::High, format!("a {x} and a {y} are different weapons")),
            Kinship::Same | Kinship::Unknown => Verdict::Agree,
        }
    }
}
