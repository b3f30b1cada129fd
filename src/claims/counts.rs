//! Counts: how many of something an event involved. Casualties ("at least 12 people
//! were killed", "the death toll rose to 15", "killing 10", "80 Hurt"), crowds
//! ("20,000 people took to the streets"), populations ("home to 120,000 people") and any
//! other counted noun phrase ("four villages", "seven AK-47s", "three strong
//! aftershocks", "two boats"). Each is read into bounds by [`super::number`] and
//! compared with the same counted thing about the same event: same casualty class, or
//! same head noun (by stem); a count of a part ("two of the dead", "another 20,000",
//! "three other rifles") is never compared with a whole.

use super::context::Context;
use super::kind::{ClaimKind, Severity, Verdict};
use super::number::{self, Number};
use super::words::{self, List};
use super::{Claim, Subject, Value};
use crate::entities::EntityType;
use crate::span::Span;
use crate::text::TokenKind;

/// The count claim kind.
pub struct Counts;

impl ClaimKind for Counts {
    fn name(&self) -> &'static str {
        "count"
    }

    /// Two exact counts ("Eight of the jurors", "Two jurors"), not "thousands" and "as many
    /// as 20,000".
    fn several_things(&self, a: &Claim, b: &Claim) -> bool {
        let exact = |c: &Claim| matches!(c.value, Value::Range(lo, hi) if lo == hi);
        exact(a) && exact(b)
    }

    fn flag_kind(&self) -> &'static str {
        "number"
    }

    fn extract(&self, cx: &Context, out: &mut Vec<Claim>) {
        for d in 0..cx.c.docs.len() {
            for si in 0..cx.c.sentences[d].len() {
                sentence(cx, d, si, out);
            }
        }
    }

    fn compare(&self, a: &Value, b: &Value) -> Verdict {
        number::compare_ranges(a, b, "the figures cannot both be true")
    }
}

/// Casualty words (folded) and the class they count (`data/claim_words.tsv`, `[casualty]`).
fn casualty(w: &str) -> Option<&'static str> {
    words::value(List::Casualty, w)
}

/// Verbs of change after "death toll" ("rose to", "stood at").
fn toll_verb(w: &str) -> bool {
    words::is(List::TollVerb, w)
}

/// Verbs before a number that count casualties ("killing 10", "injured 80 others").
fn casualty_verb(w: &str) -> Option<&'static str> {
    words::value(List::CasualtyVerb, w)
}

/// Nouns for people: a count of them is a count of whatever happened to them.
fn people_noun(w: &str) -> bool {
    words::is(List::People, w)
}

/// People nouns that name everyone, not a part ("people", not "women"): their casualty
/// counts are the event's toll.
fn everyone(w: &str) -> bool {
    words::is(List::Everyone, w)
}

/// Words whose presence in a clause makes a count of people the size of a crowd (by stem).
fn crowd_word(stem: &str) -> bool {
    words::stem_in(List::Crowd, stem)
}

/// Words that end a counted noun phrase.
fn stops_phrase(w: &str) -> bool {
    words::is(List::StopPhrase, w)
}

/// Head nouns that are not counted things: units of time and measure, "times", ordinals.
fn not_a_thing(w: &str) -> bool {
    words::is(List::NotThing, w)
}

/// Additive words: "another 20,000", "three other rifles" count a further part.
fn additive(w: &str) -> bool {
    words::is(List::Additive, w)
}

/// The counted thing after a number.
struct Counted {
    /// Attribute shown ("deaths", "villages").
    attribute: String,
    /// What tells facts apart (a subgroup noun, a place, a stem).
    key: String,
    /// One past the last token of the phrase.
    end: usize,
    /// Whether the figure grows as the event unfolds.
    cumulative: bool,
    /// How severe a difference can be.
    strength: Severity,
    /// Whether the subject is the place named nearby (populations).
    population: bool,
    /// Whether it counts a noun phrase of no known class (not casualties, crowds or people).
    generic: bool,
}

