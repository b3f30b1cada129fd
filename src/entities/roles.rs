//! Roles and descriptions: what each source calls an entity ("Moscow's envoy to
//! Washington", "Deputy Assistant Secretary of State", "suburban motel"), and the
//! keys of organisation and facility names built from their words.

use super::doc::{list, Doc};
use super::types::{EntityType, Key, Mention};
use crate::lexicon::{lists_of, Place};
use crate::span::Span;
use crate::text::TokenKind;

/// The country code of token `k` when it is a demonym or a country's name.
fn country_code(doc: &Doc, k: usize) -> Option<String> {
    if doc.is_demonym(k) || doc.is_country(k) {
        doc.lookups.country_code(doc.word(k))
    } else {
        None
    }
}

/// A country's abbreviation written as initials with dots and spaces at the start of
/// tokens `a..b` ("U. S. Geological Survey"): one past its last token, and the country code.
pub fn leading_initials_country(doc: &Doc, a: usize, b: usize) -> Option<(usize, String)> {
    let mut k = a;
    while k + 1 < b && doc.word(k).len() == 1 && doc.word(k + 1) == "." {
        k += 2;
    }
    if k - a < 4 {
        return None;
    }
    match doc.place(a, k) {
        Some(Place::Country(code)) => Some((k, code)),
        _ => None,
    }
}

/// Key of an organisation or facility name in tokens `a..b`: its folded words as a
/// sorted set, country words as `C:XX`, plus a possessive country just before it
/// ("Russia's Ministry of Foreign Affairs" = "Russian Foreign Ministry").
pub fn bag_key(doc: &Doc, a: usize, b: usize) -> Key {
    let mut bag: Vec<String> = Vec::new();
    let mut a = a;
    if let Some((k, code)) = leading_initials_country(doc, a, b) {
        bag.push(format!("C:{code}"));
        a = k;
    }
    for k in a..b {
        if doc.kind(k) != TokenKind::Word {
            continue;
        }
        match country_code(doc, k) {
            Some(code) => bag.push(format!("C:{code}")),
            None => {
                if !doc.is(k, list::BAG_STOP) {
                    bag.push(doc.folded(k).to_string());
                }
            }
        }
    }
    if a >= 2 && doc.kind(a - 1) == TokenKind::Possessive {
        if let Some(code) = country_code(doc, a - 2) {
            bag.push(format!("C:{code}"));
        }
    }
    crate::sort::sort(&mut bag);
    bag.dedup();
    Key::Bag(bag)
}

/// After a name at `a..b`, a lower-case organisation or facility it names ("Russia's
/// foreign ministry", "the Russian consulate in Istanbul", "Troy police"): pushes it and
/// returns true. After a country or demonym the head may be up to three words on; after any
/// other name it must follow at once.
pub fn org_after_name(doc: &Doc, si: usize, a: usize, b: usize, out: &mut Vec<Mention>) -> bool {
    let toks = doc.toks;
    let code = doc.lookups.country_code(doc.surface(a, b));
    let mut k = b;
    if k < toks.len() && toks[k].kind == TokenKind::Possessive {
        k += 1;
    }
    let sentence_end = doc.c.sentences[doc.d][si].last;
    let reach = if code.is_some() { 3 } else { 1 };
    for head in k..(k + reach).min(sentence_end) {
        let t = &toks[head];
        if t.kind != TokenKind::Word || !doc.word(head).chars().next().is_some_and(char::is_lowercase) {
            return false;
        }
        let f = doc.folded(head);
        if doc.is(head, list::LOWER_ORG_HEAD) {
            let facility = f == "embassy" || f == "consulate";
            let mut bag: Vec<String> =
                (k..=head).filter(|&j| !doc.is(j, list::BAG_STOP)).map(|j| doc.folded(j).to_string()).collect();
            match &code {
                Some(code) => bag.push(format!("C:{code}")),
                None => bag.extend((a..b).filter(|&j| !doc.is(j, list::BAG_STOP)).map(|j| doc.folded(j).to_string())),
            }
            crate::sort::sort(&mut bag);
            bag.dedup();
            let kind = if facility { EntityType::Facility } else { EntityType::Org };
            let mut m = Mention {
                doc: doc.d,
                sentence: si,
                span: Span::new(toks[a].span.start, t.span.end),
                kind,
                key: Key::Bag(bag),
                metonym_of: None,
                roles: Vec::new(),
                surname: None,
                weak: false,
            };
            if facility {
                facility_place(doc, head + 1, &mut m);
            }
            out.push(m);
            return true;
        }
        if f.ends_with('s') && lists_of(f.trim_end_matches('s')) & list::LOWER_ORG_HEAD != 0 {
            return false; // plural: several places, not one entity
        }
    }
    false
}

/// Adds `@city` to a facility's key when "in <City>" follows within the sentence.
pub fn facility_place(doc: &Doc, from: usize, m: &mut Mention) {
    let toks = doc.toks;
    let end = doc.c.sentences[doc.d][m.sentence].last.min(from + 10);
    let mut k = from;
    while k < end {
        if toks[k].kind == TokenKind::Punct && matches!(doc.word(k), "," | "." | ";" | "(") {
            return;
        }
        if doc.folded(k) == "in" {
            for j in k + 1..end {
                if doc.is_capitalized(j) {
                    if let Some(Place::Capital(..) | Place::Other(..)) = doc.lookups.place(doc.word(j)) {
                        if let Key::Bag(bag) = &mut m.key {
                            bag.push(format!("@{}", doc.folded(j)));
                        }
                    }
                    return;
                }
            }
            return;
        }
        k += 1;
    }
}

