//! The public output contract, schema `storylens/1` (documented in `docs/output.md`,
//! JSON Schema in `docs/storylens-1.schema.json`).
//!
//! These are the only serialisable types of the crate. Every offset here is a
//! Unicode code point offset, half-open, into the `text` of the document named by
//! `doc`; `text[start..end]` always equals the accompanying `text`/`quote`.
//! Field order is the serialisation order, and every list is sorted by the stage
//! that builds it, so the same input gives the same bytes.

use serde::Serialize;

/// The schema identifier written into every output.
pub const SCHEMA: &str = "storylens/1";

/// The whole analysis of one document set.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Analysis {
    /// Always [`SCHEMA`].
    pub schema: &'static str,
    /// `storylens <version>` of the producing build.
    pub generator: String,
    /// The documents, in input order.
    pub documents: Vec<DocumentOut>,
    /// Entities merged across documents, most-mentioned first.
    pub entities: Vec<EntityOut>,
    /// Every time expression, by document then offset.
    pub timexes: Vec<TimexOut>,
    /// Events merged across documents, in timeline order (dated first, then undated).
    pub events: Vec<EventOut>,
    /// Every comparable claim, by document then offset.
    pub claims: Vec<ClaimRecordOut>,
    /// The facts the claims state: claims of one fact (the same thing about the same
    /// event or entity) from every source, in order of subject and attribute.
    pub facts: Vec<FactOut>,
    /// What was compared: facts stated by two or more sources, by kind, and what could not be.
    pub compared: ComparedOut,
    /// Where sources disagree, by severity then subject.
    pub contradictions: Vec<ContradictionOut>,
    /// Pairs of documents that share many sentences (copies, wire stories).
    pub overlaps: Vec<OverlapOut>,
    /// Claims only one independent source makes (copies counted as one voice).
    pub uncorroborated: Vec<ClaimRecordOut>,
    /// Warnings about the input (ignored dates, non-English text, …).
    pub diagnostics: Vec<DiagnosticOut>,
}

/// One input document after normalisation.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct DocumentOut {
    /// Unique id (given, or `docN` by position).
    pub id: String,
    /// Outlet or author, given or read from a dateline.
    pub source: Option<String>,
    /// Headline, given or taken from the first line.
    pub title: Option<String>,
    /// Publication date and how it was obtained.
    pub published: PublishedOut,
    /// Detected language (`en`, or `und` when the text does not look like English).
    pub language: String,
    /// Number of words in `text`.
    pub words: usize,
    /// The normalised text that every offset indexes.
    pub text: String,
    /// Lines kept out of the analysis (boilerplate), with the reason.
    pub excluded: Vec<ExcludedOut>,
    /// The story this document belongs to (`S1`, `S2`, …): documents that share no people
    /// or names with the others form another story, and are never compared with them.
    pub story: String,
}

/// A document's publication date.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct PublishedOut {
    /// `YYYY-MM-DD`, or null when it could not be given or inferred.
    pub value: Option<String>,
    /// False when the user gave it; true when storylens inferred it.
    pub inferred: bool,
    /// `given`, `dateline`, `text`, `other-sources`, or `none`.
    pub basis: String,
    /// `high`, `medium` or `low` (always `high` when given).
    pub confidence: String,
}

/// A range of a document kept out of the analysis.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ExcludedOut {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// Why: `comment-form`, `link`, `credit`, `prompt`, `advert`, `footer`, `repeated-line`.
    pub reason: String,
}

/// A verbatim piece of a document.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, PartialOrd, Ord)]
pub struct SpanOut {
    /// Document id.
    pub doc: String,
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// The text at those offsets.
    pub text: String,
}

/// One entity merged across documents.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct EntityOut {
    /// `E1`, `E2`, … in output order.
    pub id: String,
    /// `PERSON`, `ORG`, `PLACE`, `FACILITY` or `OTHER`.
    #[serde(rename = "type")]
    pub kind: String,
    /// Canonical name.
    pub name: String,
    /// Every distinct surface name (not counting possessives or determiners).
    pub variants: Vec<String>,
    /// Documents that mention it.
    pub sources: Vec<String>,
    /// Every mention.
    pub mentions: Vec<SpanOut>,
    /// Titles and descriptions each source gives it.
    pub roles: Vec<SpanOut>,
    /// Mentions of a capital city standing for this country's government
    /// ("Moscow said …"): kept apart from `mentions` so city and country never merge.
    pub metonyms: Vec<SpanOut>,
}

/// One time expression.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct TimexOut {
    /// Document id.
    pub doc: String,
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// The text at those offsets.
    pub text: String,
    /// TIMEX3 type: `DATE`, `TIME`, `DURATION`, `SET`.
    #[serde(rename = "type")]
    pub kind: String,
    /// TIMEX3 value, e.g. `2025-04-10`, `PT6H`, `PAST_REF`.
    pub value: String,
    /// TIMEX3 `mod`, e.g. `MORE_THAN`, `APPROX`, when present.
    #[serde(rename = "mod", skip_serializing_if = "Option::is_none")]
    pub modifier: Option<String>,
}

/// The date of an event.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct EventDateOut {
    /// TIMEX3 value, or a range `A/B`.
    pub value: String,
    /// True when it rests on an inferred document date or on context rather than an explicit date.
    pub inferred: bool,
    /// How precise it is: `minute`, `part of day`, `day`, `week`, `month`, `year`, `period`.
    pub precision: String,
    /// `stated` (a report names the date) or `report` (the reports' news day: they tell the
    /// happening without a date of its own).
    pub basis: String,
    /// The first time expression that states it, as written ("on Sunday").
    pub expression: Option<String>,
}