fn sentence(cx: &Context, d: usize, si: usize, out: &mut Vec<Claim>) {
    let c = cx.c;
    let s = &c.sentences[d][si];
    let toks = &c.tokens[d];
    let timexes = crate::time::within(&cx.timexes[d], s.span);
    let in_timex = |k: usize| timexes.iter().any(|t| t.span.contains(toks[k].span));
    let mut taken: Vec<(usize, usize)> = Vec::new();
    // Verbs and nouns before the number: "killing 10 people", "the death toll rose to 10".
    for k in s.first..s.last {
        let w = super::tok(c, d, k);
        // "a population of (more than) 100,000"
        if w == "population" && k + 2 < s.last && super::tok(c, d, k + 1) == "of" {
            if let Some(num) = (k + 2..(k + 6).min(s.last)).find_map(|j| number::at(c, d, j, k + 2, s.last)) {
                if plausible(cx, d, &num, s.first) && num.lo >= 100.0 {
                    let quote = Span::new(toks[k].span.start, toks[num.next - 1].span.end);
                    push(
                        cx,
                        d,
                        si,
                        quote,
                        (num.first, num.next),
                        &num,
                        "population",
                        "",
                        false,
                        Severity::High,
                        true,
                        out,
                    );
                    taken.push((num.first, num.next));
                }
            }
            continue;
        }
        let class = if w == "toll" && k > s.first && matches!(super::tok(c, d, k - 1), "death" | "casualty") {
            Some("deaths")
        } else {
            casualty_verb(w).filter(|_| toks[k].kind == TokenKind::Word)
        };
        let Some(class) = class else { continue };
        // The first number in the next few words of the clause. After "toll": "of 15",
        // or a verb of change ("rose to 10", "from Monday's floods rose to 23", "rose from
        // 3 to 10": the figure after "to").
        let mut limit = (k + 7).min(s.last);
        let mut j = k + 1;
        if w == "toll" && super::tok(c, d, j.min(s.last - 1)) != "of" {
            let clause_end = (j..s.last).find(|&x| matches!(c.word(d, x), "," | "." | ";" | ":")).unwrap_or(s.last);
            let Some(v) = (j..(k + 9).min(clause_end)).find(|&x| toll_verb(super::tok(c, d, x))) else { continue };
            j = v + 1;
            if super::tok(c, d, j.min(s.last - 1)) == "from" {
                if let Some(to) = (j + 1..(j + 6).min(clause_end)).find(|&x| super::tok(c, d, x) == "to") {
                    j = to + 1;
                }
            }
            limit = (j + 3).min(s.last);
        }
        while j < limit && !matches!(c.word(d, j), "," | "." | ";" | ":" | "(") {
            if let Some(num) = number::at(c, d, j, k + 1, s.last) {
                if in_timex(j) || !plausible(cx, d, &num, s.first) {
                    break;
                }
                // "killed 10 people", "killing 10", "injuring 80 others", "toll rose to 10".
                let mut end = num.next;
                let after = if end < s.last { super::tok(c, d, end) } else { "" };
                if people_noun(after) || after == "more" {
                    if !everyone(after) && after != "more" {
                        break; // "killing two women": a part of the toll
                    }
                    end += 1;
                } else if !(after.is_empty() || matches!(c.word(d, end), "," | "." | ";" | ")" | "and" | "in" | "on"))
                    && w != "toll"
                {
                    break;
                }
                let from = if w == "toll" { k - 1 } else { k };
                let quote = Span::new(toks[from.min(num.first)].span.start, toks[end - 1].span.end);
                push(cx, d, si, quote, (num.first, end), &num, class, "", true, Severity::High, false, out);
                taken.push((num.first, end));
                break;
            }
            j += 1;
        }
    }
    let mut i = s.first;
    while i < s.last {
        if taken.iter().any(|&(a, b)| (a..b).contains(&i)) || in_timex(i) {
            i += 1;
            continue;
        }
        let Some(num) = number::at(c, d, i, s.first, s.last) else {
            i += 1;
            continue;
        };
        if !plausible(cx, d, &num, s.first) || (num.first..num.next).any(in_timex) {
            i = num.next.max(i + 1);
            continue;
        }
        if let Some(found) =
            counted(cx, d, si, num.next, s.last, num.lo >= 100.0).filter(|f| !(f.generic && num.hi <= 1.0))
        {
            let quote = Span::new(toks[num.first].span.start, toks[found.end - 1].span.end);
            let key = found.key.clone();
            // A person's own tally ("Wayne had five catches", "Teixeira hit 33 homers") may be of
            // a game, a season or a career, and other people keep their own: a difference says
            // little until a reader checks whose and when.
            let strength = if found.generic && cx.agent(d, (num.first, found.end)).is_some() {
                Severity::Low
            } else {
                found.strength
            };
            push(
                cx,
                d,
                si,
                quote,
                (num.first, found.end),
                &num,
                &found.attribute,
                &key,
                found.cumulative,
                strength,
                found.population,
                out,
            );
        }
        i = num.next.max(i + 1);
    }
}

