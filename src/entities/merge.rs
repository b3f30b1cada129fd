//! Merging mentions into entities, within and across documents, with blocking
//! keys so the cost stays near-linear: places by gazetteer id, organisations and
//! facilities by their word bags, people by the reduced form of their surname.

use super::translit::{given_compatible, same_reduced, skeleton, Reducer};
use super::types::FastMap;
use super::types::{Entity, EntityType, Key, Mention, NameMarks};
use crate::corpus::Corpus;
use crate::lexicon::{gazetteer, list, lists_of};
use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

struct UnionFind(Vec<usize>);

impl UnionFind {
    fn find(&mut self, x: usize) -> usize {
        let mut r = x;
        while self.0[r] != r {
            r = self.0[r];
        }
        let mut y = x;
        while self.0[y] != r {
            let n = self.0[y];
            self.0[y] = r;
            y = n;
        }
        r
    }
    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
            self.0[hi] = lo;
        }
    }
}

/// The key a mention merges by: a metonymic capital merges with its country.
fn effective_key(m: &Mention) -> &Key {
    m.metonym_of.as_ref().unwrap_or(&m.key)
}

/// Clusters mentions into entities; returns them most-mentioned first.
pub fn merge(c: &Corpus, ms: &[Mention], reducer: &mut Reducer) -> Vec<Entity> {
    let mut uf = UnionFind((0..ms.len()).collect());
    // Each distinct key with its first mention, in key order.
    let mut first: FastMap<&Key, usize> = FastMap::default();
    for (i, m) in ms.iter().enumerate() {
        match first.get(effective_key(m)) {
            Some(&j) => uf.union(i, j),
            None => {
                first.insert(effective_key(m), i);
            }
        }
    }
    let mut exact: Vec<(&Key, usize)> = first.into_iter().collect();
    crate::sort::sort_by(&mut exact, |a, b| a.0.cmp(b.0));
    merge_bags(&exact, &mut uf);
    merge_people(&exact, &mut uf, reducer);
    merge_names(c, ms, &mut uf);
    merge_acronyms(c, ms, &mut uf);
    link_vessels(c, ms, &mut uf);
    merge_spelling_variants(ms, &mut uf);

    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in 0..ms.len() {
        groups.entry(uf.find(i)).or_default().push(i);
    }
    let mut entities: Vec<Entity> = groups.into_values().map(|g| build_entity(c, ms, g)).collect();
    crate::sort::sort_by(&mut entities, |a, b| {
        (b.mentions.len() + b.metonyms.len())
            .cmp(&(a.mentions.len() + a.metonyms.len()))
            .then_with(|| a.name.cmp(&b.name))
            .then_with(|| a.mentions.first().cmp(&b.mentions.first()))
    });
    entities
}

/// Organisations and facilities whose word bags differ only by a country or a
/// city ("State Department" / "U.S. State Department") merge when that is unambiguous.
fn merge_bags(exact: &[(&Key, usize)], uf: &mut UnionFind) {
    let mut by_core: BTreeMap<Vec<&str>, Vec<(BTreeSet<&str>, usize)>> = BTreeMap::new();
    for &(key, i) in exact {
        if let Key::Bag(bag) = key {
            let core: Vec<&str> =
                bag.iter().filter(|w| !w.starts_with("C:") && !w.starts_with('@')).map(String::as_str).collect();
            if core.is_empty() {
                continue;
            }
            let extras = bag.iter().filter(|w| w.starts_with("C:") || w.starts_with('@')).map(String::as_str).collect();
            by_core.entry(core).or_default().push((extras, i));
        }
    }
    for group in by_core.values() {
        for (extras, i) in group {
            let supers: Vec<usize> =
                group.iter().filter(|(e, _)| e.is_superset(extras) && e != extras).map(|&(_, j)| j).collect();
            let maximal: Vec<usize> = supers
                .iter()
                .copied()
                .filter(|&j| {
                    let ej = &group.iter().find(|(_, k)| *k == j).expect("member").0;
                    !group.iter().any(|(e, _)| e.is_superset(ej) && e != ej)
                })
                .collect();
            if maximal.len() == 1 {
                for j in supers {
                    uf.union(*i, j);
                }
            }
        }
    }
}

