//! Stage 5: events and the timeline.
//!
//! An event mention is a trigger word (met, talks, beat, killed, arrested, quake, …) in a
//! sentence. It is dated by the time expression of its sentence nearest to it when there
//! is one (*stated*); a sentence of the report's own account that names no date is dated
//! by the report's news day — the day its lede gives the main event, else its publication
//! date (*report*), so that the play-by-play of a game or the aftermath of a quake belongs
//! to the day it happened. Mentions merge within and across the reports of one story
//! ([`crate::stories`]) by day and kind of happening (`(story, date, kind)`); on one day,
//! casualties join the attack, disaster or accident that caused them. Undated mentions with
//! future markers ("a follow-up meeting in the near future") become planned events.

mod kind;

use crate::corpus::Corpus;
use crate::entities::Entities;
use crate::span::Span;
use crate::text::TokenKind;
use crate::time::{Timex, TimexType};
use chrono::NaiveDate;
use kind::{trigger_kind, CAUSES};
pub use kind::{EventKind, EventStatus};
use std::collections::BTreeMap;

/// A word that puts an event in the future (a `match`: it is asked of every word of a sentence with a trigger).
fn is_future_marker(w: &str) -> bool {
    matches!(w, "future" | "next" | "upcoming" | "planned" | "follow" | "subsequently" | "later" | "will")
}

/// How an event mention's date was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Basis {
    /// A time expression in the sentence that tells it.
    Stated,
    /// The report's news day: the sentence tells the report's main event and names no date.
    Report,
}

impl Basis {
    /// `stated` or `report`.
    pub fn as_str(self) -> &'static str {
        match self {
            Basis::Stated => "stated",
            Basis::Report => "report",
        }
    }
}

/// One reported occurrence of an event in one document.
#[derive(Debug, Clone)]
pub struct EventMention {
    /// Document index.
    pub doc: usize,
    /// Sentence index.
    pub sentence: usize,
    /// Kind of event.
    pub kind: EventKind,
    /// The trigger word.
    pub trigger: Span,
    /// TIMEX3 value (or `A/B` range) of its date.
    pub date: Option<String>,
    /// The time expression that dates it, when stated.
    pub date_span: Option<Span>,
    /// The full TIMEX3 value of that expression (with a time of day: `2013-06-08T08:40`).
    pub when: Option<String>,
    /// How the date was found.
    pub basis: Basis,
    /// Whether the date rests on an inferred document date.
    pub inferred: bool,
    /// Where it stands against the document date.
    pub status: EventStatus,
}

impl EventMention {
    /// A mention its sentence does not date: a plan (`Future`, never dated), or part of the
    /// report's account (`Core`, dated later by the news day, so its date is inferred).
    fn undated(doc: usize, sentence: usize, kind: EventKind, trigger: Span, status: EventStatus) -> EventMention {
        EventMention {
            doc,
            sentence,
            kind,
            trigger,
            date: None,
            date_span: None,
            when: None,
            basis: Basis::Report,
            inferred: status == EventStatus::Core,
            status,
        }
    }
}

/// An event merged across documents.
#[derive(Debug, Clone)]
pub struct Event {
    /// Kind of event.
    pub kind: EventKind,
    /// Where it stands against the reports' dates (the status most of its mentions have).
    pub status: EventStatus,
    /// Date value, when dated.
    pub date: Option<String>,
    /// Whether the date is inferred in every report of it.
    pub inferred: bool,
    /// Indices into [`Events::mentions`].
    pub mentions: Vec<usize>,
    /// Entity indices of participants, ascending.
    pub entities: Vec<usize>,
}

/// The result of the event stage.
#[derive(Debug, Clone, Default)]
pub struct Events {
    /// Every event mention.
    pub mentions: Vec<EventMention>,
    /// Merged events in timeline order.
    pub events: Vec<Event>,
    /// The story of each document ([`crate::stories`]).
    pub stories: Vec<usize>,
}

/// Inputs per document the stage needs besides the corpus.
pub struct TimeContext<'a> {
    /// Time expressions of each document.
    pub timexes: &'a [Vec<Timex>],
    /// Each document's date, and whether it was inferred.
    pub dates: &'a [(Option<NaiveDate>, bool)],
}

/// Finds event mentions and merges them into a timeline, per story.
pub fn extract(c: &Corpus, ents: &Entities, time: &TimeContext, stories: Vec<usize>) -> Events {
    let mut mentions = Vec::new();
    for d in 0..c.docs.len() {
        find_in_doc(c, d, time, &mut mentions);
    }
    let events = merge(ents, &mentions, &stories);
    Events { mentions, events, stories }
}

