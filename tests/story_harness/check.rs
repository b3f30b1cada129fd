//! Each kind of expectation checked against an analysis: what it selects, how many, and
//! what every selected item must be. A check returns every problem it finds, never just
//! the first.

use storylens::report::{ClaimRecordOut, ContradictionOut, EntityOut, EventOut, FactOut};
use storylens::Analysis;

use super::fixture::{AnalysisExpect, ClaimExpect, EntityExpect, EventExpect, FactExpect, FlagExpect};

/// The part of the output an expectation is about (what a failure report shows).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Section {
    /// `contradictions`
    Flags,
    /// `claims`
    Claims,
    /// `facts` and `compared`
    Facts,
    /// `entities`
    Entities,
    /// `events`
    Events,
}

/// One expectation of a fixture.
pub trait Expectation {
    /// How the fixture names it (`[[flag]] attribute = "deaths"`).
    fn label(&self) -> String;
    /// Why it is expected, when the fixture says.
    fn why(&self) -> Option<&str>;
    /// The part of the output it is about.
    fn section(&self) -> Section;
    /// Whether it says which items it checks.
    fn has_selector(&self) -> bool;
    /// Whether it checks the selected items (beyond their number).
    fn has_checks(&self) -> bool;
    /// The exact number of items it expects to select, when given.
    fn count(&self) -> Option<usize>;
    /// Everything in the analysis that does not hold (empty: it holds).
    fn problems(&self, a: &Analysis) -> Vec<String>;
}

/// The number selected: exactly `count`, or at least one when no count is given.
fn check_count(out: &mut Vec<String>, selected: usize, count: Option<usize>) {
    match count {
        Some(n) if n != selected => out.push(format!("selected {selected}, expected exactly {n}")),
        None if selected == 0 => out.push("selected none, expected at least one".into()),
        _ => {}
    }
}

/// Pushes "`field` is X, expected Y" when an expected value is given and differs.
fn check_eq<T: PartialEq + std::fmt::Debug + ?Sized>(
    out: &mut Vec<String>,
    id: &str,
    field: &str,
    got: &T,
    want: Option<&T>,
) {
    if let Some(want) = want {
        if got != want {
            out.push(format!("{id}: {field} is {got:?}, expected {want:?}"));
        }
    }
}

/// Joins a label's parts that are given: `[[claim]] attribute = "deaths", qualifier = "…"`.
fn label(kind: &str, parts: &[(&str, Option<String>)]) -> String {
    let given: Vec<String> = parts.iter().filter_map(|(k, v)| v.as_ref().map(|v| format!("{k} = {v}"))).collect();
    format!("{kind} {}", given.join(", ")).trim_end().to_string()
}

fn quoted(s: &Option<String>) -> Option<String> {
    s.as_ref().map(|s| format!("{s:?}"))
}

impl Expectation for AnalysisExpect {
    fn label(&self) -> String {
        "[analysis]".into()
    }
    fn why(&self) -> Option<&str> {
        None
    }
    fn section(&self) -> Section {
        Section::Facts
    }
    fn has_selector(&self) -> bool {
        self.flags.is_some() || self.compared_facts_at_least.is_some()
    }
    fn has_checks(&self) -> bool {
        false
    }
    fn count(&self) -> Option<usize> {
        None
    }
    fn problems(&self, a: &Analysis) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(n) = self.flags {
            if a.contradictions.len() != n {
                out.push(format!("flags = {}, expected {n}", a.contradictions.len()));
            }
        }
        if let Some(n) = self.compared_facts_at_least {
            if a.compared.facts < n {
                out.push(format!("compared.facts = {}, expected at least {n}", a.compared.facts));
            }
        }
        out
    }
}

impl Expectation for FlagExpect {
    fn label(&self) -> String {
        format!("[[flag]] attribute = {:?}", self.attribute)
    }
    fn why(&self) -> Option<&str> {
        self.why.as_deref()
    }
    fn section(&self) -> Section {
        Section::Flags
    }
    fn has_selector(&self) -> bool {
        true
    }
    fn has_checks(&self) -> bool {
        self.kind.is_some()
            || self.severity.is_some()
            || self.subject.is_some()
            || self.subject_starts_with.is_some()
            || self.explanation_contains.is_some()
            || self.claims.is_some()
            || self.series_at_least.is_some()
            || self.quotes.is_some()
            || !self.quotes_include.is_empty()
            || !self.quotes_exclude.is_empty()
            || !self.quote_containing.is_empty()
            || !self.quote_ending.is_empty()
            || !self.qualifiers.is_empty()
    }
    fn count(&self) -> Option<usize> {
        self.count
    }
    fn problems(&self, a: &Analysis) -> Vec<String> {
        let selected: Vec<&ContradictionOut> =
            a.contradictions.iter().filter(|c| c.attribute == self.attribute).collect();
        let mut out = Vec::new();
        check_count(&mut out, selected.len(), self.count);
        for f in selected {
            self.check_one(&mut out, f);
        }
        out
    }
}

