//! When in a game something happened: the period ("in the third quarter", "in the 4th
//! quarter", "early in the fourth", "late in the first half") and the clock ("with 10:03 to
//! play in the third quarter", "with 10 minutes left in the fourth quarter"). An aligned kind:
//! two reports' periods are compared when their clauses tell the same play (shared rare
//! words or names: "interception", "Vontae Davis"). Different periods cannot both be true;
//! early and late in one period, or clocks minutes apart, are a medium conflict.

use super::context::Context;
use super::kind::{ClaimKind, Severity, Verdict};
use super::{Claim, Subject, Value};
use crate::span::Span;

/// The game period claim kind.
pub struct Periods;

/// The family of a game's parts: quarters (a half is two of them), periods, innings.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Unit {
    /// Quarters and halves, counted in quarters.
    Quarter,
    /// Periods (ice hockey).
    Period,
    /// Innings.
    Inning,
}

/// The unit family of a word and how many of the family's parts one of it spans.
fn unit_of(w: &str) -> Option<(Unit, u8)> {
    Some(match w {
        "quarter" => (Unit::Quarter, 1),
        "half" => (Unit::Quarter, 2),
        "period" => (Unit::Period, 1),
        "inning" | "innings" => (Unit::Inning, 1),
        _ => return None,
    })
}

/// Ordinal words of periods.
fn ordinal(w: &str) -> Option<u8> {
    Some(match w {
        "first" | "1st" | "opening" => 1,
        "second" | "2nd" => 2,
        "third" | "3rd" => 3,
        "fourth" | "4th" => 4,
        "fifth" | "5th" => 5,
        "sixth" | "6th" => 6,
        "seventh" | "7th" => 7,
        "eighth" | "8th" => 8,
        "ninth" | "9th" => 9,
        // The last quarter or half; mapped to its number below.
        "final" => u8::MAX,
        _ => return None,
    })
}

/// Part of a period: how far into it, as seconds left on a 15-minute clock where known.
fn part_of(w: &str) -> Option<(i32, i32)> {
    Some(match w {
        "early" | "start" | "beginning" | "opening" => (600, 900),
        "midway" | "middle" | "mid" | "halfway" => (300, 600),
        "late" | "later" | "end" | "close" => (0, 300),
        _ => return None,
    })
}

/// The part of the period named before "the" at `k`, and how many tokens back it starts:
/// "early in the", "midway through the", "the end of the", "the start of the".
fn part_before(before: impl Fn(usize) -> String) -> Option<((i32, i32), usize)> {
    match before(1).as_str() {
        "in" | "through" => part_of(&before(2)).map(|p| (p, 2)),
        "of" => part_of(&before(2)).filter(|_| before(3) == "the").map(|p| (p, 3)),
        _ => None,
    }
}

