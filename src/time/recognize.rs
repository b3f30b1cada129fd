//! Recognition driver: longest match at each token, left to right.
//!
//! Every matcher looks ahead a bounded number of tokens, so a sentence is
//! processed in linear time. After matching, quantity modifiers just before a
//! timex set its TIMEX3 `mod` but stay outside the extent, as in the MEANTIME
//! gold ("more than [a week]"), and dash ranges ("2016-2018", "April 10-12")
//! give two timexes, as TimeBank annotates ranges.

use super::expr::{Cand, Expr};
use super::rec_calendar::{decade, holiday, month_date, numeric_date, quarter, weekday_date, year};
use super::rec_clock::{clock, with_clock};
use super::rec_duration::{bare_plural, duration, hyphen_duration, set};
use super::rec_relative::{anaphoric, deictic, modified, season_year, this_last_next, vague};
use super::scan::{at, Tok};

type Matcher = fn(&[Tok], usize) -> Option<Cand>;

/// Bits naming the matchers, for [`can_start`]: which matchers a token can start.
mod bit {
    pub const MODIFIED: u32 = 1 << 0;
    pub const NUMERIC_DATE: u32 = 1 << 1;
    pub const WEEKDAY_DATE: u32 = 1 << 2;
    pub const MONTH_DATE: u32 = 1 << 3;
    pub const DECADE: u32 = 1 << 4;
    pub const QUARTER: u32 = 1 << 5;
    pub const CLOCK: u32 = 1 << 6;
    pub const DEICTIC: u32 = 1 << 7;
    pub const THIS_LAST_NEXT: u32 = 1 << 8;
    pub const ANAPHORIC: u32 = 1 << 9;
    pub const VAGUE: u32 = 1 << 10;
    pub const DURATION: u32 = 1 << 11;
    pub const HYPHEN_DURATION: u32 = 1 << 12;
    pub const SET: u32 = 1 << 13;
    pub const SEASON_YEAR: u32 = 1 << 14;
    pub const HOLIDAY: u32 = 1 << 15;
    pub const YEAR: u32 = 1 << 16;
    pub const BARE_PLURAL: u32 = 1 << 17;
}

/// Matchers in priority order (the first wins among equally long matches), each
/// with its bit in [`can_start`], which is `1 << index`.
const MATCHERS: &[(u32, Matcher)] = &[
    (bit::MODIFIED, modified),
    (bit::NUMERIC_DATE, numeric_date),
    (bit::WEEKDAY_DATE, weekday_date),
    (bit::MONTH_DATE, month_date),
    (bit::DECADE, decade),
    (bit::QUARTER, quarter),
    (bit::CLOCK, clock),
    (bit::DEICTIC, deictic),
    (bit::THIS_LAST_NEXT, this_last_next),
    (bit::ANAPHORIC, anaphoric),
    (bit::VAGUE, vague),
    (bit::DURATION, duration),
    (bit::HYPHEN_DURATION, hyphen_duration),
    (bit::SET, set),
    (bit::SEASON_YEAR, season_year),
    (bit::HOLIDAY, holiday),
    (bit::YEAR, year),
    (bit::BARE_PLURAL, bare_plural),
];

/// The matchers that can match starting at token `x` (a set of [`bit`]s): a cheap
/// necessary condition on the first word of each matcher, so that most tokens
/// ("said", "of", ",") try no matcher at all. It may allow a matcher that then
/// fails, never the reverse (the `prefilter_is_safe` test checks it).
fn can_start(t: &[Tok], i: usize) -> u32 {
    use bit::*;
    let x = &t[i];
    let w = x.low.as_str();
    match w.as_bytes().first() {
        // Numbers, years, days, "10th", "1990s", "2,000", clock times, dates.
        Some(b'0'..=b'9') => NUMERIC_DATE | MONTH_DATE | DECADE | QUARTER | CLOCK | DURATION | HYPHEN_DURATION | YEAR,
        Some(b'a'..=b'z') => match word_starts(w) {
            // A misspelt month in a full date ("Novemer 27, 2005"): capitalised, six letters
            // or more, a number after it.
            0 if x.cap
                && (6..=10).contains(&w.len())
                && b"jfmasond".contains(&w.as_bytes()[0])
                && t.get(i + 1).is_some_and(|y| y.num.is_some()) =>
            {
                MONTH_DATE
            }
            bits => bits,
        },
        _ if w == "'" || w == "’" => DECADE, // "the '90s"
        _ => 0,
    }
}

