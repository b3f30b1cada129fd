//! Compact word lists: numbers, ordinals, months, weekdays, units, seasons, time zones.
//!
//! The lists are `match`es on the word's bytes: these compile to a decision tree on
//! the length and the letters, where a `match` on `&str` compares the arms one by
//! one (the lookups run at many tokens).

use super::scan::Tok;

/// A calendar unit (TIMEX3 duration letters in [`Unit::code`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    /// Second.
    Second,
    /// Minute.
    Minute,
    /// Hour.
    Hour,
    /// Day.
    Day,
    /// Week.
    Week,
    /// Month.
    Month,
    /// Quarter (three months).
    Quarter,
    /// Year.
    Year,
    /// Decade.
    Decade,
    /// Century.
    Century,
}

impl Unit {
    /// True for hours, minutes, seconds (the `PT` part of a duration).
    pub fn is_time(self) -> bool {
        matches!(self, Unit::Second | Unit::Minute | Unit::Hour)
    }
    /// Duration letter and multiplier into that letter ("decade" = 10 Y).
    pub fn code(self) -> (char, i64) {
        match self {
            Unit::Second => ('S', 1),
            Unit::Minute => ('M', 1),
            Unit::Hour => ('H', 1),
            Unit::Day => ('D', 1),
            Unit::Week => ('W', 1),
            Unit::Month => ('M', 1),
            Unit::Quarter => ('Q', 1),
            Unit::Year => ('Y', 1),
            Unit::Decade => ('Y', 10),
            Unit::Century => ('Y', 100),
        }
    }
}

/// A unit word: `(unit, plural)`. "fortnight" counts as a week (caller doubles it).
pub fn unit(w: &str) -> Option<(Unit, bool)> {
    let (stem, plural) = match w.strip_suffix('s') {
        Some(s) if w != "hrs" && w != "mins" && w != "centuries" => (s, true),
        _ => (w, w == "hrs" || w == "mins" || w == "centuries"),
    };
    let u = match stem.as_bytes() {
        b"second" => Unit::Second,
        b"minute" | b"min" | b"mins" => Unit::Minute,
        b"hour" | b"hr" | b"hrs" => Unit::Hour,
        b"day" => Unit::Day,
        b"week" | b"fortnight" => Unit::Week,
        b"month" => Unit::Month,
        b"quarter" => Unit::Quarter,
        b"year" => Unit::Year,
        b"decade" => Unit::Decade,
        b"century" | b"centuries" => Unit::Century,
        _ => return None,
    };
    Some((u, plural))
}

/// The index of `w` in `list`. Length and first byte are compared before the whole
/// word: in WebAssembly (built for size) each string comparison is a call.
pub fn position(list: &[&str], w: &str) -> Option<usize> {
    let b = w.as_bytes();
    let first = *b.first()?;
    list.iter().position(|x| x.len() == b.len() && x.as_bytes()[0] == first && x.as_bytes() == b)
}

/// A number word below 100 (not hyphenated), or "dozen" (12), "hundred" (100).
pub fn number_word(w: &str) -> Option<i64> {
    Some(match w.as_bytes() {
        b"zero" => 0,
        b"one" => 1,
        b"two" => 2,
        b"three" => 3,
        b"four" => 4,
        b"five" => 5,
        b"six" => 6,
        b"seven" => 7,
        b"eight" => 8,
        b"nine" => 9,
        b"ten" => 10,
        b"eleven" => 11,
        b"twelve" | b"dozen" => 12,
        b"thirteen" => 13,
        b"fourteen" => 14,
        b"fifteen" => 15,
        b"sixteen" => 16,
        b"seventeen" => 17,
        b"eighteen" => 18,
        b"nineteen" => 19,
        b"twenty" => 20,
        b"thirty" => 30,
        b"forty" => 40,
        b"fifty" => 50,
        b"sixty" => 60,
        b"seventy" => 70,
        b"eighty" => 80,
        b"ninety" => 90,
        b"hundred" => 100,
        _ => return None,
    })
}

/// A cardinal at `toks[i]`: digits ("6", "1,000"), a word ("six"), or
/// "twenty-five" / "twenty five". Returns the value and the next index.
pub fn cardinal(toks: &[Tok], i: usize) -> Option<(i64, usize)> {
    let t = toks.get(i)?;
    if let Some(n) = t.num {
        return Some((n, i + 1));
    }
    if t.low.contains(',') && t.low.bytes().all(|b| b.is_ascii_digit() || b == b',') {
        return t.low.replace(',', "").parse().ok().map(|n| (n, i + 1));
    }
    let n = number_word(&t.low)?;
    if (20..100).contains(&n) {
        let (j, hy) = if toks.get(i + 1).is_some_and(|x| x.is("-")) { (i + 2, true) } else { (i + 1, false) };
        if let Some(u) = toks.get(j).and_then(|x| number_word(&x.low)) {
            if (1..10).contains(&u) && (hy || toks[j].space_before) {
                return Some((n + u, j + 1));
            }
        }
    }
    Some((n, i + 1))
}

/// An ordinal word: "first" … "twentieth" (1–20), "thirtieth" (30).
fn ordinal_word(w: &str) -> Option<i64> {
    Some(match w.as_bytes() {
        b"first" => 1,
        b"second" => 2,
        b"third" => 3,
        b"fourth" => 4,
        b"fifth" => 5,
        b"sixth" => 6,
        b"seventh" => 7,
        b"eighth" => 8,
        b"ninth" => 9,
        b"tenth" => 10,
        b"eleventh" => 11,
        b"twelfth" => 12,
        b"thirteenth" => 13,
        b"fourteenth" => 14,
        b"fifteenth" => 15,
        b"sixteenth" => 16,
        b"seventeenth" => 17,
        b"eighteenth" => 18,
        b"nineteenth" => 19,
        b"twentieth" => 20,
        b"thirtieth" => 30,
        _ => return None,
    })
}

