//! Durations and sets: "six hours", "the past five years", "four-day", "several
//! weeks", "for years", "two years ago", "a year earlier", "every week", "daily".
//!
//! TimeML 1.2.1 / MEANTIME conventions: a duration's extent is the quantity and
//! unit, with "the past/next/last" inside ("the past five years" → P5Y) but
//! "more than"/"about" outside (they only set `mod`, see [`super::recognize`]);
//! "ago" is inside and makes a DATE; signals "before"/"after"/"later" stay
//! outside unless "earlier"/"later" closes the phrase ("a year earlier" = DATE).

use super::expr::{Cand, Expr};
use super::lexicon::{cardinal, unit, weekday, Unit};
use super::scan::{at, Tok};

/// A quantity: `Some(n)` for "six"/"6"/"a"/"a dozen"/"a couple of", `None` for
/// "several"/"a few"; `HALF` (see [`dur_expr`]) for "half a(n)"; `n` and a half
/// ("four and a half", "4-1/2") as `-(10 * n + 5)`.
fn quantity(t: &[Tok], i: usize) -> Option<(Option<i64>, usize)> {
    match (at(t, i), at(t, i + 1)) {
        ("a" | "an", "couple") | ("couple", _) => {
            let j = if at(t, i) == "couple" { i + 1 } else { i + 2 };
            Some((Some(2), if at(t, j) == "of" { j + 1 } else { j }))
        }
        ("a" | "an", "few") | ("several" | "few" | "many", _) => {
            let j = if at(t, i) == "a" || at(t, i) == "an" { i + 2 } else { i + 1 };
            let j = if at(t, j) == "of" { j + 1 } else { j };
            Some((None, j))
        }
        ("a" | "an", "dozen") => Some((Some(12), i + 2)),
        ("a" | "an" | "one", "half") => Some((Some(HALF), i + 2)), // half a unit, see `dur_expr`
        ("half", "a" | "an") => Some((Some(HALF), i + 2)),         // "half an hour"
        ("a" | "an", _) => Some((Some(1), i + 1)),
        ("some", _) => Some((None, i + 1)),
        _ => {
            let (n, j) = cardinal(t, i)?;
            // "four to five hours", "two or three days": a range, TIMEX3 leaves the amount unknown.
            if matches!(at(t, j), "to" | "or" | "-" | "–") {
                if let Some((_, k)) = cardinal(t, j + 1).filter(|&(m, _)| m > n) {
                    return Some((None, k));
                }
            }
            // "four and a half", "4-1/2" (the hyphen glued: "4-1 / 2-month").
            if at(t, j) == "and" && at(t, j + 1) == "a" && at(t, j + 2) == "half" {
                return Some((Some(-(10 * n + 5)), j + 3));
            }
            if at(t, j) == "-" && at(t, j + 1) == "1" && at(t, j + 2) == "/" && at(t, j + 3) == "2" {
                return Some((Some(-(10 * n + 5)), j + 4));
            }
            Some((Some(n), j))
        }
    }
}

/// The quantity of "half a unit".
const HALF: i64 = -1;

fn dur_expr(u: Unit, n: Option<i64>) -> Expr {
    match n {
        Some(k) if k < HALF => Expr::DurHalf(u, (-k - 5) / 10),
        Some(HALF) => match u {
            Unit::Hour => Expr::Dur(Unit::Minute, Some(30)),
            Unit::Day => Expr::Dur(Unit::Hour, Some(12)),
            Unit::Year => Expr::Dur(Unit::Month, Some(6)),
            Unit::Decade => Expr::Dur(Unit::Year, Some(5)),
            Unit::Century => Expr::Dur(Unit::Year, Some(50)),
            _ => Expr::Dur(u, None),
        },
        _ => Expr::Dur(u, n),
    }
}

