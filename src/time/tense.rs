//! Clause tense around a time expression, to anchor deictic and year-less dates.
//!
//! TimeML normalises "on Thursday" relative to the DCT; whether that is the
//! Thursday before or after depends on the tense of the governing verb. Without
//! a parser we take the nearest tense marker in the sentence (left side wins ties).

use super::scan::Tok;

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

/// Irregular past forms (and "ago", negated past auxiliaries).
fn is_irregular_past(w: &str) -> bool {
    matches!(
        w.as_bytes(),
        b"said" | b"told" | b"met" | b"began" | b"came" | b"went" | b"took" | b"made" | b"gave" | b"held" | b"left" | b"saw"
            | b"spoke" | b"sent" | b"won" | b"lost" | b"led" | b"rose" | b"fell" | b"hit" | b"got" | b"found" | b"struck"
            | b"brought" | b"bought" | b"sold" | b"paid" | b"became" | b"broke" | b"chose" | b"drew" | b"flew" | b"grew"
            | b"kept" | b"knew" | b"meant" | b"ran" | b"sat" | b"shot" | b"spent" | b"stood" | b"taught" | b"threw"
            | b"wrote" | b"fought" | b"felt" | b"heard" | b"built" | b"caught" | b"fled" | b"shook" | b"withdrew" | b"was"
            | b"were" | b"had" | b"did" | b"ago" | b"didn't" | b"wasn't" | b"weren't"
    )
}

/// Words in "-ed" that are no past forms.
fn is_not_past(w: &str) -> bool {
    matches!(
        w.as_bytes(),
        b"need" | b"indeed" | b"speed" | b"united" | b"hundred" | b"red" | b"bed" | b"seed" | b"feed" | b"proceed"
            | b"succeed" | b"exceed"
    )
}

/// Words that mark the future (lower-case only: "May" is a month or a name).
fn is_future(w: &str) -> bool {
    matches!(
        w.as_bytes(),
        b"will" | b"shall" | b"may" | b"might" | b"won't" | b"upcoming" | b"tomorrow" | b"next" | b"scheduled" | b"planned"
            | b"expected" | b"due"
    )
}

/// Present-tense auxiliaries.
fn is_present(w: &str) -> bool {
    matches!(w.as_bytes(), b"is" | b"are" | b"am" | b"says" | b"has" | b"have" | b"isn't" | b"aren't")
}

/// Words that mark the future when followed by "to" ("set to", "plans to", "going to").
fn is_future_to(w: &str) -> bool {
    matches!(
        w.as_bytes(),
        b"set" | b"plans" | b"plan" | b"planning" | b"going" | b"aims" | b"intends" | b"is" | b"are" | b"hopes" | b"wants"
    )
}

fn marker(toks: &[Tok], k: usize) -> Option<Tense> {
    let t = &toks[k];
    let w = t.low.as_str();
    let next_to = toks.get(k + 1).is_some_and(|x| x.is("to"));
    if is_future(w) && !t.cap || w.ends_with("'ll") || w.ends_with("’ll") || (next_to && is_future_to(w)) {
        return Some(Tense::Future);
    }
    if w == "to" && toks.get(k + 1).is_some_and(|x| x.is("be")) {
        return Some(Tense::Future);
    }
    let participle = is_irregular_past(w) || w.len() > 4 && w.ends_with("ed") && !t.cap && !is_not_past(w) && w.is_ascii();
    if participle {
        // A passive after "to be" / "will be" is future ("is to be held on October 12");
        // "has/have announced" is present perfect: still a past event for anchoring.
        if k >= 2 && toks[k - 1].is("be") && matches!(toks[k - 2].low.as_str(), "to" | "will" | "shall") {
            return Some(Tense::Future);
        }
        return Some(Tense::Past);
    }
    if is_present(w) {
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
    }
}
