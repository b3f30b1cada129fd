//! `timexes`: every time expression, by document then offset.

use super::build::Stages;
use super::offsets::Offsets;
use super::TimexOut;

/// The time expressions of every document, in document order.
pub(super) fn timexes(s: &Stages, off: &Offsets) -> Vec<TimexOut> {
    s.timexes
        .iter()
        .enumerate()
        .flat_map(|(d, ts)| {
            ts.iter().map(move |t| {
                let s = off.span(d, t.span);
                TimexOut {
                    doc: s.doc,
                    start: s.start,
                    end: s.end,
                    text: s.text,
                    kind: t.kind.as_str().into(),
                    value: t.value.clone(),
                    modifier: t.modifier.map(str::to_string),
                }
            })
        })
        .collect()
}
