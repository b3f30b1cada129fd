//! Recognition driver: longest match at each token, left to right.
//!
//! Every matcher looks ahead a bounded number of tokens, so a sentence is
//! processed in linear time. After matching, quantity modifiers just before a
//! timex set its TIMEX3 `mod` but stay outside the extent, as in the MEANTIME
//! gold ("more than [a week]"), and dash ranges ("2016-2018", "April 10-12")
//! give two timexes, as TimeBank annotates ranges.

use super::expr::{Cand, Expr};
use super::rec_calendar::{decade, holiday, month_date, numeric_date, quarter, weekday_date, year};
use super::rec_clock::clock;
use super::rec_duration::{bare_plural, duration, hyphen_duration, set};
use super::rec_relative::{anaphoric, deictic, modified, season_year, this_last_next, vague};
use super::scan::Tok;

/// Lower-cased token text at `i`, or "" past the end.
pub fn at(t: &[Tok], i: usize) -> &str {
    t.get(i).map_or("", |x| x.low.as_str())
}

type Matcher = fn(&[Tok], usize) -> Option<Cand>;

/// Matchers in priority order (the first wins among equally long matches).
const MATCHERS: &[Matcher] = &[
    modified, numeric_date, weekday_date, month_date, decade, quarter, clock, deictic, this_last_next,
    anaphoric, vague, duration, hyphen_duration, set, season_year, holiday, year, bare_plural,
];

/// All time expressions of one sentence's tokens, sorted, non-overlapping.
pub fn recognize(t: &[Tok]) -> Vec<Cand> {
    let mut out: Vec<Cand> = Vec::new();
    let mut i = 0;
    while i < t.len() {
        let best = MATCHERS.iter().filter_map(|m| m(t, i)).filter(|c| c.b > c.a && c.b <= t.len()).fold(None, |best: Option<Cand>, c| match best {
            Some(b) if b.b >= c.b => Some(b),
            _ => Some(c),
        });
        match best {
            Some(mut c) => {
                if c.modifier.is_none() {
                    c.modifier = modifier_before(t, c.a, &c.expr);
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

/// TIMEX3 `mod` from a quantity modifier just before `a` (TimeML 1.2.1 §2.2.1.3).
fn modifier_before(t: &[Tok], a: usize, e: &Expr) -> Option<&'static str> {
    let p1 = if a >= 1 { at(t, a - 1) } else { "" };
    let p2 = if a >= 2 { at(t, a - 2) } else { "" };
    let p3 = if a >= 3 { at(t, a - 3) } else { "" };
    // "over/under" mark a quantity only right before a number ("over six hours"),
    // not "over the past year" (= during).
    let is_dur = matches!(e, Expr::Dur(..));
    let counted = is_dur && at(t, a) != "the";
    match (p3, p2, p1) {
        ("no", "more", "than") | (_, "at", "most") | (_, "up", "to") if is_dur => Some("EQUAL_OR_LESS"),
        ("no", "less", "than") | (_, "at", "least") => Some("EQUAL_OR_MORE"),
        (_, "more" | "longer", "than") => Some("MORE_THAN"),
        (_, "less" | "fewer" | "shorter", "than") => Some("LESS_THAN"),
        (_, _, "over") if counted => Some("MORE_THAN"),
        (_, _, "under") if counted => Some("LESS_THAN"),
        (_, _, "nearly" | "almost") => Some("LESS_THAN"),
        (_, _, "about" | "around" | "approximately" | "roughly" | "some" | "circa" | "nearly-") => Some("APPROX"),
        _ => None,
    }
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
            ("lasted more than six hours", &["six hours"]),
            ("between 2016 and 2018", &["2016", "2018"]),
            ("from 2016-2018 and April 10-12", &["2016", "2018", "April 10", "12"]),
            ("In recent years prices rose", &["recent years"]),
            ("in the near future", &["the near future"]),
            ("the past five years", &["the past five years"]),
            ("took six months off in early 2009, the beginning of the year", &["six months", "early 2009", "the beginning of the year"]),
            ("at 3 p.m. and 14:00 GMT", &["3 p.m.", "14:00 GMT"]),
            ("May said in May that 2,000 people", &["May"]),
            ("a four-day visit, decades-long dispute", &["four-day", "decades-long"]),
        ];
        for (s, want) in cases {
            assert_eq!(texts(s), *want, "{s}");
        }
    }

    #[test]
    fn never_panics() {
        for s in ["", "-", "the", "April", "2016-", "every", "a", "3:", "😀 the past 😀", "Q", "mid-", "the end of"] {
            let _ = texts(s);
        }
    }
}
