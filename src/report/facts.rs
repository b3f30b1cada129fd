//! `facts`: what the claims state, one entry per subject, attribute and key, with its status.

use super::build::Stages;
use super::claims::ClaimList;
use super::subjects::Subjects;
use super::FactOut;

/// The facts, in order of their first claim.
pub(super) fn facts(s: &Stages, list: &ClaimList, subjects: &Subjects) -> Vec<FactOut> {
    let (claims, outcome) = (s.claims, s.outcome);
    let status_of: std::collections::BTreeMap<usize, &str> = outcome
        .contradictions
        .iter()
        .map(|k| (k.fact, if k.kind == "evolving" { "evolving" } else { "differ" }))
        .collect();
    outcome
        .facts
        .iter()
        .enumerate()
        .map(|(n, f)| {
            let first = &claims[f[0]];
            let (subject, subject_id, event) = subjects.of(first.subject);
            let mut docs: Vec<usize> = f.iter().map(|&i| claims[i].doc).collect();
            docs.sort_unstable();
            docs.dedup();
            let mut members: Vec<usize> = f.iter().map(|&i| list.position[i]).collect();
            members.sort_unstable();
            let status = match status_of.get(&n) {
                Some(s) => s,
                None if docs.len() < 2 => "single",
                None => "agree",
            };
            FactOut {
                id: format!("F{}", n + 1),
                subject,
                subject_id,
                event,
                attribute: first.attribute.clone(),
                label: if first.label.is_empty() { first.attribute.clone() } else { first.label.clone() },
                kind: first.kind().flag_kind().to_string(),
                claims: members,
                sources: docs.len(),
                status: status.to_string(),
            }
        })
        .collect()
}
