//! `contradictions`: where sources disagree, each side's claims quoted, and figures that
//! changed as reports came in as a series.

use super::build::Stages;
use super::offsets::Offsets;
use super::subjects::Subjects;
use super::{ClaimOut, ContradictionOut, SeriesPointOut};
use crate::claims;
use std::collections::BTreeSet;

/// The contradictions, in the order the comparison gives (most severe first).
/// `voice[d]` is the independent voice of document `d`.
pub(super) fn contradictions(s: &Stages, off: &Offsets, subjects: &Subjects, voice: &[usize]) -> Vec<ContradictionOut> {
    let (c, claims) = (s.corpus, s.claims);
    let count_voices = |docs: &mut dyn Iterator<Item = usize>| docs.map(|d| voice[d]).collect::<BTreeSet<_>>().len();
    s.outcome
        .contradictions
        .iter()
        .enumerate()
        .map(|(i, k)| {
            let (subject, subject_id, event) = subjects.of(k.subject);
            ContradictionOut {
                id: format!("C{}", i + 1),
                kind: k.kind.into(),
                severity: k.severity.as_str().into(),
                subject,
                subject_id,
                attribute: k.attribute.clone(),
                claims: k
                    .claims
                    .iter()
                    .map(|&ci| {
                        let cl = &claims[ci];
                        let s = off.span(cl.doc, cl.quote);
                        ClaimOut {
                            doc: s.doc,
                            value: cl.display.clone(),
                            start: s.start,
                            end: s.end,
                            quote: s.text,
                            qualifiers: cl.qualifiers.labels(),
                        }
                    })
                    .collect(),
                explanation: k.explanation.clone(),
                voices: count_voices(&mut k.claims.iter().map(|&ci| claims[ci].doc)),
                fact: format!("F{}", k.fact + 1),
                event,
                series: k
                    .series
                    .iter()
                    .map(|p| {
                        let mut docs: Vec<usize> = p.claims.iter().map(|&ci| claims[ci].doc).collect();
                        docs.sort_unstable();
                        docs.dedup();
                        SeriesPointOut {
                            date: p.date.map(|d| d.to_string()),
                            value: match &claims[p.claims[0]].value {
                                claims::Value::Range(lo, hi) => claims::range_text(*lo, *hi),
                                _ => claims[p.claims[0]].display.clone(),
                            },
                            docs: docs.iter().map(|&d| c.docs[d].id.clone()).collect(),
                        }
                    })
                    .collect(),
            }
        })
        .collect()
}
