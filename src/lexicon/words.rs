//! The closed-class word lists of the entity stage, read once from `data/entity_words.tsv`
//! (a word a line, with the reason it is in the list: see `data/SOURCES.md`). One hash
//! lookup of a folded word answers every list at once ([`lists_of`]).

use super::fold::fold_each;
use super::HashMap;
use std::sync::OnceLock;

/// The lists, as bits of [`lists_of`] (and of `entities::doc::Doc::is`).
pub mod list {
    /// `[role]`: words of titles and offices ("Deputy Assistant Secretary", "spokesperson").
    pub const ROLE: u32 = 1 << 0;
    /// `[org_head]`: head words of organisation names ("State Department", "Foreign Ministry").
    pub const ORG_HEAD: u32 = 1 << 1;
    /// `[facility_head]`: head nouns of facility names and descriptions ("Killenworth estate").
    pub const FACILITY_HEAD: u32 = 1 << 2;
    /// `[function]`: capitalised words that start sentences but never names on their own.
    pub const FUNCTION: u32 = 1 << 3;
    /// `[calendar]`: month and weekday names: time expressions, not entities.
    pub const CALENDAR: u32 = 1 << 4;
    /// `[connector]`: lower-case words that may stand inside a name between capitalised words.
    pub const CONNECTOR: u32 = 1 << 5;
    /// `[direction]`: compass words that are not entities on their own ("the West").
    pub const DIRECTION: u32 = 1 << 6;
    /// `[honorific]`: honorifics that precede a person's name ("Ms. Bruce").
    pub const HONORIFIC: u32 = 1 << 7;
    /// `[place_head]`: words that make a name a place ("Fulton County", "Mount Cook", "Gulf of Aden").
    pub const PLACE_HEAD: u32 = 1 << 8;
    /// `[event_head]`: words that make a name an event or other non-participant ("Cold War").
    pub const EVENT_HEAD: u32 = 1 << 9;
    /// `[complement_head]`: other words taking an "of" complement inside a name ("Republic of Korea").
    pub const COMPLEMENT_HEAD: u32 = 1 << 10;
    /// `[leading_qualifier]`: qualifiers that open a run but belong to no name ("Former ... player").
    pub const LEADING_QUALIFIER: u32 = 1 << 11;
    /// `[say_verb]`: verbs of saying that follow a person's name.
    pub const SAY_VERB: u32 = 1 << 12;
    /// `[title_modifier]`: modifiers of titles that name no office by themselves ("foreign", "deputy").
    pub const TITLE_MODIFIER: u32 = 1 << 13;
    /// `[boundary]`: words that end a search for a role before a name.
    pub const BOUNDARY: u32 = 1 << 14;
    /// `[lower_org_head]`: lower-case heads of organisations named by a country word ("Russia's foreign ministry").
    pub const LOWER_ORG_HEAD: u32 = 1 << 15;
    /// `[bag_stop]`: words that carry no identity in an organisation or facility name.
    pub const BAG_STOP: u32 = 1 << 16;
    /// `[locative]`: words after which a capital is the city itself ("in Moscow").
    pub const LOCATIVE: u32 = 1 << 17;
    /// `[agent_next]`: words after a capital that make it the subject of a political act ("Moscow said").
    pub const AGENT_NEXT: u32 = 1 << 18;
    /// `[not_entity]`: time-zone, clock and unit abbreviations, never entities ("GMT", "PM", "KM").
    pub const NOT_ENTITY: u32 = 1 << 19;
    /// `[suffix]`: generational suffixes after a personal name ("Jr", "III").
    pub const SUFFIX: u32 = 1 << 20;
    /// `[postnominal]`: letters after a name for an honour, degree or rank ("QC", "PhD").
    pub const POSTNOMINAL: u32 = 1 << 21;
    /// `[vessel]`: ship prefixes ("INS", "USS", "MV"): the ship's name follows.
    pub const VESSEL: u32 = 1 << 22;
    /// `[member]`: nouns for a member of a party ("Democrat"), not names after a place.
    pub const MEMBER: u32 = 1 << 23;
    /// `[country_abbr]`: abbreviations English prose uses for countries ("US", "UK").
    pub const COUNTRY_ABBR: u32 = 1 << 24;
    /// `[state_abbr]`: AP-style abbreviations of US states after a town ("Troy, Mich.").
    pub const STATE_ABBR: u32 = 1 << 25;

