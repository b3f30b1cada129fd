//! TIMEX3 values for recognised expressions (TimeML 1.2.1 §2.2.1.2 `value`).
//!
//! Deictic expressions are computed from the DCT; without a DCT they get
//! TIMEX3 unknowns: year-less dates `XXXX-04-10`, weekdays `XXXX-WXX-4`, and
//! other DCT-relative expressions the direction of their offset: `PAST_REF`
//! ("yesterday", "last week", "two years ago"), `PRESENT_REF` ("today", "this
//! year"), `FUTURE_REF` ("tomorrow", "next month"). Anaphoric expressions ("the
//! next day") use the last date mentioned before them (or the DCT).

use super::calendar::{
    add_days, add_months, day_value, month_value, quarter_of, season_of, week_value, weekday_for, year_for, ymd,
    SEASONS,
};
use super::expr::{Clock, Expr};
use super::lexicon::Unit;
use super::tense::Tense;
use chrono::{Datelike, NaiveDate};

/// What normalisation knows about the expression's surroundings.
#[derive(Debug, Clone, Copy)]
pub struct Ctx {
    /// Document creation time.
    pub dct: Option<NaiveDate>,
    /// Tense of the governing clause.
    pub tense: Tense,
    /// Last day-precise date mentioned (anaphora anchor), else the DCT.
    pub ref_date: Option<NaiveDate>,
    /// Last year mentioned, else the DCT's.
    pub ref_year: Option<i32>,
    /// A date mentioned earlier in the same sentence (anchor for clock times).
    pub sent_date: Option<NaiveDate>,
    /// The publication time in minutes after midnight UTC on the DCT, when the
    /// dateline gives one with its zone ("02:24 GMT"): a zoned clock time later
    /// than it in a past clause happened the day before.
    pub dct_utc_minutes: Option<i64>,
    /// The last date mentioned when it is a month or a year ("in March 2005") that does
    /// not hold `ref_date`: "later that day" then falls in it, not on `ref_date`.
    pub coarse: Option<(i32, Option<u32>)>,
}

/// What a value was computed from (see [`anchor_of`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Used {
    /// Nothing: the value is written in full, or is a length or a reference.
    Stated,
    /// The document date.
    Dct,
    /// The last day mentioned (`Ctx::ref_date`).
    Day,
    /// A day named earlier in the same sentence.
    Sentence,
    /// The last year mentioned.
    Year,
    /// The last month or year mentioned (`Ctx::coarse`).
    Coarse,
    /// Nothing it needs is known: the value has TIMEX3 unknowns (`XXXX`).
    Unresolved,
}

/// The anchor [`normalize`] uses for `e` in context `c`.
pub fn anchor_of(e: &Expr, c: &Ctx) -> Used {
    let dct = |u: Used| if c.dct.is_some() { u } else { Used::Unresolved };
    match e {
        Expr::Cal { y: Some(_), .. }
        | Expr::Decade(_)
        | Expr::Century(_)
        | Expr::Fixed(_)
        | Expr::Dur(..)
        | Expr::DurHalf(..)
        | Expr::Set(..)
        | Expr::SetWeekday(_)
        | Expr::Season(_, Some(_), _)
        | Expr::Quarter(_, Some(_))
        | Expr::Half(_, Some(_)) => Used::Stated,
        Expr::Cal { y: None, m: None, .. } => Used::Unresolved,
        Expr::Cal { .. }
        | Expr::Weekday(..)
        | Expr::Day(_)
        | Expr::Rel(..)
        | Expr::Weekend(_)
        | Expr::Season(..)
        | Expr::Quarter(..)
        | Expr::Half(..)
        | Expr::YearRel(..)
        | Expr::MonthRel(..) => dct(Used::Dct),
        Expr::Ana(Unit::Year, _) if c.ref_year.is_some() => Used::Year,
        Expr::Ana(Unit::Day, _) if coarse_day(c).is_some() => Used::Coarse,
        Expr::Ana(..) if c.ref_date.is_some() => Used::Day,
        Expr::Ana(..) => Used::Unresolved,
        Expr::Context if c.sent_date.is_some() => Used::Sentence,
        Expr::Context => dct(Used::Dct),
        Expr::Clock(Some(d), _) | Expr::PartOfDay(d, _) => anchor_of(d, c),
        Expr::Clock(None, _) if c.sent_date.is_some() => Used::Sentence,
        Expr::Clock(None, _) if c.ref_date.is_some() => Used::Day,
        Expr::Clock(None, _) => Used::Unresolved,
    }
}

