//! Stage 7: contradictions — claims about the same subject and attribute from
//! different sources, compared by meaning rather than by string.
//!
//! Claims are grouped by `(subject, attribute)` and, inside a group, by
//! comparable value, so the cost is the number of claims plus the square of the
//! number of *distinct values* per group (small), never of all claims.

use crate::claims::kinds::{self, Relation};
use crate::claims::{Claim, Subject, Title, Value};
use chrono::NaiveDate;
use std::collections::BTreeMap;

/// A disagreement between sources.
#[derive(Debug, Clone)]
pub struct Contradiction {
    /// `title`, `descriptor`, `number`, `spelling`, …
    pub kind: &'static str,
    /// `high`, `medium` or `low`.
    pub severity: &'static str,
    /// What it is about.
    pub subject: Subject,
    /// The attribute that differs (`rank`, `portfolio`, `description`, `duration`, `name`).
    pub attribute: &'static str,
    /// Indices of the claims on each side (at least two documents).
    pub claims: Vec<usize>,
    /// One sentence saying why.
    pub explanation: String,
}

/// The verdict on two values.
enum Verdict {
    Compatible,
    Conflict { kind: &'static str, severity: &'static str, attribute: &'static str, why: String },
}

/// Compares every group of claims and returns the contradictions, most severe first.
/// `dates[doc]` is each document's date (and whether it was inferred): figures that
/// grow from earlier to later reports are an evolving figure, not a conflict.
pub fn compare(claims: &[Claim], dates: &[(Option<NaiveDate>, bool)]) -> Vec<Contradiction> {
    let mut groups: BTreeMap<(Subject, &'static str), Vec<usize>> = BTreeMap::new();
    // A condition or a possibility ("if one is killed") asserts nothing to compare.
    for (i, c) in claims.iter().enumerate().filter(|(_, c)| !c.qualifiers.hypothetical) {
        groups.entry((c.subject, c.attribute)).or_default().push(i);
    }
    let mut out = Vec::new();
    for ((subject, _), idx) in groups {
        // Distinct values, each with the claims that state it.
        let mut values: Vec<Vec<usize>> = Vec::new();
        for &i in &idx {
            match values.iter_mut().find(|v| same_value(&claims[v[0]].value, &claims[i].value)) {
                Some(v) => v.push(i),
                None => values.push(vec![i]),
            }
        }
        // A report that gives two incompatible values itself speaks of two things
        // (two attacks, two groups of victims): its claims here are left out.
        let self_contradicting: Vec<usize> = {
            let mut docs = Vec::new();
            for a in 0..values.len() {
                for b in a + 1..values.len() {
                    let spelling = matches!(claims[values[a][0]].value, Value::Spelling(_));
                    if !spelling
                        && matches!(
                            verdict(&claims[values[a][0]].value, &claims[values[b][0]].value),
                            Verdict::Conflict { .. }
                        )
                    {
                        for &i in &values[a] {
                            if values[b].iter().any(|&j| claims[j].doc == claims[i].doc) {
                                docs.push(claims[i].doc);
                            }
                        }
                    }
                }
            }
            docs
        };
        if !self_contradicting.is_empty() {
            for v in &mut values {
                v.retain(|&i| !self_contradicting.contains(&claims[i].doc));
            }
            values.retain(|v| !v.is_empty());
        }
        let mut found: BTreeMap<(&'static str, &'static str), (Vec<usize>, String, &'static str)> = BTreeMap::new();
        for a in 0..values.len() {
            for b in a + 1..values.len() {
                // A spelling differs between sources only if some source writes each one
                // without the other: a report that has both made a typo, it takes no side.
                if matches!(claims[values[a][0]].value, Value::Spelling(_))
                    && !(only_in(claims, &values[a], &values[b]) && only_in(claims, &values[b], &values[a]))
                {
                    continue;
                }
                let verdict = match evolving(claims, &values[a], &values[b], dates)
                    .or_else(|| ageing(claims, &values[a], &values[b], dates))
                {
                    Some(v) => v,
                    None => verdict(&claims[values[a][0]].value, &claims[values[b][0]].value),
                };
                if let Verdict::Conflict { kind, mut severity, attribute, mut why } = verdict {
                    // A side that only reports hearsay ("reportedly") weakens the conflict.
                    let hedged = |side: &[usize]| side.iter().all(|&i| !claims[i].qualifiers.hedges.is_empty());
                    if hedged(&values[a]) || hedged(&values[b]) {
                        severity = if severity == "high" { "medium" } else { "low" };
                        why.push_str(" (one side is hedged)");
                    }
                    // Counts are named by what they count ("deaths", "magnitude").
                    let attribute = if attribute == "count" { claims[values[a][0]].attribute } else { attribute };
                    let entry = found.entry((kind, attribute)).or_insert_with(|| (Vec::new(), why, severity));
                    if rank(severity) < rank(entry.2) {
                        entry.2 = severity;
                    }
                    entry.0.extend(values[a].iter().chain(&values[b]));
                }
            }
        }
        for ((kind, attribute), (mut members, why, severity)) in found {
            crate::sort::sort(&mut members);
            members.dedup();
            let mut docs: Vec<usize> = members.iter().map(|&i| claims[i].doc).collect();
            crate::sort::sort(&mut docs);
            docs.dedup();
            if docs.len() < 2 {
                continue;
            }
            out.push(Contradiction { kind, severity, subject, attribute, claims: members, explanation: why });
        }
    }
    crate::sort::sort_by_key(&mut out, |c| (rank(c.severity), c.subject, c.attribute));
    out
}

/// Whether some document states a value of `side` and none of `other`.
fn only_in(claims: &[Claim], side: &[usize], other: &[usize]) -> bool {
    side.iter().any(|&i| !other.iter().any(|&j| claims[j].doc == claims[i].doc))
}

/// Ages of one person in reports a year or more apart may differ by the years between
/// them (a suspect is 27 at the arrest and 29 at the trial); ages one year apart in
/// undated reports may straddle a birthday.
fn ageing(claims: &[Claim], a: &[usize], b: &[usize], dates: &[(Option<NaiveDate>, bool)]) -> Option<Verdict> {
    let (Value::Quantity(x, _), Value::Quantity(y, _)) = (&claims[a[0]].value, &claims[b[0]].value) else {
        return None;
    };
    if claims[a[0]].attribute != "age" || x == y {
        return None;
    }
    let gap = (x - y).abs();
    let date = |i: &usize| dates.get(claims[*i].doc).and_then(|d| d.0);
    let span_days = |side: &[usize], other: &[usize]| -> Option<i64> {
        let s = side.iter().map(date).collect::<Option<Vec<_>>>()?;
        let o = other.iter().map(date).collect::<Option<Vec<_>>>()?;
        s.iter().flat_map(|p| o.iter().map(move |q| (*p - *q).num_days().abs())).max()
    };
    match span_days(a, b) {
        Some(days) if days >= 300 && gap <= (days as f64 / 365.25).ceil() => Some(Verdict::Conflict {
            kind: "evolving",
            severity: "low",
            attribute: "age",
            // Whole numbers only: float formatting would pull a large routine into the WebAssembly.
            why: format!(
                "the ages differ by {} and the reports are {} days apart: the person aged between them",
                gap as u32, days
            ),
        }),
        None if gap <= 1.0 => Some(Verdict::Conflict {
            kind: "number",
            severity: "medium",
            attribute: "age",
            why: "the ages differ by one year; the reports are not dated, so a birthday between them may explain it"
                .to_string(),
        }),
        _ => None,
    }
}

fn rank(severity: &str) -> u8 {
    match severity {
        "high" => 0,
        "medium" => 1,
        _ => 2,
    }
}

fn same_value(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Descriptor { phrase: x }, Value::Descriptor { phrase: y }) => x == y,
        // "Lionsgate" in a headline in capitals, "Vendôme" without its accent: one spelling.
        (Value::Spelling(x), Value::Spelling(y)) => crate::lexicon::fold(x) == crate::lexicon::fold(y),
        _ => a == b,
    }
}

fn verdict(a: &Value, b: &Value) -> Verdict {
    match (a, b) {
        (Value::Title(x), Value::Title(y)) => titles(x, y),
        (Value::Descriptor { phrase: x }, Value::Descriptor { phrase: y }) => match kinds::relate(x, y) {
            Relation::Distant => conflict(
                "descriptor",
                "medium",
                "description",
                format!("a {x} and a {y} are different kinds of building (WordNet)"),
            ),
            Relation::Close => conflict(
                "descriptor",
                "low",
                "description",
                format!("\"{x}\" and \"{y}\" are close kinds of building, described differently"),
            ),
            Relation::LandAndBuilding | Relation::Compatible | Relation::Unknown => Verdict::Compatible,
        },
        (Value::Duration(a0, a1), Value::Duration(b0, b1)) => {
            if a1 < b0 || b1 < a0 {
                conflict("number", "high", "duration", "the durations given cannot both be true".to_string())
            } else if (a0, a1) != (b0, b1) {
                conflict(
                    "number",
                    "low",
                    "duration",
                    "one source gives the duration more precisely than the other".to_string(),
                )
            } else {
                Verdict::Compatible
            }
        }
        (Value::Quantity(a0, a1), Value::Quantity(b0, b1)) => {
            if a1 < b0 || b1 < a0 {
                conflict("number", "high", "count", "the figures given cannot both be true".to_string())
            } else {
                Verdict::Compatible
            }
        }
        (Value::Day(x), Value::Day(y)) if x != y => {
            conflict("date", "high", "date", format!("the sources date it {x} and {y}"))
        }
        (Value::Weekday(x), Value::Weekday(y)) if x != y => conflict(
            "date",
            "medium",
            "date",
            format!("the sources name different days of the week ({x} and {y}) for what reads as the same event"),
        ),
        (Value::Place(x), Value::Place(y)) if x != y => places(x, y),
        (Value::Clock(x), Value::Clock(y)) => clocks(x, y),
        // Bearings from one place: opposite sides cannot both be true; neighbouring ones are imprecision.
        (Value::Bearing(p, a), Value::Bearing(q, b)) if p == q => match crate::claims::directions::angle(*a, *b) {
            d if d > 90 => conflict(
                "place",
                "high",
                "direction",
                "the sources put it on different sides of the same place".to_string(),
            ),
            _ => Verdict::Compatible,
        },
        // "led by A and B" and "led by A" agree; no one in common cannot both be true.
        (Value::People(x), Value::People(y)) if x.is_disjoint(y) => {
            conflict("participants", "high", "led by", "the sources name different people as leading it".to_string())
        }
        (Value::Spelling(x), Value::Spelling(y)) if x != y => conflict(
            "spelling",
            "low",
            "name",
            format!("the name is spelled \"{x}\" and \"{y}\" (transliteration variants)"),
        ),
        _ => Verdict::Compatible,
    }
}

fn conflict(kind: &'static str, severity: &'static str, attribute: &'static str, why: String) -> Verdict {
    Verdict::Conflict { kind, severity, attribute, why }
}

/// Titles of one office conflict on rank (high), department or portfolio (medium);
/// a title that omits a part is less specific, not contradictory.
fn titles(x: &Title, y: &Title) -> Verdict {
    if x.office != y.office {
        return Verdict::Compatible;
    }
    fn set(t: &Title) -> std::collections::BTreeSet<&str> {
        t.rank.iter().map(String::as_str).collect()
    }
    if !x.rank.is_empty() && !y.rank.is_empty() && set(x) != set(y) {
        let show = |t: &Title| t.rank.join(" ");
        return conflict(
            "title",
            "high",
            "rank",
            format!(
                "\"{} {}\" and \"{} {}\" are different ranks; one person holds one of them",
                show(x),
                x.office,
                show(y),
                y.office
            ),
        );
    }
    if let (Some(a), Some(b)) = (&x.department, &y.department) {
        let words = |s: &str| s.split(' ').map(str::to_string).collect::<std::collections::BTreeSet<_>>();
        if !words(a).is_subset(&words(b)) && !words(b).is_subset(&words(a)) {
            return conflict(
                "title",
                "medium",
                "department",
                format!("the office is placed in different departments (\"{a}\" and \"{b}\")"),
            );
        }
    }
    if let (Some(a), Some(b)) = (&x.portfolio, &y.portfolio) {
        if !a.is_subset(b) && !b.is_subset(a) {
            return conflict(
                "title",
                "medium",
                "portfolio",
                "the sources give different portfolios for the same office".to_string(),
            );
        }
    }
    Verdict::Compatible
}

/// Figures that only grow with time (tolls, arrests, evacuations).
const CUMULATIVE: &[&str] =
    &["deaths", "injured", "missing", "arrests", "evacuated", "displaced", "rescued", "casualties"];

/// Two incompatible counts where every claim of the higher one comes from a report
/// dated later than every claim of the lower one: the figure evolved.
fn evolving(claims: &[Claim], a: &[usize], b: &[usize], dates: &[(Option<NaiveDate>, bool)]) -> Option<Verdict> {
    let (Value::Quantity(a0, a1), Value::Quantity(b0, b1)) = (&claims[a[0]].value, &claims[b[0]].value) else {
        return None;
    };
    if !CUMULATIVE.contains(&claims[a[0]].attribute) || !(a1 < b0 || b1 < a0) {
        return None;
    }
    let (low, high) = if a1 < b0 { (a, b) } else { (b, a) };
    // Without the reports' own dates, a changed figure cannot be told from a conflict.
    let known = |i: &usize| dates.get(claims[*i].doc).is_some_and(|d| d.0.is_some() && !d.1);
    if !low.iter().chain(high).all(known) {
        return Some(Verdict::Conflict {
            kind: "number",
            severity: "medium",
            attribute: "count",
            why: "the figures differ; the reports are not dated, so the figure may have changed between them"
                .to_string(),
        });
    }
    let date = |i: &usize| dates.get(claims[*i].doc).and_then(|d| d.0);
    let latest_low = low.iter().map(date).collect::<Option<Vec<_>>>()?.into_iter().max()?;
    let earliest_high = high.iter().map(date).collect::<Option<Vec<_>>>()?.into_iter().min()?;
    let _ = (a0, b1);
    (earliest_high > latest_low).then(|| Verdict::Conflict {
        kind: "evolving",
        severity: "low",
        attribute: "count",
        why: format!("the figure rose between reports ({} on {latest_low}, {} on {earliest_high}): an evolving figure, not a conflict", claims[low[0]].display, claims[high[0]].display),
    })
}

/// Two times of day for one moment: more than an hour apart (two with an hour's slack
/// for approximate times or zones without daylight-saving marker) cannot both be
/// true when both name a zone (high) and probably not when neither does (medium: the
/// sources may mean different zones); a quarter of an hour or more is imprecision (low).
fn clocks(x: &crate::claims::clock::Clock, y: &crate::claims::clock::Clock) -> Verdict {
    let Some(d) = crate::claims::clock::apart(x, y) else { return Verdict::Compatible };
    let slack = if x.loose || y.loose { 60 } else { 0 };
    let show = |c: &crate::claims::clock::Clock| format!("{:02}:{:02}", c.minutes / 60, c.minutes % 60);
    if d > 60 + slack {
        let zoned = x.utc_offset.is_some();
        let why = if zoned {
            format!("the sources give times of day {} hours apart once converted to UTC", (d + 30) / 60)
        } else {
            format!("the sources give {} and {} (no time zone named: they may mean different zones)", show(x), show(y))
        };
        conflict("time", if zoned { "high" } else { "medium" }, "time", why)
    } else if d >= 15 + slack {
        conflict("time", "low", "time", format!("the times of day differ by {d} minutes"))
    } else {
        Verdict::Compatible
    }
}

/// Two places for one event: different countries cannot both be true; two cities of
/// one country are a medium conflict; a city and its own country agree.
fn places(x: &str, y: &str) -> Verdict {
    let country = |id: &str| -> Option<String> {
        match id.strip_prefix("C:") {
            Some(code) => Some(code.to_string()),
            None => match crate::lexicon::gazetteer().place(id.strip_prefix("P:")?)? {
                crate::lexicon::Place::Country(c)
                | crate::lexicon::Place::Capital(_, c)
                | crate::lexicon::Place::Other(_, c) => Some(c),
            },
        }
    };
    // City names are ambiguous (many towns share a name) and neighbourhoods are unknown,
    // so only countries and capitals are trusted to locate an event.
    let reliable = |id: &str| {
        id.starts_with("C:")
            || matches!(
                crate::lexicon::gazetteer().place(id.trim_start_matches("P:")),
                Some(crate::lexicon::Place::Capital(..))
            )
    };
    match (country(x), country(y)) {
        (Some(a), Some(b)) if a != b => match (reliable(x), reliable(y)) {
            (true, true) => {
                conflict("place", "high", "place", "the sources place it in different countries".to_string())
            }
            (true, false) | (false, true) => conflict(
                "place",
                "medium",
                "place",
                "the sources place it in places that appear to be in different countries".to_string(),
            ),
            (false, false) => Verdict::Compatible,
        },
        (Some(_), Some(_)) if x.starts_with("P:") && y.starts_with("P:") && (reliable(x) || reliable(y)) => {
            conflict("place", "medium", "place", "the sources place it in different cities".to_string())
        }
        _ => Verdict::Compatible,
    }
}

/// Claims whose value no other independent source states (`voice[doc]` groups copies).
/// Spellings are not claims about the story and are left out. Claims come out in
/// their extraction order (document, then stage), one per subject, attribute and value.
pub fn uncorroborated(claims: &[Claim], voice: &[usize]) -> Vec<usize> {
    let mut groups: BTreeMap<(Subject, &'static str), Vec<usize>> = BTreeMap::new();
    for (i, c) in
        claims.iter().enumerate().filter(|(_, c)| !matches!(c.value, Value::Spelling(_)) && !c.qualifiers.hypothetical)
    {
        groups.entry((c.subject, c.attribute)).or_default().push(i);
    }
    let mut out = Vec::new();
    for idx in groups.values() {
        // Whether a value is supported depends on the value only: each distinct value is
        // examined once (examining every claim against every other one was quadratic in
        // the number of reports: 4,000 reports of one person's title took seconds).
        let mut examined: Vec<usize> = Vec::new();
        for &i in idx {
            if examined.iter().any(|&e| same_value(&claims[e].value, &claims[i].value)) {
                continue;
            }
            examined.push(i);
            let supports = |j: usize| {
                same_value(&claims[i].value, &claims[j].value)
                    || implies(&claims[j].value, &claims[i].value)
                    || (compatible_support(&claims[i].value)
                        && matches!(verdict(&claims[i].value, &claims[j].value), Verdict::Compatible))
            };
            let voices: std::collections::BTreeSet<usize> =
                idx.iter().filter(|&&j| supports(j)).map(|&j| voice[claims[j].doc]).collect();
            if voices.len() == 1 {
                out.push(i);
            }
        }
    }
    crate::sort::sort(&mut out);
    out
}

/// Whether a compatible (not identical) value from another source counts as support:
/// for numbers and places yes ("at least 3" supports "11"); for titles and
/// descriptions only the same value does.
fn compatible_support(v: &Value) -> bool {
    matches!(
        v,
        Value::Quantity(..)
            | Value::Duration(..)
            | Value::Place(_)
            | Value::Day(_)
            | Value::Weekday(_)
            | Value::Clock(_)
            | Value::People(_)
            | Value::Bearing(..)
    )
}

/// Whether title `j` says everything title `i` says (same office and rank, and at
/// least `i`'s department and portfolio): "Deputy Assistant Secretary of State for
/// Russia" implies "Deputy Assistant Secretary".
fn implies(j: &Value, i: &Value) -> bool {
    let (Value::Title(j), Value::Title(i)) = (j, i) else { return false };
    let set = |t: &Title| t.rank.iter().cloned().collect::<std::collections::BTreeSet<String>>();
    let part = |a: &Option<String>, b: &Option<String>| a.is_none() || a == b;
    let portfolio = match (&i.portfolio, &j.portfolio) {
        (None, _) => true,
        (Some(a), Some(b)) => a.is_subset(b),
        (Some(_), None) => false,
    };
    j.office == i.office && set(j) == set(i) && part(&i.department, &j.department) && portfolio
}
