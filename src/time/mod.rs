//! Stage 4: time expressions (TimeML TIMEX3) and document dates.
//!
//! [`find_timexes`] recognises TIMEX3 expressions in English news and
//! normalises them (TimeML 1.2.1 guidelines, TempEval-3 / MEANTIME extent
//! conventions): [`scan`] tokens → [`recognize`] (longest match of the
//! matchers in `rec_*`) → [`tense`] of the clause → [`normalize`] against the
//! document creation time (DCT) and the last date mentioned.
//! [`docdate`] infers missing DCTs; [`stage`] runs it all over a corpus.
//!
//! Without a DCT, relative expressions still get a value with TIMEX3 unknowns:
//! "April 10" → `XXXX-04-10`, "Thursday" → `XXXX-WXX-4`, "yesterday" /
//! "last week" → `PAST_REF`, "today" / "this year" → `PRESENT_REF`,
//! "tomorrow" / "next month" → `FUTURE_REF`, all with `relative` set.

pub mod calendar;
#[cfg(test)]
mod cases;
pub mod docdate;
#[cfg(not(target_arch = "wasm32"))]
pub mod eval;
pub mod evidence;
pub mod expr;
pub mod interval;
pub mod lexicon;
pub mod normalize;
pub mod rec_calendar;
pub mod rec_clock;
pub mod rec_duration;
pub mod rec_relative;
pub mod recognize;
pub mod rejoin;
pub mod scan;
pub mod stage;
pub mod tense;

use crate::span::Span;
use chrono::{Datelike, NaiveDate};

/// TIMEX3 type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TimexType {
    /// A calendar date or period (`2025-04-10`, `2025-W15`, `2016`, `PAST_REF`).
    Date,
    /// A time of day (`2025-04-10T14:00`).
    Time,
    /// A length of time (`PT6H`, `P3Y`).
    Duration,
    /// A recurring time (`P1W` with quant `EVERY`).
    Set,
}

impl TimexType {
    /// The TIMEX3 name: `DATE`, `TIME`, `DURATION`, `SET`.
    pub fn as_str(&self) -> &'static str {
        match self {
            TimexType::Date => "DATE",
            TimexType::Time => "TIME",
            TimexType::Duration => "DURATION",
            TimexType::Set => "SET",
        }
    }
}

/// One recognised and normalised time expression.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Timex {
    /// Byte span in the document text.
    pub span: Span,
    /// TIMEX3 type.
    pub kind: TimexType,
    /// TIMEX3 value.
    pub value: String,
    /// TIMEX3 `mod` (`MORE_THAN`, `LESS_THAN`, `APPROX`, `START`, `MID`, `END`, …).
    pub modifier: Option<&'static str>,
    /// True when the value was computed from the document date (deictic or year-less).
    pub relative: bool,
    /// What the value was computed from: written in full, the document date, or an
    /// earlier expression (its span). A value on the document date rests on an inferred
    /// date when the document's date was inferred (`pipeline`'s `dates[d].1`).
    pub basis: Basis,
}

impl Timex {
    /// How precisely the value places the time (`None` for lengths, sets, references).
    pub fn precision(&self) -> Option<Precision> {
        match self.kind {
            TimexType::Date | TimexType::Time => Precision::of(&self.value),
            _ => None,
        }
    }
}

/// What a timex's value was computed from: for the timeline's "date basis".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Basis {
    /// Written in full ("April 10, 2025", "the 1990s"), or a length, a set, a reference.
    Stated,
    /// Computed from the document's date ("yesterday", "on Tuesday", "April 10").
    DocumentDate,
    /// Computed from an earlier expression in the same document, whose span this is
    /// ("the next day" after "March 11, 2005", "at 3 p.m." after "yesterday").
    Discourse(Span),
    /// Not resolved: the value keeps TIMEX3 unknowns (`XXXX-04-10`).
    Unresolved,
}

impl Basis {
    /// `stated`, `document-date`, `discourse`, `unresolved`.
    pub fn as_str(&self) -> &'static str {
        match self {
            Basis::Stated => "stated",
            Basis::DocumentDate => "document-date",
            Basis::Discourse(_) => "discourse",
            Basis::Unresolved => "unresolved",
        }
    }
}

