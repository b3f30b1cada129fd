//! Calendar expressions: "April 10, 2025", "10 April", "Feb. 27", "March 2025",
//! "2016", "the 1990s", "2025-04-10", "4/10/2025", weekdays, quarters, holidays.
//!
//! TIMEX3 extent rules (TimeML 1.2.1 §2.2.1): the whole calendar phrase is one
//! timex ("Thursday, April 10, 2025"); prepositions are outside ("on", "in");
//! the determiner of a nominal head is inside ("the 1990s", "the first quarter").

use super::expr::{Cand, Expr};
use super::lexicon::{month, ordinal, part_of_day, weekday, MONTHS};
use super::scan::{at, Tok};

/// A four-digit year 1000–2099 at `i`.
pub fn year_at(t: &[Tok], i: usize) -> Option<(i32, usize)> {
    let x = t.get(i)?;
    (x.digits == 4 && (1000..=2099).contains(&x.num?)).then(|| (x.num.unwrap_or(0) as i32, i + 1))
}

/// A capitalised month name, with the dot of an abbreviation ("Feb.").
fn month_at(t: &[Tok], i: usize) -> Option<(u32, bool, usize)> {
    let x = t.get(i)?;
    let (m, abbr) = month(&x.low).filter(|_| x.cap)?;
    let j = if abbr && at(t, i + 1) == "." && !t[i + 1].space_before { i + 2 } else { i + 1 };
    Some((m, abbr, j))
}

/// A day of the month: "10", "10th", "tenth".
fn day_at(t: &[Tok], i: usize) -> Option<(u32, usize)> {
    let x = t.get(i)?;
    let (d, j) = match x.num {
        Some(n) if x.digits <= 2 => (n, i + 1),
        Some(_) => return None,
        None => ordinal(t, i)?,
    };
    // "10:30", "10.5", "10%" are not days.
    let bad = matches!(at(t, j), ":" | "%") && t.get(j).is_some_and(|y| !y.space_before);
    ((1..=31).contains(&d) && !bad).then_some((d as u32, j))
}

/// Year after an optional comma: ", 2025" / " 2025".
fn year_after(t: &[Tok], j: usize) -> Option<(i32, usize)> {
    let k = if at(t, j) == "," { j + 1 } else { j };
    year_at(t, k)
}

/// "this year" (0), "last year" (−1), "next year" (+1) right after a year-less date:
/// the shift and the index after it.
fn year_word(t: &[Tok], k: usize) -> Option<(i64, usize)> {
    let n = match at(t, k) {
        "this" => 0,
        "last" => -1,
        "next" => 1,
        _ => return None,
    };
    (at(t, k + 1) == "year").then_some((n, k + 2))
}

