//! Numbers as sources write them, read into bounds: digits ("1,200", "3.5", "120, 000"),
//! words ("six", "twenty-five", "a dozen", "dozens", "hundreds"), scales ("5 million",
//! "$30 million", "5.7bn"), fractions ("four and a half", "4-1/2"), ranges ("four to
//! five", "40-70", "between 40 and 80"), and the modifiers that turn a figure into
//! bounds ("at least", "more than", "nearly", "about", "as many as", "an estimated").

use super::words::{self, List};
use crate::corpus::Corpus;
use crate::text::TokenKind;

/// A number read from the text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Number {
    /// Lower bound.
    pub lo: f64,
    /// Upper bound (infinite for "more than").
    pub hi: f64,
    /// First token, the modifier included.
    pub first: usize,
    /// The number's own first token (after the modifier).
    pub start: usize,
    /// One past the last token.
    pub next: usize,
    /// The value as written had no modifier and no vagueness ("12", not "about 12" or "dozens").
    pub exact: bool,
    /// Letters glued to the digits, lower-case ("km" in "58km"), when any.
    pub suffix: Option<&'static str>,
    /// A vague quantity word ("dozens", "several", "a few"): a reader takes it loosely.
    pub vague: bool,
}

/// Number words and their values (`[number_word]`).
fn word_value(w: &str) -> Option<f64> {
    words::numbers(words::value(List::NumberWord, w)?).next()
}

/// Vague plurals and their bounds ("dozens" of people is 24 to 99; `[vague]`).
fn vague(w: &str) -> Option<(f64, f64)> {
    let mut n = words::numbers(words::value(List::Vague, w)?);
    Some((n.next()?, n.next()?))
}

/// Scale words after a number (`[scale]`).
fn scale(w: &str) -> Option<f64> {
    words::numbers(words::value(List::Scale, w)?).next()
}

/// Letters that may be glued to digits: units of measure and scales ("58km", "200ft", "5bn").
fn glued(s: &str) -> Option<&'static str> {
    words::entry(List::Glued, &s.to_ascii_lowercase())
}

/// The number at token `i` of document `d`, without looking at modifiers before it.
/// `None` when the token is no number. Ordinals ("27th") and clock times ("9.35am") are no numbers.
pub fn plain_at(c: &Corpus, d: usize, i: usize, last: usize) -> Option<Number> {
    let toks = &c.tokens[d];
    let t = toks.get(i).filter(|_| i < last)?;
    let w = super::tok(c, d, i);
    let word = c.word(d, i);
    let mut num = match t.kind {
        TokenKind::Number => {
            let digits_end = word.find(|ch: char| ch.is_ascii_alphabetic()).unwrap_or(word.len());
            let suffix = if digits_end < word.len() { Some(glued(&word[digits_end..])?) } else { None };
            if matches!(suffix, Some("st" | "nd" | "rd" | "th" | "am" | "pm")) {
                return None;
            }
            let n = crate::text::number::token_value(&word[..digits_end])?;
            let mut num = Number { lo: n, hi: n, first: i, start: i, next: i + 1, exact: true, suffix, vague: false };
            if let Some(s) = suffix.and_then(scale) {
                num.lo *= s;
                num.hi *= s;
                num.suffix = None;
            }
            num
        }
        TokenKind::Word => {
            if let Some((lo, hi)) = vague(w) {
                // "dozens of", "hundreds of": the "of" belongs to the phrase.
                let next = if i + 1 < last && super::tok(c, d, i + 1) == "of" { i + 2 } else { i + 1 };
                return Some(Number { lo, hi, first: i, start: i, next, exact: false, suffix: None, vague: true });
            }
            // "Dozen of warships" (sic): "dozens".
            if w == "dozen" && i + 1 < last && super::tok(c, d, i + 1) == "of" {
                return Some(Number {
                    lo: 12.0,
                    hi: 99.0,
                    first: i,
                    start: i,
                    next: i + 2,
                    exact: false,
                    suffix: None,
                    vague: true,
                });
            }
            let n = word_value(w)?;
            // "a" and "an" count only before a scale or "dozen" ("a dozen", "a hundred").
            if matches!(w, "a" | "an" | "single" | "pair" | "both" | "no" | "none") {
                let next = c.tokens[d].get(i + 1).map(|_| super::tok(c, d, i + 1)).unwrap_or("");
                if !(matches!(w, "a" | "an") && matches!(next, "dozen" | "hundred" | "thousand" | "million")) {
                    return None;
                }
                let m = word_value(next).or_else(|| scale(next))?;
                return Some(Number {
                    lo: m,
                    hi: m,
                    first: i,
                    start: i,
                    next: i + 2,
                    exact: true,
                    suffix: None,
                    vague: false,
                });
            }
            let mut num =
                Number { lo: n, hi: n, first: i, start: i, next: i + 1, exact: true, suffix: None, vague: false };
            // "twenty-five", "twenty five"
            if (20.0..100.0).contains(&n) && n % 10.0 == 0.0 {
                let j = if i + 1 < last && c.word(d, i + 1) == "-" { i + 2 } else { i + 1 };
                if let Some(u) =
                    (j < last).then(|| word_value(super::tok(c, d, j))).flatten().filter(|u| (1.0..10.0).contains(u))
                {
                    num.lo += u;
                    num.hi += u;
                    num.next = j + 1;
                }
            }
            num
        }
        _ => return None,
    };
    // Scales: "5 million", "two dozen", "four hundred", and glued by a hyphen: "$2.6-million".
    while num.next < last {
        if super::tok(c, d, num.next) == "-" && num.next + 1 < last {
            let w = super::tok(c, d, num.next + 1);
            if let Some(s) = scale(w).filter(|_| w.len() > 1) {
                num.lo *= s;
                num.hi *= s;
                num.next += 2;
                continue;
            }
        }
        let w = super::tok(c, d, num.next);
        let s = if w == "dozen" { Some(12.0) } else { scale(w) };
        match s {
            Some(s) if !(w == "m" && c.word(d, num.next) == "m") => {
                num.lo *= s;
                num.hi *= s;
                num.next += 1;
            }
            _ => break,
        }
    }
    // "four and a half", "4 1/2", "4-1 / 2"
    if num.next + 2 < last && super::tok(c, d, num.next) == "and" && super::tok(c, d, num.next + 1) == "a" {
        if super::tok(c, d, num.next + 2) == "half" {
            num.lo += 0.5;
            num.hi += 0.5;
            num.next += 3;
        }
    } else if let Some(frac) = fraction(c, d, num.next, last) {
        num.lo += frac.0;
        num.hi += frac.0;
        num.next = frac.1;
    }
    Some(num)
}

