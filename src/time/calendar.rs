//! Calendar arithmetic and TIMEX3 value formatting (ISO 8601 forms used by TimeML).

use super::tense::Tense;
use chrono::{Datelike, Duration, NaiveDate};

/// `YYYY-MM-DD`.
pub fn day_value(d: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

/// ISO week `YYYY-Www` (TIMEX3 week values use ISO 8601 week numbering).
pub fn week_value(d: NaiveDate) -> String {
    let w = d.iso_week();
    format!("{:04}-W{:02}", w.year(), w.week())
}

/// `YYYY-MM`.
pub fn month_value(y: i32, m: u32) -> String {
    format!("{y:04}-{m:02}")
}

/// `d` shifted by `n` days (saturating at chrono's range).
pub fn add_days(d: NaiveDate, n: i64) -> NaiveDate {
    d.checked_add_signed(Duration::days(n.clamp(-1_000_000, 1_000_000))).unwrap_or(d)
}

/// (year, month) shifted by `n` months.
pub fn add_months(y: i32, m: u32, n: i64) -> (i32, u32) {
    let k = y as i64 * 12 + (m as i64 - 1) + n.clamp(-100_000, 100_000);
    (k.div_euclid(12) as i32, k.rem_euclid(12) as u32 + 1)
}

pub use crate::day::parse_day;

/// A valid date or None.
pub fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

/// Picks the year for a year-less month (and day) from the DCT: the most recent
/// one not after the DCT in a past clause, the next one not before it in a future
/// clause, otherwise the DCT's year unless that is more than ~6 months away
/// (the usual news convention, as in HeidelTime's "news" strategy).
pub fn year_for(dct: NaiveDate, m: u32, d: Option<u32>, tense: Tense) -> i32 {
    let y = dct.year();
    let key = |yy: i32| ymd(yy, m, d.unwrap_or(1)).or_else(|| ymd(yy, m, 28));
    let this = match key(y) {
        Some(x) => x,
        None => return y,
    };
    let cmp_this = if d.is_some() { this } else { ymd(y, m, 1).unwrap_or(this) };
    let dct_cmp = if d.is_some() { dct } else { ymd(y, dct.month(), 1).unwrap_or(dct) };
    match tense {
        Tense::Past if cmp_this > dct_cmp && (this - dct).num_days() > 14 => y - 1,
        Tense::Future if cmp_this < dct_cmp => y + 1,
        _ => {
            let diff = (this - dct).num_days();
            if diff > 200 {
                y - 1
            } else if diff < -200 && matches!(tense, Tense::Future | Tense::Present) {
                y + 1
            } else {
                y
            }
        }
    }
}

/// The date of weekday `wd` (1 = Monday) nearest the DCT in the tense's direction:
/// past → on or before the DCT, future → on or after; other tenses → past
/// (news reports mostly report what happened). `shift` −1 = "last", +1 = "next".
pub fn weekday_for(dct: NaiveDate, wd: u32, tense: Tense, shift: i64) -> NaiveDate {
    let cur = dct.weekday().number_from_monday() as i64;
    let wd = wd as i64;
    let back = (cur - wd).rem_euclid(7); // days back to the most recent wd (0 = today)
    let fwd = (wd - cur).rem_euclid(7);
    match (shift, tense) {
        (-1, _) => add_days(dct, -(if back == 0 { 7 } else { back })),
        (1, _) => add_days(dct, if fwd == 0 { 7 } else { fwd }),
        (_, Tense::Future) => add_days(dct, fwd),
        _ => add_days(dct, -back),
    }
}

/// Quarter (1–4) of a month.
pub fn quarter_of(m: u32) -> u32 {
    (m.max(1) - 1) / 3 + 1
}

/// Season code of a month (meteorological: SP = Mar–May, …, WI = Dec–Feb).
pub fn season_of(m: u32) -> usize {
    match m {
        3..=5 => 0,
        6..=8 => 1,
        9..=11 => 2,
        _ => 3,
    }
}

/// The four TIMEX3 season codes in calendar order.
pub const SEASONS: [&str; 4] = ["SP", "SU", "FA", "WI"];

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn weekdays() {
        let dct = d("2025-04-10"); // Thursday
        assert_eq!(weekday_for(dct, 4, Tense::Past, 0), dct);
        assert_eq!(weekday_for(dct, 2, Tense::Past, 0), d("2025-04-08"));
        assert_eq!(weekday_for(d("2025-04-07"), 4, Tense::Future, 0), dct);
        assert_eq!(weekday_for(dct, 4, Tense::Past, -1), d("2025-04-03"));
        assert_eq!(weekday_for(dct, 5, Tense::Past, 1), d("2025-04-11"));
    }

    #[test]
    fn years_and_weeks() {
        assert_eq!(year_for(d("2025-04-10"), 2, Some(27), Tense::Past), 2025);
        assert_eq!(year_for(d("2025-01-10"), 12, Some(20), Tense::Past), 2024);
        assert_eq!(year_for(d("2025-12-10"), 1, Some(5), Tense::Future), 2026);
        assert_eq!(year_for(d("2009-06-09"), 6, Some(17), Tense::Future), 2009);
        assert_eq!(week_value(d("2025-04-10")), "2025-W15");
        assert_eq!(add_months(2025, 1, -1), (2024, 12));
        let _ = add_days(d("2025-04-10"), i64::MAX); // no panic
    }
}
