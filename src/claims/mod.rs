//! Stage 6: claims — what each source asserts, in a form that can be compared across
//! sources: figures (how many died, how many villages, how far someone fell), dates and
//! times of what happened, how long it lasted, where it happened, titles, descriptions,
//! ages and spellings of names.
//!
//! Each kind of claim is one unit behind the [`kind::ClaimKind`] trait (one file per
//! kind, registered in [`kind::KINDS`]). Every claim belongs to a fact: its subject (an
//! entity, or an event of one story: the main event or a background one, see [`scope`]),
//! its attribute ("deaths", "villages", "date") and a key that tells facts of one
//! attribute apart (the person who fell, the place a march was in). Claims of aligned
//! kinds ([`kind::ClaimKind::aligned`]) also carry the cue of their clause, so that only
//! clauses saying the same thing are compared.

pub mod ages;
pub mod buildings;
pub mod causes;
pub mod clock;
pub mod conditions;
pub mod context;
pub mod counts;
pub mod dates;
pub mod descriptors;
pub mod directions;
pub mod durations;
pub mod kind;
pub mod leaders;
pub mod lemma;
pub mod measures;
pub mod nationality;
pub mod number;
pub mod periods;
pub mod places;
pub mod qualifiers;
pub mod records;
pub mod schools;
pub mod scope;
pub mod spellings;
pub mod taxonomy;
pub mod titles;
pub mod units;
pub mod weapons;
pub mod words;
pub mod works;
pub mod worst_hit;

use crate::span::Span;
pub use context::{Context, Cue};
use scope::Scope;
use std::collections::BTreeSet;

/// What a claim is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Subject {
    /// An entity, by index (a person's age or title, an island's population).
    Entity(usize),
    /// An event of one story (by story number): its main event or a background one.
    Event(usize, Scope),
    /// A group that someone leads ("talks", "delegation"), with the country (entity) modifying it.
    Group(&'static str, Option<usize>),
}

/// A parsed title ("Deputy Assistant Secretary of State for Russia and Central Europe").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Title {
    /// Rank modifiers in text order: deputy, assistant, under, vice, acting, …
    pub rank: Vec<String>,
    /// The office, by class (`secretary`, `envoy` for ambassador/envoy, `spokesperson`, …).
    pub office: String,
    /// The department after "of" ("state").
    pub department: Option<String>,
    /// The portfolio after "for", as content words.
    pub portfolio: Option<BTreeSet<String>>,
}

/// The comparable value of a claim.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// A figure as bounds, in the fact's unit (counts, metres, years of age).
    Range(f64, f64),
    /// A length of time as bounds in hours, and the hours in the unit it was written in
    /// ("four days": 24): days may be the span over which hours were spent.
    Duration(f64, f64, f64),
    /// A person's title.
    Title(Title),
    /// A folded phrase (a description, a spelling, a class of weapon).
    Phrase(String),
    /// A period of the calendar: first and last day, and the part of it when known.
    Period(dates::Period),
    /// A day of the week named in a report whose own date is not known.
    Weekday(&'static str),
    /// A place, by gazetteer id (`C:RU` for a country, `P:istanbul` for a city), or a kind
    /// of place (`scene`, `hospital`, `inside:courtroom`).
    Place(String),
    /// A time of day, with its zone when named.
    Clock(clock::Clock),
    /// A compass bearing in degrees and a distance range in metres (either may be unknown)
    /// from a reference place.
    Position(Option<u16>, Option<(f64, f64)>),
    /// People, by entity index (who led a delegation).
    People(BTreeSet<usize>),
    /// Names of places, each by its consonant skeleton (which places were worst hit).
    Names(BTreeSet<String>),
    /// When in a game: the unit's family (quarters and halves are one: a half is two quarters),
    /// the first and last unit it may be (the second half is quarters 3–4), and, when said, the
    /// seconds left on its clock as a range ("early in the fourth": 600–900).
    GamePeriod(periods::Unit, (u8, u8), Option<(i32, i32)>),
}