/// People merge across documents when surnames are spellings of one name and given
/// names and marks are compatible; a bare surname joins the only full name it fits.
fn merge_people(exact: &[(&Key, usize)], uf: &mut UnionFind, reducer: &mut Reducer) {
    /// Given name, surname, marks, reduced surname, first mention.
    type Person<'k> = (Option<&'k str>, &'k str, NameMarks, Rc<str>, usize);
    let mut blocks: BTreeMap<String, Vec<Person>> = BTreeMap::new();
    for &(key, i) in exact {
        if let Key::Person(given, surname, marks) = key {
            let r = reducer.reduce(surname);
            let block: String = r.chars().take(3).collect();
            blocks.entry(block).or_default().push((given.as_deref(), surname.as_str(), *marks, r, i));
        }
    }
    let same = |p: &Person, q: &Person| (p.1 == q.1 || same_reduced(&p.3, &q.3)) && p.2.compatible(q.2);
    // The known marks of each cluster of people: two clusters whose marks differ ("Sr." and
    // "III") are different people, however their members pair up.
    // By mention index (a vector, not a map: each map type costs the module kilobytes).
    let mut marks: Vec<Option<NameMarks>> = vec![None; uf.0.len()];
    let mut join = |uf: &mut UnionFind, x: usize, y: usize, mx: NameMarks, my: NameMarks| {
        let (rx, ry) = (uf.find(x), uf.find(y));
        if rx == ry {
            return;
        }
        let a = marks[rx].unwrap_or(mx);
        let b = marks[ry].unwrap_or(my);
        if !a.compatible(b) {
            return;
        }
        let both = NameMarks { sex: a.sex.max(b.sex), suffix: a.suffix.max(b.suffix) };
        uf.union(x, y);
        marks[uf.find(x)] = Some(both);
    };
    for people in blocks.values() {
        for (x, p) in people.iter().enumerate() {
            for q in &people[x + 1..] {
                if p.0.is_some() && q.0.is_some() && same(p, q) && given_compatible(p.0, q.0) {
                    join(uf, p.4, q.4, p.2, q.2);
                }
            }
        }
        for p in people.iter().filter(|p| p.0.is_none()) {
            let mut fits: Vec<usize> =
                people.iter().filter(|q| q.0.is_some() && same(q, p)).map(|q| uf.find(q.4)).collect();
            crate::sort::sort(&mut fits);
            fits.dedup();
            if fits.len() == 1 {
                uf.union(p.4, fits[0]);
            }
        }
    }
}

fn build_entity(c: &Corpus, ms: &[Mention], group: Vec<usize>) -> Entity {
    let counts = crate::tally::tally(group.iter().map(|&i| ms[i].kind));
    let kind =
        counts.iter().max_by_key(|(k, n)| (*n, std::cmp::Reverse(*k))).map(|(k, _)| *k).unwrap_or(EntityType::Other);
    let (metonyms, mentions): (Vec<usize>, Vec<usize>) = group.iter().partition(|&&i| ms[i].metonym_of.is_some());
    let literal = if mentions.is_empty() { &metonyms } else { &mentions };
    let name = canonical_name(c, ms, literal, kind);
    let kind = if mentions.is_empty() { EntityType::Place } else { kind };
    Entity { kind, name, mentions, metonyms }
}

