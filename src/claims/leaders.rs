//! Who led what: "the talks will be led by A and B", "the Russian delegation is
//! headed by A", "a US delegation led by B", "A led the US team". Each claim is
//! about a group (talks, a delegation, an investigation), keyed by the group noun
//! and the country modifying it, and its value is the set of people named.

use super::context::Context;
use super::kind::{ClaimKind, Severity, Verdict};
use super::{Claim, Subject, Value};
use crate::corpus::Corpus;
use crate::entities::{Entities, EntityType};
use crate::span::Span;
use std::collections::BTreeSet;

/// The "led by" claim kind.
pub struct Leaders;

impl ClaimKind for Leaders {
    fn name(&self) -> &'static str {
        "leader"
    }

    fn flag_kind(&self) -> &'static str {
        "participants"
    }

    fn extract(&self, cx: &Context, out: &mut Vec<Claim>) {
        leaders(cx, cx.c, cx.ents, out);
    }

    /// "led by A and B" and "led by A" agree; no one in common cannot both be true.
    fn compare(&self, a: &Value, b: &Value) -> Verdict {
        match (a, b) {
            (Value::People(x), Value::People(y)) if x.is_disjoint(y) => {
                Verdict::conflict(Severity::High, "the sources name different people as leading it")
            }
            _ => Verdict::Agree,
        }
    }
}

/// Group nouns and the class they are compared as ("team" and "delegation" are one side).
const GROUPS: &[(&str, &str)] = &[
    ("delegation", "delegation"),
    ("delegations", "delegation"),
    ("team", "delegation"),
    ("side", "delegation"),
    ("talks", "talks"),
    ("discussions", "talks"),
    ("negotiations", "talks"),
    ("consultations", "talks"),
    ("meeting", "talks"),
    ("summit", "talks"),
    ("investigation", "investigation"),
    ("inquiry", "investigation"),
    ("probe", "investigation"),
    ("operation", "operation"),
    ("raid", "operation"),
    ("search", "operation"),
    ("rescue", "operation"),
    ("mission", "operation"),
    ("committee", "committee"),
    ("commission", "committee"),
    ("panel", "committee"),
];

/// A verb of leading (followed by "by" in the passive); a `match`, not a list scan:
/// it is asked of every word.
fn is_lead(w: &str) -> bool {
    matches!(w, "led" | "headed" | "chaired" | "leads" | "heads" | "chairs")
}

/// Claims of who led each group, one per sentence and group.
fn leaders(cx: &Context, c: &Corpus, ents: &Entities, out: &mut Vec<Claim>) {
    let mut entity_of = vec![usize::MAX; ents.mentions.len()];
    for (e, ent) in ents.entities.iter().enumerate() {
        for &m in ent.mentions.iter().chain(&ent.metonyms) {
            entity_of[m] = e;
        }
    }
    // Mentions by document, in text order, for lookups by token range.
    let mut by_doc: Vec<Vec<usize>> = vec![Vec::new(); c.docs.len()];
    for (i, m) in ents.mentions.iter().enumerate() {
        by_doc[m.doc].push(i);
    }
    for list in &mut by_doc {
        crate::sort::sort_by_key(list, |&i| ents.mentions[i].span.start);
    }
    for (d, list) in by_doc.iter().enumerate() {
        let toks = &c.tokens[d];
        let word = |k: usize| c.folded(d, k);
        let in_range = |a: usize, b: usize| -> Vec<usize> {
            if b <= a {
                return Vec::new();
            }
            let (lo, hi) = (toks[a].span.start, toks[b - 1].span.end);
            let first = list.partition_point(|&i| ents.mentions[i].span.start < lo);
            list[first..].iter().copied().take_while(|&i| ents.mentions[i].span.end <= hi).collect()
        };
        for s in &c.sentences[d] {
            for k in s.first..s.last {
                if !is_lead(word(k)) {
                    continue;
                }
                let passive = k + 1 < s.last && word(k + 1) == "by";
                let (group, people, quote) = if passive {
                    // The group: a group noun among the few words before the verb.
                    let Some(g) = (s.first.max(k.saturating_sub(5))..k).rev().find(|&j| group_class(word(j)).is_some())
                    else {
                        continue;
                    };
                    // The leaders: people named after "by", up to the end of the clause.
                    let end = (k + 2..s.last)
                        .find(|&j| {
                            matches!(c.word(d, j), "." | ";" | ":")
                                || matches!(word(j), "while" | "whereas" | "but" | "met" | "meets")
                                || is_lead(word(j))
                                || group_class(word(j)).is_some()
                        })
                        .unwrap_or(s.last);
                    let people = persons(ents, &entity_of, &in_range(k + 2, end.max(k + 3).min(s.last)));
                    let Some(&(_, last_end)) = people.last() else { continue };
                    (g, people, Span::new(toks[k].span.start, last_end))
                } else {
                    // "A led the US delegation": a person right before the verb, a group noun just after it.
                    let Some(g) = (k + 1..(k + 5).min(s.last)).find(|&j| group_class(word(j)).is_some()) else {
                        continue;
                    };
                    let before = in_range(s.first, k);
                    let people = persons(ents, &entity_of, &before[before.len().saturating_sub(1)..]);
                    let Some(&(start, _)) = people.first() else { continue };
                    if c.docs[d].text[start..toks[k].span.start].split_whitespace().count() > 1 {
                        continue;
                    }
                    (g, people, Span::new(start, toks[g].span.end))
                };
                let class = group_class(word(group)).expect("a group noun");
                let country = country_before(ents, &entity_of, &in_range(s.first.max(group.saturating_sub(3)), group));
                let names: BTreeSet<usize> = people.iter().map(|&(e, _)| e).collect();
                let display = names.iter().map(|&e| ents.entities[e].name.as_str()).collect::<Vec<_>>().join(" and ");
                let mut claim =
                    Claim::new(cx, d, Subject::Group(class, country), "led by", Value::People(names), quote);
                claim.display = display;
                out.push(claim);
            }
        }
    }
}

fn group_class(w: &str) -> Option<&'static str> {
    GROUPS.iter().find(|(g, _)| *g == w).map(|(_, class)| *class)
}

/// People among `mentions` (entity index and end of the mention).
fn persons(ents: &Entities, entity_of: &[usize], mentions: &[usize]) -> Vec<(usize, usize)> {
    mentions
        .iter()
        .filter(|&&m| ents.mentions[m].kind == EntityType::Person && entity_of[m] != usize::MAX)
        .map(|&m| (entity_of[m], ents.mentions[m].span.end))
        .collect()
}

/// The country modifying a group noun ("the Russian delegation", "the US team").
fn country_before(ents: &Entities, entity_of: &[usize], mentions: &[usize]) -> Option<usize> {
    mentions
        .iter()
        .rev()
        .find(|&&m| entity_of[m] != usize::MAX && ents.entities[entity_of[m]].kind == EntityType::Place)
        .map(|&m| entity_of[m])
}