/// The coarse period "that day" falls in, when the last date mentioned is a month or
/// a year that does not hold the last day mentioned.
fn coarse_day(c: &Ctx) -> Option<(i32, Option<u32>)> {
    let (y, m) = c.coarse?;
    let holds = c.ref_date.is_some_and(|d| d.year() == y && m.is_none_or(|m| d.month() == m));
    (!holds).then_some((y, m))
}

/// A normalised value.
#[derive(Debug, Clone, PartialEq)]
pub struct Norm {
    /// TIMEX3 value.
    pub value: String,
    /// Computed from the DCT or the discourse (not stated in full).
    pub relative: bool,
    /// The day denoted, when day-precise (becomes the next anaphora anchor).
    pub date: Option<NaiveDate>,
    /// The year denoted, when there is one.
    pub year: Option<i32>,
}

fn norm(value: String, relative: bool) -> Norm {
    Norm { value, relative, date: None, year: None }
}

fn day_norm(d: NaiveDate, relative: bool) -> Norm {
    Norm { value: day_value(d), relative, date: Some(d), year: Some(d.year()) }
}

fn direction(n: i64) -> String {
    match n.signum() {
        -1 => "PAST_REF",
        0 => "PRESENT_REF",
        _ => "FUTURE_REF",
    }
    .to_string()
}

/// A duration value: `PT6H`, `P3Y`, `PXD` (unknown amount), `P10Y` for a decade.
pub fn duration_value(u: Unit, n: Option<i64>) -> String {
    let (c, k) = match u {
        Unit::Quarter => ('M', 3),
        _ => u.code(),
    };
    let amount = match n {
        Some(n) => n.saturating_mul(k).to_string(),
        None => "X".to_string(),
    };
    format!("P{}{amount}{c}", if u.is_time() { "T" } else { "" })
}

/// A unit-precise value for the period `n` units from `d` ("2025-W14", "2024", "2025-Q1").
fn period(d: NaiveDate, u: Unit, n: i64) -> Option<Norm> {
    let y = d.year();
    Some(match u {
        Unit::Day => day_norm(add_days(d, n), true),
        Unit::Week => norm(week_value(add_days(d, n.saturating_mul(7))), true),
        Unit::Month => {
            let (y2, m2) = add_months(y, d.month(), n);
            Norm { year: Some(y2), ..norm(month_value(y2, m2), true) }
        }
        Unit::Quarter => {
            let k = y as i64 * 4 + quarter_of(d.month()) as i64 - 1 + n.clamp(-40_000, 40_000);
            norm(format!("{}-Q{}", k.div_euclid(4), k.rem_euclid(4) + 1), true)
        }
        Unit::Year => {
            let y2 = (y as i64 + n.clamp(-9000, 9000)) as i32;
            Norm { year: Some(y2), ..norm(format!("{y2:04}"), true) }
        }
        Unit::Decade => norm(format!("{}", y as i64 / 10 + n.clamp(-900, 900)), true),
        Unit::Century => norm(format!("{}", y as i64 / 100 + n.clamp(-90, 90)), true),
        _ => return None,
    })
}