/// The dated time expressions of a sentence that can date what it tells.
fn sentence_dates<'t>(text: &str, timexes: &'t [Timex], span: Span) -> Vec<&'t Timex> {
    crate::time::within(timexes, span)
        .iter()
        .filter(|t| {
            span.contains(t.span)
                && matches!(t.kind, TimexType::Date | TimexType::Time)
                && !t.value.ends_with("_REF")
                && t.value.chars().next().is_some_and(|ch| ch.is_ascii_digit())
        })
        // A bare clock time ("at 1023 GMT") takes its day from the document date, which
        // for a report published the morning after is the wrong day: it dates nothing.
        .filter(|t| !(t.kind == TimexType::Time && bare_clock(t.span.of(text))))
        .collect()
}

fn find_in_doc(c: &Corpus, d: usize, time: &TimeContext, out: &mut Vec<EventMention>) {
    let toks = &c.tokens[d];
    let text = &c.docs[d].text;
    let (dct, dct_inferred) = time.dates[d];
    let first_new = out.len();
    for (si, s) in c.sentences[d].iter().enumerate() {
        let triggers: Vec<(usize, EventKind)> = (s.first..s.last)
            .filter(|&k| toks[k].kind == TokenKind::Word)
            .filter_map(|k| trigger_kind(c.folded(d, k)).map(|kind| (k, kind)))
            .collect();
        if triggers.is_empty() {
            continue;
        }
        let future = (s.first..s.last).any(|k| is_future_marker(c.folded(d, k)));
        let dates = sentence_dates(text, &time.timexes[d], s.span);
        if dates.is_empty() {
            if future {
                let marker =
                    (s.first..s.last).find(|&k| is_future_marker(c.folded(d, k))).map_or(0, |k| toks[k].span.start);
                let planned = triggers
                    .iter()
                    .filter(|(_, kind)| matches!(kind, EventKind::Meeting | EventKind::Agreement))
                    .min_by_key(|(k, _)| toks[*k].span.start.abs_diff(marker));
                if let Some(&(k, kind)) = planned {
                    out.push(EventMention::undated(d, si, kind, toks[k].span, EventStatus::Future));
                }
                continue;
            }
            // An undated sentence of the report's account: dated later by the news day. A
            // sentence that goes on about an earlier event ("It killed 612 people.") is not.
            let opener = c.folded(d, s.first);
            let continues_background = matches!(opener, "it" | "that" | "this" | "they" | "which")
                && out[first_new..].last().is_some_and(|m| m.sentence + 1 == si && m.status == EventStatus::Background);
            if continues_background {
                continue;
            }
            if let Some(&(k, kind)) =
                triggers.iter().filter(|(_, kind)| *kind != EventKind::Statement).min_by_key(|(_, kind)| rank(*kind))
            {
                out.push(EventMention::undated(d, si, kind, toks[k].span, EventStatus::Core));
            }
            continue;
        }
        for (value, date_span, relative, when) in date_values(text, &dates) {
            let at = date_span.start;
            // The nearest trigger; a reporting verb that introduces a clause ("reported that") reports another event.
            let best = triggers.iter().min_by_key(|(k, kind)| {
                let dist = toks[*k].span.start.abs_diff(at);
                let (lo, hi) =
                    if toks[*k].span.start < at { (toks[*k].span.start, at) } else { (at, toks[*k].span.start) };
                let quoted = text[lo..hi].contains(['”', '"']);
                // A trigger across "that" is in another clause ("told journalists on Wednesday that the talks …").
                let other_clause = text[lo..hi].contains(" that ");
                // ", officials said." closes a sentence with its attribution: it dates nothing.
                let clause_ends = (*k + 1..s.last).all(|j| toks[j].kind == TokenKind::Punct);
                let attribution = clause_ends
                    && (k.saturating_sub(4)..*k)
                        .any(|j| j >= s.first && matches!(c.word(d, j), "," | "”" | "\"" | "’"));
                let reporting = *kind == EventKind::Statement
                    && ((*k + 1 < s.last && c.folded(d, *k + 1) == "that") || quoted || attribution);
                dist + if reporting { 10_000 } else { 0 } + if other_clause { 5_000 } else { 0 }
            });
            let Some(&(k, kind)) = best else { continue };
            let status = status_of(&value, dct, future);
            out.push(EventMention {
                doc: d,
                sentence: si,
                kind,
                trigger: toks[k].span,
                date: Some(value),
                date_span: Some(date_span),
                when: Some(when),
                basis: Basis::Stated,
                inferred: relative && dct_inferred,
                status,
            });
        }
    }
    // The news day: the day the lede (the first three sentences) gives a happening, else the
    // report's date. Undated mentions of the report's account take it.
    let lede = c.sentences[d].len().min(3);
    let news = out[first_new..]
        .iter()
        .find(|m| {
            m.sentence < lede
                && m.kind != EventKind::Statement
                && m.date.as_deref().is_some_and(is_day)
                && m.status == EventStatus::Core
        })
        .map(|m| (m.date.clone().unwrap_or_default(), m.inferred))
        .or_else(|| dct.map(|day| (day.to_string(), dct_inferred)));
    for m in out[first_new..].iter_mut() {
        if m.date.is_none() && m.status == EventStatus::Core {
            if let Some((day, _)) = &news {
                m.date = Some(day.clone());
                m.inferred = true;
            }
        }
    }
    // Without a news day, an undated account dates nothing: keep it out of the timeline.
    // Only this document's mentions are looked at (a `retain` over `out` would walk every
    // earlier document's again: quadratic in the set).
    let mine = out.split_off(first_new);
    out.extend(mine.into_iter().filter(|m| m.date.is_some() || m.status != EventStatus::Core));
}

