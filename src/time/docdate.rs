//! Document-date inference for a set of reports of one story.
//!
//! Rules, in order, for each document without a user-given date:
//! 1. **Dateline** (basis `dateline`): a full date alone on a line near the top
//!    ("April 9, 2008", "Published: 10 April 2025") or after a place name in an
//!    agency dateline ("WASHINGTON, April 10 (Reuters) -") → confidence `high`;
//!    a year-less dateline gets its year as in rule 3 → `medium`.
//! 2. **Text** (basis `text`): the latest fully specified date in a non-future
//!    clause of the first ten sentences, unless the report names a later year → `medium`
//!    when it is in the first three sentences, else `low`.
//! 3. **Other sources** (basis `other-sources`), using the whole set:
//!    anchors are the given dates and the dates found by rules 1–2.
//!    * Year-less dates ("April 10") take their year from the latest anchor;
//!      without anchors, the year at or after the latest year mentioned in the
//!      set in which the most of the set's year-less dates fall on weekdays the
//!      sources name ("on Thursday" + "April 10" → a year where April 10 is a Thursday).
//!    * The candidates are every date the sources report. A document takes the
//!      candidate that is not before any date or year it reports itself and that its own
//!      cues support best: each weekday it names ("on Tuesday") that falls, counting
//!      back from the candidate, on a reported date, and the candidate being a date it
//!      reports. Ties go to the later candidate (news is written after what it
//!      reports). `medium` with support, `low` without.
//!    * A document with no usable cue gets the latest candidate (`low`).
//!    * A dateline that is only an update stamp ("Last updated … 18 June 2013") is
//!      reviewed the same way: it stands unless an earlier candidate has more support
//!      from the report's weekdays ("on Saturday", "on Monday" landing on reported days).
//!    * With anchors in periods far apart, a document uses only the period its own
//!      years point to ([`mixed_periods`] words the warning).

use super::calendar::{weekday_for, year_for, ymd};
use super::evidence::{evidence_of, Evidence, Found};
use super::tense::Tense;
use crate::span::Span;
use chrono::{Datelike, NaiveDate};

/// How a document's date was obtained.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateBasis {
    /// The user gave it.
    Given,
    /// A dateline near the top (rule 1).
    Dateline,
    /// The latest full date of the first sentences (rule 2).
    Text,
    /// The dates the other reports give, and the report's own weekdays (rule 3).
    OtherSources,
    /// No date could be given or inferred.
    None,
}

impl DateBasis {
    /// Every basis, in the order the output documents them (tests).
    #[cfg(test)]
    pub const ALL: &'static [DateBasis] =
        &[DateBasis::Given, DateBasis::Dateline, DateBasis::Text, DateBasis::OtherSources, DateBasis::None];

    /// The name the output gives it: `given`, `dateline`, `text`, `other-sources` or `none`.
    pub fn as_str(self) -> &'static str {
        match self {
            DateBasis::Given => "given",
            DateBasis::Dateline => "dateline",
            DateBasis::Text => "text",
            DateBasis::OtherSources => "other-sources",
            DateBasis::None => "none",
        }
    }
}

/// How sure a document date is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Confidence {
    /// Given, or a full dateline.
    High,
    /// Supported by the report's own cues.
    Medium,
    /// A guess.
    Low,
}

impl Confidence {
    /// Every confidence, most sure first (tests).
    #[cfg(test)]
    pub const ALL: &'static [Confidence] = &[Confidence::High, Confidence::Medium, Confidence::Low];

    /// The name the output gives it: `high`, `medium` or `low`.
    pub fn as_str(self) -> &'static str {
        match self {
            Confidence::High => "high",
            Confidence::Medium => "medium",
            Confidence::Low => "low",
        }
    }
}

/// An inferred document date and how it was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DocDate {
    /// The date.
    pub date: NaiveDate,
    /// `Dateline`, `Text` or `OtherSources`.
    pub basis: DateBasis,
    /// How sure it is.
    pub confidence: Confidence,
}

fn dd(date: NaiveDate, basis: DateBasis, confidence: Confidence) -> DocDate {
    DocDate { date, basis, confidence }
}