/// Normalises `e` in context.
pub fn normalize(e: &Expr, c: &Ctx) -> Norm {
    let dct = c.dct;
    match *e {
        Expr::Cal { y: Some(y), m, d } => {
            let value = match (m, d) {
                (Some(m), Some(d)) => match ymd(y, m, d) {
                    Some(dd) => return day_norm(dd, false),
                    None => format!("{y:04}-{m:02}-{d:02}"),
                },
                (Some(m), None) => month_value(y, m),
                _ => format!("{y:04}"),
            };
            Norm { year: Some(y), ..norm(value, false) }
        }
        Expr::Cal { y: None, m: Some(m), d } => match dct {
            Some(dct) => normalize(&Expr::Cal { y: Some(year_for(dct, m, d, c.tense)), m: Some(m), d }, c).relative(),
            None => norm(d.map_or(format!("XXXX-{m:02}"), |d| format!("XXXX-{m:02}-{d:02}")), true),
        },
        Expr::Cal { .. } => norm("XXXX-XX-XX".into(), true),
        Expr::Decade(p) => norm(p.to_string(), false),
        Expr::Century(p) => norm(p.to_string(), false),
        Expr::Weekday(wd, shift) => match dct {
            Some(dct) => day_norm(weekday_for(dct, wd, c.tense, shift), true),
            None => norm(format!("XXXX-WXX-{wd}"), true),
        },
        Expr::Context => match c.sent_date.or(dct) {
            Some(d) => day_norm(d, true),
            None => norm("XXXX-XX-XX".into(), true),
        },
        Expr::Day(n) => match dct {
            Some(dct) => day_norm(add_days(dct, n), true),
            None => norm(direction(n), true),
        },
        Expr::Rel(u, n) => dct.and_then(|d| period(d, u, n)).unwrap_or_else(|| norm(direction(n), true)),
        Expr::Ana(Unit::Day, _) if coarse_day(c).is_some() => {
            let (y, m) = coarse_day(c).unwrap_or((0, None));
            let value = m.map_or(format!("{y:04}"), |m| month_value(y, m));
            Norm { year: Some(y), ..norm(value, true) }
        }
        Expr::Ana(u, n) => {
            let anchor = match u {
                Unit::Year => c.ref_year.and_then(|y| ymd(y, 7, 1)).or(c.ref_date),
                _ => c.ref_date,
            };
            anchor.and_then(|d| period(d, u, n)).unwrap_or_else(|| norm("XXXX-XX-XX".into(), true))
        }
        Expr::Weekend(shift) => match dct {
            Some(dct) => {
                let wd = dct.weekday().number_from_monday() as i64;
                let n = shift.unwrap_or(match c.tense {
                    Tense::Future => 0,
                    _ if wd >= 6 => 0,
                    _ => -1,
                });
                norm(format!("{}-WE", week_value(add_days(dct, n * 7))), true)
            }
            None => norm(direction(shift.unwrap_or(-1)), true),
        },
        Expr::Season(s, Some(y), _) => norm(format!("{y:04}-{s}"), false),
        Expr::Season(s, None, shift) => match dct {
            Some(dct) => {
                let cur = season_of(dct.month());
                let si = SEASONS.iter().position(|x| *x == s).unwrap_or(0);
                let y = dct.year();
                let y = match (shift, c.tense) {
                    (Some(0), _) => y,
                    (Some(n), _) if n < 0 => {
                        if si < cur {
                            y
                        } else {
                            y - 1
                        }
                    }
                    (Some(_), _) => {
                        if si > cur {
                            y
                        } else {
                            y + 1
                        }
                    }
                    (None, Tense::Future) => {
                        if si >= cur {
                            y
                        } else {
                            y + 1
                        }
                    }
                    (None, _) => {
                        if si <= cur {
                            y
                        } else {
                            y - 1
                        }
                    }
                };
                norm(format!("{y:04}-{s}"), true)
            }
            None => norm(format!("XXXX-{s}"), true),
        },
        Expr::Quarter(q, Some(y)) => norm(format!("{y:04}-Q{q}"), false),
        Expr::Quarter(q, None) => match dct {
            Some(dct) => {
                let cur = quarter_of(dct.month());
                let y = dct.year();
                let y = match c.tense {
                    Tense::Future if q < cur => y + 1,
                    Tense::Future => y,
                    _ if q >= cur => y - 1,
                    _ => y,
                };
                norm(format!("{y:04}-Q{q}"), true)
            }
            None => norm(format!("XXXX-Q{q}"), true),
        },
        Expr::Half(h, y) => match y.or(dct.map(|d| d.year())) {
            Some(y) => norm(format!("{y:04}-H{h}"), y_none(e)),
            None => norm(format!("XXXX-H{h}"), true),
        },
        Expr::Fixed(v) => norm(v.to_string(), false),
        Expr::Dur(u, n) => norm(duration_value(u, n), false),
        Expr::DurHalf(u, n) => norm(half_duration_value(u, n), false),
        Expr::YearRel(m, d, shift) => match dct {
            Some(dct) => {
                let y = (dct.year() as i64 + shift.clamp(-100, 100)) as i32;
                normalize(&Expr::Cal { y: Some(y), m: Some(m), d }, c).relative()
            }
            None => norm(d.map_or(format!("XXXX-{m:02}"), |d| format!("XXXX-{m:02}-{d:02}")), true),
        },
        Expr::MonthRel(m, shift) => match dct {
            Some(dct) => {
                let (y, cur) = (dct.year(), dct.month());
                let y = match shift.signum() {
                    -1 if m < cur => y,
                    -1 => y - 1,
                    1 if m > cur => y,
                    1 => y + 1,
                    _ => y,
                };
                Norm { year: Some(y), ..norm(month_value(y, m), true) }
            }
            None => norm(format!("XXXX-{m:02}"), true),
        },
        Expr::Set(u, n) => norm(duration_value(u, Some(n)), false),
        Expr::SetWeekday(wd) => norm(format!("XXXX-WXX-{wd}"), false),
        Expr::Clock(ref day, ck) => {
            let (base, rel) = match day {
                Some(d) => {
                    let n = normalize(d, c);
                    (n.date, n.relative)
                }
                None => {
                    // The day in context: one named in the sentence, else the last one mentioned.
                    let base = c.sent_date.or(c.ref_date);
                    // A zoned time later than the publication time, told in the past: the day before.
                    let utc = ck.zone.or(ck.implied_zone).map(|z| i64::from(ck.h * 60 + ck.m) - i64::from(z));
                    let before_publication = base.is_some()
                        && base == dct
                        && c.tense != Tense::Future
                        && matches!((utc, c.dct_utc_minutes), (Some(u), Some(p)) if u > p);
                    (if before_publication { base.map(|b| add_days(b, -1)) } else { base }, true)
                }
            };
            let date = base.map_or("XXXX-XX-XX".to_string(), day_value);
            Norm { date: base, year: base.map(|d| d.year()), ..norm(format!("{date}T{}", clock_value(&ck)), rel) }
        }
        Expr::PartOfDay(ref day, p) => {
            let n = normalize(day, c);
            let ok = n.value.starts_with(|ch: char| ch.is_ascii_digit() || ch == 'X');
            let v = if ok { n.value } else { "XXXX-XX-XX".to_string() };
            Norm { value: format!("{v}T{p}"), relative: n.relative, date: n.date, year: n.year }
        }
    }
}

