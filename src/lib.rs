//! storylens: compare several news reports of one story.
//!
//! The pipeline, one module per stage, data flowing one way:
//! documents ([`document`]) → text ([`text`]: tokens, sentences) → mentions and
//! entities ([`entities`]) → time expressions ([`time`]) → events ([`events`]) →
//! claims ([`claims`]) → contradictions ([`contradictions`]) → JSON ([`report`]).
//! [`pipeline::analyze`] runs them in order. The core does no I/O and never
//! panics on user text; problems are returned as diagnostics beside the result.
//!
//! Offsets in the output are Unicode code point offsets (see [`span`]).
#![deny(missing_docs)]

pub mod boilerplate;
pub mod claims;
pub mod contradictions;
pub mod corpus;
pub mod day;
pub mod document;
pub mod entities;
pub mod events;
pub mod input;
pub mod json;
pub mod language;
pub mod lexicon;
pub mod overlap;
pub mod pipeline;
pub mod report;
pub mod sort;
pub mod span;
pub mod stories;
pub mod summary;
pub mod tally;
pub mod text;
pub mod time;

#[cfg(not(target_arch = "wasm32"))]
pub mod eval;
#[cfg(not(target_arch = "wasm32"))]
pub mod ingest;
mod input_json;

/// The WebAssembly binding (public so that `tests/web.rs` can call it as JavaScript does).
#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use input::{InputDocument, InputError, InputSet};
pub use pipeline::{analyze, analyze_json};
pub use report::Analysis;
