//! Byte spans of the stages to the report's code point spans.

use super::SpanOut;
use crate::corpus::Corpus;
use crate::span::{CharIndex, Span};

/// Converts byte spans of one document to output spans.
pub(super) struct Offsets<'a> {
    corpus: &'a Corpus,
    index: Vec<CharIndex<'a>>,
}

impl<'a> Offsets<'a> {
    /// One character index per document of the corpus.
    pub(super) fn new(corpus: &'a Corpus) -> Self {
        Offsets { corpus, index: corpus.docs.iter().map(|d| CharIndex::new(&d.text)).collect() }
    }

    /// The output span of `s` in document `doc`: its id, code point offsets and text.
    pub(super) fn span(&self, doc: usize, s: Span) -> SpanOut {
        let d = &self.corpus.docs[doc];
        SpanOut {
            doc: d.id.clone(),
            start: self.index[doc].char_of(s.start),
            end: self.index[doc].char_of(s.end),
            text: s.of(&d.text).to_string(),
        }
    }
}