/// Month-first and day-first dates, month + year, and a month alone.
pub fn month_date(t: &[Tok], i: usize) -> Option<Cand> {
    let cal = |y, m, d| Expr::Cal { y, m: Some(m), d };
    // A misspelt month in a full date: "Novemer 27, 2005".
    let day_next = t.get(i + 1).is_some_and(|x| x.num.is_some());
    if let Some(m) = t.get(i).filter(|x| day_next && x.cap && x.low.len() >= 6).and_then(|x| misspelt_month(&x.low)) {
        let (d, k) = day_at(t, i + 1)?;
        let (y, e) = year_after(t, k)?;
        return Some(Cand::new(i, e, cal(Some(y), m, Some(d))));
    }
    if let Some((m, abbr, j)) = month_at(t, i) {
        if let Some((d, k)) = day_at(t, j) {
            return Some(match year_after(t, k) {
                Some((y, e)) => Cand::new(i, e, cal(Some(y), m, Some(d))),
                None => match year_word(t, k) {
                    Some((n, e)) => Cand::new(i, e, Expr::YearRel(m, Some(d), n)),
                    None => Cand::new(i, k, cal(None, m, Some(d))),
                },
            });
        }
        let k = if at(t, j) == "of" { j + 1 } else { j };
        if let Some((y, e)) = year_after(t, k) {
            return Some(Cand::new(i, e, cal(Some(y), m, None)));
        }
        let in_may = i > 0 && matches!(at(t, i - 1), "in" | "since" | "until" | "by" | "during" | "of" | "from");
        if let Some((n, e)) = year_word(t, j).filter(|_| !abbr && (m != 5 || in_may)) {
            return Some(Cand::new(i, e, Expr::YearRel(m, None, n))); // "September this year"
        }
        // "November-end", "March-beginning": the part of the month inside the extent.
        if at(t, j) == "-" && t.get(j + 1).is_some_and(|x| !x.space_before) && !t[j].space_before {
            let part = match at(t, j + 1) {
                "end" => Some("END"),
                "beginning" | "start" => Some("START"),
                "middle" => Some("MID"),
                _ => None,
            };
            if let Some(p) = part {
                return Some(Cand::new(i, j + 2, cal(None, m, None)).with_mod(Some(p)));
            }
        }
        // A month alone: not an abbreviation, and "May" only after a preposition
        // ("in May"), since it is also a verb and a surname.
        let prev = if i > 0 { at(t, i - 1) } else { "" };
        let may_ok = matches!(
            prev,
            "in" | "since"
                | "until"
                | "by"
                | "during"
                | "of"
                | "early"
                | "late"
                | "mid"
                | "-"
                | "last"
                | "next"
                | "this"
                | "from"
                | "through"
                | "before"
                | "after"
        );
        if !abbr && (m != 5 || may_ok) && !t.get(j).is_some_and(|x| x.cap && x.is_word()) {
            return Some(Cand::new(i, j, Expr::Cal { y: None, m: Some(m), d: None }));
        }
        return None;
    }
    // Day first: "10 April 2025", "the 10th of April".
    let s = if at(t, i) == "the" { i + 1 } else { i };
    let (d, j) = day_at(t, s)?;
    let j = if at(t, j) == "of" { j + 1 } else { j };
    let (m, _, k) = month_at(t, j)?;
    Some(match year_after(t, k) {
        Some((y, e)) => Cand::new(i, e, cal(Some(y), m, Some(d))),
        None => match year_word(t, k) {
            Some((n, e)) => Cand::new(i, e, Expr::YearRel(m, Some(d), n)),
            None => Cand::new(i, k, cal(None, m, Some(d))),
        },
    })
}

/// A weekday, possibly with a date ("Thursday, April 10") or a part of the day
/// ("Friday morning" → TIME). Plural "Mondays" is a SET.
pub fn weekday_date(t: &[Tok], i: usize) -> Option<Cand> {
    let x = t.get(i)?;
    if !x.cap {
        return None;
    }
    if let Some(wd) = x.low.strip_suffix('s').and_then(weekday) {
        return Some(Cand::new(i, i + 1, Expr::SetWeekday(wd)));
    }
    // "Wed May 5, 2010", "Sun. Sep 15 2013": an abbreviation only before a full date.
    let (wd, abbr) = match weekday(&x.low) {
        Some(wd) => (wd, false),
        None => (weekday_abbr(&x.low)?, true),
    };
    let mut j = i + 1;
    if abbr && at(t, j) == "." && !t[j].space_before {
        j += 1;
    }
    if at(t, j) == "," {
        j += 1;
    }
    if let Some(c) = month_date(t, j).filter(|c| matches!(c.expr, Expr::Cal { d: Some(_), .. })) {
        return Some(Cand::new(i, c.b, c.expr));
    }
    if abbr {
        return None;
    }
    if let Some(p) = t.get(i + 1).and_then(|y| part_of_day(&y.low)) {
        return Some(Cand::new(i, i + 2, Expr::PartOfDay(Box::new(Expr::Weekday(wd, 0)), p)));
    }
    Some(Cand::new(i, i + 1, Expr::Weekday(wd, 0)))
}