/// A duration with an optional "the past/last/next/coming/first" head, and its
/// conversions to dates with "ago" / "earlier" / "later" / "from now".
pub fn duration(t: &[Tok], i: usize) -> Option<Cand> {
    let head = at(t, i) == "the"
        && matches!(at(t, i + 1), "past" | "last" | "next" | "coming" | "first" | "final" | "previous" | "following");
    let s = if head { i + 2 } else { i };
    if head && at(t, s) == "quarter" && at(t, i + 1) == "last" {
        return Some(Cand::new(i, s + 1, Expr::Rel(Unit::Quarter, -1))); // "the last quarter" = the previous one
    }
    let (n, j) = match quantity(t, s) {
        Some(q) => q,
        None if head && matches!(at(t, i + 1), "past" | "last" | "next" | "coming") => (Some(1), s), // "the past year" = P1Y
        None => return None,
    };
    let (u, plural) = unit(at(t, j))?;
    let word = at(t, j);
    // "a second", "a quarter of" are rarely durations; "fortnight" = 2 weeks.
    if (u == Unit::Second && !plural && n == Some(1)) || (u == Unit::Quarter && !head && at(t, s) != "a" && n.is_none())
    {
        return None;
    }
    if u == Unit::Quarter && (at(t, s) == "a" || at(t, j + 1) == "of") {
        return None;
    }
    let n = if word.starts_with("fortnight") { n.map(|x| if x > 0 { x * 2 } else { x }) } else { n };
    let prev = if i > 0 { at(t, i - 1) } else { "" };
    // "on a day when" is a day, not a length; "120 miles an hour" a speed; "twice a
    // week" a set.
    if n == Some(1) && !head && (matches!(prev, "on" | "once" | "twice" | "thrice" | "times") || is_rate_unit(prev)) {
        return None;
    }
    let mut e = j + 1;
    // An age is a length of life (TimeML): "55 years old" → P55Y.
    // "55 years old": an age, left out (the claims stage reads DURATION timexes as
    // lengths of events; "36-year-old" gives the timex "36-year", its "-old" after it).
    if at(t, e) == "-" && at(t, e + 1) == "old" || at(t, e) == "old" {
        return None;
    }
    if at(t, e) == "-" && at(t, e + 1) == "long" {
        e += 2; // "decades-long"
    }
    let date = match (at(t, e), at(t, e + 1), n) {
        _ if head => None,
        ("ago", _, Some(k)) if k > 0 => Some((Expr::Rel(u, -k), e + 1)),
        ("ago", _, _) => Some((Expr::Fixed("PAST_REF"), e + 1)),
        ("from", "now", Some(k)) if k > 0 => Some((Expr::Rel(u, k), e + 2)),
        // "four seconds later": the length; a date needs a clock to count from.
        ("earlier" | "later", _, Some(k)) if k > 0 && u.is_time() => None,
        ("earlier" | "later", nx, Some(k)) if k > 0 && nx != "than" => {
            Some((Expr::Ana(u, if at(t, e) == "later" { k } else { -k }), e + 1))
        }
        ("before", nx, Some(k)) if k > 0 && (closes(nx) || past_verb(t.get(e + 1))) => Some((Expr::Ana(u, -k), e + 1)),
        _ => None,
    };
    if let Some((ex, end)) = date {
        return Some(Cand::new(i, end, ex));
    }
    Some(Cand::new(i, e, dur_expr(u, n)))
}

/// A lower-case past-tense verb: "a day before rose to 10" ends the expression there.
fn past_verb(x: Option<&Tok>) -> bool {
    x.is_some_and(|x| {
        !x.cap
            && (x.low.len() > 3 && x.low.ends_with("ed")
                || matches!(
                    x.low.as_str(),
                    "was" | "were" | "had" | "rose" | "fell" | "hit" | "struck" | "came" | "said"
                ))
    })
}

/// A unit of distance before "an hour" ("miles an hour"): a speed, not a time.
fn is_rate_unit(w: &str) -> bool {
    matches!(
        w,
        "mile"
            | "miles"
            | "km"
            | "kilometres"
            | "kilometers"
            | "kilometre"
            | "kilometer"
            | "metres"
            | "meters"
            | "feet"
            | "yards"
            | "knots"
            | "kph"
            | "mph"
    )
}

fn closes(w: &str) -> bool {
    matches!(w, "" | "," | "." | ";" | ")" | "and" | "when" | "\"" | "”")
}

/// A number glued to a unit by a hyphen: "four-day", "24-hour", "year-long", "decades-long".
pub fn hyphen_duration(t: &[Tok], i: usize) -> Option<Cand> {
    if let Some((Some(n), j)) = quantity(t, i).filter(|&(n, _)| n.is_some_and(|k| k < HALF)) {
        if at(t, j) == "-" && !t[j].space_before {
            let (u, plural) = unit(at(t, j + 1))?;
            if !plural && u != Unit::Quarter {
                return Some(Cand::new(i, j + 2, dur_expr(u, Some(n)))); // "4-1/2-month"
            }
        }
    }
    if let Some((n, j)) = cardinal(t, i) {
        if at(t, j) == "-" {
            let (u, plural) = unit(at(t, j + 1))?;
            if plural || t[j + 1].space_before || u == Unit::Quarter {
                return None;
            }
            return Some(Cand::new(i, j + 2, Expr::Dur(u, Some(n))));
        }
    }
    let (u, plural) = unit(at(t, i))?;
    if at(t, i + 1) == "-" && at(t, i + 2) == "long" && u != Unit::Quarter {
        let n = if plural { None } else { Some(1) };
        return Some(Cand::new(i, i + 3, Expr::Dur(u, n)));
    }
    None
}

