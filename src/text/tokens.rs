//! A small, linear tokenizer for English news text.
//!
//! Words are runs of letters and digits with inner apostrophes and dots kept where
//! they belong to the word ("don't", "U.S."); possessive `'s` / `’s` is split off
//! as its own token; hyphens split words ("US-Russia" → `US` `-` `Russia`) so each
//! part can be a mention. Numbers keep thousands separators and decimals ("20,000", "3.5").

use super::chars::{is_alnum, is_alpha, is_space};
use crate::span::Span;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (possibly with digits, inner apostrophes, or abbreviation dots).
    Word,
    /// Digits, with `,` / `.` separators.
    Number,
    /// The possessive clitic `'s` or `’s` (or a bare `'` after a plural).
    Possessive,
    /// Any other single character.
    Punct,
}

/// One token of a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Byte range in the document text.
    pub span: Span,
    /// Its kind.
    pub kind: TokenKind,
    /// Whether whitespace precedes it.
    pub space_before: bool,
    /// Whether a line break precedes it.
    pub newline_before: bool,
}

impl Token {
    /// The token's text.
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        self.span.of(text)
    }
    /// True when the token starts with an upper-case letter.
    pub fn is_capitalized(&self, text: &str) -> bool {
        if self.kind != TokenKind::Word {
            return false;
        }
        match text.as_bytes().get(self.span.start) {
            Some(&b) if b.is_ascii() && self.span.end > self.span.start => b.is_ascii_uppercase(),
            _ => self.text(text).chars().next().is_some_and(char::is_uppercase),
        }
    }
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Tokenizes `text[span]`; offsets are into `text`.
pub fn tokenize(text: &str, span: Span) -> Vec<Token> {
    let s = span.of(text);
    let base = span.start;
    let bytes = char_indices(s);
    let mut out = Vec::with_capacity(bytes.len() / 5 + 1);
    let mut i = 0;
    let mut space_before = true;
    let mut newline_before = true;
    let end_of = |k: usize| if k < bytes.len() { bytes[k].0 } else { s.len() };
    while i < bytes.len() {
        let (b, c) = bytes[i];
        if is_space(c) {
            space_before = true;
            if c == '\n' {
                newline_before = true;
            }
            i += 1;
            continue;
        }
        let start = i;
        let kind;
        if c.is_ascii_digit() {
            i += 1;
            while i < bytes.len() {
                let ch = bytes[i].1;
                if ch.is_ascii_digit() {
                    i += 1;
                } else if (ch == ',' || ch == '.') && i + 1 < bytes.len() && bytes[i + 1].1.is_ascii_digit() {
                    i += 2;
                } else {
                    break;
                }
            }
            // Ordinals and units glued on: "27th", "10am".
            while i < bytes.len() && is_alpha(bytes[i].1) {
                i += 1;
            }
            kind = TokenKind::Number;
        } else if is_alnum(c) {
            i += 1;
            loop {
                if i >= bytes.len() {
                    break;
                }
                let ch = bytes[i].1;
                if is_alnum(ch) || is_combining(ch) {
                    i += 1;
                } else if is_apostrophe(ch)
                    && i + 1 < bytes.len()
                    && is_alpha(bytes[i + 1].1)
                    && !is_possessive_at(&bytes, i)
                {
                    i += 2; // don't, O'Brien
                } else if ch == '.'
                    && i + 1 < bytes.len()
                    && is_alpha(bytes[i + 1].1)
                    && i + 2 <= bytes.len()
                    && abbreviation_dot(&bytes, start, i)
                {
                    i += 2; // U.S, D.C
                } else {
                    break;
                }
            }
            // Trailing dot of an abbreviation made of single letters: "U.S." "D.C."
            if i < bytes.len() && bytes[i].1 == '.' && is_dotted_initials(&s[bytes[start].0..end_of(i)]) {
                i += 1;
            }
            kind = TokenKind::Word;
        } else if is_apostrophe(c) && is_possessive_at(&bytes, i) {
            i += 2;
            kind = TokenKind::Possessive;
        } else {
            i += 1;
            kind = TokenKind::Punct;
        }
        let _ = b;
        out.push(Token {
            span: Span::new(base + bytes[start].0, base + end_of(i)),
            kind,
            space_before,
            newline_before,
        });
        space_before = false;
        newline_before = false;
    }
    out
}

/// `s.char_indices().collect()`, decoding only non-ASCII characters.
fn char_indices(s: &str) -> Vec<(usize, char)> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] < 0x80 {
            out.push((i, b[i] as char));
            i += 1;
        } else {
            let c = s[i..].chars().next().unwrap_or_default();
            out.push((i, c));
            i += c.len_utf8();
        }
    }
    out
}

fn is_combining(c: char) -> bool {
    ('\u{0300}'..='\u{036F}').contains(&c)
}

/// `'s` followed by a non-letter, after a letter: the possessive clitic.
fn is_possessive_at(bytes: &[(usize, char)], i: usize) -> bool {
    i > 0
        && is_alnum(bytes[i - 1].1)
        && i + 1 < bytes.len()
        && (bytes[i + 1].1 == 's' || bytes[i + 1].1 == 'S')
        && (i + 2 >= bytes.len() || !is_alnum(bytes[i + 2].1))
}

/// A dot inside a word continues it only in dotted initials such as "U.S".
fn abbreviation_dot(bytes: &[(usize, char)], start: usize, dot: usize) -> bool {
    // every segment so far is a single letter, and the next segment is a single letter too
    let seg_ok = (start..dot).all(|k| if (k - start) % 2 == 0 { is_alpha(bytes[k].1) } else { bytes[k].1 == '.' })
        && (dot - start) % 2 == 1;
    let next_single = dot + 2 >= bytes.len() || !is_alnum(bytes[dot + 2].1);
    seg_ok && next_single
}

fn is_dotted_initials(w: &str) -> bool {
    let parts: Vec<&str> = w.split('.').collect();
    parts.len() >= 2 && parts.iter().all(|p| p.chars().count() == 1 && p.chars().all(char::is_alphabetic))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<&str> {
        tokenize(s, Span::new(0, s.len())).iter().map(|t| t.text(s)).collect()
    }

    #[test]
    fn splits_possessive_and_keeps_abbreviations() {
        assert_eq!(toks("Russia’s U.S. envoy"), ["Russia", "’s", "U.S.", "envoy"]);
        assert_eq!(toks("the U.S. Embassy in D.C."), ["the", "U.S.", "Embassy", "in", "D.C."]);
        assert_eq!(toks("don't O'Brien"), ["don't", "O'Brien"]);
    }

    #[test]
    fn numbers_and_hyphens() {
        assert_eq!(toks("some 20,000 US-Russia 3.5 27th"), ["some", "20,000", "US", "-", "Russia", "3.5", "27th"]);
    }

    #[test]
    fn end_of_sentence_dot_is_separate() {
        assert_eq!(toks("in Istanbul."), ["in", "Istanbul", "."]);
    }
}
