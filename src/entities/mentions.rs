//! Finding named mentions: capitalised runs in a sentence, trimmed and classified.

use super::person::{parse_titled_person, TitledPerson};
use super::{EntityType, Key, Mention};
use crate::corpus::Corpus;
use crate::lexicon::{self, fold, gazetteer, has, Place};
use crate::span::Span;
use crate::text::TokenKind;

/// Finds every named mention in document `d`, in text order, and the sentences
/// in Title Case (headlines), where capitalisation says nothing: those are
/// searched later for names found elsewhere ([`find_known`]).
pub fn find(c: &Corpus, d: usize) -> (Vec<Mention>, Vec<usize>) {
    let mut out = Vec::new();
    let mut title_case_sentences = Vec::new();
    for (si, s) in c.sentences[d].iter().enumerate() {
        let title_case = is_title_case(c, d, s.first, s.last);
        if title_case {
            title_case_sentences.push(si);
        }
        let mut i = s.first;
        while i < s.last {
            if !is_cap(c, d, i) {
                i += 1;
                continue;
            }
            let end = run_end(c, d, i, s.last);
            let mut start = i;
            // A common word opening the sentence is not part of a name ("Delegations from…"),
            // unless the run is a known place ("New York").
            while start < end
                && ((at_sentence_start(c, d, start, s.first) && is_common_word(c, d, start)) || has(LEADING_QUALIFIERS, c.word(d, start)))
                && gazetteer().place(span(c, d, start, end).of(&c.docs[d].text)).is_none()
            {
                start += 1;
            }
            // A lone word seen capitalised only at sentence starts is not known to be a name.
            if end == start + 1 && at_sentence_start(c, d, start, s.first) && unproven(c, d, start) {
                i = end;
                continue;
            }
            if start < end {
                let before = out.len();
                classify_run(c, d, si, start, end, title_case, &mut out);
                if out.len() == before && start + 1 < end {
                    // Nothing usable in the run as a whole: try again without its first word.
                    classify_run(c, d, si, start + 1, end, title_case, &mut out);
                }
            }
            i = end;
        }
    }
    crate::sort::sort_by_key(&mut out, |m| (m.span.start, m.span.end));
    (out, title_case_sentences)
}

/// Names (as folded token sequences) found outside headlines, with their type and key.
pub type KnownNames = std::collections::HashMap<Vec<String>, (EntityType, Key)>;

/// Longest name in [`KnownNames`] searched for in a headline.
const MAX_KNOWN_TOKENS: usize = 5;

/// Builds the table of names found in running text; a name read several ways
/// takes its most frequent reading (ties: the smallest), whatever the document order.
pub fn known_names(c: &Corpus, ms: &[Mention]) -> KnownNames {
    let mut counts: std::collections::BTreeMap<(Vec<String>, EntityType, Key), usize> = std::collections::BTreeMap::new();
    for m in ms.iter().filter(|m| m.metonym_of.is_none()) {
        let words: Vec<String> = crate::text::tokenize(&c.docs[m.doc].text, m.span).iter().map(|t| fold(t.text(&c.docs[m.doc].text))).collect();
        if (1..=MAX_KNOWN_TOKENS).contains(&words.len()) {
            *counts.entry((words, m.kind, m.key.clone())).or_default() += 1;
        }
    }
    let mut known = KnownNames::new();
    let mut best: std::collections::HashMap<Vec<String>, usize> = std::collections::HashMap::new();
    for ((words, kind, key), n) in counts {
        if best.get(&words).is_none_or(|&b| n > b) {
            best.insert(words.clone(), n);
            known.insert(words, (kind, key));
        }
    }
    known
}

