//! Word stems for comparing what clauses say across reports: "sank", "sunk", "sinking"
//! and "sink" are one stem. Irregular verb forms are first mapped to their base verb
//! (`data/verb_forms.tsv`, generated from open data), then every word goes through the
//! Snowball English (Porter 2) stemmer. Stems are computed once per distinct word of the
//! corpus ([`Stems::new`]), not per token.

use crate::corpus::Corpus;
use rustc_hash::FxHashMap;
use std::sync::OnceLock;

/// Irregular past and participle forms and their base verb.
fn verb_forms() -> &'static FxHashMap<&'static str, &'static str> {
    static FORMS: OnceLock<FxHashMap<&'static str, &'static str>> = OnceLock::new();
    FORMS.get_or_init(|| {
        include_str!("../../data/verb_forms.tsv")
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split_once('\t'))
            .collect()
    })
}

/// The base verb of an irregular form ("burnt" → "burn"), else the word itself.
pub fn base_verb(folded: &str) -> &str {
    verb_forms().get(folded).copied().unwrap_or(folded)
}

/// The stem of one folded word.
pub fn stem(folded: &str) -> String {
    static STEMMER: OnceLock<rust_stemmers::Stemmer> = OnceLock::new();
    let stemmer = STEMMER.get_or_init(|| rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English));
    let base = verb_forms().get(folded).copied().unwrap_or(folded);
    stemmer.stem(base).into_owned()
}

/// Whether a folded word is a past or present participle or a past tense ("killed",
/// "sinking", "sank"): the verbs that say what happened, in news text.
pub fn is_verb_form(folded: &str) -> bool {
    let n = folded.len();
    verb_forms().contains_key(folded)
        || (n >= 4
            && folded.ends_with("ed")
            && !folded.ends_with("eed")
            && !matches!(folded, "need" | "seed" | "bred" | "shed" | "sled"))
        || (n > 5
            && folded.ends_with("ing")
            && !matches!(
                folded,
                "morning"
                    | "evening"
                    | "during"
                    | "building"
                    | "thing"
                    | "something"
                    | "nothing"
                    | "anything"
                    | "everything"
                    | "king"
                    | "wing"
                    | "spring"
                    | "string"
                    | "ceiling"
            ))
}

/// Verbs of motion that with "back" say "return" ("moved back", "came back", "flew back").
const RETURN_WITH_BACK: &[&str] = &["move", "come", "go", "head", "fly", "get", "travel", "walk", "drive", "sail"];

/// Stem ids of every word of a corpus, by word id.
pub struct Stems {
    /// Stem id of each word id.
    of_word: Vec<u32>,
    /// The stems, by stem id.
    names: Vec<Box<str>>,
    /// Whether a word id is a verb of motion that says "return" when "back" follows it.
    motion: Vec<bool>,
    /// The stem id of "return" (always present).
    returning: u32,
}

impl Stems {
    /// Stems every distinct word of the corpus once.
    pub fn new(c: &Corpus) -> Stems {
        let mut ids: FxHashMap<String, u32> = FxHashMap::default();
        let mut names: Vec<Box<str>> = Vec::new();
        let of_word = c.per_word(|w| {
            let s = stem(w);
            *ids.entry(s).or_insert_with_key(|s| {
                names.push(s.as_str().into());
                (names.len() - 1) as u32
            })
        });
        let motion_stems: Vec<String> = RETURN_WITH_BACK.iter().map(|v| stem(v)).collect();
        let motion = of_word.iter().map(|&id| motion_stems.iter().any(|m| **m == *names[id as usize])).collect();
        let returning = *ids.entry(stem("return")).or_insert_with_key(|s| {
            names.push(s.as_str().into());
            (names.len() - 1) as u32
        });
        Stems { of_word, names, motion, returning }
    }

    /// The stem id of token `i` of document `d`.
    pub fn of(&self, c: &Corpus, d: usize, i: usize) -> u32 {
        self.of_word[c.word_id(d, i)]
    }

    /// The stem id of token `i` of document `d` read with the word after it: a verb of motion
    /// before "back" is "return" ("moved back to Millom" tells what "returned to her home
    /// town" does).
    pub fn of_phrase(&self, c: &Corpus, d: usize, i: usize) -> u32 {
        if self.motion[c.word_id(d, i)] && i + 1 < c.tokens[d].len() && c.folded(d, i + 1) == "back" {
            return self.returning;
        }
        self.of(c, d, i)
    }

    /// The stem with this id.
    pub fn name(&self, id: u32) -> &str {
        &self.names[id as usize]
    }

    /// Number of distinct stems.
    pub fn len(&self) -> usize {
        self.names.len()
    }

    /// Whether the corpus has no words.
    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }

    /// The id of a stem, if some word of the corpus has it.
    pub fn id(&self, stem: &str) -> Option<u32> {
        self.names.iter().position(|n| &**n == stem).map(|p| p as u32)
    }
}

#[cfg(test)]
mod tests {
    use super::stem;

    #[test]
    fn forms_of_one_verb_share_a_stem() {
        for w in ["sank", "sunk", "sinking", "sinks"] {
            assert_eq!(stem(w), stem("sink"), "{w}");
        }
        assert_eq!(stem("deliberated"), stem("deliberation"));
        assert_eq!(stem("fell"), stem("falling"));
        assert_ne!(stem("killed"), stem("injured"));
    }
}
