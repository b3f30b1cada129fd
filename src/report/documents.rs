//! `documents`: each input document after normalisation, with its date, language,
//! excluded lines and story.

use super::build::Stages;
use super::offsets::Offsets;
use super::{DocumentOut, ExcludedOut, PublishedOut};
use crate::time::stage::DocumentDate;

/// The documents, in input order.
pub(super) fn documents(s: &Stages, off: &Offsets, published: &[DocumentDate]) -> Vec<DocumentOut> {
    let c = s.corpus;
    c.docs
        .iter()
        .zip(published)
        .enumerate()
        .map(|(i, (d, published))| DocumentOut {
            id: d.id.clone(),
            source: d.source.clone(),
            title: d.title.clone(),
            published: PublishedOut {
                value: published.value.map(|d| d.to_string()),
                inferred: published.inferred,
                basis: published.basis.as_str().into(),
                confidence: published.confidence.as_str().into(),
            },
            language: s.languages[i].to_string(),
            words: c.tokens[i].iter().filter(|t| t.kind == crate::text::TokenKind::Word).count(),
            text: d.text.clone(),
            excluded: d
                .excluded
                .iter()
                .map(|e| {
                    let s = off.span(i, e.span);
                    ExcludedOut { start: s.start, end: s.end, reason: e.reason.to_string() }
                })
                .collect(),
            story: format!("S{}", s.claims_cx.scopes.story(i) + 1),
        })
        .collect()
}
