//! Counts and measures: casualties ("at least 12 people were killed", "the death
//! toll rose to 15"), arrests, evacuations, earthquake magnitudes and ages
//! ("Jane Doe, 45,", "a 45-year-old"), each as bounds that respect modifiers
//! ("at least", "more than", "nearly", "about", "four to five", "dozens").

use super::{Claim, Subject, Value};
use crate::corpus::Corpus;
use crate::events::TimeContext;
use crate::span::Span;
use crate::text::TokenKind;
use crate::time::lexicon::number_word;
use crate::time::TimexType;
use chrono::Datelike;

/// Words (folded) that say what a number counts, and the attribute they name.
const COUNTED: &[(&str, &str)] = &[
    ("killed", "deaths"),
    ("dead", "deaths"),
    ("died", "deaths"),
    ("deaths", "deaths"),
    ("fatalities", "deaths"),
    ("lives", "deaths"),
    ("bodies", "deaths"),
    ("injured", "injured"),
    ("wounded", "injured"),
    ("hurt", "injured"),
    ("injuries", "injured"),
    ("hospitalized", "injured"),
    ("hospitalised", "injured"),
    ("missing", "missing"),
    ("arrested", "arrests"),
    ("detained", "arrests"),
    ("arrests", "arrests"),
    ("evacuated", "evacuated"),
    ("displaced", "displaced"),
    ("rescued", "rescued"),
    ("casualties", "casualties"),
];

/// Nouns for people between a number and what happened to them ("12 people were killed").
const PEOPLE: &[&str] = &[
    "people",
    "persons",
    "person",
    "civilians",
    "soldiers",
    "children",
    "adults",
    "workers",
    "passengers",
    "residents",
    "students",
    "officers",
    "police",
    "policemen",
    "troops",
    "migrants",
    "miners",
    "others",
    "more",
    "men",
    "women",
    "tourists",
    "fans",
    "protesters",
    "militants",
    "staff",
    "crew",
    "members",
    "villagers",
    "pilgrims",
];

/// Words allowed between the number, the people noun and the verb.
const FILLER: &[&str] = &[
    "were",
    "was",
    "have",
    "has",
    "had",
    "been",
    "are",
    "is",
    "being",
    "reportedly",
    "also",
    "later",
    "people",
    "confirmed",
    "believed",
    "feared",
    "presumed",
    "at",
    "least",
];

/// [`number_at`]'s mark of a word that is not a number word.
const NOT_A_NUMBER: u32 = u32::MAX;

/// The number word with this word id, from the table [`number_at`] takes.
fn number(nums: &[u32], id: usize) -> Option<i64> {
    (nums[id] != NOT_A_NUMBER).then(|| i64::from(nums[id]))
}

/// A number at token `i`: digits ("1,200", "3.5", "5 million") or words ("six", "twenty-five",
/// "dozens", "hundreds"); returns (low, high, next token). `nums` holds [`number_word`]
/// by word id ([`Corpus::per_word`]), [`NOT_A_NUMBER`] for the other words.
fn number_at(c: &Corpus, nums: &[u32], d: usize, i: usize) -> Option<(f64, f64, usize)> {
    let toks = &c.tokens[d];
    let t = toks.get(i)?;
    if !matches!(t.kind, TokenKind::Number | TokenKind::Word) {
        return None; // punctuation and the possessive are never numbers
    }
    let w = c.folded(d, i);
    let scale = |j: usize| -> (f64, usize) {
        match toks.get(j).map(|_| c.folded(d, j)) {
            Some("thousand") => (1e3, j + 1),
            Some("million") => (1e6, j + 1),
            Some("billion") => (1e9, j + 1),
            _ => (1.0, j),
        }
    };
    if t.kind == TokenKind::Number {
        let n = crate::text::number::token_value(c.word(d, i))?;
        let (s, next) = scale(i + 1);
        return Some((n * s, n * s, next));
    }
    match w {
        "dozens" => return Some((24.0, 99.0, i + 1)),
        "scores" => return Some((40.0, 99.0, i + 1)),
        "hundreds" => return Some((200.0, 999.0, i + 1)),
        "thousands" => return Some((2000.0, 9999.0, i + 1)),
        "no" | "none" | "zero" => return Some((0.0, 0.0, i + 1)),
        _ => {}
    }
    let n = number(nums, c.word_id(d, i))? as f64;
    // "twenty-five", "twenty five"
    let mut next = i + 1;
    let mut n = n;
    if (20.0..100.0).contains(&n) {
        let j = if toks.get(next).is_some_and(|_| c.word(d, next) == "-") { next + 1 } else { next };
        if let Some(u) = toks.get(j).and_then(|_| number(nums, c.word_id(d, j))) {
            if (1..10).contains(&u) {
                n += u as f64;
                next = j + 1;
            }
        }
    }
    let (s, next) = scale(next);
    Some((n * s, n * s, next))
}