/// Whether a number is a count at all: not an age, a score or record ("20-13"), a
/// measure ("58 km", "$30 million"), an identifier ("Flight 370", "No. 5") or a year.
fn plausible(cx: &Context, d: usize, num: &Number, first: usize) -> bool {
    let c = cx.c;
    let toks = &c.tokens[d];
    let last = toks.len();
    let word = |k: usize| if k < last { super::tok(c, d, k) } else { "" };
    if num.suffix.is_some() || super::units::currency_before(c, d, num.start, first).is_some() {
        return false;
    }
    if super::units::unit_at(c, d, num.next, last, None).is_some() {
        return false;
    }
    // Ages: "36-year-old", "37 years old", "aged 37".
    if (word(num.next) == "-" && word(num.next + 1) == "year")
        || (word(num.next) == "years" && word(num.next + 1) == "old")
    {
        return false;
    }
    if num.first > first && matches!(word(num.first - 1), "aged" | "age" | "no" | "number" | "#" | "flight" | "route") {
        return false;
    }
    // Scores and records: "20-13", "(10-5)", "9-5 season".
    let glued_pair = |k: usize| {
        k + 2 < last && c.word(d, k) == "-" && !toks[k].space_before && toks[k + 1].kind == TokenKind::Number
    };
    // "AK-47", "F-16", "COVID-19": a number glued to a name after a hyphen is part of it.
    let after_name = num.start >= first + 2
        && c.word(d, num.start - 1) == "-"
        && !toks[num.start - 1].space_before
        && !toks[num.start].space_before
        && toks[num.start - 2].kind == TokenKind::Word;
    if after_name
        || glued_pair(num.next)
        || (num.start > first + 1
            && c.word(d, num.start - 1) == "-"
            && !toks[num.start - 1].space_before
            && toks[num.start - 2].kind == TokenKind::Number)
    {
        return false;
    }
    // A capitalised word right before the number names it ("Flight 370", "Apollo 11").
    if num.first == num.start && num.first > first + 1 && toks[num.first - 1].is_capitalized(&c.docs[d].text) {
        let prev = super::tok(c, d, num.first - 1);
        if !matches!(prev, "the" | "some" | "about" | "around" | "nearly" | "over" | "only" | "all" | "another") {
            return false;
        }
    }
    // Years and clock times written as plain digits.
    if toks[num.start].kind == TokenKind::Number
        && num.exact
        && (1800.0..=2100.0).contains(&num.lo)
        && num.lo.fract() == 0.0
    {
        let w = c.word(d, num.start);
        if w.len() == 4 {
            return false;
        }
    }
    if word(num.next) == ":" || matches!(word(num.next), "gmt" | "utc" | "am" | "pm" | "a.m" | "p.m" | "hours" | "hrs")
    {
        return false;
    }
    true
}

