//! What every claim kind reads besides the corpus, computed once: word stems, the
//! entity mentions of each document in text order, clause bounds, the words that say
//! what a clause is about (its cue), and which event each clause speaks of ([`super::scope`]).

use super::lemma::Stems;
use super::scope::Scopes;
use crate::corpus::Corpus;
use crate::entities::{Entities, EntityType};
use crate::events::{Events, TimeContext};
use crate::text::TokenKind;
use crate::time::Timex;
use chrono::NaiveDate;

/// The shared inputs of the claims stage.
pub struct Context<'a> {
    /// The corpus.
    pub c: &'a Corpus,
    /// Entities and their mentions.
    pub ents: &'a Entities,
    /// Events and their mentions.
    pub events: &'a Events,
    /// Time expressions of each document.
    pub timexes: &'a [Vec<Timex>],
    /// Each document's date and whether it was inferred.
    pub dates: &'a [(Option<NaiveDate>, bool)],
    /// Word stems.
    pub stems: Stems,
    /// Mention indices of each document, by start offset.
    pub mentions_by_doc: Vec<Vec<usize>>,
    /// The weight of each stem id ([`Context::weight`]), computed once: aligning claims asks
    /// it for every shared word of every candidate pair.
    stem_weights: Vec<f64>,
    /// Sentences per entity, for cue weights.
    entity_df: Vec<u32>,
    /// Number of sentences in the corpus.
    sentences: u32,
    /// Whether each entity is a country ([`crate::stories::is_country`]), asked once per entity.
    countries: Vec<bool>,
    /// Which event each sentence speaks of.
    pub scopes: Scopes,
    /// People by the age the reports give them, per story: "a 36-year-old climber" is the
    /// person another sentence calls "Duncan Rait, 36" (when one person of the story has that age).
    ages: rustc_hash::FxHashMap<(usize, u32), Option<usize>>,
}

/// A participant of a clause: an entity, by index, with where it is mentioned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Participant {
    /// Entity index.
    pub entity: usize,
    /// Mention index.
    pub mention: usize,
    /// Its type.
    pub kind: EntityType,
}

/// What a clause is about, for aligning claims across reports: its informative word
/// stems (sorted, deduplicated) and the entities it names.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Cue {
    /// Stem ids, sorted.
    pub stems: Vec<u32>,
    /// Stem ids of its verbs (past and present participles, past tenses), sorted: aligned
    /// claims are compared only when they share one.
    pub verbs: Vec<u32>,
    /// Entity indices, sorted.
    pub entities: Vec<usize>,
}

