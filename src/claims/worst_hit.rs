//! Which places were hit hardest: "the villages of Karavan and Kousheh were worst hit", "the
//! four hardest-hit villages were Tonban, Gavarzin, Khaledin and Gourian", "the most affected
//! areas were …". A superlative of harm ("worst", "hardest", "most" before "hit", "affected",
//! "damaged") and, in its sentence, a list of at least two capitalised names; the value is
//! the set of names, each by its consonant skeleton so that spellings of one name are one
//! ("Karavan" / "Karvan"). Two reports whose lists share no name cannot both name the worst
//! hit: a medium conflict; lists that share a name agree (each may name only some).

use super::context::Context;
use super::kind::{ClaimKind, Severity, Verdict};
use super::{Claim, Subject, Value};
use crate::entities::translit::skeleton;
use crate::span::Span;
use crate::text::TokenKind;

/// The worst-hit places claim kind.
pub struct WorstHit;

impl ClaimKind for WorstHit {
    fn name(&self) -> &'static str {
        "worst hit"
    }

    fn flag_kind(&self) -> &'static str {
        "place"
    }

    fn extract(&self, cx: &Context, out: &mut Vec<Claim>) {
        let c = cx.c;
        for d in 0..c.docs.len() {
            let text = &c.docs[d].text;
            for (si, s) in c.sentences[d].iter().enumerate() {
                let w = |k: usize| if k >= s.first && k < s.last { super::tok(c, d, k) } else { "" };
                let Some(trigger) = (s.first..s.last).find(|&k| superlative_of_harm(&w, k)) else { continue };
                // The list is what the superlative says of: right before it ("Karavan and Kousheh
                // were worst hit") or soon after it ("the hardest-hit villages were Tonban, …").
                let (lo, hi) = (trigger.saturating_sub(4).max(s.first), (trigger + 8).min(s.last));
                let Some(list) = longest_list(cx, d, s.first, s.last, (lo, hi)) else { continue };
                let names: std::collections::BTreeSet<String> = list
                    .iter()
                    .map(|&(a, b)| {
                        skeleton(&crate::lexicon::fold(
                            Span::new(c.tokens[d][a].span.start, c.tokens[d][b - 1].span.end).of(text),
                        ))
                    })
                    .collect();
                if names.len() < 2 {
                    continue;
                }
                // The quote runs from the list or the superlative to the harm word ("hit" of
                // "hardest-hit") or the list's end, whichever is later.
                let harm = if w(trigger + 1) == "-" { trigger + 2 } else { trigger + 1 };
                let (first, last) = (list[0].0.min(trigger), list[list.len() - 1].1.max(harm + 1));
                let quote = Span::new(c.tokens[d][first].span.start, c.tokens[d][last - 1].span.end);
                let scope = cx.scopes.of(c, &cx.timexes[d], d, si, first, last);
                let mut claim = Claim::new(
                    cx,
                    d,
                    Subject::Event(cx.scopes.story(d), scope),
                    "worst hit",
                    Value::Names(names),
                    quote,
                );
                claim.display = list
                    .iter()
                    .map(|&(a, b)| Span::new(c.tokens[d][a].span.start, c.tokens[d][b - 1].span.end).of(text))
                    .collect::<Vec<_>>()
                    .join(", ");
                claim.strength = Severity::Medium;
                out.push(claim);
            }
        }
    }

    fn compare(&self, a: &Value, b: &Value) -> Verdict {
        match (a, b) {
            (Value::Names(x), Value::Names(y)) if x.is_disjoint(y) => {
                Verdict::conflict(Severity::Medium, "the sources name different places as the worst hit")
            }
            _ => Verdict::Agree,
        }
    }
}

/// "worst hit", "hardest-hit", "most affected", "worst damaged" at token `k`.
fn superlative_of_harm<'a>(w: &impl Fn(usize) -> &'a str, k: usize) -> bool {
    if !matches!(w(k), "worst" | "hardest" | "most") {
        return false;
    }
    let next = if w(k + 1) == "-" { k + 2 } else { k + 1 };
    matches!(w(next), "hit" | "affected" | "damaged" | "stricken")
}

/// The longest list of capitalised names in tokens `first..last` of document `d` (each name
/// one to three capitalised words, the names separated by commas and "and") that ends or
/// begins in tokens `near.0..near.1`, as token ranges. A sentence's first word, closed-class
/// words ("The", "In") and people's names are no place names.
fn longest_list(
    cx: &Context,
    d: usize,
    first: usize,
    last: usize,
    near: (usize, usize),
) -> Option<Vec<(usize, usize)>> {
    let c = cx.c;
    let toks = &c.tokens[d];
    let text = &c.docs[d].text;
    let capital = |k: usize| {
        k > first
            && k < last
            && toks[k].kind == TokenKind::Word
            && toks[k].is_capitalized(text)
            && !super::context::is_closed_class(cx.stems.name(cx.stems.of(c, d, k)))
    };
    let mut best: Vec<(usize, usize)> = Vec::new();
    let mut k = first;
    while k < last {
        let mut list: Vec<(usize, usize)> = Vec::new();
        let mut j = k;
        while capital(j) {
            let start = j;
            while capital(j) && j - start < 3 {
                j += 1;
            }
            list.push((start, j));
            // ", X", " and X", ", and X"
            let mut sep = j;
            if super::tok(c, d, sep.min(last - 1)) == "," && sep < last {
                sep += 1;
            }
            if sep < last && super::tok(c, d, sep) == "and" {
                sep += 1;
            }
            if sep == j || !capital(sep) {
                break;
            }
            j = sep;
        }
        let person = |&(a, b): &(usize, usize)| {
            let span = Span::new(toks[a].span.start, toks[b - 1].span.end);
            cx.mentions_in(d, a, b).iter().any(|&m| {
                cx.ents.mentions[m].span.start < span.end
                    && span.start < cx.ents.mentions[m].span.end
                    && cx.ents.entities[cx.ents.entity_of[m]].kind == crate::entities::EntityType::Person
            })
        };
        let close = |x: &[(usize, usize)]| {
            x.last().is_some_and(|l| (near.0..=near.1).contains(&l.1))
                || x.first().is_some_and(|f| (near.0..near.1).contains(&f.0))
        };
        if list.len() > best.len() && close(&list) && !list.iter().any(person) {
            best = list;
        }
        k = j.max(k + 1);
    }
    (best.len() >= 2).then_some(best)
}
