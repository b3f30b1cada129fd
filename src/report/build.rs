//! The whole report from the stages' results, section by section.

use super::offsets::Offsets;
use super::subjects::Subjects;
use super::{Analysis, DiagnosticOut, OverlapOut, SCHEMA};
use crate::claims::{self, Claim};
use crate::contradictions::Outcome;
use crate::corpus::Corpus;
use crate::entities::Entities;
use crate::events::Events;
use crate::overlap;
use crate::time::stage::DocumentDate;
use crate::time::Timex;

/// What the stages found, as the report reads it.
pub(crate) struct Stages<'a> {
    /// Documents, tokens and sentences.
    pub corpus: &'a Corpus,
    /// Each document's language (`en` or `und`).
    pub languages: &'a [&'a str],
    /// Mentions and merged entities.
    pub entities: &'a Entities,
    /// Each document's time expressions.
    pub timexes: &'a [Vec<Timex>],
    /// Event mentions and merged events.
    pub events: &'a Events,
    /// The claims' context (stories and scopes).
    pub claims_cx: &'a claims::Context<'a>,
    /// Every claim.
    pub claims: &'a [Claim],
    /// Facts, contradictions and what was compared.
    pub outcome: &'a Outcome,
    /// Pairs of documents that share sentences.
    pub overlaps: &'a [overlap::Overlap],
}

/// Converts the stages' results into the output contract.
pub(crate) fn build(s: &Stages, published: &[DocumentDate], diagnostics: Vec<DiagnosticOut>) -> Analysis {
    let off = Offsets::new(s.corpus);
    let subjects = Subjects::new(s);
    let voice = overlap::voices(s.corpus.docs.len(), s.overlaps);
    let claim_list = super::claims::ClaimList::new(s);
    Analysis {
        schema: SCHEMA,
        generator: format!("storylens {}", env!("CARGO_PKG_VERSION")),
        documents: super::documents::documents(s, &off, published),
        entities: super::entities::entities(s, &off),
        timexes: super::timexes::timexes(s, &off),
        events: super::events::events(s, &off),
        claims: claim_list.claims(s, &off, &subjects),
        facts: super::facts::facts(s, &claim_list, &subjects),
        compared: super::compared::compared(s),
        contradictions: super::flags::contradictions(s, &off, &subjects, &voice),
        overlaps: overlaps(s),
        uncorroborated: claim_list.uncorroborated(s, &off, &subjects, &voice),
        diagnostics,
    }
}

/// `overlaps`: pairs of documents that share sentences, as the overlap stage found them.
fn overlaps(s: &Stages) -> Vec<OverlapOut> {
    let id = |d: usize| s.corpus.docs[d].id.clone();
    s.overlaps
        .iter()
        .map(|o| OverlapOut { a: id(o.a), b: id(o.b), shared_sentences: o.shared_sentences, percent: o.percent })
        .collect()
}
