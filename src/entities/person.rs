//! People: titles split from names, name keys, short forms, metonymy of capitals.

use super::doc::{list, Doc};
use super::translit::{same_reduced, Reducer};
use super::types::FastMap;
use super::types::{EntityType, Key, Mention, NameMarks};
use crate::corpus::Corpus;
use crate::lexicon::fold;
use crate::text::TokenKind;
use std::rc::Rc;

/// How a capitalised run reads once titles are considered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TitledPerson {
    /// No title at the start.
    None,
    /// A title with no name ("Deputy Assistant Secretary for European Affairs").
    TitleOnly {
        /// Capitalised words qualifying the title ("US", "Fulton County"), as a token range.
        prefix: Option<(usize, usize)>,
    },
    /// A title and a name ("Ambassador Alexander Darchiev").
    Person {
        /// Capitalised words qualifying the title, as a token range.
        prefix: Option<(usize, usize)>,
        /// Token range of the title (country word included).
        title: (usize, usize),
        /// Token range of the name.
        name: (usize, usize),
    },
}

/// A word that can be part of a person's name.
pub fn name_like(doc: &Doc, k: usize) -> bool {
    const NOT_NAMES: u32 = list::ROLE
        | list::ORG_HEAD
        | list::FACILITY_HEAD
        | list::FUNCTION
        | list::CALENDAR
        | list::CONNECTOR
        | list::PLACE_HEAD
        | list::EVENT_HEAD;
    doc.kind(k) == TokenKind::Word
        && doc.is_capitalized(k)
        && !doc.is(k, NOT_NAMES)
        && !doc.word(k).contains('.')
        && !doc.is_demonym(k)
        && !doc.is_country(k)
}

/// Longest run of capitalised words that may qualify a title ("Fulton County District").
const MAX_TITLE_PREFIX: usize = 5;

/// Splits a title ("US Deputy Assistant Secretary of State", "Fulton County District
/// Attorney", "Apple CEO") from the name after it. The title starts at the first office
/// word; capitalised words before it qualify it (a country, an organisation, a place).
pub fn parse_titled_person(doc: &Doc, a: usize, b: usize) -> TitledPerson {
    let role = |k: usize| doc.is(k, list::ROLE);
    let Some(title_start) = (a..b.min(a + MAX_TITLE_PREFIX + 1)).find(|&k| role(k)) else { return TitledPerson::None };
    let prefix = (title_start > a).then_some((a, title_start));
    let mut p = title_start;
    while p < b && (role(p) || (p > title_start && doc.word(p) == "." && !doc.toks[p].space_before)) {
        p += 1;
    }
    // A title names an office ("Foreign" alone does not: "Ministry of Foreign Affairs").
    if !(title_start..p).any(|k| doc.is_office(k)) || (title_start > a && doc.is(title_start - 1, list::CONNECTOR)) {
        return TitledPerson::None;
    }
    if p == b {
        // "Consulate General", "Secretary-General" of an organisation: part of a name, not a title.
        let after_head = title_start > a && doc.is(title_start - 1, list::ORG_HEAD | list::FACILITY_HEAD);
        return if after_head { TitledPerson::None } else { TitledPerson::TitleOnly { prefix } };
    }
    let w = doc.folded(p);
    if w == "of" || w == "for" {
        // "Secretary of State Sonata Coulter": the name is a short tail, and at least
        // one word must stay with the title's complement.
        let comp = p + 1;
        let has_and = (comp..b).any(|k| doc.folded(k) == "and");
        for len in [3usize, 2, 1] {
            if b < comp + len + 1 {
                continue;
            }
            let n0 = b - len;
            let tail_ok = (n0..b).all(|k| name_like(doc, k));
            let given_ok = (len < 3 && !has_and) || doc.is_given_name(n0);
            if tail_ok && given_ok && (len > 1 || !has_and) {
                return TitledPerson::Person { prefix, title: (a, n0), name: (n0, b) };
            }
        }
        return TitledPerson::TitleOnly { prefix };
    }
    if name_parts(doc, p, b).is_some_and(|n| n.words <= 4 && n.marks.sex == 0) {
        return TitledPerson::Person { prefix, title: (a, p), name: (p, b) };
    }
    TitledPerson::None
}