fn canonical_name(c: &Corpus, ms: &[Mention], group: &[usize], kind: EntityType) -> String {
    // The group's most frequent key (ties: the smallest), whatever the order of the reports.
    let keys = crate::tally::tally(group.iter().map(|&i| effective_key(&ms[i])));
    let key = keys.iter().max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(a.0))).map(|(k, _)| *k);
    let country_key = match key {
        Some(Key::Place(id)) => id.strip_prefix("C:").map(str::to_string),
        _ => None,
    };
    if let Some(code) = country_key {
        if let Some(country) = gazetteer().country(&code) {
            return country.name.clone();
        }
    }
    let counts = crate::tally::tally(group.iter().map(|&i| ms[i].span.of(&c.docs[ms[i].doc].text)));
    // A spelling counts all its casings ("Hormozgan province" and "Hormozgan Province" are one
    // spelling, written twice); the casing written most often shows it.
    let spelling = crate::tally::tally(counts.iter().flat_map(|(s, n)| std::iter::repeat_n(s.to_lowercase(), *n)));
    let spelled = |s: &str| spelling.iter().find(|(l, _)| *l == s.to_lowercase()).map_or(0, |(_, n)| *n);
    let words = |s: &str| s.split_whitespace().count();
    counts
        .into_iter()
        .max_by(|a, b| {
            let full = |s: &str| (kind != EntityType::Person || words(s) >= 2) as u8;
            // "Istanbul" over a headline's "ISTANBUL" (acronyms have no other form).
            let cased = |s: &str| s.chars().any(char::is_lowercase) as u8;
            (full(a.0), cased(a.0), spelled(a.0), a.1, words(a.0), std::cmp::Reverse(a.0)).cmp(&(
                full(b.0),
                cased(b.0),
                spelled(b.0),
                b.1,
                words(b.0),
                std::cmp::Reverse(b.0),
            ))
        })
        .map(|(s, _)| s.to_string())
        .unwrap_or_default()
}

/// The folded words of a name.
fn name_words(name: &str) -> Vec<String> {
    name.split(|ch: char| ch.is_whitespace() || ch == '-').filter(|w| !w.is_empty()).map(crate::lexicon::fold).collect()
}

/// A mention's name as written.
fn text_of<'c>(c: &'c Corpus, m: &Mention) -> &'c str {
    m.span.of(&c.docs[m.doc].text)
}