/// "3rd", "27th": one or two digits and an ordinal suffix.
fn digit_ordinal(w: &str) -> Option<i64> {
    let d = w.strip_suffix("st").or_else(|| w.strip_suffix("nd")).or_else(|| w.strip_suffix("rd")).or_else(|| w.strip_suffix("th"))?;
    if !d.is_empty() && d.len() <= 2 && d.bytes().all(|b| b.is_ascii_digit()) {
        d.parse().ok()
    } else {
        None
    }
}

/// An ordinal: "3rd", "27th", "third", "twenty-first" (up to 31).
pub fn ordinal(toks: &[Tok], i: usize) -> Option<(i64, usize)> {
    let w = toks.get(i)?.low.as_str();
    if w.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return digit_ordinal(w).map(|n| (n, i + 1));
    }
    if let Some(n) = ordinal_word(w) {
        return Some((n, i + 1));
    }
    let tens = match w.as_bytes() {
        b"twenty" => 20,
        b"thirty" => 30,
        _ => return None,
    };
    let j = if toks.get(i + 1).is_some_and(|x| x.is("-")) { i + 2 } else { i + 1 };
    let k = ordinal_word(at_low(toks, j)).filter(|k| (1..=9).contains(k))?;
    Some((tens + k, j + 1))
}

fn at_low(toks: &[Tok], i: usize) -> &str {
    toks.get(i).map_or("", |t| t.low.as_str())
}

/// A month name (1–12); `abbrev` is true for "Feb", "Sept" forms.
pub fn month(w: &str) -> Option<(u32, bool)> {
    Some(match w.as_bytes() {
        b"january" => (1, false),
        b"february" => (2, false),
        b"march" => (3, false),
        b"april" => (4, false),
        b"may" => (5, false),
        b"june" => (6, false),
        b"july" => (7, false),
        b"august" => (8, false),
        b"september" => (9, false),
        b"october" => (10, false),
        b"november" => (11, false),
        b"december" => (12, false),
        b"jan" => (1, true),
        b"feb" => (2, true),
        b"mar" => (3, true),
        b"apr" => (4, true),
        b"jun" => (6, true),
        b"jul" => (7, true),
        b"aug" => (8, true),
        b"sep" | b"sept" => (9, true),
        b"oct" => (10, true),
        b"nov" => (11, true),
        b"dec" => (12, true),
        _ => return None,
    })
}

/// A weekday name (1 = Monday … 7 = Sunday; ISO, as in `XXXX-WXX-4`).
pub fn weekday(w: &str) -> Option<u32> {
    Some(match w.as_bytes() {
        b"monday" => 1,
        b"tuesday" => 2,
        b"wednesday" => 3,
        b"thursday" => 4,
        b"friday" => 5,
        b"saturday" => 6,
        b"sunday" => 7,
        _ => return None,
    })
}

/// A season: TIMEX3 code SP, SU, FA, WI.
pub fn season(w: &str) -> Option<&'static str> {
    match w.as_bytes() {
        b"spring" => Some("SP"),
        b"summer" => Some("SU"),
        b"fall" | b"autumn" => Some("FA"),
        b"winter" => Some("WI"),
        _ => None,
    }
}

/// A part of the day: TIMEX3 code MO, AF, EV, NI.
pub fn part_of_day(w: &str) -> Option<&'static str> {
    match w.as_bytes() {
        b"morning" => Some("MO"),
        b"afternoon" => Some("AF"),
        b"evening" => Some("EV"),
        b"night" | b"overnight" => Some("NI"),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::span::Span;
    use crate::time::scan::scan;

    fn toks(s: &str) -> Vec<Tok> {
        scan(s, Span::new(0, s.len()))
    }

    #[test]
    fn numbers_and_words() {
        for (s, n, next) in [("six", 6, 1), ("twenty-five", 25, 3), ("twenty five", 25, 2), ("1,000", 1000, 1), ("48", 48, 1)] {
            assert_eq!(cardinal(&toks(s), 0), Some((n, next)), "{s}");
        }
        for (s, n) in [("3rd", 3), ("27th", 27), ("third", 3), ("twenty-first", 21), ("thirty-first", 31)] {
            assert_eq!(ordinal(&toks(s), 0).map(|x| x.0), Some(n), "{s}");
        }
        assert_eq!(unit("hours"), Some((Unit::Hour, true)));
        assert_eq!(unit("centuries"), Some((Unit::Century, true)));
        assert_eq!(month("sept"), Some((9, true)));
        assert_eq!(month("may"), Some((5, false)));
        assert_eq!(weekday("thursday"), Some(4));
    }
}

/// The offset from UTC in minutes of a lower-case time-zone abbreviation a clock time
/// may carry ("14:00 GMT"). US zones without S/D ("ET", "PT") take standard time.
pub fn zone_offset(w: &str) -> Option<i32> {
    Some(match w.as_bytes() {
        b"gmt" | b"utc" => 0,
        b"bst" | b"cet" => 60,
        b"cest" => 120,
        b"est" | b"et" => -300,
        b"edt" => -240,
        b"pst" | b"pt" => -480,
        b"pdt" => -420,
        b"ist" => 330,
        b"jst" => 540,
        _ => return None,
    })
}
