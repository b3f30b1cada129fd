//! Date evidence in one document, read without a DCT: the dateline, full
//! dates, year-less dates, weekdays and years it mentions (see [`super::docdate`]).

use super::lexicon::weekday;
use super::tense::Tense;
use super::TimexType;
use crate::span::Span;
use chrono::NaiveDate;

/// A date found in a dateline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Found {
    /// "April 9, 2008".
    Full(NaiveDate),
    /// "WASHINGTON, April 10 (Reuters)": month, day, weekday if stated with it.
    YearLess(u32, u32, Option<u32>),
}

/// What one document says about dates.
#[derive(Debug, Clone, Default)]
pub struct Evidence {
    /// Dateline date (rule 1).
    pub dateline: Option<Found>,
    /// The dateline is an update stamp ("Last updated at 11:24, Tuesday, 18 June 2013"),
    /// not a publication date: the report may be older.
    pub dateline_updated: bool,
    /// Latest full date in a non-future clause of the first sentences, and
    /// whether it is in the first three sentences (rule 2).
    pub latest_full: Option<(NaiveDate, bool)>,
    /// Full dates in non-future clauses anywhere (cross-source anchors).
    pub full: Vec<NaiveDate>,
    /// Year-less dates in non-future clauses: month, day, weekday stated with it.
    pub yearless: Vec<(u32, u32, Option<u32>)>,
    /// Weekdays named in non-future clauses ("on Thursday").
    pub weekdays: Vec<u32>,
    /// Weekdays named in future clauses ("will be charged Tuesday").
    pub future_weekdays: Vec<u32>,
    /// Years mentioned.
    pub years: Vec<i32>,
    /// Years mentioned outside future clauses (the report is written in or after them).
    pub past_years: Vec<i32>,
}

/// Parses a `YYYY-MM-DD` / `XXXX-MM-DD` / `XXXX-WXX-n` value.
fn parse(v: &str) -> (Option<NaiveDate>, Option<(u32, u32)>, Option<u32>) {
    if let Some(d) = super::calendar::parse_day(v) {
        return (Some(d), None, None);
    }
    if let Some(md) = v.strip_prefix("XXXX-") {
        if let Some(w) = md.strip_prefix("WXX-") {
            return (None, None, w.parse().ok().filter(|w| (1..=7).contains(w)));
        }
        let mut it = md.split('-').map(|x| x.parse::<u32>().ok());
        if let (Some(Some(m)), Some(Some(d)), None) = (it.next(), it.next(), it.next()) {
            return (None, Some((m, d)), None);
        }
    }
    (None, None, None)
}

/// Words a date line may carry besides the date ("Published: 10 April 2025, 14:32 BST").
fn filler(w: &str) -> bool {
    matches!(
        w.to_ascii_lowercase().as_str(),
        "published"
            | "updated"
            | "posted"
            | "date"
            | "dated"
            | "on"
            | "last"
            | "at"
            | "by"
            | "first"
            | "modified"
            | "created"
            | "am"
            | "pm"
            | "gmt"
            | "utc"
            | "bst"
            | "est"
            | "edt"
            | "local"
            | "time"
    )
}

/// Collects the evidence of one document (tests; the pipeline recognises once: [`evidence_of`]).
#[cfg(test)]
pub fn evidence(text: &str, sentences: &[Span]) -> Evidence {
    evidence_of(text, sentences, &super::recognize_all(text, sentences))
}