/// A person's name in a run of tokens, read word by word: an optional honorific ("Mr",
/// "Ms."), name words and initials ("John N. Mitchell"), an optional generational suffix
/// ("Jr.", "III") and post-nominal letters ("QC").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NameParts {
    /// The first name word or initial (the given name when there are two or more).
    pub first: usize,
    /// The surname's token.
    pub surname: usize,
    /// Name words and initials, the surname included.
    pub words: usize,
    /// One past the last token of the name itself (before post-nominal letters).
    pub end: usize,
    /// The honorific's sex and the suffix.
    pub marks: NameMarks,
}

/// The sex an honorific tells (see [`NameMarks::sex`]).
fn honorific_sex(folded: &str) -> u8 {
    match folded {
        "mr" | "sir" | "lord" => 1,
        "mrs" | "ms" | "miss" | "dame" | "lady" => 2,
        _ => 0,
    }
}

/// A single capital letter: an initial ("N" of "John N. Mitchell").
fn is_initial(doc: &Doc, k: usize) -> bool {
    let w = doc.word(k);
    doc.kind(k) == TokenKind::Word && w.len() == 1 && w.bytes().all(|b| b.is_ascii_uppercase())
}

/// Reads tokens `a..b` as a person's name ([`NameParts`]); `None` when a token cannot be
/// part of one.
pub fn name_parts(doc: &Doc, a: usize, b: usize) -> Option<NameParts> {
    let dot = |k: usize| k < b && doc.word(k) == "." && !doc.toks[k].space_before;
    let mut k = a;
    let mut marks = NameMarks::default();
    if b - a >= 2 && doc.is(k, list::HONORIFIC) {
        marks.sex = honorific_sex(doc.folded(k));
        k += 1 + usize::from(dot(k + 1));
    }
    let (mut first, mut surname, mut words, mut end) = (None, None, 0, b);
    while k < b {
        if words > 0 && doc.is(k, list::SUFFIX | list::POSTNOMINAL) && doc.kind(k) == TokenKind::Word {
            // Only suffixes and post-nominal letters (with their dots and commas) may follow.
            let mut j = k;
            while j < b {
                if doc.is(j, list::SUFFIX) && marks.suffix == 0 {
                    let f = doc.folded(j);
                    marks.suffix = 1 + crate::lexicon::entries("suffix").position(|(w, _)| w == f).unwrap_or(0) as u8;
                } else if doc.is(j, list::POSTNOMINAL) {
                    end = end.min(j);
                } else if !matches!(doc.word(j), "." | ",") {
                    return None;
                }
                j += 1;
            }
            end = end.min(j);
            break;
        }
        if is_initial(doc, k) {
            first.get_or_insert(k);
            words += 1;
            k += 1 + usize::from(dot(k + 1));
            continue;
        }
        if !name_like(doc, k) {
            return None;
        }
        first.get_or_insert(k);
        surname = Some(k);
        words += 1;
        k += 1;
    }
    // Trailing dots and commas are no part of the name.
    while end > a && matches!(doc.word(end - 1), "." | ",") {
        end -= 1;
    }
    Some(NameParts { first: first?, surname: surname?, words, end, marks })
}

/// An untitled run that reads as a person's name: 1–3 name words with a given name,
/// an honorific or role word before it, or a verb of saying after it.
pub fn looks_like_person(doc: &Doc, a: usize, b: usize) -> bool {
    let Some(parts) = name_parts(doc, a, b) else { return false };
    if parts.words > 4 || parts.words - usize::from(is_initial(doc, parts.first)) > 3 {
        return false;
    }
    let two = parts.words >= 2;
    let given = || two && doc.is_given_name(parts.first);
    let honorific = || {
        parts.marks.sex != 0
            || doc.is(a, list::HONORIFIC)
            || a >= 1 && {
                let k = if a >= 2 && doc.word(a - 1) == "." { a - 2 } else { a - 1 };
                doc.is(k, list::HONORIFIC)
            }
    };
    let role_before = || a >= 1 && doc.kind(a - 1) == TokenKind::Word && doc.is_office(a - 1);
    let says_after = || b < doc.toks.len() && doc.is(b, list::SAY_VERB) && two;
    let appositive =
        || two && (super::roles::pre_appositive(doc, a).is_some() || super::roles::post_appositive(doc, b).is_some());
    // The cheap tests first: a given name is a gazetteer search.
    honorific() || role_before() || says_after() || given() || appositive()
}

