//! Deictic, anaphoric and vague expressions: "yesterday", "last week", "this
//! spring", "the next day", "that year", "recently", "the near future",
//! "early 2009", "the beginning of the year".
//!
//! TimeML 1.2.1: deictic expressions are normalised against the DCT, anaphoric
//! ones ("the next day") against the last date in the discourse; vague past /
//! present / future references get `PAST_REF` / `PRESENT_REF` / `FUTURE_REF`;
//! "early/mid/late" and "the beginning/middle/end of" stay inside the extent and
//! set `mod` START / MID / END.

use super::expr::{Cand, Expr};
use super::lexicon::{month, part_of_day, season, unit, weekday, Unit};
use super::rec_calendar::{decade, month_date, quarter, weekday_date, year};
use super::scan::{at, Tok};

/// today / tonight / yesterday / tomorrow (+ part of day), "the day before yesterday",
/// "this morning", "last night".
pub fn deictic(t: &[Tok], i: usize) -> Option<Cand> {
    let day = |n| Expr::Day(n);
    // "USA Today", "Good Morning America Today": a capitalised "Today" inside a name.
    let x = t.get(i)?;
    if x.cap && i > 0 && t[i - 1].cap && t[i - 1].is_word() && x.low == "today" {
        return None;
    }
    let (e, j) = match at(t, i) {
        "today" => (day(0), i + 1),
        "yesterday" => (day(-1), i + 1),
        "tomorrow" => (day(1), i + 1),
        "tonight" => return Some(Cand::new(i, i + 1, Expr::PartOfDay(Box::new(day(0)), "NI"))),
        "the" if at(t, i + 1) == "day" && at(t, i + 3) == "yesterday" && at(t, i + 2) == "before" => (day(-2), i + 4),
        "the" if at(t, i + 1) == "day" && at(t, i + 3) == "tomorrow" && at(t, i + 2) == "after" => (day(2), i + 4),
        "last" if at(t, i + 1) == "night" => {
            return Some(Cand::new(i, i + 2, Expr::PartOfDay(Box::new(day(-1)), "NI")))
        }
        "this" => {
            let p = part_of_day(at(t, i + 1)).filter(|p| *p != "NI")?;
            return Some(Cand::new(i, i + 2, Expr::PartOfDay(Box::new(day(0)), p)));
        }
        _ => return None,
    };
    match t.get(j).and_then(|x| part_of_day(&x.low)) {
        Some(p) => Some(Cand::new(i, j + 1, Expr::PartOfDay(Box::new(e), p))),
        None => Some(Cand::new(i, j, e)),
    }
}

/// "this/last/next/coming/past + unit | season | weekday | weekend", with an
/// optional leading "earlier"/"later" ("earlier this year": the year; the word is
/// inside the extent, as in TimeBank).
pub fn this_last_next(t: &[Tok], i: usize) -> Option<Cand> {
    let s = match (at(t, i), at(t, i + 1)) {
        ("earlier" | "later", _) => i + 1,
        ("the", "current" | "coming") => i + 1, // "the current quarter": determiner inside
        _ => i,
    };
    let (shift, j) = match (at(t, s), at(t, s + 1)) {
        ("this", "past") => (-1, s + 2),
        ("this", "coming") => (1, s + 2),
        ("this" | "current", _) => (0, s + 1),
        ("last" | "past" | "previous", _) => (-1, s + 1),
        ("next" | "coming", _) => (1, s + 1),
        _ => return None,
    };
    let w = at(t, j);
    let e = if let Some((u, false)) = unit(w) {
        if matches!(u, Unit::Second | Unit::Minute | Unit::Hour | Unit::Day) || at(t, s) == "past" {
            return None;
        }
        Expr::Rel(u, shift)
    } else if let Some(sn) = season(w) {
        Expr::Season(sn, None, Some(shift))
    } else if w == "weekend" {
        Expr::Weekend(Some(shift))
    } else if w == "season" && at(t, s) != "past" {
        // "last season", "this season", "next season": the sporting or cultural season,
        // dated by its year.
        Expr::Rel(Unit::Year, shift)
    } else if let Some(wd) = weekday(w).filter(|_| t[j].cap) {
        // "next Sunday afternoon"
        if let Some(p) = t.get(j + 1).and_then(|y| part_of_day(&y.low)) {
            return Some(Cand::new(i, j + 2, Expr::PartOfDay(Box::new(Expr::Weekday(wd, shift)), p)));
        }
        Expr::Weekday(wd, shift)
    } else if let Some((m, false)) = month(w).filter(|_| t[j].cap && at(t, s) != "past" && s == i) {
        Expr::MonthRel(m, shift) // "last April"
    } else {
        return None;
    };
    Some(Cand::new(i, j + 1, e))
}

