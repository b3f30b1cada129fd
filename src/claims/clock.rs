//! Times of day of the story's main event ("struck at 5:11 p.m. local time",
//! "the blast at 0700 GMT"), with the time zone when the source names one, so
//! that "10:23 GMT" and "13:53 local time" are compared as what they are.

use super::{Claim, Subject, Value};
use crate::corpus::Corpus;
use crate::events::Events;
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

/// One claim per report and kind: a clock time next to the trigger of the story's main event.
pub fn clock_times(c: &Corpus, events: &Events, timexes: &[Vec<Timex>], out: &mut Vec<Claim>) {
    let mut seen = rustc_hash::FxHashSet::default();
    for m in events.mentions.iter().filter(|m| m.status == "core" && super::MOMENTARY.contains(&m.kind)) {
        if seen.contains(&(m.doc, m.kind)) {
            continue;
        }
        let text = &c.docs[m.doc].text;
        let sentence = &c.sentences[m.doc][m.sentence];
        let found = crate::time::within(&timexes[m.doc], sentence.span)
            .iter()
            .filter(|t| t.kind == TimexType::Time && super::event_facts::attached(text, m.trigger, t.span))
            .find_map(|t| parse(t, text).map(|clock| (t, clock)));
        if let Some((t, clock)) = found {
            seen.insert((m.doc, m.kind));
            let quote = t.span;
            out.push(Claim {
                doc: m.doc,
                subject: Subject::Kind(m.kind),
                attribute: "time",
                value: Value::Clock(clock),
                display: quote.of(text).to_string(),
                quote,
                qualifiers: Default::default(),
            });
        }
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