/// The merge key of a person's name in tokens `a..b` (read by [`name_parts`]; a run that
/// is no name keys by its first and last words).
pub fn person_key(doc: &Doc, a: usize, b: usize) -> Key {
    match name_parts(doc, a, b) {
        Some(p) => {
            let given = (p.words >= 2).then(|| doc.folded(p.first).to_string());
            Key::Person(given, doc.folded(p.surname).to_string(), p.marks)
        }
        None => {
            let given = (b - a >= 2).then(|| doc.folded(a).to_string());
            Key::Person(given, doc.folded(b - 1).to_string(), NameMarks::default())
        }
    }
}

/// Whether the capital in tokens `a..b` stands for its country's government
/// (metonymy: "Moscow said", "Moscow's envoy", "between Moscow and the West").
pub fn is_metonymic(doc: &Doc, a: usize, b: usize) -> bool {
    let prev = (a > 0).then(|| doc.folded(a - 1));
    if a > 0 && doc.is(a - 1, list::LOCATIVE) {
        return false;
    }
    if b < doc.toks.len() {
        if doc.kind(b) == TokenKind::Possessive {
            return true;
        }
        let next = doc.folded(b);
        if doc.is(b, list::AGENT_NEXT) || next == "and" {
            return true;
        }
    }
    matches!(prev, Some("and") | Some("between") | Some("both"))
}

/// Links short forms to the full name they abbreviate within one document ("Darchiev",
/// "Ms. Bruce", "Katie" → the person named in full), and turns one-word mentions of other
/// types into people when they match a surname or a given name. A short form links only
/// when the document names one person that way: with "John Jenkin" and "Katie Jenkin" in
/// one report, a bare "Jenkin" stays apart (an honorific's sex or a suffix may still
/// single one out). Aliases given in the text ("Kathryn Jenkin, known as Katie") link the
/// alias to the full name first.
pub fn link_short_forms(doc: &Doc, ms: &mut [Mention], reducer: &mut Reducer) -> Vec<(Key, Key)> {
    use std::collections::BTreeMap;
    let aliases = link_aliases(doc, ms);
    // Full names by key, each with its mention positions (ascending). Scanning every
    // full-name mention for every short form was quadratic in the document's length
    // (a 1.6 MB report spent seconds here), so the candidates come from indexes:
    // `same_name` holds only for equal folded names or reduced forms that share
    // their first and last letter.
    let mut full: BTreeMap<&Key, Vec<usize>> = BTreeMap::new();
    for (i, m) in ms.iter().enumerate() {
        if let Key::Person(Some(_), _, _) = &m.key {
            full.entry(&m.key).or_default().push(i);
        }
    }
    let keys: Vec<(&Key, &Vec<usize>)> = full.iter().map(|(k, v)| (*k, v)).collect();
    let edges = |r: &str| (r.as_bytes().first().copied(), r.as_bytes().last().copied());
    fn parts(key: &Key) -> (&str, &str, NameMarks) {
        match key {
            Key::Person(g, s, m) => (g.as_deref().unwrap_or(""), s, *m),
            _ => ("", "", NameMarks::default()),
        }
    }
    // The reduced surname of each full name.
    let reduced: Vec<Rc<str>> = keys.iter().map(|(key, _)| reducer.reduce(parts(key).1)).collect();
    let mut by_edges: FastMap<(Option<u8>, Option<u8>), Vec<usize>> = FastMap::default();
    let mut by_surname: FastMap<&str, Vec<usize>> = FastMap::default();
    let mut by_given: FastMap<&str, Vec<usize>> = FastMap::default();
    for (k, (key, _)) in keys.iter().enumerate() {
        by_edges.entry(edges(&reduced[k])).or_default().push(k);
        by_surname.entry(parts(key).1).or_default().push(k);
        by_given.entry(parts(key).0).or_default().push(k);
    }
    // Full names of one person: the same surname and compatible given names and marks
    // ("Fred LaRue" and "Frederick LaRue"). Candidates of one short form that are more
    // than one person leave it unlinked.
    let one_person = |ks: &[usize]| {
        ks.iter().all(|&x| {
            ks.iter().all(|&y| {
                let (gx, sx, mx) = parts(keys[x].0);
                let (gy, sy, my) = parts(keys[y].0);
                sx == sy && mx.compatible(my) && super::translit::given_compatible(Some(gx), Some(gy))
            })
        })
    };
    let mut matching: FastMap<&str, Vec<usize>> = FastMap::default();
    let mut links: Vec<(usize, Key)> = Vec::new();
    for (i, m) in ms.iter().enumerate() {
        let (single, marks, other) = match &m.key {
            Key::Person(None, s, marks) => (s, *marks, false),
            Key::Name(n) if m.kind == EntityType::Other && !n.contains(' ') => (n, NameMarks::default(), true),
            _ => continue,
        };
        let same = matching.entry(single.as_str()).or_insert_with(|| {
            let r = reducer.reduce(single);
            let mut ks: Vec<usize> = by_edges
                .get(&edges(&r))
                .into_iter()
                .flatten()
                .chain(by_surname.get(single.as_str()).into_iter().flatten())
                .copied()
                .collect();
            ks.sort_unstable();
            ks.dedup();
            // `same_name`, with the reduced forms at hand.
            ks.retain(|&k| parts(keys[k].0).1 == single || same_reduced(&reduced[k], &r));
            ks
        });
        // An honorific's sex rules out full names whose given name only the other sex bears
        // ("Miss Jenkin" is not "John Jenkin").
        let sex_fits = |k: usize| {
            let given_sex = crate::lexicon::gazetteer().given_name_sex(parts(keys[k].0).0);
            marks.sex == 0 || given_sex == 0 || given_sex == marks.sex
        };
        let mut ks: Vec<usize> =
            same.iter().copied().filter(|&k| parts(keys[k].0).2.compatible(marks) && sex_fits(k)).collect();
        if ks.is_empty() && other && crate::lexicon::gazetteer().is_given_name(single) {
            // Not a surname here: a given name of one person named in full ("Katie").
            ks = by_given.get(single.as_str()).cloned().unwrap_or_default();
        }
        // Many candidates are many people; a few are checked pair by pair.
        if ks.len() > 8 || !one_person(&ks) {
            continue;
        }
        // Prefer the nearest full name before this mention, else the first after it.
        let before = ks.iter().filter_map(|&k| {
            let pos = keys[k].1;
            let n = pos.partition_point(|&j| j < i);
            (n > 0).then(|| (pos[n - 1], k))
        });
        let found = before.max().or_else(|| ks.iter().map(|&k| (keys[k].1[0], k)).min());
        if let Some((_, k)) = found {
            links.push((i, keys[k].0.clone()));
        }
    }
    for (i, key) in links {
        ms[i].key = key;
        ms[i].kind = EntityType::Person;
        ms[i].weak = false;
    }
    aliases
}

