//! The prepared document set every stage after text reads: documents with
//! their tokens and sentences, and corpus-wide word statistics.

use crate::document::Document;
use crate::lexicon::fold_into;
use crate::text::chars::{is_lower, is_upper};
use crate::text::{split_sentences, tokenize, Sentence, Token, TokenKind};
use rustc_hash::FxHashMap as HashMap;

/// Documents with tokens and sentences (boilerplate lines skipped).
pub struct Corpus {
    /// The normalised documents, in input order.
    pub docs: Vec<Document>,
    /// Tokens of each document's analysed lines.
    pub tokens: Vec<Vec<Token>>,
    /// Sentences of each document, indexing into `tokens`.
    pub sentences: Vec<Vec<Sentence>>,
    /// Every distinct folded form ([`crate::lexicon::fold`]) of a token, by word id
    /// (in order of first appearance)…
    vocab: Vec<Box<str>>,
    /// …and each token's word id, per document: a token's folded form is one indexed
    /// load, with no string slicing (stages ask for it millions of times per megabyte).
    word_ids: Vec<Vec<u32>>,
    /// Per word id: how often the word is written in lower case, and capitalised but
    /// not at the start of a sentence: a capitalised sentence opener is a common
    /// word when the first count wins ("Delegations from …" vs "Apple released").
    case: Vec<(u32, u32)>,
}

impl Corpus {
    /// Tokenizes and splits every document.
    pub fn new(docs: Vec<Document>) -> Corpus {
        let mut tokens = Vec::with_capacity(docs.len());
        let mut sentences = Vec::with_capacity(docs.len());
        let mut ids: HashMap<Box<str>, u32> = HashMap::default();
        let mut vocab: Vec<Box<str>> = Vec::new();
        let mut case: Vec<(u32, u32)> = Vec::new();
        let mut word_ids = Vec::with_capacity(docs.len());
        let mut form = String::new();
        for d in &docs {
            let mut toks = Vec::new();
            for line in d.analysed_lines() {
                let mut t = tokenize(&d.text, line);
                if let Some(first) = t.first_mut() {
                    first.newline_before = true;
                }
                toks.extend(t);
            }
            let sents = split_sentences(&d.text, &toks);
            let doc_ids: Vec<u32> = toks
                .iter()
                .map(|t| {
                    form.clear();
                    fold_into(t.text(&d.text), &mut form);
                    if let Some(&id) = ids.get(form.as_str()) {
                        return id;
                    }
                    let id = vocab.len() as u32;
                    vocab.push(form.as_str().into());
                    ids.insert(form.as_str().into(), id);
                    case.push((0, 0));
                    id
                })
                .collect();
            for s in &sents {
                for (k, t) in toks[s.first..s.last].iter().enumerate() {
                    let w = t.text(&d.text);
                    let Some(first) = w.chars().next() else { continue };
                    if t.kind != TokenKind::Word {
                        continue;
                    }
                    let lower = is_lower(first);
                    if lower || (is_upper(first) && k > 0 && toks[s.first + k - 1].kind == TokenKind::Word) {
                        let counts = &mut case[doc_ids[s.first + k] as usize];
                        if lower {
                            counts.0 += 1;
                        } else {
                            counts.1 += 1;
                        }
                    }
                }
            }
            sentences.push(sents);
            tokens.push(toks);
            word_ids.push(doc_ids);
        }
        Corpus { docs, tokens, sentences, vocab, word_ids, case }
    }

    /// How often the folded form of token `i` of document `d` is written in lower case
    /// in the corpus, and capitalised but not at the start of a sentence.
    pub fn case_counts(&self, d: usize, i: usize) -> (u32, u32) {
        self.case[self.word_ids[d][i] as usize]
    }

    /// The sentence of document `d` that holds token `i` (binary search: sentences
    /// are ordered and disjoint; a linear scan per lookup made callers quadratic).
    pub fn sentence_of_token(&self, d: usize, i: usize) -> Option<&Sentence> {
        let ss = &self.sentences[d];
        ss.get(ss.partition_point(|s| s.last <= i)).filter(|s| s.first <= i && i < s.last)
    }

    /// The index of the sentence of document `d` whose span contains `span`.
    pub fn sentence_containing(&self, d: usize, span: crate::span::Span) -> Option<usize> {
        let ss = &self.sentences[d];
        let k = ss.partition_point(|s| s.span.end < span.end);
        ss.get(k).filter(|s| s.span.contains(span)).map(|_| k)
    }

    /// The word id of token `i` of document `d`: tokens with the same folded form share it.
    pub fn word_id(&self, d: usize, i: usize) -> usize {
        self.word_ids[d][i] as usize
    }

    /// `f` of every distinct folded form, indexed by word id ([`Corpus::word_id`]): a
    /// per-word lookup done once per vocabulary entry instead of at every token.
    pub fn per_word<T>(&self, f: impl FnMut(&str) -> T) -> Vec<T> {
        self.vocab.iter().map(|w| &**w).map(f).collect()
    }

    /// The folded form of token `i` of document `d` (`fold(self.word(d, i))`, computed once).
    pub fn folded(&self, d: usize, i: usize) -> &str {
        &self.vocab[self.word_ids[d][i] as usize]
    }

    /// The text of token `i` of document `d`.
    pub fn word(&self, d: usize, i: usize) -> &str {
        self.tokens[d][i].text(&self.docs[d].text)
    }
}