/// Names that are not people merge when written the same whatever type each
/// mention was given ("Newport Beach" as place and as facility), and a short name merges
/// with the one longer name it begins or ends when no other longer name claims it and
/// the words it lacks say the two are one thing: the head of its own name ("Marfin" →
/// "Marfin Bank", unless the short name is itself an organisation: "CREEP" is not its
/// "CREEP Finance Committee"), or a place or given name before it ("Colts" →
/// "Indianapolis Colts"; not "Wales" → "South Wales", nor "Watergate" → "Senate
/// Watergate"). A name read as a place anywhere in the set keeps apart from the
/// institutions and places named after it ("Troy" / "Troy Police", "Saginaw" / "Saginaw
/// County"); countries and known places never absorb or get absorbed.
fn merge_names(c: &Corpus, ms: &[Mention], uf: &mut UnionFind) {
    let eligible = |m: &Mention| {
        m.kind != EntityType::Person
            && m.metonym_of.is_none()
            && !matches!(&m.key, Key::Place(id) if id.starts_with("C:"))
    };
    let mut by_name: BTreeMap<Vec<String>, usize> = BTreeMap::new();
    // The first mention with the words of each name as written (none when it has no words).
    let mut by_text: FastMap<&str, Option<usize>> = FastMap::default();
    // By a name's first mention: whether some mention of it is a firm place or an
    // organisation, and the reports that name it (vectors: no new map type in the module).
    let mut flags: Vec<(bool, bool)> = vec![(false, false); ms.len()];
    let mut docs: Vec<Vec<usize>> = vec![Vec::new(); ms.len()];
    for (i, m) in ms.iter().enumerate().filter(|(_, m)| eligible(m)) {
        let text = text_of(c, m);
        let rep = match by_text.get(text) {
            Some(&first) => first,
            None => {
                let words = name_words(text);
                let rep = if words.is_empty() { None } else { Some(*by_name.entry(words).or_insert(i)) };
                by_text.insert(text, rep);
                rep
            }
        };
        let Some(j) = rep else { continue };
        uf.union(i, j);
        flags[j].0 |= m.kind == EntityType::Place && !m.weak;
        flags[j].1 |= m.kind == EntityType::Org;
        docs[j].push(m.doc);
    }
    for d in docs.iter_mut() {
        d.dedup();
    }
    // Index longer names by their first and by their last word.
    let mut by_edge: FastMap<(bool, &str), Vec<&Vec<String>>> = FastMap::default();
    for words in by_name.keys().filter(|w| w.len() >= 2) {
        by_edge.entry((true, words[0].as_str())).or_default().push(words);
        by_edge.entry((false, words[words.len() - 1].as_str())).or_default().push(words);
    }
    let g = gazetteer();
    let place_words = |w: &[String]| {
        let phrase = w.join(" ");
        g.place(&phrase).is_some() || g.demonym(&phrase).is_some() || w.iter().all(|x| g.is_given_name(x))
    };
    // A newspaper ("Timaru Herald") or a name and a common noun ("Twizel police") is named
    // after the place its first words name, not a longer form of that name.
    // A company's legal form after the name ("Apple Inc", "Acme Ltd": an organisation head
    // abbreviating a kind of company) is the name itself.
    let legal_forms: Vec<&str> = crate::lexicon::entries("org_head")
        .filter(|(_, r)| {
            r.strip_prefix("abbr:")
                .is_some_and(|e| ["corporation", "incorporated", "company"].iter().any(|k| e.ends_with(k)))
        })
        .map(|(w, _)| w)
        .collect();
    let legal_form = |extra: &[String]| extra.iter().all(|w| legal_forms.contains(&w.as_str()));
    let mastheads: Vec<&str> =
        crate::lexicon::entries("org_head").filter(|(_, r)| *r == "masthead").map(|(w, _)| w).collect();
    let named_after = |extra: &[String], i: usize| {
        let lower_head =
            text_of(c, &ms[i]).split_whitespace().last().is_some_and(|w| w.starts_with(char::is_lowercase));
        lower_head || extra.iter().any(|w| mastheads.contains(&w.as_str()))
    };
    for (short, &i) in &by_name {
        let (is_place, is_org) = flags[i];
        if short.len() >= 3
            || lists_of(&short[0]) & list::ORG_HEAD != 0
            || g.place(&short.join(" ")).is_some()
            || is_place
        {
            continue;
        }
        let mut fits: Vec<usize> = Vec::new();
        let mut fitting: Vec<&Vec<String>> = Vec::new();
        let mut linked = false;
        for first in [true, false] {
            let edge = if first { short[0].as_str() } else { short[short.len() - 1].as_str() };
            for long in by_edge.get(&(first, edge)).into_iter().flatten() {
                let fit = long.len() > short.len()
                    && if first {
                        long.starts_with(short) && !is_org && !named_after(&long[short.len()..], by_name[*long])
                    } else {
                        long.ends_with(short) && place_words(&long[..long.len() - short.len()])
                    };
                if fit && first && legal_form(&long[short.len()..]) {
                    uf.union(i, by_name[*long]);
                    linked = true;
                } else if fit {
                    fits.push(uf.find(by_name[*long]));
                    fitting.push(long);
                }
            }
        }
        crate::sort::sort(&mut fits);
        fits.dedup();
        if linked {
            // The short name is its company's ("Apple" = "Apple Inc"): other longer names are
            // other organisations ("Apple Corps").
            continue;
        }
        if fits.len() == 1 {
            uf.union(i, fits[0]);
            continue;
        }
        // Several longer names in the set: the longer name most of the reports that use the
        // short name give as their one longer name (a tie links none); never two of them, so
        // two organisations are not chained through a short name.
        let mut chosen: Vec<usize> = Vec::new();
        for d in &docs[i] {
            let mut here: Vec<usize> = fitting
                .iter()
                .filter(|long| docs[by_name[**long]].contains(d))
                .map(|long| uf.find(by_name[*long]))
                .collect();
            crate::sort::sort(&mut here);
            here.dedup();
            if here.len() == 1 {
                chosen.push(here[0]);
            }
        }
        crate::sort::sort(&mut chosen);
        let mut votes: Vec<(usize, usize)> = chosen.chunk_by(|a, b| a == b).map(|g| (g.len(), g[0])).collect();
        votes.sort_unstable_by(|a, b| b.cmp(a));
        match votes.as_slice() {
            [(n, best), (m, _), ..] if n > m => uf.union(i, *best),
            [(_, best)] => uf.union(i, *best),
            _ => {}
        }
    }
}

