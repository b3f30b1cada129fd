//! Dates of what happened: "On November 19, INS Tabar sank a trawler" against "the
//! November 18 sinking of a Thai fishing trawler"; "Rait died on Friday" against
//! "Yesterday, a climber died" in a Sunday report; "pleaded guilty in July 1973" against
//! "On June 27, 1973, he pleaded guilty". A date belongs to the verb (or noun) it is
//! attached to; two reports' dates are compared when their clauses say the same thing
//! (the same verb by stem, and shared names or rare words: an aligned kind). A date that
//! dates a statement ("police said on Monday") is no claim about what happened.

use super::context::Context;
use super::kind::{ClaimKind, Severity, Verdict};
use super::scope::Scope;
use super::{Claim, Subject, Value};
use crate::time::TimexType;
use chrono::NaiveDate;

/// The date claim kind.
pub struct Dates;

/// How precisely a date is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Precision {
    /// A day.
    Day,
    /// A week, a month or a part of one.
    Month,
    /// A year or longer.
    Year,
}

/// A period of the calendar a date names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    /// First day.
    pub first: NaiveDate,
    /// Last day.
    pub last: NaiveDate,
    /// How precise it is.
    pub precision: Precision,
    /// The day of the week the expression names ("on Saturday"), 1 (Monday) to 7.
    pub weekday: Option<u8>,
}

impl ClaimKind for Dates {
    fn name(&self) -> &'static str {
        "date"
    }

    /// Dates of earlier events: their clauses are aligned loosely (a career, a family's
    /// past), so two there are two events; the main event's dates are left to the alignment.
    fn several_things(&self, a: &Claim, _b: &Claim) -> bool {
        matches!(a.subject, Subject::Event(_, Scope::Past | Scope::Background(_)))
    }

    fn flag_kind(&self) -> &'static str {
        "date"
    }

    fn extract(&self, cx: &Context, out: &mut Vec<Claim>) {
        for d in 0..cx.c.docs.len() {
            extract_doc(cx, d, out);
        }
    }

    fn compare(&self, a: &Value, b: &Value) -> Verdict {
        match (a, b) {
            (Value::Period(x), Value::Period(y)) => {
                // Two reports that name the same day of the week mean the same day, however
                // their guessed publication dates placed it.
                let same_weekday =
                    x.weekday.is_some() && x.weekday == y.weekday && (x.first - y.first).num_days().abs() <= 7;
                if same_weekday {
                    Verdict::Agree
                } else if x.last < y.first || y.last < x.first {
                    let severity = if x.precision == Precision::Day && y.precision == Precision::Day {
                        Severity::High
                    } else {
                        Severity::Medium
                    };
                    Verdict::conflict(severity, format!("the sources date it {} and {}", show(x), show(y)))
                } else {
                    Verdict::Agree
                }
            }
            (Value::Weekday(x), Value::Weekday(y)) if x != y => Verdict::conflict(
                Severity::Medium,
                format!("the sources name different days of the week ({x} and {y})"),
            ),
            _ => Verdict::Agree,
        }
    }

    fn aligned(&self) -> bool {
        true
    }
}

/// A period as people read it: "2008-11-19", "2008-11", "1957", "2008-11-21 to 2008-11-30".
pub fn show(p: &Period) -> String {
    if p.first == p.last {
        return p.first.to_string();
    }
    let s = p.first.to_string();
    let e = p.last.to_string();
    if s[..4] == e[..4] && &s[5..] == "01-01" && &e[5..] == "12-31" {
        return s[..4].to_string();
    }
    if s[..7] == e[..7] && &s[8..] == "01" && p.last.succ_opt().is_some_and(|n| chrono::Datelike::day(&n) == 1) {
        return s[..7].to_string();
    }
    format!("{s} to {e}")
}

/// Verbs of saying and of publishing (`[saying]`): a date next to one dates a statement or
/// the page ("Last updated 10 June 2013"), not what it reports.
fn saying(w: &str) -> bool {
    super::words::is(super::words::List::Saying, w)
}

