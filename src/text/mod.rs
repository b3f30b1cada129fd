//! Stage 2: text → tokens → sentences.

pub mod chars;
pub mod number;
pub mod sentences;
pub mod tokens;

pub use sentences::{split_sentences, Sentence};
pub use tokens::{tokenize, Token, TokenKind};