/// "estate", "suburban motel" right after a name: the facility's description.
pub fn facility_descriptor(doc: &Doc, b: usize) -> Option<Span> {
    let toks = doc.toks;
    let lower = |k: usize| {
        k < toks.len() && toks[k].kind == TokenKind::Word && doc.word(k).chars().next().is_some_and(char::is_lowercase)
    };
    let head = |k: usize| lower(k) && doc.is(k, list::FACILITY_HEAD);
    if head(b) {
        return Some(toks[b].span);
    }
    if lower(b) && head(b + 1) && !doc.is(b, list::FUNCTION) {
        return Some(Span::new(toks[b].span.start, toks[b + 1].span.end));
    }
    None
}

/// The role phrase of an appositive before a name: "Russia's new ambassador to the US, ⟨name⟩".
pub fn pre_appositive(doc: &Doc, a: usize) -> Option<Span> {
    let toks = doc.toks;
    if a < 2 || doc.word(a - 1) != "," {
        return None;
    }
    let sent_first = doc.c.sentence_of_token(doc.d, a)?.first;
    let end = a - 1;
    let mut k = end;
    while k > sent_first && end - k < 12 {
        let t = &toks[k - 1];
        if (t.kind == TokenKind::Punct && !matches!(doc.word(k - 1), "." | "-")) || doc.is(k - 1, list::BOUNDARY) {
            break;
        }
        k -= 1;
    }
    role_segment(doc, k, end)
}

/// A segment `k..end` that names a role: it contains a role word.
fn role_segment(doc: &Doc, mut k: usize, end: usize) -> Option<Span> {
    while k < end && matches!(doc.folded(k), "the" | "a" | "an") {
        k += 1;
    }
    if k >= end || !(k..end).any(|j| doc.is_office(j)) {
        return None;
    }
    Some(Span::new(doc.toks[k].span.start, doc.toks[end - 1].span.end))
}

/// The role phrase of an appositive after a name: "⟨name⟩, Moscow's envoy to Washington,".
pub fn post_appositive(doc: &Doc, b: usize) -> Option<Span> {
    let toks = doc.toks;
    if b >= toks.len() || doc.word(b) != "," {
        return None;
    }
    let sent_last = doc.c.sentence_of_token(doc.d, b)?.last;
    let start = b + 1;
    let mut k = start;
    while k < sent_last && k - start < 14 {
        if (toks[k].kind == TokenKind::Punct && !matches!(doc.word(k), "-" | "’" | "'"))
            || matches!(doc.folded(k), "while" | "who" | "which")
            || doc.is(k, list::SAY_VERB)
        {
            break;
        }
        k += 1;
    }
    let first = doc.folded(start.min(toks.len() - 1));
    let opens_like_role =
        toks.get(start).is_some_and(|t| t.is_capitalized(doc.text)) || matches!(first, "the" | "a" | "an");
    if !opens_like_role {
        return None;
    }
    role_segment(doc, start, k)
}

/// A role noun phrase right before the name: "U.S. State Department spokesperson ⟨name⟩".
fn preceding_role(doc: &Doc, a: usize) -> Option<Span> {
    let toks = doc.toks;
    if a == 0 || toks[a - 1].kind != TokenKind::Word || !doc.is_office(a - 1) {
        return None;
    }
    let mut k = a - 1;
    while k > 0 {
        let t = &toks[k - 1];
        let ok = t.kind == TokenKind::Possessive
            || t.is_capitalized(doc.text) && !doc.is(k - 1, list::FUNCTION)
            || doc.is(k - 1, list::ROLE);
        if !ok || toks[k].newline_before {
            break;
        }
        k -= 1;
    }
    if toks[k].kind == TokenKind::Possessive {
        k += 1;
    }
    Some(Span::new(toks[k].span.start, toks[a - 1].span.end))
}

/// Attaches every role found around a person's name at tokens `a..b`.
pub fn attach_person_roles(doc: &Doc, a: usize, b: usize, m: &mut Mention) {
    for r in [pre_appositive(doc, a), preceding_role(doc, a), post_appositive(doc, b)].into_iter().flatten() {
        if !m.roles.contains(&r) {
            m.roles.push(r);
        }
    }
}

/// Whether the run at `a` follows a locative preposition ("on Long Island").
pub fn after_locative(doc: &Doc, a: usize) -> bool {
    a > 0
        && matches!(doc.folded(a - 1), "in" | "at" | "near" | "outside" | "across" | "inside" | "on" | "throughout")
        && !doc.toks.get(a + 1).is_some_and(|t| t.kind == TokenKind::Possessive)
}

/// A lone name that reports or is cited ("according to Reuters", "Reuters reported"):
/// an organisation, typically a news agency.
pub fn reporting_org(doc: &Doc, a: usize, b: usize) -> bool {
    let cited = a >= 2 && doc.folded(a - 2) == "according" && doc.folded(a - 1) == "to";
    let reports =
        b < doc.toks.len() && matches!(doc.folded(b), "reported" | "reports" | "images" | "photos" | "footage");
    cited || reports
}
