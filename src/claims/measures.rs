//! Measures: a number with a unit ("fell about 200ft", "150 nautical miles", "$30 million",
//! "40 percent") in base units, and earthquake magnitudes ("a 6.1-magnitude quake",
//! "magnitude 5.9", "6.0 on the Richter scale"). A measure belongs to what its clause
//! says was measured (the verb or noun next to it: "fell", "sold"), and to the people the
//! clause names, so that two climbers' falls are two facts.

use super::context::Context;
use super::kind::{ClaimKind, Severity, Verdict};
use super::number;
use super::units::{self, Dimension};
use super::{Claim, Subject, Value};
use crate::span::Span;
use crate::text::TokenKind;

/// The measure claim kind.
pub struct Measures;

impl ClaimKind for Measures {
    fn name(&self) -> &'static str {
        "measure"
    }

    /// A report giving two measures of one thing that cannot both be true ("an 11-yard
    /// pass" and "a 7-yard pass" of one game) measures two things, not one told twice.
    fn several_things(&self, _a: &Claim, _b: &Claim) -> bool {
        true
    }

    fn flag_kind(&self) -> &'static str {
        "number"
    }

    fn extract(&self, cx: &Context, out: &mut Vec<Claim>) {
        for d in 0..cx.c.docs.len() {
            for si in 0..cx.c.sentences[d].len() {
                sentence(cx, d, si, out);
            }
        }
    }

    fn compare(&self, a: &Value, b: &Value) -> Verdict {
        number::compare_ranges(a, b, "the measures cannot both be true")
    }
}

/// The magnitude claim kind: compared with a tenth of a point of slack.
pub struct Magnitudes;

impl ClaimKind for Magnitudes {
    fn name(&self) -> &'static str {
        "magnitude"
    }

    fn flag_kind(&self) -> &'static str {
        "number"
    }

    fn extract(&self, cx: &Context, out: &mut Vec<Claim>) {
        for d in 0..cx.c.docs.len() {
            for si in 0..cx.c.sentences[d].len() {
                magnitudes(cx, d, si, out);
            }
        }
    }

    fn compare(&self, a: &Value, b: &Value) -> Verdict {
        let (Value::Range(a0, a1), Value::Range(b0, b1)) = (a, b) else { return Verdict::Agree };
        let gap = if a1 < b0 {
            b0 - a1
        } else if b1 < a0 {
            a0 - b1
        } else {
            return Verdict::Agree;
        };
        // Agencies often differ by a tenth or two; more than a quarter of a point is a real difference.
        let severity = if gap > 0.25 { Severity::High } else { Severity::Medium };
        Verdict::conflict(severity, "the sources give different magnitudes")
    }
}

fn sentence(cx: &Context, d: usize, si: usize, out: &mut Vec<Claim>) {
    let c = cx.c;
    let s = &c.sentences[d][si];
    let toks = &c.tokens[d];
    let timexes = crate::time::within(&cx.timexes[d], s.span);
    let mut i = s.first;
    while i < s.last {
        let Some(num) = number::at(c, d, i, s.first, s.last) else {
            i += 1;
            continue;
        };
        if timexes.iter().any(|t| t.span.contains(toks[num.start].span)) {
            i = num.next.max(i + 1);
            continue;
        }
        let currency = units::currency_before(c, d, num.start, s.first);
        let unit = match currency {
            Some((dim, _)) => Some((dim, 1.0, num.next)),
            None => units::unit_at(c, d, num.next, s.last, num.suffix),
        };
        let Some((dim, factor, end)) = unit else {
            i = num.next.max(i + 1);
            continue;
        };
        let first = currency.map_or(num.first, |(_, start)| start.min(num.first));
        // "58km south-west of Bandar Abbas": a position, read by the directions kind.
        let compass = end < s.last && super::directions::compass(c, d, end, s.last).is_some();
        if compass {
            i = end.max(i + 1);
            continue;
        }
        let quote = Span::new(toks[first].span.start, toks[end - 1].span.end);
        let scope = cx.scopes.of(c, &cx.timexes[d], d, si, first, end);
        let Some(pred) = cx.measured_noun(d, (first, end)).or_else(|| cx.predicate(d, (first, end))) else {
            i = end.max(i + 1);
            continue;
        };
        let mut claim = Claim::new(
            cx,
            d,
            Subject::Event(cx.scopes.story(d), scope),
            dim.name(),
            written_range(&num, factor),
            quote,
        );
        claim.keyed_by_word(cx, d, pred);
        claim.display = format!("{} ({})", quote.of(&c.docs[d].text), show(dim, num.lo * factor, num.hi * factor));
        claim.about = cx.agent(d, (first, end)).map(|e| format!("E{e}")).into_iter().collect();
        claim.strength = if matches!(dim, Dimension::Percent) { Severity::Low } else { Severity::High };
        // "40 percent of buildings" is a share of something the clause names; compare
        // only clauses that say the same thing.
        if matches!(dim, Dimension::Percent | Dimension::Money(_))
            || matches!(scope, super::scope::Scope::Background(_))
        {
            claim.cue = cx.cue(d, s.first, s.last, (first, end));
            claim.aligned = true;
        }
        // "600 metres (2,000 feet)": a conversion in brackets is the same fact as the measure before it.
        let bracketed = first > s.first && c.word(d, first - 1) == "(";
        if let Some(prev) = out
            .last()
            .filter(|p| bracketed && p.doc == d && p.sentence == claim.sentence && p.attribute == claim.attribute)
        {
            let before_bracket = toks[first - 1].span.start;
            if prev.quote.end <= before_bracket && c.docs[d].text[prev.quote.end..before_bracket].trim().is_empty() {
                claim.key = prev.key.clone();
                claim.label = prev.label.clone();
                claim.about = prev.about.clone();
            }
        }
        out.push(claim);
        i = end.max(i + 1);
    }
}