impl FlagExpect {
    fn check_one(&self, out: &mut Vec<String>, f: &ContradictionOut) {
        let id = f.id.as_str();
        check_eq(out, id, "kind", f.kind.as_str(), self.kind.as_deref());
        check_eq(out, id, "severity", f.severity.as_str(), self.severity.as_deref());
        check_eq(out, id, "subject", f.subject.as_str(), self.subject.as_deref());
        check_eq(out, id, "number of claims", &f.claims.len(), self.claims.as_ref());
        if let Some(p) = &self.subject_starts_with {
            if !f.subject.starts_with(p.as_str()) {
                out.push(format!("{id}: subject {:?} does not begin with {p:?}", f.subject));
            }
        }
        if let Some(p) = &self.explanation_contains {
            if !f.explanation.contains(p.as_str()) {
                out.push(format!("{id}: explanation {:?} does not contain {p:?}", f.explanation));
            }
        }
        if let Some(n) = self.series_at_least {
            if f.series.len() < n {
                out.push(format!("{id}: series has {} points, expected at least {n}", f.series.len()));
            }
        }
        let quotes: Vec<&str> = f.claims.iter().map(|c| c.quote.as_str()).collect();
        if let Some(want) = &self.quotes {
            if quotes != *want {
                out.push(format!("{id}: quotes are {quotes:?}, expected {want:?}"));
            }
        }
        for q in &self.quotes_include {
            if !quotes.contains(&q.as_str()) {
                out.push(format!("{id}: no quote {q:?} among {quotes:?}"));
            }
        }
        for q in &self.quotes_exclude {
            if quotes.contains(&q.as_str()) {
                out.push(format!("{id}: quote {q:?} among {quotes:?}, expected it absent"));
            }
        }
        for q in &self.quote_containing {
            if !quotes.iter().any(|x| x.contains(q.as_str())) {
                out.push(format!("{id}: no quote contains {q:?} among {quotes:?}"));
            }
        }
        for q in &self.quote_ending {
            if !quotes.iter().any(|x| x.ends_with(q.as_str())) {
                out.push(format!("{id}: no quote ends with {q:?} among {quotes:?}"));
            }
        }
        for (doc, want) in &self.qualifiers {
            let of_doc: Vec<&Vec<String>> = f.claims.iter().filter(|c| &c.doc == doc).map(|c| &c.qualifiers).collect();
            if of_doc.is_empty() {
                out.push(format!("{id}: no claim of {doc}"));
            }
            for got in of_doc {
                if got != want {
                    out.push(format!("{id}: {doc}'s qualifiers are {got:?}, expected {want:?}"));
                }
            }
        }
    }
}

impl ClaimExpect {
    fn selects(&self, c: &ClaimRecordOut) -> bool {
        self.attribute.as_ref().is_none_or(|x| &c.attribute == x)
            && self.qualifier.as_ref().is_none_or(|x| c.qualifiers.contains(x))
            && self.qualifier_containing.as_ref().is_none_or(|x| c.qualifiers.iter().any(|q| q.contains(x.as_str())))
            && self.subject_contains.as_ref().is_none_or(|x| c.subject.contains(x.as_str()))
    }
}

impl Expectation for ClaimExpect {
    fn label(&self) -> String {
        label(
            "[[claim]]",
            &[
                ("attribute", quoted(&self.attribute)),
                ("qualifier", quoted(&self.qualifier)),
                ("qualifier_containing", quoted(&self.qualifier_containing)),
                ("subject_contains", quoted(&self.subject_contains)),
            ],
        )
    }
    fn why(&self) -> Option<&str> {
        self.why.as_deref()
    }
    fn section(&self) -> Section {
        Section::Claims
    }
    fn has_selector(&self) -> bool {
        self.attribute.is_some()
            || self.qualifier.is_some()
            || self.qualifier_containing.is_some()
            || self.subject_contains.is_some()
    }
    fn has_checks(&self) -> bool {
        self.qualifiers.is_some() || self.subject_starts_with.is_some() || self.quotes.is_some()
    }
    fn count(&self) -> Option<usize> {
        self.count
    }
    fn problems(&self, a: &Analysis) -> Vec<String> {
        let selected: Vec<&ClaimRecordOut> = a.claims.iter().filter(|c| self.selects(c)).collect();
        let mut out = Vec::new();
        check_count(&mut out, selected.len(), self.count);
        if let Some(want) = &self.quotes {
            let got: Vec<&str> = selected.iter().map(|c| c.quote.as_str()).collect();
            if got != *want {
                out.push(format!("quotes are {got:?}, expected {want:?}"));
            }
        }
        for c in selected {
            let id = format!("{} {:?}", c.doc, c.quote);
            check_eq(&mut out, &id, "qualifiers", &c.qualifiers, self.qualifiers.as_ref());
            if let Some(p) = &self.subject_starts_with {
                if !c.subject.starts_with(p.as_str()) {
                    out.push(format!("{id}: subject {:?} does not begin with {p:?}", c.subject));
                }
            }
        }
        out
    }
}

