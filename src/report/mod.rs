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
