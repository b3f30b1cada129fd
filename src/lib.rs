//! storylens: compare several news reports of one story.
//!
//! The public API is small: [`analyze`] (or [`analyze_json`]) takes an [`InputSet`] and
//! returns an [`Analysis`], the output contract of schema `storylens/1` ([`report`]);
//! [`input`] holds the input contract and its limits. The CLI's needs are public too:
//! [`pipeline`] (per-stage timing), [`summary`] (text rendering), [`json`] (the module's
//! JSON writer), and natively [`ingest`] (files) and [`eval`] (scorer exports).
//!
//! The stages are private, one module per stage, data flowing one way (held by
//! `tests/stage_imports.rs`): documents (`document`) → text (`text`: tokens, sentences)
//! → mentions and entities (`entities`) → time expressions (`time`) → stories (`stories`)
//! → events (`events`) → claims (`claims`) → contradictions (`contradictions`) → the
//! report ([`report`]). [`pipeline::analyze`] runs them in order. The core does no I/O
//! and never panics on user text; problems are returned as diagnostics beside the result.
//!
//! Offsets in the output are Unicode code point offsets (the stages use byte spans,
//! converted once by the report).
#![deny(missing_docs)]

pub(crate) mod boilerplate;
/// Stage 6, comparable claims. Public only until the claims work under way lands: as
/// `pub(crate)` it has unused items for its owner to remove (ARCHITECTURE.md, API boundaries).
pub mod claims;
/// Stage 7, contradictions. Public for the same reason as [`claims`].
pub mod contradictions;
pub(crate) mod corpus;
pub(crate) mod day;
pub(crate) mod document;
pub(crate) mod entities;
pub(crate) mod events;
pub mod input;
pub mod json;
pub(crate) mod language;
pub(crate) mod lexicon;
pub(crate) mod overlap;
pub mod pipeline;
pub mod report;
pub(crate) mod sort;
pub(crate) mod span;
pub(crate) mod stories;
pub mod summary;
pub(crate) mod tally;
pub(crate) mod text;
pub(crate) mod time;

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