/// How precisely a value places a time (for the timeline: "day", "part of day", "minute").
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Precision {
    /// `…T10:52:30`.
    Second,
    /// `…T10:52`.
    Minute,
    /// `…TMO` (morning, afternoon, evening, night).
    PartOfDay,
    /// `2025-04-10`.
    Day,
    /// `2025-W15`, `2025-W15-WE`.
    Week,
    /// `2025-04`.
    Month,
    /// `2025-Q1`, `2025-H2`, `2025-SU`.
    Season,
    /// `2025`.
    Year,
    /// `199`.
    Decade,
    /// `19`.
    Century,
}

impl Precision {
    /// `second`, `minute`, `part-of-day`, `day`, `week`, `month`, `season`, `year`, `decade`, `century`.
    pub fn as_str(&self) -> &'static str {
        match self {
            Precision::Second => "second",
            Precision::Minute => "minute",
            Precision::PartOfDay => "part-of-day",
            Precision::Day => "day",
            Precision::Week => "week",
            Precision::Month => "month",
            Precision::Season => "season",
            Precision::Year => "year",
            Precision::Decade => "decade",
            Precision::Century => "century",
        }
    }

    /// The precision of a TIMEX3 DATE or TIME value; `None` for durations, sets,
    /// references and values with unknowns in the date (`XXXX-04-10`).
    pub fn of(value: &str) -> Option<Precision> {
        let (date, time) = match value.split_once('T') {
            Some((d, t)) => (d, Some(t)),
            None => (value, None),
        };
        let b = date.as_bytes();
        if !b.iter().take(4).all(u8::is_ascii_digit) || value.starts_with('P') {
            return None;
        }
        if let Some(t) = time {
            let t = t.trim_end_matches('Z');
            let t = t.split(['+', '-']).next().unwrap_or(t);
            return Some(match t.matches(':').count() {
                0 => Precision::PartOfDay,
                1 => Precision::Minute,
                _ => Precision::Second,
            });
        }
        Some(match (b.len(), b.get(5)) {
            (2, _) => Precision::Century,
            (3, _) => Precision::Decade,
            (4, _) => Precision::Year,
            (_, Some(b'W')) if date.get(5..7) != Some("WI") => Precision::Week,
            (_, Some(b'W')) => Precision::Season,
            (_, Some(b'Q' | b'H' | b'S' | b'F')) => Precision::Season,
            (7, _) => Precision::Month,
            (10, _) => Precision::Day,
            _ => return None,
        })
    }
}

/// Finds and normalises the time expressions in `regions` of `text` (sentence spans),
/// against the document creation time `dct` when known.
///
/// Output is sorted by span and non-overlapping; spans are byte offsets. (The evaluation
/// export and the tests; the pipeline recognises once and normalises twice: [`stage`].)
#[cfg(any(test, not(target_arch = "wasm32")))]
pub fn find_timexes(text: &str, sentences: &[Span], dct: Option<NaiveDate>) -> Vec<Timex> {
    normalize_all(&recognize_all(text, sentences), dct).into_iter().map(|(t, _)| t).collect()
}

/// The time expressions of one document, recognised but not yet normalised: all
/// that does not depend on the document date. The pipeline recognises each document
/// once and normalises it twice (without a date for [`docdate`]'s evidence, then
/// against the date found), instead of running recognition twice.
#[derive(Debug, Clone, Default)]
pub struct Recognized {
    /// Each candidate with its sentence's ordinal, its clause's tense and its byte span.
    items: Vec<(usize, expr::Cand, tense::Tense, Span)>,
}

/// Recognises the time expressions in the sentences of `text` (sorted and
/// non-overlapping spans are used; see [`find_timexes`]).
pub fn recognize_all(text: &str, sentences: &[Span]) -> Recognized {
    let mut sents: Vec<Span> = sentences.iter().copied().filter(|s| s.start < s.end && s.end <= text.len()).collect();
    crate::sort::sort(&mut sents);
    let sents = rejoin::rejoin(text, sents);
    let mut items = Vec::new();
    let mut last_end = 0;
    let mut scanner = scan::Scanner::default();
    let mut toks = Vec::new();
    for (k, s) in sents.into_iter().enumerate() {
        if s.start < last_end || !text.is_char_boundary(s.start) || !text.is_char_boundary(s.end) {
            continue; // overlapping or malformed sentence spans
        }
        last_end = s.end;
        scanner.scan_into(text, s, &mut toks);
        for c in recognize::recognize(&toks) {
            let mut tense = tense::tense_near(&toks, c.a, c.b);
            // "passage by Friday": a deadline, ahead unless the clause is past.
            if c.a > 0
                && toks[c.a - 1].is("by")
                && matches!(c.expr, expr::Expr::Weekday(_, 0))
                && tense != tense::Tense::Past
            {
                tense = tense::Tense::Future;
            }
            let span = Span::new(toks[c.a].span.start, toks[c.b - 1].span.end);
            items.push((k, c, tense, span));
        }
    }
    // In a game report "the fourth quarter", "the second half" are periods of the game,
    // not of the year (TimeML leaves them out): year-less quarters and halves go.
    let period = |c: &expr::Cand| matches!(c.expr, expr::Expr::Quarter(_, None) | expr::Expr::Half(_, None));
    if items.iter().any(|(_, c, _, _)| period(c)) && lexicon::sport_words(text) >= 2 {
        items.retain(|(_, c, _, _)| !period(c));
    }
    Recognized { items }
}