/// Words that introduce another name of the person just named ("Kathryn Jenkin, known as
/// Katie", "also known as", "nicknamed").
fn alias_marker(doc: &Doc, k: usize) -> Option<usize> {
    let w = |j: usize| if j < doc.toks.len() { doc.folded(j) } else { "" };
    let mut j = k;
    if w(j) == "," || w(j) == "(" {
        j += 1;
    }
    if w(j) == "also" {
        j += 1;
    }
    match w(j) {
        "known" if w(j + 1) == "as" => Some(j + 2),
        "nicknamed" | "dubbed" => Some(j + 1),
        _ => None,
    }
}

/// A full name followed by an alias ("Kathryn Jenkin, known as Katie"): the alias mention
/// takes the full name's key, and so do full names made of the alias and the same surname
/// ("Katie Jenkin") in this document; returns those renamings (alias key → full key) for
/// the rest of the set.
fn link_aliases(doc: &Doc, ms: &mut [Mention]) -> Vec<(Key, Key)> {
    let mut renames: Vec<(Key, Key)> = Vec::new();
    for i in 0..ms.len() {
        let Key::Person(Some(_), surname, _) = &ms[i].key else { continue };
        let after = doc.toks.partition_point(|t| t.span.start < ms[i].span.end);
        let Some(start) = alias_marker(doc, after) else { continue };
        let Some(j) =
            (i + 1..ms.len()).find(|&j| doc.toks.get(start).is_some_and(|t| ms[j].span.start == t.span.start))
        else {
            continue;
        };
        let alias = match &ms[j].key {
            Key::Person(Some(g), s, _) if s == surname => g.clone(),
            Key::Person(None, g, _) => g.clone(),
            Key::Name(n) if !n.contains(' ') => n.clone(),
            _ => continue,
        };
        let full = ms[i].key.clone();
        if let Key::Person(_, s, marks) = &full {
            renames.push((Key::Person(Some(alias), s.clone(), *marks), full.clone()));
        }
        ms[j].key = full;
        ms[j].kind = EntityType::Person;
        ms[j].weak = false;
    }
    rename(ms, &renames);
    renames
}

