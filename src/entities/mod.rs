//! Stage 3: named mentions → entities merged within and across documents.
//!
//! [`mentions`] finds capitalised name runs in each sentence and classifies them
//! (gazetteers, titles, honorifics, heads of organisation and facility names);
//! [`person`] splits titles from people's names; [`roles`] collects what each
//! source calls an entity; [`merge`] clusters mentions into entities with
//! blocking keys (never all pairs); [`translit`] compares transliterated names.

pub mod doc;
pub mod mentions;
pub mod merge;
pub mod person;
pub mod roles;
pub mod translit;
mod types;

pub use types::*;

use crate::corpus::Corpus;

/// Runs the stage over a corpus.
pub fn extract(corpus: &Corpus) -> Entities {
    let lookups = doc::Lookups::new(corpus);
    let found: Vec<(Vec<Mention>, Vec<usize>)> =
        (0..corpus.docs.len()).map(|d| mentions::find(&doc::Doc::new(corpus, d, &lookups))).collect();
    let known = mentions::known_names(corpus, found.iter().flat_map(|f| &f.0));
    let mut all = Vec::new();
    for (d, (mut ms, headlines)) in found.into_iter().enumerate() {
        if !headlines.is_empty() {
            mentions::find_known(&doc::Doc::new(corpus, d, &lookups), &headlines, &known, &mut ms);
        }
        all.extend(ms);
    }
    person::trim_descriptors(corpus, &mut all);
    mentions::demote_weak_people(corpus, &mut all);
    person::promote_known_surnames(corpus, &mut all);
    let mut reducer = translit::Reducer::default();
    let mut aliases = Vec::new();
    for ms in all.chunk_by_mut(|a, b| a.doc == b.doc) {
        let d = ms[0].doc;
        aliases.extend(person::link_short_forms(&doc::Doc::new(corpus, d, &lookups), ms, &mut reducer));
    }
    crate::sort::sort(&mut aliases);
    aliases.dedup();
    person::rename(&mut all, &aliases);
    mentions::adopt_firm_readings(corpus, &mut all);
    let entities = merge::merge(corpus, &all, &mut reducer);
    let mut entity_of = vec![0; all.len()];
    for (e, ent) in entities.iter().enumerate() {
        for &m in ent.mentions.iter().chain(&ent.metonyms) {
            entity_of[m] = e;
        }
    }
    Entities { mentions: all, entities, entity_of }
}