/// In Title Case sentences, the longest known names and gazetteer places, left to right.
pub fn find_known(c: &Corpus, d: usize, sentences: &[usize], known: &KnownNames, out: &mut Vec<Mention>) {
    let g = gazetteer();
    for &si in sentences {
        let s = &c.sentences[d][si];
        let mut i = s.first;
        while i < s.last {
            let mut hit = None;
            for len in (1..=MAX_KNOWN_TOKENS.min(s.last - i)).rev() {
                if !(i..i + len).all(|k| c.tokens[d][k].kind == TokenKind::Word) {
                    continue;
                }
                let words: Vec<String> = (i..i + len).map(|k| fold(c.word(d, k))).collect();
                if let Some((kind, key)) = known.get(&words) {
                    hit = Some((len, *kind, key.clone()));
                    break;
                }
                let surface = span(c, d, i, i + len).of(&c.docs[d].text);
                if let Some(Place::Country(code)) = g.place(surface) {
                    hit = Some((len, EntityType::Place, Key::Place(format!("C:{code}"))));
                    break;
                }
            }
            match hit {
                Some((len, kind, key)) => {
                    push(out, d, si, span(c, d, i, i + len), kind, key);
                    i += len;
                }
                None => i += 1,
            }
        }
    }
    crate::sort::sort_by_key(out, |m| (m.span.start, m.span.end));
}

/// Words that make a name a place ("Fulton County", "Mount Cook", "Gulf of Aden").
pub const PLACE_HEADS: &[&str] = &[
    "county", "parish", "province", "prefecture", "region", "district", "territory", "island", "islands", "valley",
    "river", "lake", "mount", "mountain", "mountains", "bay", "coast", "beach", "sea", "ocean", "gulf", "strait",
    "peninsula", "desert", "canyon", "harbor", "harbour", "street", "avenue", "road", "boulevard", "highway", "borough",
];

/// Words that make a name an event or other non-participant ("Cold War", "Olympic Games").
pub const EVENT_HEADS: &[&str] = &[
    "war", "crisis", "revolution", "games", "olympics", "cup", "championship", "championships", "summit", "festival",
    "awards", "election", "elections", "act", "treaty", "agreement", "accords", "prize", "day", "week", "series", "season",
];

/// Other words that take an "of" complement inside a name ("Commonwealth of Independent States").
const COMPLEMENT_HEADS: &[&str] = &["commonwealth", "republic", "kingdom", "state", "states", "city", "port", "cape", "isle", "duke", "earl", "house", "church", "museum", "friends", "society", "order", "people", "union", "federation", "confederation", "bureau"];

/// Qualifiers that open a run but belong to no name ("Former Kutztown University player").
const LEADING_QUALIFIERS: &[&str] = &["former", "late", "ex", "then", "acting", "disgraced", "embattled", "veteran", "newly"];

/// A capitalised word that may be part of a name (not a month or weekday), or an
/// inner-capital name such as "iPhone" or "eBay".
pub fn is_cap(c: &Corpus, d: usize, i: usize) -> bool {
    let t = &c.tokens[d][i];
    let w = c.word(d, i);
    let camel = w.chars().next().is_some_and(char::is_lowercase) && w.chars().skip(1).any(char::is_uppercase);
    t.kind == TokenKind::Word && (t.is_capitalized(&c.docs[d].text) || camel) && !has(lexicon::CALENDAR_WORDS, w)
}

fn country_word(w: &str) -> bool {
    let g = gazetteer();
    g.demonym(w).is_some() || matches!(g.place(w), Some(Place::Country(_)))
}

/// A model number after a name ("iPhone 4", "Windows 7", "3GS"): short, not a year.
fn is_model_number(c: &Corpus, d: usize, j: usize) -> bool {
    let t = &c.tokens[d][j];
    let w = c.word(d, j);
    t.kind == TokenKind::Number && t.space_before && w.len() <= 3 && !w.contains(',') && !w.contains('.')
}

