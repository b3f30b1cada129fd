//! The story fixture format: one TOML file per story under `tests/stories/`, holding the
//! reports and what the analysis must (and must not) find in them.
//!
//! Every expectation selects items of the output (flags by attribute, claims, facts,
//! entities, events) and then checks them: the number selected is `count` when given, at
//! least one otherwise, and every selected item must pass every check the entry names.
//! Unknown keys are errors, so a misspelt check can never pass silently.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::check::Expectation;
use storylens::{InputDocument, InputSet};

/// One story: what it checks, its reports, and its expectations.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fixture {
    /// The behaviour the story checks, in a sentence (printed with every failure).
    pub about: String,
    /// The reports, in input order.
    #[serde(default)]
    pub report: Vec<Report>,
    /// Expectations on the whole analysis.
    #[serde(default)]
    pub analysis: Option<AnalysisExpect>,
    /// Expectations on the contradiction flags of one attribute each.
    #[serde(default)]
    pub flag: Vec<FlagExpect>,
    /// Expectations on the claims.
    #[serde(default)]
    pub claim: Vec<ClaimExpect>,
    /// Expectations on the facts.
    #[serde(default)]
    pub fact: Vec<FactExpect>,
    /// Expectations on the entities.
    #[serde(default)]
    pub entity: Vec<EntityExpect>,
    /// Expectations on the events.
    #[serde(default)]
    pub event: Vec<EventExpect>,
}

/// One report of the story.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Report {
    /// Document id; `r0`, `r1`, … by position when absent.
    pub id: Option<String>,
    /// Publication date, `YYYY-MM-DD`.
    pub published: Option<String>,
    /// Outlet or author.
    pub source: Option<String>,
    /// Headline.
    pub title: Option<String>,
    /// The article text.
    pub text: String,
}

/// Expectations on the analysis as a whole.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnalysisExpect {
    /// The exact number of contradiction flags, of any attribute.
    pub flags: Option<usize>,
    /// The least number of facts compared (`compared.facts`).
    pub compared_facts_at_least: Option<usize>,
}

/// The flags of one attribute: how many, and what each of them must be.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FlagExpect {
    /// Selects the flags of this attribute (`deaths`, `date`, `led by`, …).
    pub attribute: String,
    /// Exactly this many flags (0: the attribute is never flagged); at least one when absent.
    pub count: Option<usize>,
    /// Each flag's kind (`number`, `evolving`, `participants`, …).
    pub kind: Option<String>,
    /// Each flag's severity (`high`, `medium`, `low`).
    pub severity: Option<String>,
    /// Each flag's subject, exactly.
    pub subject: Option<String>,
    /// Each flag's subject begins with this.
    pub subject_starts_with: Option<String>,
    /// Each flag's explanation contains this.
    pub explanation_contains: Option<String>,
    /// Each flag has exactly this many claims.
    pub claims: Option<usize>,
    /// Each flag's series has at least this many points.
    pub series_at_least: Option<usize>,
    /// Each flag's claims' quotes, exactly and in order.
    pub quotes: Option<Vec<String>>,
    /// Each of these is one of each flag's quotes.
    #[serde(default)]
    pub quotes_include: Vec<String>,
    /// None of these is one of any flag's quotes.
    #[serde(default)]
    pub quotes_exclude: Vec<String>,
    /// Each of these is contained in one of each flag's quotes.
    #[serde(default)]
    pub quote_containing: Vec<String>,
    /// Each of these ends one of each flag's quotes.
    #[serde(default)]
    pub quote_ending: Vec<String>,
    /// By document id: the qualifiers of every claim of that document in each flag, exactly
    /// (the document must have a claim there).
    #[serde(default)]
    pub qualifiers: BTreeMap<String, Vec<String>>,
    /// Why this is expected (printed with a failure).
    pub why: Option<String>,
}

/// Claims selected by what they are and say, and what they must be.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClaimExpect {
    /// Selects the claims of this attribute.
    pub attribute: Option<String>,
    /// Selects the claims with this qualifier (`hypothetical`, `attributed: police`, …).
    pub qualifier: Option<String>,
    /// Selects the claims with a qualifier containing this.
    pub qualifier_containing: Option<String>,
    /// Selects the claims whose subject contains this.
    pub subject_contains: Option<String>,
    /// Exactly this many claims selected (0: none); at least one when absent.
    pub count: Option<usize>,
    /// Each selected claim's qualifiers, exactly.
    pub qualifiers: Option<Vec<String>>,
    /// Each selected claim's subject begins with this.
    pub subject_starts_with: Option<String>,
    /// The selected claims' quotes, exactly and in output order.
    pub quotes: Option<Vec<String>>,
    /// Why this is expected (printed with a failure).
    pub why: Option<String>,
}

