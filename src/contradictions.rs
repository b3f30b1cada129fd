//! Stage 7: contradictions — claims of the same fact from different sources, compared
//! by meaning rather than by string.
//!
//! Claims are grouped by fact: kind, subject (an entity, or an event of one story),
//! attribute and key; inside a group, by the people they are about, and, for aligned
//! kinds, by what their clauses say (claims whose cues share names or rare words). Inside
//! a fact, claims are compared by distinct value, so the cost is the number of claims plus
//! the square of the number of distinct values per fact, never of all claims. The kind
//! of a claim says how two values relate ([`crate::claims::kind::ClaimKind::compare`]).
//!
//! Figures that grow as an event unfolds (tolls, arrests, damage) are read in the order
//! of the reports' dates: a series that only rises is `evolving`, not a conflict; a later
//! lower figure is a conflict. A report that gives two values of one fact itself (with
//! no attribution telling them apart) takes no side.

use crate::claims::kind::{Severity, Verdict};
use crate::claims::{Claim, Subject, Value};
use chrono::NaiveDate;
use std::collections::{BTreeMap, BTreeSet};

/// A disagreement between sources.
#[derive(Debug, Clone)]
pub struct Contradiction {
    /// `title`, `descriptor`, `number`, `date`, `time`, `place`, `spelling`, `participants`, or `evolving`.
    pub kind: &'static str,
    /// How severe.
    pub severity: Severity,
    /// What it is about.
    pub subject: Subject,
    /// The attribute that differs (`deaths`, `rank`, `date`, `distance`, …).
    pub attribute: String,
    /// Indices of the claims of the fact (at least two documents).
    pub claims: Vec<usize>,
    /// One sentence saying why.
    pub explanation: String,
    /// For a figure read over time: the values in the order of the reports' dates.
    pub series: Vec<Point>,
    /// Index of its fact in [`Outcome::facts`].
    pub fact: usize,
}

/// The result of the stage: the facts, the contradictions among them and what was compared.
#[derive(Debug, Clone, Default)]
pub struct Outcome {
    /// Every fact: the indices of its claims, ascending; facts in order of their first claim.
    pub facts: Vec<Vec<usize>>,
    /// The contradictions, most severe first.
    pub contradictions: Vec<Contradiction>,
    /// What was compared.
    pub compared: Compared,
}

/// One value of a figure over time.
#[derive(Debug, Clone)]
pub struct Point {
    /// The date of the reports that give it (none when undated).
    pub date: Option<NaiveDate>,
    /// Claim indices giving this value on that date.
    pub claims: Vec<usize>,
}

/// What was compared: facts stated by at least two reports, by flag kind, and what
/// could not be compared.
#[derive(Debug, Clone, Default)]
pub struct Compared {
    /// Facts stated by two or more documents, per flag kind (`number`, `date`, …).
    pub facts: BTreeMap<&'static str, usize>,
    /// Claims in all.
    pub claims: usize,
    /// Facts only one document states.
    pub single_source: usize,
    /// Documents without a date (their figures cannot be ordered in time).
    pub undated: Vec<usize>,
    /// Number of stories the documents form (claims of different stories are never compared).
    pub stories: usize,
}

/// How strongly two aligned claims must say the same thing to be one fact: the weight of
/// the rare words and names their clauses share ([`crate::claims::Context::similarity`]).
const ALIGN: f64 = 3.0;

/// How similar every two claims of different documents in one aligned fact must be at least.
const ALIGN_ALL: f64 = 2.0;

