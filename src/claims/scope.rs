//! Which event a clause speaks of, and which reports tell one story.
//!
//! A figure belongs to an event, not to "the story": "the 1990 quake that killed 40,000"
//! and "a similar attack in June" are background, never compared with the main event's
//! figures. A clause is background when it holds a date far from its report's date (an
//! earlier year, or more than a month before), or when its sentence opens with a pronoun
//! ("It killed 612 people") right after a background sentence. Background claims carry
//! the year they are dated to, and are compared only with claims that say the same
//! thing in other words ([`super::kind::ClaimKind::aligned`]).
//!
//! Reports about different incidents are never compared: the claims of each story
//! ([`crate::stories`]) are compared among themselves only ([`Scopes::story`]).

use crate::corpus::Corpus;
use crate::time::{Timex, TimexType};
use chrono::{Datelike, NaiveDate};

/// The event a clause speaks of, inside its story.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Scope {
    /// The story's main events, on and around the reports' dates.
    Main,
    /// An earlier event, by the year it is dated to.
    Background(i32),
    /// Earlier events of any year (the scope of dates that lie far before the reports).
    Past,
}

/// Scopes of every sentence and the story of every document.
pub struct Scopes {
    /// Per document, per sentence: the scope of the sentence as a whole.
    sentence: Vec<Vec<Scope>>,
    /// Per document: the story it belongs to (0, 1, …, in order of first document).
    story: Vec<usize>,
    /// Per document: the reference date (its own, else the story's typical date).
    reference: Vec<Option<NaiveDate>>,
}

impl Scopes {
    /// Works out the stories and the scope of every sentence.
    pub fn new(c: &Corpus, story: &[usize], timexes: &[Vec<Timex>], dates: &[(Option<NaiveDate>, bool)]) -> Scopes {
        let story = story.to_vec();
        let reference = reference_dates(&story, dates);
        let mut sentence = Vec::with_capacity(c.docs.len());
        for d in 0..c.docs.len() {
            let mut scopes: Vec<Scope> = Vec::with_capacity(c.sentences[d].len());
            for (si, s) in c.sentences[d].iter().enumerate() {
                let own = far_date(crate::time::within(&timexes[d], s.span), reference[d]);
                let scope = match own {
                    Some(year) => Scope::Background(year),
                    None => {
                        let opener = c.folded(d, s.first);
                        let anaphoric = matches!(opener, "it" | "that" | "this" | "they" | "which");
                        match scopes.get(si.wrapping_sub(1)) {
                            Some(&prev @ Scope::Background(_)) if anaphoric => prev,
                            _ => Scope::Main,
                        }
                    }
                };
                scopes.push(scope);
            }
            sentence.push(scopes);
        }
        Scopes { sentence, story, reference }
    }

    /// The scope of a clause (tokens `a..b` of sentence `si` of document `d`): background
    /// when the clause holds a far date itself, else its sentence's scope.
    pub fn of(&self, c: &Corpus, timexes: &[Timex], d: usize, si: usize, a: usize, b: usize) -> Scope {
        let toks = &c.tokens[d];
        if a < b && b <= toks.len() {
            let span = crate::span::Span::new(toks[a].span.start, toks[b - 1].span.end);
            if let Some(year) = far_date(crate::time::within(timexes, span), self.reference[d]) {
                return Scope::Background(year);
            }
        }
        self.sentence.get(d).and_then(|s| s.get(si)).copied().unwrap_or(Scope::Main)
    }

    /// Whether a time expression of document `d` lies far before the report's date (an
    /// earlier event's date).
    pub fn is_far(&self, d: usize, t: &Timex) -> bool {
        far_date(std::slice::from_ref(t), self.reference[d]).is_some()
    }

    /// The story document `d` belongs to.
    pub fn story(&self, d: usize) -> usize {
        self.story[d]
    }

    /// Number of stories.
    pub fn stories(&self) -> usize {
        self.story.iter().max().map_or(0, |m| m + 1)
    }

    /// The date a document's relative expressions and figures are read against.
    pub fn reference(&self, d: usize) -> Option<NaiveDate> {
        self.reference[d]
    }
}

/// The year of a date among `timexes` (dates, and times of day with their date: "that
/// night" of an earlier day) that lies far from `reference`: more than 31 days before it, or
/// in another year when only a year is known. Without a reference date, a
/// date written with its year counts when that year is over.
fn far_date(timexes: &[Timex], reference: Option<NaiveDate>) -> Option<i32> {
    timexes.iter().filter(|t| matches!(t.kind, TimexType::Date | TimexType::Time)).find_map(|t| {
        let (start, end) = crate::time::interval::interval(&t.value)?;
        match reference {
            Some(r) => ((r - end).num_days() > 31).then_some(start.year()),
            None => None,
        }
    })
}

/// Each document's reference date: its own date, or the median date of its story.
fn reference_dates(story: &[usize], dates: &[(Option<NaiveDate>, bool)]) -> Vec<Option<NaiveDate>> {
    let stories = story.iter().max().map_or(0, |m| m + 1);
    let mut typical = vec![None; stories];
    for (s, slot) in typical.iter_mut().enumerate() {
        let mut ds: Vec<NaiveDate> = (0..story.len()).filter(|&d| story[d] == s).filter_map(|d| dates[d].0).collect();
        crate::sort::sort(&mut ds);
        *slot = ds.get(ds.len() / 2).copied();
    }
    (0..story.len()).map(|d| dates[d].0.or(typical[story[d]])).collect()
}

/// Whether an entity is a country (by its gazetteer key).
pub fn is_country_entity(ents: &crate::entities::Entities, e: usize) -> bool {
    crate::stories::is_country(ents, e)
}
