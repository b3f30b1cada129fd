//! Roles and descriptions: what each source calls an entity ("Moscow's envoy to
//! Washington", "Deputy Assistant Secretary of State", "suburban motel"), and the
//! keys of organisation and facility names built from their words.

use super::{EntityType, Key, Mention};
use crate::corpus::Corpus;
use crate::lexicon::{self, fold, gazetteer, has, Place};
use crate::span::Span;
use crate::text::TokenKind;

fn country_code(w: &str) -> Option<String> {
    let g = gazetteer();
    g.demonym(w).or_else(|| match g.place(w) {
        Some(Place::Country(code)) => Some(code),
        _ => None,
    })
}

/// Words that carry no identity in an organisation or facility name.
const BAG_STOP: &[&str] = &["the", "of", "for", "and", "s", "affairs", "general", "building", "premises"];

/// Key of an organisation or facility name in tokens `a..b`: its folded words as a
/// sorted set, country words as `C:XX`, plus a possessive country just before it
/// ("Russia's Ministry of Foreign Affairs" = "Russian Foreign Ministry").
pub fn bag_key(c: &Corpus, d: usize, a: usize, b: usize, _facility: bool) -> Key {
    let mut bag: Vec<String> = Vec::new();
    for k in a..b {
        let w = c.word(d, k);
        match country_code(w) {
            Some(code) => bag.push(format!("C:{code}")),
            None => {
                let f = fold(w);
                if !BAG_STOP.contains(&f.as_str()) {
                    bag.push(f);
                }
            }
        }
    }
    if a >= 2 && c.tokens[d][a - 1].kind == TokenKind::Possessive {
        if let Some(code) = country_code(c.word(d, a - 2)) {
            bag.push(format!("C:{code}"));
        }
    }
    crate::sort::sort(&mut bag);
    bag.dedup();
    Key::Bag(bag)
}

/// Lower-case heads of organisations named by a country word ("Russia's foreign ministry").
const LOWER_ORG_HEADS: &[&str] = &["ministry", "government", "military", "army", "navy", "parliament", "embassy", "consulate"];

/// After a country or demonym at `a..b`, a lower-case organisation or facility
/// ("Russia's foreign ministry", "the Russian consulate in Istanbul").
pub fn org_after_country(c: &Corpus, d: usize, si: usize, a: usize, b: usize, out: &mut Vec<Mention>) {
    let toks = &c.tokens[d];
    let Some(code) = country_code(&Span::new(toks[a].span.start, toks[b - 1].span.end).of(&c.docs[d].text).to_string()) else { return };
    let mut k = b;
    if k < toks.len() && toks[k].kind == TokenKind::Possessive {
        k += 1;
    }
    let sentence_end = c.sentences[d][si].last;
    for head in k..(k + 3).min(sentence_end) {
        let t = &toks[head];
        let w = c.word(d, head);
        if t.kind != TokenKind::Word || !w.chars().next().is_some_and(char::is_lowercase) {
            return;
        }
        let f = fold(w);
        if LOWER_ORG_HEADS.contains(&f.as_str()) {
            let facility = f == "embassy" || f == "consulate";
            let mut bag: Vec<String> = (k..=head).map(|j| fold(c.word(d, j))).filter(|w| !BAG_STOP.contains(&w.as_str())).collect();
            bag.push(format!("C:{code}"));
            crate::sort::sort(&mut bag);
            bag.dedup();
            let kind = if facility { EntityType::Facility } else { EntityType::Org };
            let mut m = Mention {
                doc: d,
                sentence: si,
                span: Span::new(toks[a].span.start, t.span.end),
                kind,
                key: Key::Bag(bag),
                metonym_of: None,
                roles: Vec::new(),
            };
            if facility {
                facility_place(c, d, head + 1, &mut m);
            }
            out.push(m);
            return;
        }
        if f.ends_with('s') && LOWER_ORG_HEADS.contains(&f.trim_end_matches('s')) {
            return; // plural: several places, not one entity
        }
    }
}