impl ClaimKind for Periods {
    fn name(&self) -> &'static str {
        "period"
    }

    fn flag_kind(&self) -> &'static str {
        "time"
    }

    fn extract(&self, cx: &Context, out: &mut Vec<Claim>) {
        let c = cx.c;
        for d in 0..c.docs.len() {
            for (si, s) in c.sentences[d].iter().enumerate() {
                let w = |k: usize| if k < s.last { super::tok(c, d, k) } else { "" };
                for k in s.first..s.last {
                    // "the third quarter", "the 4th quarter", "the fourth" after early/late.
                    let Some(n) = (w(k) == "the").then(|| ordinal(w(k + 1))).flatten() else { continue };
                    let named = unit_of(w(k + 2));
                    let unit = named.is_some();
                    let before = |back: usize| if k >= s.first + back { w(k - back) } else { "" };
                    // The part: "early in the", "late in the", "heading into the" (the end of the one before).
                    let found = part_before(|back| before(back).to_string());
                    let mut part = found.map(|f| f.0);
                    let mut back = found.map_or(0, |f| f.1);
                    let mut number = n;
                    if matches!(before(1), "into")
                        && matches!(before(2), "heading" | "going" | "entering")
                        && (2..=9).contains(&n)
                    {
                        number = n - 1;
                        part = Some((0, 120));
                        back = 2;
                    }
                    if !unit && part.is_none() {
                        continue;
                    }
                    // "the fourth" alone is a quarter; "the second half" is quarters 3–4.
                    let (family, span) = named.unwrap_or((Unit::Quarter, 1));
                    if (family == Unit::Quarter && number > 4 / span && number != u8::MAX) || number == 0 {
                        continue;
                    }
                    if number == u8::MAX {
                        if family != Unit::Quarter {
                            continue;
                        }
                        number = 4 / span;
                    }
                    let range = ((number - 1) * span + 1, number * span);
                    // "with 10:03 to play in", "with 6:00 minutes remaining in", "with 10 minutes left in".
                    let mut first = k - back;
                    if let Some((left, start)) = clock_before(cx, d, s.first, k) {
                        part = Some((left, left));
                        first = start;
                    }
                    let end = if unit { k + 3 } else { k + 2 };
                    let Some(pred) = cx.predicate(d, (first, end)) else { continue };
                    let quote = Span::new(c.tokens[d][first].span.start, c.tokens[d][end - 1].span.end);
                    let value = Value::GamePeriod(family, range, part);
                    let scope = cx.scopes.of(c, &cx.timexes[d], d, si, first, end);
                    let mut claim =
                        Claim::new(cx, d, Subject::Event(cx.scopes.story(d), scope), "game period", value, quote);
                    let (ca, cb) = cx.clause(d, pred.min(first));
                    // The play is told in the period's clause and what follows it ("late in the
                    // third quarter, but Quinn was picked off"), not in the clauses before it.
                    let mut cue = cx.cue(d, ca, s.last.max(cb), (first, end));
                    // A play is named by its words more than by its verbs ("interception", "field goal").
                    cue.verbs = cue.stems.clone();
                    claim.cue = cue;
                    claim.aligned = true;
                    claim.strength = Severity::Medium;
                    out.push(claim);
                }
            }
        }
    }

    fn compare(&self, a: &Value, b: &Value) -> Verdict {
        let (Value::GamePeriod(ua, ra, pa), Value::GamePeriod(ub, rb, pb)) = (a, b) else { return Verdict::Agree };
        if ua != ub {
            return Verdict::Agree;
        }
        // Ranges of parts that do not overlap cannot both be true; a half holds its quarters.
        if ra.1 < rb.0 || rb.1 < ra.0 {
            return Verdict::conflict(
                Severity::High,
                format!(
                    "the sources put it in different parts of the game ({} and {})",
                    name(*ua, *ra),
                    name(*ub, *rb)
                ),
            );
        }
        if ra != rb {
            return Verdict::Agree;
        }
        match (pa, pb) {
            // Seconds left, a range each: apart by more than two minutes cannot both be true.
            (Some((x0, x1)), Some((y0, y1))) if x1 + 120 < *y0 || y1 + 120 < *x0 => Verdict::conflict(
                Severity::Medium,
                format!("the sources put it at different times of {}", name(*ua, *ra)),
            ),
            _ => Verdict::Agree,
        }
    }

    fn aligned(&self) -> bool {
        true
    }

    fn one_per_document(&self) -> bool {
        true
    }
}

/// "the third quarter", "the second half", "the 2nd period" for a range of a unit.
fn name(unit: Unit, (lo, hi): (u8, u8)) -> String {
    let ord = |n: u8| match n {
        1 => "first".to_string(),
        2 => "second".to_string(),
        3 => "third".to_string(),
        4 => "fourth".to_string(),
        n => format!("{n}th"),
    };
    match unit {
        Unit::Quarter if hi > lo => format!("the {} half", ord(hi / 2)),
        Unit::Quarter => format!("the {} quarter", ord(lo)),
        Unit::Period => format!("the {} period", ord(lo)),
        Unit::Inning => format!("the {} inning", ord(lo)),
    }
}

/// A clock before "in the Nth …": "with 10:03 to play", "with 6:00 minutes remaining", "with 10
/// minutes left". Seconds left and the clause's first token.
fn clock_before(cx: &Context, d: usize, first: usize, k: usize) -> Option<(i32, usize)> {
    let c = cx.c;
    let w = |j: usize| super::tok(c, d, j);
    let lo = k.saturating_sub(7).max(first);
    let with = (lo..k).rev().find(|&j| w(j) == "with")?;
    if !(with + 1..k).any(|j| matches!(w(j), "left" | "remaining" | "play" | "go")) {
        return None;
    }
    let digits: Vec<&str> = (with + 1..k).map(|j| c.word(d, j)).collect();
    let joined: String = digits.join("");
    // "10: 03" or "10:03" → minutes and seconds; "10 minutes" → minutes.
    let (m, sec) = match joined.split_once(':') {
        Some((m, rest)) => {
            (m.trim().parse::<i32>().ok()?, rest.trim_start().chars().take(2).collect::<String>().parse::<i32>().ok()?)
        }
        None => (digits.iter().find_map(|t| t.parse::<i32>().ok())?, 0),
    };
    (m <= 20).then_some((m * 60 + sec, with))
}
