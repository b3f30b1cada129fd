//! Comparing names across spellings and transliterations
//! ("Darchiev" = "Darchiyev" = "Darciev", "Alexander" = "Aleksandr", "Sergei" = "Sergey").
//!
//! Names are folded to ASCII, then reduced by the digraph equivalences that
//! romanisation systems of Cyrillic, Arabic and Turkish names disagree on
//! (ks/x, kh/h, ch/c, sh/s, zh/z, iy/yi/y → i, w → v, doubled letters), and compared
//! with Jaro–Winkler similarity (`strsim`) on the reduced forms.

use super::types::FastMap;
use std::rc::Rc;

/// The reduced form of a folded name, used as a blocking key and for comparison.
pub fn reduce(folded: &str) -> String {
    // The same as `str::replace` applied pair by pair, in this order, then doubled
    // letters collapsed; done in place on one ASCII buffer (this runs for every
    // name comparison, so it must not allocate per step).
    let mut s: Vec<u8> = folded.bytes().filter(u8::is_ascii_alphabetic).collect();
    for (from, to) in [
        ("ks", "x"),
        ("kh", "h"),
        ("ch", "c"),
        ("sh", "s"),
        ("zh", "z"),
        ("ph", "f"),
        ("ck", "k"),
        ("iy", "i"),
        ("yi", "i"),
        ("y", "i"),
        ("w", "v"),
        ("ei", "i"),
        ("ii", "i"),
    ] {
        replace_in_place(&mut s, from.as_bytes(), to.as_bytes());
    }
    s.dedup();
    // Only ASCII letters are left.
    String::from_utf8(s).unwrap_or_default()
}

/// Left-to-right, non-overlapping replacement, like `str::replace`, for `to` no longer than `from`.
fn replace_in_place(s: &mut Vec<u8>, from: &[u8], to: &[u8]) {
    debug_assert!(to.len() <= from.len() && !from.is_empty());
    // Byte by byte: `starts_with` calls `memcmp`, costly for one or two bytes.
    let at = |s: &[u8], r: usize| r + from.len() <= s.len() && from.iter().enumerate().all(|(i, &b)| s[r + i] == b);
    // Most pairs do not occur at all; before the first occurrence nothing moves.
    let Some(first) = (0..s.len()).find(|&r| at(s, r)) else { return };
    let (mut r, mut w) = (first, first);
    while r < s.len() {
        if at(s, r) {
            s[w..w + to.len()].copy_from_slice(to);
            w += to.len();
            r += from.len();
        } else {
            s[w] = s[r];
            w += 1;
            r += 1;
        }
    }
    s.truncate(w);
}

/// [`reduce`] memoised: the same names recur across documents and comparisons.
#[derive(Default)]
pub struct Reducer(FastMap<String, Rc<str>>);

impl Reducer {
    /// The reduced form of a folded name.
    pub fn reduce(&mut self, folded: &str) -> Rc<str> {
        if let Some(r) = self.0.get(folded) {
            return r.clone();
        }
        let r: Rc<str> = reduce(folded).into();
        self.0.insert(folded.to_string(), r.clone());
        r
    }
}

/// Whether two folded names are spellings of the same name.
pub fn same_name(a: &str, b: &str) -> bool {
    a == b || same_reduced(&reduce(a), &reduce(b))
}

/// [`same_name`] of two different names, given their [`reduce`]d forms.
pub fn same_reduced(ra: &str, rb: &str) -> bool {
    if ra == rb {
        return !ra.is_empty();
    }
    // Long names may differ by one more letter ("alexander" / "alexandr").
    ra.len() >= 5
        && rb.len() >= 5
        && ra.chars().next() == rb.chars().next()
        && ra.chars().last() == rb.chars().last()
        && strsim::jaro_winkler(ra, rb) >= 0.93
}

/// Whether `folded` is, by [`same_name`], a spelling of one of the names whose
/// reduced forms are indexed by their first and last letter (see
/// `person::promote_known_surnames`); exact matches are the caller's business.
pub fn same_name_as_any(by_edges: &FastMap<(u8, u8), Vec<String>>, folded: &str) -> bool {
    let r = reduce(folded);
    let (Some(&a), Some(&z)) = (r.as_bytes().first(), r.as_bytes().last()) else { return false };
    by_edges.get(&(a, z)).is_some_and(|names| {
        names.iter().any(|n| *n == r || (n.len() >= 5 && r.len() >= 5 && strsim::jaro_winkler(n, &r) >= 0.93))
    })
}