/// [`can_start`] for a lower-case word: every word a matcher can start with, in one
/// hash map built once from the lexicon's own lists (a `match` over them all cost
/// kilobytes of WebAssembly).
fn word_starts(w: &str) -> u32 {
    static MAP: std::sync::OnceLock<rustc_hash::FxHashMap<String, u32>> = std::sync::OnceLock::new();
    MAP.get_or_init(start_words).get(w).copied().unwrap_or(0)
}

/// The start words of [`word_starts`] and their matcher bits.
fn start_words() -> rustc_hash::FxHashMap<String, u32> {
    use super::lexicon::{MONTHS, ORD, SMALL, TENS, UNITS, WEEKDAYS};
    use bit::*;
    const NUMBER: u32 = DURATION | HYPHEN_DURATION; // "six hours", "four-day"
    const ORDINAL: u32 = MONTH_DATE | QUARTER; // "the tenth of April", "the first quarter", "twenty-first"
    const UNIT: u32 = HYPHEN_DURATION | BARE_PLURAL; // "year-long", "for years"
    const WORDS: &[(&[&str], u32)] = &[
        (&["the"], MODIFIED | MONTH_DATE | DECADE | QUARTER | DEICTIC | THIS_LAST_NEXT | ANAPHORIC | VAGUE | DURATION),
        (&["early", "late", "mid"], MODIFIED),
        (&["q1", "q2", "q3", "q4"], QUARTER),
        (&["noon", "midday", "midnight"], CLOCK),
        (&["today", "yesterday", "tomorrow", "tonight"], DEICTIC),
        (&["this", "last"], DEICTIC | THIS_LAST_NEXT),
        (&["earlier", "later", "current", "past", "previous", "next", "coming"], THIS_LAST_NEXT),
        (&["that"], ANAPHORIC),
        (
            &[
                "now",
                "currently",
                "nowadays",
                "presently",
                "more",
                "most",
                "recently",
                "lately",
                "present",
                "these",
                "recent",
            ],
            VAGUE,
        ),
        (&["a", "an"], DURATION | SET),
        (&["several", "few", "many", "couple", "some", "half"], DURATION),
        (&["mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"], WEEKDAY_DATE),
        (
            &[
                "every",
                "each",
                "once",
                "twice",
                "thrice",
                "per",
                "hourly",
                "daily",
                "nightly",
                "weekly",
                "monthly",
                "quarterly",
                "yearly",
                "annually",
                "annual",
                "biennial",
                "biennially",
            ],
            SET,
        ),
        (&["christmas", "halloween", "new", "valentine"], HOLIDAY),
        (SMALL, NUMBER),
        (TENS, NUMBER),
        (&["dozen", "hundred"], NUMBER),
        (ORD, ORDINAL),
        (&["thirtieth", "twenty", "thirty"], ORDINAL),
        (MONTHS, MONTH_DATE),
        (&["sept"], MONTH_DATE),
        (&["spring", "summer", "fall", "autumn", "winter"], SEASON_YEAR), // lexicon::season
    ];
    let mut map = rustc_hash::FxHashMap::default();
    let mut add = |w: String, bits: u32| *map.entry(w).or_insert(0) |= bits;
    for &(words, bits) in WORDS {
        words.iter().for_each(|w| add(w.to_string(), bits));
    }
    for m in MONTHS {
        add(m[..3].to_string(), MONTH_DATE); // "Jan", "Feb" (lexicon::month)
    }
    for d in WEEKDAYS {
        [d.to_string(), format!("{d}s")].into_iter().for_each(|w| add(w, WEEKDAY_DATE));
        // "Mondays"
    }
    for (u, _) in UNITS {
        [u.to_string(), format!("{u}s")].into_iter().for_each(|w| add(w, UNIT));
        // every form lexicon::unit accepts
    }
    map
}