impl<'a> Context<'a> {
    /// Prepares the context.
    pub fn new(c: &'a Corpus, ents: &'a Entities, events: &'a Events, time: &TimeContext<'a>) -> Context<'a> {
        let stems = Stems::new(c);
        let mut mentions_by_doc: Vec<Vec<usize>> = vec![Vec::new(); c.docs.len()];
        for (i, m) in ents.mentions.iter().enumerate() {
            mentions_by_doc[m.doc].push(i);
        }
        for list in &mut mentions_by_doc {
            crate::sort::sort_by_key(list, |&i| ents.mentions[i].span.start);
        }
        let mut stem_df = vec![0u32; stems.len()];
        let mut seen: Vec<u32> = Vec::new();
        let mut sentences = 0;
        for d in 0..c.docs.len() {
            for s in &c.sentences[d] {
                sentences += 1;
                seen.clear();
                seen.extend((s.first..s.last).map(|k| stems.of(c, d, k)));
                crate::sort::sort(&mut seen);
                seen.dedup();
                for &st in &seen {
                    stem_df[st as usize] += 1;
                }
            }
        }
        let mut entity_df = vec![0u32; ents.entities.len()];
        let mut last_seen: Vec<(usize, usize)> = vec![(usize::MAX, usize::MAX); ents.entities.len()];
        for (mi, m) in ents.mentions.iter().enumerate() {
            let e = ents.entity_of[mi];
            if last_seen[e] != (m.doc, m.sentence) {
                last_seen[e] = (m.doc, m.sentence);
                entity_df[e] += 1;
            }
        }
        let stem_weights =
            (0..stems.len()).map(|st| stem_weight(stems.name(st as u32), stem_df[st], sentences)).collect();
        let countries = (0..ents.entities.len()).map(|e| crate::stories::is_country(ents, e)).collect();
        let scopes = Scopes::new(c, &events.stories, time.timexes, time.dates);
        let mut ages: rustc_hash::FxHashMap<(usize, u32), Option<usize>> = rustc_hash::FxHashMap::default();
        for (d, e, n, _) in super::ages::find(c, ents) {
            let slot = ages.entry((scopes.story(d), n as u32)).or_insert(Some(e));
            if *slot != Some(e) {
                *slot = None; // two people of that age: it names nobody
            }
        }
        Context {
            c,
            ents,
            events,
            timexes: time.timexes,
            dates: time.dates,
            stems,
            mentions_by_doc,
            stem_weights,
            entity_df,
            sentences,
            countries,
            scopes,
            ages,
        }
    }

    /// Mentions of document `d` that lie inside tokens `a..b`.
    pub fn mentions_in(&self, d: usize, a: usize, b: usize) -> &[usize] {
        let toks = &self.c.tokens[d];
        if a >= b || b > toks.len() {
            return &[];
        }
        let (lo, hi) = (toks[a].span.start, toks[b - 1].span.end);
        let list = &self.mentions_by_doc[d];
        let first = list.partition_point(|&i| self.ents.mentions[i].span.start < lo);
        let last = first + list[first..].partition_point(|&i| self.ents.mentions[i].span.end <= hi);
        &list[first..last]
    }

    /// The participants named in tokens `a..b` of document `d` (metonyms stand for their country).
    pub fn participants(&self, d: usize, a: usize, b: usize) -> Vec<Participant> {
        self.mentions_in(d, a, b)
            .iter()
            .map(|&m| Participant {
                entity: self.ents.entity_of[m],
                mention: m,
                kind: self.ents.entities[self.ents.entity_of[m]].kind,
            })
            .collect()
    }

    /// The clause around token `k` of document `d`: the tokens between the nearest clause
    /// marks (`;`, `:`, dashes, brackets, quotation marks, and commas) inside its sentence.
    pub fn clause(&self, d: usize, k: usize) -> (usize, usize) {
        let Some(s) = self.sentence_of_token(d, k) else { return (k, k + 1) };
        let s = &self.c.sentences[d][s];
        let is_mark = |j: usize| {
            matches!(self.c.word(d, j), "," | ";" | ":" | "—" | "–" | "(" | ")" | "“" | "”" | "\"" | "." | "!" | "?")
        };
        let start = (s.first..k).rev().find(|&j| is_mark(j)).map_or(s.first, |j| j + 1);
        let end = (k + 1..s.last).find(|&j| is_mark(j)).unwrap_or(s.last);
        (start, end)
    }

    /// The sentence (index in the document) holding token `k`.
    pub fn sentence_of_token(&self, d: usize, k: usize) -> Option<usize> {
        let ss = &self.c.sentences[d];
        let i = ss.partition_point(|s| s.last <= k);
        ss.get(i).filter(|s| s.first <= k && k < s.last).map(|_| i)
    }

    /// How informative a stem is: rare in the corpus's sentences is informative; a stem in
    /// more than a fifth of all sentences, a short word or a closed-class word says nothing.
    pub fn weight(&self, stem: u32) -> f64 {
        self.stem_weights[stem as usize]
    }

    /// How informative an entity is in a cue: rare in the corpus's sentences is informative
    /// (the story's protagonist, named everywhere, says little about which event a clause tells).
    pub fn entity_weight(&self, e: usize) -> f64 {
        let df = self.entity_df.get(e).copied().unwrap_or(1).max(1) as f64;
        let n = self.sentences.max(1) as f64;
        (1.0 + n / df).ln().min(3.0)
    }

    /// The cue of tokens `a..b` of document `d`, leaving out tokens `skip.0..skip.1` (the value
    /// itself): its informative words and numbers ("$30 million"), and the entities it names.
    pub fn cue(&self, d: usize, a: usize, b: usize, skip: (usize, usize)) -> Cue {
        let toks = &self.c.tokens[d];
        let mut stems: Vec<u32> = (a..b)
            .filter(|&k| !(skip.0..skip.1).contains(&k) && matches!(toks[k].kind, TokenKind::Word | TokenKind::Number))
            .map(|k| self.stems.of_phrase(self.c, d, k))
            .filter(|&st| self.weight(st) > 0.0)
            .collect();
        crate::sort::sort(&mut stems);
        stems.dedup();
        let mut verbs: Vec<u32> = (a..b)
            .filter(|&k| !(skip.0..skip.1).contains(&k) && toks[k].kind == TokenKind::Word)
            .filter(|&k| super::lemma::is_verb_form(self.c.folded(d, k)))
            .map(|k| self.stems.of_phrase(self.c, d, k))
            .filter(|&st| !is_closed_class(self.stems.name(st)))
            .collect();
        crate::sort::sort(&mut verbs);
        verbs.dedup();
        let toks_span = |k: usize| toks[k.min(toks.len() - 1)].span;
        let (skip_lo, skip_hi) = (toks_span(skip.0).start, if skip.1 > skip.0 { toks_span(skip.1 - 1).end } else { 0 });
        let mut entities: Vec<usize> = self
            .participants(d, a, b)
            .iter()
            .filter(|p| {
                let m = self.ents.mentions[p.mention].span;
                !(m.start >= skip_lo && m.end <= skip_hi)
            })
            .map(|p| p.entity)
            .collect();
        entities.sort_unstable();
        entities.dedup();
        Cue { stems, verbs, entities }
    }

    /// Whether two cues say the same thing: their shared words and names weigh at least
    /// `enough`, or at least half of the lighter cue (short clauses, small corpora), with two
    /// shared words or names at least.
    pub fn aligned(&self, x: &Cue, y: &Cue, enough: f64) -> bool {
        self.alignment(x, y, enough).is_some()
    }

    /// [`Context::aligned`], with the similarity of the two cues when they are aligned (the
    /// similarity is computed once).
    pub fn alignment(&self, x: &Cue, y: &Cue, enough: f64) -> Option<f64> {
        let shared = self.similarity(x, y);
        let aligned = self.aligned_by(x, y, enough, shared);
        aligned.then_some(shared)
    }

    /// Whether two cues whose similarity is `shared` are aligned.
    fn aligned_by(&self, x: &Cue, y: &Cue, enough: f64, shared: f64) -> bool {
        // Clauses that name different people or places and none in common tell of different
        // things unless their words say otherwise very clearly.
        // Countries (often only a demonym: "Thai trawler") say too little to tell things apart.
        let specific = |e: &usize| !self.countries[*e];
        let disjoint = x.entities.iter().any(specific)
            && y.entities.iter().any(specific)
            && !x.entities.iter().any(|e| specific(e) && y.entities.contains(e));
        if disjoint {
            return shared >= 2.0 * enough;
        }
        if shared >= enough {
            return true;
        }
        let count = x.stems.iter().filter(|s| y.stems.binary_search(s).is_ok()).count()
            + x.entities.iter().filter(|e| y.entities.binary_search(e).is_ok()).count();
        let lighter = self.total(x).min(self.total(y));
        count >= 2 && lighter > 0.0 && shared >= 0.5 * lighter
    }

    /// The weight of a cue's words and names.
    fn total(&self, x: &Cue) -> f64 {
        x.stems.iter().map(|&s| self.weight(s)).sum::<f64>()
            + x.entities.iter().map(|&e| self.entity_weight(e)).sum::<f64>()
    }

    /// How strongly two cues say the same thing: the weights of the stems and entities they share.
    pub fn similarity(&self, x: &Cue, y: &Cue) -> f64 {
        let mut s = 0.0;
        let (mut i, mut j) = (0, 0);
        while i < x.stems.len() && j < y.stems.len() {
            match x.stems[i].cmp(&y.stems[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    s += self.weight(x.stems[i]);
                    i += 1;
                    j += 1;
                }
            }
        }
        let shared: f64 =
            x.entities.iter().filter(|e| y.entities.binary_search(e).is_ok()).map(|&e| self.entity_weight(e)).sum();
        s + shared
    }

    /// A document's date, when known.
    pub fn date(&self, d: usize) -> Option<NaiveDate> {
        self.dates.get(d).and_then(|x| x.0)
    }

    /// When on its day a document was published, in minutes after midnight (UTC when its
    /// dateline names a zone): a time of day on the document's own date in its first three
    /// sentences ("Posted 11/27/2005 7:21 AM", "Last Updated: Monday, 28 November 2005, 02:24
    /// GMT"). Reports of one day are ordered by it.
    pub fn published_minutes(&self, d: usize) -> Option<i32> {
        let day = self.date(d)?.to_string();
        let lede = self.c.sentences[d].get(2.min(self.c.sentences[d].len().checked_sub(1)?))?.span.end;
        self.timexes[d].iter().take_while(|t| t.span.end <= lede).find_map(|t| {
            let rest = t.value.strip_prefix(day.as_str())?.strip_prefix('T')?;
            let (h, m) = (rest.get(0..2)?.parse::<i32>().ok()?, rest.get(3..5)?.parse::<i32>().ok()?);
            let zone = match rest.get(5..) {
                Some("Z") => 0,
                Some(z) if z.len() >= 6 => {
                    let sign = if z.starts_with('-') { -1 } else { 1 };
                    sign * (z[1..3].parse::<i32>().ok()? * 60 + z[4..6].parse::<i32>().ok()?)
                }
                _ => 0,
            };
            Some(h * 60 + m - zone)
        })
    }
}

