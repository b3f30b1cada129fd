//! `events`: the timeline, events merged across documents with their dates and evidence.

use super::build::Stages;
use super::offsets::Offsets;
use super::{EventDateOut, EventOut, SpanOut};
use crate::corpus::Corpus;
use crate::events::{self, Events};

/// The events, in timeline order (as the event stage sorted them).
pub(super) fn events(s: &Stages, off: &Offsets) -> Vec<EventOut> {
    let (c, evs) = (s.corpus, s.events);
    evs.events
        .iter()
        .enumerate()
        .map(|(i, ev)| {
            let evidence: Vec<SpanOut> = ev
                .mentions
                .iter()
                .map(|&m| {
                    let em = &evs.mentions[m];
                    off.span(em.doc, c.sentences[em.doc][em.sentence].span)
                })
                .collect();
            let mut sources: Vec<usize> = ev.mentions.iter().map(|&m| evs.mentions[m].doc).collect();
            crate::sort::sort(&mut sources);
            sources.dedup();
            EventOut {
                id: format!("V{}", i + 1),
                kind: ev.kind.to_string(),
                status: ev.status.to_string(),
                date: ev.date.as_ref().map(|v| event_date(c, evs, ev, v)),
                story: format!("S{}", ev.mentions.first().map_or(0, |&m| evs.stories[evs.mentions[m].doc]) + 1),
                summary: summary(ev.kind.as_str(), &events::summary_sentence(c, evs, ev)),
                sources: sources.iter().map(|&d| c.docs[d].id.clone()).collect(),
                evidence,
                entities: ev.entities.iter().map(|&e| format!("E{}", e + 1)).collect(),
            }
        })
        .collect()
}

/// An event's date for the timeline: its value, how precise it is, and the expression it
/// comes from (the first stated one), or that it rests on the reports' news day.
fn event_date(c: &Corpus, evs: &Events, ev: &events::Event, value: &str) -> EventDateOut {
    let stated = ev.mentions.iter().map(|&m| &evs.mentions[m]).find(|m| m.basis == events::Basis::Stated);
    let when = stated.and_then(|m| m.when.as_deref()).unwrap_or(value);
    let time = when.split_once('T').map(|(_, t)| t);
    let precision = match time {
        Some(t) if t.as_bytes().first().is_some_and(u8::is_ascii_digit) => "minute",
        Some(_) => "part of day",
        None if value.len() == 10 => "day",
        None if value.contains('W') => "week",
        None if value.len() == 7 => "month",
        None if value.len() == 4 => "year",
        None => "period",
    };
    EventDateOut {
        value: value.to_string(),
        inferred: ev.inferred,
        precision: precision.to_string(),
        basis: if stated.is_some() { "stated" } else { "report" }.to_string(),
        expression: stated.and_then(|m| m.date_span.map(|s| s.of(&c.docs[m.doc].text).to_string())),
    }
}

/// "meeting" → "Meeting" (event kinds are ASCII words).
fn capitalized(kind: &str) -> String {
    let mut s = kind.to_string();
    if let Some(first) = s.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    s
}

/// "Meeting: <the sentence that best reports it, shortened>".
fn summary(kind: &str, sentence: &str) -> String {
    let mut s = String::new();
    for w in sentence.split_whitespace() {
        if s.chars().count() + w.chars().count() > 140 {
            s.push('…');
            break;
        }
        if !s.is_empty() {
            s.push(' ');
        }
        s.push_str(w);
    }
    format!("{}: {s}", capitalized(kind))
}
