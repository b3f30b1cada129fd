//! Character classes with an ASCII fast path, for the loops that visit every character.
//!
//! The WebAssembly build is optimised for size, and there `char::is_alphanumeric` and
//! its kin are calls into the standard library for every character. These tests are
//! always inlined and answer ASCII with a comparison; anything else goes to the
//! standard library, so the answers are the same.

/// `c.is_alphanumeric()`.
#[inline(always)]
pub fn is_alnum(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        c.is_alphanumeric()
    }
}

/// `c.is_alphabetic()`.
#[inline(always)]
pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        c.is_alphabetic()
    }
}

/// `c.is_whitespace()`.
#[inline(always)]
pub fn is_space(c: char) -> bool {
    if c.is_ascii() {
        matches!(c, ' ' | '\t'..='\r')
    } else {
        c.is_whitespace()
    }
}

/// `c.is_uppercase()`.
#[inline(always)]
pub fn is_upper(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_uppercase()
    } else {
        c.is_uppercase()
    }
}

/// `c.is_lowercase()`.
#[inline(always)]
pub fn is_lower(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_lowercase()
    } else {
        c.is_lowercase()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agree_with_std() {
        let samples = (0u32..0x3000)
            .chain([0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF, 0x1D400, 0x1F600]);
        for c in samples.filter_map(char::from_u32) {
            assert_eq!(is_alnum(c), c.is_alphanumeric(), "{c:?}");
            assert_eq!(is_alpha(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(is_space(c), c.is_whitespace(), "{c:?}");
            assert_eq!(is_upper(c), c.is_uppercase(), "{c:?}");
            assert_eq!(is_lower(c), c.is_lowercase(), "{c:?}");
        }
    }
}
