//! Sentence splitting over tokens.
//!
//! A sentence ends at `.`, `!` or `?` (plus any closing quotes or brackets)
//! when the next token starts a new sentence, and always at a line break
//! (news paragraphs are lines). A full stop after a known abbreviation
//! ("Ms.", "Gen.", "Jan.") or a single initial ("J. Smith") does not end a sentence;
//! dotted abbreviations ("U.S.") end one only before a line break.

use super::tokens::{Token, TokenKind};
use crate::span::Span;
use rustc_hash::FxHashMap;
use std::sync::OnceLock;

/// One sentence: a range of tokens and the text span they cover.
#[derive(Debug, Clone)]
pub struct Sentence {
    /// Byte span from the first token's start to the last token's end.
    pub span: Span,
    /// Index of the first token in the document token list.
    pub first: usize,
    /// One past the last token.
    pub last: usize,
}

/// Abbreviations whose full stop does not end a sentence (compared lower-case, without the dot).
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cmdr", "adm", "sgt", "sen", "rep", "gov",
    "pres", "amb", "rev", "st", "mt", "ft", "jr", "sr", "inc", "corp", "co", "ltd", "no", "vs", "etc", "approx",
    "dept", "est", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue",
    "tues", "wed", "thu", "thurs", "fri", "sat", "sun", "a.m", "p.m",
];

/// A run of more tokens than this with no sentence end (text without punctuation,
/// lists, tables) is cut into pieces, after a comma or semicolon where there is one:
/// later stages do work per pair of things in a sentence, so it must stay bounded.
/// News sentences are far shorter (the longest in the example has under 60 tokens).
pub const MAX_SENTENCE_TOKENS: usize = 200;

/// Splits a document's tokens into sentences.
pub fn split_sentences(text: &str, tokens: &[Token]) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut first = 0;
    let mut i = 0;
    let n = tokens.len();
    let push = |out: &mut Vec<Sentence>, a: usize, b: usize| {
        if a < b {
            out.push(Sentence { span: Span::new(tokens[a].span.start, tokens[b - 1].span.end), first: a, last: b });
        }
    };
    while i < n {
        if i > first && tokens[i].newline_before {
            push(&mut out, first, i);
            first = i;
        }
        if i - first >= MAX_SENTENCE_TOKENS {
            let cut = (first + MAX_SENTENCE_TOKENS / 2..i)
                .rev()
                .find(|&k| tokens[k].kind == TokenKind::Punct && matches!(tokens[k].text(text), "," | ";" | ":"))
                .map_or(i, |k| k + 1);
            push(&mut out, first, cut);
            first = cut;
        }
        let t = &tokens[i];
        let s = t.text(text);
        let is_end_punct = t.kind == TokenKind::Punct && matches!(s, "." | "!" | "?" | "…");
        if is_end_punct && !(s == "." && i > 0 && is_abbreviation(text, &tokens[i - 1], t)) {
            let mut j = i + 1;
            while j < n
                && tokens[j].kind == TokenKind::Punct
                && !tokens[j].space_before
                && is_closer(tokens[j].text(text))
            {
                j += 1;
            }
            if j >= n || starts_sentence(text, &tokens[j]) {
                push(&mut out, first, j);
                first = j;
                i = j;
                continue;
            }
        }
        i += 1;
    }
    push(&mut out, first, n);
    out
}

fn is_closer(s: &str) -> bool {
    matches!(s, "\"" | "”" | "’" | "'" | ")" | "]" | "»")
}

fn starts_sentence(text: &str, t: &Token) -> bool {
    if t.newline_before {
        return true;
    }
    let s = t.text(text);
    let c = s.chars().next().unwrap_or(' ');
    c.is_uppercase() || c.is_ascii_digit() || matches!(s, "\"" | "“" | "‘" | "'" | "(" | "«")
}

fn is_abbreviation(text: &str, prev: &Token, dot: &Token) -> bool {
    if prev.span.end != dot.span.start || prev.kind != TokenKind::Word {
        return false;
    }
    let w = prev.text(text);
    if w.chars().count() == 1 && w.chars().all(char::is_uppercase) {
        return true; // an initial: "J. Smith"
    }
    let lower = w.to_lowercase();
    // A table built once: this runs at every full stop.
    static TABLE: OnceLock<FxHashMap<&'static [u8], u32>> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let mut t = FxHashMap::default();
        for a in ABBREVIATIONS {
            t.insert(a.as_bytes(), 0);
        }
        t
    });
    table.contains_key(lower.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokens::tokenize;

    fn sents(s: &str) -> Vec<&str> {
        let toks = tokenize(s, Span::new(0, s.len()));
        split_sentences(s, &toks).iter().map(|x| x.span.of(s)).collect()
    }

    #[test]
    fn survives_titles_and_abbreviations() {
        assert_eq!(
            sents("Ms. Bruce met the U.S. envoy on Jan. 5. He left. “It ended,” she said.\nNew line"),
            ["Ms. Bruce met the U.S. envoy on Jan. 5.", "He left.", "“It ended,” she said.", "New line"]
        );
    }

    #[test]
    fn endless_sentences_are_cut() {
        let s = "word ".repeat(1000) + "and, more words. Next.";
        let toks = tokenize(&s, Span::new(0, s.len()));
        let out = split_sentences(&s, &toks);
        assert!(
            out.iter().all(|x| x.last - x.first <= MAX_SENTENCE_TOKENS),
            "{:?}",
            out.iter().map(|x| x.last - x.first).collect::<Vec<_>>()
        );
        assert_eq!(out.last().unwrap().span.of(&s), "Next.");
        assert!(out.windows(2).all(|w| w[0].last == w[1].first), "no token is lost");
    }

    #[test]
    fn lowercase_after_dot_continues() {
        assert_eq!(sents("It cost 3 p.m. or so. Next."), ["It cost 3 p.m. or so.", "Next."]);
    }
}
