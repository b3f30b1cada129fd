//! The one offset type, and conversion to the public offset unit.
//!
//! Internally every stage works with **byte** ranges into a document's normalised
//! text (cheap to slice in Rust). The public output uses **Unicode code point**
//! offsets, half-open (`text.chars().skip(start).take(end - start)`), converted
//! once, at the report boundary, by [`CharIndex`].

/// A half-open byte range `[start, end)` into one document's normalised text.
/// Both ends always lie on `char` boundaries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (bytes).
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end);
        Span { start, end }
    }
    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    /// True when the span is empty.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }
    /// The smallest span covering both.
    pub fn cover(&self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
    /// True when the two spans share at least one byte.
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
    /// True when `other` lies inside `self`.
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    /// The text this span covers.
    pub fn of<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }
}

/// The largest char boundary of `text` at or before byte `i`.
pub fn floor_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Converts byte offsets of one text to code point offsets in O(block) time
/// per lookup, with memory linear in the text length / [`BLOCK`].
pub struct CharIndex<'a> {
    text: &'a str,
    /// `checkpoints[i]` = number of chars in `text[..i * BLOCK]` (rounded down to a boundary).
    checkpoints: Vec<(usize, usize)>,
    /// The text is ASCII: every byte offset is its code point offset.
    ascii: bool,
}

/// Bytes between two checkpoints of a [`CharIndex`].
pub const BLOCK: usize = 256;

impl<'a> CharIndex<'a> {
    /// Builds the index in one linear pass.
    pub fn new(text: &'a str) -> Self {
        let mut checkpoints = Vec::with_capacity(text.len() / BLOCK + 1);
        let mut chars = 0usize;
        let mut next = 0usize;
        // Every byte but a UTF-8 continuation byte (0b10xx_xxxx) starts a char.
        let bytes = text.as_bytes();
        let mut b = 0;
        while b < bytes.len() {
            if bytes[b] & 0xC0 != 0x80 {
                if b >= next {
                    checkpoints.push((b, chars));
                    next = b + BLOCK;
                }
                chars += 1;
            }
            b += 1;
        }
        if checkpoints.is_empty() {
            checkpoints.push((0, 0));
        }
        CharIndex { text, checkpoints, ascii: chars == text.len() }
    }

    /// Code point offset of byte offset `byte` (which must be a char boundary).
    pub fn char_of(&self, byte: usize) -> usize {
        if self.ascii && byte <= self.text.len() {
            return byte;
        }
        let i = self.checkpoints.partition_point(|&(b, _)| b <= byte).saturating_sub(1);
        let (b0, c0) = self.checkpoints[i];
        c0 + self.text[b0..byte].chars().count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_offsets_count_code_points() {
        let text = "Türkiye – “quoted” 😀 end".repeat(40);
        let idx = CharIndex::new(&text);
        assert!(!idx.ascii);
        for (b, _) in text.char_indices() {
            assert_eq!(idx.char_of(b), text[..b].chars().count());
        }
        assert_eq!(idx.char_of(text.len()), text.chars().count());
    }

    #[test]
    fn ascii_text() {
        let text = "Talks in Istanbul lasted six hours.";
        let idx = CharIndex::new(text);
        assert!(idx.ascii);
        assert_eq!(idx.char_of(9), 9);
        assert_eq!(idx.char_of(text.len()), text.len());
    }

    #[test]
    fn empty_text() {
        assert_eq!(CharIndex::new("").char_of(0), 0);
    }
}