/// Infers the dates of documents without a given date (see the module rules).
/// `texts[i]` and `sentences[i]` are document i; `given[i]` its user-given
/// date. Documents with a given date get `None` (the caller uses the given one).
/// (Tests: the pipeline recognises once and calls [`infer_from_recognized`].)
#[cfg(test)]
pub fn infer_document_dates(
    texts: &[&str],
    sentences: &[Vec<Span>],
    given: &[Option<NaiveDate>],
) -> Vec<Option<DocDate>> {
    let recognized: Vec<super::Recognized> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| {
            if given.get(i).copied().flatten().is_some() {
                super::Recognized::default()
            } else {
                super::recognize_all(t, sentences.get(i).map_or(&[][..], |v| v))
            }
        })
        .collect();
    infer_from_recognized(texts, sentences, given, &recognized)
}

/// [`infer_document_dates`] with each document's expressions already recognised
/// ([`super::recognize_all`] over the same sentences; not read for documents with a
/// given date).
pub fn infer_from_recognized(
    texts: &[&str],
    sentences: &[Vec<Span>],
    given: &[Option<NaiveDate>],
    recognized: &[super::Recognized],
) -> Vec<Option<DocDate>> {
    let n = texts.len();
    let given_at = |i: usize| given.get(i).copied().flatten();
    let ev: Vec<Evidence> = (0..n)
        .map(|i| {
            if given_at(i).is_some() {
                Evidence::default()
            } else {
                evidence_of(texts[i], sentences.get(i).map_or(&[][..], |v| v), &recognized[i])
            }
        })
        .collect();
    let latest_year = ev
        .iter()
        .flat_map(|e| e.years.iter().copied())
        .chain((0..n).filter_map(|i| given_at(i).map(|d| d.year())))
        .max();
    // Weekdays named anywhere in the set (for year-less dates without anchors).
    let set_weekdays: Vec<u32> = ev.iter().flat_map(|e| e.weekdays.iter().copied()).collect();

    // Rules 1 and 2: the document's own evidence (full dates only).
    let mut out: Vec<Option<DocDate>> = vec![None; n];
    for i in (0..n).filter(|&i| given_at(i).is_none()) {
        out[i] = match (ev[i].dateline, ev[i].latest_full) {
            (Some(Found::Full(d)), _) => Some(dd(d, DateBasis::Dateline, Confidence::High)),
            (Some(Found::YearLess(..)), _) => None,
            // A report is not written before a year it names: an obituary's "born on April
            // 22, 1923" is not its date when it tells of 1950 and 2005.
            (None, Some((d, top))) if ev[i].past_years.iter().all(|&y| y <= d.year()) => {
                Some(dd(d, DateBasis::Text, if top { Confidence::Medium } else { Confidence::Low }))
            }
            _ => None,
        };
    }
    let mut anchors: Vec<NaiveDate> = (0..n).filter_map(|i| given_at(i).or(out[i].map(|d| d.date))).collect();
    crate::sort::sort(&mut anchors);
    // Rule 3. Year-less dates of the whole set get one year: from the latest
    // anchor, else the year (at or after the latest year mentioned) in which the
    // most of them fall on weekdays the sources name ("on Thursday").
    let dateline_md = ev.iter().filter_map(|e| match e.dateline {
        Some(Found::YearLess(m, d, w)) => Some((m, d, w)),
        _ => None,
    });
    let pool_md: Vec<(u32, u32, Option<u32>)> =
        ev.iter().flat_map(|e| e.yearless.iter().copied()).chain(dateline_md).collect();
    let year = match anchors.last() {
        Some(a) => Some(a.year()),
        None => latest_year.map(|y0| {
            (y0..y0 + 15)
                .max_by_key(|&y| {
                    let on_named_day = |&(m, d, w): &(u32, u32, Option<u32>)| {
                        ymd(y, m, d).is_some_and(|x| {
                            let wd = x.weekday().number_from_monday();
                            w.map_or(set_weekdays.contains(&wd), |w| w == wd)
                        })
                    };
                    let hits = pool_md.iter().filter(|x| on_named_day(x)).count();
                    (hits, std::cmp::Reverse(y))
                })
                .unwrap_or(y0)
        }),
    };
    // Anchors far apart (a set mixing reports of different times, or two stories) form
    // periods; a document is dated only from the period its own years point to.
    let periods = periods_of(&anchors);
    let period_of = |e: &Evidence| -> Option<(NaiveDate, NaiveDate)> {
        let years_in =
            |&(a, b): &(NaiveDate, NaiveDate)| e.years.iter().filter(|&&y| a.year() <= y && y <= b.year()).count();
        periods.iter().enumerate().max_by_key(|(k, p)| (years_in(p), *k)).map(|(_, p)| *p)
    };
    let resolve_md = |anchor: Option<NaiveDate>, m: u32, d: u32| -> Option<NaiveDate> {
        match anchor {
            Some(a) => ymd(year_for(a, m, Some(d), Tense::Past), m, d),
            None => year.and_then(|y| ymd(y, m, d)),
        }
    };
    let own_dates = |e: &Evidence, anchor: Option<NaiveDate>| -> Vec<NaiveDate> {
        e.full.iter().copied().chain(e.yearless.iter().filter_map(|&(m, d, _)| resolve_md(anchor, m, d))).collect()
    };
    let mut pool: Vec<NaiveDate> =
        ev.iter().flat_map(|e| own_dates(e, period_of(e).map(|p| p.1))).chain(anchors.iter().copied()).collect();
    crate::sort::sort(&mut pool);
    pool.dedup();
    // Each remaining document takes the candidate date its own cues support best:
    // not before any date it reports as past, and with the weekdays it names
    // ("on Tuesday") falling on dates the sources report. Ties go to the later date.
    // Rule 3 also reviews update stamps: "Last updated … 18 June" dates the last edit.
    let todo: Vec<usize> =
        (0..n).filter(|&i| given_at(i).is_none() && (out[i].is_none() || ev[i].dateline_updated)).collect();
    // For each candidate, the weekdays w (bit w) whose last occurrence on or before
    // it is a reported date: computed once instead of for each document.
    let reported_weekdays: Vec<u8> = pool
        .iter()
        .map(|&c| {
            (1..=7u32)
                .filter(|&w| pool.binary_search(&weekday_for(c, w, Tense::Past, 0)).is_ok())
                .fold(0, |m, w| m | 1 << w)
        })
        .collect();
    let on_reported = |k: usize, w: u32| match w {
        1..=7 => reported_weekdays[k] & 1 << w != 0,
        _ => pool.binary_search(&weekday_for(pool[k], w, Tense::Past, 0)).is_ok(),
    };
    for i in todo {
        let e = &ev[i];
        let period = period_of(e);
        let anchor = period.map(|p| p.1);
        if let Some(Found::YearLess(m, d, _)) = e.dateline {
            if let Some(x) = resolve_md(anchor, m, d) {
                out[i] = Some(dd(x, DateBasis::Dateline, Confidence::Medium));
                continue;
            }
        }
        // With several periods, only candidates near this document's one.
        let near = |c: NaiveDate| {
            periods.len() < 2
                || period.is_some_and(|(a, b)| (a - c).num_days() <= PERIOD_GAP && (c - b).num_days() <= PERIOD_GAP)
        };
        let stamp = out[i].filter(|_| e.dateline_updated).map(|s| s.date);
        let own: Vec<NaiveDate> = own_dates(e, anchor).into_iter().filter(|&d| Some(d) != stamp).collect();
        let lower = own.iter().max().copied();
        // A weekday told in the future ("will be charged Tuesday") is within the week
        // after every weekday told in the past ("shot … Monday"): the date lies between.
        let support = |k: usize, c: NaiveDate| {
            let earliest = e.weekdays.iter().map(|&w| weekday_for(c, w, Tense::Past, 0)).min();
            let ahead = e
                .future_weekdays
                .iter()
                .filter(|&&w| earliest.is_some_and(|p| (weekday_for(c, w, Tense::Future, 0) - p).num_days() < 7))
                .count();
            let by_weekday = e.weekdays.iter().filter(|&&w| on_reported(k, w)).count() + ahead;
            // A report that names weekdays dates its own news by them; the month-day
            // dates it also gives are older events, so they only count without weekdays.
            by_weekday + if e.weekdays.is_empty() { own.iter().filter(|&&x| x == c).count() } else { 0 }
        };
        let best = pool
            .iter()
            .copied()
            .enumerate()
            .filter(|&(_, c)| lower.is_none_or(|l| c >= l) && near(c) && e.past_years.iter().all(|&y| y <= c.year()))
            .map(|(k, c)| (support(k, c), c))
            .max();
        // An update stamp stands unless the report's weekdays fit another date better
        // ("on Saturday", "on Monday" land on reported days from the 12th, not the 18th).
        if let Some(stamp) = out[i].filter(|_| e.dateline_updated) {
            let at_stamp = pool.binary_search(&stamp.date).map_or(0, |k| support(k, stamp.date));
            if let Some((s, c)) = best.filter(|&(s, c)| s > at_stamp && c < stamp.date) {
                out[i] = Some(dd(c, DateBasis::OtherSources, if s > 1 { Confidence::Medium } else { Confidence::Low }));
            }
            continue;
        }
        out[i] = match best {
            Some((s, c)) if s > 0 || (e.weekdays.is_empty() && own.is_empty()) => {
                Some(dd(c, DateBasis::OtherSources, if s > 0 { Confidence::Medium } else { Confidence::Low }))
            }
            Some((_, c)) => match most_common(&e.weekdays) {
                // Unsupported weekday: assume the report came out on the day it names.
                Some(w) => Some(dd(weekday_for(c, w, Tense::Past, 0), DateBasis::OtherSources, Confidence::Low)),
                None => Some(dd(c, DateBasis::OtherSources, Confidence::Low)),
            },
            None => match (most_common(&e.weekdays), anchor) {
                (Some(w), Some(a)) => {
                    Some(dd(weekday_for(a, w, Tense::Past, 0), DateBasis::OtherSources, Confidence::Low))
                }
                _ => None,
            },
        };
    }
    out
}

