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
//! Reports about different incidents are never compared: reports are grouped into
//! stories by the people and names they share ([`Scopes::story`]).

use crate::corpus::Corpus;
use crate::entities::{Entities, EntityType};
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
    pub fn new(c: &Corpus, ents: &Entities, timexes: &[Vec<Timex>], dates: &[(Option<NaiveDate>, bool)]) -> Scopes {
        let story = stories(c, ents, dates);
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

/// The year of a date among `timexes` that lies far from `reference`: more than 31 days
/// before it, or in another year when only a year is known. Without a reference date, a
/// date written with its year counts when that year is over.
fn far_date(timexes: &[Timex], reference: Option<NaiveDate>) -> Option<i32> {
    timexes.iter().filter(|t| t.kind == TimexType::Date).find_map(|t| {
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
        ds.sort_unstable();
        *slot = ds.get(ds.len() / 2).copied();
    }
    (0..story.len()).map(|d| dates[d].0.or(typical[story[d]])).collect()
}

/// Groups documents into stories: two reports belong together when they name the same
/// person, or share two other specific names (organisations, facilities, cities;
/// countries are too general to count), and are not dated years apart. A report that
/// shares nothing with any other joins the largest story (a short report names few
/// people; comparing it is better than leaving it out) unless it is dated years apart.
fn stories(c: &Corpus, ents: &Entities, dates: &[(Option<NaiveDate>, bool)]) -> Vec<usize> {
    let n = c.docs.len();
    // Per entity, the documents that name it, and how much sharing it counts for.
    let mut docs_of: Vec<Vec<usize>> = vec![Vec::new(); ents.entities.len()];
    for (mi, m) in ents.mentions.iter().enumerate() {
        let list = &mut docs_of[ents.entity_of[mi]];
        if list.last() != Some(&m.doc) {
            list.push(m.doc);
        }
    }
    let weight = |e: usize| -> u32 {
        let ent = &ents.entities[e];
        match ent.kind {
            EntityType::Person => 2,
            EntityType::Place if is_country_entity(ents, e) => 0,
            _ => 1,
        }
    };
    let far_apart = |a: usize, b: usize| match (dates[a].0, dates[b].0) {
        (Some(x), Some(y)) => (x - y).num_days().abs() > 365,
        _ => false,
    };
    // Shared weight per pair of documents, from the entities they share; an entity named
    // by a great many documents (a news agency in every report) is skipped: it bounds the
    // pairs counted, and it says nothing about the incident.
    let mut shared: rustc_hash::FxHashMap<(usize, usize), u32> = rustc_hash::FxHashMap::default();
    for (e, list) in docs_of.iter_mut().enumerate() {
        list.sort_unstable();
        list.dedup();
        let w = weight(e);
        if w == 0 || list.len() < 2 || list.len() > 200 {
            continue;
        }
        for (i, &a) in list.iter().enumerate() {
            for &b in &list[i + 1..] {
                *shared.entry((a, b)).or_default() += w;
            }
        }
    }
    let mut parent: Vec<usize> = (0..n).collect();
    fn find(p: &mut [usize], x: usize) -> usize {
        let mut r = x;
        while p[r] != r {
            r = p[r];
        }
        let mut y = x;
        while p[y] != r {
            let next = p[y];
            p[y] = r;
            y = next;
        }
        r
    }
    let mut pairs: Vec<(&(usize, usize), &u32)> = shared.iter().collect();
    pairs.sort_unstable();
    let mut linked = vec![false; n];
    for (&(a, b), &w) in pairs {
        if w >= 2 && !far_apart(a, b) {
            let (ra, rb) = (find(&mut parent, a), find(&mut parent, b));
            if ra != rb {
                parent[ra.max(rb)] = ra.min(rb);
            }
            linked[a] = true;
            linked[b] = true;
        }
    }
    // Reports that share nothing with any other join the largest story, unless dated years apart.
    let mut size = vec![0usize; n];
    for d in 0..n {
        let r = find(&mut parent, d);
        size[r] += 1;
    }
    // The largest story; among equals, the one whose first document has the smallest id
    // (not the first in input order: stories must not depend on it).
    let first_id = |r: usize| c.docs[r].id.as_str();
    if let Some(big) =
        (0..n).filter(|&r| size[r] > 0).max_by(|&x, &y| size[x].cmp(&size[y]).then(first_id(y).cmp(first_id(x))))
    {
        let member: Vec<bool> = (0..n).map(|d| find(&mut parent, d) == big).collect();
        let member_dates: Vec<NaiveDate> = (0..n).filter(|&d| member[d]).filter_map(|d| dates[d].0).collect();
        let (lo, hi) = (member_dates.iter().min().copied(), member_dates.iter().max().copied());
        for d in 0..n {
            let near = match (dates[d].0, lo, hi) {
                (Some(x), Some(lo), Some(hi)) => (x - lo).num_days().abs() <= 365 && (x - hi).num_days().abs() <= 365,
                _ => true,
            };
            if !linked[d] && !member[d] && near {
                let (ra, rb) = (find(&mut parent, d), find(&mut parent, big));
                parent[ra.max(rb)] = ra.min(rb);
            }
        }
    }
    // Number the stories in order of their first document.
    let mut id = vec![usize::MAX; n];
    let mut next = 0;
    let mut out = Vec::with_capacity(n);
    for d in 0..n {
        let r = find(&mut parent, d);
        if id[r] == usize::MAX {
            id[r] = next;
            next += 1;
        }
        out.push(id[r]);
    }
    out
}

/// Whether an entity is a country (by its gazetteer key).
pub fn is_country_entity(ents: &Entities, e: usize) -> bool {
    ents.entities[e]
        .mentions
        .first()
        .is_some_and(|&m| matches!(&ents.mentions[m].key, crate::entities::Key::Place(id) if id.starts_with("C:")))
}