/// The order in which a sentence's triggers name what it tells: what happened before who said it.
fn rank(kind: EventKind) -> u8 {
    match kind {
        EventKind::Casualties => 2,
        EventKind::Statement => 3,
        _ => 1,
    }
}

/// Whether a TIMEX3 value is one day (`2025-04-10`).
fn is_day(v: &str) -> bool {
    v.len() == 10
        && v.as_bytes()[4] == b'-'
        && v.as_bytes()[7] == b'-'
        && v.bytes().filter(u8::is_ascii_digit).count() == 8
}

/// Whether a time expression is only a clock time: digits, am/pm, a zone, "local time".
fn bare_clock(text: &str) -> bool {
    text.split(|ch: char| !ch.is_alphabetic()).filter(|w| !w.is_empty()).all(|w| {
        let w = w.to_ascii_lowercase();
        crate::time::lexicon::zone_offset(&w).is_some()
            || matches!(
                w.as_str(),
                "a" | "p" | "m" | "am" | "pm" | "local" | "time" | "noon" | "midnight" | "midday" | "o" | "clock"
            )
    })
}

/// Date values of a sentence; "between 2016 and 2018" becomes the range `2016/2018`. Each
/// with its span, whether it is relative, and the expression's full value.
fn date_values(text: &str, dates: &[&Timex]) -> Vec<(String, Span, bool, String)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < dates.len() {
        let t = dates[i];
        if i + 1 < dates.len() {
            let gap = &text[t.span.end..dates[i + 1].span.start];
            let before = &text[crate::span::floor_boundary(text, t.span.start.saturating_sub(12))..t.span.start];
            let joined = matches!(gap.trim(), "and" | "to" | "-" | "–" | "through" | "until");
            if joined && (before.contains("between") || before.contains("from")) {
                let u = dates[i + 1];
                let range = format!("{}/{}", t.value, u.value);
                out.push((range.clone(), t.span.cover(u.span), t.relative || u.relative, range));
                i += 2;
                continue;
            }
        }
        // A time of day dates the event by its day ("Sunday night" → 2024-03-03).
        let value = if t.kind == TimexType::Time {
            t.value.split('T').next().unwrap_or(&t.value).to_string()
        } else {
            t.value.clone()
        };
        out.push((value, t.span, t.relative, t.value.clone()));
        i += 1;
    }
    out
}

/// `future` when the period starts after the document date (or, undated, with future
/// markers), `background` when it ended more than two weeks before it, `core` otherwise.
/// Ranges (`2016/2018`) are placed by their end.
fn status_of(value: &str, dct: Option<NaiveDate>, future: bool) -> EventStatus {
    let undated = if future { EventStatus::Future } else { EventStatus::Core };
    let Some(dct) = dct else { return undated };
    let (first, last) = match value.split_once('/') {
        Some((a, b)) => (a, b),
        None => (value, value),
    };
    let (Some((start, _)), Some((_, end))) =
        (crate::time::interval::interval(first), crate::time::interval::interval(last))
    else {
        return undated;
    };
    if start > dct {
        EventStatus::Future
    } else if (dct - end).num_days() > 14 {
        EventStatus::Background
    } else {
        EventStatus::Core
    }
}