/// Days between two dates of a set beyond which they belong to different periods.
const PERIOD_GAP: i64 = 45;

/// The periods of sorted `dates`: runs whose consecutive dates are at most
/// [`PERIOD_GAP`] days apart, as (first, last).
fn periods_of(dates: &[NaiveDate]) -> Vec<(NaiveDate, NaiveDate)> {
    let mut out: Vec<(NaiveDate, NaiveDate)> = Vec::new();
    for &d in dates {
        match out.last_mut() {
            Some(p) if (d - p.1).num_days() <= PERIOD_GAP => p.1 = d,
            _ => out.push((d, d)),
        }
    }
    out
}

/// When the reports' own dates (given, or read from each report itself) fall in
/// periods far apart, a warning naming the reports of each period: they may tell
/// different stories, or one story's reports of different years. `ids[i]` and
/// `dates[i]` are document i's id and own date; `guessed` names the documents whose
/// date was inferred from the others (each gets it from the period its years point to).
pub fn mixed_periods(ids: &[&str], dates: &[Option<NaiveDate>], guessed: &[usize]) -> Option<String> {
    let mut sorted: Vec<NaiveDate> = dates.iter().flatten().copied().collect();
    crate::sort::sort(&mut sorted);
    let periods = periods_of(&sorted);
    if periods.len() < 2 {
        return None;
    }
    let mut parts = Vec::new();
    for (a, b) in &periods {
        let docs: Vec<&str> =
            (0..ids.len()).filter(|&i| dates[i].is_some_and(|d| *a <= d && d <= *b)).map(|i| ids[i]).collect();
        let when = if a == b { a.to_string() } else { format!("{a} to {b}") };
        parts.push(format!("{when}: {}", docs.join(", ")));
    }
    let mut msg = format!(
        "the reports' own dates fall in {} periods far apart ({}); they may tell different stories or events of different years, and no report was re-dated to another's period",
        periods.len(),
        parts.join("; ")
    );
    if !guessed.is_empty() {
        let g: Vec<&str> = guessed.iter().filter_map(|&i| ids.get(i).copied()).collect();
        msg.push_str(&format!("; the dates of {} are guesses from the reports of one period", g.join(", ")));
    }
    Some(msg)
}

