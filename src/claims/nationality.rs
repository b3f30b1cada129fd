//! A person's nationality, given next to their name: "Australian climber Marty Beare",
//! "British tourist John Smith", "New Zealand climber Ari Rait", "Ari Rait, a New Zealander,".
//! The value is the country of the demonym or of the country's name used as an adjective
//! (the gazetteer's demonyms and names); "British-born" and "Iranian-American" say where
//! someone was born or comes from in part, and give no claim. Two different countries for
//! one person are a medium conflict (a person may hold two nationalities).

use super::context::Context;
use super::kind::{ClaimKind, Severity, Verdict};
use super::{Claim, Subject, Value};
use crate::entities::EntityType;
use crate::lexicon::{gazetteer, Place};
use crate::span::Span;
use crate::text::TokenKind;

/// The nationality claim kind.
pub struct Nationality;

impl ClaimKind for Nationality {
    fn name(&self) -> &'static str {
        "nationality"
    }

    fn flag_kind(&self) -> &'static str {
        "descriptor"
    }

    fn extract(&self, cx: &Context, out: &mut Vec<Claim>) {
        let mut seen = rustc_hash::FxHashSet::default();
        for (e, ent) in cx.ents.entities.iter().enumerate().filter(|(_, ent)| ent.kind == EntityType::Person) {
            for &mi in &ent.mentions {
                let m = &cx.ents.mentions[mi];
                let Some((code, span)) = next_to_name(cx, m.doc, m.span) else { continue };
                if !seen.insert((m.doc, e)) {
                    continue;
                }
                let mut claim = Claim::new(cx, m.doc, Subject::Entity(e), "nationality", Value::Place(code), span);
                claim.strength = Severity::Medium;
                out.push(claim);
            }
        }
    }

    fn compare(&self, a: &Value, b: &Value) -> Verdict {
        match (a, b) {
            (Value::Place(x), Value::Place(y)) if x != y => {
                let name = |v: &str| gazetteer().country(v).map_or(v.to_string(), |c| c.name.clone());
                Verdict::conflict(
                    Severity::Medium,
                    format!("the sources give different nationalities ({} and {})", name(x), name(y)),
                )
            }
            _ => Verdict::Agree,
        }
    }
}

/// The country and span of a nationality written next to the name at `name` in document
/// `d`: before it, with at most one lowercase noun between ("Australian climber Marty
/// Beare"), or after it in apposition (", a New Zealander,").
fn next_to_name(cx: &Context, d: usize, name: Span) -> Option<(String, Span)> {
    let c = cx.c;
    let toks = &c.tokens[d];
    let text = &c.docs[d].text;
    let first = toks.partition_point(|t| t.span.start < name.start);
    let after = toks.partition_point(|t| t.span.start < name.end);
    let word = |j: usize| if j < toks.len() { super::tok(c, d, j) } else { "" };
    // Before the name: the nationality, then at most one lowercase word ("climber").
    for gap in 0..=1usize {
        let Some(end) = first.checked_sub(gap) else { break };
        let between_ok = (end..first)
            .all(|j| toks[j].kind == TokenKind::Word && !toks[j].is_capitalized(text) && word(j).chars().count() >= 3);
        if !between_ok {
            continue;
        }
        for len in [2usize, 1] {
            let Some(start) = end.checked_sub(len) else { continue };
            if let Some(code) = country_at(cx, d, start, end) {
                return Some((code, Span::new(toks[start].span.start, toks[end - 1].span.end)));
            }
        }
    }
    // After the name: ", a British climber", ", an Australian,", ", a New Zealander".
    if word(after) == "," && matches!(word(after + 1), "a" | "an" | "the") {
        for len in [2usize, 1] {
            let (start, end) = (after + 2, after + 2 + len);
            if end <= toks.len() {
                if let Some(code) = country_at(cx, d, start, end) {
                    return Some((code, Span::new(toks[start].span.start, toks[end - 1].span.end)));
                }
            }
        }
    }
    None
}

/// The country named by tokens `a..b` as a demonym or as a country's name used as an
/// adjective, when nothing is glued to it by a hyphen ("British-born").
fn country_at(cx: &Context, d: usize, a: usize, b: usize) -> Option<String> {
    let c = cx.c;
    let toks = &c.tokens[d];
    let text = &c.docs[d].text;
    if !(a..b).all(|j| toks[j].kind == TokenKind::Word && toks[j].is_capitalized(text)) {
        return None;
    }
    let span = Span::new(toks[a].span.start, toks[b - 1].span.end);
    let glued = |at: usize| text[at..].starts_with('-');
    if glued(span.end) || (span.start > 0 && text[..span.start].ends_with('-')) {
        return None;
    }
    let surface = span.of(text);
    let g = gazetteer();
    g.demonym(surface).or_else(|| match g.place(surface) {
        Some(Place::Country(code)) => Some(code),
        _ => None,
    })
}
