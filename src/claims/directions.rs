//! Where something lies relative to a named place: "58 km south-west of Bandar Abbas",
//! "150 nautical miles west of Aden", "1,500 kilometers south of Tehran". The fact is the
//! position relative to that place in one story; sources that put it on opposite sides
//! of the place, or at distances that cannot both be true, disagree.

use super::context::Context;
use super::kind::{ClaimKind, Severity, Verdict};
use super::number;
use super::units::{self, Dimension};
use super::{Claim, Subject, Value};
use crate::corpus::Corpus;
use crate::entities::{EntityType, Key};
use crate::span::Span;

/// The position claim kind.
pub struct Directions;

/// Compass words and their bearings in degrees.
const BEARINGS: &[(&str, u16)] = &[
    ("north", 0),
    ("northeast", 45),
    ("east", 90),
    ("southeast", 135),
    ("south", 180),
    ("southwest", 225),
    ("west", 270),
    ("northwest", 315),
];

impl ClaimKind for Directions {
    fn name(&self) -> &'static str {
        "position"
    }

    fn flag_kind(&self) -> &'static str {
        "place"
    }

    fn extract(&self, cx: &Context, out: &mut Vec<Claim>) {
        for d in 0..cx.c.docs.len() {
            for si in 0..cx.c.sentences[d].len() {
                sentence(cx, d, si, out);
            }
        }
    }

    fn compare(&self, a: &Value, b: &Value) -> Verdict {
        let (Value::Position(ba, da), Value::Position(bb, db)) = (a, b) else { return Verdict::Agree };
        if let (Some(x), Some(y)) = (ba, bb) {
            if angle(*x, *y) > 90 {
                return Verdict::conflict_on(
                    Severity::High,
                    "direction",
                    "the sources put it on different sides of the same place",
                );
            }
        }
        if let (Some(x), Some(y)) = (da, db) {
            let verdict = number::compare_ranges(
                &Value::Range(x.0, x.1),
                &Value::Range(y.0, y.1),
                "the sources give distances from the same place that cannot both be true",
            );
            if let Verdict::Conflict { severity, why, .. } = verdict {
                return Verdict::conflict_on(severity, "distance", why);
            }
        }
        Verdict::Agree
    }
}

fn sentence(cx: &Context, d: usize, si: usize, out: &mut Vec<Claim>) {
    let c = cx.c;
    let s = &c.sentences[d][si];
    let toks = &c.tokens[d];
    let mut k = s.first;
    while k < s.last {
        let Some((bearing, of)) = compass(c, d, k, s.last) else {
            k += 1;
            continue;
        };
        if of >= s.last || super::tok(c, d, of) != "of" {
            k += 1;
            continue;
        }
        // "of the port of Bandar Abbas", "of the city of X": the place after them.
        let mut p = of + 1;
        if p < s.last && super::tok(c, d, p) == "the" {
            p += 1;
            if p + 1 < s.last && super::tok(c, d, p + 1) == "of" && !toks[p].is_capitalized(&c.docs[d].text) {
                p += 2;
            }
        }
        let Some(place) = cx
            .mentions_in(d, p, s.last)
            .first()
            .filter(|&&m| cx.ents.mentions[m].span.start == toks[p].span.start)
            .map(|&m| &cx.ents.mentions[m])
            .filter(|m| m.kind == EntityType::Place || matches!(m.key, Key::Place(_)))
        else {
            k += 1;
            continue;
        };
        let entity = cx.ents.entity_of[cx.mentions_in(d, p, s.last)[0]];
        // A distance right before the compass word: "58km (36 miles) south-west", "150 nautical miles west".
        let distance = distance_before(c, d, k, s.first);
        let first = distance.map_or(k, |(_, _, f)| f);
        let quote = Span::new(toks[first].span.start, place.span.end);
        let scope = cx.scopes.of(c, &cx.timexes[d], d, si, first, of);
        let value = Value::Position(Some(bearing), distance.map(|(lo, hi, _)| (lo, hi)));
        let mut claim = Claim::new(cx, d, Subject::Event(cx.scopes.story(d), scope), "position", value, quote);
        claim.key = format!("from E{entity}");
        claim.label = format!("position from {}", cx.ents.entities[entity].name);
        claim.about = located(cx, d, s.first, first);
        out.push(claim);
        k = of + 1;
    }
}

