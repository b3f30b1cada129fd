//! Clock times: "3 p.m.", "3:30pm", "14:00 GMT", "noon", "10 o'clock", "0737 GMT",
//! "1100 hours", "7:37 a.m. local time", and a clock time with its day: "10 a.m.
//! Monday", "noon today", "April 10, 2007 7:07 AM", "16:05 GMT, 9 June 2013".
//!
//! TimeML 1.2.1: a time of day is a TIME whose value is the anchoring date plus
//! `Thh:mm` (and the zone's offset when one is named, `Z` for GMT/UTC); a zone
//! right after it is inside the extent, a date or weekday written next to it too.
//! "10 a.m. on Monday" keeps the preposition outside: the clock time alone is the
//! timex, dated by the day after "on".
//!
//! Texts rebuilt from tokens write "6: 11 PM", "8. 40am", "09: 10 hours": a space
//! after the separator is accepted where the form is otherwise unambiguous.

use super::expr::{Cand, Clock, Expr};
use super::lexicon::zone_offset;
use super::rec_calendar::{month_date, numeric_date, weekday_date};
use super::scan::{at, Tok};

/// How the hour was written, which decides what else a clock time needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Form {
    /// "noon", "midnight".
    Word,
    /// "10", "3": needs "am"/"pm" or "o'clock".
    Hour,
    /// "10:30", "6: 11", "23:37:00".
    Colon,
    /// "8.40", "8. 40": needs "am"/"pm", "hours" or a zone (else a decimal or two sentences).
    Dotted,
    /// "0737", "1100": needs a zone, "hours", or "at 1353 (1023 GMT)".
    Four,
}

/// Hour and minute written "8.40" in one token.
fn dotted_token(w: &str) -> Option<(i64, i64)> {
    let (h, m) = w.split_once('.')?;
    let ok =
        |s: &str, n: std::ops::RangeInclusive<usize>| n.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
    (ok(h, 1..=2) && ok(m, 2..=2)).then(|| (h.parse().unwrap_or(99), m.parse().unwrap_or(99)))
}

/// Two digits right after a separator at `k` ("10:30", "10: 30"), no space before the separator.
fn after_sep(t: &[Tok], k: usize, sep: &str) -> Option<i64> {
    t.get(k).filter(|x| x.low == sep && !x.space_before)?;
    t.get(k + 1).filter(|y| y.digits == 2).and_then(|y| y.num)
}

/// The time of day starting at `i`, with what follows it (am/pm, "hours", zone, "local
/// time"): the clock and the index after it.
pub fn clock_at(t: &[Tok], i: usize) -> Option<(Clock, usize)> {
    let x = t.get(i)?;
    let (mut h, m, s, mut j, form) = match x.low.as_str() {
        "noon" | "midday" => (12, 0, None, i + 1, Form::Word),
        "midnight" => (0, 0, None, i + 1, Form::Word),
        _ if x.digits == 4 => {
            let n = x.num?;
            (n / 100, n % 100, None, i + 1, Form::Four)
        }
        _ if x.digits == 1 || x.digits == 2 => {
            let h = x.num?;
            if let Some(m) = after_sep(t, i + 1, ":") {
                match after_sep(t, i + 3, ":") {
                    Some(s) => (h, m, Some(s), i + 5, Form::Colon),
                    None => (h, m, None, i + 3, Form::Colon),
                }
            } else if let Some(m) = after_sep(t, i + 1, ".") {
                (h, m, None, i + 3, Form::Dotted)
            } else {
                (h, 0, None, i + 1, Form::Hour)
            }
        }
        w => {
            let (h, m) = dotted_token(w)?;
            (h, m, None, i + 1, Form::Dotted)
        }
    };
    // am / pm / a.m. / o'clock / hours
    let w = at(t, j);
    let mut ampm = None;
    let mut hours = false;
    if matches!(w, "am" | "pm") {
        ampm = Some(w == "pm");
        j += 1;
    } else if matches!(w, "a" | "p") && at(t, j + 1) == "." && at(t, j + 2) == "m" {
        ampm = Some(w == "p");
        j += if at(t, j + 3) == "." { 4 } else { 3 };
    } else if (w == "o'clock" && form == Form::Hour)
        || (matches!(w, "hours" | "hrs" | "hr" | "h") && matches!(form, Form::Four | Form::Colon))
    {
        j += 1;
        hours = true;
    }
    // The zone: an abbreviation, "local time", "<Place> time", or "(IST)" (read, left outside).
    let mut zone = None;
    let mut zoned = false;
    if let Some(z) = zone_offset(at(t, j)) {
        zone = Some(z);
        zoned = true;
        j += 1;
    } else if at(t, j + 1) == "time" && (at(t, j) == "local" || t.get(j).is_some_and(|y| y.cap && y.is_word())) {
        zoned = true;
        j += 2;
    } else if at(t, j) == "uk" && t[j].cap {
        zoned = true;
        j += 1;
    } else if at(t, j) == "(" && at(t, j + 2) == ")" {
        zone = zone_offset(at(t, j + 1));
    }
    let ok = match form {
        Form::Word => true,
        Form::Hour => ampm.is_some() || hours,
        Form::Colon => ampm.is_some() || zoned || hours || !game_clock(t, i, j),
        Form::Dotted => ampm.is_some() || zoned || hours,
        Form::Four => zoned || hours || (i > 0 && at(t, i - 1) == "at" && at(t, j) == "("),
    };
    if !ok || m > 59 || s.is_some_and(|s| s > 59) {
        return None;
    }
    if let Some(pm) = ampm {
        if h > 12 || h == 0 {
            return None;
        }
        h = if pm { h % 12 + 12 } else { h % 12 };
    }
    if h > 24 {
        return None;
    }
    Some((Clock { h: h as u32, m: m as u32, s: s.map(|s| s as u32), zone, implied_zone: None }, j))
}