/// `hh:mm`, `hh:mm:ss`, with `Z` or `±hh:mm` when the zone is known.
pub fn clock_value(ck: &Clock) -> String {
    let mut v = format!("{:02}:{:02}", ck.h, ck.m);
    if let Some(s) = ck.s {
        v.push_str(&format!(":{s:02}"));
    }
    match ck.zone {
        Some(0) => v.push('Z'),
        Some(z) => v.push_str(&format!("{}{:02}:{:02}", if z < 0 { '-' } else { '+' }, z.abs() / 60, z.abs() % 60)),
        None => {}
    }
    v
}

/// A duration of `n` and a half units: `P4.5M`, `P45Y` for four and a half decades.
pub fn half_duration_value(u: Unit, n: i64) -> String {
    let (c, k) = match u {
        Unit::Quarter => ('M', 3),
        _ => u.code(),
    };
    let halves = n.saturating_mul(2).saturating_add(1).saturating_mul(k);
    let amount = if halves % 2 == 0 { (halves / 2).to_string() } else { format!("{}.5", halves / 2) };
    format!("P{}{amount}{c}", if u.is_time() { "T" } else { "" })
}

fn y_none(e: &Expr) -> bool {
    matches!(e, Expr::Half(_, None))
}

impl Norm {
    fn relative(mut self) -> Self {
        self.relative = true;
        self
    }
}