/// One past the last token of the capitalised run starting at `i`.
fn run_end(c: &Corpus, d: usize, i: usize, limit: usize) -> usize {
    let mut j = i + 1;
    let mut complement = false;
    let mut has_head = has(lexicon::ORG_HEADS, c.word(d, i));
    while j < limit {
        if is_cap(c, d, j) && c.tokens[d][j].space_before {
            has_head |= has(lexicon::ORG_HEADS, c.word(d, j));
            j += 1;
            continue;
        }
        // "Al-Amin", "Jean-Pierre": a hyphen inside a name, but not "US-Russia".
        if c.word(d, j) == "-" && !c.tokens[d][j].space_before && j + 1 < limit && is_cap(c, d, j + 1) && !c.tokens[d][j + 1].space_before && !country_word(c.word(d, j - 1)) && !country_word(c.word(d, j + 1)) {
            j += 2;
            continue;
        }
        if is_model_number(c, d, j) {
            j += 1;
            break;
        }
        let w = fold(c.word(d, j));
        let next_cap = j + 1 < limit && is_cap(c, d, j + 1);
        // "of"/"for" join a name only after a word that takes a complement ("Bank of
        // England", "Secretary of State", "Gulf of Aden"), not after a person's name
        // ("Sanjay Gupta of Emory University").
        let takes_complement = (i..j).any(|k| {
            let x = c.word(d, k);
            has(lexicon::ORG_HEADS, x) || has(lexicon::ROLE_WORDS, x) || has(lexicon::FACILITY_HEADS, x) || has(PLACE_HEADS, x) || has(COMPLEMENT_HEADS, x)
        });
        if next_cap && lexicon::NAME_CONNECTORS.contains(&w.as_str()) && (!matches!(w.as_str(), "of" | "for") || takes_complement) {
            complement |= w == "of" || w == "for";
            j += 2;
            continue;
        }
        if next_cap && w == "and" && (complement || has_head) {
            j += 2;
            continue;
        }
        break;
    }
    j
}

fn at_sentence_start(c: &Corpus, d: usize, i: usize, first: usize) -> bool {
    let mut k = i;
    while k > first {
        let t = &c.tokens[d][k - 1];
        if t.kind == TokenKind::Punct && matches!(c.word(d, k - 1), "\"" | "“" | "‘" | "'" | "(" | "«" | "-" | "–" | "—") {
            k -= 1;
        } else {
            break;
        }
    }
    k == first
}

/// A word never capitalised mid-sentence in the set and known to no gazetteer.
fn unproven(c: &Corpus, d: usize, i: usize) -> bool {
    let w = c.word(d, i);
    let g = gazetteer();
    let f = fold(w);
    let known = g.place(w).is_some() || g.demonym(w).is_some() || g.is_given_name(w) || w.chars().filter(|ch| ch.is_uppercase()).count() > 1;
    !known && c.word_case.get(&f).is_none_or(|&(_, cap)| cap == 0)
}

fn is_common_word(c: &Corpus, d: usize, i: usize) -> bool {
    let w = c.word(d, i);
    let f = fold(w);
    let before_apostrophe = w.split(['\'', '’']).next().map(fold).unwrap_or_default();
    if lexicon::FUNCTION_WORDS.contains(&f.as_str()) || (w.contains(['\'', '’']) && lexicon::FUNCTION_WORDS.contains(&before_apostrophe.as_str())) {
        return true;
    }
    let g = gazetteer();
    let known = g.place(w).is_some() || g.demonym(w).is_some() || g.is_given_name(w);
    !known && c.mostly_lower(&f)
}

