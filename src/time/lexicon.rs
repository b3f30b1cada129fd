//! Compact word lists: numbers, ordinals, months, weekdays, units, seasons, time zones.

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
    let u = match stem {
        "second" => Unit::Second,
        "minute" | "min" | "mins" => Unit::Minute,
        "hour" | "hr" | "hrs" => Unit::Hour,
        "day" => Unit::Day,
        "week" | "fortnight" => Unit::Week,
        "month" => Unit::Month,
        "quarter" => Unit::Quarter,
        "year" => Unit::Year,
        "decade" => Unit::Decade,
        "century" | "centuries" => Unit::Century,
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
    Some(match w {
        "zero" => 0,
        "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" | "dozen" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "seventy" => 70,
        "eighty" => 80,
        "ninety" => 90,
        "hundred" => 100,
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
    Some(match w {
        "first" => 1,
        "second" => 2,
        "third" => 3,
        "fourth" => 4,
        "fifth" => 5,
        "sixth" => 6,
        "seventh" => 7,
        "eighth" => 8,
        "ninth" => 9,
        "tenth" => 10,
        "eleventh" => 11,
        "twelfth" => 12,
        "thirteenth" => 13,
        "fourteenth" => 14,
        "fifteenth" => 15,
        "sixteenth" => 16,
        "seventeenth" => 17,
        "eighteenth" => 18,
        "nineteenth" => 19,
        "twentieth" => 20,
        "thirtieth" => 30,
        _ => return None,
    })
}

/// True when an ordinal written in words can start with `w`: "third", "twenty(-first)".
pub fn is_ordinal_word(w: &str) -> bool {
    ordinal_word(w).is_some() || w == "twenty" || w == "thirty"
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
    let tens = match w {
        "twenty" => 20,
        "thirty" => 30,
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
    Some(match w {
        "january" => (1, false),
        "february" => (2, false),
        "march" => (3, false),
        "april" => (4, false),
        "may" => (5, false),
        "june" => (6, false),
        "july" => (7, false),
        "august" => (8, false),
        "september" => (9, false),
        "october" => (10, false),
        "november" => (11, false),
        "december" => (12, false),
        "jan" => (1, true),
        "feb" => (2, true),
        "mar" => (3, true),
        "apr" => (4, true),
        "jun" => (6, true),
        "jul" => (7, true),
        "aug" => (8, true),
        "sep" | "sept" => (9, true),
        "oct" => (10, true),
        "nov" => (11, true),
        "dec" => (12, true),
        _ => return None,
    })
}

/// A weekday name (1 = Monday … 7 = Sunday; ISO, as in `XXXX-WXX-4`).
pub fn weekday(w: &str) -> Option<u32> {
    Some(match w {
        "monday" => 1,
        "tuesday" => 2,
        "wednesday" => 3,
        "thursday" => 4,
        "friday" => 5,
        "saturday" => 6,
        "sunday" => 7,
        _ => return None,
    })
}

/// A season: TIMEX3 code SP, SU, FA, WI.
pub fn season(w: &str) -> Option<&'static str> {
    match w {
        "spring" => Some("SP"),
        "summer" => Some("SU"),
        "fall" | "autumn" => Some("FA"),
        "winter" => Some("WI"),
        _ => None,
    }
}

/// A part of the day: TIMEX3 code MO, AF, EV, NI.
pub fn part_of_day(w: &str) -> Option<&'static str> {
    match w {
        "morning" => Some("MO"),
        "afternoon" => Some("AF"),
        "evening" => Some("EV"),
        "night" | "overnight" => Some("NI"),
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
    Some(match w {
        "gmt" | "utc" => 0,
        "bst" | "cet" => 60,
        "cest" => 120,
        "est" | "et" => -300,
        "edt" => -240,
        "pst" | "pt" => -480,
        "pdt" => -420,
        "ist" => 330,
        "jst" => 540,
        _ => return None,
    })
}
