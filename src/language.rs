//! A light check that a text is English: the share of very common English
//! function words among its words, and the share of Latin letters.
//! Enough to warn that results on, say, a Russian or Turkish report are unreliable.

use rustc_hash::FxHashMap;
use std::sync::OnceLock;

/// Common English function words.
const STOPWORDS: &[&str] = &[
    "the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "with", "as", "was", "by", "at", "from", "it",
    "an", "be", "this", "are", "have", "has", "had", "were", "not", "but", "or", "said", "their", "its", "which",
    "will", "would", "been", "they", "he", "she", "after", "who", "also",
];

/// `en` when the text reads as English, `und` (undetermined) otherwise; short texts are given the benefit of the doubt.
pub fn detect(text: &str) -> &'static str {
    let mut words = 0usize;
    let mut stop = 0usize;
    let mut latin = 0usize;
    let mut letters = 0usize;
    // Words are runs of alphabetic characters; only the first 5,000 count. One pass
    // over the bytes, ASCII without decoding (this runs on every document).
    let b = text.as_bytes();
    let mut start = None;
    let mut i = 0;
    while i < b.len() {
        let (alphabetic, is_latin, len) = if b[i] < 0x80 {
            let a = b[i].is_ascii_alphabetic();
            (a, a, 1)
        } else {
            let ch = text[i..].chars().next().unwrap_or_default();
            (ch.is_alphabetic(), ('\u{00C0}'..='\u{024F}').contains(&ch), ch.len_utf8())
        };
        if alphabetic {
            start.get_or_insert(i);
            letters += 1;
            latin += usize::from(is_latin);
        }
        i += len;
        if let Some(s) = start.filter(|_| !alphabetic || i == b.len()) {
            let end = if alphabetic { i } else { i - len };
            words += 1;
            if is_stopword(&b[s..end]) {
                stop += 1;
            }
            start = None;
            if words == 5000 {
                break;
            }
        }
    }
    // Mostly non-Latin letters: not English, however few the words (Chinese and
    // Japanese write no spaces, so a whole paragraph may count as one or two "words").
    if letters >= 40 && latin * 10 < letters * 7 {
        return "und";
    }
    if words < 12 {
        return "en";
    }
    if latin * 10 < letters * 7 || stop * 100 < words * 12 {
        "und"
    } else {
        "en"
    }
}

/// Whether a word is one of [`STOPWORDS`], in any case. No stop word is longer than
/// five letters, and none holds a letter that lower-cases to ASCII from outside it
/// (the Kelvin sign's "k"), so only short ASCII words are looked up, without allocation.
fn is_stopword(w: &[u8]) -> bool {
    static TABLE: OnceLock<FxHashMap<&'static [u8], u32>> = OnceLock::new();
    if w.len() > 5 || !w.is_ascii() {
        return false;
    }
    let mut lower = [0u8; 5];
    lower[..w.len()].copy_from_slice(w);
    lower.make_ascii_lowercase();
    let table = TABLE.get_or_init(|| {
        let mut t = FxHashMap::default();
        for s in STOPWORDS {
            t.entry(s.as_bytes()).or_insert(0);
        }
        t
    });
    table.contains_key(&lower[..w.len()])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_english_from_others() {
        assert_eq!(detect("The talks were held in Istanbul on Thursday and the delegations said that it was useful for both of them."), "en");
        assert_eq!(
            detect(
                "Переговоры прошли в Стамбуле в четверг, заявили в министерстве иностранных дел России сегодня утром."
            ),
            "und"
        );
        assert_eq!(detect("Görüşmeler perşembe günü İstanbul'da yapıldı ve heyetler bunun her iki taraf için de yararlı olduğunu söyledi."), "und");
        assert_eq!(detect("Die Gespräche zwischen den Delegationen Russlands und der USA fanden am Donnerstag in Istanbul statt. Sie dauerten sechs Stunden."), "und");
        // No spaces: one "word" per clause, still not English.
        assert_eq!(
            detect("俄罗斯和美国代表团周四在伊斯坦布尔举行会谈。会谈持续了六个小时，外交部表示。双方同意继续对话。"),
            "und"
        );
        // Short English (a headline) keeps the benefit of the doubt.
        assert_eq!(detect("Ambassador Alexander Darchiev Meets Deputy Assistant Secretary Sonata Coulter"), "en");
    }
}
