//! The claims stage's word lists, read once from `data/claim_words.tsv`: a word a line
//! (folded), for some lists a value, and the reason it is in the list (see
//! `data/SOURCES.md`, checked by `scripts/check-words.py`). One hash lookup answers every
//! list a word is in ([`is`]); lists marked "by stem" are looked up by a word's stem
//! ([`stem_in`]), so that "marched", "marchers" and "march" are one entry.

use rustc_hash::FxHashMap;
use std::sync::OnceLock;

/// A list of `data/claim_words.tsv`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum List {
    /// Words that count what happened to people; value: the class ("deaths").
    Casualty,
    /// Verbs before a figure that count casualties ("killing 10"); value: the class.
    CasualtyVerb,
    /// Verbs of change after "death toll".
    TollVerb,
    /// Nouns for people.
    People,
    /// People nouns that name everyone, not a part.
    Everyone,
    /// Words that end a counted noun phrase.
    StopPhrase,
    /// Head nouns that are no counted things.
    NotThing,
    /// Words that make a count a further part.
    Additive,
    /// Adjectives that do not change what is counted.
    Adjective,
    /// Number words; value: the number.
    NumberWord,
    /// Vague quantity words; value: `lo,hi`.
    Vague,
    /// Scale words; value: the factor.
    Scale,
    /// Letters glued to digits.
    Glued,
    /// Units of measure; value: `Dimension,factor`.
    Unit,
    /// Words that modify a figure.
    Modifier,
    /// Closed-class words (by stem).
    Closed,
    /// Verbs of saying and publishing.
    Saying,
    /// Words after a duration that make it no length.
    NotLength,
    /// Prepositions of place.
    Locative,
    /// Buildings and rooms.
    Building,
    /// Degree adverbs; value: `well` or `poorly`.
    Degree,
    /// Words about marching (by stem).
    Crowd,
    /// Words about damage (by stem).
    Damage,
    /// Nouns for places with a population.
    Settlement,
    /// Words that make a clause a plan.
    Planned,
    /// Verbs that mean only a way of dying.
    Dying,
    /// Nouns for a stretch of time something filled ("a four-year spell living in Cardiff").
    Stint,
    /// Words of a school's name ("University", "College").
    School,
    /// Verbs and nouns of studying somewhere, before a preposition ("student at", "got into").
    Study,
    /// Words of work on a building in progress ("construction", "renovating"); value: the kind of work.
    Works,
}

/// Each list's name in the data file, in the order of [`List`].
const NAMES: [&str; 30] = [
    "casualty",
    "casualty_verb",
    "toll_verb",
    "people",
    "everyone",
    "stop_phrase",
    "not_thing",
    "additive",
    "adjective",
    "number_word",
    "vague",
    "scale",
    "glued",
    "unit",
    "modifier",
    "closed",
    "saying",
    "not_length",
    "locative",
    "building",
    "degree",
    "crowd",
    "damage",
    "settlement",
    "planned",
    "dying",
    "stint",
    "school",
    "study",
    "works",
];

/// Lists looked up by stem.
const BY_STEM: [List; 3] = [List::Closed, List::Crowd, List::Damage];

struct Words {
    /// Word → bits of the lists it is in.
    bits: FxHashMap<&'static str, u32>,
    /// (list, word) → value.
    values: FxHashMap<(u8, &'static str), &'static str>,
    /// Stem → bits of the by-stem lists it is in.
    stems: FxHashMap<String, u32>,
}

fn words() -> &'static Words {
    static W: OnceLock<Words> = OnceLock::new();
    W.get_or_init(|| {
        let mut w = Words { bits: FxHashMap::default(), values: FxHashMap::default(), stems: FxHashMap::default() };
        let mut list: Option<u8> = None;
        for line in include_str!("../../data/claim_words.tsv").lines() {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                list = NAMES.iter().position(|n| *n == name).map(|i| i as u8);
                continue;
            }
            let Some(l) = list else { continue };
            let mut fields = line.split('\t');
            let word = fields.next().unwrap_or("");
            let rest: Vec<&'static str> = fields.collect();
            *w.bits.entry(word).or_default() |= 1 << l;
            if rest.len() >= 2 {
                w.values.insert((l, word), rest[0]);
            }
            if BY_STEM.iter().any(|s| *s as u8 == l) {
                *w.stems.entry(super::lemma::stem(word)).or_default() |= 1 << l;
            }
        }
        w
    })
}

/// Whether a folded word is in a list.
pub fn is(list: List, word: &str) -> bool {
    words().bits.get(word).is_some_and(|b| b & (1 << list as u8) != 0)
}

/// A folded word's value in a list, when it is in it.
pub fn value(list: List, word: &str) -> Option<&'static str> {
    words().values.get(&(list as u8, word)).copied()
}

/// A folded word as the list holds it (a `'static` string), when it is in the list.
pub fn entry(list: List, word: &str) -> Option<&'static str> {
    words().bits.get_key_value(word).filter(|(_, b)| **b & (1 << list as u8) != 0).map(|(k, _)| *k)
}

/// Whether a stem is the stem of a word in a by-stem list.
pub fn stem_in(list: List, stem: &str) -> bool {
    words().stems.get(stem).is_some_and(|b| b & (1 << list as u8) != 0)
}

/// A list's numbers (`"24,99"` → `[24.0, 99.0]`).
pub fn numbers(value: &str) -> impl Iterator<Item = f64> + '_ {
    value.split(',').filter_map(crate::text::number::parse_f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_list_is_read_and_answers() {
        assert_eq!(value(List::Casualty, "killed"), Some("deaths"));
        assert!(is(List::People, "villagers"));
        assert!(stem_in(List::Crowd, &super::super::lemma::stem("marched")));
        assert!(stem_in(List::Closed, &super::super::lemma::stem("during")));
        assert_eq!(numbers(value(List::Vague, "dozens").unwrap()).collect::<Vec<_>>(), [24.0, 99.0]);
        assert_eq!(entry(List::Glued, "km"), Some("km"));
        for (i, name) in NAMES.iter().enumerate() {
            assert!(
                words().bits.values().any(|b| b & (1 << i) != 0),
                "list [{name}] is missing from data/claim_words.tsv"
            );
        }
    }
}
