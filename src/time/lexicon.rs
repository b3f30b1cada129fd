//! Compact word lists: numbers, ordinals, months, weekdays, units, seasons, time zones.

use super::scan::Tok;
use rustc_hash::FxHashMap;
use std::sync::OnceLock;

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

pub(super) const UNITS: &[(&str, Unit)] = &[
    ("second", Unit::Second),
    ("minute", Unit::Minute),
    ("hour", Unit::Hour),
    ("day", Unit::Day),
    ("week", Unit::Week),
    ("month", Unit::Month),
    ("quarter", Unit::Quarter),
    ("year", Unit::Year),
    ("decade", Unit::Decade),
    ("century", Unit::Century),
    ("centuries", Unit::Century),
    ("fortnight", Unit::Week),
    ("hr", Unit::Hour),
    ("hrs", Unit::Hour),
    ("min", Unit::Minute),
    ("mins", Unit::Minute),
];

/// A unit word: `(unit, plural)`. "fortnight" counts as a week (caller doubles it).
pub fn unit(w: &str) -> Option<(Unit, bool)> {
    let (stem, plural) = match w.strip_suffix('s') {
        Some(s) if w != "hrs" && w != "mins" && w != "centuries" => (s, true),
        _ => (w, w == "hrs" || w == "mins" || w == "centuries"),
    };
    UNITS.iter().find(|(k, _)| *k == stem).map(|&(_, u)| (u, plural))
}