fn extract_doc(cx: &Context, d: usize, out: &mut Vec<Claim>) {
    let c = cx.c;
    let toks = &c.tokens[d];
    let text = &c.docs[d].text;
    let inferred = cx.dates.get(d).is_some_and(|x| x.1);
    for t in cx.timexes[d].iter().filter(|t| matches!(t.kind, TimexType::Date | TimexType::Time)) {
        let a = toks.partition_point(|x| x.span.end <= t.span.start);
        let b = toks.partition_point(|x| x.span.start < t.span.end);
        if a >= b {
            continue;
        }
        let Some(si) = cx.sentence_of_token(d, a) else { continue };
        let s = &c.sentences[d][si];
        // A dateline or a line that is only a date is the report's own date.
        if (s.last - s.first) <= (b - a) + 4 {
            continue;
        }
        let value = match period(&t.value) {
            Some(mut p) => {
                p.weekday = named_weekday(t.span.of(text));
                widen_ago(&mut p, t.span.of(text));
                Value::Period(p)
            }
            None => match weekday(&t.value) {
                Some(w) => Value::Weekday(w),
                None => continue,
            },
        };
        // "said on Monday", "on Monday said": the day of a statement.
        let near = |k: usize| k >= s.first && k < s.last && saying(super::tok(c, d, k));
        if (1..=2).any(|n| a >= n && near(a - n))
            || near(b)
            || (b + 1 < s.last && near(b + 1) && matches!(super::tok(c, d, b), "that" | "last"))
        {
            continue;
        }
        let Some(pred) = cx.predicate(d, (a, b)) else { continue };
        if saying(super::tok(c, d, pred)) {
            continue;
        }
        // "expected to return on Monday", "will resume next week": a plan, not what happened.
        let (ca0, cb0) = cx.clause(d, pred);
        let planned = (ca0..cb0).any(|k| {
            matches!(
                super::tok(c, d, k),
                "will" | "expected" | "expects" | "plans" | "planned" | "scheduled" | "set" | "due"
            )
        });
        if planned {
            continue;
        }
        // The cue: the clause of the verb and the clause of the date (a sentence often tells
        // several things: "born Oct. 11, 1928, in Athens, Texas, he graduated in 1951").
        let (pa, pb) = cx.clause(d, pred);
        let (da, db) = cx.clause(d, a);
        let (ca, cb) = (pa.min(da).min(a), pb.max(db).max(b));
        let quote = crate::span::Span::new(toks[a.min(pred)].span.start, toks[(b - 1).max(pred)].span.end);
        // A date long before the reports is another event than one near them: compared
        // only with other such dates ("1957" and "1967", never "Sunday" and "2003").
        let scope = if cx.scopes.is_far(d, t) { super::scope::Scope::Past } else { super::scope::Scope::Main };
        let mut claim = Claim::new(cx, d, Subject::Event(cx.scopes.story(d), scope), "date", value, quote);
        // Earlier events are many and their clauses alike (one person's life, one firm's
        // history): their dates are compared only when told with the same verb ("indicted in
        // 1969" and "indicted in 1970"), never "acquitted in 1958" and "charged in 1957".
        if scope == super::scope::Scope::Past {
            claim.keyed_by_word(cx, d, pred);
        }
        claim.cue = cx.cue(d, ca, cb, (a, b));
        claim.aligned = true;
        claim.display = format!("{} ({})", t.span.of(text), t.value);
        // A day computed from a guessed publication date is only as good as the guess.
        if t.relative && inferred {
            claim.strength = Severity::Low;
        }
        out.push(claim);
    }
}

/// The calendar period of a TIMEX3 date value, with its precision.
fn period(value: &str) -> Option<Period> {
    let (first, last) = crate::time::interval::interval(value)?;
    let days = (last - first).num_days();
    let precision = match days {
        0 => Precision::Day,
        1..=31 => Precision::Month,
        _ => Precision::Year,
    };
    Some(Period { first, last, precision, weekday: None })
}

/// "12 weeks ago", "three months ago": a count of weeks, months or years back is a rounded
/// figure, and two reports count it from different days. The period widens by one of its
/// own length each side, so counts a step apart from reports days apart agree, and "six
/// weeks ago" against "12 weeks ago" still do not.
fn widen_ago(p: &mut Period, text: &str) {
    let lower = text.to_ascii_lowercase();
    if !lower.ends_with(" ago") || p.precision == Precision::Day {
        return;
    }
    let len = p.last - p.first + chrono::Duration::days(1);
    p.first -= len;
    p.last += len;
}

/// The day of the week an expression names ("Saturday morning" → 6).
fn named_weekday(text: &str) -> Option<u8> {
    const DAYS: [&str; 7] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
    text.split(|ch: char| !ch.is_alphabetic())
        .find_map(|w| DAYS.iter().position(|d| d.eq_ignore_ascii_case(w)))
        .map(|i| i as u8 + 1)
}

/// The weekday of a year-less TIMEX3 value ("XXXX-WXX-5" → "Friday").
fn weekday(value: &str) -> Option<&'static str> {
    const DAYS: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
    let n: usize = value.strip_prefix("XXXX-WXX-")?.get(..1)?.parse().ok()?;
    DAYS.get(n.checked_sub(1)?).copied()
}
