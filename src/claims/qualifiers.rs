//! Qualifiers of a claim, read from its own clause: who it is attributed to
//! ("according to the Foreign Ministry", "police said"), whether it is hedged
//! ("reportedly", "allegedly", "is believed to"), and whether it is not asserted
//! at all (a conditional or a possibility: "if one is killed", "there might have
//! been two people killed"). Hypothetical claims are kept and shown but never
//! compared; hedged ones lower a conflict's severity.

use crate::corpus::Corpus;
use crate::span::Span;

/// How a source qualifies one claim.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Qualifiers {
    /// Who the source attributes the claim to, as written ("the Foreign Ministry", "police").
    pub attribution: Option<String>,
    /// Hedging words in the claim's clause, folded ("reportedly", "allegedly").
    pub hedges: Vec<&'static str>,
    /// The claim is a condition or a possibility, not an assertion.
    pub hypothetical: bool,
}

impl Qualifiers {
    /// The qualifiers as short labels, in a fixed order, for the output.
    pub fn labels(&self) -> Vec<String> {
        let mut out = Vec::new();
        if self.hypothetical {
            out.push("hypothetical".to_string());
        }
        out.extend(self.hedges.iter().map(|h| (*h).to_string()));
        if let Some(a) = &self.attribution {
            out.push(format!("attributed: {a}"));
        }
        out
    }
}

/// Words that hedge a claim.
const HEDGES: &[&str] = &[
    "reportedly",
    "allegedly",
    "alleged",
    "alleges",
    "allege",
    "purportedly",
    "apparently",
    "possibly",
    "probably",
    "presumably",
    "unconfirmed",
    "believed",
    "thought",
    "suspected",
    "rumoured",
    "rumored",
    "estimated",
    "claimed",
    "claims",
    "claim",
];

/// Modal verbs that turn a statement into a possibility.
const MODALS: &[&str] = &["might", "may", "could", "would"];

/// Words opening a conditional clause.
const CONDITIONALS: &[&str] = &["if", "unless", "whenever", "should"];

/// Verbs of saying after which the speaker is the attribution ("police said").
const SAYING: &[&str] = &[
    "said",
    "says",
    "told",
    "reported",
    "announced",
    "confirmed",
    "stated",
    "added",
    "according",
    "put",
    "puts",
    "estimated",
    "estimates",
    "measured",
    "recorded",
];

/// The qualifiers of the claim quoted at `quote` in document `d`: read from its
/// clause (between the nearest clause marks around it) and its sentence.
pub fn of(c: &Corpus, d: usize, quote: Span) -> Qualifiers {
    let Some(s) = c.sentence_containing(d, quote).map(|k| &c.sentences[d][k]) else { return Qualifiers::default() };
    let toks = &c.tokens[d];
    let word = |k: usize| c.folded(d, k);
    let first_q = (s.first..s.last).find(|&k| toks[k].span.end > quote.start).unwrap_or(s.first);
    let last_q = (first_q..s.last).find(|&k| toks[k].span.start >= quote.end).unwrap_or(s.last);
    let is_mark = |k: usize| matches!(c.word(d, k), "," | ";" | ":" | "—" | "–" | "(" | ")" | "“" | "”" | "\"");
    let clause_start = (s.first..first_q).rev().find(|&k| is_mark(k)).map_or(s.first, |k| k + 1);
    let clause_end = (last_q..s.last).find(|&k| is_mark(k)).unwrap_or(s.last);
    let mut q = Qualifiers::default();
    // Hedges before the claim's end in its clause ("reportedly met in Istanbul", "were
    // reportedly killed"); one after it hedges another verb ("shot X after he allegedly …").
    for k in clause_start..last_q.min(clause_end) {
        let w = word(k);
        if let Some(h) = HEDGES.iter().find(|h| **h == w) {
            // "estimated" and "thought" hedge only as "is estimated/thought/believed to".
            let passive = k > s.first && matches!(word(k - 1), "is" | "are" | "was" | "were" | "been" | "be");
            let needs_passive = matches!(*h, "believed" | "thought" | "suspected" | "estimated" | "claimed");
            if (!needs_passive || passive) && !q.hedges.contains(h) {
                q.hedges.push(h);
            }
        }
        // A modal before the figure in its clause ("there might have been two killed"); as
        // written, so that the month "May" is no modal.
        if k < first_q && MODALS.contains(&c.word(d, k)) {
            q.hypothetical = true;
        }
    }
    // "If one is killed, …", "When one is killed, all of us lose" (a generic present).
    let opener = word(clause_start);
    if CONDITIONALS.contains(&opener)
        || (clause_start == s.first && opener == "when" && present_tense(c, d, clause_start, clause_end))
    {
        q.hypothetical = true;
    }
    q.attribution = attribution(c, d, s.first, s.last, first_q, last_q);
    q
}