/// The modifier before token `i` and the bounds it gives a value `(lo, hi)`.
fn modified(c: &Corpus, d: usize, i: usize, lo: f64, hi: f64) -> (usize, f64, f64) {
    let w = |k: usize| c.folded(d, k);
    if i >= 2 {
        match (w(i - 2), w(i - 1)) {
            ("at", "least") | ("more", "than") | ("no", "fewer") => return (i - 2, lo, f64::INFINITY),
            ("less", "than") | ("fewer", "than") | ("up", "to") | ("at", "most") => return (i - 2, 0.0, hi),
            _ => {}
        }
    }
    if i >= 1 {
        match w(i - 1) {
            "over" | "above" => return (i - 1, lo, f64::INFINITY),
            "nearly" | "almost" | "under" => return (i - 1, lo * 0.85, hi),
            "about" | "around" | "some" | "roughly" | "approximately" | "approx" | "estimated" => {
                return (i - 1, lo * 0.8, hi * 1.2)
            }
            _ => {}
        }
    }
    (i, lo, hi)
}

/// Extracts count and measure claims from every sentence.
pub fn quantities(c: &Corpus, time: &TimeContext, out: &mut Vec<Claim>) {
    let nums = c.per_word(|w| number_word(w).map_or(NOT_A_NUMBER, |n| n as u32));
    for (d, doc_timexes) in time.timexes.iter().enumerate() {
        let text = &c.docs[d].text;
        let toks = &c.tokens[d];
        // The report's own month: a figure dated another month is background.
        let own_month = time.dates[d].0.map(|day| format!("{:04}-{:02}", day.year(), day.month()));
        for s in &c.sentences[d] {
            // Figures of another time ("in 2004, 200 people died") are background, not this story's.
            let in_sentence = crate::time::within(doc_timexes, s.span);
            // A year, or a month other than the report's own ("in February" in a November report).
            let other_time = in_sentence.iter().any(|t| {
                t.kind == TimexType::Date
                    && t.value.bytes().all(|b| b.is_ascii_digit() || b == b'-')
                    && (t.value.len() == 4 || (t.value.len() == 7 && own_month.as_deref() != Some(t.value.as_str())))
            });
            let mut i = s.first;
            while i < s.last {
                let Some((lo, hi, mut next)) = number_at(c, &nums, d, i) else {
                    i += 1;
                    continue;
                };
                if in_sentence.iter().any(|t| t.span.contains(toks[i].span)) {
                    i = next; // part of a date or duration
                    continue;
                }
                let (first, mut lo, mut hi) = modified(c, d, i, lo, hi);
                // Ranges: "four to five", "4-5", "between 4 and 5".
                if next + 1 < s.last && matches!(c.word(d, next), "to" | "-" | "–" | "and") {
                    if let Some((_, h2, n2)) = number_at(c, &nums, d, next + 1) {
                        hi = h2;
                        next = n2;
                    }
                }
                if let Some((attribute, end)) = counted(c, d, next, s.last) {
                    if !other_time {
                        let quote = Span::new(toks[first].span.start, toks[end - 1].span.end);
                        out.push(Claim {
                            doc: d,
                            subject: Subject::Story,
                            attribute,
                            value: Value::Quantity(lo, hi),
                            display: quote.of(text).to_string(),
                            quote,
                            qualifiers: Default::default(),
                        });
                    }
                } else if let Some(end) = magnitude_after(c, d, next, s.last) {
                    let quote = Span::new(toks[first].span.start, toks[end - 1].span.end);
                    lo = lo.min(hi);
                    out.push(Claim {
                        doc: d,
                        subject: Subject::Story,
                        attribute: "magnitude",
                        value: Value::Quantity(lo, hi),
                        display: quote.of(text).to_string(),
                        quote,
                        qualifiers: Default::default(),
                    });
                }
                i = next.max(i + 1);
            }
            death_toll(c, &nums, d, s.first, s.last, other_time, out);
        }
    }
}