/// Compares every fact and returns the facts, the contradictions (most severe first) and
/// what was compared.
pub fn compare(cx: &crate::claims::Context, claims: &[Claim], dates: &[(Option<NaiveDate>, bool)]) -> Outcome {
    let mut compared = Compared { claims: claims.len(), stories: cx.scopes.stories(), ..Default::default() };
    compared.undated = (0..dates.len()).filter(|&d| dates[d].0.is_none()).collect();
    let times: Vec<Option<i32>> = (0..dates.len()).map(|d| cx.published_minutes(d)).collect();
    let mut facts = facts(cx, claims);
    for f in &mut facts {
        f.sort_unstable();
    }
    crate::sort::sort_by_key(&mut facts, |f| f[0]);
    let mut out = Vec::new();
    for (n, fact) in facts.iter().enumerate() {
        let docs: BTreeSet<usize> = fact.iter().map(|&i| claims[i].doc).collect();
        if docs.len() < 2 {
            compared.single_source += 1;
            continue;
        }
        *compared.facts.entry(claims[fact[0]].kind().flag_kind()).or_default() += 1;
        for mut c in judge(claims, fact, dates, &times) {
            c.fact = n;
            out.push(c);
        }
    }
    crate::sort::sort_by(&mut out, |a, b| {
        (a.severity, a.subject, &a.attribute, a.claims.first()).cmp(&(
            b.severity,
            b.subject,
            &b.attribute,
            b.claims.first(),
        ))
    });
    Outcome { facts, contradictions: out, compared }
}

/// The facts: claims grouped by kind, subject, attribute and key, split by the people
/// they are about and, for aligned claims, by what their clauses say. Hypothetical
/// claims are never compared.
pub fn facts(cx: &crate::claims::Context, claims: &[Claim]) -> Vec<Vec<usize>> {
    let mut groups: BTreeMap<(usize, Subject, &str, &str), Vec<usize>> = BTreeMap::new();
    for (i, c) in claims.iter().enumerate().filter(|(_, c)| !c.qualifiers.hypothetical) {
        groups.entry((c.kind, c.subject, c.attribute.as_str(), c.key.as_str())).or_default().push(i);
    }
    // Each document's place in the order of the documents' ids (equal ids, one place): aligned
    // pairs are ordered by it, so it is found once for all the groups.
    let doc_rank = ranks(cx.c.docs.len(), &|a, b| cx.c.docs[a].id.cmp(&cx.c.docs[b].id));
    let mut out = Vec::new();
    for idx in groups.into_values() {
        let (aligned, plain): (Vec<usize>, Vec<usize>) = idx.iter().partition(|&&i| claims[i].aligned);
        if !plain.is_empty() {
            out.extend(split_by_about(claims, &plain));
        }
        out.extend(align(cx, claims, &aligned, &doc_rank));
    }
    out
}

/// Splits claims by who or what they are about: claims sharing one are one fact; claims
/// about nobody in particular join the only such fact when there is one, else stand together.
fn split_by_about(claims: &[Claim], idx: &[usize]) -> Vec<Vec<usize>> {
    if idx.iter().all(|&i| claims[i].about.is_empty()) {
        return vec![idx.to_vec()];
    }
    let mut uf = UnionFind::new(idx.len());
    let mut first_with: BTreeMap<&str, usize> = BTreeMap::new();
    for (k, &i) in idx.iter().enumerate() {
        for p in &claims[i].about {
            match first_with.get(p.as_str()) {
                Some(&j) => uf.union(j, k),
                None => {
                    first_with.insert(p, k);
                }
            }
        }
    }
    let mut named: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    let mut nobody = Vec::new();
    for (k, &i) in idx.iter().enumerate() {
        if claims[i].about.is_empty() {
            nobody.push(i);
        } else {
            named.entry(uf.find(k)).or_default().push(i);
        }
    }
    let mut out: Vec<Vec<usize>> = named.into_values().collect();
    if out.len() == 1 {
        out[0].extend(nobody);
        out[0].sort_unstable();
    } else if !nobody.is_empty() {
        out.push(nobody);
    }
    out
}

