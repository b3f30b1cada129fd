//! How people died: "burnt to death" against "suffocated", "drowned" against "shot dead".
//! A verb of dying or killing (WordNet troponyms of "die" and "kill", `data/causes.tsv`) said
//! of the main event's dead: "VERB to death", or a way of dying ("suffocated", "drowned").
//! Two different ways are a medium conflict; "died" and "suffocated" agree.

use super::context::Context;
use super::kind::{ClaimKind, Severity, Verdict};
use super::taxonomy::{Kinship, Taxonomy};
use super::{Claim, Subject, Value};
use std::sync::OnceLock;

/// The cause-of-death claim kind.
pub struct Causes;

fn causes() -> &'static Taxonomy {
    static T: OnceLock<Taxonomy> = OnceLock::new();
    T.get_or_init(|| Taxonomy::parse(include_str!("../../data/causes.tsv")))
}

/// The base form of a verb form the taxonomy knows ("burnt" → "burn", "suffocated" →
/// "suffocate", "stabbed" → "stab").
fn base(folded: &str) -> Option<String> {
    let t = causes();
    let mut candidates = vec![super::lemma::base_verb(folded).to_string()];
    for suffix in ["ed", "d", "ing"] {
        if let Some(stem) = folded.strip_suffix(suffix) {
            candidates.push(stem.to_string());
            candidates.push(format!("{stem}e"));
            let b = stem.as_bytes();
            if b.len() >= 2 && b[b.len() - 1] == b[b.len() - 2] {
                candidates.push(stem[..stem.len() - 1].to_string()); // "stabbed" → "stab"
            }
        }
    }
    candidates.into_iter().find(|c| t.knows(c) && !matches!(c.as_str(), "die" | "kill" | "go" | "pass" | "exit"))
}

impl ClaimKind for Causes {
    fn name(&self) -> &'static str {
        "cause"
    }

    fn flag_kind(&self) -> &'static str {
        "descriptor"
    }

    fn extract(&self, cx: &Context, out: &mut Vec<Claim>) {
        for d in 0..cx.c.docs.len() {
            for (si, s) in cx.c.sentences[d].iter().enumerate() {
                for k in s.first..s.last {
                    let w = super::tok(cx.c, d, k);
                    if !super::lemma::is_verb_form(w) {
                        continue;
                    }
                    let Some(verb) = base(w) else { continue };
                    // "burnt to death", or a way of dying said of people ("suffocated", "drowned").
                    let to_death =
                        k + 2 < s.last && super::tok(cx.c, d, k + 1) == "to" && super::tok(cx.c, d, k + 2) == "death";
                    // Without "to death", only verbs that mean nothing but a way of dying ("fell",
                    // "went" are die's troponyms in WordNet too, and mostly mean something else).
                    let dying = causes().relate(&verb, "die") == Kinship::Same
                        && matches!(
                            verb.as_str(),
                            "suffocate" | "asphyxiate" | "drown" | "smother" | "starve" | "choke"
                        );
                    if !(to_death || dying) {
                        continue;
                    }
                    let end = if to_death { k + 3 } else { k + 1 };
                    let scope = cx.scopes.of(cx.c, &cx.timexes[d], d, si, k, end);
                    let quote = crate::span::Span::new(cx.c.tokens[d][k].span.start, cx.c.tokens[d][end - 1].span.end);
                    let mut claim = Claim::new(
                        cx,
                        d,
                        Subject::Event(cx.scopes.story(d), scope),
                        "cause of death",
                        Value::Phrase(verb),
                        quote,
                    );
                    claim.strength = Severity::Medium;
                    claim.about = cx.agent(d, (k, end)).map(|e| format!("E{e}")).into_iter().collect();
                    out.push(claim);
                }
            }
        }
    }

    fn compare(&self, a: &Value, b: &Value) -> Verdict {
        let (Value::Phrase(x), Value::Phrase(y)) = (a, b) else { return Verdict::Agree };
        match causes().relate(x, y) {
            Kinship::Siblings | Kinship::Distant => {
                Verdict::conflict(Severity::Medium, format!("\"{x}\" and \"{y}\" are different ways of dying"))
            }
            Kinship::Same | Kinship::Unknown => Verdict::Agree,
        }
    }
}
