//! Finding named mentions: capitalised runs in a sentence, trimmed and classified.

use super::doc::{list, lists_of, Doc};
use super::person::{parse_titled_person, TitledPerson};
use super::types::FastMap;
use super::types::{EntityType, Key, Mention};
use crate::corpus::Corpus;
use crate::lexicon::{fold, gazetteer, in_list, Place};
use crate::span::Span;
use crate::text::TokenKind;

/// Finds every named mention in a document, in text order, and the sentences
/// in Title Case (headlines), where capitalisation says nothing: those are
/// searched later for names found elsewhere ([`find_known`]).
pub fn find(doc: &Doc) -> (Vec<Mention>, Vec<usize>) {
    let mut out = Vec::new();
    let mut title_case_sentences = Vec::new();
    for (si, s) in doc.c.sentences[doc.d].iter().enumerate() {
        let title_case = is_title_case(doc, s.first, s.last);
        if title_case {
            title_case_sentences.push(si);
        }
        let mut i = s.first;
        while i < s.last {
            if !is_cap(doc, i) {
                i += 1;
                continue;
            }
            let end = run_end(doc, i, s.last);
            let mut start = i;
            // A common word opening the sentence is not part of a name ("Delegations from…"),
            // unless the run is a known place ("New York").
            while start < end
                && ((at_sentence_start(doc, start, s.first) && is_common_word(doc, start))
                    || doc.is(start, list::LEADING_QUALIFIER))
                && doc.place(start, end).is_none()
            {
                start += 1;
            }
            // A lone word seen capitalised only at sentence starts is not known to be a name.
            if end == start + 1 && at_sentence_start(doc, start, s.first) && unproven(doc, start) {
                i = end;
                continue;
            }
            if start < end {
                let before = out.len();
                classify_run(doc, si, start, end, title_case, &mut out);
                if out.len() == before && start + 1 < end {
                    // Nothing usable in the run as a whole: try again without its first word.
                    classify_run(doc, si, start + 1, end, title_case, &mut out);
                }
            }
            i = end;
        }
    }
    crate::sort::sort_by_key(&mut out, |m| (m.span.start, m.span.end));
    (out, title_case_sentences)
}

/// Names (as folded token sequences) found outside headlines, with their type and key.
pub type KnownNames = FastMap<Vec<String>, (EntityType, Key)>;

/// Longest name in [`KnownNames`] searched for in a headline.
const MAX_KNOWN_TOKENS: usize = 5;

/// Builds the table of names found in running text; a name read several ways
/// takes its most frequent reading (ties: the smallest), whatever the document order.
pub fn known_names<'m>(c: &'m Corpus, ms: impl Iterator<Item = &'m Mention>) -> KnownNames {
    // Each distinct word sequence gets an id; each name as written is tokenized and
    // folded once (the same names recur throughout the set).
    let mut ids: FastMap<Vec<String>, usize> = FastMap::default();
    let mut id_of_text: FastMap<&str, Option<usize>> = FastMap::default();
    let mut counts: FastMap<(usize, EntityType, &Key), usize> = FastMap::default();
    for m in ms.filter(|m| m.metonym_of.is_none()) {
        let id = *id_of_text.entry(m.span.of(&c.docs[m.doc].text)).or_insert_with_key(|text| {
            let words: Vec<String> =
                crate::text::tokenize(text, Span::new(0, text.len())).iter().map(|t| fold(t.text(text))).collect();
            let next = ids.len();
            (1..=MAX_KNOWN_TOKENS).contains(&words.len()).then(|| *ids.entry(words).or_insert(next))
        });
        if let Some(id) = id {
            *counts.entry((id, m.kind, &m.key)).or_default() += 1;
        }
    }
    // The most frequent reading of each name; ties: the smallest.
    let mut best: Vec<Option<(usize, EntityType, &Key)>> = vec![None; ids.len()];
    for ((id, kind, key), n) in counts {
        if best[id].is_none_or(|(b, bkind, bkey)| n > b || (n == b && (kind, key) < (bkind, bkey))) {
            best[id] = Some((n, kind, key));
        }
    }
    ids.into_iter().filter_map(|(words, id)| best[id].map(|(_, kind, key)| (words, (kind, key.clone())))).collect()
}