fn most_common(v: &[u32]) -> Option<u32> {
    let mut counts = [0usize; 8];
    for &w in v.iter().filter(|w| (1..=7).contains(*w)) {
        counts[w as usize] += 1;
    }
    (1..=7u32).filter(|&w| counts[w as usize] > 0).max_by_key(|&w| (counts[w as usize], std::cmp::Reverse(w)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(texts: &[&str], given: &[Option<NaiveDate>]) -> Vec<Option<(String, &'static str, &'static str)>> {
        let sents: Vec<Vec<Span>> = texts
            .iter()
            .map(|t| {
                let toks = crate::text::tokenize(t, Span::new(0, t.len()));
                crate::text::split_sentences(t, &toks).into_iter().map(|s| s.span).collect()
            })
            .collect();
        infer_document_dates(texts, &sents, given)
            .into_iter()
            .map(|d| d.map(|d| (d.date.to_string(), d.basis.as_str(), d.confidence.as_str())))
            .collect()
    }

    #[test]
    fn rules() {
        let none = [None, None, None];
        let got = run(
            &[
                "Talks in Istanbul\nApril 9, 2008\nThe delegations met today.",
                "Talks end\nThe talks, first held on March 3, 2008, ended.",
                "Russia and US talk\nThe sides met on Wednesday.",
            ],
            &none,
        );
        assert_eq!(got[0], Some(("2008-04-09".into(), "dateline", "high")));
        assert_eq!(got[1], Some(("2008-03-03".into(), "text", "medium")));
        assert_eq!(got[2], Some(("2008-04-09".into(), "other-sources", "medium")));
    }

    #[test]
    fn a_birth_date_is_not_the_date_of_a_report_that_names_later_years() {
        let got = run(
            &["Bettie Page dies\nPage was born on April 22, 1923, in Nashville. She began modelling in 1950. \
               A film about her came out in 2005. She died on Thursday."],
            &[None],
        );
        assert!(!got[0].as_ref().is_some_and(|d| d.0.starts_with("1923")), "{got:?}");
    }

    #[test]
    fn a_second_story_does_not_redate_the_first() {
        let got = run(
            &[
                "Quake hits\nApril 9, 2008\nThe quake struck today.",
                "Bank fire\nMay 5, 2010\nThree died today.",
                "The 2008 quake\nRescuers searched on Wednesday after the quake of 2008.",
            ],
            &[None, None, None],
        );
        assert_eq!(got[2], Some(("2008-04-09".into(), "other-sources", "medium")));
        let dates = [NaiveDate::from_ymd_opt(2008, 4, 9), NaiveDate::from_ymd_opt(2010, 5, 5), None];
        let msg = mixed_periods(&["a", "b", "c"], &dates, &[2]).unwrap();
        assert!(msg.contains("2 periods") && msg.contains("2008-04-09: a") && msg.contains("2010-05-05: b"), "{msg}");
        assert_eq!(mixed_periods(&["a", "b"], &dates[..1], &[]), None);
    }

    #[test]
    fn weekday_picks_the_year() {
        // April 10 is a Thursday in 2025; the latest year mentioned is 2022.
        let got = run(
            &[
                "The embassy reopened. The delegations met on April 10.",
                "Relations froze in 2022.\nThe sides met on Thursday in Istanbul.",
            ],
            &[None, None],
        );
        assert_eq!(got[0], Some(("2025-04-10".into(), "other-sources", "medium")));
        assert_eq!(got[1], Some(("2025-04-10".into(), "other-sources", "medium")));
        let given = run(&["x", "The sides met on Thursday."], &[NaiveDate::from_ymd_opt(2025, 4, 11), None]);
        assert_eq!(given, [None, Some(("2025-04-10".into(), "other-sources", "low"))]);
        assert_eq!(
            run(&["WASHINGTON, Thursday, April 10 (Reuters) - Talks.", "In 2022."], &[None, None])[0],
            Some(("2025-04-10".into(), "dateline", "medium"))
        );
    }
}
