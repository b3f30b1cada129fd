//! The report: the public output contract (schema `storylens/1`, [`types`]) and the
//! conversion of the stages' results into it ([`build`], one file per section), the only
//! place where byte spans become code point offsets. [`spans`] walks every quoted piece of
//! a finished report.

mod build;
mod claims;
mod compared;
mod documents;
mod entities;
mod events;
mod facts;
mod flags;
mod offsets;
pub mod spans;
mod subjects;
mod timexes;
mod types;

pub(crate) use build::{build, Stages};
pub use types::*;

#[cfg(test)]
mod tests {
    use crate::events::{EventKind, EventStatus};
    use crate::time::docdate::{Confidence, DateBasis};
    use crate::time::TimexType;
    use serde_json::Value;
    use std::collections::BTreeSet;

    /// The names of an `enum` of the schema, at a JSON pointer.
    fn schema_enum(pointer: &str) -> BTreeSet<String> {
        let schema: Value = serde_json::from_str(include_str!("../../docs/storylens-1.schema.json")).unwrap();
        let list = schema.pointer(pointer).and_then(Value::as_array).unwrap_or_else(|| panic!("no enum at {pointer}"));
        list.iter().map(|v| v.as_str().unwrap().to_string()).collect()
    }

    fn names(list: impl Iterator<Item = &'static str>) -> BTreeSet<String> {
        list.map(str::to_string).collect()
    }

    /// The crate's closed sets are the schema's: a variant the schema lacks (or a name it
    /// has that no variant writes) fails here.
    #[test]
    fn closed_sets_are_the_schemas() {
        let published = "/$defs/document/properties/published/properties";
        assert_eq!(names(DateBasis::ALL.iter().map(|b| b.as_str())), schema_enum(&format!("{published}/basis/enum")));
        assert_eq!(
            names(Confidence::ALL.iter().map(|c| c.as_str())),
            schema_enum(&format!("{published}/confidence/enum"))
        );
        assert_eq!(
            names(EventStatus::ALL.iter().map(|s| s.as_str())),
            schema_enum("/$defs/event/properties/status/enum")
        );
        let timex_types = [TimexType::Date, TimexType::Time, TimexType::Duration, TimexType::Set];
        assert_eq!(names(timex_types.iter().map(|t| t.as_str())), schema_enum("/$defs/timex/properties/type/enum"));
    }

    /// Every kind of event is named in docs/output.md (the schema leaves kinds open).
    #[test]
    fn every_event_kind_is_documented() {
        let docs = include_str!("../../docs/output.md");
        let events = docs.split("### events").nth(1).and_then(|s| s.split("\n### ").next()).unwrap();
        for k in EventKind::ALL {
            assert!(events.contains(&format!("`{k}`")), "docs/output.md does not name the event kind `{k}`");
        }
    }
}
