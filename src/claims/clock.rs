//! Times of day of what happened ("struck at 5:11 p.m. local time", "the blast at 0700
//! GMT", "died about 11am on Friday"), with the time zone when the source names one, so
//! that "10:23 GMT" and "13:53 local time" are compared as what they are. The fact is the
//! verb the time is attached to and what its clause says (an aligned kind).

use super::context::Context;
use super::kind::{ClaimKind, Severity, Verdict};
use super::{Claim, Subject, Value};
use crate::lexicon::fold;
use crate::time::{Timex, TimexType};

/// A time of day: minutes after midnight, the zone's offset from UTC when named,
/// and whether the zone is one of the ambiguous ones ("ET") or the time approximate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Clock {
    /// Minutes after midnight, as written.
    pub minutes: i32,
    /// Offset of the named zone from UTC, in minutes.
    pub utc_offset: Option<i32>,
    /// An hour's slack: "about 3 p.m.", or a zone without daylight-saving marker.
    pub loose: bool,
}

/// The time-of-day claim kind.
pub struct ClockTimes;

impl ClaimKind for ClockTimes {
    fn name(&self) -> &'static str {
        "time"
    }

    fn flag_kind(&self) -> &'static str {
        "time"
    }

    fn extract(&self, cx: &Context, out: &mut Vec<Claim>) {
        for d in 0..cx.c.docs.len() {
            let toks = &cx.c.tokens[d];
            let text = &cx.c.docs[d].text;
            for t in cx.timexes[d].iter().filter(|t| t.kind == TimexType::Time) {
                let Some(clock) = parse(t, text) else { continue };
                let a = toks.partition_point(|x| x.span.end <= t.span.start);
                let b = toks.partition_point(|x| x.span.start < t.span.end);
                let Some(si) = cx.sentence_of_token(d, a) else { continue };
                let s = &cx.c.sentences[d][si];
                if (s.last - s.first) <= (b - a) + 4 {
                    continue; // a dateline
                }
                let Some(pred) = cx.predicate(d, (a, b)) else { continue };
                // "said at 10 a.m.", "Last updated at 11:11 GMT": the time of a statement or
                // of the page (`[saying]`), not of what it reports.
                if super::words::is(super::words::List::Saying, super::tok(cx.c, d, pred)) {
                    continue;
                }
                let mut claim = Claim::new(
                    cx,
                    d,
                    Subject::Event(cx.scopes.story(d), super::scope::Scope::Main),
                    "time",
                    Value::Clock(clock),
                    t.span,
                );
                claim.keyed_by_word(cx, d, pred);
                let (ca, cb) = cx.clause(d, pred.min(a));
                claim.cue = cx.cue(d, ca.min(s.first), cb.max(s.last).min(s.last), (a, b));
                claim.aligned = true;
                out.push(claim);
            }
        }
    }

    fn compare(&self, a: &Value, b: &Value) -> Verdict {
        match (a, b) {
            (Value::Clock(x), Value::Clock(y)) => clocks(x, y),
            _ => Verdict::Agree,
        }
    }

    fn aligned(&self) -> bool {
        true
    }
}

/// The clock time of a TIME expression whose value ends in `Thh:mm`, with its zone.
fn parse(t: &Timex, text: &str) -> Option<Clock> {
    let hhmm = t.value.rsplit_once('T')?.1;
    let (h, m) = hhmm.split_once(':')?;
    let minutes = h.parse::<i32>().ok()? * 60 + m.get(..2)?.parse::<i32>().ok()?;
    let last =
        t.span.of(text).split(|ch: char| !ch.is_alphanumeric()).rfind(|w| !w.is_empty()).map(fold).unwrap_or_default();
    Some(Clock {
        minutes,
        utc_offset: crate::time::lexicon::zone_offset(&last),
        loose: t.modifier.is_some() || matches!(last.as_str(), "et" | "pt"),
    })
}

/// Minutes between two clock times on a 24-hour circle, in UTC when both name a zone;
/// `None` when only one does (the other's zone is unknown).
pub fn apart(a: &Clock, b: &Clock) -> Option<i32> {
    let (x, y) = match (a.utc_offset, b.utc_offset) {
        (Some(p), Some(q)) => (a.minutes - p, b.minutes - q),
        (None, None) => (a.minutes, b.minutes),
        _ => return None,
    };
    let d = (x - y).rem_euclid(1440);
    Some(d.min(1440 - d))
}

/// Two times of day for one moment: more than an hour apart (two with an hour's slack
/// for approximate times or zones without daylight-saving marker) cannot both be
/// true when both name a zone (high) and probably not when neither does (medium: the
/// sources may mean different zones); a quarter of an hour or more is imprecision (low).
fn clocks(x: &Clock, y: &Clock) -> Verdict {
    let Some(d) = apart(x, y) else { return Verdict::Agree };
    let slack = if x.loose || y.loose { 60 } else { 0 };
    let show = |c: &Clock| format!("{:02}:{:02}", c.minutes / 60, c.minutes % 60);
    if d > 60 + slack {
        let zoned = x.utc_offset.is_some();
        let why = if zoned {
            format!("the sources give times of day {} hours apart once converted to UTC", (d + 30) / 60)
        } else {
            format!("the sources give {} and {} (no time zone named: they may mean different zones)", show(x), show(y))
        };
        Verdict::conflict(if zoned { Severity::High } else { Severity::Medium }, why)
    } else if d >= 15 + slack {
        Verdict::conflict(Severity::Low, format!("the times of day differ by {d} minutes"))
    } else {
        Verdict::Agree
    }
}
