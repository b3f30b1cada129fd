//! Descriptions of facilities ("dacha", "villa", "suburban motel") reduced to
//! their head noun and the kind of building it names.

use super::Value;
use crate::lexicon::fold;

/// Classes of facility head nouns (kinds of building).
const FACILITY_CLASSES: &[(&str, &str)] = &[
    ("dacha", "dwelling"), ("villa", "dwelling"), ("estate", "dwelling"), ("mansion", "dwelling"), ("residence", "dwelling"),
    ("house", "dwelling"), ("cottage", "dwelling"), ("lodge", "dwelling"), ("ranch", "dwelling"), ("retreat", "dwelling"),
    ("compound", "dwelling"), ("farm", "dwelling"), ("motel", "lodging"), ("hotel", "lodging"), ("inn", "lodging"),
    ("embassy", "mission"), ("consulate", "mission"), ("office", "office"), ("building", "office"), ("tower", "office"),
];

/// The head noun of a description and its kind of building, when known.
pub fn descriptor(s: &str) -> Option<Value> {
    let head = fold(s.split_whitespace().last()?);
    let class = FACILITY_CLASSES.iter().find(|(w, _)| *w == head).map(|(_, c)| *c);
    Some(Value::Descriptor { class, head })
}

