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

use crate::corpus::Corpus;
use crate::span::Span;

/// Kind of entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EntityType {
    /// A person.
    Person,
    /// An organisation (ministries, companies, agencies, news outlets).
    Org,
    /// A country, city or region.
    Place,
    /// A named building, estate or installation.
    Facility,
    /// A name of another kind.
    Other,
}

impl EntityType {
    /// The output name: `PERSON`, `ORG`, `PLACE`, `FACILITY`, `OTHER`.
    pub fn as_str(&self) -> &'static str {
        match self {
            EntityType::Person => "PERSON",
            EntityType::Org => "ORG",
            EntityType::Place => "PLACE",
            EntityType::Facility => "FACILITY",
            EntityType::Other => "OTHER",
        }
    }
}

/// What a mention's name reduces to, for merging.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Key {
    /// A gazetteer place id (`C:RU` for a country, `P:istanbul` for a city).
    Place(String),
    /// An organisation or facility as a sorted bag of folded words (country words → `C:XX`).
    Bag(Vec<String>),
    /// A person's folded given name (when known) and surname.
    Person(Option<String>, String),
    /// Anything else: the folded name.
    Name(String),
}

/// One mention of a named entity.
#[derive(Debug, Clone)]
pub struct Mention {
    /// Document index.
    pub doc: usize,
    /// Sentence index within the document.
    pub sentence: usize,
    /// The name as written (possessive and determiner excluded).
    pub span: Span,
    /// Its type.
    pub kind: EntityType,
    /// Merge key.
    pub key: Key,
    /// For a capital city standing for its country's government, the country's key.
    pub metonym_of: Option<Key>,
    /// Titles and descriptions attached at this mention (byte spans, same document).
    pub roles: Vec<Span>,
}

/// An entity: mentions merged within and across documents.
#[derive(Debug, Clone)]
pub struct Entity {
    /// Its type (the majority of its mentions').
    pub kind: EntityType,
    /// Canonical name.
    pub name: String,
    /// Indices into [`Entities::mentions`] of literal mentions, in document order.
    pub mentions: Vec<usize>,
    /// Indices of metonymic mentions (a capital standing for this country).
    pub metonyms: Vec<usize>,
}

/// The result of the entity stage.
#[derive(Debug, Clone, Default)]
pub struct Entities {
    /// Every mention found.
    pub mentions: Vec<Mention>,
    /// Entities, most mentioned first.
    pub entities: Vec<Entity>,
    /// For each mention, the index of its entity.
    pub entity_of: Vec<usize>,
}

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
    person::promote_known_surnames(corpus, &mut all);
    let mut reducer = translit::Reducer::default();
    for doc in all.chunk_by_mut(|a, b| a.doc == b.doc) {
        person::link_short_forms(doc, &mut reducer);
    }
    let entities = merge::merge(corpus, &all, &mut reducer);
    let mut entity_of = vec![0; all.len()];
    for (e, ent) in entities.iter().enumerate() {
        for &m in ent.mentions.iter().chain(&ent.metonyms) {
            entity_of[m] = e;
        }
    }
    Entities { mentions: all, entities, entity_of }
}