/// How informative a stem is, given the sentences that hold it (`df`) among `sentences`
/// ([`Context::weight`], which keeps the result per stem id).
fn stem_weight(name: &str, df: u32, sentences: u32) -> f64 {
    let df = df.max(1) as f64;
    let n = sentences.max(1) as f64;
    let number = name.bytes().all(|b| b.is_ascii_digit() || b == b',' || b == b'.' || b == b' ');
    if (name.chars().count() < 3 && !number) || is_closed_class(name) || (n >= 10.0 && df / n > 0.2) {
        return 0.0;
    }
    (1.0 + n / df).ln()
}

/// Closed-class words (pronouns, auxiliaries, prepositions, determiners; `[closed]`), by
/// stem: never informative about what a clause reports.
pub(super) fn is_closed_class(stem: &str) -> bool {
    super::words::stem_in(super::words::List::Closed, stem)
}

impl Context<'_> {
    /// The word a value in tokens `at.0..at.1` measures or dates: a verb next to it in its
    /// clause ("fell 200 metres", "served 136 days", "living … for three years"), before it
    /// first; else a verb elsewhere in its sentence, nearest first ("On November 19, it sank
    /// a trawler"); else the nearest content word of its clause ("a 150-metre fall", "40 hours
    /// of deliberation"). Returns its token.
    pub fn predicate(&self, d: usize, at: (usize, usize)) -> Option<usize> {
        let (a, b) = self.clause(d, at.0);
        let si = self.sentence_of_token(d, at.0)?;
        let s = &self.c.sentences[d][si];
        let content = |k: usize| self.is_content_word(d, k) && !is_modifier(self.c.folded(d, k));
        let verb = |k: usize| content(k) && super::lemma::is_verb_form(self.c.folded(d, k));
        let near = |k: usize| if k < at.0 { at.0 - k } else { k - at.1 };
        (a..at.0)
            .rev()
            .find(|&k| verb(k))
            .or_else(|| (at.1..b).find(|&k| verb(k)))
            .or_else(|| (s.first..at.0).chain(at.1..s.last).filter(|&k| verb(k)).min_by_key(|&k| near(k)))
            .or_else(|| (a..at.0).rev().find(|&k| content(k)))
            .or_else(|| (at.1..b).find(|&k| content(k)))
    }

    /// The noun a measure written as a compound adjective describes: "a 41-yard touchdown
    /// pass" measures the pass, "a 15-year employee" the employee, "a 150-metre fall" the fall
    /// (the head of the words after it, up to two), not the clause's verb ("threw a 41-yard
    /// pass" is no throw of 41 yards). None unless a hyphen joins the number and a singular
    /// unit and a content word follows.
    pub fn measured_noun(&self, d: usize, at: (usize, usize)) -> Option<usize> {
        let toks = &self.c.tokens[d];
        if at.0 >= at.1 || at.1 >= toks.len() {
            return None;
        }
        let text = &self.c.docs[d].text;
        let written = &text[toks[at.0].span.start..toks[at.1 - 1].span.end];
        let unit = self.c.folded(d, at.1 - 1);
        if !written.contains('-') || unit.ends_with('s') {
            return None;
        }
        let si = self.sentence_of_token(d, at.0)?;
        let last = self.c.sentences[d][si].last;
        // Two words at most: "a 7-yard touchdown pass late in the game" measures the pass.
        (at.1..last.min(at.1 + 2))
            .take_while(|&k| self.is_content_word(d, k) && !self.c.folded(d, k).ends_with("ly"))
            .last()
    }

    /// Whether token `k` of document `d` is a lowercase content word of three letters or
    /// more (not closed-class): what a value can be attached to.
    pub fn is_content_word(&self, d: usize, k: usize) -> bool {
        let t = &self.c.tokens[d][k];
        t.kind == TokenKind::Word
            && !t.is_capitalized(&self.c.docs[d].text)
            && self.c.folded(d, k).chars().count() >= 3
            && !is_closed_class(self.stems.name(self.stems.of(self.c, d, k)))
    }

    /// The people a clause is about: persons named in it, else, when it speaks of "he",
    /// "she" or "his"/"her", the last person named before it in the two sentences before.
    pub fn people(&self, d: usize, a: usize, b: usize) -> Vec<usize> {
        let mut out: Vec<usize> =
            self.participants(d, a, b).iter().filter(|p| p.kind == EntityType::Person).map(|p| p.entity).collect();
        if out.is_empty() && (a..b).any(|k| matches!(self.c.folded(d, k), "he" | "she" | "his" | "her" | "him")) {
            let si = self.sentence_of_token(d, a).unwrap_or(0);
            let from = self.c.sentences[d][si.saturating_sub(2)].first;
            if let Some(p) = self.participants(d, from, a).iter().rev().find(|p| p.kind == EntityType::Person) {
                out.push(p.entity);
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }
}

impl Context<'_> {
    /// The person named in tokens `a..b` nearest to token `at`, as a fact key (`E12`): what an
    /// aligned claim is about when its own clause names someone.
    pub fn named_person(&self, d: usize, a: usize, b: usize, at: usize) -> Vec<String> {
        let at_byte = self.c.tokens[d][at.min(self.c.tokens[d].len() - 1)].span.start;
        self.participants(d, a, b)
            .into_iter()
            .filter(|p| p.kind == EntityType::Person)
            .min_by_key(|p| self.ents.mentions[p.mention].span.start.abs_diff(at_byte))
            .map(|p| format!("E{}", p.entity))
            .into_iter()
            .collect()
    }

    /// The place (not a country) the story of document `d` names in the most sentences.
    pub fn main_place(&self, d: usize) -> Option<usize> {
        let story = self.scopes.story(d);
        let mut best: Option<(u32, usize)> = None;
        for (e, ent) in self.ents.entities.iter().enumerate() {
            if ent.kind != EntityType::Place || super::scope::is_country_entity(self.ents, e) {
                continue;
            }
            if !ent.mentions.iter().any(|&m| self.scopes.story(self.ents.mentions[m].doc) == story) {
                continue;
            }
            let n = self.entity_df[e];
            if best.is_none_or(|(m, _)| n > m) {
                best = Some((n, e));
            }
        }
        best.map(|(_, e)| e)
    }

    /// The person a value at tokens `at.0..at.1` is about: the person named nearest to it in
    /// its clause, else in its sentence; else the person of the age the sentence gives ("a
    /// 36-year-old climber"); else, when the sentence says "he" or "she", the person named
    /// last in the two sentences before.
    pub fn agent(&self, d: usize, at: (usize, usize)) -> Option<usize> {
        let si = self.sentence_of_token(d, at.0)?;
        let s = &self.c.sentences[d][si];
        let (a, b) = self.clause(d, at.0);
        let at_byte = self.c.tokens[d][at.0].span.start;
        let toks = &self.c.tokens[d];
        // A speaker ("Inspector Dave Gaskin said the man fell …", "according to X") is not
        // who the claim is about.
        let speaker = |m: usize| {
            let span = self.ents.mentions[m].span;
            let after = toks.partition_point(|t| t.span.start < span.end);
            let before = toks.partition_point(|t| t.span.end <= span.start);
            (after..(after + 2).min(toks.len())).any(|k| {
                matches!(super::tok(self.c, d, k), "said" | "says" | "told" | "added" | "explained" | "stated")
            }) || (before >= 2
                && super::tok(self.c, d, before - 1) == "to"
                && super::tok(self.c, d, before - 2) == "according")
        };
        // The nearest person before the value (the subject of what it measures), else after it.
        let nearest = |from: usize, to: usize| {
            let people: Vec<_> = self
                .participants(d, from, to)
                .into_iter()
                .filter(|p| p.kind == EntityType::Person && !speaker(p.mention))
                .collect();
            let start = |p: &Participant| self.ents.mentions[p.mention].span.start;
            people
                .iter()
                .filter(|p| start(p) < at_byte)
                .max_by_key(|p| start(p))
                .or_else(|| people.iter().min_by_key(|p| start(p).abs_diff(at_byte)))
                .map(|p| p.entity)
        };
        // "Jamaal Charles (226 yards)": the name right before the bracket.
        if a > s.first && super::tok(self.c, d, a - 1) == "(" {
            let open = toks[a - 1].span.start;
            let named = self.mentions_in(d, s.first, a - 1).iter().rev().find(|&&m| {
                let men = &self.ents.mentions[m];
                men.kind == EntityType::Person && self.c.docs[d].text[men.span.end..open].trim().is_empty()
            });
            if let Some(&m) = named {
                return Some(self.ents.entity_of[m]);
            }
        }
        if let Some(e) = nearest(a, b).or_else(|| nearest(s.first, s.last)) {
            return Some(e);
        }
        // "a 36-year-old climber"
        let story = self.scopes.story(d);
        for k in s.first..s.last.saturating_sub(4) {
            if self.c.tokens[d][k].kind == TokenKind::Number
                && super::tok(self.c, d, k + 1) == "-"
                && super::tok(self.c, d, k + 2) == "year"
            {
                if let Some(n) = crate::text::number::token_value(self.c.word(d, k)) {
                    if let Some(Some(e)) = self.ages.get(&(story, n as u32)) {
                        return Some(*e);
                    }
                }
            }
        }
        if (s.first..s.last).any(|k| matches!(self.c.folded(d, k), "he" | "she" | "his" | "her" | "him")) {
            let from = self.c.sentences[d][si.saturating_sub(2)].first;
            return self
                .participants(d, from, s.first)
                .iter()
                .rev()
                .find(|p| p.kind == EntityType::Person)
                .map(|p| p.entity);
        }
        None
    }
}

/// Words around a figure that modify it rather than say what it measures (`[modifier]`).
fn is_modifier(w: &str) -> bool {
    super::words::is(super::words::List::Modifier, w)
}
