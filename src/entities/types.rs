//! The entity stage's data: mention and entity types, merge keys, and the result that
//! later stages read. The lowest layer of the stage: it imports none of its modules.

use crate::span::Span;

/// A hash map with `rustc-hash`'s fast hash (lookups only: its iteration order is not used).
pub type FastMap<K, V> = rustc_hash::FxHashMap<K, V>;

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
    /// A person's folded given name (when known), surname, and the marks that tell people
    /// of one name apart.
    Person(Option<String>, String, NameMarks),
    /// Anything else: the folded name.
    Name(String),
}

/// What a person's name says beyond given name and surname: the honorific's sex ("Mr" or
/// "Miss" before a bare surname) and a generational suffix ("Jr", "III"). Two names with
/// different known marks are different people.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NameMarks {
    /// 0 unknown, 1 male ("Mr", "Sir", "Lord"), 2 female ("Mrs", "Ms", "Miss", "Dame", "Lady").
    pub sex: u8,
    /// 0 none, else 1 + the suffix's place in the `[suffix]` list order ("jr", "sr", "ii", "iii", "iv").
    pub suffix: u8,
}

impl NameMarks {
    /// Whether two names' marks allow one person (an unknown mark fits any).
    pub fn compatible(self, other: NameMarks) -> bool {
        (self.sex == 0 || other.sex == 0 || self.sex == other.sex)
            && (self.suffix == 0 || other.suffix == 0 || self.suffix == other.suffix)
    }
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
    /// For a person's name, its surname (the name may end with "Jr." or "QC").
    pub surname: Option<Span>,
    /// Typed by a weak rule (capitalised words and nothing else): a reading of the same
    /// name elsewhere in the set, on firmer evidence, replaces it.
    pub weak: bool,
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