/// A ship's bare name is the ship ("INS Mysore" … "Mysore") wherever the set names no place
/// so; a name the gazetteer knows as a place only in a report that names the ship, and not
/// after a preposition of place.
fn link_vessels(c: &Corpus, ms: &[Mention], uf: &mut UnionFind) {
    // (ship's name, its first mention, a report naming it), sorted: no new map type.
    let mut vessels: Vec<(&str, usize, usize)> = Vec::new();
    for (i, m) in ms.iter().enumerate() {
        if let Key::Name(n) = &m.key {
            if let Some(name) = n.strip_prefix("vessel ") {
                vessels.push((name, usize::MAX, m.doc));
                vessels.push((name, i, usize::MAX));
            }
        }
    }
    if vessels.is_empty() {
        return;
    }
    crate::sort::sort(&mut vessels);
    let g = gazetteer();
    for (i, m) in ms.iter().enumerate() {
        if m.kind == EntityType::Person
            || m.metonym_of.is_some()
            || matches!(&m.key, Key::Name(n) if n.starts_with("vessel "))
        {
            continue;
        }
        let text = crate::lexicon::fold(text_of(c, m));
        let from = vessels.partition_point(|v| v.0 < text.as_str());
        let entries = &vessels[from..vessels.partition_point(|v| v.0 <= text.as_str())];
        let Some(ship) = entries.iter().map(|v| v.1).min().filter(|&v| v != usize::MAX) else { continue };
        let named_here = entries.iter().any(|v| v.2 == m.doc);
        let before = c.docs[m.doc].text[..m.span.start].trim_end();
        let locative = ["in", "at", "near", "from", "to", "into", "outside"].iter().any(|p| {
            before.len() > p.len()
                && before.ends_with(p)
                && !before.as_bytes()[before.len() - p.len() - 1].is_ascii_alphabetic()
        });
        if g.place(&text).is_none() || (named_here && !locative) {
            uf.union(i, ship);
        }
    }
}

/// Spellings of one name across reports: people with the same given name whose surnames
/// differ by a vowel, a doubled letter or a particle ("Ilene Wolff" / "Ilene Wolfe",
/// "Anthony Calamita" / "Anthony LaCalamita"), people with the same uncommon surname whose
/// given names do ("Giannis" / "Yiannis", "Ilias" / "Elias", unless both are given names
/// the gazetteer lists apart: "Maria" / "Mario"), and names of no known place that do
/// ("Karavan" / "Karvan", "Hormozgan province" / "Hormuzgan province") when no report writes
/// both. Blocked by skeleton
/// ([`skeleton`]), so near-linear.
fn merge_spelling_variants(ms: &[Mention], uf: &mut UnionFind) {
    let g = gazetteer();
    // Groups as sorted vectors (no new map type in the module): people by (given name,
    // surname skeleton), by (surname, given-name skeleton), one-word names by skeleton.
    let mut people: Vec<(String, String, usize)> = Vec::new();
    let mut given_variants: Vec<(String, String, String, usize)> = Vec::new();
    let mut names: Vec<(String, String, usize)> = Vec::new();
    let mut docs_of: Vec<(String, usize)> = Vec::new();
    for (i, m) in ms.iter().enumerate().filter(|(_, m)| m.metonym_of.is_none()) {
        match &m.key {
            Key::Person(Some(given), surname, _) if given.len() > 1 => {
                people.push((given.clone(), skeleton(surname), i));
                if surname.len() >= 6 {
                    given_variants.push((surname.clone(), skeleton(given), given.clone(), i));
                }
            }
            Key::Name(n) | Key::Place(n) if m.kind != EntityType::Person && !n.starts_with("C:") => {
                let name = n.trim_start_matches("P:").to_string();
                if name.len() >= 6 && g.place(&name).is_none() {
                    docs_of.push((name.clone(), m.doc));
                    // Numbers are no spelling: "Apollo 11" and "Apollo 13" stay apart.
                    let digits: String = name.chars().filter(char::is_ascii_digit).collect();
                    let sk = skeleton(&name) + &digits;
                    if sk.len() >= 3 {
                        names.push((sk, name, i));
                    }
                }
            }
            _ => {}
        }
    }
    crate::sort::sort(&mut people);
    crate::sort::sort(&mut given_variants);
    crate::sort::sort(&mut names);
    crate::sort::sort(&mut docs_of);
    docs_of.dedup();
    let marks = |i: usize| match &ms[i].key {
        Key::Person(_, _, m) => *m,
        _ => NameMarks::default(),
    };
    for group in people.chunk_by(|x, y| x.0 == y.0 && x.1 == y.1) {
        // With two suffixes in the group ("Sr.", "III"), a name without one could be either.
        let mut suffixes: Vec<u8> = group.iter().map(|p| marks(p.2).suffix).filter(|&x| x != 0).collect();
        suffixes.sort_unstable();
        suffixes.dedup();
        for (x, p) in group.iter().enumerate() {
            for q in &group[x + 1..] {
                let (mi, mj) = (marks(p.2), marks(q.2));
                if mi.compatible(mj) && (suffixes.len() <= 1 || mi.suffix == mj.suffix) {
                    uf.union(p.2, q.2);
                    break;
                }
            }
        }
    }
    for group in given_variants.chunk_by(|x, y| x.0 == y.0 && x.1 == y.1) {
        let (g0, i0) = (&group[0].2, group[0].3);
        for v in &group[1..] {
            if v.2 == *g0 || !(g.is_given_name(g0) && g.is_given_name(&v.2)) {
                uf.union(i0, v.3);
            }
        }
    }
    let docs = |name: &str| -> &[(String, usize)] {
        let from = docs_of.partition_point(|d| d.0.as_str() < name);
        let to = docs_of.partition_point(|d| d.0.as_str() <= name);
        &docs_of[from..to]
    };
    for group in names.chunk_by(|x, y| x.0 == y.0) {
        let (n0, i0) = (&group[0].1, group[0].2);
        for v in &group[1..] {
            let apart = v.1 != *n0 && docs(n0).iter().any(|d| docs(&v.1).iter().any(|e| e.1 == d.1));
            if !apart {
                uf.union(i0, v.2);
            }
        }
    }
}