/// What the number before token `k` counts.
fn counted(cx: &Context, d: usize, si: usize, k: usize, last: usize, large: bool) -> Option<Counted> {
    let c = cx.c;
    let toks = &c.tokens[d];
    let word = |j: usize| if j < last { super::tok(c, d, j) } else { "" };
    let mut j = k;
    let mut part = false;
    // "two of the dead", "seven of its villages"
    if word(j) == "of" {
        j += 1;
        if matches!(word(j), "the" | "its" | "their" | "them" | "those" | "these" | "his" | "her") {
            part = true;
            j += 1;
        }
    }
    let mut extra = false;
    // Collect the noun phrase: words, hyphens and alphanumeric model names, up to a stop.
    let mut words: Vec<usize> = Vec::new();
    while j < last && words.len() < 5 {
        let w = word(j);
        let t = &toks[j];
        let glued_to_previous = j > k && super::tok(c, d, j - 1) == "-" && !t.space_before;
        if t.kind == TokenKind::Word
            && !words.is_empty()
            && !glued_to_previous
            && casualty(w).is_none()
            && super::lemma::is_verb_form(w)
        {
            break; // "6.8 earthquake shook": the verb ends the phrase
        }
        if t.kind == TokenKind::Word && !stops_phrase(w) {
            if words.is_empty() && additive(w) && w != "more" {
                extra = true;
            }
            words.push(j);
            // A casualty word ends the phrase: "10 killed", "80 people were injured".
            if casualty(w).is_some() && !glued_to_previous {
                break;
            }
        } else if (w == "-" && !t.space_before && !words.is_empty())
            || (t.kind == TokenKind::Number && !words.is_empty())
        {
            // "worst-hit", "AK-47s": part of the phrase
        } else {
            break;
        }
        j += 1;
    }
    // People then auxiliaries then a casualty word: "12 people were killed", "three people had reportedly died".
    let people_at = words.iter().position(|&w| people_noun(word(w)) || word(w) == "more");
    let mut end = words.last().map_or(k, |&w| w + 1);
    let glued = |w: usize| w > k && super::tok(c, d, w - 1) == "-" && !toks[w].space_before;
    let mut class = words.iter().filter(|&&w| !glued(w)).find_map(|&w| casualty(word(w)));
    if class.is_none() {
        if let Some(p) = people_at {
            let mut m = words[p] + 1;
            while m < last && m < words[p] + 5 {
                let w = word(m);
                if let Some(cl) = casualty(w) {
                    class = Some(cl);
                    end = m + 1;
                    break;
                }
                // "were burnt to death", "had been stabbed to death"
                if m + 2 < last && word(m + 1) == "to" && word(m + 2) == "death" && super::lemma::is_verb_form(w) {
                    class = Some("deaths");
                    end = m + 3;
                    break;
                }
                if !matches!(
                    w,
                    "were"
                        | "was"
                        | "have"
                        | "has"
                        | "had"
                        | "been"
                        | "are"
                        | "is"
                        | "being"
                        | "reportedly"
                        | "also"
                        | "later"
                        | "confirmed"
                        | "believed"
                        | "feared"
                        | "presumed"
                        | "at"
                        | "least"
                        | "now"
                        | "so"
                        | "far"
                        | "already"
                ) && !w.ends_with("ly")
                {
                    break;
                }
                m += 1;
            }
        }
    }
    if let Some(class) = class {
        if part {
            return None; // "two of the dead were children"
        }
        // A subgroup's toll ("two women died") is compared only with the same subgroup's.
        let group = people_at.map(|p| word(words[p])).filter(|w| !everyone(w)).unwrap_or("");
        let key = if group.is_empty() {
            String::new()
        } else {
            cx.stems.name(cx.stems.of(c, d, words[people_at?])).to_string()
        };
        if extra {
            return None; // "another 20 were injured": a further part
        }
        return Some(Counted {
            attribute: class.to_string(),
            key,
            end,
            cumulative: true,
            strength: if group.is_empty() { Severity::High } else { Severity::Medium },
            population: false,
            generic: false,
        });
    }
    // The head noun: the last word of the phrase.
    let &head = words.last()?;
    let hw = word(head);
    if not_a_thing(hw) || toks[head].kind != TokenKind::Word || hw.chars().count() < 3 {
        return None;
    }
    if words.iter().any(|&w| not_a_thing(word(w))) {
        return None;
    }
    let (clause_a, clause_b) = cx.clause(d, words[0]);
    let sentence = &c.sentences[d][si];
    let stems_of = |a: usize, b: usize| -> Vec<&str> { (a..b).map(|k| cx.stems.name(cx.stems.of(c, d, k))).collect() };
    if people_noun(hw) {
        // "home to 120,000 people", "a population of 120,000", "200,000 residents".
        let before: Vec<&str> = (sentence.first..k).rev().take(5).map(|m| super::tok(c, d, m)).collect();
        // "home to 120,000 people", "a population of 120,000", "a town of about 15,000 people".
        let settlement = |w: &str| words::is(List::Settlement, w);
        let home = before.iter().take(4).any(|w| *w == "home")
            || before.iter().take(3).any(|w| *w == "population")
            || before.windows(2).take(3).any(|p| p[0] == "of" && settlement(p[1]));
        if home || matches!(hw, "residents" | "inhabitants") {
            return Some(Counted {
                attribute: "population".into(),
                key: String::new(),
                end,
                cumulative: false,
                strength: Severity::High,
                population: true,
                generic: false,
            });
        }
        // A crowd: protesters, or a large number of people in a clause about marching.
        let crowd = matches!(hw, "protesters" | "protestors" | "demonstrators" | "marchers")
            || (large && stems_of(clause_a, clause_b.max(end)).iter().any(|s| crowd_word(s)));
        if crowd && !part {
            // The place of the march: named nearest in the sentence, else the story's main place.
            let place = nearest_place(cx, d, si, words[0]).or_else(|| cx.main_place(d)).map(|e| format!("E{e}"));
            return Some(Counted {
                attribute: "crowd size".into(),
                key: place.unwrap_or_default(),
                end,
                cumulative: false,
                strength: Severity::High,
                population: false,
                generic: false,
            });
        }
        return None;
    }
    if part && !extra {
        // "seven of its villages": a count of those villages.
    } else if extra || words.iter().any(|&w| additive(word(w))) {
        return None; // "three other rifles", "another 20": a further part
    }
    let cumulative = stems_of(clause_a, clause_b).iter().any(|s| damage_word(s))
        || matches!(hw, "aftershocks" | "tremors" | "bodies");
    let (attribute, key) = thing(cx, d, words[0], end);
    Some(Counted { attribute, key, end, cumulative, strength: Severity::Medium, population: false, generic: true })
}

