//! The time stage over a prepared corpus: time expressions against each document's date
//! (given dates first, then dates inferred from the text and the other sources, then a
//! second pass with them), and the warning for a set whose reports' own dates fall in
//! periods far apart.

use super::docdate::{self, Confidence, DateBasis, DocDate};
use super::{normalize_all, recognize_all, Recognized, Timex};
use crate::corpus::Corpus;
use crate::span::Span;
use chrono::NaiveDate;

/// A document's date as the analysis uses it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DocumentDate {
    /// The date, when it was given or could be inferred.
    pub value: Option<NaiveDate>,
    /// False when the user gave it (or there is none); true when inferred.
    pub inferred: bool,
    /// How it was obtained.
    pub basis: DateBasis,
    /// How sure it is (always high when given).
    pub confidence: Confidence,
}

impl DocumentDate {
    /// The given date, else the inferred one, else none.
    fn of(given: Option<NaiveDate>, inferred: Option<DocDate>) -> Self {
        match (given, inferred) {
            (Some(g), _) => {
                DocumentDate { value: Some(g), inferred: false, basis: DateBasis::Given, confidence: Confidence::High }
            }
            (None, Some(dd)) => {
                DocumentDate { value: Some(dd.date), inferred: true, basis: dd.basis, confidence: dd.confidence }
            }
            (None, None) => {
                DocumentDate { value: None, inferred: false, basis: DateBasis::None, confidence: Confidence::Low }
            }
        }
    }
}

/// What the time stage found.
pub struct TimeStage {
    /// Each document's time expressions, normalised against its date.
    pub timexes: Vec<Vec<Timex>>,
    /// Each document's date, and whether it was inferred (what later stages read).
    pub dates: Vec<(Option<NaiveDate>, bool)>,
    /// Each document's date and how it was obtained (for the report).
    pub documents: Vec<DocumentDate>,
    /// A warning naming the reports of each period, when their own dates fall in periods far apart.
    pub mixed_periods: Option<String>,
}

/// Runs the time stage on every document of the corpus.
pub fn run(c: &Corpus) -> TimeStage {
    let sentence_spans: Vec<Vec<Span>> = c.sentences.iter().map(|ss| ss.iter().map(|s| s.span).collect()).collect();
    let texts: Vec<&str> = c.docs.iter().map(|d| d.text.as_str()).collect();
    let given: Vec<Option<NaiveDate>> = c.docs.iter().map(|d| d.published_given).collect();
    // Recognition does not depend on the document date: once per document, then
    // normalised without a date (evidence for the inferred dates) and with it.
    let recognized: Vec<Recognized> = (0..c.docs.len()).map(|d| recognize_all(texts[d], &sentence_spans[d])).collect();
    let inferred = docdate::infer_from_recognized(&texts, &sentence_spans, &given, &recognized);
    let own: Vec<Option<NaiveDate>> = (0..c.docs.len())
        .map(|d| given[d].or(inferred[d].filter(|x| x.basis != DateBasis::OtherSources).map(|x| x.date)))
        .collect();
    let guessed: Vec<usize> = (0..c.docs.len()).filter(|&d| own[d].is_none() && inferred[d].is_some()).collect();
    let ids: Vec<&str> = c.docs.iter().map(|d| d.id.as_str()).collect();
    let mixed_periods = docdate::mixed_periods(&ids, &own, &guessed);
    let mut timexes = Vec::with_capacity(c.docs.len());
    let mut dates = Vec::with_capacity(c.docs.len());
    let mut documents = Vec::with_capacity(c.docs.len());
    for d in 0..c.docs.len() {
        let date = DocumentDate::of(given[d], inferred.get(d).cloned().flatten());
        timexes.push(normalize_all(&recognized[d], date.value).into_iter().map(|(t, _)| t).collect());
        dates.push((date.value, date.inferred));
        documents.push(date);
    }
    TimeStage { timexes, dates, documents, mixed_periods }
}