/// A month name of six letters or more with one letter dropped, added or changed
/// ("Novemer", "Feburary"), not a month name itself.
fn misspelt_month(w: &str) -> Option<u32> {
    if month(w).is_some() {
        return None;
    }
    let one_edit = |a: &[u8], b: &[u8]| {
        let (p, s) = if a.len() >= b.len() { (a, b) } else { (b, a) };
        if p.len() - s.len() > 1 {
            return false;
        }
        let head = p.iter().zip(s).take_while(|(x, y)| x == y).count();
        let tail = |skip_p: usize, skip_s: usize| p.get(head + skip_p..) == s.get((head + skip_s).min(s.len())..);
        if p.len() == s.len() {
            tail(1, 1)
        } else {
            tail(1, 0)
        }
    };
    MONTHS.iter().position(|m| m.len() >= 6 && one_edit(m.as_bytes(), w.as_bytes())).map(|i| i as u32 + 1)
}

/// A weekday abbreviation ("Wed", "Thurs"; 1 = Monday).
fn weekday_abbr(w: &str) -> Option<u32> {
    Some(match w {
        "mon" => 1,
        "tue" | "tues" => 2,
        "wed" => 3,
        "thu" | "thur" | "thurs" => 4,
        "fri" => 5,
        "sat" => 6,
        "sun" => 7,
        _ => return None,
    })
}

/// "2025-04-10", "2025/04/10", "4/10/2025" (US month first unless the first
/// number exceeds 12), "10/4/25".
pub fn numeric_date(t: &[Tok], i: usize) -> Option<Cand> {
    let sep = at(t, i + 1);
    if !matches!(sep, "-" | "/") || at(t, i + 3) != sep {
        return None;
    }
    // Slashes may be spaced ("11 / 27 / 2005", texts rebuilt from tokens); dashes not
    // (a spaced dash is a range or a score).
    let n = |k: usize| {
        t.get(k).filter(|x| !x.space_before || k == i || sep == "/").and_then(|x| x.num.map(|v| (v, x.digits)))
    };
    let (a, da) = n(i)?;
    let ((b, db), (c, dc)) = (n(i + 2)?, n(i + 4)?);
    let (y, m, d) = if da == 4 && db <= 2 && dc <= 2 {
        (a, b, c)
    } else if sep == "/" && da <= 2 && db <= 2 && (dc == 4 || dc == 2) {
        let y = if dc == 2 {
            if c >= 50 {
                1900 + c
            } else {
                2000 + c
            }
        } else {
            c
        };
        if a > 12 {
            (y, b, a)
        } else {
            (y, a, b)
        }
    } else {
        return None;
    };
    super::calendar::ymd(y as i32, m as u32, d as u32)?;
    Some(Cand::new(i, i + 5, Expr::Cal { y: Some(y as i32), m: Some(m as u32), d: Some(d as u32) }))
}

/// A year ("in 2022", "the 2011 version"), not money, counts or percentages.
pub fn year(t: &[Tok], i: usize) -> Option<Cand> {
    let (y, j) = year_at(t, i)?;
    let prev = if i > 0 { at(t, i - 1) } else { "" };
    let next = at(t, j);
    if matches!(prev, "$" | "€" | "£" | "#" | "number")
        || matches!(next, "%" | "percent" | "people" | "times" | ":" | "km" | "miles" | "meters" | "feet")
    {
        return None;
    }
    let prep = matches!(prev, "in" | "since" | "from" | "of" | "by" | "until" | "circa" | "c" | "year" | "between");
    if y < 1900 && !prep {
        return None;
    }
    // "had 2000 employees": a count, unless a preposition or determiner marks a year.
    let nx = t.get(j);
    let plural_noun = nx.is_some_and(|x| {
        !x.cap
            && x.low.len() > 3
            && x.low.ends_with('s')
            && !matches!(
                x.low.as_str(),
                "was" | "has" | "does" | "sees" | "marks" | "brings" | "makes" | "looks" | "seems"
            )
    });
    let year_prev = prep
        || matches!(
            prev,
            "the"
                | "during"
                | "before"
                | "after"
                | "for"
                | "and"
                | "to"
                | "through"
                | "-"
                | "mid"
                | "early"
                | "late"
                | "fiscal"
                | "'s"
                | "s"
                | "his"
                | "her"
                | "its"
                | "their"
        );
    if plural_noun && !year_prev {
        return None;
    }
    Some(Cand::new(i, j, Expr::Cal { y: Some(y), m: None, d: None }))
}