/// A name typed by a weak rule ([`Mention::weak`]) takes the reading its other mentions in
/// the set have on firmer evidence ("Royal Oak" as a person where another report has "in
/// Royal Oak"): the most frequent firm reading of the same words; ties: the smallest.
pub fn adopt_firm_readings(c: &Corpus, ms: &mut [Mention]) {
    // Sorted vectors, not maps: every new map type costs the WebAssembly module kilobytes.
    let words = |m: &Mention| {
        let text = m.span.of(&c.docs[m.doc].text);
        crate::text::tokenize(text, Span::new(0, text.len()))
            .iter()
            .map(|t| fold(t.text(text)))
            .collect::<Vec<String>>()
    };
    let weak: Vec<Vec<String>> = ms.iter().filter(|m| m.weak).map(words).collect();
    if weak.is_empty() {
        return;
    }
    let mut wanted: Vec<&Vec<String>> = weak.iter().collect();
    crate::sort::sort(&mut wanted);
    wanted.dedup();
    let mut firm: Vec<(Vec<String>, EntityType, Key)> = ms
        .iter()
        .filter(|m| !m.weak && m.metonym_of.is_none())
        .map(|m| (words(m), m.kind, m.key.clone()))
        .filter(|(w, _, _)| wanted.binary_search(&w).is_ok())
        .collect();
    crate::sort::sort(&mut firm);
    // The most frequent reading of each name (ties: the smallest, the first in order).
    let mut best: Vec<&(Vec<String>, EntityType, Key)> = Vec::new();
    for name in firm.chunk_by(|x, y| x.0 == y.0) {
        let pick =
            name.chunk_by(|x, y| x == y)
                .fold((0, &name[0]), |b, run| if run.len() > b.0 { (run.len(), &run[0]) } else { b });
        best.push(pick.1);
    }
    let readings: Vec<Option<(EntityType, Key)>> = weak
        .iter()
        .map(|w| best.binary_search_by(|r| r.0.cmp(w)).ok().map(|k| (best[k].1, best[k].2.clone())))
        .collect();
    for (m, reading) in ms.iter_mut().filter(|m| m.weak).zip(readings) {
        if let Some((kind, key)) = reading {
            m.kind = kind;
            m.key = key;
            m.weak = false;
        }
    }
}

/// A name read as a person only by the weak rule whose first word stands alone elsewhere in
/// the set as no person, at least twice, and is no given name ("Apple Computer" beside
/// "Apple … Apple"), is that name's longer form, not a person.
pub fn demote_weak_people(c: &Corpus, ms: &mut [Mention]) {
    let mut alone: Vec<String> = ms
        .iter()
        .filter(|m| m.kind != EntityType::Person)
        .map(|m| m.span.of(&c.docs[m.doc].text))
        .filter(|text| !text.contains(char::is_whitespace))
        .map(fold)
        .collect();
    crate::sort::sort(&mut alone);
    let count = |w: &str| alone.partition_point(|x| x.as_str() <= w) - alone.partition_point(|x| x.as_str() < w);
    let g = gazetteer();
    for m in ms.iter_mut().filter(|m| m.weak && m.kind == EntityType::Person) {
        let text = m.span.of(&c.docs[m.doc].text);
        let first = fold(text.split_whitespace().next().unwrap_or_default());
        if text.contains(char::is_whitespace) && !g.is_given_name(&first) && count(&first) >= 2 {
            m.kind = EntityType::Other;
            m.key = Key::Name(fold(text));
        }
    }
}

/// Sets `buf` to the given words, reusing its strings' buffers.
fn fill<'w>(buf: &mut Vec<String>, words: impl Iterator<Item = &'w str>) {
    let mut n = 0;
    for w in words {
        if n < buf.len() {
            buf[n].clear();
            buf[n].push_str(w);
        } else {
            buf.push(w.to_string());
        }
        n += 1;
    }
    buf.truncate(n);
}