/// Adds `@city` to a facility's key when "in <City>" follows within the sentence.
pub fn facility_place(c: &Corpus, d: usize, from: usize, m: &mut Mention) {
    let toks = &c.tokens[d];
    let end = c.sentences[d][m.sentence].last.min(from + 10);
    let mut k = from;
    while k < end {
        let w = c.word(d, k);
        if toks[k].kind == TokenKind::Punct && matches!(w, "," | "." | ";" | "(") {
            return;
        }
        if fold(w) == "in" {
            for j in k + 1..end {
                if toks[j].is_capitalized(&c.docs[d].text) {
                    if let Some(Place::Capital(..) | Place::Other(..)) = gazetteer().place(c.word(d, j)) {
                        if let Key::Bag(bag) = &mut m.key {
                            bag.push(format!("@{}", fold(c.word(d, j))));
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
pub fn facility_descriptor(c: &Corpus, d: usize, b: usize) -> Option<Span> {
    let toks = &c.tokens[d];
    let lower = |k: usize| k < toks.len() && toks[k].kind == TokenKind::Word && c.word(d, k).chars().next().is_some_and(char::is_lowercase);
    let head = |k: usize| lower(k) && has(lexicon::FACILITY_HEADS, c.word(d, k));
    if head(b) {
        return Some(toks[b].span);
    }
    if lower(b) && head(b + 1) && !has(lexicon::FUNCTION_WORDS, c.word(d, b)) {
        return Some(Span::new(toks[b].span.start, toks[b + 1].span.end));
    }
    None
}

/// Words that end a search for a role before a name.
const BOUNDARY: &[&str] = &["by", "with", "as", "and", "or", "said", "says", "that", "which", "who", "told", "including", "while", "between", "from"];

/// The role phrase of an appositive before a name: "Russia's new ambassador to the US, ⟨name⟩".
pub fn pre_appositive(c: &Corpus, d: usize, a: usize) -> Option<Span> {
    let toks = &c.tokens[d];
    if a < 2 || c.word(d, a - 1) != "," {
        return None;
    }
    let sent_first = c.sentence_of_token(d, a)?.first;
    let end = a - 1;
    let mut k = end;
    while k > sent_first && end - k < 12 {
        let w = c.word(d, k - 1);
        let t = &toks[k - 1];
        if (t.kind == TokenKind::Punct && !matches!(w, "." | "-")) || has(BOUNDARY, w) {
            break;
        }
        k -= 1;
    }
    role_segment(c, d, k, end)
}

/// A segment `k..end` that names a role: it contains a role word.
fn role_segment(c: &Corpus, d: usize, mut k: usize, end: usize) -> Option<Span> {
    while k < end && matches!(fold(c.word(d, k)).as_str(), "the" | "a" | "an") {
        k += 1;
    }
    if k >= end || !(k..end).any(|j| is_office(c.word(d, j))) {
        return None;
    }
    let toks = &c.tokens[d];
    Some(Span::new(toks[k].span.start, toks[end - 1].span.end))
}

/// The role phrase of an appositive after a name: "⟨name⟩, Moscow's envoy to Washington,".
pub fn post_appositive(c: &Corpus, d: usize, b: usize) -> Option<Span> {
    let toks = &c.tokens[d];
    if b >= toks.len() || c.word(d, b) != "," {
        return None;
    }
    let sent_last = c.sentence_of_token(d, b)?.last;
    let start = b + 1;
    let mut k = start;
    while k < sent_last && k - start < 14 {
        let w = c.word(d, k);
        if (toks[k].kind == TokenKind::Punct && !matches!(w, "-" | "’" | "'")) || matches!(fold(w).as_str(), "while" | "who" | "which") || has(super::person::SAY_VERBS, w) {
            break;
        }
        k += 1;
    }
    let first = fold(c.word(d, start.min(toks.len() - 1)));
    let opens_like_role = toks.get(start).is_some_and(|t| t.is_capitalized(&c.docs[d].text)) || matches!(first.as_str(), "the" | "a" | "an");
    if !opens_like_role {
        return None;
    }
    role_segment(c, d, start, k)
}

/// A role noun phrase right before the name: "U.S. State Department spokesperson ⟨name⟩".
fn preceding_role(c: &Corpus, d: usize, a: usize) -> Option<Span> {
    let toks = &c.tokens[d];
    if a == 0 || toks[a - 1].kind != TokenKind::Word || !is_office(c.word(d, a - 1)) {
        return None;
    }
    let mut k = a - 1;
    while k > 0 {
        let t = &toks[k - 1];
        let w = c.word(d, k - 1);
        let ok = t.kind == TokenKind::Possessive || t.is_capitalized(&c.docs[d].text) && !has(lexicon::FUNCTION_WORDS, w) || has(lexicon::ROLE_WORDS, w);
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
pub fn attach_person_roles(c: &Corpus, d: usize, a: usize, b: usize, m: &mut Mention) {
    for r in [pre_appositive(c, d, a), preceding_role(c, d, a), post_appositive(c, d, b)].into_iter().flatten() {
        if !m.roles.contains(&r) {
            m.roles.push(r);
        }
    }
}

/// Whether the run at `a` follows a locative preposition ("on Long Island").
pub fn after_locative(c: &Corpus, d: usize, a: usize) -> bool {
    a > 0 && matches!(fold(c.word(d, a - 1)).as_str(), "in" | "at" | "near" | "outside" | "across" | "inside" | "on" | "throughout")
}

/// Modifiers of titles that name no office by themselves.
const TITLE_MODIFIERS: &[&str] = &["foreign", "defense", "defence", "interior", "finance", "trade", "special", "acting", "former", "vice", "prime", "deputy", "assistant", "under", "crown", "first", "lady", "executive", "senior"];

/// A word naming an office (not a mere modifier such as "foreign" or "deputy").
pub fn is_office(w: &str) -> bool {
    has(lexicon::ROLE_WORDS, w) && !has(TITLE_MODIFIERS, w)
}

/// A lone name that reports or is cited ("according to Reuters", "Reuters reported"):
/// an organisation, typically a news agency.
pub fn reporting_org(c: &Corpus, d: usize, a: usize, b: usize) -> bool {
    let toks = &c.tokens[d];
    let cited = a >= 2 && fold(c.word(d, a - 2)) == "according" && fold(c.word(d, a - 1)) == "to";
    let reports = b < toks.len() && matches!(fold(c.word(d, b)).as_str(), "reported" | "reports" | "images" | "photos" | "footage");
    cited || reports
}