/// Whether a clause's verb is a simple present ("is killed", "dies").
fn present_tense(c: &Corpus, d: usize, from: usize, to: usize) -> bool {
    (from..to).any(|k| matches!(c.folded(d, k), "is" | "are" | "dies" | "die"))
}

/// "according to X" anywhere in the sentence; "X said" right after the claim's
/// clause ("12 were killed, police said"); or "X said (that)" before it with no
/// clause mark between. The speaker as written (up to six words).
fn attribution(c: &Corpus, d: usize, first: usize, last: usize, first_q: usize, last_q: usize) -> Option<String> {
    let toks = &c.tokens[d];
    let text = &c.docs[d].text;
    let word = |k: usize| c.folded(d, k);
    let phrase = |a: usize, b: usize| -> Option<String> {
        (a < b).then(|| text[toks[a].span.start..toks[b - 1].span.end].to_string())
    };
    let is_stop = |k: usize| matches!(c.word(d, k), "," | "." | ";" | ":" | "“" | "”" | "\"" | "(" | ")" | "—" | "–");
    for k in first..last.saturating_sub(1) {
        if word(k) == "according" && word(k + 1) == "to" {
            let end = (k + 2..last).take(6).find(|&j| is_stop(j)).unwrap_or((k + 8).min(last));
            return phrase(k + 2, end);
        }
    }
    // The speaker of the saying verb at `k`: the words before it back to a clause mark.
    let speaker = |k: usize| -> Option<String> {
        // "no injuries have been reported" names no speaker.
        if k > first && matches!(word(k - 1), "been" | "be" | "was" | "were" | "is" | "are") {
            return None;
        }
        let mut k = k;
        // "the U.S. Geological Survey in Golden, Colo., said": the speaker sits before a
        // short appositive between commas.
        if k >= first + 3 && c.word(d, k - 1) == "," {
            if let Some(open) = (k.saturating_sub(5).max(first)..k - 1).rev().find(|&j| c.word(d, j) == ",") {
                k = open;
            }
        }
        let start = |k: usize| {
            (first.max(k.saturating_sub(8))..k)
                .rev()
                .find(|&j| is_stop(j))
                .map_or(first.max(k.saturating_sub(8)), |j| j + 1)
        };
        let mut from = start(k);
        // "Tehran's seismologic center said the quake measured 5.9": the speaker is before the
        // first verb of saying, not the words between the two.
        if let Some(j) = (from..k).find(|&j| SAYING.contains(&word(j)) && word(j) != "according") {
            k = j;
            from = start(k);
        }
        let mut words: Vec<usize> = (from..k).filter(|&j| !matches!(word(j), "the" | "a" | "an")).collect();
        // "Sources have also told": auxiliaries and adverbs before the verb are not the speaker.
        while words.last().is_some_and(|&j| {
            matches!(word(j), "has" | "have" | "had" | "also" | "later" | "earlier" | "previously" | "then" | "again")
                || word(j).ends_with("ly")
        }) {
            words.pop();
        }
        let (&a, &b) = (words.first()?, words.last()?);
        // "…, and Putin said …" coordinates another statement; pronouns name nobody.
        let bad = matches!(word(a), "and" | "but" | "while" | "as" | "which" | "who" | "that")
            || matches!(word(b), "it" | "which" | "that" | "who" | "he" | "she" | "they" | "we" | "i" | "you");
        (!bad && c.word(d, a).chars().next().is_some_and(char::is_alphabetic)).then(|| phrase(a, b + 1)).flatten()
    };
    // After the claim: its clause ends at a mark, then "police said".
    if let Some(mark) = (last_q..last).find(|&j| is_stop(j)) {
        if let Some(k) =
            (mark + 1..last.min(mark + 8)).take_while(|&j| !is_stop(j)).find(|&j| SAYING.contains(&word(j)))
        {
            if let Some(who) = speaker(k) {
                return Some(who);
            }
        }
    }
    // Before the claim: "police said (on Monday) that …" with no clause mark between.
    let k = (first..first_q)
        .rev()
        .take_while(|&j| !is_stop(j))
        .find(|&j| SAYING.contains(&word(j)) && word(j) != "according")?;
    speaker(k)
}