/// What a counted noun phrase (tokens `a..end`, after the number) counts: a model name
/// when it has one ("seven AK-47s", "12 AK 47 guns": `AK-47`), else its head noun with the
/// nouns that classify it ("two merchant vessels" and "two cargo vessels" are different
/// things; "three strong aftershocks" and "four aftershocks" are not). Returns the
/// attribute as shown and the key (stems).
fn thing(cx: &Context, d: usize, a: usize, end: usize) -> (String, String) {
    let c = cx.c;
    let text = &c.docs[d].text;
    // A model name: capital letters then digits, possibly across a hyphen or a space.
    let mut letters = String::new();
    let mut digits = String::new();
    for k in a..end {
        let t = c.word(d, k);
        if digits.is_empty() && t.len() >= 2 && t.chars().all(|ch| ch.is_ascii_uppercase()) {
            letters = t.to_string();
        } else if !letters.is_empty() && digits.is_empty() && t.chars().next().is_some_and(|ch| ch.is_ascii_digit()) {
            digits = t.trim_end_matches(|ch: char| ch.is_ascii_alphabetic()).to_string();
        } else if t != "-" && digits.is_empty() {
            letters.clear();
        }
    }
    if !letters.is_empty() && !digits.is_empty() {
        let model = format!("{letters}-{digits}");
        return (model.clone(), format!("model:{}", model.to_ascii_lowercase()));
    }
    let words: Vec<usize> = (a..end).filter(|&k| c.tokens[d][k].kind == TokenKind::Word).collect();
    let Some((&head, mods)) = words.split_last() else { return (String::new(), String::new()) };
    // Nouns that classify the head ("merchant", "cargo", "speed"); adjectives of degree or
    // description ("strong", "worst-hit", "automatic") do not change what is counted.
    let classifying: Vec<usize> = mods
        .iter()
        .copied()
        .filter(|&k| {
            let glued = k + 1 < end && c.word(d, k + 1) == "-";
            let after_hyphen = k > a && c.word(d, k - 1) == "-";
            !glued && !after_hyphen && !adjective(super::tok(c, d, k)) && !c.tokens[d][k].is_capitalized(text)
        })
        .collect();
    let mut shown: Vec<String> = classifying.iter().map(|&k| super::tok(c, d, k).to_string()).collect();
    shown.push(super::tok(c, d, head).to_string());
    let mut key: Vec<&str> = classifying.iter().map(|&k| cx.stems.name(cx.stems.of(c, d, k))).collect();
    key.push(cx.stems.name(cx.stems.of(c, d, head)));
    (shown.join(" "), key.join(" "))
}