/// One claim by one source.
#[derive(Debug, Clone)]
pub struct Claim {
    /// Document index.
    pub doc: usize,
    /// Index of its kind in [`kind::KINDS`].
    pub kind: usize,
    /// What it is about.
    pub subject: Subject,
    /// The attribute, as shown ("deaths", "villages", "date", "title").
    pub attribute: String,
    /// What tells facts of one subject and attribute apart (a person, a place, a stem).
    pub key: String,
    /// How the fact is named for people when the attribute alone does not say it
    /// ("distance · fell"); empty for the attribute alone.
    pub label: String,
    /// The comparable value.
    pub value: Value,
    /// The value as shown to people.
    pub display: String,
    /// The verbatim evidence.
    pub quote: Span,
    /// Sentence index in the document.
    pub sentence: usize,
    /// What the claim's clause is about, for aligned kinds.
    pub cue: Cue,
    /// Whether the figure grows as an event unfolds (tolls, arrests, damage): later reports
    /// may give more without contradicting earlier ones.
    pub cumulative: bool,
    /// The most severe a disagreement over this claim can be: a count of a named noun may be
    /// a part of another count, so it is at most medium.
    pub strength: kind::Severity,
    /// Whether the claim is compared only with claims whose clauses say the same thing (its
    /// cue), not with every claim of its fact.
    pub aligned: bool,
    /// Who or what the claim is about, when its clause says (a person as `E12`, a located
    /// thing by its stem): facts about different people or things are different facts (two
    /// climbers' falls; a building and a motorist north of one city).
    pub about: Vec<String>,
    /// Attribution, hedging and whether the claim is only a possibility.
    pub qualifiers: qualifiers::Qualifiers,
}

impl Claim {
    /// The claim's kind.
    pub fn kind(&self) -> &'static dyn kind::ClaimKind {
        kind::KINDS[self.kind]
    }
}

/// Extracts every comparable claim: each registered kind in turn, then the qualifiers
/// of each claim's clause for the kinds they apply to.
pub fn extract(cx: &Context) -> Vec<Claim> {
    let mut out = Vec::new();
    for (i, k) in kind::KINDS.iter().enumerate() {
        let from = out.len();
        k.extract(cx, &mut out);
        for claim in &mut out[from..] {
            claim.kind = i;
        }
    }
    for claim in out.iter_mut().filter(|cl| cl.kind().qualified()) {
        claim.qualifiers = qualifiers::of(cx.c, claim.doc, claim.quote);
    }
    out
}

impl Claim {
    /// Sets the key to the stem of the word at token `k` (the verb a value is attached to)
    /// and the label to the attribute and that word as written.
    pub fn keyed_by_word(&mut self, cx: &Context, d: usize, k: usize) {
        self.key = cx.stems.name(cx.stems.of_phrase(cx.c, d, k)).to_string();
        self.label = format!("{} · {}", self.attribute, cx.c.folded(d, k));
    }

    /// A claim with no key, cue or qualifiers yet, shown as its quote.
    pub fn new(
        cx: &Context,
        doc: usize,
        subject: Subject,
        attribute: impl Into<String>,
        value: Value,
        quote: Span,
    ) -> Claim {
        let text = &cx.c.docs[doc].text;
        Claim {
            doc,
            kind: 0,
            subject,
            attribute: attribute.into(),
            key: String::new(),
            label: String::new(),
            value,
            display: quote.of(text).to_string(),
            quote,
            sentence: cx.c.sentence_containing(doc, quote).unwrap_or(0),
            cue: Cue::default(),
            cumulative: false,
            strength: kind::Severity::High,
            aligned: false,
            about: Vec::new(),
            qualifiers: Default::default(),
        }
    }
}

/// A number as people write it: a whole number with thousands separators ("120,000"),
/// else one decimal ("5.9"); "more" for an unbounded figure. Integer arithmetic only:
/// float formatting would pull a large routine into the WebAssembly.
pub fn number_text(v: f64) -> String {
    if !v.is_finite() {
        return "more".to_string();
    }
    let tenths = (v * 10.0).round() as i64;
    let (whole, frac) = (tenths / 10, (tenths % 10).abs());
    let digits = whole.abs().to_string();
    let mut grouped = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 && digits.len() > 4 {
            grouped.push(',');
        }
        grouped.push(ch);
    }
    let sign = if tenths < 0 { "-" } else { "" };
    if frac == 0 {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}.{frac}")
    }
}

/// Bounds as people read them: "12", "at least 12", "at most 12", "40–80".
pub fn range_text(lo: f64, hi: f64) -> String {
    if lo == hi {
        number_text(lo)
    } else if !hi.is_finite() {
        format!("at least {}", number_text(lo))
    } else if lo <= 0.0 {
        format!("at most {}", number_text(hi))
    } else {
        format!("{}–{}", number_text(lo), number_text(hi))
    }
}

/// Token `k` of document `d` as the claim kinds compare it: folded words, punctuation as
/// written (folding empties "-", "(" and "/").
pub fn tok(c: &crate::corpus::Corpus, d: usize, k: usize) -> &str {
    if c.tokens[d][k].kind == crate::text::TokenKind::Punct {
        c.word(d, k)
    } else {
        c.folded(d, k)
    }
}
