//! Stage 5: events and the timeline.
//!
//! An event mention is a trigger word (met, talks, said, seized, invasion, …) in a
//! sentence, dated by the nearest time expression of that sentence. Mentions merge
//! within and across documents when their kind and date agree (blocking key
//! `(kind, date)`), so "the second round of talks on Thursday" and "the April 10
//! meeting" become one event. Undated mentions with future markers ("a follow-up
//! meeting in the near future") become planned events.

use crate::corpus::Corpus;
use crate::entities::Entities;
use crate::span::Span;
use crate::text::TokenKind;
use crate::time::{Timex, TimexType};
use chrono::NaiveDate;
use rustc_hash::FxHashMap;
use std::collections::BTreeMap;
use std::sync::OnceLock;

/// Trigger words (folded) and the kind of event they denote.
const TRIGGERS: &[(&str, &str)] = &[
    ("met", "meeting"),
    ("meet", "meeting"),
    ("meets", "meeting"),
    ("meeting", "meeting"),
    ("talks", "meeting"),
    ("negotiations", "meeting"),
    ("consultations", "meeting"),
    ("discussions", "meeting"),
    ("session", "meeting"),
    ("summit", "meeting"),
    ("round", "meeting"),
    ("dialogue", "meeting"),
    ("conference", "meeting"),
    ("said", "statement"),
    ("says", "statement"),
    ("stated", "statement"),
    ("told", "statement"),
    ("expressed", "statement"),
    ("announced", "statement"),
    ("statement", "statement"),
    ("confirmed", "statement"),
    ("noted", "statement"),
    ("declared", "statement"),
    ("seized", "seizure"),
    ("seizure", "seizure"),
    ("confiscated", "seizure"),
    ("closed", "closure"),
    ("expelled", "expulsion"),
    ("expulsion", "expulsion"),
    ("expulsions", "expulsion"),
    ("agreed", "agreement"),
    ("agreement", "agreement"),
    ("deal", "agreement"),
    ("signed", "agreement"),
    ("accord", "agreement"),
    ("invasion", "war"),
    ("invaded", "war"),
    ("war", "war"),
    ("conflict", "war"),
    ("outbreak", "war"),
    ("offensive", "war"),
    ("attack", "attack"),
    ("attacked", "attack"),
    ("bombing", "attack"),
    ("explosion", "attack"),
    ("shooting", "attack"),
    ("killed", "casualties"),
    ("died", "casualties"),
    ("injured", "casualties"),
    ("wounded", "casualties"),
    ("earthquake", "disaster"),
    ("quake", "disaster"),
    ("tsunami", "disaster"),
    ("hurricane", "disaster"),
    ("typhoon", "disaster"),
    ("cyclone", "disaster"),
    ("eruption", "disaster"),
    ("landslide", "disaster"),
    ("wildfire", "disaster"),
    ("avalanche", "disaster"),
    ("derailment", "disaster"),
    ("collapse", "disaster"),
    ("blaze", "disaster"),
    ("flood", "disaster"),
    ("floods", "disaster"),
    ("storm", "disaster"),
    ("fire", "disaster"),
    ("crash", "disaster"),
    ("arrested", "arrest"),
    ("arrest", "arrest"),
    ("detained", "arrest"),
    ("charged", "charge"),
    ("convicted", "verdict"),
    ("sentenced", "verdict"),
    ("verdict", "verdict"),
    ("trial", "trial"),
    ("election", "election"),
    ("elected", "election"),
    ("vote", "election"),
    ("resigned", "resignation"),
    ("appointed", "appointment"),
    ("launched", "launch"),
    ("released", "release"),
    ("acquired", "acquisition"),
    ("acquisition", "acquisition"),
    ("sued", "lawsuit"),
    ("lawsuit", "lawsuit"),
];

/// A word that puts an event in the future (a `match`: it is asked of every word of a sentence with a trigger).
fn is_future_marker(w: &str) -> bool {
    matches!(w, "future" | "next" | "upcoming" | "planned" | "follow" | "subsequently" | "later")
}

/// One reported occurrence of an event in one document.
#[derive(Debug, Clone)]
pub struct EventMention {
    /// Document index.
    pub doc: usize,
    /// Sentence index.
    pub sentence: usize,
    /// Kind of event.
    pub kind: &'static str,
    /// The trigger word.
    pub trigger: Span,
    /// TIMEX3 value (or `A/B` range) of its date.
    pub date: Option<String>,
    /// The time expression that dates it.
    pub date_span: Option<Span>,
    /// Whether the date rests on an inferred document date.
    pub inferred: bool,
    /// `core`, `background` or `future`.
    pub status: &'static str,
}

/// An event merged across documents.
#[derive(Debug, Clone)]
pub struct Event {
    /// Kind of event.
    pub kind: &'static str,
    /// `core`, `background` or `future`.
    pub status: &'static str,
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
}

/// Inputs per document the stage needs besides the corpus.
pub struct TimeContext<'a> {
    /// Time expressions of each document.
    pub timexes: &'a [Vec<Timex>],
    /// Each document's date, and whether it was inferred.
    pub dates: &'a [(Option<NaiveDate>, bool)],
}

/// Finds event mentions and merges them into a timeline.
pub fn extract(c: &Corpus, ents: &Entities, time: &TimeContext) -> Events {
    let mut mentions = Vec::new();
    for d in 0..c.docs.len() {
        find_in_doc(c, d, time, &mut mentions);
    }
    let events = merge(ents, &mentions);
    Events { mentions, events }
}