/// Whether a modifier reads as an adjective: by its ending, or as a common adjective of
/// size, degree or kind (`[adjective]`).
fn adjective(w: &str) -> bool {
    let suffix = [
        "ful", "ous", "ive", "al", "ic", "able", "ible", "less", "ed", "est", "ish", "ian", "ese", "ary", "ent", "ant",
    ];
    suffix.iter().any(|s| w.len() > s.len() + 2 && w.ends_with(s)) || words::is(List::Adjective, w)
}

/// Stems of words that say something was damaged or destroyed: such counts grow as
/// reports come in ("four villages destroyed", later "seven").
fn damage_word(stem: &str) -> bool {
    words::stem_in(List::Damage, stem)
}

/// The place whose population a figure at token `k` gives: the place named last before it
/// ("Qeshm island, home to 120,000 people, and the city of …"), in its sentence or the two
/// before; else the nearest after it.
fn populated_place(cx: &Context, d: usize, si: usize, k: usize) -> Option<usize> {
    let c = cx.c;
    let s = &c.sentences[d][si];
    let from = c.sentences[d][si.saturating_sub(2)].first;
    // A place, or a name the entity stage could not type ("Qeshm island"); never a person or an organisation.
    let ok = |p: &super::context::Participant| {
        matches!(p.kind, EntityType::Place | EntityType::Other | EntityType::Facility)
            && !super::scope::is_country_entity(cx.ents, p.entity)
    };
    let toks = &c.tokens[d];
    // "Qeshm island, home to …", "Zarand, a town of …": a name just before the phrase.
    let cue = (s.first..k).rev().take(6).find(|&j| matches!(super::tok(c, d, j), "home" | "population" | "of"));
    if let Some(j) = cue {
        // Right before it, across a comma and an article at most: an appositive.
        let lo = j.saturating_sub(5).max(s.first);
        if let Some(p) = cx.participants(d, lo, j).into_iter().rev().find(ok) {
            let end = toks.partition_point(|t| t.span.start < cx.ents.mentions[p.mention].span.end);
            let between =
                |x: usize| matches!(super::tok(c, d, x), "has" | "is" | "with" | "and" | "which" | "was" | "had");
            if !(end..j).any(between) {
                return Some(p.entity);
            }
        }
    }
    // "the island, which … is home to …": the name the document gives "the island".
    let noun = (s.first + 1..k).find(|&j| {
        super::tok(c, d, j - 1) == "the"
            && matches!(super::tok(c, d, j), "island" | "city" | "town" | "village" | "province" | "region" | "country")
    });
    if let Some(j) = noun {
        let word = super::tok(c, d, j);
        let mut best: Option<(usize, usize)> = None;
        let mut counts: std::collections::BTreeMap<usize, usize> = std::collections::BTreeMap::new();
        for &m in &cx.mentions_by_doc[d] {
            let men = &cx.ents.mentions[m];
            let a = toks.partition_point(|t| t.span.end <= men.span.start);
            let b = toks.partition_point(|t| t.span.start < men.span.end);
            let next_to = |x: usize| x < toks.len() && super::tok(c, d, x) == word;
            let named = (b > a && men.span.of(&c.docs[d].text).to_lowercase().contains(word))
                || next_to(b)
                || (a >= 2 && next_to(a - 2) && super::tok(c, d, a - 1) == "of");
            if named {
                *counts.entry(cx.ents.entity_of[m]).or_default() += 1;
            }
        }
        for (e, n) in counts {
            if best.is_none_or(|(_, m)| n > m) {
                best = Some((e, n));
            }
        }
        if let Some((e, _)) = best {
            return Some(e);
        }
    }
    // The subject of "X … has a population of": the sentence's first place.
    cx.participants(d, s.first, k)
        .into_iter()
        .find(ok)
        .or_else(|| cx.participants(d, from, s.first).into_iter().rev().find(ok))
        .or_else(|| cx.participants(d, k, s.last).into_iter().find(ok))
        .map(|p| p.entity)
}