/// Headlines in Title Case: capitalisation says nothing there. A sentence of at
/// least four words in which at most one word other than the short function words
/// Title Case leaves in lower case ("of", "in", "the", …) is in lower case.
fn is_title_case(c: &Corpus, d: usize, first: usize, last: usize) -> bool {
    const SMALL: &[&str] = &["a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "with", "by", "from", "as", "vs", "into", "over", "after"];
    let words: Vec<usize> = (first..last).filter(|&k| c.tokens[d][k].kind == TokenKind::Word).collect();
    if words.len() < 4 {
        return false;
    }
    let lower = words
        .iter()
        .filter(|&&k| c.word(d, k).chars().next().is_some_and(char::is_lowercase) && !SMALL.contains(&c.word(d, k)))
        .count();
    // Headlines do not end with a full stop: a sentence that does, with a lower-case word, is running text.
    let full_stop = c.word(d, last - 1) == ".";
    lower == 0 || (lower == 1 && !full_stop)
}

fn span(c: &Corpus, d: usize, a: usize, b: usize) -> Span {
    Span::new(c.tokens[d][a].span.start, c.tokens[d][b - 1].span.end)
}

fn push(out: &mut Vec<Mention>, d: usize, si: usize, span: Span, kind: EntityType, key: Key) -> usize {
    out.push(Mention { doc: d, sentence: si, span, kind, key, metonym_of: None, roles: Vec::new() });
    out.len() - 1
}

/// Classifies tokens `a..b` (a trimmed capitalised run) and pushes its mentions.
fn classify_run(c: &Corpus, d: usize, si: usize, a: usize, b: usize, title_case: bool, out: &mut Vec<Mention>) {
    let text = &c.docs[d].text;
    let g = gazetteer();
    let words: Vec<&str> = (a..b).map(|k| c.word(d, k)).collect();
    let surface = span(c, d, a, b).of(text);
    let apostrophe_function = words[0].split(['\'', '’']).next().is_some_and(|p| has(lexicon::FUNCTION_WORDS, p)) && words[0].contains(['\'', '’']);
    if b - a == 1 && (has(lexicon::DIRECTION_WORDS, words[0]) || has(lexicon::FUNCTION_WORDS, words[0]) || has(lexicon::HONORIFICS, words[0]) || apostrophe_function) {
        return;
    }
    if c.docs[d].dateline.is_some_and(|s| s.overlaps(span(c, d, a, b))) {
        return; // the outlet in a dateline is the source, not a participant
    }
    // A place or a demonym, as a whole.
    if let Some(place) = g.place(surface) {
        let (key, capital) = match &place {
            Place::Country(code) => (Key::Place(format!("C:{code}")), None),
            Place::Capital(_, code) => (Key::Place(format!("P:{}", fold(surface))), Some(code.clone())),
            Place::Other(..) => (Key::Place(format!("P:{}", fold(surface))), None),
        };
        let m = push(out, d, si, span(c, d, a, b), EntityType::Place, key);
        if let Some(code) = capital {
            if super::person::is_metonymic(c, d, a, b) {
                out[m].metonym_of = Some(Key::Place(format!("C:{code}")));
            }
        }
        super::roles::org_after_country(c, d, si, a, b, out);
        return;
    }
    if b - a == 1 {
        if let Some(code) = g.demonym(surface) {
            push(out, d, si, span(c, d, a, b), EntityType::Place, Key::Place(format!("C:{code}")));
            super::roles::org_after_country(c, d, si, a, b, out);
            return;
        }
    }
    if title_case {
        return; // only gazetteer names are trusted in Title Case headlines
    }
    // Titles, honorifics and people.
    match parse_titled_person(c, d, a, b) {
        TitledPerson::Person { prefix, title, name } => {
            if let Some((p0, p1)) = prefix {
                classify_run(c, d, si, p0, p1, false, out);
            }
            let key = super::person::person_key(c, d, name.0, name.1);
            let m = push(out, d, si, span(c, d, name.0, name.1), EntityType::Person, key);
            out[m].roles.push(span(c, d, title.0, title.1));
            super::roles::attach_person_roles(c, d, title.0, name.1, &mut out[m]);
            return;
        }
        TitledPerson::TitleOnly { prefix } => {
            if let Some((p0, p1)) = prefix {
                classify_run(c, d, si, p0, p1, false, out);
            }
            return;
        }
        TitledPerson::None => {}
    }
    let folded: Vec<String> = words.iter().map(|w| fold(w)).collect();
    let any = |list: &[&str]| folded.iter().any(|w| list.contains(&w.as_str()));
    let last_word = folded.last().map(String::as_str).unwrap_or("");
    if b - a >= 2 && (PLACE_HEADS.contains(&last_word) || matches!(folded[0].as_str(), "mount" | "lake" | "gulf" | "port" | "cape")) && !any(lexicon::ORG_HEADS) {
        push(out, d, si, span(c, d, a, b), EntityType::Place, Key::Place(format!("P:{}", fold(surface))));
        return;
    }
    if b - a >= 2 && EVENT_HEADS.contains(&last_word) {
        push(out, d, si, span(c, d, a, b), EntityType::Other, Key::Name(fold(surface)));
        return;
    }
    // Organisation and facility names carry a head word.
    if any(lexicon::FACILITY_HEADS) && !any(lexicon::ORG_HEADS) {
        let key = super::roles::bag_key(c, d, a, b, true);
        let m = push(out, d, si, span(c, d, a, b), EntityType::Facility, key);
        country_inside(c, d, si, a, b, out);
        super::roles::facility_place(c, d, b, &mut out[m]);
        return;
    }
    if any(lexicon::ORG_HEADS) {
        let key = super::roles::bag_key(c, d, a, b, false);
        push(out, d, si, span(c, d, a, b), EntityType::Org, key);
        country_inside(c, d, si, a, b, out);
        return;
    }
    // A name followed by a lower-case facility noun: "the Killenworth estate".
    if let Some(desc) = super::roles::facility_descriptor(c, d, b) {
        let m = push(out, d, si, span(c, d, a, b), EntityType::Facility, Key::Name(fold(surface)));
        out[m].roles.push(desc);
        return;
    }
    if super::person::looks_like_person(c, d, a, b) {
        let key = super::person::person_key(c, d, a, b);
        let m = push(out, d, si, span(c, d, a, b), EntityType::Person, key);
        super::roles::attach_person_roles(c, d, a, b, &mut out[m]);
        return;
    }
    let acronym = b - a == 1 && words[0].chars().filter(|ch| ch.is_alphabetic()).count() >= 2
        && words[0].chars().all(|ch| !ch.is_alphabetic() || ch.is_uppercase());
    if acronym {
        push(out, d, si, span(c, d, a, b), EntityType::Org, Key::Name(fold(surface)));
        return;
    }
    if b - a == 1 && super::roles::reporting_org(c, d, a, b) {
        push(out, d, si, span(c, d, a, b), EntityType::Org, Key::Name(fold(surface)));
        return;
    }
    if b - a == 1 && is_adjective_or_verb(c, d, b, words[0]) {
        return;
    }
    if super::roles::after_locative(c, d, a) {
        push(out, d, si, span(c, d, a, b), EntityType::Place, Key::Place(format!("P:{}", fold(surface))));
        return;
    }
    // Two or three name words none of which the set ever writes in lower case: most often a person.
    if (2..=3).contains(&(b - a)) && (a..b).all(|k| super::person::name_like(c, d, k) && !c.word_case.get(&fold(c.word(d, k))).is_some_and(|&(lower, _)| lower > 0)) {
        let key = super::person::person_key(c, d, a, b);
        let m = push(out, d, si, span(c, d, a, b), EntityType::Person, key);
        super::roles::attach_person_roles(c, d, a, b, &mut out[m]);
        return;
    }
    push(out, d, si, span(c, d, a, b), EntityType::Other, Key::Name(fold(surface)));
}

/// Mentions of countries inside an organisation name ("U.S. State Department").
fn country_inside(c: &Corpus, d: usize, si: usize, a: usize, b: usize, out: &mut Vec<Mention>) {
    let g = gazetteer();
    for k in a..b {
        let w = c.word(d, k);
        if let Some(code) = g.demonym(w).or_else(|| match g.place(w) {
            Some(Place::Country(code)) => Some(code),
            _ => None,
        }) {
            push(out, d, si, span(c, d, k, k + 1), EntityType::Place, Key::Place(format!("C:{code}")));
        }
    }
}

/// A lone capitalised word that reads as an adjective before a noun ("European
/// partners") or as a verb or adverb form ("Hampered"): not a name.
fn is_adjective_or_verb(c: &Corpus, d: usize, b: usize, w: &str) -> bool {
    let f = fold(w);
    let next_lower = b < c.tokens[d].len() && c.tokens[d][b].kind == TokenKind::Word && c.word(d, b).chars().next().is_some_and(char::is_lowercase);
    let adjective = next_lower && ["an", "ean", "ian", "ish", "ese", "ic"].iter().any(|s| f.ends_with(s));
    let passive = b >= 2 && f.ends_with("ed") && matches!(fold(c.word(d, b - 2)).as_str(), "is" | "was" | "are" | "were" | "been" | "be" | "being");
    adjective || passive
}