/// The bounds of a measure in base units. An exact figure is taken with its rounding in
/// the unit it was written in ("2,000ft" is 1,900–2,100 ft, so "609 metres" agrees with
/// it; "609 metres" is 608.5–609.5 m).
fn written_range(num: &number::Number, factor: f64) -> Value {
    let r = if num.lo == num.hi { number::rounding(num.lo).max(0.5) } else { 0.0 };
    Value::Range((num.lo - r) * factor, (num.hi + r) * factor)
}

/// A measure in base units, as shown beside the quote.
fn show(dim: Dimension, lo: f64, hi: f64) -> String {
    if lo == hi || !hi.is_finite() {
        dim.show(lo)
    } else {
        format!("{}–{}", dim.show(lo), dim.show(hi))
    }
}

/// Magnitudes of earthquakes: "6.1-magnitude", "magnitude 5.9", "magnitude-5. 9",
/// "a magnitude of 5.9", "puts the magnitude at 6.1", "6.0 on the Richter scale". A
/// generic statement ("A magnitude 6 quake can cause severe damage") is not about this quake.
fn magnitudes(cx: &Context, d: usize, si: usize, out: &mut Vec<Claim>) {
    let c = cx.c;
    let s = &c.sentences[d][si];
    let toks = &c.tokens[d];
    let word = |k: usize| if k < s.last { super::tok(c, d, k) } else { "" };
    if (s.first..s.last).any(|k| matches!(word(k), "can" | "could" | "would")) {
        return;
    }
    let mut seen = Vec::new();
    for k in s.first..s.last {
        if toks[k].kind != TokenKind::Number {
            continue;
        }
        let Some(num) = number::at(c, d, k, s.first, s.last) else { continue };
        if !(1.0..=10.0).contains(&num.lo) || num.lo > num.hi || seen.contains(&num.start) {
            continue;
        }
        let w = |j: usize| if j >= s.first && j < s.last { super::tok(c, d, j) } else { "" };
        let after_magnitude = w(num.next) == "magnitude" || (w(num.next) == "-" && w(num.next + 1) == "magnitude");
        let richter = w(num.next) == "on" && w(num.next + 1) == "the" && w(num.next + 2) == "richter";
        let before = (num.first.saturating_sub(4).max(s.first)..num.first).any(|j| w(j) == "magnitude")
            && !(num.first.saturating_sub(4).max(s.first)..num.first).any(|j| matches!(c.word(d, j), "," | ";"));
        if !(after_magnitude || richter || before) {
            continue;
        }
        seen.push(num.start);
        let end = if after_magnitude {
            if w(num.next) == "-" {
                num.next + 2
            } else {
                num.next + 1
            }
        } else if richter {
            num.next + 4
        } else {
            num.next
        };
        let first = if before {
            (num.first.saturating_sub(4).max(s.first)..num.first).find(|&j| w(j) == "magnitude").unwrap_or(num.first)
        } else {
            num.first
        };
        let end = end.min(s.last);
        let quote = Span::new(toks[first].span.start, toks[end - 1].span.end);
        // An approximate magnitude ("about 6.0") is within a tenth or two.
        let plain = number::plain_at(c, d, num.start, s.last).map_or(num.lo, |p| p.lo);
        let (lo, hi) = if num.exact { (num.lo, num.hi) } else { (plain - 0.15, plain + 0.15) };
        let scope = cx.scopes.of(c, &cx.timexes[d], d, si, first, end);
        let mut claim =
            Claim::new(cx, d, Subject::Event(cx.scopes.story(d), scope), "magnitude", Value::Range(lo, hi), quote);
        claim.display = format!("{} ({})", quote.of(&c.docs[d].text), super::number_text(plain));
        // An aftershock's magnitude is another fact than the quake's.
        if (s.first..s.last).any(|k| matches!(super::tok(c, d, k), "aftershock" | "aftershocks")) {
            claim.key = "aftershock".into();
        }
        if matches!(scope, super::scope::Scope::Background(_)) {
            claim.cue = cx.cue(d, s.first, s.last, (first, end));
            claim.aligned = true;
        }
        out.push(claim);
    }
}
