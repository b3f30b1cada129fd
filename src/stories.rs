//! Which reports tell one story. Reports about different incidents are never compared
//! and their events never merged: two reports belong together when they name the same
//! person, or share two other specific names (organisations, facilities, cities; countries
//! are too general to count), and are not dated years apart. A report that shares nothing
//! with any other joins the largest story unless it is dated more than a year from it.

use crate::corpus::Corpus;
use crate::entities::{Entities, EntityType};
use chrono::NaiveDate;

/// The story of each document: 0, 1, … in order of each story's first document.
pub fn group(c: &Corpus, ents: &Entities, dates: &[(Option<NaiveDate>, bool)]) -> Vec<usize> {
    stories(c, ents, dates)
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
            EntityType::Place if is_country(ents, e) => 0,
            _ => 1,
        }
    };
    let far_apart = |a: usize, b: usize| match (dates[a].0, dates[b].0) {
        (Some(x), Some(y)) => (x - y).num_days().abs() > 365,
        _ => false,
    };
    for list in &mut docs_of {
        list.sort_unstable();
        list.dedup();
    }
    // An entity named by a great many documents (a news agency in every report) is skipped:
    // it says nothing about the incident, and it bounds the pairs looked at below.
    let counted = |e: usize, w: u32| weight(e) == w && (2..=200).contains(&docs_of[e].len());
    // Two reports belong together when they share weight 2 and are not dated years apart:
    // one person, or two other names. The stories are the connected components of that
    // relation, so the order in which links are found does not matter (the root of a
    // component is always its first document), and a pair already known to be in one
    // story, both of whose documents are linked, needs no counting.
    let mut parent: Vec<usize> = (0..n).collect();
    let mut linked = vec![false; n];
    // A person: every two of the documents naming them that are dated at most a year apart.
    for e in (0..docs_of.len()).filter(|&e| counted(e, 2)) {
        link_near(&docs_of[e], dates, &mut parent, &mut linked);
    }
    // Other names: the pairs of documents that share two of them.
    let mut shared_one: rustc_hash::FxHashSet<(usize, usize)> = rustc_hash::FxHashSet::default();
    for e in (0..docs_of.len()).filter(|&e| counted(e, 1)) {
        let list = &docs_of[e];
        let root = find(&mut parent, list[0]);
        if list.iter().all(|&d| linked[d] && find(&mut parent, d) == root) {
            continue;
        }
        for (i, &a) in list.iter().enumerate() {
            for &b in &list[i + 1..] {
                if linked[a] && linked[b] && find(&mut parent, a) == find(&mut parent, b) {
                    continue;
                }
                if !shared_one.insert((a, b)) && !far_apart(a, b) {
                    union(&mut parent, a, b);
                    linked[a] = true;
                    linked[b] = true;
                }
            }
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
pub fn is_country(ents: &Entities, e: usize) -> bool {
    ents.entities[e]
        .mentions
        .first()
        .is_some_and(|&m| matches!(&ents.mentions[m].key, crate::entities::Key::Place(id) if id.starts_with("C:")))
}

/// Links the documents of `list` (ascending, one entity's) that are dated at most a year
/// apart, or undated: an undated document is near every other, so with one the whole list
/// is one story; else, in order of date, each document with the next when they are near
/// (the components of "at most a year apart"). Linear after a sort, never all pairs.
fn link_near(list: &[usize], dates: &[(Option<NaiveDate>, bool)], parent: &mut [usize], linked: &mut [bool]) {
    let mut dated: Vec<(NaiveDate, usize)> = Vec::with_capacity(list.len());
    for &d in list {
        match dates[d].0 {
            Some(day) => dated.push((day, d)),
            None => {
                for &other in list {
                    union(parent, d, other);
                    linked[other] = true;
                }
                return;
            }
        }
    }
    crate::sort::sort(&mut dated);
    for pair in dated.windows(2) {
        let ((x, a), (y, b)) = (pair[0], pair[1]);
        if (y - x).num_days() <= 365 {
            union(parent, a, b);
            linked[a] = true;
            linked[b] = true;
        }
    }
}

/// The root of `x`'s story (its first document), halving the path.
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

/// Joins the stories of `a` and `b`; the root stays the smaller document index.
fn union(p: &mut [usize], a: usize, b: usize) {
    let (ra, rb) = (find(p, a), find(p, b));
    if ra != rb {
        p[ra.max(rb)] = ra.min(rb);
    }
}
