//! The meaning of a recognised time expression, before normalisation.
//!
//! Recognition ([`super::recognize`]) maps tokens to an [`Expr`]; normalisation
//! ([`super::normalize`]) turns it into a TIMEX3 `type` and `value` against the
//! document creation time (DCT), the tense of the clause, and the last date
//! mentioned (for anaphoric expressions).

use super::lexicon::Unit;
use super::TimexType;

/// What a time expression denotes.
#[derive(Debug, Clone, PartialEq)]
pub enum Expr {
    /// A calendar date with the parts given: "2016", "March 2025", "April 10, 2025",
    /// "April 10" (no year: taken from the DCT), "February" (month only).
    Cal {
        /// Year when stated.
        y: Option<i32>,
        /// Month (1–12).
        m: Option<u32>,
        /// Day of month.
        d: Option<u32>,
    },
    /// A decade as its TIMEX3 prefix: "the 1990s" → 199.
    Decade(i32),
    /// A century as its TIMEX3 prefix: "the 20th century" → 19.
    Century(i32),
    /// A weekday (1 = Monday); `shift` −1 for "last Thursday", +1 for "next Thursday", 0 by tense.
    Weekday(u32, i64),
    /// A day relative to the DCT: today 0, yesterday −1, tomorrow +1.
    Day(i64),
    /// The day a sentence is about: one named earlier in it, else the DCT ("the
    /// afternoon", "late afternoon").
    Context,
    /// A calendar unit relative to the DCT: "last week" (Week, −1), "two years ago" (Year, −2).
    Rel(Unit, i64),
    /// Relative to the last date mentioned: "the next day" (Day, 1), "that year" (Year, 0).
    Ana(Unit, i64),
    /// A weekend: `Some(n)` relative to the DCT's week, `None` by tense ("the weekend").
    Weekend(Option<i64>),
    /// A season ("SP"…) with a year, or relative to the DCT ("last summer" −1), or by tense.
    Season(&'static str, Option<i32>, Option<i64>),
    /// A quarter (1–4) of a year; no year: by tense.
    Quarter(u32, Option<i32>),
    /// A half year (1–2) of a year; no year: the DCT's.
    Half(u32, Option<i32>),
    /// A fixed TIMEX3 value (`PAST_REF`, `PRESENT_REF`, `FUTURE_REF`, `XXXX-XX-XX`).
    Fixed(&'static str),
    /// A length: `n` units, `None` = unspecified ("several hours" → PTXH).
    Dur(Unit, Option<i64>),
    /// A length of `n` and a half units ("four and a half months" → P4.5M).
    DurHalf(Unit, i64),
    /// A month (and day) in a year relative to the DCT's: "November 2 this year" (0),
    /// "in April last year" (−1).
    YearRel(u32, Option<u32>, i64),
    /// A month named relative to the DCT: "last April" (−1: the latest April before
    /// the DCT's month), "next April" (+1), "this April" (0: the DCT's year).
    MonthRel(u32, i64),
    /// A recurrence: every `n` units.
    Set(Unit, i64),
    /// A recurring weekday ("every Monday" → XXXX-WXX-1).
    SetWeekday(u32),
    /// A clock time, on the given day (None = the date in context).
    Clock(Option<Box<Expr>>, Clock),
    /// A part of the day ("MO", "AF", "EV", "NI") on a day.
    PartOfDay(Box<Expr>, &'static str),
}

impl Expr {
    /// The TIMEX3 type this expression gets.
    pub fn kind(&self) -> TimexType {
        match self {
            Expr::Dur(..) | Expr::DurHalf(..) => TimexType::Duration,
            Expr::Set(..) | Expr::SetWeekday(_) => TimexType::Set,
            Expr::Clock(..) | Expr::PartOfDay(..) => TimexType::Time,
            _ => TimexType::Date,
        }
    }
}

/// A time of day as written: hour (0–24), minute, second when given, and the
/// offset from UTC in minutes of the zone named with it ("GMT" 0, "EDT" −240).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Clock {
    /// Hour, 0–24.
    pub h: u32,
    /// Minute.
    pub m: u32,
    /// Second, when written ("23:37:00").
    pub s: Option<u32>,
    /// Zone offset from UTC in minutes, when a zone is named.
    pub zone: Option<i32>,
    /// The offset implied by the same instant given in another zone ("1353 (1023 GMT)"
    /// → +210): used to place the time, not written in the value.
    pub implied_zone: Option<i32>,
}

/// A recognised expression over tokens `a..b` of a sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Cand {
    /// First token.
    pub a: usize,
    /// One past the last token.
    pub b: usize,
    /// Meaning.
    pub expr: Expr,
    /// TIMEX3 `mod`.
    pub modifier: Option<&'static str>,
}

impl Cand {
    /// A candidate without modifier.
    pub fn new(a: usize, b: usize, expr: Expr) -> Self {
        Cand { a, b, expr, modifier: None }
    }
    /// The same candidate with a `mod`.
    pub fn with_mod(mut self, m: Option<&'static str>) -> Self {
        if m.is_some() {
            self.modifier = m;
        }
        self
    }
}