/// Name particles that one spelling writes and another drops ("LaCalamita" / "Calamita",
/// "al-Amin" / "Amin").
const PARTICLES: &[&str] = &["al", "el", "la", "le", "de", "di", "da", "du", "del", "van", "von", "ben", "bin", "abu"];

/// The consonant skeleton of a reduced name, for spellings that differ by a vowel or a
/// doubled letter ("Karavan" / "Karvan", "Khaledin" / "Khaldin", "Wolff" / "Wolfe"): a
/// leading particle dropped ("lacalamita" → "calamita"), Greek "gi" before a vowel read as
/// "y" ("Giannis" / "Yiannis"), then the first letter and every consonant after it, doubles
/// collapsed.
pub fn skeleton(folded: &str) -> String {
    let mut r = reduce(folded);
    for p in PARTICLES {
        if r.len() >= p.len() + 4 && r.starts_with(p) {
            r.drain(..p.len());
            break;
        }
    }
    let b = r.as_bytes();
    if b.len() > 2 && b[0] == b'g' && b[1] == b'i' && matches!(b[2], b'a' | b'e' | b'o' | b'u') {
        r.remove(0);
    }
    let mut out = String::new();
    for (k, ch) in r.chars().enumerate() {
        let vowel = matches!(ch, 'a' | 'e' | 'i' | 'o' | 'u');
        if (k == 0 || !vowel) && !out.ends_with(ch) {
            out.push(ch);
        }
    }
    out
}

/// Whether two given names (folded; `None` when unknown) can belong to one person: an
/// initial fits the names it begins, a short form the name it begins ("Fred", "Frederick"),
/// and spellings of one name fit each other.
pub fn given_compatible(a: Option<&str>, b: Option<&str>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => {
            let initial = |s: &str| s.chars().count() == 1;
            if initial(x) || initial(y) {
                x.chars().next() == y.chars().next()
            } else {
                let (short, long) = if x.len() <= y.len() { (x, y) } else { (y, x) };
                (short.len() >= 3 && long.starts_with(short)) || same_name(x, y)
            }
        }
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transliteration_variants_match() {
        assert!(same_name("darchiev", "darciev"));
        assert!(same_name("darchiev", "darchiyev"));
        assert!(same_name("alexander", "aleksandr"));
        assert!(same_name("sergei", "sergey"));
        assert!(same_name("zelensky", "zelenskyy"));
    }

    #[test]
    fn reduce_equals_sequential_replace() {
        fn slow(folded: &str) -> String {
            let mut s: String = folded.chars().filter(|c| c.is_ascii_alphabetic()).collect();
            for (from, to) in [
                ("ks", "x"),
                ("kh", "h"),
                ("ch", "c"),
                ("sh", "s"),
                ("zh", "z"),
                ("ph", "f"),
                ("ck", "k"),
                ("iy", "i"),
                ("yi", "i"),
                ("y", "i"),
                ("w", "v"),
                ("ei", "i"),
                ("ii", "i"),
            ] {
                s = s.replace(from, to);
            }
            let mut out = String::new();
            for c in s.chars() {
                if !out.ends_with(c) {
                    out.push(c);
                }
            }
            out
        }
        for w in [
            "darchiev",
            "khrushchev",
            "yiyiy",
            "kks",
            "shchedrin",
            "zelenskyy",
            "iiyiei",
            "wwoo",
            "aleksandr",
            "phillip",
            "o'neill",
            "müller",
            "",
        ] {
            assert_eq!(reduce(w), slow(w), "{w}");
        }
    }

    #[test]
    fn skeletons_join_vowel_and_particle_variants() {
        for (a, b) in [("karavan", "karvan"), ("khaledin", "khaldin"), ("wolff", "wolfe"), ("calamita", "lacalamita")] {
            assert_eq!(skeleton(a), skeleton(b), "{a} {b}");
        }
        assert_eq!(skeleton("giannis"), skeleton("yiannis"));
        assert_ne!(skeleton("gavarzin"), skeleton("gabardin"));
        assert_ne!(skeleton("trump"), skeleton("truman"));
    }

    #[test]
    fn different_names_do_not() {
        assert!(!same_name("trump", "truman"));
        assert!(!same_name("coulter", "collins"));
        assert!(!given_compatible(Some("donald"), Some("ivanka")));
        assert!(given_compatible(Some("fred"), Some("frederick")) && given_compatible(Some("j"), Some("john")));
        assert!(
            !given_compatible(Some("charlie"), Some("charlene")) && !given_compatible(Some("katie"), Some("kathryn"))
        );
        assert!(!same_name("maria", "mario"));
    }
}