/// All time expressions of one sentence's tokens, sorted, non-overlapping.
pub fn recognize(t: &[Tok]) -> Vec<Cand> {
    let mut out: Vec<Cand> = Vec::new();
    let mut i = 0;
    while i < t.len() {
        // The longest match; the first matcher wins ties.
        let mut best: Option<Cand> = None;
        let mut starts = can_start(t, i);
        while starts != 0 {
            let (_, m) = MATCHERS[starts.trailing_zeros() as usize];
            starts &= starts - 1;
            if let Some(c) = m(t, i).filter(|c| c.b > c.a && c.b <= t.len()) {
                if best.as_ref().is_none_or(|b| b.b < c.b) {
                    best = Some(c);
                }
            }
        }
        // A date with its clock time after it ("July 28, 2004 at 1:24 PM"): one TIME.
        if let Some(ext) = best.as_ref().and_then(|d| with_clock(t, d)) {
            best = Some(ext);
        }
        match best {
            Some(mut c) => {
                // A modifier before the expression sets its `mod` and is inside its extent
                // (TimeML 1.2.1: "more than six hours", "about 10 a.m.").
                let prev_end = out.last().map_or(0, |p: &Cand| p.b);
                if let Some((m, n)) = modifier_before(t, c.a, &c.expr).filter(|&(_, n)| c.a >= prev_end + n) {
                    if c.modifier.is_none() {
                        c.modifier = Some(m);
                    }
                    c.a -= n;
                }
                i = c.b;
                if let Some(tail) = range_tail(t, &c) {
                    i = tail.b;
                    out.push(c);
                    out.push(tail);
                } else {
                    out.push(c);
                }
            }
            None => i += 1,
        }
    }
    out
}

/// TIMEX3 `mod` from a quantity modifier just before `a` (TimeML 1.2.1 §2.2.1.3), and
/// how many tokens it has ("just over" 2, "no more than" 3).
fn modifier_before(t: &[Tok], a: usize, e: &Expr) -> Option<(&'static str, usize)> {
    let p1 = if a >= 1 { at(t, a - 1) } else { "" };
    let p2 = if a >= 2 { at(t, a - 2) } else { "" };
    let p3 = if a >= 3 { at(t, a - 3) } else { "" };
    // "over/under" mark a quantity only right before a number ("over six hours"),
    // not "over the past year" (= during).
    let is_dur = matches!(e, Expr::Dur(..) | Expr::DurHalf(..));
    if at(t, a) == "the" && !is_dur {
        return None; // "came around the following year": a preposition
    }
    let counted = is_dur && at(t, a) != "the";
    let just = |n: usize| if a > n && at(t, a - n - 1) == "just" { n + 1 } else { n };
    match (p3, p2, p1) {
        ("no", "more", "than") if is_dur => Some(("EQUAL_OR_LESS", 3)),
        (_, "at", "most") | (_, "up", "to") if is_dur => Some(("EQUAL_OR_LESS", 2)),
        ("no", "less", "than") => Some(("EQUAL_OR_MORE", 3)),
        (_, "at", "least") => Some(("EQUAL_OR_MORE", 2)),
        (_, "more" | "longer", "than") => Some(("MORE_THAN", just(2))),
        (_, "less" | "fewer" | "shorter", "than") => Some(("LESS_THAN", just(2))),
        // "in over a year", "lasted over six hours"; not "loans over three years" (= across).
        (_, p, "over") if counted && quantity_over(p) => Some(("MORE_THAN", just(1))),
        (_, p, "under") if counted && quantity_over(p) => Some(("LESS_THAN", just(1))),
        (_, _, "nearly" | "almost") => Some(("LESS_THAN", 1)),
        (_, _, "about" | "around" | "approximately" | "roughly" | "circa") => Some(("APPROX", 1)),
        (_, _, "some") if is_dur => Some(("APPROX", 1)),
        _ => None,
    }
}

/// A word before "over"/"under" that makes it "more/less than": a preposition, "just",
/// a verb of lasting, or nothing (the sentence start).
fn quantity_over(p: &str) -> bool {
    matches!(
        p,
        "" | "in"
            | "for"
            | "after"
            | "within"
            | "of"
            | "than"
            | "to"
            | "from"
            | "at"
            | "by"
            | "just"
            | "lasted"
            | "lasting"
            | "lasts"
            | "took"
            | "takes"
            | "waited"
            | "spent"
    )
}