/// One event merged across documents.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct EventOut {
    /// `V1`, `V2`, … in timeline order.
    pub id: String,
    /// Kind of event: `meeting`, `statement`, `seizure`, …
    pub kind: String,
    /// `core` (the story's news), `background` (earlier events) or `future` (planned).
    pub status: String,
    /// Date, or null when undated.
    pub date: Option<EventDateOut>,
    /// The story it belongs to (`S…`, as in `documents[].story`).
    pub story: String,
    /// One-line summary built from the evidence.
    pub summary: String,
    /// Documents that report it.
    pub sources: Vec<String>,
    /// The sentences (or clauses) that report it.
    pub evidence: Vec<SpanOut>,
    /// Ids of participating entities.
    pub entities: Vec<String>,
}

/// One side of a contradiction.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ClaimOut {
    /// Document id.
    pub doc: String,
    /// The normalised value this source gives.
    pub value: String,
    /// First code point of the quote.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// The verbatim quote.
    pub quote: String,
    /// How the source qualifies it: `hypothetical`, hedges (`reportedly`, …), `attributed: WHO`.
    pub qualifiers: Vec<String>,
}

/// One fact and the claims every source makes about it.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct FactOut {
    /// `F1`, `F2`, … in output order.
    pub id: String,
    /// What it is about (an entity or event name).
    pub subject: String,
    /// Entity or event id of the subject, when there is one.
    pub subject_id: Option<String>,
    /// The event the fact belongs to, when it is about an event and one is known.
    pub event: Option<String>,
    /// The attribute (`deaths`, `villages`, `date`, `distance`, `title (secretary)`, …).
    pub attribute: String,
    /// The attribute and what tells it apart, as a row label ("distance · fall").
    pub label: String,
    /// The kind of comparison: `number`, `date`, `time`, `place`, `title`, `descriptor`, `spelling`, `participants`.
    pub kind: String,
    /// Indices into the top-level `claims` list.
    pub claims: Vec<usize>,
    /// Number of documents that state it.
    pub sources: usize,
    /// `agree`, `differ` (a contradiction), `evolving`, or `single` (one source only).
    pub status: String,
}

/// What was compared, so that "no contradictions" never stands alone.
#[derive(Debug, Clone, Serialize, PartialEq, Default)]
pub struct ComparedOut {
    /// Facts stated by two or more documents.
    pub facts: usize,
    /// Those facts per kind (`number`, `date`, …), in name order.
    pub by_kind: Vec<KindCountOut>,
    /// Facts stated by only one document (nothing to compare them with).
    pub single_source: usize,
    /// Ids of documents without a date: their figures cannot be ordered in time.
    pub undated: Vec<String>,
    /// Number of stories the documents form (documents of different stories are never compared).
    pub stories: usize,
}

/// A count of facts of one kind.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct KindCountOut {
    /// The kind (`number`, `date`, …).
    pub kind: String,
    /// How many facts.
    pub facts: usize,
}

/// One value of a figure over time.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct SeriesPointOut {
    /// The date of the reports that give it (`YYYY-MM-DD`), null when undated.
    pub date: Option<String>,
    /// The value, normalised ("at least 3", "10").
    pub value: String,
    /// Ids of the documents that give it.
    pub docs: Vec<String>,
}

/// A disagreement between sources.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ContradictionOut {
    /// `C1`, `C2`, … in output order.
    pub id: String,
    /// `title`, `number`, `date`, `place`, `descriptor`, `spelling`, …
    pub kind: String,
    /// `high`, `medium` or `low`.
    pub severity: String,
    /// What the claims are about (an entity or event name).
    pub subject: String,
    /// Entity or event id of the subject, when there is one.
    pub subject_id: Option<String>,
    /// Which attribute differs, e.g. `rank`, `duration`, `description`.
    pub attribute: String,
    /// At least two, from different documents.
    pub claims: Vec<ClaimOut>,
    /// One sentence saying why these cannot all be true.
    pub explanation: String,
    /// Independent sources among the claims' documents (documents that largely copy
    /// each other count as one voice; see `overlaps`).
    pub voices: usize,
    /// The fact (`F…` in `facts`).
    pub fact: String,
    /// The event it is about, when there is one (`V…` in `events`).
    pub event: Option<String>,
    /// For a figure that changed as reports came in: its values in the order of the reports' dates.
    pub series: Vec<SeriesPointOut>,
}

/// One claim of one source (in `claims`, and in `uncorroborated` for claims only one
/// independent source makes).
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ClaimRecordOut {
    /// The fact it states (`F…` in `facts`), when it was compared at all.
    pub fact: Option<String>,
    /// What the claim is about.
    pub subject: String,
    /// Entity or event id of the subject, when there is one.
    pub subject_id: Option<String>,
    /// The attribute (`title`, `description`, `deaths`, `place`, …).
    pub attribute: String,
    /// Document id.
    pub doc: String,
    /// The value as written.
    pub value: String,
    /// First code point of the quote.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// The verbatim quote.
    pub quote: String,
    /// How the source qualifies it: `hypothetical`, hedges (`reportedly`, …), `attributed: WHO`.
    pub qualifiers: Vec<String>,
}

/// Two documents that share sentences.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct OverlapOut {
    /// First document id (input order).
    pub a: String,
    /// Second document id.
    pub b: String,
    /// Sentences of the shorter document found (nearly) verbatim in the other.
    pub shared_sentences: usize,
    /// `shared_sentences` over the shorter document's sentence count, in percent.
    pub percent: u32,
}

/// A message about the input or the analysis.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct DiagnosticOut {
    /// `warning` or `info`.
    pub level: String,
    /// Document id, when it concerns one document.
    pub doc: Option<String>,
    /// What happened, in plain English.
    pub message: String,
}