/// "the same day", "that week", "the next/following day", "the previous year",
/// "the day before/after" (anaphoric: relative to the last date mentioned).
pub fn anaphoric(t: &[Tok], i: usize) -> Option<Cand> {
    // "that night", "the afternoon", "that same morning": a part of the day in context.
    let s = if at(t, i + 1) == "same" { i + 2 } else { i + 1 };
    if matches!(at(t, i), "that" | "the") {
        // "the early hours (of Sunday)": the night's end.
        let (pod, e) = match (at(t, s), at(t, s + 1)) {
            ("early" | "small", "hours") if at(t, i) == "the" => (Some("NI"), s + 2),
            _ => (t.get(s).filter(|y| !y.cap).and_then(|y| part_of_day(&y.low)), s + 1),
        };
        if let Some(p) = pod.filter(|_| at(t, s) != "overnight") {
            // "the morning of March 11", "the night of June 3": that day's part.
            if at(t, e) == "of" && at(t, i) == "the" {
                let day = [month_date(t, e + 1), weekday_date(t, e + 1)]
                    .into_iter()
                    .flatten()
                    .filter(|c| matches!(c.expr, Expr::Cal { d: Some(_), .. } | Expr::Weekday(..)))
                    .max_by_key(|c| c.b);
                if let Some(d) = day {
                    return Some(Cand::new(i, d.b, Expr::PartOfDay(Box::new(d.expr), p)));
                }
            }
            // "that night" goes back to the last day mentioned; "the afternoon" is
            // the day the sentence is about (a day named in it, else the DCT).
            let day = if at(t, i) == "that" || s > i + 1 { Expr::Ana(Unit::Day, 0) } else { Expr::Context };
            return Some(Cand::new(i, e, Expr::PartOfDay(Box::new(day), p)));
        }
    }
    let (shift, j) = match (at(t, i), at(t, i + 1)) {
        ("that", "same") => (0, i + 2),
        ("that", _) => (0, i + 1),
        ("the", "same") => (0, i + 2),
        ("the", "next" | "following") => (1, i + 2),
        ("the", "previous" | "preceding" | "prior") => (-1, i + 2),
        ("the", "day") if matches!(at(t, i + 2), "before" | "after") => {
            let n = if at(t, i + 2) == "before" { -1 } else { 1 };
            return Some(Cand::new(i, i + 3, Expr::Ana(Unit::Day, n)));
        }
        _ => return None,
    };
    let (u, plural) = unit(at(t, j))?;
    if plural || !matches!(u, Unit::Day | Unit::Week | Unit::Month | Unit::Year) {
        return None;
    }
    Some(Cand::new(i, j + 1, Expr::Ana(u, shift)))
}

/// Vague references: now, currently, recently, soon, "the past", "the (near)
/// future", "recent years", "the coming weeks", "at present", "these days".
pub fn vague(t: &[Tok], i: usize) -> Option<Cand> {
    const PAST: &str = "PAST_REF";
    const PRESENT: &str = "PRESENT_REF";
    const FUTURE: &str = "FUTURE_REF";
    let prev = if i > 0 { at(t, i - 1) } else { "" };
    let (v, j) = match (at(t, i), at(t, i + 1)) {
        ("now" | "currently" | "nowadays" | "presently", _) if prev != "just" || at(t, i) != "now" => (PRESENT, i + 1),
        ("more" | "most", "recently") => (PAST, i + 2),
        ("recently" | "lately", nx) if !(prev == "as" && nx == "as") => (PAST, i + 1),
        ("present", _) if prev == "at" => (PRESENT, i + 1),
        ("these", "days") => (PRESENT, i + 2),
        ("the", "moment") if prev == "at" => (PRESENT, i + 2),
        ("the", "present") if at(t, i + 2) != "day" => (PRESENT, i + 2),
        ("the", "past") if unit(at(t, i + 2)).is_none() && !is_quantity(at(t, i + 2)) => (PAST, i + 2),
        ("the", "future") if at(t, i + 2) != "of" => (FUTURE, i + 2), // not "the future of Europe"
        ("the", "near" | "distant" | "foreseeable") if at(t, i + 2) == "future" => (FUTURE, i + 3),
        ("the", "distant" | "recent") if at(t, i + 2) == "past" => (PAST, i + 3),
        ("the", "coming") if unit(at(t, i + 2)).is_some_and(|u| u.1) => (FUTURE, i + 3),
        ("recent", w) if unit(w).is_some_and(|u| u.1) => (PAST, i + 2),
        _ => return None,
    };
    Some(Cand::new(i, j, Expr::Fixed(v)))
}