pub(super) const SMALL: &[&str] = &[
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
pub(super) const TENS: &[&str] = &["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

/// The index of `w` in `list`. Length and first byte are compared before the whole
/// word: these lookups run at every token, and in WebAssembly (built for size) each
/// string comparison is a call.
pub fn position(list: &[&str], w: &str) -> Option<usize> {
    let b = w.as_bytes();
    let first = *b.first()?;
    list.iter().position(|x| x.len() == b.len() && x.as_bytes()[0] == first && x.as_bytes() == b)
}

/// A number word below 100 (not hyphenated).
///
/// One hash lookup: claims ask this of nearly every word.
pub fn number_word(w: &str) -> Option<i64> {
    static TABLE: OnceLock<FxHashMap<&'static [u8], u32>> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let mut t = FxHashMap::default();
        for (i, word) in SMALL.iter().enumerate() {
            t.insert(word.as_bytes(), i as u32);
        }
        for (i, word) in TENS.iter().enumerate() {
            t.insert(word.as_bytes(), 20 + 10 * i as u32);
        }
        t.insert(b"dozen", 12);
        t.insert(b"hundred", 100);
        t
    });
    table.get(w.as_bytes()).map(|&n| i64::from(n))
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

pub(super) const ORD: &[&str] = &[
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
];

/// An ordinal: "3rd", "27th", "third", "twenty-first" (up to 31).
pub fn ordinal(toks: &[Tok], i: usize) -> Option<(i64, usize)> {
    let w = &toks.get(i)?.low;
    let mut suffixed = false;
    for suf in ["st", "nd", "rd", "th"] {
        if let Some(d) = w.strip_suffix(suf) {
            suffixed = true;
            if !d.is_empty() && d.len() <= 2 && d.bytes().all(|b| b.is_ascii_digit()) {
                return d.parse().ok().map(|n| (n, i + 1));
            }
        }
    }
    // Every ordinal word ends in one of those suffixes: most words stop here.
    if suffixed {
        if let Some(k) = position(ORD, w) {
            return Some((k as i64 + 1, i + 1));
        }
        if w == "thirtieth" {
            return Some((30, i + 1));
        }
    }
    let tens = match w.as_str() {
        "twenty" => 20,
        "thirty" => 30,
        _ => return None,
    };
    let j = if toks.get(i + 1).is_some_and(|x| x.is("-")) { i + 2 } else { i + 1 };
    let k = ORD.iter().position(|x| toks.get(j).is_some_and(|t| t.is(x)))?;
    (k < 9).then_some((tens + k as i64 + 1, j + 1))
}

pub(super) const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// A month name (1–12); `abbrev` is true for "Feb", "Sept" forms.
pub fn month(w: &str) -> Option<(u32, bool)> {
    if let Some(i) = position(MONTHS, w) {
        return Some((i as u32 + 1, false));
    }
    if w == "sept" {
        return Some((9, true));
    }
    let i = MONTHS.iter().position(|m| w.len() == 3 && m.starts_with(w) && w != "may")?;
    Some((i as u32 + 1, true))
}

pub(super) const WEEKDAYS: &[&str] = &["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/// A weekday name (1 = Monday … 7 = Sunday; ISO, as in `XXXX-WXX-4`).
pub fn weekday(w: &str) -> Option<u32> {
    position(WEEKDAYS, w).map(|i| i as u32 + 1)
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

/// Words found in reports of games and hardly anywhere else: in a document with
/// several of them, year-less quarters and halves are periods of play. One hash
/// lookup (asked of every word).
pub fn is_sport_word(w: &str) -> bool {
    const WORDS: &[&str] = &[
        "touchdown",
        "touchdowns",
        "quarterback",
        "quarterbacks",
        "halftime",
        "kickoff",
        "interception",
        "interceptions",
        "fumble",
        "fumbled",
        "punt",
        "innings",
        "inning",
        "goalkeeper",
        "scoreboard",
        "playoff",
        "playoffs",
        "scrimmage",
        "rebounds",
        "referee",
        "penalties",
    ];
    static SET: OnceLock<rustc_hash::FxHashSet<&'static [u8]>> = OnceLock::new();
    SET.get_or_init(|| WORDS.iter().map(|w| w.as_bytes()).collect()).contains(w.as_bytes())
}

/// How many words of `text` are [`is_sport_word`]s (asked only of documents with a
/// year-less quarter or half).
pub fn sport_words(text: &str) -> usize {
    text.split(|c: char| !c.is_ascii_alphabetic()).filter(|w| w.len() >= 4 && is_sport_word(w)).count()
}

/// The offset from UTC in minutes of a lower-case time-zone abbreviation a clock time
/// may carry ("14:00 GMT"): the common English-language news readings ("IST" India,
/// "CST" US Central); US zones without S/D ("ET", "PT") take standard time. A `match`
/// (a length switch), since it is asked of every number's next word.
pub fn zone_offset(w: &str) -> Option<i32> {
    if !(2..=4).contains(&w.len()) {
        return None;
    }
    Some(match w {
        "gmt" => 0,
        "utc" => 0,
        "wet" => 0,
        "bst" => 60,
        "cet" => 60,
        "west" => 60,
        "cest" => 120,
        "eet" => 120,
        "sast" => 120,
        "eest" => 180,
        "msk" => 180,
        "pkt" => 300,
        "ist" => 330,
        "wib" => 420,
        "hkt" => 480,
        "sgt" => 480,
        "awst" => 480,
        "jst" => 540,
        "kst" => 540,
        "acst" => 570,
        "aest" => 600,
        "aedt" => 660,
        "nzst" => 720,
        "nzdt" => 780,
        "hst" => -600,
        "akst" => -540,
        "akdt" => -480,
        "pst" => -480,
        "pt" => -480,
        "pdt" => -420,
        "mst" => -420,
        "mdt" => -360,
        "cst" => -360,
        "cdt" => -300,
        "est" => -300,
        "et" => -300,
        "edt" => -240,
        _ => return None,
    })
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
        for (s, n, next) in
            [("six", 6, 1), ("twenty-five", 25, 3), ("twenty five", 25, 2), ("1,000", 1000, 1), ("48", 48, 1)]
        {
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

    #[test]
    fn every_ordinal_word_is_found() {
        for (k, w) in ORD.iter().enumerate() {
            assert_eq!(ordinal(&toks(w), 0), Some((k as i64 + 1, 1)), "{w}");
        }
        assert_eq!(ordinal(&toks("thirtieth"), 0), Some((30, 1)));
    }
}
