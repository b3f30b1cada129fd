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
    /// How often each folded word is written in lower case, and capitalised but
    /// not at the start of a sentence: a capitalised sentence opener is a common
    /// word when the first count wins ("Delegations from …" vs "Apple released").
    pub word_case: HashMap<String, (u32, u32)>,
    /// Every token's folded form ([`crate::lexicon::fold`]), concatenated per document…
    folded_text: Vec<String>,
    /// …and where each token's form ends in it (it starts where the previous one ends).
    folded_end: Vec<Vec<u32>>,
}

impl Corpus {
    /// Tokenizes and splits every document.
    pub fn new(docs: Vec<Document>) -> Corpus {
        let mut tokens = Vec::with_capacity(docs.len());
        let mut sentences = Vec::with_capacity(docs.len());
        let mut word_case: HashMap<String, (u32, u32)> = HashMap::default();
        let mut folded_text = Vec::with_capacity(docs.len());
        let mut folded_end = Vec::with_capacity(docs.len());
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
            let mut ftext = String::with_capacity(d.text.len());
            let ends: Vec<u32> = toks
                .iter()
                .map(|t| {
                    fold_into(t.text(&d.text), &mut ftext);
                    ftext.len() as u32
                })
                .collect();
            let folded = |i: usize| &ftext[if i == 0 { 0 } else { ends[i - 1] as usize }..ends[i] as usize];
            for s in &sents {
                for (k, t) in toks[s.first..s.last].iter().enumerate() {
                    let w = t.text(&d.text);
                    let Some(first) = w.chars().next() else { continue };
                    if t.kind != TokenKind::Word {
                        continue;
                    }
                    let lower = is_lower(first);
                    if lower || (is_upper(first) && k > 0 && toks[s.first + k - 1].kind == TokenKind::Word) {
                        let f = folded(s.first + k);
                        let counts = match word_case.get_mut(f) {
                            Some(counts) => counts,
                            None => word_case.entry(f.to_string()).or_default(),
                        };
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
            folded_text.push(ftext);
            folded_end.push(ends);
        }
        Corpus { docs, tokens, sentences, word_case, folded_text, folded_end }
    }

    /// True when the folded word is more often written in lower case than capitalised mid-sentence.
    pub fn mostly_lower(&self, folded: &str) -> bool {
        self.word_case.get(folded).is_some_and(|&(lower, cap)| lower > cap)
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

    /// The folded form of token `i` of document `d` (`fold(self.word(d, i))`, computed once).
    pub fn folded(&self, d: usize, i: usize) -> &str {
        let ends = &self.folded_end[d];
        let start = if i == 0 { 0 } else { ends[i - 1] as usize };
        &self.folded_text[d][start..ends[i] as usize]
    }

    /// The text of token `i` of document `d`.
    pub fn word(&self, d: usize, i: usize) -> &str {
        self.tokens[d][i].text(&self.docs[d].text)
    }
}