/// "1/2" or "-1 / 2" right after a number: the fraction and the token after it.
fn fraction(c: &Corpus, d: usize, i: usize, last: usize) -> Option<(f64, usize)> {
    let mut j = i;
    if j < last && c.word(d, j) == "-" {
        j += 1;
    }
    let digit = |k: usize| {
        (k < last && c.tokens[d][k].kind == TokenKind::Number)
            .then(|| crate::text::number::parse_f64(c.word(d, k)))
            .flatten()
    };
    let a = digit(j)?;
    if j + 2 >= last || c.word(d, j + 1) != "/" {
        return None;
    }
    let b = digit(j + 2)?;
    (b > a && b <= 16.0).then_some((a / b, j + 3))
}

/// The number at token `i` with the modifier before it and a range after it.
pub fn at(c: &Corpus, d: usize, i: usize, first: usize, last: usize) -> Option<Number> {
    let mut num = plain_at(c, d, i, last)?;
    // Ranges: "four to five", "4-5", "4 – 5", "between 4 and 5", "4 or 5".
    if num.next + 1 < last && matches!(super::tok(c, d, num.next), "to" | "-" | "–" | "and" | "or") {
        let between = num.first > first && super::tok(c, d, num.first - 1) == "between";
        let joiner = super::tok(c, d, num.next);
        if joiner != "and" || between {
            if let Some(other) = plain_at(c, d, num.next + 1, last) {
                if other.lo > num.lo && (joiner != "-" || !c.tokens[d][num.next].space_before) {
                    num.hi = other.hi;
                    num.next = other.next;
                    num.exact = false;
                    if between {
                        num.first -= 1;
                    }
                    if num.suffix.is_none() {
                        num.suffix = other.suffix;
                    }
                }
            }
        }
    }
    let w = |k: usize| if k >= first { super::tok(c, d, k) } else { "" };
    let back = |n: usize| num.start >= first + n;
    let (lo, hi) = (num.lo, num.hi);
    let mut set = |from: usize, lo2: f64, hi2: f64| {
        num.first = from;
        num.lo = lo2;
        num.hi = hi2;
        num.exact = false;
    };
    let s = num.start;
    if back(3) && matches!((w(s - 3), w(s - 2), w(s - 1)), ("no", "more", "than") | ("no", "less", "than")) {
        let atmost = w(s - 2) == "more";
        if atmost {
            set(s - 3, 0.0, hi);
        } else {
            set(s - 3, lo, f64::INFINITY);
        }
    } else if back(2) {
        match (w(s - 2), w(s - 1)) {
            ("at", "least") | ("more", "than") | ("no", "fewer") | ("in", "excess") | ("upwards", "of") => {
                set(s - 2, lo, f64::INFINITY)
            }
            ("less", "than") | ("fewer", "than") | ("up", "to") | ("at", "most") => set(s - 2, 0.0, hi),
            ("just", "over") | ("just", "above") => set(s - 2, lo, hi * 1.15),
            ("just", "under") | ("just", "below") => set(s - 2, lo * 0.85, hi),
            ("an", "estimated") | ("an", "approximate") => set(s - 2, lo * 0.8, hi * 1.2),
            _ => single(c, d, s, first, lo, hi, &mut set),
        }
    } else {
        single(c, d, s, first, lo, hi, &mut set);
    }
    // "as many as 80": "as many" then "as" before the number.
    if num.first == s && s >= first + 3 && w(s - 1) == "as" && matches!(w(s - 2), "many" | "much") && w(s - 3) == "as" {
        num.first = s - 3;
        num.lo = lo * 0.85;
        num.exact = false;
    }
    Some(num)
}