/// Clusters aligned claims. Two claims are candidates when their clauses share a verb
/// (by stem: "sank" and "sinking"); they are one fact when the rest of their cues is similar
/// enough ([`ALIGN`]) and they are not about different people. Clusters merge best pair
/// first, and only when every two claims of different documents across them are similar at
/// least a little ([`ALIGN_ALL`]): a chain of loosely related clauses never becomes one fact.
/// A pair of claims of two documents counts only when each is the other's best match there
/// ([`mutual_best`]); for kinds told once per report ([`crate::claims::kind::ClaimKind::one_per_document`]) a
/// fact holds one claim per document. Candidate pairs come from an index of verbs (a verb
/// in a great many claims is skipped), never from all pairs.
fn align(cx: &crate::claims::Context, claims: &[Claim], idx: &[usize], doc_rank: &[u32]) -> Vec<Vec<usize>> {
    if idx.is_empty() {
        return Vec::new();
    }
    let mut postings: BTreeMap<u32, Vec<usize>> = BTreeMap::new();
    for (k, &i) in idx.iter().enumerate() {
        for &v in &claims[i].cue.verbs {
            postings.entry(v).or_default().push(k);
        }
    }
    let apart = |x: &Claim, y: &Claim| {
        !x.about.is_empty() && !y.about.is_empty() && x.about.iter().all(|p| !y.about.contains(p))
    };
    let indexed = |v: &u32| postings.get(v).is_some_and(|l| (2..=64).contains(&l.len()));
    // Each claim's verbs that have a list: two claims are tried once, in the list of the
    // first of these they share.
    let verbs: Vec<Vec<u32>> =
        idx.iter().map(|&i| claims[i].cue.verbs.iter().copied().filter(indexed).collect()).collect();
    // Best pairs first; ties by the documents' ids and the claims' offsets, never by the
    // order of the input (the findings must not depend on it). Each claim's place in that
    // order is found once, so the pairs sort by numbers, not by strings.
    let key = |k: usize| (doc_rank[claims[idx[k]].doc], claims[idx[k]].quote.start);
    let rank = ranks(idx.len(), &|a, b| key(a).cmp(&key(b)));
    let mut pairs: Vec<Pair> = Vec::new();
    for (&verb, list) in postings.iter().filter(|(v, _)| indexed(v)) {
        for (n, &a) in list.iter().enumerate() {
            for &b in &list[n + 1..] {
                if first_shared(&verbs[a], &verbs[b]) != Some(verb) {
                    continue;
                }
                let (x, y) = (&claims[idx[a]], &claims[idx[b]]);
                if apart(x, y) {
                    continue;
                }
                if let Some(sim) = cx.alignment(&x.cue, &y.cue, ALIGN) {
                    pairs.push(((u64::MAX - (sim * 1000.0) as u64, rank[a].min(rank[b]), rank[a].max(rank[b])), a, b));
                }
            }
        }
    }
    crate::sort::sort_by(&mut pairs, |x, y| x.0.cmp(&y.0));
    let pairs = mutual_best(claims, idx, pairs);
    let once = idx.iter().any(|&i| crate::claims::kind::KINDS[claims[i].kind].one_per_document());
    let mut uf = UnionFind::new(idx.len());
    let mut members: Vec<Vec<usize>> = (0..idx.len()).map(|k| vec![k]).collect();
    // Two clusters that do not fit never fit once grown (the pair that failed stays in
    // them): remembered by their roots, the test is not repeated for each of their pairs. A
    // root stays a root while its cluster grows, and a former root is never looked up again.
    let mut unfit: rustc_hash::FxHashSet<(usize, usize)> = rustc_hash::FxHashSet::default();
    for (_, a, b) in pairs {
        let (ra, rb) = (uf.find(a), uf.find(b));
        if ra == rb || unfit.contains(&(ra.min(rb), ra.max(rb))) {
            continue;
        }
        let fits = members[ra].iter().all(|&x| {
            members[rb].iter().all(|&y| {
                let (cx_, cy) = (&claims[idx[x]], &claims[idx[y]]);
                if cx_.doc == cy.doc {
                    return !once;
                }
                !apart(cx_, cy) && cx.aligned(&cx_.cue, &cy.cue, ALIGN_ALL)
            })
        });
        if fits {
            uf.union(ra, rb);
            let root = uf.find(ra);
            let other = if root == ra { rb } else { ra };
            let moved = std::mem::take(&mut members[other]);
            members[root].extend(moved);
        } else {
            unfit.insert((ra.min(rb), ra.max(rb)));
        }
    }
    let mut clusters: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (k, &i) in idx.iter().enumerate() {
        clusters.entry(uf.find(k)).or_default().push(i);
    }
    clusters.into_values().collect()
}

