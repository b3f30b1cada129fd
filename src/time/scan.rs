//! A tiny token scanner tailored to time expressions.
//!
//! The crate tokenizer splits hyphens and keeps abbreviation dots inside words;
//! for TIMEX3 matching a flatter view is easier: a token is a maximal run of
//! letters/digits (with inner apostrophes, "o'clock"; with digit-internal `,`/`.`
//! "2,000" "3.30"), or one other non-space character. Linear in the input.

use crate::span::Span;
use crate::text::chars::{is_alnum, is_alpha, is_space, is_upper};

/// One scanned token.
#[derive(Debug, Clone)]
pub struct Tok {
    /// Byte span in the document text.
    pub span: Span,
    /// Lower-cased text.
    pub low: String,
    /// Starts with an upper-case letter.
    pub cap: bool,
    /// Whitespace (or the sentence start) precedes it.
    pub space_before: bool,
    /// Value when the token is a plain run of ASCII digits (at most 9 of them).
    pub num: Option<i64>,
    /// Number of ASCII digits when `num` is set.
    pub digits: usize,
}

impl Tok {
    /// True when this token's text is `w` (lower-case comparison).
    pub fn is(&self, w: &str) -> bool {
        self.low == w
    }
    /// True when the token is a word made of letters.
    pub fn is_word(&self) -> bool {
        self.low.chars().next().is_some_and(char::is_alphabetic)
    }
}

/// Lower-cased token text at `i`, or "" past the end (the matchers' lookahead).
pub fn at(t: &[Tok], i: usize) -> &str {
    t.get(i).map_or("", |x| x.low.as_str())
}

fn is_apos(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Scans `text[span]` into tokens (offsets into `text`). (Tests: the pipeline scans once per
/// document in [`super::recognize_all`].)
#[cfg(test)]
pub fn scan(text: &str, span: Span) -> Vec<Tok> {
    let mut out = Vec::new();
    Scanner::default().scan_into(text, span, &mut out);
    out
}

/// A reusable scanner: it keeps the lower-cased strings of the tokens it scanned
/// before, so scanning sentence after sentence allocates nothing once they have
/// grown (a `String` per token was a large part of the time stage, in WebAssembly
/// especially).
#[derive(Debug, Default)]
pub struct Scanner {
    pool: Vec<String>,
}

/// The character at byte `p` of `s` and its length in bytes (ASCII without decoding).
fn char_at(s: &str, p: usize) -> Option<(char, usize)> {
    let b = *s.as_bytes().get(p)?;
    if b < 0x80 {
        return Some((b as char, 1));
    }
    let c = s.get(p..)?.chars().next()?;
    Some((c, c.len_utf8()))
}

impl Scanner {
    /// Scans `text[span]` into `out`, replacing its tokens (offsets into `text`).
    pub fn scan_into(&mut self, text: &str, span: Span, out: &mut Vec<Tok>) {
        self.pool.extend(out.drain(..).map(|t| t.low));
        let Some(s) = text.get(span.start..span.end) else { return };
        let mut p = 0;
        let mut space = true;
        while let Some((c, len)) = char_at(s, p) {
            if is_space(c) {
                space = true;
                p += len;
                continue;
            }
            let start = p;
            p += len;
            if is_alnum(c) {
                p = word_end(s, p);
            }
            let raw = &s[start..p];
            // "11am", "8.40pm": the number and "am"/"pm" as two tokens, as in "11 am".
            let b = raw.as_bytes();
            let split = (b.len() >= 3 && b[0].is_ascii_digit() && matches!(b[b.len() - 1], b'm' | b'M'))
                .then(|| b.len() - 2)
                .filter(|&k| b[k - 1].is_ascii_digit() && matches!(b[k], b'a' | b'A' | b'p' | b'P'));
            // One call site for `token` (it stays inlined): the pieces in a loop.
            let (mut from, mut to) = (0, split.unwrap_or(raw.len()));
            while from < raw.len() {
                out.push(self.token(&raw[from..to], span.start + start + from, from == 0 && is_upper(c), space));
                (from, to, space) = (to, raw.len(), false);
            }
        }
    }

    /// The token for `raw` at byte `start` of the text.
    fn token(&mut self, raw: &str, start: usize, cap: bool, space_before: bool) -> Tok {
        let plain_number = raw.len() <= 9 && raw.bytes().all(|b| b.is_ascii_digit());
        let num = plain_number.then(|| raw.bytes().fold(0, |n, b| n * 10 + i64::from(b - b'0')));
        // Room for most words at once: a pooled string then rarely grows.
        let mut low = self.pool.pop().unwrap_or_else(|| String::with_capacity(16));
        low.clear();
        if raw.is_ascii() {
            low.push_str(raw);
            low.make_ascii_lowercase();
        } else {
            low.push_str(&raw.to_lowercase());
        }
        Tok {
            span: Span::new(start, start + raw.len()),
            low,
            cap,
            space_before,
            num,
            digits: if num.is_some() { raw.len() } else { 0 },
        }
    }
}

/// The end of the word whose next character is at byte `p` of `s`: letters and
/// digits, inner apostrophes ("o'clock", not the possessive "'s") and `,`/`.`
/// between digits ("2,000", "3.30").
fn word_end(s: &str, mut p: usize) -> usize {
    loop {
        // Fast path: a run of ASCII letters and digits.
        p += s.as_bytes()[p..].iter().take_while(|b| b.is_ascii_alphanumeric()).count();
        let Some((ch, len)) = char_at(s, p) else { break };
        if is_alnum(ch) {
            p += len;
            continue;
        }
        let next = char_at(s, p + len);
        let next_alpha = next.is_some_and(|x| is_alpha(x.0));
        let next_digit = next.is_some_and(|x| x.0.is_ascii_digit());
        let prev_digit = s.as_bytes()[p - 1].is_ascii_digit();
        let inner_apos = is_apos(ch) && next_alpha && !prev_digit && !is_possessive(s, p + len);
        match next {
            Some((_, next_len)) if inner_apos || (ch == ',' || ch == '.') && prev_digit && next_digit => {
                p += len + next_len
            }
            _ => break,
        }
    }
    p
}

/// `'s` closing a word (followed by a non-letter), the character after the
/// apostrophe being at byte `p`: the possessive, kept apart.
fn is_possessive(s: &str, p: usize) -> bool {
    match char_at(s, p) {
        Some(('s' | 'S', len)) => !char_at(s, p + len).is_some_and(|x| is_alpha(x.0)),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lows(s: &str) -> Vec<String> {
        scan(s, Span::new(0, s.len())).into_iter().map(|t| t.low).collect()
    }

    #[test]
    fn tokens() {
        assert_eq!(lows("Feb. 27, 2,000 3.30 p.m."), ["feb", ".", "27", ",", "2,000", "3.30", "p", ".", "m", "."]);
        assert_eq!(lows("mid-2011 year's o'clock 1990s"), ["mid", "-", "2011", "year", "'", "s", "o'clock", "1990s"]);
        assert_eq!(lows("the '90s"), ["the", "'", "90s"]);
        assert_eq!(lows("11am 8.40PM 07AM 1am"), ["11", "am", "8.40", "pm", "07", "am", "1", "am"]);
    }

    #[test]
    fn unicode_and_offsets() {
        let s = "Türkiye – “quoted” 😀 end";
        for t in scan(s, Span::new(0, s.len())) {
            assert!(s.is_char_boundary(t.span.start) && s.is_char_boundary(t.span.end));
        }
        assert!(scan(s, Span::new(1, 2)).is_empty()); // not a char boundary: no panic
    }
}
