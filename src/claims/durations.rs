//! Durations of events ("six hours", "more than six hours") as bounds in hours.

use super::{Claim, Subject, Value};
use crate::corpus::Corpus;
use crate::events::Events;
use crate::span::Span;
use crate::time::{Timex, TimexType};

/// Hours in one unit of a TIMEX3 duration designator.
fn unit_hours(unit: char, time: bool) -> Option<f64> {
    Some(match (unit, time) {
        ('H', true) => 1.0,
        ('M', true) => 1.0 / 60.0,
        ('S', true) => 1.0 / 3600.0,
        ('D', false) => 24.0,
        ('W', false) => 168.0,
        ('M', false) => 730.0,
        ('Y', false) => 8766.0,
        _ => return None,
    })
}

/// Bounds in hours of a TIMEX3 duration with its modifier; `None` when vague ("several hours").
pub fn duration_bounds(value: &str, modifier: Option<&str>) -> Option<(f64, f64)> {
    let time = value.starts_with("PT");
    let body = value.strip_prefix("PT").or_else(|| value.strip_prefix('P'))?;
    let unit = body.chars().last()?;
    let n = crate::text::number::parse_f64(&body[..body.len() - unit.len_utf8()])?;
    let h = n * unit_hours(unit, time)?;
    Some(match modifier {
        Some("MORE_THAN") => (h, f64::INFINITY),
        Some("EQUAL_OR_MORE") => (h, f64::INFINITY),
        Some("LESS_THAN") | Some("EQUAL_OR_LESS") => (0.0, h),
        Some("APPROX") => (h * 0.75, h * 1.25),
        _ => (h, h),
    })
}

/// Durations attached to the event of their sentence, or of a nearby earlier
/// sentence of the same document when the sentence speaks of the same talks.
pub fn durations(c: &Corpus, events: &Events, timexes: &[Vec<Timex>], out: &mut Vec<Claim>) {
    let mut event_of_mention = vec![usize::MAX; events.mentions.len()];
    for (e, ev) in events.events.iter().enumerate() {
        for &m in &ev.mentions {
            event_of_mention[m] = e;
        }
    }
    let mut dated_at: rustc_hash::FxHashMap<(usize, usize), usize> = rustc_hash::FxHashMap::default();
    for (i, m) in events.mentions.iter().enumerate().rev() {
        if m.date.is_some() {
            dated_at.insert((m.doc, m.sentence), i);
        }
    }
    for (d, txs) in timexes.iter().enumerate() {
        for t in txs.iter().filter(|t| t.kind == TimexType::Duration) {
            let Some(bounds) = duration_bounds(&t.value, t.modifier) else { continue };
            if !measures_an_event(&c.docs[d].text, t.span) {
                continue;
            }
            let Some(si) = c.sentence_containing(d, t.span) else { continue };
            let dated = |s: usize| dated_at.get(&(d, s)).copied();
            let found = dated(si).or_else(|| (si.saturating_sub(2)..si).rev().find_map(dated));
            let Some(mi) = found else { continue };
            let e = event_of_mention[mi];
            if e == usize::MAX || events.events[e].kind != "meeting" {
                continue;
            }
            let text = &c.docs[d].text;
            let quote = with_modifier_words(text, t.span, t.modifier.is_some());
            out.push(Claim {
                doc: d,
                subject: Subject::Event(e),
                attribute: "duration",
                value: Value::Duration(bounds.0, bounds.1),
                display: quote.of(text).to_string(),
                quote,
                qualifiers: Default::default(),
            });
        }
    }
}

/// Whether a duration gives the length of an event: "lasted (more than) six hours",
/// "for six hours", "six hours of talks", "a six-hour meeting" — not "a 40-year sentence"
/// or "six hours later".
fn measures_an_event(text: &str, span: Span) -> bool {
    let before: Vec<String> = text[..span.start].split_whitespace().rev().take(3).map(|w| w.to_lowercase()).collect();
    let after: Vec<String> = text[span.end..]
        .split(|ch: char| ch.is_whitespace() || ch == '-')
        .filter(|w| !w.is_empty())
        .take(2)
        .map(|w| w.to_lowercase())
        .collect();
    let lead = before.iter().map(String::as_str).find(|w| {
        !matches!(
            *w,
            "more"
                | "than"
                | "less"
                | "about"
                | "nearly"
                | "almost"
                | "around"
                | "some"
                | "over"
                | "at"
                | "least"
                | "up"
                | "to"
        )
    });
    let verb_before = lead
        .is_some_and(|w| matches!(w, "lasted" | "lasting" | "last" | "for" | "took" | "spent" | "after" | "during"));
    let of_after =
        after.first().is_some_and(|w| w == "of" || w == "long" || w == "talks" || w == "meeting" || w == "session");
    let later = after
        .first()
        .is_some_and(|w| matches!(w.as_str(), "later" | "ago" | "earlier" | "old" | "sentence" | "term" | "prison"));
    (verb_before || of_after) && !later
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
}
