//! `claims` and `uncorroborated`: every claim of every source, in output order, and the
//! claims only one independent source makes.

use super::build::Stages;
use super::offsets::Offsets;
use super::subjects::Subjects;
use super::ClaimRecordOut;
use crate::contradictions;

/// The claims in output order (document, offset), each claim's position in it, and the
/// fact each claim states.
pub(super) struct ClaimList {
    /// Claim indices in output order.
    order: Vec<usize>,
    /// `position[i]`: where claim `i` is in the output list.
    pub(super) position: Vec<usize>,
    /// `fact_of[i]`: the fact claim `i` states, when it was compared.
    fact_of: Vec<Option<usize>>,
}

impl ClaimList {
    /// Orders the stages' claims for the output.
    pub(super) fn new(s: &Stages) -> Self {
        let claims = s.claims;
        let mut order: Vec<usize> = (0..claims.len()).collect();
        crate::sort::sort_by_key(&mut order, |&i| {
            (claims[i].doc, claims[i].quote.start, claims[i].quote.end, claims[i].attribute.as_str(), i)
        });
        let mut position = vec![0usize; claims.len()];
        for (p, &i) in order.iter().enumerate() {
            position[i] = p;
        }
        let mut fact_of = vec![None; claims.len()];
        for (n, f) in s.outcome.facts.iter().enumerate() {
            for &i in f {
                fact_of[i] = Some(n);
            }
        }
        ClaimList { order, position, fact_of }
    }

    /// Every claim, by document then offset.
    pub(super) fn claims(&self, s: &Stages, off: &Offsets, subjects: &Subjects) -> Vec<ClaimRecordOut> {
        self.order.iter().map(|&ci| self.record(s, off, subjects, ci)).collect()
    }

    /// Claims of a fact whose value only one independent voice gives (`voice[d]`: the
    /// voice of document `d`).
    pub(super) fn uncorroborated(
        &self,
        s: &Stages,
        off: &Offsets,
        subjects: &Subjects,
        voice: &[usize],
    ) -> Vec<ClaimRecordOut> {
        contradictions::uncorroborated(&s.outcome.facts, s.claims, voice)
            .into_iter()
            .map(|ci| self.record(s, off, subjects, ci))
            .collect()
    }

    /// One claim as the output gives it.
    fn record(&self, s: &Stages, off: &Offsets, subjects: &Subjects, ci: usize) -> ClaimRecordOut {
        let cl = &s.claims[ci];
        let (subject, subject_id, _) = subjects.of(cl.subject);
        let sp = off.span(cl.doc, cl.quote);
        ClaimRecordOut {
            fact: self.fact_of[ci].map(|n| format!("F{}", n + 1)),
            subject,
            subject_id,
            attribute: cl.attribute.to_string(),
            doc: sp.doc,
            value: cl.display.clone(),
            start: sp.start,
            end: sp.end,
            quote: sp.text,
            qualifiers: cl.qualifiers.labels(),
        }
    }
}
