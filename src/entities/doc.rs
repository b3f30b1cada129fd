//! One document as the entity stage reads it: every token folded once, and the
//! facts the recognisers ask about a token again and again (word-list membership,
//! gazetteer hits, how the set capitalises it) computed at most once per token.
//! Gazetteer lookups are also memoised by surface across the whole stage: the
//! same names recur in every report.

pub use super::types::FastMap;
use crate::corpus::Corpus;
use crate::lexicon::{gazetteer, Place};
pub use crate::lexicon::{list, lists_of};
use crate::span::Span;
use crate::text::{Token, TokenKind};
use std::cell::{Cell, RefCell};

/// [`PLACE`] and [`COUNTRY`] of this token are known.
const PLACE_DONE: u32 = 1 << 30;
/// The gazetteer has it as a place.
const PLACE: u32 = 1 << 29;
/// The gazetteer has it as a country.
const COUNTRY: u32 = 1 << 28;
/// [`DEMONYM`] of this token is known.
const DEMONYM_DONE: u32 = 1 << 27;
/// The gazetteer has it as a demonym.
const DEMONYM: u32 = 1 << 26;
/// [`GIVEN`] of this token is known.
const GIVEN_DONE: u32 = 1 << 25;
/// A common given name.
const GIVEN: u32 = 1 << 24;
/// The case counts of this token are known.
const CASE_DONE: u32 = 1 << 23;
/// The set writes this word in lower case at least once.
const LOWER_SEEN: u32 = 1 << 22;
/// The set capitalises this word mid-sentence at least once.
const CAP_SEEN: u32 = 1 << 21;
/// The set writes this word in lower case more often than capitalised mid-sentence.
const MOSTLY_LOWER: u32 = 1 << 20;
/// [`NAME_WORD`] of this token is known.
const NAME_WORD_DONE: u32 = 1 << 19;
/// A capitalised word (or an inner-capital one) that is not a month or weekday.
const NAME_WORD: u32 = 1 << 18;

/// A word starting in lower case with a capital inside ("iPhone", "eBay").
fn inner_capital(w: &str) -> bool {
    if w.is_ascii() {
        let b = w.as_bytes();
        return b.first().is_some_and(u8::is_ascii_lowercase) && b[1..].iter().any(u8::is_ascii_uppercase);
    }
    w.chars().next().is_some_and(char::is_lowercase) && w.chars().skip(1).any(char::is_uppercase)
}

/// Gazetteer lookups memoised by surface for one run of the stage, and the word-list
/// bits of every distinct word.
pub struct Lookups<'a> {
    places: RefCell<FastMap<&'a str, Option<Place>>>,
    demonyms: RefCell<FastMap<&'a str, Option<String>>>,
    given: RefCell<FastMap<&'a str, bool>>,
    /// [`lists_of`] by word id ([`Corpus::per_word`]).
    lists: Vec<u32>,
}

impl<'a> Lookups<'a> {
    /// Empty memos, and the list bits of the corpus's words.
    pub fn new(c: &Corpus) -> Self {
        Lookups {
            places: RefCell::default(),
            demonyms: RefCell::default(),
            given: RefCell::default(),
            lists: c.per_word(lists_of),
        }
    }

    /// [`crate::lexicon::Gazetteer::place`], memoised.
    pub fn place(&self, surface: &'a str) -> Option<Place> {
        self.with_place(surface, Option::clone)
    }

    /// `f` of [`crate::lexicon::Gazetteer::place`], memoised (no copy of the place).
    pub fn with_place<T>(&self, surface: &'a str, f: impl FnOnce(&Option<Place>) -> T) -> T {
        if let Some(p) = self.places.borrow().get(surface) {
            return f(p);
        }
        let p = gazetteer().place(surface);
        let t = f(&p);
        self.places.borrow_mut().insert(surface, p);
        t
    }

    /// [`crate::lexicon::Gazetteer::demonym`], memoised.
    pub fn demonym(&self, surface: &'a str) -> Option<String> {
        if let Some(p) = self.demonyms.borrow().get(surface) {
            return p.clone();
        }
        let p = gazetteer().demonym(surface);
        self.demonyms.borrow_mut().insert(surface, p.clone());
        p
    }

    /// [`crate::lexicon::Gazetteer::is_given_name`], memoised.
    pub fn is_given_name(&self, surface: &'a str) -> bool {
        if let Some(&g) = self.given.borrow().get(surface) {
            return g;
        }
        let g = gazetteer().is_given_name(surface);
        self.given.borrow_mut().insert(surface, g);
        g
    }

    /// The country code of a demonym or a country name ("Russian", "Russia" → RU).
    pub fn country_code(&self, surface: &'a str) -> Option<String> {
        self.demonym(surface).or_else(|| match self.place(surface) {
            Some(Place::Country(code)) => Some(code),
            _ => None,
        })
    }
}

/// Document `d` of a corpus with its tokens folded and per-token facts cached.
pub struct Doc<'a, 'l> {
    /// The corpus.
    pub c: &'a Corpus,
    /// The document's index.
    pub d: usize,
    /// The document's text.
    pub text: &'a str,
    /// The document's tokens.
    pub toks: &'a [Token],
    /// Stage-wide gazetteer memo.
    pub lookups: &'l Lookups<'a>,
    /// Lazily computed facts per token (bits above; the list bits are looked up by word id).
    facts: Vec<Cell<u32>>,
}