/// A game clock or a count, not a time of day: "with 4:08 to play", "6:00 minutes remaining".
fn game_clock(t: &[Tok], i: usize, j: usize) -> bool {
    (i > 0 && at(t, i - 1) == "with")
        || matches!(at(t, j), "remaining" | "left" | "minutes" | "mins" | "seconds" | "secs")
        || at(t, j) == "to" && matches!(at(t, j + 1), "play" | "go")
}

/// The day a clock time is written with, at `k`: a weekday, a full date, "today".
fn day_at(t: &[Tok], k: usize) -> Option<Cand> {
    let c = [weekday_date(t, k), month_date(t, k), numeric_date(t, k), deictic_day(t, k)]
        .into_iter()
        .flatten()
        .max_by_key(|c| c.b)?;
    match c.expr {
        Expr::Cal { d: Some(_), .. } | Expr::Weekday(..) | Expr::Day(_) => Some(c),
        Expr::PartOfDay(ref day, _) if matches!(**day, Expr::Weekday(..) | Expr::Day(_)) => Some(c),
        _ => None,
    }
}

/// "today", "yesterday", "tomorrow".
fn deictic_day(t: &[Tok], k: usize) -> Option<Cand> {
    let n = match at(t, k) {
        "today" => 0,
        "yesterday" => -1,
        "tomorrow" => 1,
        _ => return None,
    };
    Some(Cand::new(k, k + 1, Expr::Day(n)))
}

/// The day of a part-of-day expression or the expression itself.
fn day_of(e: Expr) -> Expr {
    match e {
        Expr::PartOfDay(day, _) => *day,
        e => e,
    }
}

/// A clock time, with the day written right after it ("10 a.m. Monday", "noon today",
/// "16:05 GMT, 9 June 2013"); "10 a.m. on Monday" is dated by Monday but ends before "on".
pub fn clock(t: &[Tok], i: usize) -> Option<Cand> {
    let (mut ck, j) = clock_at(t, i)?;
    let k = if at(t, j) == "," { j + 1 } else { j };
    if let Some(d) = day_at(t, k).filter(|d| k == j || matches!(d.expr, Expr::Cal { .. } | Expr::Weekday(..))) {
        return Some(Cand::new(i, d.b, Expr::Clock(Some(Box::new(day_of(d.expr))), ck)));
    }
    // "1353 (1023 GMT)": one instant in two zones, so the first is at the second's
    // zone plus their difference (+03:30); "at 09:10 hours (0440 GMT) on Monday".
    let mut k = j;
    if at(t, j) == "(" {
        if let Some((other, e)) = clock_at(t, j + 1).filter(|&(_, e)| at(t, e) == ")") {
            if let (None, Some(z)) = (ck.zone, other.zone) {
                let diff =
                    (i64::from(ck.h * 60 + ck.m) - i64::from(other.h * 60 + other.m) + 720).rem_euclid(1440) - 720;
                let zone = i64::from(z) + diff;
                if diff % 15 == 0 && (-720..=840).contains(&zone) {
                    ck.implied_zone = Some(zone as i32);
                }
            }
            k = e + 1;
        }
    } else if at(t, j) == ")" {
        k = j + 1; // the second clock of such a pair
    }
    if at(t, k) == "on" {
        if let Some(d) = day_at(t, k + 1) {
            return Some(Cand::new(i, j, Expr::Clock(Some(Box::new(day_of(d.expr))), ck)));
        }
    }
    Some(Cand::new(i, j, Expr::Clock(None, ck)))
}