/// Gives every mention whose key is renamed the new key.
pub fn rename(ms: &mut [Mention], renames: &[(Key, Key)]) {
    if renames.is_empty() {
        return;
    }
    for m in ms.iter_mut() {
        if let Some((_, to)) = renames.iter().find(|(from, _)| *from == m.key) {
            m.key = to.clone();
        }
    }
}

/// Across the set: a person's name of three words whose last two are a full name found
/// on its own elsewhere ("Razorback Peyton Hillis" where other reports say "Peyton
/// Hillis") loses its first word, a description, unless that word is a given name.
pub fn trim_descriptors(c: &Corpus, ms: &mut [Mention]) {
    let words = |m: &Mention| -> Vec<(usize, &str)> {
        let text = m.span.of(&c.docs[m.doc].text);
        let mut out = Vec::new();
        let mut start = None;
        for (i, ch) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
            match (ch.is_whitespace(), start) {
                (true, Some(s)) => {
                    out.push((s, &text[s..i]));
                    start = None;
                }
                (false, None) => start = Some(i),
                _ => {}
            }
        }
        out
    };
    let mut pairs: Vec<(String, String)> = Vec::new();
    for m in ms.iter().filter(|m| m.kind == EntityType::Person) {
        if let (Key::Person(Some(g), s, _), 2) = (&m.key, words(m).len()) {
            pairs.push((g.clone(), s.clone()));
        }
    }
    crate::sort::sort(&mut pairs);
    pairs.dedup();
    let g = crate::lexicon::gazetteer();
    for m in ms.iter_mut().filter(|m| m.kind == EntityType::Person) {
        let w = words(m);
        let Key::Person(Some(_), surname, marks) = &m.key else { continue };
        if w.len() != 3 || g.is_given_name(w[0].1) || pairs.binary_search(&(fold(w[1].1), surname.clone())).is_err() {
            continue;
        }
        let key = Key::Person(Some(fold(w[1].1)), surname.clone(), *marks);
        m.span = crate::span::Span::new(m.span.start + w[1].0, m.span.end);
        m.key = key;
    }
}

/// Across the set: a name of another type whose last word is the surname of a
/// person named elsewhere ("Sonata Coulter" with no title in one report) is a person.
pub fn promote_known_surnames(c: &Corpus, ms: &mut [Mention]) {
    let mut surnames: Vec<String> = ms
        .iter()
        .filter_map(|m| match &m.key {
            Key::Person(Some(_), s, _) => Some(s.clone()),
            _ => None,
        })
        .collect();
    crate::sort::sort(&mut surnames);
    surnames.dedup();
    // `same_name` only holds for names whose reduced forms share the first and the
    // last letter, so index the reduced surnames (of 5+ bytes) by those two letters:
    // this check ran over every surname for every mention (quadratic in the set).
    let mut by_edges: FastMap<(u8, u8), Vec<String>> = FastMap::default();
    for s in surnames.iter().filter(|s| s.len() >= 5) {
        let r = super::translit::reduce(s);
        if let (Some(&a), Some(&z)) = (r.as_bytes().first(), r.as_bytes().last()) {
            by_edges.entry((a, z)).or_default().push(r);
        }
    }
    for v in by_edges.values_mut() {
        crate::sort::sort(v);
        v.dedup();
    }
    // The person key of each name as written, when it is a known surname's; computed once.
    let mut person_of: FastMap<&str, Option<Key>> = FastMap::default();
    for m in ms.iter_mut().filter(|m| m.kind == EntityType::Other) {
        let key = person_of.entry(m.span.of(&c.docs[m.doc].text)).or_insert_with_key(|name| {
            let words: Vec<&str> = name.split_whitespace().collect();
            if words.len() > 3 || words.iter().any(|w| !w.chars().next().is_some_and(char::is_uppercase)) {
                return None;
            }
            let last = fold(words[words.len() - 1]);
            let known = surnames.binary_search(&last).is_ok() || super::translit::same_name_as_any(&by_edges, &last);
            known.then(|| Key::Person((words.len() >= 2).then(|| fold(words[0])), last, NameMarks::default()))
        });
        if let Some(key) = key {
            m.kind = EntityType::Person;
            m.key = key.clone();
        }
    }
}
