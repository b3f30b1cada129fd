//! Lengths of time: how long something lasted or was done ("talks lasted six hours",
//! "served four and a half months in prison", "deliberated for 40 hours", "after 30 hours
//! of deliberation", "living in Wales for the past three years"). The fact is what was
//! done (the verb or noun next to the duration, by stem) and who did it; the value is the
//! TIMEX3 duration as bounds in hours.

use super::context::Context;
use super::kind::{ClaimKind, Severity, Verdict};
use super::{Claim, Subject, Value};
use crate::span::Span;
use crate::time::TimexType;

/// The duration claim kind.
pub struct Durations;

impl ClaimKind for Durations {
    fn name(&self) -> &'static str {
        "duration"
    }

    fn flag_kind(&self) -> &'static str {
        "number"
    }

    fn extract(&self, cx: &Context, out: &mut Vec<Claim>) {
        for d in 0..cx.c.docs.len() {
            extract_doc(cx, d, out);
        }
    }

    fn compare(&self, a: &Value, b: &Value) -> Verdict {
        let (Value::Duration(a0, a1, ua), Value::Duration(b0, b1, ub)) = (a, b) else { return Verdict::Agree };
        // "40 hours over four days": a length in days may be the span in which hours were
        // spent, so it bounds a length in hours from above only.
        let span = |lo: f64, hi: f64, unit: f64, other: f64| {
            if unit >= 24.0 && other < 24.0 {
                (0.0, hi.max(lo))
            } else {
                (lo, hi)
            }
        };
        let (a0, a1) = span(*a0, *a1, *ua, *ub);
        let (b0, b1) = span(*b0, *b1, *ub, *ua);
        // Months and years are not exact numbers of hours: 5% of slack.
        let (x0, x1, y0, y1) = (a0 * 0.95, a1 * 1.05, b0 * 0.95, b1 * 1.05);
        if x1 < y0 || y1 < x0 {
            return Verdict::conflict(Severity::High, "the lengths of time given cannot both be true");
        }
        let point = |lo: f64, hi: f64| lo == hi;
        if (a0, a1) != (b0, b1) && point(a0, a1) != point(b0, b1) && ua == ub {
            return Verdict::conflict(
                Severity::Low,
                "one source gives the length of time more precisely than the other",
            );
        }
        Verdict::Agree
    }
}

/// Hours in one unit of a TIMEX3 duration designator.
fn unit_hours(unit: char, time: bool) -> Option<f64> {
    Some(match (unit, time) {
        ('H', true) => 1.0,
        ('M', true) => 1.0 / 60.0,
        ('S', true) => 1.0 / 3600.0,
        ('D', false) => 24.0,
        ('W', false) => 168.0,
        ('M', false) => 730.5,
        ('Y', false) => 8766.0,
        _ => return None,
    })
}

/// Hours in the unit of a TIMEX3 duration value ("P4D": 24).
pub fn unit_of(value: &str) -> f64 {
    let time = value.starts_with("PT");
    value.chars().last().and_then(|u| unit_hours(u, time)).unwrap_or(1.0)
}

/// Bounds in hours of a TIMEX3 duration with its modifier; `None` when vague ("several hours").
pub fn duration_bounds(value: &str, modifier: Option<&str>) -> Option<(f64, f64)> {
    let time = value.starts_with("PT");
    let body = value.strip_prefix("PT").or_else(|| value.strip_prefix('P'))?;
    let unit = body.chars().last()?;
    let n = crate::text::number::parse_f64(&body[..body.len() - unit.len_utf8()])?;
    let h = n * unit_hours(unit, time)?;
    Some(match modifier {
        Some("MORE_THAN") | Some("EQUAL_OR_MORE") => (h, f64::INFINITY),
        Some("LESS_THAN") | Some("EQUAL_OR_LESS") => (0.0, h),
        Some("APPROX") => (h * 0.75, h * 1.25),
        _ => (h, h),
    })
}

/// Words after a duration that make it no length of something done ("six hours later",
/// "12 weeks ago", "a 36-year-old"; `[not_length]`).
fn not_a_length(after: &str) -> bool {
    super::words::is(super::words::List::NotLength, after)
}