/// The kind of event a folded word triggers; one hash lookup (it runs for every word).
fn trigger_kind(f: &str) -> Option<&'static str> {
    static TABLE: OnceLock<FxHashMap<&'static [u8], u32>> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let mut t = FxHashMap::default();
        for (i, (word, _)) in TRIGGERS.iter().enumerate() {
            t.entry(word.as_bytes()).or_insert(i as u32);
        }
        t
    });
    table.get(f.as_bytes()).map(|&i| TRIGGERS[i as usize].1)
}

fn find_in_doc(c: &Corpus, d: usize, time: &TimeContext, out: &mut Vec<EventMention>) {
    let toks = &c.tokens[d];
    let text = &c.docs[d].text;
    let (dct, dct_inferred) = time.dates[d];
    for (si, s) in c.sentences[d].iter().enumerate() {
        let triggers: Vec<(usize, &'static str)> = (s.first..s.last)
            .filter(|&k| toks[k].kind == TokenKind::Word)
            .filter_map(|k| trigger_kind(c.folded(d, k)).map(|kind| (k, kind)))
            .collect();
        if triggers.is_empty() {
            continue;
        }
        let future = (s.first..s.last).any(|k| is_future_marker(c.folded(d, k)));
        let dates: Vec<&Timex> = crate::time::within(&time.timexes[d], s.span)
            .iter()
            .filter(|t| {
                s.span.contains(t.span)
                    && matches!(t.kind, TimexType::Date | TimexType::Time)
                    && !t.value.ends_with("_REF")
                    && t.value.chars().next().is_some_and(|ch| ch.is_ascii_digit())
            })
            // A bare clock time ("at 1023 GMT") takes its day from the document date, which
            // for a report published the morning after is the wrong day: it dates nothing.
            .filter(|t| !(t.kind == TimexType::Time && bare_clock(t.span.of(text))))
            .collect();
        if dates.is_empty() {
            if future {
                let marker =
                    (s.first..s.last).find(|&k| is_future_marker(c.folded(d, k))).map_or(0, |k| toks[k].span.start);
                let planned = triggers
                    .iter()
                    .filter(|(_, kind)| *kind == "meeting" || *kind == "agreement")
                    .min_by_key(|(k, _)| toks[*k].span.start.abs_diff(marker));
                if let Some(&(k, kind)) = planned {
                    out.push(EventMention {
                        doc: d,
                        sentence: si,
                        kind,
                        trigger: toks[k].span,
                        date: None,
                        date_span: None,
                        inferred: false,
                        status: "future",
                    });
                }
            }
            continue;
        }
        for (value, date_span, relative) in date_values(text, &dates) {
            let at = date_span.start;
            // The nearest trigger; a reporting verb that introduces a clause ("reported that") reports another event.
            let best = triggers.iter().min_by_key(|(k, kind)| {
                let dist = toks[*k].span.start.abs_diff(at);
                // "X reported that …" and "“… on April 10,” the ministry said" report another event.
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
                let reporting = *kind == "statement"
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
                inferred: relative && dct_inferred,
                status,
            });
        }
    }
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

/// Date values of a sentence; "between 2016 and 2018" becomes the range `2016/2018`.
fn date_values(text: &str, dates: &[&Timex]) -> Vec<(String, Span, bool)> {
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
                out.push((format!("{}/{}", t.value, u.value), t.span.cover(u.span), t.relative || u.relative));
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
        out.push((value, t.span, t.relative));
        i += 1;
    }
    out
}

/// `future` when the period starts after the document date (or, undated, with future
/// markers), `background` when it ended more than two weeks before it, `core` otherwise.
/// Ranges (`2016/2018`) are placed by their end.
fn status_of(value: &str, dct: Option<NaiveDate>, future: bool) -> &'static str {
    let Some(dct) = dct else { return if future { "future" } else { "core" } };
    let (first, last) = match value.split_once('/') {
        Some((a, b)) => (a, b),
        None => (value, value),
    };
    let (Some((start, _)), Some((_, end))) =
        (crate::time::interval::interval(first), crate::time::interval::interval(last))
    else {
        return if future { "future" } else { "core" };
    };
    if start > dct {
        "future"
    } else if (dct - end).num_days() > 14 {
        "background"
    } else {
        "core"
    }
}

fn merge(ents: &Entities, ms: &[EventMention]) -> Vec<Event> {
    let mut by_sentence: BTreeMap<(usize, usize), Vec<usize>> = BTreeMap::new();
    for (mi, men) in ents.mentions.iter().enumerate() {
        by_sentence.entry((men.doc, men.sentence)).or_default().push(ents.entity_of[mi]);
    }
    let mut groups: BTreeMap<(Option<String>, &'static str), Vec<usize>> = BTreeMap::new();
    for (i, m) in ms.iter().enumerate() {
        groups.entry((m.date.clone(), m.kind)).or_default().push(i);
    }
    let mut events: Vec<Event> = groups
        .into_iter()
        .map(|((date, kind), idx)| {
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
        let key = |e: &Event| (e.date.is_none(), e.date.clone().unwrap_or_default(), e.status != "future", e.kind);
        key(a).cmp(&key(b))
    });
    events
}

fn majority(items: impl Iterator<Item = &'static str>) -> &'static str {
    let counts = crate::tally::tally(items);
    counts.into_iter().max_by_key(|(s, n)| (*n, std::cmp::Reverse(*s))).map(|(s, _)| s).unwrap_or("core")
}

/// The evidence sentence that best summarises an event: the one closest to a
/// plain news sentence (about 20 words), without a dateline prefix
/// ("ISTANBUL (Reuters) –") or opening quotation.
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
        let score = words.abs_diff(20) + if quoted { 15 } else { 0 };
        if best.as_ref().is_none_or(|(b, _)| score < *b) {
            best = Some((score, text.to_string()));
        }
    }
    best.map(|(_, s)| s).unwrap_or_default()
}