/// In Title Case sentences, the longest known names and gazetteer places, left to right.
pub fn find_known(doc: &Doc, sentences: &[usize], known: &KnownNames, out: &mut Vec<Mention>) {
    let mut words: Vec<String> = Vec::new();
    for &si in sentences {
        let s = &doc.c.sentences[doc.d][si];
        let mut i = s.first;
        while i < s.last {
            let mut hit = None;
            // Names are made of words only.
            let word_run =
                (i..s.last.min(i + MAX_KNOWN_TOKENS)).take_while(|&k| doc.kind(k) == TokenKind::Word).count();
            for len in (1..=word_run).rev() {
                fill(&mut words, (i..i + len).map(|k| doc.folded(k)));
                if let Some((kind, key)) = known.get(&words) {
                    hit = Some((len, *kind, key.clone()));
                    break;
                }
                if let Some(Place::Country(code)) = doc.place(i, i + len) {
                    hit = Some((len, EntityType::Place, Key::Place(format!("C:{code}"))));
                    break;
                }
            }
            match hit {
                Some((len, kind, key)) => {
                    push(out, doc.d, si, doc.span(i, i + len), kind, key);
                    i += len;
                }
                None => i += 1,
            }
        }
    }
    crate::sort::sort_by_key(out, |m| (m.span.start, m.span.end));
}

/// A capitalised word that may be part of a name (not a month or weekday), or an
/// inner-capital name such as "iPhone" or "eBay".
pub fn is_cap(doc: &Doc, i: usize) -> bool {
    doc.is_name_word(i)
}

/// A demonym or a country's name.
fn country_word(doc: &Doc, k: usize) -> bool {
    doc.is_demonym(k) || doc.is_country(k)
}

/// A model number after a name ("iPhone 4", "Windows 7", "3GS"): short, not a year.
fn is_model_number(doc: &Doc, j: usize) -> bool {
    let t = &doc.toks[j];
    let w = doc.word(j);
    t.kind == TokenKind::Number && t.space_before && w.len() <= 3 && !w.contains(',') && !w.contains('.')
}