fn extract_doc(cx: &Context, d: usize, out: &mut Vec<Claim>) {
    let c = cx.c;
    let text = &c.docs[d].text;
    let toks = &c.tokens[d];
    for t in cx.timexes[d].iter().filter(|t| t.kind == TimexType::Duration) {
        let Some(bounds) = duration_bounds(&t.value, t.modifier) else { continue };
        // Token range of the duration.
        let a = toks.partition_point(|x| x.span.end <= t.span.start);
        let b = toks.partition_point(|x| x.span.start < t.span.end);
        if a >= b {
            continue;
        }
        let word = |k: usize| if k < toks.len() { super::tok(c, d, k) } else { "" };
        let after = if word(b) == "-" { word(b + 1) } else { word(b) };
        if not_a_length(after) || not_a_length(word(b)) {
            continue;
        }
        // "most of a six-month sentence", "over four days" (the spread of something measured
        // in hours), "in six hours' time": not the length of what was done.
        let before = |n: usize| if a >= n { word(a - n) } else { "" };
        if matches!((before(2), before(1)), ("most" | "part" | "half" | "rest", "of") | ("most" | "part", "a"))
            || matches!(before(1), "over" | "across" | "within" | "every" | "per" | "each")
            || matches!(before(3), "most" | "part")
        {
            continue;
        }
        let Some(si) = cx.sentence_of_token(d, a) else { continue };
        // "40 hours of deliberation", "six hours of talks": the noun after "of" is what lasted.
        let of_noun = (word(b) == "of" && b + 1 < toks.len() && toks[b + 1].kind == crate::text::TokenKind::Word)
            .then_some(b + 1)
            .filter(|&k| super::tok(c, d, k).len() > 3);
        // "a four year spell living in Cardiff", "a two-year stint as coach": what filled the
        // stretch of time is the verb after it, else the stretch itself.
        let stint = (super::words::is(super::words::List::Stint, word(b)) && b + 1 < toks.len()).then(|| {
            let next = super::tok(c, d, b + 1);
            if next.len() > 5 && next.ends_with("ing") {
                b + 1
            } else {
                b
            }
        });
        let Some(pred) = of_noun.or(stint).or_else(|| cx.measured_noun(d, (a, b))).or_else(|| cx.predicate(d, (a, b)))
        else {
            continue;
        };
        let quote = with_modifier_words(text, t.span, t.modifier.is_some());
        let s = &c.sentences[d][si];
        let scope = cx.scopes.of(c, &cx.timexes[d], d, si, a, b);
        let mut claim = Claim::new(
            cx,
            d,
            Subject::Event(cx.scopes.story(d), scope),
            "duration",
            Value::Duration(bounds.0, bounds.1, unit_of(&t.value)),
            quote,
        );
        claim.keyed_by_word(cx, d, pred);
        claim.display = format!("{} ({} \"{}\")", quote.of(text), c.word(d, pred), t.value);
        claim.about = cx.agent(d, (a, b)).map(|e| format!("E{e}")).into_iter().collect();
        if matches!(scope, super::scope::Scope::Background(_)) {
            claim.cue = cx.cue(d, s.first, s.last, (a, b));
            claim.aligned = true;
        }
        out.push(claim);
    }
}

/// Words before a number that TIMEX3 keeps out of the span but a quote must show.
const MODIFIER_WORDS: &[&str] = &[
    "more than",
    "less than",
    "at least",
    "at most",
    "up to",
    "about",
    "around",
    "nearly",
    "almost",
    "over",
    "under",
    "some",
    "roughly",
    "approximately",
];

/// Extends a time expression's span back over its modifier ("more than six hours").
fn with_modifier_words(text: &str, span: Span, has_modifier: bool) -> Span {
    if !has_modifier {
        return span;
    }
    let before = text[..span.start].trim_end();
    // Only the last few words matter: lower-casing all the text before the span made
    // this quadratic in the document's length.
    let tail = &before[crate::span::floor_boundary(before, before.len().saturating_sub(32))..];
    let lower = tail.to_lowercase();
    for m in MODIFIER_WORDS {
        if lower.ends_with(m) && lower.len() == tail.len() {
            let start = before.len() - m.len();
            if text.is_char_boundary(start) && (start == 0 || !text[..start].ends_with(char::is_alphanumeric)) {
                return Span::new(start, span.end);
            }
        }
    }
    span
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn duration_bounds_follow_modifiers() {
        assert_eq!(duration_bounds("PT6H", None), Some((6.0, 6.0)));
        assert_eq!(duration_bounds("PT6H", Some("MORE_THAN")), Some((6.0, f64::INFINITY)));
        assert_eq!(duration_bounds("PTXH", None), None);
    }

    #[test]
    fn quotes_include_the_modifier() {
        let text = "It lasted more than six hours.";
        assert_eq!(with_modifier_words(text, Span::new(20, 29), true).of(text), "more than six hours");
    }

    #[test]
    fn lengths_that_cannot_both_be_true_conflict() {
        let d = Durations;
        let months = |n: f64| Value::Duration(n * 730.5, n * 730.5, 730.5);
        let days = |n: f64| Value::Duration(n * 24.0, n * 24.0, 24.0);
        let hours = |n: f64| Value::Duration(n, n, 1.0);
        assert!(matches!(d.compare(&months(4.5), &days(136.0)), Verdict::Agree));
        assert!(matches!(d.compare(&months(4.5), &months(5.0)), Verdict::Conflict { severity: Severity::High, .. }));
        // "40 hours over four days": the days bound the hours.
        assert!(matches!(d.compare(&hours(40.0), &days(4.0)), Verdict::Agree));
        assert!(matches!(d.compare(&hours(40.0), &hours(30.0)), Verdict::Conflict { severity: Severity::High, .. }));
    }
}
