//! Clause tense around a time expression, to anchor deictic and year-less dates.
//!
//! TimeML normalises "on Thursday" relative to the DCT; whether that is the
//! Thursday before or after depends on the tense of the governing verb. Without
//! a parser we take the nearest tense marker in the sentence (left side wins ties).

use super::scan::Tok;
use rustc_hash::FxHashMap;
use std::sync::OnceLock;

/// Tense of the clause governing an expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    /// Past ("met", "said", "was").
    Past,
    /// Present ("is", "says").
    Present,
    /// Future ("will meet", "is set to", "plans to").
    Future,
    /// No marker found.
    Unknown,
}

const IRREGULAR_PAST: &[&str] = &[
    "said", "told", "met", "began", "came", "went", "took", "made", "gave", "held", "left", "saw", "spoke", "sent",
    "won", "lost", "led", "rose", "fell", "hit", "got", "found", "struck", "brought", "bought", "sold", "paid",
    "became", "broke", "chose", "drew", "flew", "grew", "kept", "knew", "meant", "ran", "sat", "shot", "spent",
    "stood", "taught", "threw", "wrote", "fought", "felt", "heard", "built", "caught", "fled", "shook", "withdrew",
    "was", "were", "had", "did", "ago", "didn't", "wasn't", "weren't",
];
const NOT_PAST: &[&str] =
    &["need", "indeed", "speed", "united", "hundred", "red", "bed", "seed", "feed", "proceed", "succeed", "exceed"];
const FUTURE: &[&str] = &[
    "will",
    "shall",
    "may",
    "might",
    "won't",
    "upcoming",
    "tomorrow",
    "next",
    "scheduled",
    "planned",
    "expected",
    "due",
];
const PRESENT: &[&str] = &["is", "are", "am", "says", "has", "have", "isn't", "aren't"];
/// Words that mark the future when followed by "to" ("set to", "plans to", "going to").
const FUTURE_TO: &[&str] =
    &["set", "plans", "plan", "planning", "going", "aims", "intends", "is", "are", "hopes", "wants"];

const IN_FUTURE: u32 = 1;
const IN_FUTURE_TO: u32 = 2;
const IN_IRREGULAR_PAST: u32 = 4;
const IN_NOT_PAST: u32 = 8;
const IN_PRESENT: u32 = 16;

/// Which of the marker lists hold `w`, as `IN_*` bits: one hash lookup instead of a
/// scan of five lists (this runs for every word near a time expression).
fn lists_of(w: &str) -> u32 {
    static TABLE: OnceLock<FxHashMap<&'static [u8], u32>> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        crate::lexicon::bits_table(&[
            (FUTURE, IN_FUTURE),
            (FUTURE_TO, IN_FUTURE_TO),
            (IRREGULAR_PAST, IN_IRREGULAR_PAST),
            (NOT_PAST, IN_NOT_PAST),
            (PRESENT, IN_PRESENT),
        ])
    });
    table.get(w.as_bytes()).copied().unwrap_or(0)
}

fn marker(toks: &[Tok], k: usize) -> Option<Tense> {
    let t = &toks[k];
    let w = t.low.as_str();
    let lists = lists_of(w);
    let next_to = toks.get(k + 1).is_some_and(|x| x.is("to"));
    let next = toks.get(k + 1).map_or("", |x| x.low.as_str());
    // "due to low light" gives a cause, not a schedule ("due to be sentenced" does).
    if w == "due" && next == "to" && !toks.get(k + 2).is_some_and(|x| x.is("be")) {
        return None;
    }
    // "a trial date was set for October 28": a date fixed for later.
    if matches!(w, "set" | "scheduled" | "slated" | "fixed" | "listed" | "adjourned" | "postponed" | "rescheduled")
        && matches!(next, "for" | "until")
    {
        return Some(Tense::Future);
    }
    if lists & IN_FUTURE != 0 && !t.cap
        || w.ends_with("'ll")
        || w.ends_with("’ll")
        || (next_to && lists & IN_FUTURE_TO != 0)
    {
        return Some(Tense::Future);
    }
    if w == "to" && toks.get(k + 1).is_some_and(|x| x.is("be")) {
        return Some(Tense::Future);
    }
    let participle = lists & IN_IRREGULAR_PAST != 0
        || w.len() > 4 && w.ends_with("ed") && !t.cap && lists & IN_NOT_PAST == 0 && w.is_ascii();
    if participle {
        // A passive after "to be" / "will be" is future ("is to be held on October 12");
        // "has/have announced" is present perfect: still a past event for anchoring.
        if k >= 2 && toks[k - 1].is("be") && matches!(toks[k - 2].low.as_str(), "to" | "will" | "shall") {
            return Some(Tense::Future);
        }
        return Some(Tense::Past);
    }
    if lists & IN_PRESENT != 0 {
        return Some(Tense::Present);
    }
    None
}

/// The tense nearest to tokens `a..b` within `toks` (a sentence), looking up to
/// `WINDOW` tokens each way; markers inside the expression itself are skipped.
pub fn tense_near(toks: &[Tok], a: usize, b: usize) -> Tense {
    const WINDOW: usize = 12;
    let mut best: Option<(usize, Tense)> = None;
    let lo = a.saturating_sub(WINDOW);
    for k in (lo..a).rev() {
        if let Some(t) = marker(toks, k) {
            best = Some((a - k, t));
            break;
        }
    }
    let hi = (b + WINDOW).min(toks.len());
    for k in b..hi {
        if best.is_some_and(|(d, _)| d <= k + 1 - b) {
            break;
        }
        if let Some(t) = marker(toks, k) {
            best = Some((k + 1 - b, t));
            break;
        }
    }
    // "has been", "have said": the auxiliary "has" + past participle is a past event.
    best.map_or(Tense::Unknown, |(_, t)| t)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::span::Span;
    use crate::time::scan::scan;

    fn tense_of(s: &str, word: &str) -> Tense {
        let toks = scan(s, Span::new(0, s.len()));
        let i = toks.iter().position(|t| t.is(word)).unwrap();
        tense_near(&toks, i, i + 1)
    }

    #[test]
    fn tenses() {
        assert_eq!(tense_of("The delegations met on Thursday in Istanbul", "thursday"), Tense::Past);
        assert_eq!(tense_of("They will meet on Thursday", "thursday"), Tense::Future);
        assert_eq!(tense_of("The trial is set to begin on Wednesday", "wednesday"), Tense::Future);
        assert_eq!(tense_of("Bruce said on Tuesday that talks will go on", "tuesday"), Tense::Past);
        assert_eq!(tense_of("On Thursday , U.S. and Russian delegations met", "thursday"), Tense::Past);
        assert_eq!(tense_of("Thursday", "thursday"), Tense::Unknown);
        assert_eq!(tense_of("an event to be held on October 12", "12"), Tense::Future);
        assert_eq!(tense_of("a trial date was set for October 28", "28"), Tense::Future);
        assert_eq!(tense_of("they stayed due to low light on Saturday", "saturday"), Tense::Past);
    }
}
