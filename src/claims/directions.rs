//! Where a momentary event happened relative to a known place: "58 km south-west
//! of Bandar Abbas", "west of Bireun". Sources that put one quake or attack on
//! opposite sides of the same place cannot both be right.

use super::{Claim, Subject, Value};
use crate::corpus::Corpus;
use crate::entities::{Entities, EntityType, Key};
use crate::events::Events;
use crate::span::Span;

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

/// One claim per report, kind and reference place: the bearing given in a sentence
/// that reports the story's main event of that kind.
pub fn directions(c: &Corpus, ents: &Entities, events: &Events, out: &mut Vec<Claim>) {
    let mut places: rustc_hash::FxHashMap<(usize, usize), &crate::entities::Mention> = rustc_hash::FxHashMap::default();
    for m in ents.mentions.iter().filter(|m| m.kind == EntityType::Place && m.metonym_of.is_none()) {
        places.insert((m.doc, m.span.start), m);
    }
    let mut seen = rustc_hash::FxHashSet::default();
    for em in events.mentions.iter().filter(|m| m.status == "core" && super::MOMENTARY.contains(&m.kind)) {
        let s = &c.sentences[em.doc][em.sentence];
        let toks = &c.tokens[em.doc];
        for k in s.first..s.last.saturating_sub(2) {
            // "south-west of X", "southwest of X", "south west of X"
            let (bearing, of) = match compass(c, em.doc, k, s.last) {
                Some(found) => found,
                None => continue,
            };
            if of + 1 >= s.last || c.folded(em.doc, of) != "of" {
                continue;
            }
            let Some(place) = places.get(&(em.doc, toks[of + 1].span.start)) else { continue };
            let Key::Place(id) = &place.key else { continue };
            if !seen.insert((em.doc, em.kind, id.clone())) {
                continue;
            }
            let quote = Span::new(toks[k].span.start, place.span.end);
            let text = &c.docs[em.doc].text;
            out.push(Claim {
                doc: em.doc,
                subject: Subject::Kind(em.kind),
                attribute: "direction",
                value: Value::Bearing(id.clone(), bearing),
                display: quote.of(text).to_string(),
                quote,
                qualifiers: Default::default(),
            });
        }
    }
}

/// A compass direction at token `k` (one word, hyphenated, or two words), with the
/// index of the token after it.
fn compass(c: &Corpus, d: usize, k: usize, last: usize) -> Option<(u16, usize)> {
    // fold turns a one-token "south-west" into "south west".
    let w = c.folded(d, k).replace(' ', "");
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
        let second = c.folded(d, j);
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