fn is_quantity(w: &str) -> bool {
    matches!(w, "few" | "several" | "couple" | "many")
        || super::lexicon::number_word(w).is_some()
        || w.bytes().all(|b| b.is_ascii_digit()) && !w.is_empty()
}

/// Any plain date a modifier can apply to ("early 2009", "the end of April").
fn base_date(t: &[Tok], i: usize) -> Option<Cand> {
    let mut c = [
        month_date(t, i),
        weekday_date(t, i),
        year(t, i),
        decade(t, i),
        quarter(t, i),
        this_last_next(t, i),
        deictic(t, i),
        anaphoric(t, i),
    ]
    .into_iter()
    .flatten()
    .max_by_key(|c| c.b)?;
    if let Expr::Cal { d: Some(_), .. } = c.expr {
        c.modifier = None;
    }
    Some(c)
}

/// "early 2009", "mid-2011", "late last year", "the beginning of the year",
/// "the end of April", "the middle of next week", "the spring of 2024", "this spring".
pub fn modified(t: &[Tok], i: usize) -> Option<Cand> {
    let pos = |w: &str| match w {
        "early" | "beginning" | "start" | "dawn" => Some("START"),
        "mid" | "middle" => Some("MID"),
        "late" | "end" | "close" => Some("END"),
        _ => None,
    };
    if let Some(m) = pos(at(t, i)).filter(|_| matches!(at(t, i), "early" | "late" | "mid")) {
        let j = if at(t, i + 1) == "-" { i + 2 } else { i + 1 };
        // "late afternoon", "mid-morning": a part of the day in context.
        if let Some(p) = t.get(j).filter(|y| !y.cap).and_then(|y| part_of_day(&y.low)) {
            if at(t, j) != "overnight" && !matches!(at(t, j + 1), "of" | "news" | "paper" | "papers" | "edition") {
                return Some(Cand::new(i, j + 1, Expr::PartOfDay(Box::new(Expr::Context), p)).with_mod(Some(m)));
            }
        }
        let c = base_date(t, j)?;
        return Some(Cand::new(i, c.b, c.expr).with_mod(Some(m)));
    }
    if at(t, i) != "the" {
        return None;
    }
    let s = if at(t, i + 1) == "very" { i + 2 } else { i + 1 };
    if let Some(sn) = season(at(t, s)) {
        // "the spring of 2024" / "the summer" (by tense); "the fall" only with a year
        // ("the fall of Rome", "the fall in prices" are no seasons).
        let y = (at(t, s + 1) == "of").then(|| super::rec_calendar::year_at(t, s + 2)).flatten();
        return match y {
            Some((y, e)) => Some(Cand::new(i, e, Expr::Season(sn, Some(y), None))),
            None if at(t, s) != "fall" && at(t, s + 1) != "of" => {
                Some(Cand::new(i, s + 1, Expr::Season(sn, None, None)))
            }
            None => None,
        };
    }
    if at(t, s) == "weekend" {
        return Some(Cand::new(i, s + 1, Expr::Weekend(None)));
    }
    let m = pos(at(t, s)).filter(|_| at(t, s + 1) == "of")?;
    let j = s + 2;
    // "the end of the year/month/week" = the current one.
    if at(t, j) == "the" {
        if let Some((u, false)) = unit(at(t, j + 1)) {
            if matches!(u, Unit::Week | Unit::Month | Unit::Year | Unit::Decade | Unit::Century) {
                return Some(Cand::new(i, j + 2, Expr::Rel(u, 0)).with_mod(Some(m)));
            }
        }
    }
    let c = base_date(t, j)?;
    Some(Cand::new(i, c.b, c.expr).with_mod(Some(m)))
}

/// "spring 2024", "summer" after "this"/"last" is handled in [`this_last_next`].
pub fn season_year(t: &[Tok], i: usize) -> Option<Cand> {
    let sn = season(at(t, i))?;
    let (y, e) = super::rec_calendar::year_at(t, i + 1)?;
    Some(Cand::new(i, e, Expr::Season(sn, Some(y), None)))
}