    /// Each list's name in `data/entity_words.tsv`, with its bit.
    pub const NAMES: [(&str, u32); 26] = [
        ("role", ROLE),
        ("org_head", ORG_HEAD),
        ("facility_head", FACILITY_HEAD),
        ("function", FUNCTION),
        ("calendar", CALENDAR),
        ("connector", CONNECTOR),
        ("direction", DIRECTION),
        ("honorific", HONORIFIC),
        ("place_head", PLACE_HEAD),
        ("event_head", EVENT_HEAD),
        ("complement_head", COMPLEMENT_HEAD),
        ("leading_qualifier", LEADING_QUALIFIER),
        ("say_verb", SAY_VERB),
        ("title_modifier", TITLE_MODIFIER),
        ("boundary", BOUNDARY),
        ("lower_org_head", LOWER_ORG_HEAD),
        ("bag_stop", BAG_STOP),
        ("locative", LOCATIVE),
        ("agent_next", AGENT_NEXT),
        ("not_entity", NOT_ENTITY),
        ("suffix", SUFFIX),
        ("postnominal", POSTNOMINAL),
        ("vessel", VESSEL),
        ("member", MEMBER),
        ("country_abbr", COUNTRY_ABBR),
        ("state_abbr", STATE_ABBR),
    ];
}

/// The lists' file.
const WORDS: &str = include_str!("../../data/entity_words.tsv");

/// The words of `data/entity_words.tsv` with the bits of every list each is in, built once.
fn table() -> &'static HashMap<&'static [u8], u32> {
    static T: OnceLock<HashMap<&'static [u8], u32>> = OnceLock::new();
    T.get_or_init(|| {
        let mut t: HashMap<&'static [u8], u32> = HashMap::default();
        let mut bit = 0;
        for line in WORDS.lines().filter(|l| !l.starts_with('#') && !l.is_empty()) {
            if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                bit = list::NAMES.iter().find(|(n, _)| *n == name).map_or(0, |&(_, b)| b);
                continue;
            }
            let word = line.split('\t').next().unwrap_or_default();
            *t.entry(word.as_bytes()).or_insert(0) |= bit;
        }
        t
    })
}

/// The list bits ([`list`]) of a folded word.
pub fn lists_of(folded: &str) -> u32 {
    table().get(folded.as_bytes()).copied().unwrap_or(0)
}

/// Whether the folded form of `word` is in any of the lists of `bits` (no allocation: the
/// lists hold short words, so the folded form goes into a small buffer).
pub fn in_list(bits: u32, word: &str) -> bool {
    let mut buf = [0u8; 32];
    let mut len = 0;
    let mut fits = true;
    if word.len() <= buf.len() && word.bytes().all(|b| b.is_ascii_alphanumeric()) {
        // The common case, as in `fold`: lower-casing is folding.
        len = word.len();
        buf[..len].copy_from_slice(word.as_bytes());
        buf[..len].make_ascii_lowercase();
    } else {
        fold_each(word, |c| {
            if fits && len + c.len_utf8() <= buf.len() {
                len += c.encode_utf8(&mut buf[len..]).len();
            } else {
                fits = false;
            }
        });
    }
    // Every entry is far shorter than the buffer; a longer word is in none of the lists.
    fits && len > 0 && table().get(&buf[..len]).is_some_and(|b| b & bits != 0)
}

/// The entries of the list called `name` as (word, reason), in file order (the gazetteer reads
/// the country and state abbreviations' expansions from their `abbr:` reasons).
pub fn entries(name: &str) -> impl Iterator<Item = (&'static str, &'static str)> + '_ {
    let mut inside = false;
    WORDS.lines().filter(|l| !l.starts_with('#') && !l.is_empty()).filter_map(move |line| {
        if let Some(list) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            inside = list == name;
            return None;
        }
        inside.then(|| line.split_once('\t').unwrap_or((line, "")))
    })
}

/// The words of one list (tests).
#[cfg(test)]
pub fn words_of(bits: u32) -> Vec<&'static str> {
    let mut w: Vec<&'static str> = table()
        .iter()
        .filter(|(_, b)| **b & bits != 0)
        .map(|(w, _)| std::str::from_utf8(w).unwrap_or_default())
        .collect();
    w.sort_unstable();
    w
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_list_of_the_file_is_known_and_every_line_has_a_reason() {
        let mut seen = 0;
        for line in WORDS.lines().filter(|l| !l.starts_with('#') && !l.is_empty()) {
            if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                assert!(list::NAMES.iter().any(|(n, _)| *n == name), "unknown list [{name}]");
                seen += 1;
                continue;
            }
            let (word, reason) = line.split_once('\t').unwrap_or_else(|| panic!("no reason: {line:?}"));
            assert!(!reason.trim().is_empty(), "no reason: {line:?}");
            assert_eq!(crate::lexicon::fold(word), word, "not folded: {line:?}");
        }
        assert_eq!(seen, list::NAMES.len(), "a list is missing from data/entity_words.tsv");
    }

    #[test]
    fn lists_answer_folded_words() {
        assert!(in_list(list::ROLE, "Under-Secretary") == in_list(list::ROLE, "under secretary"));
        assert!(in_list(list::ROLE, "PRESIDENT") && !in_list(list::ROLE, &"x".repeat(100)));
        assert!(lists_of("ministry") & list::ORG_HEAD != 0 && lists_of("ministry") & list::ROLE == 0);
        assert!(words_of(list::CALENDAR).contains(&"sunday"));
    }
}