/// Facts selected by attribute, status, sources and label (at least one, or `count`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FactExpect {
    /// Selects the facts of this attribute.
    pub attribute: Option<String>,
    /// Selects the facts of this status (`agree`, `differ`, `evolving`, `single`).
    pub status: Option<String>,
    /// Selects the facts stated by exactly this many documents.
    pub sources: Option<usize>,
    /// Selects the facts whose label contains this.
    pub label_contains: Option<String>,
    /// Exactly this many facts selected; at least one when absent.
    pub count: Option<usize>,
    /// Why this is expected (printed with a failure).
    pub why: Option<String>,
}

/// Entities selected by type, name, variant or mention, and what they must hold.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EntityExpect {
    /// Selects the entities of this type (`PERSON`, `ORG`, `PLACE`, …).
    #[serde(rename = "type")]
    pub kind: Option<String>,
    /// Selects the entities of this canonical name.
    pub name: Option<String>,
    /// Selects the entities with this variant.
    pub variant: Option<String>,
    /// Selects the entities with a mention of exactly this text.
    pub mention: Option<String>,
    /// Exactly this many entities selected; at least one when absent.
    pub count: Option<usize>,
    /// Each selected entity has these variants.
    #[serde(default)]
    pub variants_include: Vec<String>,
    /// Each selected entity has mentions of these texts (the names are one entity).
    #[serde(default)]
    pub mentions_include: Vec<String>,
    /// No selected entity has a mention of these texts (the names are other entities).
    #[serde(default)]
    pub mentions_exclude: Vec<String>,
    /// Each selected entity has exactly this many mentions.
    pub mentions: Option<usize>,
    /// By text: each selected entity has at least this many mentions of it.
    #[serde(default)]
    pub mentions_at_least: BTreeMap<String, usize>,
    /// Why this is expected (printed with a failure).
    pub why: Option<String>,
}

/// Events selected by date value, and what they must be.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventExpect {
    /// Selects the events whose date value is exactly this (`2025-04-10`, `2025-05`, `2022`).
    pub date: String,
    /// Exactly this many events selected; at least one when absent.
    pub count: Option<usize>,
    /// Each selected event's status (`core`, `background`, `future`).
    pub status: Option<String>,
    /// Why this is expected (printed with a failure).
    pub why: Option<String>,
}

impl Fixture {
    /// Parses and validates a fixture's text: it has reports, at least one expectation,
    /// and no expectation that can never check anything.
    pub fn parse(text: &str) -> Result<Fixture, String> {
        let f: Fixture = toml::from_str(text).map_err(|e| e.to_string())?;
        f.validate()?;
        Ok(f)
    }

    /// The number of expectations (each `[[flag]]`, `[[claim]]`, … entry and each key of `[analysis]`).
    pub fn expectations(&self) -> usize {
        let analysis = self
            .analysis
            .as_ref()
            .map_or(0, |a| usize::from(a.flags.is_some()) + usize::from(a.compared_facts_at_least.is_some()));
        analysis + self.flag.len() + self.claim.len() + self.fact.len() + self.entity.len() + self.event.len()
    }

    /// Every expectation, in the order the harness checks them.
    pub fn all(&self) -> Vec<&dyn Expectation> {
        let mut all: Vec<&dyn Expectation> = Vec::new();
        if let Some(a) = &self.analysis {
            all.push(a);
        }
        all.extend(self.flag.iter().map(|e| e as &dyn Expectation));
        all.extend(self.claim.iter().map(|e| e as &dyn Expectation));
        all.extend(self.fact.iter().map(|e| e as &dyn Expectation));
        all.extend(self.entity.iter().map(|e| e as &dyn Expectation));
        all.extend(self.event.iter().map(|e| e as &dyn Expectation));
        all
    }

    /// The input set the fixture describes.
    pub fn input(&self) -> InputSet {
        InputSet {
            documents: self
                .report
                .iter()
                .enumerate()
                .map(|(i, r)| InputDocument {
                    id: Some(r.id.clone().unwrap_or_else(|| format!("r{i}"))),
                    published: r.published.clone(),
                    source: r.source.clone(),
                    title: r.title.clone(),
                    text: r.text.clone(),
                })
                .collect(),
        }
    }

    fn validate(&self) -> Result<(), String> {
        if self.about.trim().is_empty() {
            return Err("`about` is empty: say what behaviour the story checks".into());
        }
        if self.report.is_empty() {
            return Err("no [[report]]".into());
        }
        if self.expectations() == 0 {
            return Err("no expectations: a story that checks nothing cannot pass".into());
        }
        for e in self.all() {
            if e.count() == Some(0) && e.has_checks() {
                return Err(format!("{}: count = 0 with checks on items that cannot exist", e.label()));
            }
            if !e.has_selector() {
                return Err(format!("{}: no selector (which items does it check?)", e.label()));
            }
        }
        Ok(())
    }
}
