//! Descriptions of facilities ("dacha", "villa", "suburban motel"): the phrase
//! as written, compared through WordNet kinds of building ([`super::kinds`]).

use super::Value;
use crate::lexicon::fold;

/// The description as a comparable value (folded phrase).
pub fn descriptor(s: &str) -> Option<Value> {
    let phrase = fold(s);
    (!phrase.is_empty()).then_some(Value::Descriptor { phrase })
}