/// Normalises recognised expressions against the document date `dct`, in text order
/// (each value can anchor the next: the last date and year mentioned).
pub fn normalize_all(r: &Recognized, dct: Option<NaiveDate>) -> Vec<(Timex, tense::Tense)> {
    let mut out = Vec::with_capacity(r.items.len());
    let mut ref_date = dct;
    let mut ref_year = dct.map(|d| d.year());
    let mut sentence = usize::MAX;
    let mut sent_date = None;
    let mut dct_utc_minutes = None;
    let mut coarse = None;
    // The expressions the anchors come from (None: the DCT).
    let (mut ref_span, mut sent_span, mut year_span, mut coarse_span) = (None, None, None, None);
    for (k, c, tense, span) in &r.items {
        if *k != sentence {
            sentence = *k;
            sent_date = None;
            sent_span = None;
        }
        let ctx = normalize::Ctx { dct, tense: *tense, ref_date, ref_year, sent_date, dct_utc_minutes, coarse };
        let n = normalize::normalize(&c.expr, &ctx);
        let basis = match normalize::anchor_of(&c.expr, &ctx) {
            normalize::Used::Stated => Basis::Stated,
            normalize::Used::Dct => Basis::DocumentDate,
            normalize::Used::Day => ref_span.map_or(Basis::DocumentDate, Basis::Discourse),
            normalize::Used::Sentence => sent_span.map_or(Basis::DocumentDate, Basis::Discourse),
            normalize::Used::Year => year_span.map_or(Basis::DocumentDate, Basis::Discourse),
            normalize::Used::Coarse => coarse_span.map_or(Basis::DocumentDate, Basis::Discourse),
            normalize::Used::Unresolved => Basis::Unresolved,
        };
        // A dateline's clock time with its zone on the DCT is the publication time.
        if let expr::Expr::Clock(Some(_), ck) = &c.expr {
            if *k < 3 && dct.is_some() && n.date == dct && dct_utc_minutes.is_none() {
                dct_utc_minutes = ck.zone.map(|z| i64::from(ck.h * 60 + ck.m) - i64::from(z));
            }
        }
        if let Some(d) = n.date {
            ref_date = Some(d);
            sent_date = Some(d);
            (ref_span, sent_span, coarse) = (Some(*span), Some(*span), None);
        } else if c.expr.kind() == TimexType::Date {
            // "in March 2005", "in 2005": a coarse anchor for "that day" after it.
            let v = n.value.as_bytes();
            let digits = |r: std::ops::Range<usize>| v.get(r).is_some_and(|x| x.iter().all(u8::is_ascii_digit));
            if v.len() == 4 && digits(0..4) {
                coarse = n.year.map(|y| (y, None));
            } else if v.len() == 7 && digits(0..4) && v[4] == b'-' && digits(5..7) {
                coarse = n.year.map(|y| (y, n.value[5..].parse().ok()));
            }
            if coarse.is_some() {
                coarse_span = Some(*span);
            }
        }
        if n.year.is_some() {
            ref_year = n.year;
            year_span = Some(*span);
        }
        out.push((
            Timex {
                span: *span,
                kind: c.expr.kind(),
                value: n.value,
                modifier: c.modifier,
                relative: n.relative,
                basis,
            },
            *tense,
        ));
    }
    out
}

/// The time expressions (sorted, non-overlapping, as [`find_timexes`] returns them)
/// that lie inside `span`, found by binary search.
pub fn within(timexes: &[Timex], span: Span) -> &[Timex] {
    let a = timexes.partition_point(|t| t.span.start < span.start);
    let b = timexes.partition_point(|t| t.span.start < span.end);
    let b = if b > a && timexes[b - 1].span.end > span.end { b - 1 } else { b };
    &timexes[a..b.max(a)]
}
