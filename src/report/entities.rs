//! `entities`: entities merged across documents, with every mention, role and metonym.

use super::build::Stages;
use super::offsets::Offsets;
use super::{EntityOut, SpanOut};
use crate::span::Span;

/// The entities, in the entity stage's order (most mentioned first).
pub(super) fn entities(s: &Stages, off: &Offsets) -> Vec<EntityOut> {
    let (c, ents) = (s.corpus, s.entities);
    ents.entities
        .iter()
        .enumerate()
        .map(|(e, ent)| {
            let mentions: Vec<SpanOut> =
                ent.mentions.iter().map(|&m| off.span(ents.mentions[m].doc, ents.mentions[m].span)).collect();
            let metonyms: Vec<SpanOut> =
                ent.metonyms.iter().map(|&m| off.span(ents.mentions[m].doc, ents.mentions[m].span)).collect();
            let mut variants: Vec<String> = mentions.iter().map(|m| m.text.clone()).collect();
            crate::sort::sort(&mut variants);
            variants.dedup();
            let mut sources: Vec<usize> =
                ent.mentions.iter().chain(&ent.metonyms).map(|&m| ents.mentions[m].doc).collect();
            crate::sort::sort(&mut sources);
            sources.dedup();
            // Sorted by document position and span before conversion (finding each
            // document by its id inside the comparison was quadratic in the documents).
            let mut role_spans: Vec<(usize, Span)> = ent
                .mentions
                .iter()
                .flat_map(|&m| ents.mentions[m].roles.iter().map(move |&r| (ents.mentions[m].doc, r)))
                .collect();
            crate::sort::sort_by_key(&mut role_spans, |&(d, r)| (d, r.start, r.end));
            let mut roles: Vec<SpanOut> = role_spans.into_iter().map(|(d, r)| off.span(d, r)).collect();
            roles.dedup();
            EntityOut {
                id: format!("E{}", e + 1),
                kind: ent.kind.as_str().to_string(),
                name: ent.name.clone(),
                variants,
                sources: sources.iter().map(|&d| c.docs[d].id.clone()).collect(),
                mentions,
                roles,
                metonyms,
            }
        })
        .collect()
}
