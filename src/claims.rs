//! Stage 6: claims — what each source asserts about an entity or event, in a
//! form that can be compared across sources: titles (rank, office, department,
//! portfolio), descriptions of facilities, durations of events, spellings of names.

use crate::corpus::Corpus;
use crate::entities::{Entities, EntityType};
use crate::events::Events;
use crate::lexicon::fold;
use crate::span::Span;
use crate::time::{Timex, TimexType};
use std::collections::BTreeSet;

/// What a claim is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Subject {
    /// An entity, by index.
    Entity(usize),
    /// An event, by index.
    Event(usize),
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
    /// A description of a facility: its head noun's class and the words.
    Descriptor {
        /// Semantic class of the head noun (`dwelling`, `lodging`, …), when known.
        class: Option<&'static str>,
        /// The head noun.
        head: String,
    },
    /// A length of time: lower and upper bound in hours (upper may be infinite).
    Duration(f64, f64),
    /// A spelling of a name.
    Spelling(String),
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
}

/// Extracts every comparable claim.
pub fn extract(c: &Corpus, ents: &Entities, events: &Events, timexes: &[Vec<Timex>]) -> Vec<Claim> {
    let mut out = Vec::new();
    for (e, ent) in ents.entities.iter().enumerate() {
        let mut spellings: Vec<(String, usize, Span)> = Vec::new();
        for &mi in &ent.mentions {
            let m = &ents.mentions[mi];
            let text = &c.docs[m.doc].text;
            for &r in &m.roles {
                let value = match ent.kind {
                    EntityType::Person => parse_title(r.of(text)).map(Value::Title),
                    EntityType::Facility => descriptor(r.of(text)),
                    _ => None,
                };
                if let Some(value) = value {
                    let attribute = if ent.kind == EntityType::Person { "title" } else { "description" };
                    out.push(Claim { doc: m.doc, subject: Subject::Entity(e), attribute, value, display: r.of(text).to_string(), quote: r });
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
            out.push(Claim { doc, subject: Subject::Entity(e), attribute: "name", value: Value::Spelling(s.clone()), display: s, quote: span });
        }
    }
    durations(c, events, timexes, &mut out);
    out
}

const RANKS: &[&str] = &["deputy", "assistant", "under", "vice", "acting", "senior", "principal", "associate", "first", "special"];
const OFFICES: &[(&str, &str)] = &[
    ("secretary", "secretary"), ("undersecretary", "secretary"), ("minister", "minister"), ("ambassador", "envoy"), ("envoy", "envoy"),
    ("spokesperson", "spokesperson"), ("spokesman", "spokesperson"), ("spokeswoman", "spokesperson"), ("president", "president"),
    ("director", "director"), ("chairman", "chair"), ("chairwoman", "chair"), ("chair", "chair"), ("governor", "governor"),
    ("mayor", "mayor"), ("senator", "senator"), ("general", "general"), ("commander", "commander"), ("chancellor", "chancellor"),
    ("consul", "consul"), ("attorney", "attorney"), ("judge", "judge"), ("chief", "chief"), ("head", "head"), ("leader", "leader"),
];

/// Parses a title; `None` when it names no office.
pub fn parse_title(s: &str) -> Option<Title> {
    let words: Vec<String> = s.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’').filter(|w| !w.is_empty()).map(fold).collect();
    let h = words.iter().position(|w| OFFICES.iter().any(|(o, _)| o == w))?;
    let office = OFFICES.iter().find(|(o, _)| *o == words[h]).map(|(_, c)| c.to_string())?;
    let rank = words[..h].iter().filter(|w| RANKS.contains(&w.as_str())).cloned().collect();
    let mut department = None;
    let mut portfolio = None;
    let mut k = h + 1;
    if words.get(k).map(String::as_str) == Some("of") {
        let end = words[k + 1..].iter().position(|w| w == "for").map_or(words.len(), |p| k + 1 + p);
        department = Some(words[k + 1..end].join(" ")).filter(|d| !d.is_empty());
        k = end;
    }
    if words.get(k).map(String::as_str) == Some("for") {
        let p: BTreeSet<String> = words[k + 1..].iter().filter(|w| !matches!(w.as_str(), "and" | "the" | "of" | "affairs")).cloned().collect();
        portfolio = Some(p).filter(|p| !p.is_empty());
    }
    Some(Title { rank, office, department, portfolio })
}

/// Classes of facility head nouns (kinds of building).
const FACILITY_CLASSES: &[(&str, &str)] = &[
    ("dacha", "dwelling"), ("villa", "dwelling"), ("estate", "dwelling"), ("mansion", "dwelling"), ("residence", "dwelling"),
    ("house", "dwelling"), ("cottage", "dwelling"), ("lodge", "dwelling"), ("ranch", "dwelling"), ("retreat", "dwelling"),
    ("compound", "dwelling"), ("farm", "dwelling"), ("motel", "lodging"), ("hotel", "lodging"), ("inn", "lodging"),
    ("embassy", "mission"), ("consulate", "mission"), ("office", "office"), ("building", "office"), ("tower", "office"),
];

fn descriptor(s: &str) -> Option<Value> {
    let head = fold(s.split_whitespace().last()?);
    let class = FACILITY_CLASSES.iter().find(|(w, _)| *w == head).map(|(_, c)| *c);
    Some(Value::Descriptor { class, head })
}

/// Hours in one unit of a TIMEX3 duration designator.
fn unit_hours(unit: char, time: bool) -> Option<f64> {
    Some(match (unit, time) {
        ('H', true) => 1.0,
        ('M', true) => 1.0 / 60.0,
        ('S', true) => 1.0 / 3600.0,
        ('D', false) => 24.0,
        ('W', false) => 168.0,
        ('M', false) => 730.0,
        ('Y', false) => 8766.0,
        _ => return None,
    })
}

/// Bounds in hours of a TIMEX3 duration with its modifier; `None` when vague ("several hours").
pub fn duration_bounds(value: &str, modifier: Option<&str>) -> Option<(f64, f64)> {
    let time = value.starts_with("PT");
    let body = value.strip_prefix("PT").or_else(|| value.strip_prefix('P'))?;
    let unit = body.chars().last()?;
    let n: f64 = body[..body.len() - unit.len_utf8()].parse().ok()?;
    let h = n * unit_hours(unit, time)?;
    Some(match modifier {
        Some("MORE_THAN") => (h, f64::INFINITY),
        Some("EQUAL_OR_MORE") => (h, f64::INFINITY),
        Some("LESS_THAN") | Some("EQUAL_OR_LESS") => (0.0, h),
        Some("APPROX") => (h * 0.75, h * 1.25),
        _ => (h, h),
    })
}

/// Durations attached to the event of their sentence, or of a nearby earlier
/// sentence of the same document when the sentence speaks of the same talks.
fn durations(c: &Corpus, events: &Events, timexes: &[Vec<Timex>], out: &mut Vec<Claim>) {
    let mut event_of_mention = vec![usize::MAX; events.mentions.len()];
    for (e, ev) in events.events.iter().enumerate() {
        for &m in &ev.mentions {
            event_of_mention[m] = e;
        }
    }
    let mut dated_at: std::collections::HashMap<(usize, usize), usize> = std::collections::HashMap::new();
    for (i, m) in events.mentions.iter().enumerate().rev() {
        if m.date.is_some() {
            dated_at.insert((m.doc, m.sentence), i);
        }
    }
    for (d, txs) in timexes.iter().enumerate() {
        for t in txs.iter().filter(|t| t.kind == TimexType::Duration) {
            let Some(bounds) = duration_bounds(&t.value, t.modifier) else { continue };
            let Some(si) = c.sentences[d].iter().position(|s| s.span.contains(t.span)) else { continue };
            let dated = |s: usize| dated_at.get(&(d, s)).copied();
            let found = dated(si).or_else(|| (si.saturating_sub(2)..si).rev().find_map(dated));
            let Some(mi) = found else { continue };
            let e = event_of_mention[mi];
            if e == usize::MAX || events.events[e].kind != "meeting" {
                continue;
            }
            let text = &c.docs[d].text;
            let quote = with_modifier_words(text, t.span, t.modifier.is_some());
            out.push(Claim { doc: d, subject: Subject::Event(e), attribute: "duration", value: Value::Duration(bounds.0, bounds.1), display: quote.of(text).to_string(), quote });
        }
    }
}

/// Words before a number that TIMEX3 keeps out of the span but a quote must show.
const MODIFIER_WORDS: &[&str] = &["more than", "less than", "at least", "at most", "up to", "about", "around", "nearly", "almost", "over", "under", "some", "roughly", "approximately"];

/// Extends a time expression's span back over its modifier ("more than six hours").
fn with_modifier_words(text: &str, span: Span, has_modifier: bool) -> Span {
    if !has_modifier {
        return span;
    }
    let before = text[..span.start].trim_end();
    let lower = before.to_lowercase();
    for m in MODIFIER_WORDS {
        if lower.ends_with(m) && lower.len() == before.len() {
            let start = before.len() - m.len();
            if text.is_char_boundary(start) && (start == 0 || !text[..start].ends_with(char::is_alphanumeric)) {
                return Span::new(start, span.end);
            }
        }
    }
    span
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_titles() {
        let t = parse_title("Deputy Assistant Secretary of State for Russia and Central Europe").unwrap();
        assert_eq!(t.office, "secretary");
        assert_eq!(t.rank.len(), 2);
        assert_eq!(t.department.as_deref(), Some("state"));
        assert_eq!(t.portfolio.unwrap().len(), 3);
        assert_eq!(parse_title("Moscow’s envoy to Washington").unwrap().office, "envoy");
        assert!(parse_title("the talks").is_none());
    }

    #[test]
    fn duration_bounds_follow_modifiers() {
        assert_eq!(duration_bounds("PT6H", None), Some((6.0, 6.0)));
        assert_eq!(duration_bounds("PT6H", Some("MORE_THAN")), Some((6.0, f64::INFINITY)));
        assert_eq!(duration_bounds("PTXH", None), None);
    }
}
