//! Comparing names across spellings and transliterations
//! ("Darchiev" = "Darchiyev" = "Darciev", "Alexander" = "Aleksandr", "Sergei" = "Sergey").
//!
//! Names are folded to ASCII, then reduced by the digraph equivalences that
//! romanisation systems of Cyrillic, Arabic and Turkish names disagree on
//! (ks/x, kh/h, ch/c, sh/s, zh/z, iy/yi/y → i, w → v, doubled letters), and compared
//! with Jaro–Winkler similarity (`strsim`) on the reduced forms.

/// The reduced form of a folded name, used as a blocking key and for comparison.
pub fn reduce(folded: &str) -> String {
    let mut s: String = folded.chars().filter(|c| c.is_ascii_alphabetic()).collect();
    for (from, to) in [("ks", "x"), ("kh", "h"), ("ch", "c"), ("sh", "s"), ("zh", "z"), ("ph", "f"), ("ck", "k"), ("iy", "i"), ("yi", "i"), ("y", "i"), ("w", "v"), ("ei", "i"), ("ii", "i")] {
        s = s.replace(from, to);
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if !out.ends_with(c) {
            out.push(c);
        }
    }
    out
}

/// Whether two folded names are spellings of the same name.
pub fn same_name(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (ra, rb) = (reduce(a), reduce(b));
    if ra == rb {
        return !ra.is_empty();
    }
    // Long names may differ by one more letter ("alexander" / "alexandr").
    ra.len() >= 5
        && rb.len() >= 5
        && ra.chars().next() == rb.chars().next()
        && ra.chars().last() == rb.chars().last()
        && strsim::jaro_winkler(&ra, &rb) >= 0.93
}

/// Whether two given names (folded; `None` when unknown) can belong to one person.
pub fn given_compatible(a: Option<&str>, b: Option<&str>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => {
            let initial = |s: &str| s.chars().count() == 1;
            if initial(x) || initial(y) {
                x.chars().next() == y.chars().next()
            } else {
                same_name(x, y)
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
    fn different_names_do_not() {
        assert!(!same_name("trump", "truman"));
        assert!(!same_name("coulter", "collins"));
        assert!(!given_compatible(Some("donald"), Some("ivanka")));
        assert!(!same_name("maria", "mario"));
    }
}