/// Fixed-date holidays: "Christmas (Day|Eve)", "New Year's Day/Eve", "Halloween", "Valentine's Day".
pub fn holiday(t: &[Tok], i: usize) -> Option<Cand> {
    let x = t.get(i).filter(|x| x.cap)?;
    let poss = |k: usize| if matches!(at(t, k), "'" | "’") && at(t, k + 1) == "s" { k + 2 } else { k };
    let (m, d, j) = match x.low.as_str() {
        "christmas" => match at(t, i + 1) {
            "eve" => (12, 24, i + 2),
            "day" => (12, 25, i + 2),
            _ => (12, 25, i + 1),
        },
        "halloween" => (10, 31, i + 1),
        "new" if at(t, i + 1) == "year" => {
            let k = poss(i + 2);
            match at(t, k) {
                "day" => (1, 1, k + 1),
                "eve" => (12, 31, k + 1),
                _ => return None,
            }
        }
        "valentine" if at(t, poss(i + 1)) == "day" => (2, 14, poss(i + 1) + 1),
        _ => return None,
    };
    let (y, e) = match year_after(t, j) {
        Some((y, e)) => (Some(y), e),
        None => (None, j),
    };
    Some(Cand::new(i, e, Expr::Cal { y, m: Some(m), d: Some(d) }))
}

/// "the 1990s", "1990s", "the '90s", "the 20th century".
pub fn decade(t: &[Tok], i: usize) -> Option<Cand> {
    let s = if at(t, i) == "the" { i + 1 } else { i };
    let s2 = if matches!(at(t, s), "'" | "’") { s + 1 } else { s };
    let w = at(t, s2);
    if let Some(d) = w.strip_suffix('s').filter(|d| d.bytes().all(|b| b.is_ascii_digit())) {
        let v: i32 = d.parse().ok()?;
        let pre = match (d.len(), s2 > s) {
            (4, false) if v % 10 == 0 => v / 10,
            (2, true) if v % 10 == 0 => {
                if v >= 30 {
                    190 + v / 10
                } else {
                    200 + v / 10
                }
            }
            _ => return None,
        };
        // The determiner stays outside ("in the 1990s" → "1990s", as annotated).
        return Some(Cand::new(if s2 > s { s } else { s2 }, s2 + 1, Expr::Decade(pre)));
    }
    let (n, j) = ordinal(t, s).filter(|_| s > i)?;
    (at(t, j) == "century" && (1..=21).contains(&n)).then(|| Cand::new(i, j + 1, Expr::Century(n as i32 - 1)))
}

/// "the first quarter (of 2025)", "Q1 2025", "the second half of 2024", "fourth-quarter".
pub fn quarter(t: &[Tok], i: usize) -> Option<Cand> {
    let s = if at(t, i) == "the" { i + 1 } else { i };
    let (q, j) = match at(t, s) {
        "q1" | "q2" | "q3" | "q4" => (at(t, s)[1..].parse().ok()?, s + 1),
        _ => {
            let (q, j) = ordinal(t, s)?;
            if at(t, j) == "-" && s > i {
                return quarter(t, s); // adjectival "fourth-quarter": no determiner in the extent
            }
            let j = if at(t, j) == "-" { j + 1 } else { j };
            let j = if matches!(at(t, j), "fiscal" | "financial") { j + 1 } else { j };
            let half = at(t, j) == "half" && q <= 2;
            if at(t, j) != "quarter" && !half || q > 4 {
                return None;
            }
            (if half { q + 10 } else { q }, j + 1)
        }
    };
    let k = if at(t, j) == "of" { j + 1 } else { j };
    let (y, e) = match year_after(t, k) {
        Some((y, e)) => (Some(y), e),
        None if at(t, k) == "the" && at(t, k + 1) == "year" => (None, k + 2),
        None => (None, j),
    };
    let e = e.max(j);
    Some(Cand::new(i, e, if q > 10 { Expr::Half(q as u32 - 10, y) } else { Expr::Quarter(q as u32, y) }))
}
