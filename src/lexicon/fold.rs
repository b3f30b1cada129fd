//! Folding surface forms for lookup: one spelling per name whatever its case, diacritics,
//! dots, hyphens or script (Latin, Greek, Cyrillic).

use super::fold_table::{LATIN_1E, LATIN_C0, LATIN_MULTI};

/// Folds a surface form for lookup: Latin letters without diacritics, Greek and
/// Cyrillic transliterated, lower case, dots and apostrophes dropped, whitespace and
/// hyphens collapsed to one space ("U.S." → "us", "Türkiye" → "turkiye",
/// "Darçiev" → "darciev", "Дарчиев" → "darchiev"). Characters of other scripts are
/// kept (lower-cased), so names in them still fold to distinct keys.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out);
    out
}

/// Appends [`fold`]`(s)` to `out` (a buffer reused for many words: see `Corpus::new`).
pub fn fold_into(s: &str, out: &mut String) {
    // Most words are ASCII letters and digits: folding is lower-casing them.
    if s.bytes().all(|b| b.is_ascii_alphanumeric()) {
        let start = out.len();
        out.push_str(s);
        out[start..].make_ascii_lowercase();
    } else if s.is_ascii() {
        fold_ascii(s.as_bytes(), out);
    } else {
        fold_each(s, |c| out.push(c));
    }
}

/// [`fold_each`] for ASCII text (names of several words, "U.S."), byte by byte.
fn fold_ascii(s: &[u8], out: &mut String) {
    let mut space = false;
    let mut started = false;
    for &b in s {
        match b {
            b'.' | b'\'' => {}
            // char::is_whitespace in ASCII: tab to carriage return, and space.
            b'\t'..=b'\r' | b' ' | b'-' => space = started,
            _ => {
                if space {
                    out.push(' ');
                    space = false;
                }
                started = true;
                out.push(char::from(b.to_ascii_lowercase()));
            }
        }
    }
}

/// The characters of [`fold`]`(s)`, one by one, without allocating.
pub(super) fn fold_each(s: &str, mut emit: impl FnMut(char)) {
    let mut space = false;
    let mut started = false;
    let mut push = |c: char, emit: &mut dyn FnMut(char)| {
        if c == '.' || c == '\'' {
            return;
        }
        if c.is_whitespace() || c == '-' {
            space = started;
            return;
        }
        if space {
            emit(' ');
            space = false;
        }
        started = true;
        if c.is_ascii() {
            emit(c.to_ascii_lowercase());
        } else {
            c.to_lowercase().for_each(&mut *emit);
        }
    };
    for c in s.chars() {
        if c.is_ascii() {
            push(c, &mut emit);
        } else {
            match translit(c) {
                Some(t) => t.chars().for_each(|t| push(t, &mut emit)),
                None => push(c, &mut emit),
            }
        }
    }
}

const LETTERS: &str = "abcdefghijklmnopqrstuvwxyz";
/// Cyrillic U+0400–U+045F (Russian, Ukrainian, Belarusian, Serbian, Macedonian), BGN/PCGN-like.
const CYRILLIC: [&str; 96] = [
    "e", "e", "dj", "g", "ye", "dz", "i", "yi", "j", "lj", "nj", "c", "k", "i", "u", "dz", // Ѐ–Џ
    "a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", // А–П
    "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", // Р–Я
    "a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", // а–п
    "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", // р–я
    "e", "e", "dj", "g", "ye", "dz", "i", "yi", "j", "lj", "nj", "c", "k", "i", "u", "dz", // ѐ–џ
];
/// Greek α–ω (U+03B1–U+03C9; capitals are 0x20 lower).
const GREEK: [&str; 25] = [
    "a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o", "p", "r", "s", "s", "t", "y", "f",
    "ch", "ps", "o",
];

/// The ASCII spelling of a non-ASCII character, where [`fold`] has one.
fn translit(c: char) -> Option<&'static str> {
    let letter = |b: u8| match b {
        b'a'..=b'z' => Some(&LETTERS[(b - b'a') as usize..(b - b'a') as usize + 1]),
        b'0'..=b';' => Some(LATIN_MULTI[(b - b'0') as usize]),
        _ => None,
    };
    let cp = c as u32;
    match cp {
        0xA0 => Some(" "),
        0xAD | 0x200B..=0x200F | 0x2060 | 0xFEFF | 0x0300..=0x036F => Some(""),
        0xC0..=0x24F => letter(LATIN_C0[(cp - 0xC0) as usize]),
        0x1E00..=0x1EFF => letter(LATIN_1E[(cp - 0x1E00) as usize]),
        0x400..=0x45F => Some(CYRILLIC[(cp - 0x400) as usize]),
        0x490 | 0x491 => Some("g"), // Ґ ґ
        0x492 | 0x493 => Some("gh"),
        0x49A | 0x49B => Some("k"),
        0x4A2 | 0x4A3 => Some("ng"),
        0x4AE..=0x4B1 => Some("u"),
        0x4B2 | 0x4B3 => Some("kh"),
        0x4B6 | 0x4B7 => Some("ch"),
        0x4BA | 0x4BB => Some("h"),
        0x4D8 | 0x4D9 => Some("a"),
        0x4E8 | 0x4E9 => Some("o"),
        0x3B1..=0x3C9 => Some(GREEK[(cp - 0x3B1) as usize]),
        0x391..=0x3A9 => GREEK.get((cp - 0x391) as usize).copied(),
        0x386 | 0x3AC => Some("a"),
        0x388 | 0x3AD => Some("e"),
        0x389 | 0x38A | 0x390 | 0x3AE | 0x3AF | 0x3AA | 0x3CA => Some("i"),
        0x38C | 0x38F | 0x3CC | 0x3CE => Some("o"),
        0x38E | 0x3AB | 0x3B0 | 0x3CB | 0x3CD => Some("y"),
        0x2000..=0x200A | 0x202F | 0x205F | 0x3000 => Some(" "),
        0x2010..=0x2015 | 0x2212 => Some("-"),
        0x2018..=0x201B | 0x2032 | 0x02B9 | 0x02BB..=0x02BF => Some("'"),
        0x201C..=0x201F | 0x00AB | 0x00BB => Some("\""),
        0x2026 => Some("..."),
        _ => None,
    }
}