/// A candidate pair of aligned claims (positions in the group): its order (how alike, best
/// first, then the ranks of its two claims, lower first) and the two claims.
type Pair = ((u64, u32, u32), usize, usize);

/// The first element two ascending lists share.
fn first_shared(x: &[u32], y: &[u32]) -> Option<u32> {
    let (mut i, mut j) = (0, 0);
    while i < x.len() && j < y.len() {
        match x[i].cmp(&y[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => return Some(x[i]),
        }
    }
    None
}

/// The rank of each of `0..n` in the order `cmp`: equals share a rank, and a smaller item has
/// a smaller rank (comparing ranks orders as `cmp` does).
fn ranks(n: usize, cmp: &dyn Fn(usize, usize) -> std::cmp::Ordering) -> Vec<u32> {
    let mut order: Vec<usize> = (0..n).collect();
    crate::sort::sort_by(&mut order, |&a, &b| cmp(a, b));
    let mut rank = vec![0u32; n];
    let mut next = 0u32;
    for (pos, &k) in order.iter().enumerate() {
        if pos > 0 && cmp(order[pos - 1], k).is_ne() {
            next += 1;
        }
        rank[k] = next;
    }
    rank
}

/// Keeps the candidate pairs of claims of two documents in which each claim is the other's
/// best match in the other document (`pairs` come best first): of two reports' clauses the
/// most alike tell the same thing, and a clause is not one fact with a lesser match when
/// its best is elsewhere. Pairs within one document are kept.
fn mutual_best(claims: &[Claim], idx: &[usize], pairs: Vec<Pair>) -> Vec<Pair> {
    let docs: Vec<usize> = idx.iter().map(|&i| claims[i].doc).collect();
    let doc = |k: usize| docs[k];
    // The best partner of claim `k` in each other document: the first pair seen. A claim
    // has few partners (its verbs' lists are short), so a list per claim is searched.
    let mut best: Vec<Vec<(usize, usize)>> = vec![Vec::new(); idx.len()];
    let best_in = |best: &[Vec<(usize, usize)>], k: usize, d: usize| best[k].iter().find(|e| e.0 == d).map(|e| e.1);
    for &(_, a, b) in &pairs {
        if doc(a) != doc(b) {
            if best_in(&best, a, doc(b)).is_none() {
                best[a].push((doc(b), b));
            }
            if best_in(&best, b, doc(a)).is_none() {
                best[b].push((doc(a), a));
            }
        }
    }
    pairs
        .into_iter()
        .filter(|&(_, a, b)| {
            doc(a) == doc(b) || (best_in(&best, a, doc(b)) == Some(b) && best_in(&best, b, doc(a)) == Some(a))
        })
        .collect()
}

/// Judges one fact stated by two or more documents: one contradiction per part of the
/// value that differs (a title's rank and its portfolio are two flags), or one `evolving`
/// flag when every difference is explained by the reports' dates.
fn judge(
    claims: &[Claim],
    fact: &[usize],
    dates: &[(Option<NaiveDate>, bool)],
    times: &[Option<i32>],
) -> Vec<Contradiction> {
    let kind = claims[fact[0]].kind();
    // Distinct values, each with the claims that state it.
    let mut values: Vec<Vec<usize>> = Vec::new();
    for &i in fact {
        match values.iter_mut().find(|v| same(&claims[v[0]].value, &claims[i].value)) {
            Some(v) => v.push(i),
            None => values.push(vec![i]),
        }
    }
    if values.len() < 2 {
        return Vec::new();
    }
    let date = |i: usize| dates.get(claims[i].doc).and_then(|d| d.0);
    let cumulative = values.iter().flatten().all(|&i| claims[i].cumulative);
    if !cumulative && several_things(claims, &values) {
        return Vec::new();
    }
    // Whether the figure rises from one report date to a later one and never falls: then two
    // figures of one day without times are read as the earlier and the later figure of that day.
    let rising_series = cumulative && {
        let mut all: Vec<usize> = values.iter().flatten().copied().collect();
        all.sort_unstable();
        rises_over_days(claims, &series(claims, &all, &date))
    };
    // Conflicts between two values, by the part of the value that differs.
    // Per aspect: the severity, the explanation of the most severe pair (by the severity
    // before the claims' strength capped it), and the claims involved.
    let mut conflicts: BTreeMap<Option<&'static str>, (Severity, String, BTreeSet<usize>, Severity)> = BTreeMap::new();
    let mut explained = 0;
    for a in 0..values.len() {
        for b in a + 1..values.len() {
            let (va, vb) = (&values[a], &values[b]);
            // Two values differ between sources only if some source gives each without the
            // other: a report that gives both takes no side (two events, or a typo).
            if !(only_in(claims, va, vb) && only_in(claims, vb, va)) {
                continue;
            }
            let Verdict::Conflict { mut severity, aspect, mut why } =
                kind.compare(&claims[va[0]].value, &claims[vb[0]].value)
            else {
                continue;
            };
            if cumulative {
                match over_time(claims, va, vb, &date, times) {
                    Time::Rising => {
                        explained += 1;
                        continue;
                    }
                    Time::Falling => why = format!("{why}: a later report gives a lower figure"),
                    Time::Same if rising_series => {
                        explained += 1;
                        continue;
                    }
                    Time::Same => why = format!("{why} on the same day"),
                    Time::Unknown => {
                        severity = severity.max(Severity::Medium);
                        why = format!("{why}, unless the figure changed between the reports (not all are dated)");
                    }
                }
            }
            let drift = kind.drift_per_year();
            if drift > 0.0 {
                match drifted(claims, va, vb, &date, drift) {
                    Some(None) => {
                        explained += 1;
                        continue;
                    }
                    Some(Some(w)) => {
                        severity = severity.max(Severity::Medium);
                        why = w;
                    }
                    None => {}
                }
            }
            // A side that only reports hearsay ("reportedly") weakens the conflict; a side
            // that may be a part of the other (a named noun's count) caps it.
            let hedged = |side: &[usize]| side.iter().all(|&i| !claims[i].qualifiers.hedges.is_empty());
            if hedged(va) || hedged(vb) {
                severity = severity.weaker();
                why.push_str(" (one side is hedged)");
            }
            let strength = |side: &[usize]| side.iter().map(|&i| claims[i].strength).min().unwrap_or(Severity::Low);
            let raw = severity;
            severity = severity.max(strength(va)).max(strength(vb));
            let entry = conflicts.entry(aspect).or_insert_with(|| (severity, why.clone(), BTreeSet::new(), raw));
            if (severity, raw) < (entry.0, entry.3) {
                entry.0 = severity;
                entry.1 = why;
                entry.3 = raw;
            }
            entry.2.insert(a);
            entry.2.insert(b);
        }
    }
    let all: Vec<usize> = {
        let mut m: Vec<usize> = values.iter().flatten().copied().collect();
        m.sort_unstable();
        m
    };
    let series = if cumulative { series(claims, &all, &date) } else { Vec::new() };
    let first = &claims[all[0]];
    // A rising figure whose only conflicts are with loose words ("several", "dozens") or
    // hearsay is a figure that evolved.
    let rises = cumulative && rises_over_days(claims, &series);
    if rises && conflicts.values().all(|c| c.0 == Severity::Low) {
        explained += conflicts.len();
        conflicts.clear();
    }
    let mut out = Vec::new();
    for (aspect, (severity, why, involved, _)) in conflicts {
        // A part of a value (a title's portfolio) is shown with the values that differ on it;
        // a whole value with every value of the fact.
        let members: Vec<usize> = match aspect {
            Some(_) => {
                let mut m: Vec<usize> = involved.iter().flat_map(|&v| values[v].iter().copied()).collect();
                m.sort_unstable();
                m
            }
            None => all.clone(),
        };
        out.push(Contradiction {
            kind: kind.flag_kind(),
            severity,
            subject: first.subject,
            attribute: aspect.map_or_else(|| first.attribute.clone(), str::to_string),
            claims: members,
            explanation: with_sides(claims, &values, &why),
            series: series.clone(),
            fact: 0,
        });
    }
    if out.is_empty() && (explained > 0 || rises) {
        // Every difference is explained by time: the figure evolved.
        let steps: Vec<String> = series
            .iter()
            .map(|p| {
                let shown = match &claims[p.claims[0]].value {
                    Value::Range(lo, hi) => crate::claims::range_text(*lo, *hi),
                    _ => claims[p.claims[0]].display.clone(),
                };
                match p.date {
                    Some(d) => format!("{shown} ({d})"),
                    None => shown,
                }
            })
            .collect();
        let why = if kind.drift_per_year() > 0.0 {
            "the reports are a year or more apart: the value changed between them".to_string()
        } else {
            format!("the figure changed as reports came in: {}", steps.join(" → "))
        };
        out.push(Contradiction {
            kind: "evolving",
            severity: Severity::Low,
            subject: first.subject,
            attribute: first.attribute.clone(),
            claims: all,
            explanation: why,
            series,
            fact: 0,
        });
    }
    out
}

/// Whether one report gives two values of the fact that cannot both be true of one thing
/// and that its kind reads as two things ([`crate::claims::kind::ClaimKind::several_things`]):
/// then no value of another report is known to be about the same one.
fn several_things(claims: &[Claim], values: &[Vec<usize>]) -> bool {
    let kind = claims[values[0][0]].kind();
    values.iter().enumerate().any(|(a, va)| {
        values[a + 1..].iter().any(|vb| {
            let (x, y) = (&claims[va[0]], &claims[vb[0]]);
            va.iter().any(|&i| vb.iter().any(|&j| claims[i].doc == claims[j].doc))
                && kind.several_things(x, y)
                && matches!(kind.compare(&x.value, &y.value), Verdict::Conflict { .. })
        })
    })
}

/// Whether some document states a value of `side` and none of `other`.
fn only_in(claims: &[Claim], side: &[usize], other: &[usize]) -> bool {
    side.iter().any(|&i| !other.iter().any(|&j| claims[j].doc == claims[i].doc))
}

/// How two incompatible cumulative figures relate in time.
enum Time {
    /// Every report of the higher figure is dated on or after every report of the lower one.
    Rising,
    /// A report of the lower figure is dated after one of the higher figure.
    Falling,
    /// The reports are of the same date.
    Same,
    /// Some report is undated.
    Unknown,
}

fn over_time(
    claims: &[Claim],
    a: &[usize],
    b: &[usize],
    date: &dyn Fn(usize) -> Option<NaiveDate>,
    times: &[Option<i32>],
) -> Time {
    let mid = |side: &[usize]| match &claims[side[0]].value {
        Value::Range(lo, hi) if hi.is_finite() => (lo + hi) / 2.0,
        Value::Range(lo, _) => *lo,
        _ => 0.0,
    };
    let (low, high) = if mid(a) <= mid(b) { (a, b) } else { (b, a) };
    // When each report was published: its date, and its time of day when its dateline gives one.
    let when = |i: usize| date(i).map(|d| (d, times.get(claims[i].doc).copied().flatten()));
    let Some(lows) = low.iter().map(|&i| when(i)).collect::<Option<Vec<_>>>() else { return Time::Unknown };
    let Some(highs) = high.iter().map(|&i| when(i)).collect::<Option<Vec<_>>>() else { return Time::Unknown };
    let mut same = false;
    for l in &lows {
        for h in &highs {
            match (h.0.cmp(&l.0), h.1.zip(l.1)) {
                (std::cmp::Ordering::Greater, _) => {}
                (std::cmp::Ordering::Less, _) => return Time::Falling,
                // One day: the times of day order them when both are known.
                (std::cmp::Ordering::Equal, Some((th, tl))) if th > tl => {}
                (std::cmp::Ordering::Equal, Some((th, tl))) if th < tl => return Time::Falling,
                (std::cmp::Ordering::Equal, _) => same = true,
            }
        }
    }
    // Two figures of the same day, with no times to order them, are two figures at the same time.
    if same {
        Time::Same
    } else {
        Time::Rising
    }
}

/// For values that drift by `per_year` (ages): `Some(None)` when the reports' dates
/// explain the difference, `Some(Some(why))` when undated reports leave it open (a
/// birthday may fall between them), `None` when time does not help.
fn drifted(
    claims: &[Claim],
    a: &[usize],
    b: &[usize],
    date: &dyn Fn(usize) -> Option<NaiveDate>,
    per_year: f64,
) -> Option<Option<String>> {
    let (Value::Range(x, _), Value::Range(y, _)) = (&claims[a[0]].value, &claims[b[0]].value) else { return None };
    let gap = (x - y).abs();
    let days = a
        .iter()
        .flat_map(|&i| b.iter().map(move |&j| (i, j)))
        .try_fold(0i64, |m, (i, j)| Some(m.max((date(i)? - date(j)?).num_days().abs())));
    match days {
        Some(days) if days >= 300 && gap <= per_year * (days as f64 / 365.25).ceil() => Some(None),
        None if gap <= per_year => Some(Some(
            "the values differ by one year; the reports are not all dated, so a birthday between them may explain it"
                .into(),
        )),
        _ => None,
    }
}

/// Whether a series of compatible figures rises from one day to a later one ("at least 3"
/// on the 27th, "10" on the 28th) and never falls: an evolving figure worth showing.
fn rises_over_days(claims: &[Claim], series: &[Point]) -> bool {
    let mid = |p: &Point| match &claims[p.claims[0]].value {
        Value::Range(lo, hi) if hi.is_finite() => (lo + hi) / 2.0,
        Value::Range(lo, _) => *lo,
        _ => 0.0,
    };
    let dated: Vec<&Point> = series.iter().filter(|p| p.date.is_some()).collect();
    let mut rose = false;
    for (i, a) in dated.iter().enumerate() {
        for b in &dated[i + 1..] {
            if b.date > a.date {
                if mid(b) < mid(a) {
                    return false;
                }
                rose |= mid(b) > mid(a);
            }
        }
    }
    rose
}

/// The values of a cumulative figure in the order of their reports' dates.
fn series(claims: &[Claim], members: &[usize], date: &dyn Fn(usize) -> Option<NaiveDate>) -> Vec<Point> {
    let mut by: BTreeMap<(Option<NaiveDate>, String), Vec<usize>> = BTreeMap::new();
    for &i in members {
        let value = match &claims[i].value {
            Value::Range(lo, hi) => crate::claims::range_text(*lo, *hi),
            _ => claims[i].display.clone(),
        };
        by.entry((date(i), value)).or_default().push(i);
    }
    // Undated values last.
    let mut points: Vec<Point> = by.into_iter().map(|((date, _), claims)| Point { date, claims }).collect();
    crate::sort::sort_by_key(&mut points, |p| (p.date.is_none(), p.date));
    points
}

/// The reason followed by each side's value and who gives it, when attributions differ.
fn with_sides(claims: &[Claim], values: &[Vec<usize>], why: &str) -> String {
    let attributed = values.iter().flatten().any(|&i| claims[i].qualifiers.attribution.is_some());
    if !attributed {
        return why.to_string();
    }
    let sides: Vec<String> = values
        .iter()
        .map(|v| {
            let who: BTreeSet<&str> = v.iter().filter_map(|&i| claims[i].qualifiers.attribution.as_deref()).collect();
            let shown = &claims[v[0]].display;
            if who.is_empty() {
                shown.clone()
            } else {
                format!("{shown} ({})", who.into_iter().collect::<Vec<_>>().join(", "))
            }
        })
        .collect();
    format!("{why}: {}", sides.join(" vs "))
}

/// Whether two values are the same value (not merely compatible).
fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        // "Lionsgate" in capitals, "Vendôme" without its accent: one spelling.
        (Value::Phrase(x), Value::Phrase(y)) => crate::lexicon::fold(x) == crate::lexicon::fold(y),
        _ => a == b,
    }
}

