//! Stage 6: claims — what each source asserts about an entity or event, in a
//! form that can be compared across sources: titles (rank, office, department,
//! portfolio), descriptions of facilities, durations of events, counts and
//! measures (casualties, magnitudes, ages), spellings of names. One file per kind.

pub mod ages;
pub mod clock;
pub mod descriptors;
pub mod directions;
pub mod durations;
pub mod event_facts;
pub mod kinds;
pub mod leaders;
pub mod qualifiers;
pub mod quantities;
pub mod titles;

use crate::corpus::Corpus;
use crate::entities::{Entities, EntityType};
use crate::events::Events;
use crate::span::Span;
use std::collections::BTreeSet;

/// Kinds of event that happen at one moment and one spot (a quake, an attack): they have
/// a time of day and a direction from a place; meetings last hours and have neither.
pub(crate) const MOMENTARY: &[&str] = &["disaster", "attack"];

/// What a claim is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Subject {
    /// An entity, by index.
    Entity(usize),
    /// An event, by index.
    Event(usize),
    /// The story as a whole (figures such as a death toll, reported without an event of their own).
    Story,
    /// The story's main event of one kind ("the meeting", "the earthquake"), whatever day each source gives it.
    Kind(&'static str),
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
    /// A person's title.
    Title(Title),
    /// A description of a facility (folded phrase, e.g. "suburban motel").
    Descriptor {
        /// The folded description.
        phrase: String,
    },
    /// A length of time: lower and upper bound in hours (upper may be infinite).
    Duration(f64, f64),
    /// A count or measure: lower and upper bound (upper may be infinite).
    Quantity(f64, f64),
    /// A spelling of a name.
    Spelling(String),
    /// A calendar day, `YYYY-MM-DD`.
    Day(String),
    /// A day of the week named in a report whose own date is not known ("Monday").
    Weekday(&'static str),
    /// A place, by gazetteer id (`C:RU` for a country, `P:istanbul` for a city).
    Place(String),
    /// A time of day, with its zone when named.
    Clock(clock::Clock),
    /// A compass bearing in degrees from a place, by gazetteer id ("south-west of Bandar Abbas").
    Bearing(String, u16),
    /// People, by entity index (who led a delegation).
    People(BTreeSet<usize>),
}

/// One claim by one source.
#[derive(Debug, Clone)]
pub struct Claim {
    /// Document index.
    pub doc: usize,
    /// What it is about.
    pub subject: Subject,
    /// The attribute: `title`, `description`, `duration`, `name`.
    pub attribute: &'static str,
    /// The comparable value.
    pub value: Value,
    /// The value as shown to people.
    pub display: String,
    /// The verbatim evidence.
    pub quote: Span,
    /// Attribution, hedging and whether the claim is only a possibility.
    pub qualifiers: qualifiers::Qualifiers,
}

/// Extracts every comparable claim.
pub fn extract(c: &Corpus, ents: &Entities, events: &Events, time: &crate::events::TimeContext) -> Vec<Claim> {
    let timexes = time.timexes;
    let mut out = Vec::new();
    for (e, ent) in ents.entities.iter().enumerate() {
        let mut spellings: Vec<(String, usize, Span)> = Vec::new();
        for &mi in &ent.mentions {
            let m = &ents.mentions[mi];
            let text = &c.docs[m.doc].text;
            for &r in &m.roles {
                let value = match ent.kind {
                    EntityType::Person => titles::parse_title(r.of(text)).map(Value::Title),
                    EntityType::Facility => descriptors::descriptor(r.of(text)),
                    _ => None,
                };
                if let Some(value) = value {
                    let attribute = if ent.kind == EntityType::Person { "title" } else { "description" };
                    out.push(Claim {
                        doc: m.doc,
                        subject: Subject::Entity(e),
                        attribute,
                        value,
                        display: r.of(text).to_string(),
                        quote: r,
                        qualifiers: Default::default(),
                    });
                }
            }
            if ent.kind == EntityType::Person {
                let surname = m.span.of(text).split_whitespace().last().unwrap_or("").to_string();
                if !spellings.iter().any(|(s, d, _)| *s == surname && *d == m.doc) {
                    spellings.push((surname, m.doc, m.span));
                }
            }
        }
        for (s, doc, span) in spellings {
            out.push(Claim {
                doc,
                subject: Subject::Entity(e),
                attribute: "name",
                value: Value::Spelling(s.clone()),
                display: s,
                quote: span,
                qualifiers: Default::default(),
            });
        }
    }
    durations::durations(c, events, timexes, &mut out);
    quantities::quantities(c, time, &mut out);
    event_facts::main_event_days(c, events, &mut out);
    ages::ages(c, ents, &mut out);
    event_facts::event_places(c, ents, events, &mut out);
    clock::clock_times(c, events, timexes, &mut out);
    leaders::leaders(c, ents, &mut out);
    directions::directions(c, ents, events, &mut out);
    // Titles, descriptions and spellings name things; qualifiers matter for what happened.
    for claim in
        out.iter_mut().filter(|cl| !matches!(cl.value, Value::Title(_) | Value::Descriptor { .. } | Value::Spelling(_)))
    {
        claim.qualifiers = qualifiers::of(c, claim.doc, claim.quote);
    }
    out
}