/// What the number before token `k` counts: up to four filler words, then a counted word.
fn counted(c: &Corpus, d: usize, k: usize, last: usize) -> Option<(&'static str, usize)> {
    let mut j = k;
    let mut people = false;
    while j < last && j < k + 5 {
        let w = c.folded(d, j);
        if let Some((_, a)) = COUNTED.iter().find(|(x, _)| *x == w) {
            return Some((a, j + 1));
        }
        if PEOPLE.contains(&w) {
            // "two women died" counts part of the victims: not comparable with the toll.
            if !matches!(w, "people" | "persons" | "person" | "others" | "more") {
                return None;
            }
            people = true;
        } else if !(FILLER.contains(&w) || people && c.tokens[d][j].kind == TokenKind::Word && w.ends_with("ly")) {
            return None;
        }
        j += 1;
    }
    None
}

/// "6.8 magnitude" / "6.8-magnitude" after a number, or "magnitude 6.8" before it is handled by the caller's order.
fn magnitude_after(c: &Corpus, d: usize, k: usize, last: usize) -> Option<usize> {
    let j = if k < last && c.word(d, k) == "-" { k + 1 } else { k };
    (j < last && c.folded(d, j) == "magnitude").then_some(j + 1)
}

/// "the death toll rose to 15", "death toll of 15", "killing 12".
fn death_toll(c: &Corpus, nums: &[u32], d: usize, first: usize, last: usize, other_time: bool, out: &mut Vec<Claim>) {
    if other_time {
        return;
    }
    let toks = &c.tokens[d];
    for k in first..last {
        let w = c.folded(d, k);
        let start = if w == "toll" && k > first && c.folded(d, k - 1) == "death" {
            Some((k - 1, "deaths"))
        } else if matches!(w, "killing" | "injuring" | "wounding" | "killed" | "injured" | "wounded")
            && verb_object(c, nums, d, k + 1, last)
        {
            Some((k, if w.starts_with("kill") { "deaths" } else { "injured" }))
        } else {
            None
        };
        let Some((from, attribute)) = start else { continue };
        // The first number before the end of the clause.
        for j in k + 1..(k + 10).min(last) {
            if matches!(c.word(d, j), "," | "." | ";" | ":") {
                break;
            }
            if let Some((lo, hi, next)) = number_at(c, nums, d, j) {
                let (_, lo, hi) = modified(c, d, j, lo, hi);
                let quote = Span::new(toks[from].span.start, toks[next - 1].span.end);
                out.push(Claim {
                    doc: d,
                    subject: Subject::Story,
                    attribute,
                    value: Value::Quantity(lo, hi),
                    display: quote.of(&c.docs[d].text).to_string(),
                    quote,
                    qualifiers: Default::default(),
                });
                break;
            }
        }
    }
}

/// After "killed"/"injuring": a number (possibly modified) and then a people noun or the clause end.
fn verb_object(c: &Corpus, nums: &[u32], d: usize, k: usize, last: usize) -> bool {
    let mut j = k;
    while j < last
        && j < k + 3
        && matches!(c.folded(d, j), "at" | "least" | "more" | "than" | "about" | "nearly" | "some" | "over" | "around")
    {
        j += 1;
    }
    let Some((_, _, next)) = (j < last).then(|| number_at(c, nums, d, j)).flatten() else { return false };
    next >= last || PEOPLE.contains(&c.folded(d, next)) || matches!(c.word(d, next), "," | "." | ";")
}