/// [`evidence`] from the document's expressions already recognised (by
/// [`super::recognize_all`] over the same sentences).
pub fn evidence_of(text: &str, sentences: &[Span], recognized: &super::Recognized) -> Evidence {
    let mut sents: Vec<Span> = sentences.to_vec();
    crate::sort::sort(&mut sents);
    let found = super::normalize_all(recognized, None);
    let mut ev = Evidence::default();
    let sent_of = |pos: usize| sents.partition_point(|s| s.end <= pos);
    for (t, tense) in &found {
        // Dates, and the day of a clock time written with its date ("July 28, 2004 at 1:24 PM").
        let value = match t.kind {
            TimexType::Date => t.value.as_str(),
            TimexType::Time => t.value.split('T').next().unwrap_or(""),
            _ => continue,
        };
        if let Some(y) = value.get(..4).and_then(|y| y.parse::<i32>().ok()).filter(|y| (1000..=2200).contains(y)) {
            ev.years.push(y);
            if *tense != Tense::Future {
                ev.past_years.push(y);
            }
        }
        let si = sent_of(t.span.start);
        let (full, md, wd) = parse(value);
        // Near the top: headlines with sub-heads push a dateline to the sixth line or so.
        let near_top = si < 8 && t.span.start < 1000;
        if ev.dateline.is_none()
            && near_top
            && (full.is_some() || md.is_some())
            && is_dateline(text, sents[si.min(sents.len() - 1)], t.span, &found)
        {
            ev.dateline = Some(match (full, md) {
                (Some(d), _) => Found::Full(d),
                (_, Some((m, d))) => Found::YearLess(m, d, stated_weekday(t.span.of(text))),
                _ => continue,
            });
            let line = sents[si.min(sents.len() - 1)].of(text).to_ascii_lowercase();
            ev.dateline_updated = line.contains("updated") && !line.contains("published") && !line.contains("posted");
        }
        if *tense == Tense::Future {
            ev.future_weekdays.extend(wd);
            continue;
        }
        if let Some(d) = full {
            ev.full.push(d);
            if si < 10 && ev.latest_full.is_none_or(|(x, _)| d > x) {
                ev.latest_full = Some((d, si < 3));
            }
        }
        if let Some((m, d)) = md {
            ev.yearless.push((m, d, stated_weekday(t.span.of(text))));
        }
        ev.weekdays.extend(wd);
    }
    ev
}

fn stated_weekday(s: &str) -> Option<u32> {
    s.split(|c: char| !c.is_alphabetic()).next().and_then(|w| weekday(&w.to_ascii_lowercase()))
}

/// A date alone on its line (give or take "Published", a clock time), or after
/// a place name in an agency dateline ("WASHINGTON, April 10 (Reuters) -").
fn is_dateline(text: &str, sent: Span, date: Span, all: &[(super::Timex, Tense)]) -> bool {
    if !sent.contains(date) {
        return false;
    }
    // The line without any of its timexes: only filler words may remain.
    let mut rest = String::new();
    let mut pos = sent.start;
    for sp in all.iter().map(|x| x.0.span).filter(|s| sent.contains(*s)) {
        rest.push_str(&text[pos..sp.start]);
        rest.push(' ');
        pos = sp.end;
    }
    rest.push_str(&text[pos..sent.end]);
    let words = rest
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !filler(w) && !w.bytes().all(|b| b.is_ascii_digit()));
    if words.count() == 0 {
        return true;
    }
    let (before, after) = (&text[sent.start..date.start], &text[date.end..sent.end]);
    let a = after.trim_start();
    let agency =
        a.starts_with('(') || a.starts_with('-') || a.starts_with('—') || a.starts_with('–') || a.starts_with('/');
    let b = before.trim_end();
    let place =
        b.ends_with(',') && b.chars().next().is_some_and(char::is_uppercase) && b.split_whitespace().count() <= 4;
    agency && place
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ev(text: &str) -> Evidence {
        let sents: Vec<Span> = {
            let mut v = Vec::new();
            let mut start = 0;
            for line in text.split('\n') {
                v.push(Span::new(start, start + line.len()));
                start += line.len() + 1;
            }
            v
        };
        evidence(text, &sents)
    }

    #[test]
    fn datelines() {
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        assert_eq!(
            ev("iTunes passes Wal-Mart\nApril 9, 2008\nFive years after...").dateline,
            Some(Found::Full(d("2008-04-09")))
        );
        assert_eq!(
            ev("Title\nPublished: 10 April 2025, 14:32 BST\nText.").dateline,
            Some(Found::Full(d("2025-04-10")))
        );
        assert_eq!(ev("WASHINGTON, April 10 (Reuters) - Talks ended.").dateline, Some(Found::YearLess(4, 10, None)));
        let e = ev("Talks\nThe sides met on Thursday after talks on March 3, 2025 and in 2022.");
        assert_eq!(e.dateline, None);
        assert_eq!(e.weekdays, [4]);
        assert_eq!(e.latest_full, Some((d("2025-03-03"), true)));
        assert_eq!(e.years, [2025, 2022]);
    }
}
