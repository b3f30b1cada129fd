//! Facts about events that sources can disagree on: the day of the story's main
//! event ("struck on Sunday" vs "on Monday"), and where an event took place
//! ("met in Istanbul" vs "met in Ankara").

use super::{Claim, Subject, Value};
use crate::corpus::Corpus;
use crate::entities::{Entities, EntityType, Key};
use crate::events::Events;
use crate::lexicon::fold;
use crate::span::Span;
use std::collections::{BTreeMap, BTreeSet};

/// Kinds of event a story usually has one of on its news day (not statements or arrests, which recur).
const SINGULAR_KINDS: &[&str] = &["meeting", "disaster", "attack", "verdict", "election"];

/// The day each source gives the story's main event of each singular kind. A
/// source that gives two different days for one kind is left out (it reports two events).
pub fn main_event_days(c: &Corpus, events: &Events, out: &mut Vec<Claim>) {
    let mut by_doc_kind: BTreeMap<(usize, &'static str), BTreeSet<&str>> = BTreeMap::new();
    for m in events.mentions.iter().filter(|m| m.status == "core" && SINGULAR_KINDS.contains(&m.kind)) {
        if let Some(day) = m.date.as_deref().filter(|v| is_day(v)) {
            by_doc_kind.entry((m.doc, m.kind)).or_default().insert(day);
        }
    }
    let mut claimed = rustc_hash::FxHashSet::default();
    for m in events.mentions.iter().filter(|m| m.status == "core" && SINGULAR_KINDS.contains(&m.kind)) {
        let (Some(day), Some(span)) = (m.date.as_deref().filter(|v| is_day(v)), m.date_span) else { continue };
        // Only a day that modifies the trigger itself ("the Monday morning attack", "struck
        // on Sunday"): a day elsewhere in the sentence often dates another event (an
        // arraignment, a vigil) that the event dating borrowed.
        if !attached(&c.docs[m.doc].text, m.trigger, span) {
            continue;
        }
        if by_doc_kind.get(&(m.doc, m.kind)).is_some_and(|days| days.len() == 1) && !claimed.contains(&(m.doc, m.kind))
        {
            let text = &c.docs[m.doc].text;
            // A day computed from an inferred publication date is only as good as that
            // guess: compare the weekday the report names instead, or nothing.
            let value = if m.inferred {
                named_weekday(span.of(text)).map(Value::Weekday)
            } else {
                Some(Value::Day(day.to_string()))
            };
            if let Some(value) = value {
                claimed.insert((m.doc, m.kind));
                out.push(Claim {
                    doc: m.doc,
                    subject: Subject::Kind(m.kind),
                    attribute: "date",
                    value,
                    display: format!("{day} (\"{}\")", span.of(text)),
                    quote: span,
                    qualifiers: Default::default(),
                });
            }
        }
    }
}

/// Whether the time expression `t` sits next to the trigger: at most five words
/// between them and no clause mark.
pub(super) fn attached(text: &str, trigger: Span, t: Span) -> bool {
    let between = if t.end <= trigger.start {
        &text[t.end..trigger.start]
    } else if trigger.end <= t.start {
        &text[trigger.end..t.start]
    } else {
        ""
    };
    // "the shooting was revealed Thursday": the day dates the verb after an auxiliary.
    let auxiliary = between.split_whitespace().any(|w| {
        matches!(
            w.to_ascii_lowercase().as_str(),
            "was" | "were" | "is" | "are" | "be" | "been" | "has" | "have" | "had" | "will" | "would"
        )
    });
    between.split_whitespace().count() <= 5
        && !auxiliary
        && !between.contains([',', '.', ';', ':', '(', ')', '"', '“', '”', '—'])
}

fn is_day(v: &str) -> bool {
    v.len() == 10
        && v.as_bytes()[4] == b'-'
        && v.as_bytes()[7] == b'-'
        && v.bytes().filter(u8::is_ascii_digit).count() == 8
}

/// Words after an event trigger that introduce where it happened.
const LOCATIVES: &[&str] = &["in", "at", "near", "outside"];

/// Where each report places each event: the first known place after "in"/"at"
/// within a few words of the trigger ("met in Istanbul").
pub fn event_places(c: &Corpus, ents: &Entities, events: &Events, out: &mut Vec<Claim>) {
    let mut places: BTreeMap<(usize, usize), Vec<usize>> = BTreeMap::new();
    for (i, m) in ents.mentions.iter().enumerate() {
        if m.kind == EntityType::Place && m.metonym_of.is_none() && matches!(m.key, Key::Place(_)) {
            places.entry((m.doc, m.sentence)).or_default().push(i);
        }
    }
    let mut seen = rustc_hash::FxHashSet::default();
    for (e, ev) in events.events.iter().enumerate() {
        for &mi in &ev.mentions {
            let em = &events.mentions[mi];
            let Some(candidates) = places.get(&(em.doc, em.sentence)) else { continue };
            let text = &c.docs[em.doc].text;
            // The nearest place introduced by "in"/"at" in the trigger's clause, on either side.
            let found = candidates
                .iter()
                .map(|&i| &ents.mentions[i])
                .filter(|p| {
                    let before = text[..p.span.start].split_whitespace().last().map(fold).unwrap_or_default();
                    let (lo, hi) = if p.span.start > em.trigger.end {
                        (em.trigger.end, p.span.start)
                    } else {
                        (p.span.end, em.trigger.start.max(p.span.end))
                    };
                    LOCATIVES.contains(&before.as_str())
                        && hi - lo < 60
                        && !text[lo..hi].contains(['.', ';', ',', '“', '”', '"'])
                })
                .min_by_key(|p| p.span.start.abs_diff(em.trigger.start));
            if let Some(p) = found {
                let Key::Place(id) = &p.key else { continue };
                let value = Value::Place(id.clone());
                if seen.insert((em.doc, e, id.clone())) {
                    out.push(Claim {
                        doc: em.doc,
                        subject: Subject::Event(e),
                        attribute: "place",
                        value,
                        display: p.span.of(text).to_string(),
                        quote: Span::new(p.span.start, p.span.end),
                        qualifiers: Default::default(),
                    });
                }
            }
        }
    }
}

/// The weekday a time expression names ("Sunday night" → "Sunday").
fn named_weekday(text: &str) -> Option<&'static str> {
    const DAYS: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
    text.split(|ch: char| !ch.is_alphabetic()).find_map(|w| DAYS.iter().find(|d| d.eq_ignore_ascii_case(w)).copied())
}