/// The place entity named nearest to token `k` in its sentence.
fn nearest_place(cx: &Context, d: usize, si: usize, k: usize) -> Option<usize> {
    let s = &cx.c.sentences[d][si];
    let at = cx.c.tokens[d][k].span.start;
    cx.participants(d, s.first, s.last)
        .into_iter()
        .filter(|p| p.kind == EntityType::Place && !super::scope::is_country_entity(cx.ents, p.entity))
        .min_by_key(|p| cx.ents.mentions[p.mention].span.start.abs_diff(at))
        .map(|p| p.entity)
}

#[allow(clippy::too_many_arguments)]
fn push(
    cx: &Context,
    d: usize,
    si: usize,
    quote: Span,
    tokens: (usize, usize),
    num: &Number,
    attribute: &str,
    key: &str,
    cumulative: bool,
    strength: Severity,
    population: bool,
    out: &mut Vec<Claim>,
) {
    let c = cx.c;
    let scope = cx.scopes.of(c, &cx.timexes[d], d, si, tokens.0, tokens.1);
    let subject = if population {
        match populated_place(cx, d, si, tokens.0) {
            Some(e) => Subject::Entity(e),
            None => return,
        }
    } else {
        Subject::Event(cx.scopes.story(d), scope)
    };
    let mut claim = Claim::new(cx, d, subject, attribute, Value::Range(num.lo, num.hi), quote);
    claim.key = key.to_string();
    claim.cumulative = cumulative && !population;
    // "Dozens", "several", "a few": a reader takes them loosely.
    claim.strength = if num.vague { Severity::Low } else { strength };
    // Background figures are compared only when their clauses say the same thing.
    if matches!(scope, super::scope::Scope::Background(_)) && !population {
        let (a, b) = cx.clause(d, tokens.0);
        let s = &c.sentences[d][si];
        claim.cue = cx.cue(d, s.first.min(a), s.last.max(b), tokens);
        claim.aligned = true;
    }
    out.push(claim);
}
