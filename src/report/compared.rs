//! `compared`: what was compared, so that "no contradictions" never stands alone.

use super::build::Stages;
use super::{ComparedOut, KindCountOut};

/// Facts stated by two or more documents (in all and by kind), single-source facts,
/// undated documents and the number of stories.
pub(super) fn compared(s: &Stages) -> ComparedOut {
    let (c, outcome) = (s.corpus, s.outcome);
    ComparedOut {
        facts: outcome.compared.facts.values().sum(),
        by_kind: outcome.compared.facts.iter().map(|(k, n)| KindCountOut { kind: k.to_string(), facts: *n }).collect(),
        single_source: outcome.compared.single_source,
        undated: outcome.compared.undated.iter().map(|&d| c.docs[d].id.clone()).collect(),
        stories: outcome.compared.stories,
    }
}