/// An acronym merges with the one multi-word name whose initials it spells
/// ("CEC" = "Central Elections Commission", "NATO" = "North Atlantic Treaty
/// Organization"); function words are skipped when taking initials.
fn merge_acronyms(c: &Corpus, ms: &[Mention], uf: &mut UnionFind) {
    const SKIP: &[&str] = &["of", "the", "and", "for", "on", "in", "de"];
    let mut by_initials: FastMap<String, Vec<usize>> = FastMap::default();
    // The initials of each name as written (none for a single word), computed once.
    let mut initials_of: FastMap<&str, Option<String>> = FastMap::default();
    for (i, m) in ms.iter().enumerate().filter(|(_, m)| m.kind != EntityType::Person && m.metonym_of.is_none()) {
        let initials = initials_of.entry(text_of(c, m)).or_insert_with_key(|text| {
            let words: Vec<&str> =
                text.split_whitespace().filter(|w| !SKIP.contains(&w.to_lowercase().as_str())).collect();
            // ASCII only: acronyms are matched as ASCII capitals, and Unicode case mapping would
            // pull a 12 KB table into the WebAssembly.
            (words.len() >= 2)
                .then(|| words.iter().filter_map(|w| w.chars().next()).map(|ch| ch.to_ascii_uppercase()).collect())
        });
        if let Some(initials) = initials {
            by_initials.entry(initials.clone()).or_default().push(i);
        }
    }
    // The letters of each name written as an acronym, computed once.
    let mut acronym_of: FastMap<&str, Option<String>> = FastMap::default();
    for (i, m) in ms.iter().enumerate().filter(|(_, m)| m.kind != EntityType::Place) {
        let letters = acronym_of.entry(text_of(c, m)).or_insert_with_key(|text| {
            let letters: String = text.chars().filter(|ch| ch.is_alphabetic()).collect();
            let acronym = (2..=6).contains(&letters.chars().count())
                && letters.chars().all(char::is_uppercase)
                && !text.contains(' ');
            acronym.then_some(letters)
        });
        let Some(names) = letters.as_ref().and_then(|l| by_initials.get(l)) else { continue };
        let mut roots: Vec<usize> = names.iter().map(|&j| uf.find(j)).collect();
        crate::sort::sort(&mut roots);
        roots.dedup();
        if roots.len() == 1 {
            uf.union(i, roots[0]);
        }
    }
}