/// A full date followed by its clock time, as in datelines: "April 10, 2007-7:07AM",
/// "July 28, 2004 at 1:24 PM", "Monday, 28 November 2005, 02:24 GMT", "10 Jun 2013 09:10".
/// `d` is the date recognised at `i` (the recogniser extends its longest match with this,
/// instead of matching every date twice).
pub fn with_clock(t: &[Tok], d: &Cand) -> Option<Cand> {
    if !matches!(d.expr, Expr::Cal { d: Some(_), .. }) {
        return None;
    }
    // One word "at", or up to two marks: ",", "-", "--", "|".
    let mut k = d.b;
    if at(t, k) == "at" {
        k += 1;
    } else {
        while k < d.b + 2 && matches!(at(t, k), "," | "-" | "–" | "—" | "|") {
            k += 1;
        }
    }
    let x = t.get(k)?;
    if x.low == "noon" || x.low == "midnight" || x.low == "midday" {
        return None; // "April 10 noon" is rare; "April 10, noon" left to the parts
    }
    let (ck, j) = clock_at(t, k)?;
    Some(Cand::new(d.a, j, Expr::Clock(Some(Box::new(d.expr.clone())), ck)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::span::Span;
    use crate::time::scan::scan;

    fn one(s: &str) -> Option<(String, Clock)> {
        let t = scan(s, Span::new(0, s.len()));
        (0..t.len()).find_map(|i| {
            let date =
                [month_date(&t, i), weekday_date(&t, i), numeric_date(&t, i)].into_iter().flatten().max_by_key(|c| c.b);
            let c = clock(&t, i).or_else(|| with_clock(&t, &date?))?;
            let Expr::Clock(_, ck) = c.expr else { return None };
            Some((s[t[c.a].span.start..t[c.b - 1].span.end].to_string(), ck))
        })
    }

    #[test]
    fn forms() {
        let ck = |h, m, s, zone| Clock { h, m, s, zone, implied_zone: None };
        let cases: &[(&str, &str, Clock)] = &[
            ("at 3 p.m. today", "3 p.m. today", ck(15, 0, None, None)),
            ("at 6: 11 PM The", "6: 11 PM", ck(18, 11, None, None)),
            ("at 8. 40am on Saturday", "8. 40am", ck(8, 40, None, None)),
            ("at 8.40pm", "8.40pm", ck(20, 40, None, None)),
            ("at 0737 GMT", "0737 GMT", ck(7, 37, None, Some(0))),
            ("at 1100 hours", "1100 hours", ck(11, 0, None, None)),
            ("struck at 1353 (1023 GMT)", "1353", Clock { implied_zone: Some(210), ..ck(13, 53, None, None) }),
            ("around 11 am (IST) saying", "11 am", ck(11, 0, None, Some(330))),
            ("at 1: 53 p. m. local time", "1: 53 p. m. local time", ck(13, 53, None, None)),
            ("at 14: 00 Greek time after", "14: 00 Greek time", ck(14, 0, None, None)),
            ("noon EDT", "noon EDT", ck(12, 0, None, Some(-240))),
            ("First Posted 23: 37: 00 05 / 05 / 2010 A", "23: 37: 00 05 / 05 / 2010", ck(23, 37, Some(0), None)),
            ("April 10, 2007-7: 07AM A man", "April 10, 2007-7: 07AM", ck(7, 7, None, None)),
            ("Published: July 28, 2004 at 1: 24 PM Fred", "July 28, 2004 at 1: 24 PM", ck(13, 24, None, None)),
            ("PUBLISHED: 16: 05 GMT, 9 June 2013 |", "16: 05 GMT, 9 June 2013", ck(16, 5, None, Some(0))),
            ("Wed May 5, 2010 7: 12pm BST Three", "Wed May 5, 2010 7: 12pm BST", ck(19, 12, None, Some(60))),
            ("10 Jun 2013 09: 10 John", "10 Jun 2013 09: 10", ck(9, 10, None, None)),
            ("January 9, 2009 -- 4:23pm EST", "January 9, 2009 -- 4:23pm EST", ck(16, 23, None, Some(-300))),
        ];
        for (s, text, want) in cases {
            assert_eq!(one(s), Some((text.to_string(), *want)), "{s}");
        }
    }

    #[test]
    fn not_clock_times() {
        for s in
            ["with 4: 08 to play", "6: 00 minutes remaining", "in 1353 .", "3. 5 percent", "10 hours", "the 2010 plan"]
        {
            assert_eq!(one(s), None, "{s}");
        }
    }
}