/// One past the last token of the capitalised run starting at `i`.
fn run_end(doc: &Doc, i: usize, limit: usize) -> usize {
    let mut j = i + 1;
    let mut complement = false;
    let mut has_head = doc.is(i, list::ORG_HEAD);
    while j < limit {
        if is_cap(doc, j) && doc.toks[j].space_before {
            has_head |= doc.is(j, list::ORG_HEAD);
            j += 1;
            continue;
        }
        // "Al-Amin", "Jean-Pierre": a hyphen inside a name, but not "US-Russia".
        if doc.word(j) == "-"
            && !doc.toks[j].space_before
            && j + 1 < limit
            && is_cap(doc, j + 1)
            && !doc.toks[j + 1].space_before
            && !country_word(doc, j - 1)
            && !country_word(doc, j + 1)
        {
            j += 2;
            continue;
        }
        // "U. S. Geological Survey": initials at the start of the run, each with its dot.
        if doc.word(j) == "."
            && !doc.toks[j].space_before
            && (i..j).all(|k| doc.word(k) == "." || (doc.word(k).len() == 1 && is_cap(doc, k)))
            && j + 1 < limit
            && is_cap(doc, j + 1)
        {
            j += 1;
            continue;
        }
        // "Mr. LaRue", "Lt. Gerry Scherlinck": the dot of an abbreviated honorific or title.
        if doc.word(j) == "."
            && !doc.toks[j].space_before
            && doc.is(j - 1, list::HONORIFIC | list::ROLE)
            && j + 1 < limit
            && is_cap(doc, j + 1)
            && doc.toks[j + 1].space_before
        {
            j += 1;
            continue;
        }
        // "John N. Mitchell", "Robert J. Pickell": a middle initial and its dot.
        if doc.word(j) == "."
            && !doc.toks[j].space_before
            && j >= i + 2
            && doc.word(j - 1).len() == 1
            && doc.word(j - 2).len() > 1
            && j + 1 < limit
            && is_cap(doc, j + 1)
            && doc.toks[j + 1].space_before
        {
            j += 1;
            continue;
        }
        if is_model_number(doc, j) {
            j += 1;
            break;
        }
        let w = doc.folded(j);
        let next_cap = j + 1 < limit && is_cap(doc, j + 1);
        // "of"/"for" join a name only after a word that takes a complement ("Bank of
        // England", "Secretary of State", "Gulf of Aden"), not after a person's name
        // ("Sanjay Gupta of Emory University").
        let takes_complement = || {
            (i..j).any(|k| {
                doc.is(k, list::ORG_HEAD | list::ROLE | list::FACILITY_HEAD | list::PLACE_HEAD | list::COMPLEMENT_HEAD)
            })
        };
        if next_cap && doc.is(j, list::CONNECTOR) && (!matches!(w, "of" | "for") || takes_complement()) {
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

fn at_sentence_start(doc: &Doc, i: usize, first: usize) -> bool {
    let mut k = i;
    while k > first {
        if doc.kind(k - 1) == TokenKind::Punct
            && matches!(doc.word(k - 1), "\"" | "“" | "‘" | "'" | "(" | "«" | "-" | "–" | "—")
        {
            k -= 1;
        } else {
            break;
        }
    }
    k == first
}

/// Whether a gazetteer knows token `k` as a place, a demonym or a given name.
fn in_gazetteer(doc: &Doc, k: usize) -> bool {
    doc.is_place(k) || doc.is_demonym(k) || doc.is_given_name(k)
}

/// A word never capitalised mid-sentence in the set and known to no gazetteer.
fn unproven(doc: &Doc, i: usize) -> bool {
    let known = in_gazetteer(doc, i) || doc.word(i).chars().filter(|ch| ch.is_uppercase()).count() > 1;
    !known && !doc.seen_capitalized(i)
}

fn is_common_word(doc: &Doc, i: usize) -> bool {
    let w = doc.word(i);
    let apostrophe_function = || {
        let before_apostrophe = w.split(['\'', '’']).next().map(fold).unwrap_or_default();
        lists_of(&before_apostrophe) & list::FUNCTION != 0
    };
    if doc.is(i, list::FUNCTION) || (w.contains(['\'', '’']) && apostrophe_function()) {
        return true;
    }
    !in_gazetteer(doc, i) && doc.mostly_lower(i)
}

/// Headlines in Title Case: capitalisation says nothing there. A sentence of at
/// least four words in which at most one word other than the short function words
/// Title Case leaves in lower case ("of", "in", "the", …) is in lower case.
fn is_title_case(doc: &Doc, first: usize, last: usize) -> bool {
    const SMALL: &[&str] = &[
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "with", "by", "from", "as", "vs",
        "into", "over", "after",
    ];
    let (mut words, mut lower) = (0, 0);
    for k in (first..last).filter(|&k| doc.kind(k) == TokenKind::Word) {
        words += 1;
        let w = doc.word(k);
        if w.chars().next().is_some_and(char::is_lowercase) && !SMALL.contains(&w) {
            lower += 1;
            if lower > 1 {
                return false;
            }
        }
    }
    if words < 4 {
        return false;
    }
    // Headlines do not end with a full stop: a sentence that does, with a lower-case word, is running text.
    let full_stop = doc.word(last - 1) == ".";
    lower == 0 || (lower == 1 && !full_stop)
}

fn push(out: &mut Vec<Mention>, d: usize, si: usize, span: Span, kind: EntityType, key: Key) -> usize {
    out.push(Mention {
        doc: d,
        sentence: si,
        span,
        kind,
        key,
        metonym_of: None,
        roles: Vec::new(),
        surname: None,
        weak: false,
    });
    out.len() - 1
}

/// Classifies tokens `a..b` (a trimmed capitalised run) and pushes its mentions.
fn classify_run(doc: &Doc, si: usize, a: usize, b: usize, title_case: bool, out: &mut Vec<Mention>) {
    let d = doc.d;
    let surface = doc.surface(a, b);
    let span = doc.span(a, b);
    let w0 = doc.word(a);
    // "Biloxi, Miss.": an AP-style state abbreviation after a town is the state.
    if b - a == 1 && after_town(doc, a) {
        if let Some(state) = gazetteer().state(w0) {
            let key = Key::Place(format!("P:{}", fold(state)));
            push(out, d, si, span, EntityType::Place, key);
            return;
        }
    }
    // A single letter, or a time-zone, clock or unit abbreviation ("GMT", "PM 16"), is no name.
    let letters = w0.chars().filter(|ch| ch.is_alphabetic()).count();
    if (b - a == 1 && letters <= 1)
        || (doc.is(a, list::NOT_ENTITY) && (a + 1..b).all(|k| doc.kind(k) == TokenKind::Number))
    {
        return;
    }
    if b - a == 1 {
        let apostrophe_function =
            w0.contains(['\'', '’']) && w0.split(['\'', '’']).next().is_some_and(|p| in_list(list::FUNCTION, p));
        if doc.is(a, list::DIRECTION | list::FUNCTION | list::HONORIFIC) || apostrophe_function {
            return;
        }
    }
    if doc.c.docs[d].dateline.is_some_and(|s| s.overlaps(span)) {
        return; // the outlet in a dateline is the source, not a participant
    }
    // A place or a demonym, as a whole; a city or a demonym naming an organisation after it
    // ("Athens police", "the Indian navy") is part of that organisation's name.
    if let Some(place) = doc.lookups.place(surface) {
        // Another name of a gazetteer place ("Salonika") is keyed by the gazetteer's name.
        let name = gazetteer().alias(surface).unwrap_or(surface);
        let (key, capital) = match &place {
            Place::Country(code) => (Key::Place(format!("C:{code}")), None),
            Place::Capital(_, code) => (Key::Place(format!("P:{}", fold(name))), Some(code.clone())),
            Place::Other(..) => (Key::Place(format!("P:{}", fold(name))), None),
        };
        if !matches!(place, Place::Country(_)) && super::roles::org_after_name(doc, si, a, b, out) {
            return;
        }
        let m = push(out, d, si, span, EntityType::Place, key);
        if let Some(code) = capital {
            if super::person::is_metonymic(doc, a, b) {
                out[m].metonym_of = Some(Key::Place(format!("C:{code}")));
            }
        }
        if matches!(place, Place::Country(_)) {
            super::roles::org_after_name(doc, si, a, b, out);
        }
        return;
    }
    if b - a == 1 {
        if let Some(code) = doc.lookups.demonym(surface) {
            push(out, d, si, span, EntityType::Place, Key::Place(format!("C:{code}")));
            super::roles::org_after_name(doc, si, a, b, out);
            return;
        }
    }
    if title_case {
        return; // only gazetteer names are trusted in Title Case headlines
    }
    // "Hormozgan province", "Qeshm island": a name and a lower-case place word, one place.
    if b < doc.toks.len()
        && doc.is(b, list::PLACE_HEAD)
        && doc.word(b).starts_with(|ch: char| ch.is_ascii_lowercase())
        && !doc.is(b, list::ORG_HEAD)
    {
        let whole = doc.span(a, b + 1);
        push(out, d, si, whole, EntityType::Place, Key::Place(format!("P:{}", fold(doc.surface(a, b + 1)))));
        return;
    }
    // "Troy police": a name before a lower-case organisation is part of its name.
    if super::roles::org_after_name(doc, si, a, b, out) {
        return;
    }
    // "INS Mysore", "USS Cole": a ship, named by what follows its prefix.
    if doc.is(a, list::VESSEL) && b - a >= 2 && w0.bytes().all(|b| b.is_ascii_uppercase()) {
        push(out, d, si, span, EntityType::Facility, Key::Name(format!("vessel {}", fold(doc.surface(a + 1, b)))));
        return;
    }
    // "Arizona Republican": a place and a party member, no name of a person.
    if b - a >= 2 && doc.is(b - 1, list::MEMBER) {
        classify_run(doc, si, a, b - 1, title_case, out);
        return;
    }
    // "Englishman Robert Buckley", "CB Vontae Davis": a description before a given name.
    if b - a >= 3 && descriptor_before_name(doc, a, b) {
        classify_run(doc, si, a + 1, b, title_case, out);
        return;
    }
    // Titles, honorifics and people.
    match parse_titled_person(doc, a, b) {
        TitledPerson::Person { prefix, title, name } => {
            if let Some((p0, p1)) = prefix {
                classify_run(doc, si, p0, p1, false, out);
            }
            let m = push_person(doc, si, name.0, name.1, out);
            out[m].roles.push(doc.span(title.0, title.1));
            super::roles::attach_person_roles(doc, title.0, name.1, &mut out[m]);
            return;
        }
        TitledPerson::TitleOnly { prefix } => {
            if let Some((p0, p1)) = prefix {
                classify_run(doc, si, p0, p1, false, out);
            }
            return;
        }
        TitledPerson::None => {}
    }
    let any = |bits: u32| (a..b).any(|k| doc.is(k, bits));
    // "Mount Sefton Bivvy": a facility named after a place.
    if b - a >= 2 && doc.is(b - 1, list::FACILITY_HEAD) && !any(list::ORG_HEAD) {
        let key = super::roles::bag_key(doc, a, b);
        let m = push(out, d, si, span, EntityType::Facility, key);
        super::roles::facility_place(doc, b, &mut out[m]);
        return;
    }
    if b - a >= 2
        && (doc.is(b - 1, list::PLACE_HEAD) || matches!(doc.folded(a), "mount" | "lake" | "gulf" | "port" | "cape"))
        && !any(list::ORG_HEAD)
    {
        push(out, d, si, span, EntityType::Place, Key::Place(format!("P:{}", fold(surface))));
        return;
    }
    if b - a >= 2 && doc.is(b - 1, list::EVENT_HEAD) {
        push(out, d, si, span, EntityType::Other, Key::Name(fold(surface)));
        return;
    }
    // Organisation and facility names carry a head word.
    if any(list::FACILITY_HEAD) && !any(list::ORG_HEAD) {
        let key = super::roles::bag_key(doc, a, b);
        let m = push(out, d, si, span, EntityType::Facility, key);
        super::roles::facility_place(doc, b, &mut out[m]);
        return;
    }
    if any(list::ORG_HEAD) {
        let key = super::roles::bag_key(doc, a, b);
        push(out, d, si, span, EntityType::Org, key);
        return;
    }
    // A name followed by a lower-case facility noun: "the Killenworth estate".
    if let Some(desc) = super::roles::facility_descriptor(doc, b) {
        let m = push(out, d, si, span, EntityType::Facility, Key::Name(fold(surface)));
        out[m].roles.push(desc);
        return;
    }
    // "Troy, Michigan", "Royal Oak, Mich.": a town before its state or country.
    if before_region(doc, b) {
        push(out, d, si, span, EntityType::Place, Key::Place(format!("P:{}", fold(surface))));
        return;
    }
    // "Indianapolis Colts", "Kansas City Chiefs": a place and a plural name, a team.
    if b - a >= 2 && is_plural_name(doc, b - 1) && doc.place(a, b - 1).is_some() {
        push(out, d, si, span, EntityType::Org, Key::Name(fold(surface)));
        return;
    }
    // "Iranian Red Crescent", "U.S. Geological Survey": a country's institution.
    let lead = super::roles::leading_initials_country(doc, a, b).map_or(a + 1, |(k, _)| k);
    if lead < b && (country_word(doc, a) || lead > a + 1) && national_institution(doc, lead, b) {
        let key = super::roles::bag_key(doc, a, b);
        push(out, d, si, span, EntityType::Org, key);
        return;
    }
    if super::person::looks_like_person(doc, a, b) {
        let m = push_person(doc, si, a, b, out);
        super::roles::attach_person_roles(doc, a, b, &mut out[m]);
        return;
    }
    let acronym = b - a == 1
        && w0.chars().filter(|ch| ch.is_alphabetic()).count() >= 2
        && w0.chars().all(|ch| !ch.is_alphabetic() || ch.is_uppercase());
    if acronym {
        push(out, d, si, span, EntityType::Org, Key::Name(fold(surface)));
        return;
    }
    if b - a == 1 && super::roles::reporting_org(doc, a, b) {
        let m = push(out, d, si, span, EntityType::Org, Key::Name(fold(surface)));
        out[m].weak = true; // people report too
        return;
    }
    if b - a == 1 && is_adjective_or_verb(doc, a) {
        return;
    }
    if super::roles::after_locative(doc, a) {
        let m = push(out, d, si, span, EntityType::Place, Key::Place(format!("P:{}", fold(surface))));
        // People work "at" or "on" organisations too ("at Apple"): only "in", "near", … are firm.
        out[m].weak = b - a == 1 && matches!(doc.folded(a - 1), "at" | "on");
        return;
    }
    // Two or three name words none of which the set ever writes in lower case: most often a person.
    if (2..=3).contains(&(b - a)) && (a..b).all(|k| super::person::name_like(doc, k) && !doc.seen_lower(k)) {
        let m = push_person(doc, si, a, b, out);
        out[m].weak = true;
        super::roles::attach_person_roles(doc, a, b, &mut out[m]);
        return;
    }
    let m = push(out, d, si, span, EntityType::Other, Key::Name(fold(surface)));
    out[m].weak = true;
}

/// Pushes a person's name in tokens `a..b`: the mention ends before post-nominal letters
/// ("Anthony Russell QC") and knows its surname.
fn push_person(doc: &Doc, si: usize, a: usize, b: usize, out: &mut Vec<Mention>) -> usize {
    let key = super::person::person_key(doc, a, b);
    let parts = super::person::name_parts(doc, a, b);
    let end = parts.map_or(b, |p| p.end.max(a + 1));
    let m = push(out, doc.d, si, doc.span(a, end), EntityType::Person, key);
    out[m].surname = Some(doc.toks[parts.map_or(b - 1, |p| p.surname)].span);
    m
}

/// Whether the capitalised word at `k` reads as a plural name ("Colts", "Chiefs"): it ends
/// in "s" (not "ss"), and is no head of a place or organisation name.
fn is_plural_name(doc: &Doc, k: usize) -> bool {
    let w = doc.folded(k);
    w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !doc.is(k, list::PLACE_HEAD | list::ORG_HEAD | list::FACILITY_HEAD)
}

/// Whether tokens `a..b` after a country word name an institution ("Red Crescent",
/// "Geological Survey"): capitalised words, no given name first, ending in a noun (not an
/// adjective of a people or a country such as "Arabian" or "Naval").
fn national_institution(doc: &Doc, a: usize, b: usize) -> bool {
    let last = doc.folded(b - 1);
    (a..b).all(|k| {
        doc.kind(k) == TokenKind::Word && doc.is_capitalized(k) && !country_word(doc, k) && !doc.is_given_name(k)
    }) && !["an", "ian", "ese", "ish", "ic", "al", "er"].iter().any(|s| last.ends_with(s))
}

/// Whether the capitalised word at `a` describes the person named after it rather than
/// being part of the name ("Englishman Robert Buckley", "CB Vontae Davis", "Describing
/// John Smith"): the next word is a given name, this one is not, and it is a common word
/// (written in lower case elsewhere, a participle or adverb opening the sentence), a short
/// abbreviation in capitals, an office, a people's name or a "-man" noun.
fn descriptor_before_name(doc: &Doc, a: usize, b: usize) -> bool {
    if doc.is_given_name(a) || !doc.is_given_name(a + 1) || !(a + 1..b).all(|k| super::person::name_like(doc, k)) {
        return false;
    }
    let w = doc.word(a);
    let f = doc.folded(a);
    let short_caps = w.len() <= 3 && w.bytes().all(|b| b.is_ascii_uppercase());
    let first = doc.c.sentence_of_token(doc.d, a).is_some_and(|s| at_sentence_start(doc, a, s.first));
    let opener = first && unproven(doc, a) && ["ing", "ly", "ed"].iter().any(|s| f.ends_with(s));
    short_caps
        || opener
        || doc.seen_lower(a)
        || doc.is(a, list::ROLE | list::MEMBER)
        || doc.is_demonym(a)
        || f.ends_with("man")
        || f.ends_with("woman")
}

/// Whether the run ending before `b` is followed by a comma and a state or country ("Troy,
/// Michigan", "Royal Oak, Mich.", "Paris, France"), itself followed by punctuation or the end.
fn before_region(doc: &Doc, b: usize) -> bool {
    let toks = doc.toks;
    if b + 1 >= toks.len() || doc.word(b) != "," || !doc.is_capitalized(b + 1) {
        return false;
    }
    let region = b + 1;
    let state = gazetteer().state(doc.word(region)).is_some();
    let place = matches!(doc.lookups.place(doc.word(region)), Some(Place::Country(_) | Place::Other(..)));
    let mut after = region + 1;
    if state && after < toks.len() && doc.word(after) == "." && !toks[after].space_before {
        after += 1;
    }
    let ends = after >= toks.len() || (doc.kind(after) == TokenKind::Punct && doc.word(after) != "-");
    (state || place) && ends
}

/// Whether the token at `a` follows a comma after a capitalised word ("Biloxi, Miss.").
fn after_town(doc: &Doc, a: usize) -> bool {
    a >= 2 && doc.word(a - 1) == "," && doc.is_capitalized(a - 2) && doc.kind(a - 2) == TokenKind::Word
}

/// A lone capitalised word at `a` that reads as an adjective before a noun ("European
/// partners") or as a verb or adverb form ("Hampered"): not a name.
fn is_adjective_or_verb(doc: &Doc, a: usize) -> bool {
    let b = a + 1;
    let f = doc.folded(a);
    let next_lower = b < doc.toks.len()
        && doc.kind(b) == TokenKind::Word
        && doc.word(b).chars().next().is_some_and(char::is_lowercase);
    let adjective = next_lower && ["an", "ean", "ian", "ish", "ese", "ic"].iter().any(|s| f.ends_with(s));
    let passive = b >= 2
        && f.ends_with("ed")
        && matches!(doc.folded(b - 2), "is" | "was" | "are" | "were" | "been" | "be" | "being");
    adjective || passive
}
