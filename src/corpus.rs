//! The prepared document set every stage after text reads: documents with
//! their tokens and sentences, and corpus-wide word statistics.

use crate::document::Document;
use crate::lexicon::fold;
use crate::text::{split_sentences, tokenize, Sentence, Token, TokenKind};
use std::collections::HashSet;

/// Documents with tokens and sentences (boilerplate lines skipped).
pub struct Corpus {
    /// The normalised documents, in input order.
    pub docs: Vec<Document>,
    /// Tokens of each document's analysed lines.
    pub tokens: Vec<Vec<Token>>,
    /// Sentences of each document, indexing into `tokens`.
    pub sentences: Vec<Vec<Sentence>>,
    /// Folded words seen in lower case anywhere in the set (to tell common words
    /// from names at the start of a sentence).
    pub lower_words: HashSet<String>,
}

impl Corpus {
    /// Tokenizes and splits every document.
    pub fn new(docs: Vec<Document>) -> Corpus {
        let mut tokens = Vec::with_capacity(docs.len());
        let mut sentences = Vec::with_capacity(docs.len());
        let mut lower_words = HashSet::new();
        for d in &docs {
            let mut toks = Vec::new();
            for line in d.analysed_lines() {
                let mut t = tokenize(&d.text, line);
                if let Some(first) = t.first_mut() {
                    first.newline_before = true;
                }
                toks.extend(t);
            }
            for t in &toks {
                let s = t.text(&d.text);
                if t.kind == TokenKind::Word && s.chars().next().is_some_and(char::is_lowercase) {
                    lower_words.insert(fold(s));
                }
            }
            sentences.push(split_sentences(&d.text, &toks));
            tokens.push(toks);
        }
        Corpus { docs, tokens, sentences, lower_words }
    }

    /// The text of token `i` of document `d`.
    pub fn word(&self, d: usize, i: usize) -> &str {
        self.tokens[d][i].text(&self.docs[d].text)
    }
}