/// Claims whose value no other independent source supports (`voice[doc]` groups copies).
/// Spellings are not claims about the story and are left out. Claims come out in
/// extraction order, one per fact and value.
pub fn uncorroborated(facts: &[Vec<usize>], claims: &[Claim], voice: &[usize]) -> Vec<usize> {
    let mut out = Vec::new();
    for fact in facts {
        if claims[fact[0]].kind().name() == "spelling" {
            continue;
        }
        let kind = claims[fact[0]].kind();
        // Whether a value is supported depends on the value only: each distinct value once.
        let mut examined: Vec<usize> = Vec::new();
        for &i in fact {
            if examined.iter().any(|&e| same(&claims[e].value, &claims[i].value)) {
                continue;
            }
            examined.push(i);
            let supports = |j: usize| {
                same(&claims[i].value, &claims[j].value)
                    || implies(&claims[j].value, &claims[i].value)
                    || (compatible_support(&claims[i].value)
                        && matches!(kind.compare(&claims[i].value, &claims[j].value), Verdict::Agree))
            };
            let voices: BTreeSet<usize> =
                fact.iter().filter(|&&j| supports(j)).map(|&j| voice[claims[j].doc]).collect();
            if voices.len() == 1 && fact.iter().any(|&j| voice[claims[j].doc] != voice[claims[i].doc]) {
                out.push(i);
            }
        }
    }
    out.sort_unstable();
    out
}

/// Whether a compatible (not identical) value from another source counts as support:
/// for figures, dates and places yes ("at least 3" supports "11"); for titles and
/// descriptions only the same value does.
fn compatible_support(v: &Value) -> bool {
    !matches!(v, Value::Title(_) | Value::Phrase(_))
}

/// Whether title `j` says everything title `i` says.
fn implies(j: &Value, i: &Value) -> bool {
    match (j, i) {
        (Value::Title(j), Value::Title(i)) => crate::claims::titles::implies(j, i),
        _ => false,
    }
}

/// A small union-find over `0..n`.
struct UnionFind {
    parent: Vec<usize>,
}

impl UnionFind {
    fn new(n: usize) -> UnionFind {
        UnionFind { parent: (0..n).collect() }
    }

    fn find(&mut self, x: usize) -> usize {
        let mut r = x;
        while self.parent[r] != r {
            r = self.parent[r];
        }
        let mut y = x;
        while self.parent[y] != r {
            let next = self.parent[y];
            self.parent[y] = r;
            y = next;
        }
        r
    }

    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            self.parent[ra.max(rb)] = ra.min(rb);
        }
    }
}