fn merge(ents: &Entities, ms: &[EventMention], stories: &[usize]) -> Vec<Event> {
    let mut by_sentence: BTreeMap<(usize, usize), Vec<usize>> = BTreeMap::new();
    for (mi, men) in ents.mentions.iter().enumerate() {
        by_sentence.entry((men.doc, men.sentence)).or_default().push(ents.entity_of[mi]);
    }
    let story = |m: &EventMention| stories.get(m.doc).copied().unwrap_or(0);
    // On one day of one story, casualties are those of the attack, disaster or accident
    // reported most that day.
    let mut causes: BTreeMap<(usize, &str, EventKind), usize> = BTreeMap::new();
    for m in ms.iter().filter(|m| CAUSES.contains(&m.kind)) {
        if let Some(day) = m.date.as_deref() {
            *causes.entry((story(m), day, m.kind)).or_default() += 1;
        }
    }
    let cause_of = |m: &EventMention| -> EventKind {
        let Some(day) = m.date.as_deref() else { return m.kind };
        CAUSES
            .iter()
            .filter_map(|k| causes.get(&(story(m), day, *k)).map(|n| (*n, *k)))
            .max_by_key(|(n, k)| (*n, std::cmp::Reverse(*k)))
            .map_or(m.kind, |(_, k)| k)
    };
    let mut groups: BTreeMap<(usize, Option<String>, EventKind), Vec<usize>> = BTreeMap::new();
    for (i, m) in ms.iter().enumerate() {
        let kind = if m.kind == EventKind::Casualties { cause_of(m) } else { m.kind };
        groups.entry((story(m), m.date.clone(), kind)).or_default().push(i);
    }
    let mut events: Vec<Event> = groups
        .into_iter()
        // A happening only one report tells, and only in passing (no date of its own), is
        // context, not a timeline entry ("operating with skeletal staffing since the expulsions").
        .filter(|(_, idx)| {
            idx.iter().any(|&i| ms[i].basis == Basis::Stated || ms[i].date.is_none())
                || idx.iter().any(|&i| ms[i].doc != ms[idx[0]].doc)
        })
        .map(|((_, date, kind), idx)| {
            let status = majority(idx.iter().map(|&i| ms[i].status));
            let inferred = idx.iter().all(|&i| ms[i].inferred);
            let mut entities: Vec<usize> = Vec::new();
            for &i in &idx {
                let m = &ms[i];
                entities.extend(by_sentence.get(&(m.doc, m.sentence)).into_iter().flatten());
            }
            entities.sort_unstable(); // indices: the same order as a stable sort, and one sort instance fewer
            entities.dedup();
            Event { kind, status, date, inferred, mentions: idx, entities }
        })
        .collect();
    crate::sort::sort_by(&mut events, |a, b| {
        let key =
            |e: &Event| (e.date.is_none(), e.date.clone().unwrap_or_default(), e.status != EventStatus::Future, e.kind);
        key(a).cmp(&key(b))
    });
    events
}

fn majority(items: impl Iterator<Item = EventStatus>) -> EventStatus {
    let counts = crate::tally::tally(items);
    counts.into_iter().max_by_key(|(s, n)| (*n, std::cmp::Reverse(*s))).map(|(s, _)| s).unwrap_or(EventStatus::Core)
}

/// The evidence sentence that best summarises an event: the one closest to a
/// plain news sentence (about 20 words), without a dateline prefix
/// ("ISTANBUL (Reuters) –") or opening quotation, preferring sentences that state the date.
pub fn summary_sentence(c: &Corpus, evs: &Events, ev: &Event) -> String {
    let mut best: Option<(usize, String)> = None;
    for &m in &ev.mentions {
        let em = &evs.mentions[m];
        let doc = &c.docs[em.doc];
        let mut span = c.sentences[em.doc][em.sentence].span;
        if let Some(dl) = doc.dateline {
            if span.contains(dl) {
                // Skip past the dash that ends the dateline.
                let rest = &doc.text[dl.end..span.end];
                if let Some(pos) = rest.find(['–', '—', '-']) {
                    let skip = dl.end + pos + rest[pos..].chars().next().map_or(1, char::len_utf8);
                    span = Span::new(skip, span.end);
                }
            }
        }
        let text = span.of(&doc.text).trim();
        let words = text.split_whitespace().count();
        let quoted = text.starts_with(['“', '"']);
        let score = words.abs_diff(20) + if quoted { 15 } else { 0 } + if em.basis == Basis::Report { 5 } else { 0 };
        if best.as_ref().is_none_or(|(b, _)| score < *b) {
            best = Some((score, text.to_string()));
        }
    }
    best.map(|(_, s)| s).unwrap_or_default()
}
