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
                } else if let Some(next) = spaced_separator(&bytes, start, i) {
                    i = next;
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

/// Text rebuilt from tokens (as in some news corpora) writes a space after a number's
/// separator: "120, 000" (thousands), "5. 9" and "9. 35am" (decimals and clock times).
/// At `sep` (a `,` or `.` right after the digits that began at `start`), returns where the
/// number continues when the separator is followed by one space and digits that can only
/// belong to it: three digits and no more after a comma (after a group of at most three
/// digits), and one or two digits after a dot that follows one or two digits. A year ending
/// a sentence ("in 2005. 9 people …") is four digits and never joined.
fn spaced_separator(bytes: &[(usize, char)], start: usize, sep: usize) -> Option<usize> {
    let digit = |k: usize| bytes.get(k).is_some_and(|b| b.1.is_ascii_digit());
    if bytes.get(sep + 1).map(|b| b.1) != Some(' ') || !digit(sep + 2) {
        return None;
    }
    let group = (start..sep).rev().take_while(|&k| bytes[k].1.is_ascii_digit()).count();
    let mut end = sep + 2;
    while digit(end) {
        end += 1;
    }
    let after = end - (sep + 2);
    let ok = match bytes[sep].1 {
        ',' => group <= 3 && after == 3 && !after_month(bytes, start),
        _ => group == sep - start && group <= 2 && after <= 2,
    };
    ok.then_some(end)
}

/// Whether the word before `start` (across one space) is a month: "December 13, 100 soldiers"
/// is a day and a count, not 13,100.
fn after_month(bytes: &[(usize, char)], start: usize) -> bool {
    if start < 2 || bytes[start - 1].1 != ' ' {
        return false;
    }
    let first = (0..start - 1).rev().take_while(|&k| bytes[k].1.is_ascii_alphabetic() || bytes[k].1 == '.').last();
    let Some(first) = first else { return false };
    let word: String = bytes[first..start - 1].iter().map(|b| b.1.to_ascii_lowercase()).collect();
    let word = word.trim_end_matches('.');
    const MONTHS: [&str; 12] = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
    word.len() >= 3 && MONTHS.iter().any(|m| word.starts_with(m)) && (word.len() <= 4 || is_month_name(word))
}

fn is_month_name(w: &str) -> bool {
    matches!(
        w,
        "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "sept"
    )
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
    fn numbers_written_with_a_space_after_the_separator() {
        assert_eq!(toks("home to 120, 000 people"), ["home", "to", "120, 000", "people"]);
        assert_eq!(
            toks("a 5. 9-magnitude quake at 9. 35am"),
            ["a", "5. 9", "-", "magnitude", "quake", "at", "9. 35am"]
        );
        // Lists, years ending a sentence and longer groups stay apart.
        assert_eq!(toks("1, 2, 3"), ["1", ",", "2", ",", "3"]);
        assert_eq!(toks("in 2005. 9 died"), ["in", "2005", ".", "9", "died"]);
        assert_eq!(toks("in 10, 2000"), ["in", "10", ",", "2000"]);
        assert_eq!(toks("December 13, 100 soldiers"), ["December", "13", ",", "100", "soldiers"]);
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