impl<'a, 'l> Doc<'a, 'l> {
    /// Prepares document `d`.
    pub fn new(c: &'a Corpus, d: usize, lookups: &'l Lookups<'a>) -> Self {
        let toks = c.tokens[d].as_slice();
        Doc { c, d, text: &c.docs[d].text, toks, lookups, facts: vec![Cell::new(0); toks.len()] }
    }

    /// Token `k`'s text.
    pub fn word(&self, k: usize) -> &'a str {
        self.toks[k].text(self.text)
    }

    /// Token `k`'s text folded ([`crate::lexicon::fold`], done once by the corpus).
    pub fn folded(&self, k: usize) -> &'a str {
        self.c.folded(self.d, k)
    }

    /// Token `k`'s kind.
    pub fn kind(&self, k: usize) -> TokenKind {
        self.toks[k].kind
    }

    /// Whether token `k` starts with an upper-case letter.
    pub fn is_capitalized(&self, k: usize) -> bool {
        self.toks[k].is_capitalized(self.text)
    }

    /// The byte span of tokens `a..b`.
    pub fn span(&self, a: usize, b: usize) -> Span {
        Span::new(self.toks[a].span.start, self.toks[b - 1].span.end)
    }

    /// The text of tokens `a..b`.
    pub fn surface(&self, a: usize, b: usize) -> &'a str {
        self.span(a, b).of(self.text)
    }

    /// The list bits of token `k`.
    fn list_bits(&self, k: usize) -> u32 {
        self.lookups.lists[self.c.word_id(self.d, k)]
    }

    /// Whether token `k` (folded) is in any of the lists of `bits` ([`list`]).
    pub fn is(&self, k: usize, bits: u32) -> bool {
        self.list_bits(k) & bits != 0
    }

    /// A capitalised word that may be part of a name (not a month or weekday), or an
    /// inner-capital name such as "iPhone" or "eBay".
    pub fn is_name_word(&self, k: usize) -> bool {
        let mut f = self.facts[k].get();
        if f & NAME_WORD_DONE == 0 {
            let yes = self.kind(k) == TokenKind::Word
                && (self.is_capitalized(k) || inner_capital(self.word(k)))
                && !self.is(k, list::CALENDAR);
            f = self.facts[k].get() | NAME_WORD_DONE | if yes { NAME_WORD } else { 0 };
            self.facts[k].set(f);
        }
        f & NAME_WORD != 0
    }

    /// Whether token `k` is a role word naming an office, not a mere modifier such
    /// as "foreign" or "deputy".
    pub fn is_office(&self, k: usize) -> bool {
        self.is(k, list::ROLE) && !self.is(k, list::TITLE_MODIFIER)
    }

    /// Bit `bit` of token `k`, computing it with `compute` (which returns the bits
    /// to set) unless `done` says it is known.
    fn cached(&self, k: usize, done: u32, bit: u32, compute: impl FnOnce(&'a str) -> u32) -> bool {
        let mut f = self.facts[k].get();
        if f & done == 0 {
            f |= done | compute(self.word(k));
            self.facts[k].set(f);
        }
        f & bit != 0
    }

    fn place_bits(&self, k: usize, bit: u32) -> bool {
        self.cached(k, PLACE_DONE, bit, |w| {
            self.lookups.with_place(w, |p| match p {
                Some(Place::Country(_)) => PLACE | COUNTRY,
                Some(_) => PLACE,
                None => 0,
            })
        })
    }

    /// Whether the gazetteer knows token `k` as a place.
    pub fn is_place(&self, k: usize) -> bool {
        self.place_bits(k, PLACE)
    }

    /// Whether the gazetteer knows token `k` as a country.
    pub fn is_country(&self, k: usize) -> bool {
        self.place_bits(k, COUNTRY)
    }

    /// Whether the gazetteer knows token `k` as a demonym.
    pub fn is_demonym(&self, k: usize) -> bool {
        self.cached(k, DEMONYM_DONE, DEMONYM, |w| if self.lookups.demonym(w).is_some() { DEMONYM } else { 0 })
    }

    /// Whether token `k` is a common given name.
    pub fn is_given_name(&self, k: usize) -> bool {
        self.cached(k, GIVEN_DONE, GIVEN, |w| if self.lookups.is_given_name(w) { GIVEN } else { 0 })
    }

    fn case(&self, k: usize, bit: u32) -> bool {
        let mut f = self.facts[k].get();
        if f & CASE_DONE == 0 {
            f |= CASE_DONE;
            let (lower, cap) = self.c.case_counts(self.d, k);
            if lower > 0 {
                f |= LOWER_SEEN;
            }
            if cap > 0 {
                f |= CAP_SEEN;
            }
            if lower > cap {
                f |= MOSTLY_LOWER;
            }
            self.facts[k].set(f);
        }
        f & bit != 0
    }

    /// Whether the set writes token `k` in lower case at least once.
    pub fn seen_lower(&self, k: usize) -> bool {
        self.case(k, LOWER_SEEN)
    }

    /// Whether the set capitalises token `k` mid-sentence at least once.
    pub fn seen_capitalized(&self, k: usize) -> bool {
        self.case(k, CAP_SEEN)
    }

    /// Whether token `k`'s folded form is more often written in lower case than capitalised
    /// mid-sentence ([`Corpus::case_counts`]).
    pub fn mostly_lower(&self, k: usize) -> bool {
        self.case(k, MOSTLY_LOWER)
    }

    /// The gazetteer's reading of tokens `a..b`.
    pub fn place(&self, a: usize, b: usize) -> Option<Place> {
        self.lookups.place(self.surface(a, b))
    }
}