/// One modifier word before the number.
fn single(c: &Corpus, d: usize, s: usize, first: usize, lo: f64, hi: f64, set: &mut impl FnMut(usize, f64, f64)) {
    if s < first + 1 {
        return;
    }
    match super::tok(c, d, s - 1) {
        "over" | "above" | "exceeding" => set(s - 1, lo, f64::INFINITY),
        "nearly" | "almost" | "under" | "below" => set(s - 1, lo * 0.85, hi),
        "about" | "around" | "some" | "roughly" | "approximately" | "approx" | "estimated" | "circa"
        | "approximate" => set(s - 1, lo * 0.8, hi * 1.2),
        _ => {}
    }
}

/// How much an exact figure may be off and still be the same figure rounded: half its
/// rounding unit (600 stands for 550–649), at most 5% of it; small counts are exact.
pub fn rounding(v: f64) -> f64 {
    if v < 50.0 || v.fract() != 0.0 {
        return 0.0;
    }
    let mut unit = 1.0;
    while unit * 10.0 <= v && (v / (unit * 10.0)).fract() == 0.0 {
        unit *= 10.0;
    }
    (unit / 2.0).min(v * 0.05)
}

/// Two figures as bounds: they conflict when no value lies in both (an exact round figure
/// taken with its rounding, so "600" and "612" agree and "20,000" and "30,000" do not).
pub fn compare_ranges(a: &super::Value, b: &super::Value, why: &str) -> super::kind::Verdict {
    use super::kind::{Severity, Verdict};
    let (super::Value::Range(a0, a1), super::Value::Range(b0, b1)) = (a, b) else { return Verdict::Agree };
    let widen = |lo: f64, hi: f64| if lo == hi { (lo - rounding(lo), hi + rounding(hi)) } else { (lo, hi) };
    let ((a0, a1), (b0, b1)) = (widen(*a0, *a1), widen(*b0, *b1));
    if a1 < b0 || b1 < a0 {
        Verdict::conflict(Severity::High, why.to_string())
    } else {
        Verdict::Agree
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Document;
    use crate::InputDocument;

    fn read(text: &str) -> Vec<(f64, f64, String)> {
        let doc = Document::from_input(&InputDocument { text: text.into(), ..Default::default() }, 0).0;
        let c = Corpus::new(vec![doc]);
        let s = &c.sentences[0][0];
        let mut out = Vec::new();
        let mut i = s.first;
        while i < s.last {
            match at(&c, 0, i, s.first, s.last) {
                Some(n) => {
                    let toks = &c.tokens[0];
                    let q = c.docs[0].text[toks[n.first].span.start..toks[n.next - 1].span.end].to_string();
                    out.push((n.lo, n.hi, q));
                    i = n.next;
                }
                None => i += 1,
            }
        }
        out
    }

    #[test]
    fn reads_bounds_from_modifiers_and_ranges() {
        let got = read("At least 12 died, about 50 were hurt and between 40 and 80 percent of the 120, 000 people.");
        assert_eq!(got[0], (12.0, f64::INFINITY, "At least 12".into()));
        assert_eq!(got[1].2, "about 50");
        assert!(got[1].0 < 50.0 && got[1].1 > 50.0);
        assert_eq!(got[2], (40.0, 80.0, "between 40 and 80".into()));
        assert_eq!(got[3], (120_000.0, 120_000.0, "120, 000".into()));
    }

    #[test]
    fn round_figures_agree_with_what_they_round() {
        use super::super::{kind::Verdict, Value};
        let agree = |a: f64, b: f64| compare_ranges(&Value::Range(a, a), &Value::Range(b, b), "") == Verdict::Agree;
        assert!(agree(600.0, 612.0));
        assert!(agree(1500.0, 1512.8));
        assert!(!agree(20_000.0, 30_000.0));
        assert!(!agree(10.0, 11.0));
        assert!(!agree(100_000.0, 120_000.0));
    }

    #[test]
    fn reads_words_scales_and_fractions() {
        let got = read("He served four and a half months, a dozen more, twenty-five others and $30 million.");
        assert_eq!(got[0].0, 4.5);
        assert_eq!(got[1].0, 12.0);
        assert_eq!(got[2].0, 25.0);
        assert_eq!(got[3].0, 30e6);
        assert!(read("as many as 80 people").iter().any(|n| n.2 == "as many as 80" && n.0 < 80.0));
        assert!(read("It fell 58km away").iter().any(|n| n.0 == 58.0));
        // A scale glued by a hyphen: "a $2.6-million booty".
        assert!(read("a $2.6-million booty").iter().any(|n| n.0 == 2.6e6), "{:?}", read("a $2.6-million booty"));
    }
}
