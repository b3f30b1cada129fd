//! A small taxonomy generated from WordNet (`data/weapons.tsv`, `data/causes.tsv`, by
//! `scripts/gen-claims-data.mjs`): each line is a synset, its parents and its lemmas. Two
//! words relate as the same kind (synonyms, or one a kind of the other: "gun" and "rifle"),
//! as different kinds, or not at all (a word the taxonomy does not know).

use rustc_hash::FxHashMap;

/// A loaded taxonomy.
pub struct Taxonomy {
    parents: Vec<Vec<u16>>,
    by_lemma: FxHashMap<String, Vec<u16>>,
    roots: Vec<u16>,
}

/// How two words relate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kinship {
    /// The same kind, or one a kind of the other.
    Same,
    /// Different kinds, meeting below the roots ("rifle" and "shotgun": guns).
    Siblings,
    /// Different kinds that only meet at a root, or not at all ("rifle" and "knife").
    Distant,
    /// At least one word is not in the taxonomy.
    Unknown,
}

impl Taxonomy {
    /// Parses the generated format: a header naming the roots (`roots = 3,7`), then one
    /// line per synset: parent ids, a tab, lemmas separated by commas.
    pub fn parse(data: &str) -> Taxonomy {
        let mut lines = data.lines();
        let header = lines.next().unwrap_or("");
        let roots = header
            .rsplit("roots = ")
            .next()
            .map(|r| r.split(',').filter_map(|n| n.trim().parse().ok()).collect())
            .unwrap_or_default();
        let mut parents = Vec::new();
        let mut by_lemma: FxHashMap<String, Vec<u16>> = FxHashMap::default();
        for (i, line) in lines.enumerate() {
            let (ps, lemmas) = line.split_once('\t').unwrap_or((line, ""));
            parents.push(ps.split(',').filter_map(|p| p.parse().ok()).collect());
            for l in lemmas.split(',').filter(|l| !l.is_empty()) {
                by_lemma.entry(l.to_string()).or_default().push(i as u16);
            }
        }
        Taxonomy { parents, by_lemma, roots }
    }

    /// Whether the taxonomy knows a (folded, singular or base-form) word or phrase.
    pub fn knows(&self, word: &str) -> bool {
        self.by_lemma.contains_key(word)
    }

    /// The synsets of a word.
    pub fn senses(&self, word: &str) -> &[u16] {
        self.by_lemma.get(word).map_or(&[], Vec::as_slice)
    }

    /// A synset and all its ancestors, nearest first.
    fn ancestors(&self, id: u16) -> Vec<u16> {
        let mut out = vec![id];
        let mut i = 0;
        while i < out.len() {
            for &p in &self.parents[out[i] as usize] {
                if !out.contains(&p) {
                    out.push(p);
                }
            }
            i += 1;
        }
        out
    }

    /// How two words relate, over all their senses (the closest relation wins).
    pub fn relate(&self, a: &str, b: &str) -> Kinship {
        let (sa, sb) = (self.senses(a), self.senses(b));
        if sa.is_empty() || sb.is_empty() {
            return Kinship::Unknown;
        }
        let mut best = Kinship::Distant;
        for &x in sa {
            let ax = self.ancestors(x);
            for &y in sb {
                let ay = self.ancestors(y);
                if ax.contains(&y) || ay.contains(&x) {
                    return Kinship::Same;
                }
                let common = ax.iter().find(|p| ay.contains(p));
                if common.is_some_and(|p| !self.roots.contains(p)) {
                    best = Kinship::Siblings;
                }
            }
        }
        best
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weapons_and_causes_relate() {
        let w = Taxonomy::parse(include_str!("../../data/weapons.tsv"));
        assert_eq!(w.relate("rifle", "shotgun"), Kinship::Siblings);
        assert_eq!(w.relate("gun", "rifle"), Kinship::Same);
        assert_eq!(w.relate("rifle", "sword"), Kinship::Distant);
        assert_eq!(w.relate("rifle", "teapot"), Kinship::Unknown);
        let c = Taxonomy::parse(include_str!("../../data/causes.tsv"));
        assert_ne!(c.relate("burn", "suffocate"), Kinship::Same);
        assert_eq!(c.relate("suffocate", "asphyxiate"), Kinship::Same);
    }
}
