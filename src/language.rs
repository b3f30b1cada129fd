//! A light check that a text is English: the share of very common English
//! function words among its words, and the share of Latin letters.
//! Enough to warn that results on, say, a Russian or Turkish report are unreliable.

/// Common English function words.
const STOPWORDS: &[&str] = &[
    "the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "with", "as", "was", "by", "at", "from",
    "it", "an", "be", "this", "are", "have", "has", "had", "were", "not", "but", "or", "said", "their", "its",
    "which", "will", "would", "been", "they", "he", "she", "after", "who", "also",
];

/// `en` when the text reads as English, `und` (undetermined) otherwise; short texts are given the benefit of the doubt.
pub fn detect(text: &str) -> &'static str {
    let mut words = 0usize;
    let mut stop = 0usize;
    let mut latin = 0usize;
    let mut letters = 0usize;
    for w in text.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).take(5000) {
        words += 1;
        // No stop word is longer than five letters, and none holds a letter that
        // lower-cases to ASCII from outside it (the Kelvin sign's "k"): no allocation.
        if w.len() <= 5 && w.is_ascii() && STOPWORDS.iter().any(|s| s.eq_ignore_ascii_case(w)) {
            stop += 1;
        }
        for ch in w.chars() {
            letters += 1;
            if ch.is_ascii_alphabetic() || ('\u{00C0}'..='\u{024F}').contains(&ch) {
                latin += 1;
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_english_from_others() {
        assert_eq!(detect("The talks were held in Istanbul on Thursday and the delegations said that it was useful for both of them."), "en");
        assert_eq!(detect("Переговоры прошли в Стамбуле в четверг, заявили в министерстве иностранных дел России сегодня утром."), "und");
        assert_eq!(detect("Görüşmeler perşembe günü İstanbul'da yapıldı ve heyetler bunun her iki taraf için de yararlı olduğunu söyledi."), "und");
        assert_eq!(detect("Die Gespräche zwischen den Delegationen Russlands und der USA fanden am Donnerstag in Istanbul statt. Sie dauerten sechs Stunden."), "und");
        // No spaces: one "word" per clause, still not English.
        assert_eq!(detect("俄罗斯和美国代表团周四在伊斯坦布尔举行会谈。会谈持续了六个小时，外交部表示。双方同意继续对话。"), "und");
        // Short English (a headline) keeps the benefit of the doubt.
        assert_eq!(detect("Ambassador Alexander Darchiev Meets Deputy Assistant Secretary Sonata Coulter"), "en");
    }
}