/// A bare plural unit used as a vague duration: "for years", "in decades",
/// "months of talks", "days after" (PXY, PXM, PXD).
pub fn bare_plural(t: &[Tok], i: usize) -> Option<Cand> {
    let (u, plural) = unit(at(t, i))?;
    if !plural || u == Unit::Quarter || u == Unit::Second {
        return None;
    }
    let prev = if i > 0 { at(t, i - 1) } else { "" };
    let ok_prev = matches!(
        prev,
        "for" | "over" | "within" | "than" | "after" | "in" | "took" | "spent" | "lasted" | "take" | "takes"
    );
    let ok_next = matches!(at(t, i + 1), "ago" | "later" | "earlier" | "long");
    if !(ok_prev || ok_next) {
        return None;
    }
    if at(t, i + 1) == "ago" {
        return Some(Cand::new(i, i + 2, Expr::Fixed("PAST_REF")));
    }
    Some(Cand::new(i, i + 1, Expr::Dur(u, None)))
}

/// Sets: "every (other) (two) week(s)", "each year", "every Monday", "daily",
/// "annually", "annual", and "a year" / "per year" after an amount ("twice a year").
pub fn set(t: &[Tok], i: usize) -> Option<Cand> {
    let adj = |w: &str| match w {
        "hourly" => Some((Unit::Hour, 1)),
        "daily" | "nightly" => Some((Unit::Day, 1)),
        "weekly" => Some((Unit::Week, 1)),
        "monthly" => Some((Unit::Month, 1)),
        "quarterly" => Some((Unit::Month, 3)),
        "yearly" | "annually" | "annual" => Some((Unit::Year, 1)),
        "biennial" | "biennially" => Some((Unit::Year, 2)),
        _ => None,
    };
    let x = t.get(i)?;
    // Not a newspaper: "the centre-left daily Eleftherotypia".
    let named = t.get(i + 1).is_some_and(|y| y.cap && y.is_word());
    if let Some((u, n)) = adj(&x.low).filter(|_| !x.cap && !named) {
        return Some(Cand::new(i, i + 1, Expr::Set(u, n)));
    }
    if matches!(x.low.as_str(), "every" | "each") {
        let mut j = i + 1;
        let mut n = 1;
        if at(t, j) == "other" {
            n = 2;
            j += 1;
        } else if let Some((k, jj)) = cardinal(t, j).filter(|&(k, _)| k > 1) {
            n = k;
            j = jj;
        }
        if let Some(wd) = t.get(j).filter(|y| y.cap).and_then(|y| weekday(&y.low)) {
            return Some(Cand::new(i, j + 1, Expr::SetWeekday(wd)));
        }
        let (u, _) = unit(at(t, j))?;
        return Some(Cand::new(i, j + 1, Expr::Set(u, n)));
    }
    // "twice a week", "once a year": the frequency inside the extent.
    if matches!(x.low.as_str(), "once" | "twice" | "thrice") && matches!(at(t, i + 1), "a" | "per" | "an") {
        let (u, plural) = unit(at(t, i + 2))?;
        return (!plural && u != Unit::Quarter).then(|| Cand::new(i, i + 3, Expr::Set(u, 1)));
    }
    if matches!(x.low.as_str(), "a" | "per") && i > 0 {
        let prev = at(t, i - 1);
        let amount = t[i - 1].num.is_some()
            || matches!(
                prev,
                "once" | "twice" | "times" | "million" | "billion" | "dollars" | "euros" | "pounds" | "percent" | "%"
            )
            || t[i - 1].low.bytes().next().is_some_and(|b| b.is_ascii_digit());
        let (u, plural) = unit(at(t, i + 1))?;
        if amount && !plural && u != Unit::Quarter {
            return Some(Cand::new(i, i + 2, Expr::Set(u, 1)));
        }
    }
    None
}