impl FactExpect {
    fn selects(&self, f: &FactOut) -> bool {
        self.attribute.as_ref().is_none_or(|x| &f.attribute == x)
            && self.status.as_ref().is_none_or(|x| &f.status == x)
            && self.sources.is_none_or(|n| f.sources == n)
            && self.label_contains.as_ref().is_none_or(|x| f.label.contains(x.as_str()))
    }
}

impl Expectation for FactExpect {
    fn label(&self) -> String {
        label(
            "[[fact]]",
            &[
                ("attribute", quoted(&self.attribute)),
                ("status", quoted(&self.status)),
                ("sources", self.sources.map(|n| n.to_string())),
                ("label_contains", quoted(&self.label_contains)),
            ],
        )
    }
    fn why(&self) -> Option<&str> {
        self.why.as_deref()
    }
    fn section(&self) -> Section {
        Section::Facts
    }
    fn has_selector(&self) -> bool {
        self.attribute.is_some() || self.status.is_some() || self.sources.is_some() || self.label_contains.is_some()
    }
    fn has_checks(&self) -> bool {
        false
    }
    fn count(&self) -> Option<usize> {
        self.count
    }
    fn problems(&self, a: &Analysis) -> Vec<String> {
        let mut out = Vec::new();
        check_count(&mut out, a.facts.iter().filter(|f| self.selects(f)).count(), self.count);
        out
    }
}

impl EntityExpect {
    fn selects(&self, e: &EntityOut) -> bool {
        self.kind.as_ref().is_none_or(|x| &e.kind == x)
            && self.name.as_ref().is_none_or(|x| &e.name == x)
            && self.variant.as_ref().is_none_or(|x| e.variants.contains(x))
            && self.mention.as_ref().is_none_or(|x| e.mentions.iter().any(|m| &m.text == x))
    }
}

impl Expectation for EntityExpect {
    fn label(&self) -> String {
        label(
            "[[entity]]",
            &[
                ("type", quoted(&self.kind)),
                ("name", quoted(&self.name)),
                ("variant", quoted(&self.variant)),
                ("mention", quoted(&self.mention)),
            ],
        )
    }
    fn why(&self) -> Option<&str> {
        self.why.as_deref()
    }
    fn section(&self) -> Section {
        Section::Entities
    }
    fn has_selector(&self) -> bool {
        self.kind.is_some() || self.name.is_some() || self.variant.is_some() || self.mention.is_some()
    }
    fn has_checks(&self) -> bool {
        !self.variants_include.is_empty()
            || !self.mentions_include.is_empty()
            || !self.mentions_exclude.is_empty()
            || self.mentions.is_some()
            || !self.mentions_at_least.is_empty()
    }
    fn count(&self) -> Option<usize> {
        self.count
    }
    fn problems(&self, a: &Analysis) -> Vec<String> {
        let selected: Vec<&EntityOut> = a.entities.iter().filter(|e| self.selects(e)).collect();
        let mut out = Vec::new();
        check_count(&mut out, selected.len(), self.count);
        for e in selected {
            let id = format!("{} {:?}", e.id, e.name);
            let texts: Vec<&str> = e.mentions.iter().map(|m| m.text.as_str()).collect();
            for v in &self.variants_include {
                if !e.variants.contains(v) {
                    out.push(format!("{id}: no variant {v:?} among {:?}", e.variants));
                }
            }
            for m in &self.mentions_include {
                if !texts.contains(&m.as_str()) {
                    out.push(format!("{id}: no mention {m:?} among {texts:?}"));
                }
            }
            for m in &self.mentions_exclude {
                if texts.contains(&m.as_str()) {
                    out.push(format!("{id}: mention {m:?} among {texts:?}, expected it in another entity"));
                }
            }
            check_eq(&mut out, &id, "number of mentions", &texts.len(), self.mentions.as_ref());
            for (m, n) in &self.mentions_at_least {
                let got = texts.iter().filter(|t| **t == m.as_str()).count();
                if got < *n {
                    out.push(format!("{id}: {got} mentions {m:?}, expected at least {n}"));
                }
            }
        }
        out
    }
}

impl Expectation for EventExpect {
    fn label(&self) -> String {
        format!("[[event]] date = {:?}", self.date)
    }
    fn why(&self) -> Option<&str> {
        self.why.as_deref()
    }
    fn section(&self) -> Section {
        Section::Events
    }
    fn has_selector(&self) -> bool {
        true
    }
    fn has_checks(&self) -> bool {
        self.status.is_some()
    }
    fn count(&self) -> Option<usize> {
        self.count
    }
    fn problems(&self, a: &Analysis) -> Vec<String> {
        let selected: Vec<&EventOut> =
            a.events.iter().filter(|e| e.date.as_ref().is_some_and(|d| d.value == self.date)).collect();
        let mut out = Vec::new();
        check_count(&mut out, selected.len(), self.count);
        for e in selected {
            check_eq(&mut out, &e.id, "status", e.status.as_str(), self.status.as_deref());
        }
        out
    }
}
