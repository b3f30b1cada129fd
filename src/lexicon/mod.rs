//! Word lists and gazetteers shared by the stages.
//!
//! Gazetteers and given names are generated into `data/` by `scripts/gen-data.mjs`
//! from openly licensed packages (see `data/SOURCES.md`) and embedded at compile
//! time ([`gazetteer`]). [`fold`] gives every name one spelling for lookups (its Latin
//! table is generated: [`fold_table`]). The short closed-class lists ([`words`]:
//! honorifics, office words, heads of organisation and facility names) are general
//! English, not tied to any story.

mod fold;
mod fold_table;
mod gazetteer;
mod words;

pub use fold::{fold, fold_into};
pub use gazetteer::{gazetteer, Place};
pub use words::*;

use rustc_hash::FxHashMap as HashMap;

/// A table of which lists hold each word: the bits of every list it is in, OR'd
/// (one hash lookup answers all the lists at once).
pub fn bits_table(lists: &[(&[&'static str], u32)]) -> HashMap<&'static [u8], u32> {
    let mut t = HashMap::default();
    for &(words, bit) in lists {
        for w in words {
            *t.entry(w.as_bytes()).or_insert(0) |= bit;
        }
    }
    t
}

#[cfg(test)]
mod tests {
    use super::fold::fold_each;
    use super::*;

    #[test]
    fn ascii_folding_agrees_with_the_general_path() {
        let alphabet = ["a", "Z", "9", ".", "'", "-", " ", "\t", "\u{b}", "\r", "\"", ",", "_"];
        let mut cases = vec![String::new()];
        for _ in 0..4 {
            cases = cases.iter().flat_map(|c| alphabet.iter().map(move |x| format!("{c}{x}"))).collect();
            for c in &cases {
                let mut general = String::new();
                fold_each(c, |ch| general.push(ch));
                assert_eq!(fold(c), general, "{c:?}");
            }
        }
    }

    #[test]
    fn folds_and_looks_up() {
        assert_eq!(fold("U.S."), "us");
        assert_eq!(fold("Türkiye"), "turkiye");
        assert_eq!(fold("Darçiev"), "darciev");
        assert_eq!(fold("Дарчиев"), "darchiev");
        assert_eq!(fold("Сергей Лавров"), "sergey lavrov");
        assert_eq!(fold("Κυριάκος Μητσοτάκης"), "kyriakos mitsotakis");
        assert_eq!(fold("Łódź  São-Paulo"), "lodz sao paulo");
        assert_eq!(fold("Ærø Straße Œuvre"), "aero strasse oeuvre");
        assert_eq!(fold("Nguyễn Tấn Dũng"), "nguyen tan dung");
        assert_eq!(fold("Lohan’s “Betty”"), "lohans \"betty\"");
        assert_eq!(fold("北京 Ⅻ 😀"), "北京 ⅻ 😀");
        assert_eq!(fold(" - "), "");
        assert_eq!(fold("  New-York\tCity. "), "new york city");
        for cp in 0..0x11000u32 {
            if let Some(c) = char::from_u32(cp) {
                let _ = fold(&c.to_string());
            }
        }
        let g = gazetteer();
        assert_eq!(g.place("U.S."), Some(Place::Country("US".into())));
        assert_eq!(g.place("Turkey"), g.place("Türkiye"));
        assert_eq!(g.place("United States"), Some(Place::Country("US".into())));
        assert!(matches!(g.place("Moscow"), Some(Place::Capital(_, c)) if c == "RU"));
        assert!(matches!(g.place("Washington"), Some(Place::Capital(_, c)) if c == "US"));
        assert_eq!(g.demonym("Russian").as_deref(), Some("RU"));
        assert!(g.is_given_name("Tammy"));
        assert!(g.is_given_name("AARON") && g.is_given_name("Aarika") && !g.is_given_name("Zzyzx"));
        assert!(matches!(g.place("Aachen"), Some(Place::Other(_, c)) if c == "DE"));
        assert!(matches!(g.place("Bahía Blanca"), Some(Place::Other(_, c)) if c == "AR"));
        assert!(matches!(g.place("Texas"), Some(Place::Other(_, c)) if c == "US"));
        assert_eq!(g.place("It"), None);
        // Other names of a place (WordNet): Salonika is Thessaloniki, Bombay is Mumbai,
        // Peking is the capital of China; a name of two places ("Georgia") or a people's
        // name ("Tajik") is no other name.
        assert!(matches!(g.place("Salonika"), Some(Place::Other(n, c)) if n == "Thessaloníki" && c == "GR"));
        assert_eq!(g.alias("salonica"), Some("Thessaloníki"));
        assert!(matches!(g.place("Bombay"), Some(Place::Other(_, c)) if c == "IN"));
        assert!(matches!(g.place("Peking"), Some(Place::Capital(_, c)) if c == "CN"));
        assert_eq!(g.alias("Peach State"), None);
        assert_eq!(g.alias("Tajik"), None);
        assert_eq!(g.alias("Thessaloniki"), None);
        // Given names only one sex bears in the lists (as an honorific's sex: 1 men, 2 women).
        assert_eq!(g.given_name_sex("John"), 1);
        assert_eq!(g.given_name_sex("Katie"), 2);
        assert_eq!(g.given_name_sex("Zzyzx"), 0);
    }
}