/// What is located ("a motorist 50 miles north of Detroit", "The office building is about 15
/// miles north"): the noun or name right before the position (past "is", "located", "about"),
/// as a fact key; nothing when the position opens its clause.
fn located(cx: &Context, d: usize, first: usize, k: usize) -> Vec<String> {
    let c = cx.c;
    let mut j = k;
    while j > first {
        let w = super::tok(c, d, j - 1);
        if matches!(
            w,
            "is" | "was"
                | "are"
                | "were"
                | "lies"
                | "lay"
                | "located"
                | "situated"
                | "about"
                | "some"
                | "around"
                | "roughly"
                | "nearly"
                | "approximately"
                | "just"
                | "at"
                | "be"
                | "been"
        ) {
            j -= 1;
        } else {
            break;
        }
    }
    if j == first
        || c.tokens[d][j - 1].kind != crate::text::TokenKind::Word
        || cx.weight(cx.stems.of(c, d, j - 1)) == 0.0
    {
        return Vec::new(); // a conjunction, a function word, or the clause's start
    }
    if let Some(&m) = cx.mentions_in(d, j - 1, j).first() {
        return vec![format!("E{}", cx.ents.entity_of[m])];
    }
    // A verb ("sailing 150 nautical miles west") locates whatever its clause is about.
    if super::lemma::is_verb_form(c.folded(d, j - 1)) {
        return Vec::new();
    }
    vec![cx.stems.name(cx.stems.of(c, d, j - 1)).to_string()]
}

/// A distance ending right before token `k` (a parenthesised conversion may sit between:
/// "58km (36 miles) south-west"): bounds in metres and its first token.
fn distance_before(c: &Corpus, d: usize, k: usize, first: usize) -> Option<(f64, f64, usize)> {
    let mut end = k;
    // Skip a parenthesised conversion.
    if end > first && c.word(d, end - 1) == ")" {
        end = (first..end - 1).rev().find(|&j| c.word(d, j) == "(")?;
    }
    // The number starts at most four tokens before `end` ("1, 150 kilometers", "150 nautical miles").
    for start in (end.saturating_sub(4).max(first)..end).rev() {
        let Some(num) = number::at(c, d, start, first, end) else { continue };
        let unit = units::unit_at(c, d, num.next, end, num.suffix);
        if let Some((Dimension::Length, f, after)) = unit {
            if after == end {
                return Some((num.lo * f, num.hi * f, num.first));
            }
        }
    }
    None
}

/// A compass direction at token `k` (one word, hyphenated, or two words), with the
/// index of the token after it.
pub fn compass(c: &Corpus, d: usize, k: usize, last: usize) -> Option<(u16, usize)> {
    // fold turns a one-token "south-west" into "south west".
    let w = super::tok(c, d, k).replace(' ', "");
    let one = |w: &str| BEARINGS.iter().find(|(b, _)| *b == w).map(|(_, deg)| *deg);
    if !matches!(w.as_str(), "north" | "south") {
        return one(&w).map(|deg| (deg, k + 1));
    }
    // "south - west" or "south west" in two or three tokens.
    let mut j = k + 1;
    if j < last && c.word(d, j) == "-" {
        j += 1;
    }
    if j < last {
        let second = super::tok(c, d, j);
        if matches!(second, "east" | "west") {
            return one(&format!("{w}{second}")).map(|deg| (deg, j + 1));
        }
    }
    one(&w).map(|deg| (deg, k + 1))
}

/// Degrees between two bearings (0–180).
pub fn angle(a: u16, b: u16) -> u16 {
    let d = a.abs_diff(b) % 360;
    d.min(360 - d)
}