/// The second end of a dash range right after a year or a month-day:
/// "2016-2018", "2016-18", "April 10-12".
fn range_tail(t: &[Tok], c: &Cand) -> Option<Cand> {
    let b = c.b;
    if !matches!(at(t, b), "-" | "–" | "—") {
        return None;
    }
    let x = t.get(b + 1)?;
    let n = x.num? as i32;
    match c.expr {
        Expr::Cal { y: Some(y), m: None, d: None } => {
            let y2 = match x.digits {
                4 if (y + 1..=y + 100).contains(&n) => n,
                2 if n > y % 100 => y - y % 100 + n,
                _ => return None,
            };
            Some(Cand::new(b + 1, b + 2, Expr::Cal { y: Some(y2), m: None, d: None }))
        }
        Expr::Cal { y, m: Some(m), d: Some(d) } if x.digits <= 2 && (d as i32) < n && n <= 31 => {
            Some(Cand::new(b + 1, b + 2, Expr::Cal { y, m: Some(m), d: Some(n as u32) }))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::span::Span;
    use crate::time::scan::scan;

    fn texts(s: &str) -> Vec<String> {
        let t = scan(s, Span::new(0, s.len()));
        recognize(&t).iter().map(|c| s[t[c.a].span.start..t[c.b - 1].span.end].to_string()).collect()
    }

    #[test]
    fn extents() {
        let cases: &[(&str, &[&str])] = &[
            ("On Thursday, delegations met", &["Thursday"]),
            ("lasted more than six hours", &["more than six hours"]),
            ("between 2016 and 2018", &["2016", "2018"]),
            ("from 2016-2018 and April 10-12", &["2016", "2018", "April 10", "12"]),
            ("In recent years prices rose", &["recent years"]),
            ("in the near future", &["the near future"]),
            ("the past five years", &["the past five years"]),
            (
                "took six months off in early 2009, the beginning of the year",
                &["six months", "early 2009", "the beginning of the year"],
            ),
            ("at 3 p.m. and 14:00 GMT", &["3 p.m.", "14:00 GMT"]),
            ("May said in May that 2,000 people", &["May"]),
            ("a four-day visit, decades-long dispute", &["four-day", "decades-long"]),
        ];
        for (s, want) in cases {
            assert_eq!(texts(s), *want, "{s}");
        }
    }

    #[test]
    fn matcher_bits_are_indices() {
        for (k, (b, _)) in MATCHERS.iter().enumerate() {
            assert_eq!(*b, 1 << k);
        }
    }

    /// [`can_start`] never hides a match: every word the matchers and the lexicon
    /// mention (taken from their source), lower-case and capitalised, followed by
    /// contexts that complete the various expressions.
    #[test]
    fn prefilter_is_safe() {
        let src = [
            include_str!("rec_calendar.rs"),
            include_str!("rec_clock.rs"),
            include_str!("rec_duration.rs"),
            include_str!("rec_relative.rs"),
            include_str!("lexicon.rs"),
            include_str!("recognize.rs"),
        ]
        .concat();
        let mut words: Vec<String> = src
            .split(|c: char| !c.is_alphanumeric() && c != '\'')
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
        words.extend(
            ["'", "’", "-", ":", ",", ".", "$", "2,000", "1990s", "90s", "10th", "21st", "2nd", "3rd", "0700", "q3"]
                .map(String::from),
        );
        words.extend(words.clone().into_iter().flat_map(|w| {
            let mut cs = w.chars();
            let cap: String = cs.next().map(|c| c.to_uppercase().chain(cs).collect()).unwrap_or_default();
            [format!("{w}s"), cap]
        }));
        words.sort();
        words.dedup();
        let contexts = [
            "",
            " 2025",
            " year",
            " years",
            "-day",
            " - long",
            "-long",
            " 10",
            " 10, 2025",
            " of 2024",
            " quarter of 2024",
            " the year",
            " years ago",
            " half",
            " few days",
            " day",
            " days",
            " weeks",
            " recently",
            " future",
            " past",
            " near future",
            " moment",
            " - 2025",
            ":30 pm",
            " p.m.",
            " o'clock",
            " GMT",
            " local time",
            " Monday",
            " morning",
            " 's Day",
            " Year's Day",
            "/04/2025",
            "-04-10",
            " quarter",
            "-quarter",
            " century",
            " of April",
            " April",
            " 90s",
            " 1990s",
            " first quarter",
            " same day",
            " day before",
            " day before yesterday",
            " - first",
            " five years",
            " other week",
            " a year",
            " year - long",
            " night",
        ];
        for w in &words {
            for c in contexts {
                let s = format!("in {w}{c} .");
                let t = scan(&s, Span::new(0, s.len()));
                for i in 0..t.len() {
                    let starts = can_start(&t, i);
                    for (b, m) in MATCHERS {
                        assert!(m(&t, i).is_none() || starts & b != 0, "{s:?} at token {i}: matcher bit {b:#x}");
                    }
                }
            }
        }
    }

    #[test]
    fn never_panics() {
        for s in ["", "-", "the", "April", "2016-", "every", "a", "3:", "😀 the past 😀", "Q", "mid-", "the end of"]
        {
            let _ = texts(s);
        }
    }
}
