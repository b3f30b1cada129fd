//! Sources that repeat each other: sentences shared (nearly) verbatim between
//! documents, found through an index of sentence fingerprints (never all pairs
//! of sentences). A fingerprint is the sentence's folded letters and digits.

use crate::corpus::Corpus;
use crate::text::chars::is_alnum;
use rustc_hash::FxHashMap as HashMap;

/// Sentences shorter than this (in folded characters) are too generic to count.
const MIN_CHARS: usize = 40;

/// Share of the shorter document's sentences two documents must share for one to
/// count as a copy of the other (one voice).
pub const COPY_PERCENT: u32 = 50;

/// Two documents that share sentences.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Overlap {
    /// The first document (index, input order).
    pub a: usize,
    /// The second document (index, after `a`).
    pub b: usize,
    /// Sentences of the shorter document found (nearly) verbatim in the other.
    pub shared_sentences: usize,
    /// `shared_sentences` over the shorter document's sentence count, in percent.
    pub percent: u32,
}

/// Sources grouped into independent voices: `voice[d]` is the first document of
/// the group of copies document `d` belongs to (`docs` documents in all).
pub fn voices(docs: usize, pairs: &[Overlap]) -> Vec<usize> {
    let mut voice: Vec<usize> = (0..docs).collect();
    fn root(v: &mut [usize], x: usize) -> usize {
        let mut r = x;
        while v[r] != r {
            r = v[r];
        }
        v[x] = r;
        r
    }
    for p in pairs.iter().filter(|p| p.percent >= COPY_PERCENT) {
        let (ra, rb) = (root(&mut voice, p.a), root(&mut voice, p.b));
        voice[ra.max(rb)] = ra.min(rb);
    }
    (0..voice.len()).map(|d| root(&mut voice, d)).collect()
}

/// Pairs of documents sharing at least two sentences or a fifth of the shorter one.
pub fn find(c: &Corpus) -> Vec<Overlap> {
    let mut index: HashMap<String, Vec<usize>> = HashMap::default();
    let mut counts = vec![0usize; c.docs.len()];
    for (d, sents) in c.sentences.iter().enumerate() {
        for s in sents {
            // The sentence's tokens, folded once by the corpus, cover all its letters and digits.
            let mut fp = String::new();
            for k in s.first..s.last {
                let f = c.folded(d, k);
                if f.bytes().all(|b| b.is_ascii_alphanumeric()) {
                    fp.push_str(f);
                } else {
                    fp.extend(f.chars().filter(|&ch| is_alnum(ch)));
                }
            }
            if fp.len() < MIN_CHARS {
                continue;
            }
            counts[d] += 1;
            let docs = index.entry(fp).or_default();
            if !docs.contains(&d) {
                docs.push(d);
            }
        }
    }
    // Every pair of documents sharing a sentence, once per shared sentence.
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    for docs in index.values() {
        if docs.len() > 50 {
            continue; // a sentence in every document is boilerplate, not copying
        }
        for (i, &a) in docs.iter().enumerate() {
            for &b in &docs[i + 1..] {
                pairs.push((a.min(b), a.max(b)));
            }
        }
    }
    crate::sort::sort(&mut pairs);
    let mut shared: Vec<((usize, usize), usize)> = Vec::new();
    for p in pairs {
        match shared.last_mut() {
            Some((q, n)) if *q == p => *n += 1,
            _ => shared.push((p, 1)),
        }
    }
    shared
        .into_iter()
        .filter_map(|((a, b), n)| {
            let smaller = counts[a].min(counts[b]).max(1);
            let percent = (n * 100 / smaller) as u32;
            (n >= 2 || percent >= 20).then_some(Overlap { a, b, shared_sentences: n, percent })
        })
        .collect()
}
