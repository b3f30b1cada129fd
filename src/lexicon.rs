//! Word lists and gazetteers shared by the stages.
//!
//! Gazetteers and given names are generated into `data/` by `scripts/gen-data.mjs`
//! from openly licensed packages (see `data/SOURCES.md`) and embedded at compile
//! time. The short closed-class lists below (honorifics, office words, heads of
//! organisation and facility names) are general English, not tied to any story.

use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

/// Folds a surface form for lookup: Latin letters without diacritics, Greek and
/// Cyrillic transliterated, lower case, dots and apostrophes dropped, whitespace and
/// hyphens collapsed to one space ("U.S." → "us", "Türkiye" → "turkiye",
/// "Darçiev" → "darciev", "Дарчиев" → "darchiev"). Characters of other scripts are
/// kept (lower-cased), so names in them still fold to distinct keys.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out);
    out
}

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

/// Appends [`fold`]`(s)` to `out` (a buffer reused for many words: see `Corpus::new`).
pub fn fold_into(s: &str, out: &mut String) {
    // Most words are ASCII letters and digits: folding is lower-casing them.
    if s.bytes().all(|b| b.is_ascii_alphanumeric()) {
        let start = out.len();
        out.push_str(s);
        out[start..].make_ascii_lowercase();
    } else if s.is_ascii() {
        fold_ascii(s.as_bytes(), out);
    } else {
        fold_each(s, |c| out.push(c));
    }
}

/// [`fold_each`] for ASCII text (names of several words, "U.S."), byte by byte.
fn fold_ascii(s: &[u8], out: &mut String) {
    let mut space = false;
    let mut started = false;
    for &b in s {
        match b {
            b'.' | b'\'' => {}
            // char::is_whitespace in ASCII: tab to carriage return, and space.
            b'\t'..=b'\r' | b' ' | b'-' => space = started,
            _ => {
                if space {
                    out.push(' ');
                    space = false;
                }
                started = true;
                out.push(char::from(b.to_ascii_lowercase()));
            }
        }
    }
}

/// The characters of [`fold`]`(s)`, one by one, without allocating.
fn fold_each(s: &str, mut emit: impl FnMut(char)) {
    let mut space = false;
    let mut started = false;
    let mut push = |c: char, emit: &mut dyn FnMut(char)| {
        if c == '.' || c == '\'' {
            return;
        }
        if c.is_whitespace() || c == '-' {
            space = started;
            return;
        }
        if space {
            emit(' ');
            space = false;
        }
        started = true;
        if c.is_ascii() {
            emit(c.to_ascii_lowercase());
        } else {
            c.to_lowercase().for_each(&mut *emit);
        }
    };
    for c in s.chars() {
        if c.is_ascii() {
            push(c, &mut emit);
        } else {
            match translit(c) {
                Some(t) => t.chars().for_each(|t| push(t, &mut emit)),
                None => push(c, &mut emit),
            }
        }
    }
}

/// Lower-case base letters of U+00C0–U+024F (Latin-1 letters, Latin Extended-A and -B)
/// and of U+1E00–U+1EFF (Latin Extended Additional), from the Unicode decompositions
/// and character names (scripts/gen-fold-table.py); a digit indexes [`LATIN_MULTI`],
/// a space means "keep the character".
const LATIN_C0: &[u8; 400] = b"aaaaaa0ceeeeiiiidnooooo ouuuuy12aaaaaa0ceeeeiiiidnooooo ouuuuy1yaaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii33jjkkqllllllllllnnnnnn 44oooooo55rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzsbbbb   cc ddd    ffg 6 ikkl  nnooo77pp     ttttuu vyyzz             888999:::aaiioouuuuuuuuuu aaaa00ggggkkoooo  j888gg  nnaa00ooaaaaeeeeiiiioooorrrruuuusstt  hhnd;;zzaaeeooooooooyylntj  accltsz  b  eejj qrryy";
const LATIN_1E: &[u8; 256] = b"aabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmmmmmmnnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvvwwwwwwwwwwxxxxyyzzzzzzhtwyasss2 aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy    yy";
const LATIN_MULTI: [&str; 12] = ["ae", "th", "ss", "ij", "ng", "oe", "hv", "oi", "dz", "lj", "nj", "ou"];
const LETTERS: &str = "abcdefghijklmnopqrstuvwxyz";
/// Cyrillic U+0400–U+045F (Russian, Ukrainian, Belarusian, Serbian, Macedonian), BGN/PCGN-like.
const CYRILLIC: [&str; 96] = [
    "e", "e", "dj", "g", "ye", "dz", "i", "yi", "j", "lj", "nj", "c", "k", "i", "u", "dz", // Ѐ–Џ
    "a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", // А–П
    "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", // Р–Я
    "a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", // а–п
    "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", // р–я
    "e", "e", "dj", "g", "ye", "dz", "i", "yi", "j", "lj", "nj", "c", "k", "i", "u", "dz", // ѐ–џ
];
/// Greek α–ω (U+03B1–U+03C9; capitals are 0x20 lower).
const GREEK: [&str; 25] = [
    "a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o", "p", "r", "s", "s", "t", "y", "f",
    "ch", "ps", "o",
];

/// The ASCII spelling of a non-ASCII character, where [`fold`] has one.
fn translit(c: char) -> Option<&'static str> {
    let letter = |b: u8| match b {
        b'a'..=b'z' => Some(&LETTERS[(b - b'a') as usize..(b - b'a') as usize + 1]),
        b'0'..=b';' => Some(LATIN_MULTI[(b - b'0') as usize]),
        _ => None,
    };
    let cp = c as u32;
    match cp {
        0xA0 => Some(" "),
        0xAD | 0x200B..=0x200F | 0x2060 | 0xFEFF | 0x0300..=0x036F => Some(""),
        0xC0..=0x24F => letter(LATIN_C0[(cp - 0xC0) as usize]),
        0x1E00..=0x1EFF => letter(LATIN_1E[(cp - 0x1E00) as usize]),
        0x400..=0x45F => Some(CYRILLIC[(cp - 0x400) as usize]),
        0x490 | 0x491 => Some("g"), // Ґ ґ
        0x492 | 0x493 => Some("gh"),
        0x49A | 0x49B => Some("k"),
        0x4A2 | 0x4A3 => Some("ng"),
        0x4AE..=0x4B1 => Some("u"),
        0x4B2 | 0x4B3 => Some("kh"),
        0x4B6 | 0x4B7 => Some("ch"),
        0x4BA | 0x4BB => Some("h"),
        0x4D8 | 0x4D9 => Some("a"),
        0x4E8 | 0x4E9 => Some("o"),
        0x3B1..=0x3C9 => Some(GREEK[(cp - 0x3B1) as usize]),
        0x391..=0x3A9 => GREEK.get((cp - 0x391) as usize).copied(),
        0x386 | 0x3AC => Some("a"),
        0x388 | 0x3AD => Some("e"),
        0x389 | 0x38A | 0x390 | 0x3AE | 0x3AF | 0x3AA | 0x3CA => Some("i"),
        0x38C | 0x38F | 0x3CC | 0x3CE => Some("o"),
        0x38E | 0x3AB | 0x3B0 | 0x3CB | 0x3CD => Some("y"),
        0x2000..=0x200A | 0x202F | 0x205F | 0x3000 => Some(" "),
        0x2010..=0x2015 | 0x2212 => Some("-"),
        0x2018..=0x201B | 0x2032 | 0x02B9 | 0x02BB..=0x02BF => Some("'"),
        0x201C..=0x201F | 0x00AB | 0x00BB => Some("\""),
        0x2026 => Some("..."),
        _ => None,
    }
}

/// A country from the gazetteer.
#[derive(Debug, Clone)]
pub struct Country {
    /// ISO 3166-1 alpha-2 code.
    pub code: String,
    /// Common English name.
    pub name: String,
}

/// A gazetteer hit for a name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    /// A country (by code).
    Country(String),
    /// A country's capital (city name, country code), which may stand for its government.
    Capital(String, String),
    /// A city or region (name, country code).
    Other(String, String),
}

/// All gazetteers, loaded once.
pub struct Gazetteer {
    countries: Vec<Country>,
    by_code: HashMap<String, usize>,
    names: HashMap<String, usize>,
    codes: HashMap<String, usize>,
    demonyms: HashMap<String, usize>,
    capitals: HashMap<String, usize>,
    places: HashMap<String, String>,
    /// Folded given names, sorted (binary search: smaller than a hash set).
    given: Vec<String>,
}

/// The shared gazetteer.
pub fn gazetteer() -> &'static Gazetteer {
    static G: OnceLock<Gazetteer> = OnceLock::new();
    G.get_or_init(Gazetteer::load)
}

impl Gazetteer {
    fn load() -> Gazetteer {
        let mut g = Gazetteer {
            countries: Vec::new(),
            by_code: HashMap::default(),
            names: HashMap::default(),
            codes: HashMap::default(),
            demonyms: HashMap::default(),
            capitals: HashMap::default(),
            places: HashMap::default(),
            given: Vec::new(),
        };
        for line in include_str!("../data/countries.tsv").lines().filter(|l| !l.starts_with('#')) {
            let f: Vec<&str> = line.split('\t').collect();
            if f.len() < 5 {
                continue;
            }
            let i = g.countries.len();
            g.countries.push(Country { code: f[0].to_string(), name: f[1].to_string() });
            g.by_code.insert(f[0].to_string(), i);
            g.names.insert(fold(f[1]), i);
            for a in f[2].split('|').filter(|a| !a.is_empty()) {
                if a.len() <= 3 && a.chars().all(|c| c.is_ascii_uppercase()) {
                    g.codes.insert(a.to_string(), i);
                } else {
                    g.names.entry(fold(a)).or_insert(i);
                }
            }
            for d in f[3].split('|').filter(|a| !a.is_empty()) {
                g.demonyms.entry(fold(d)).or_insert(i);
            }
            for c in f[4].split('|').filter(|a| !a.is_empty()) {
                // "Washington D.C." is also called "Washington".
                let c = c.trim_end_matches(" D.C.").trim_end_matches(" DC");
                g.capitals.entry(fold(c)).or_insert(i);
            }
        }
        // Common short forms the data lacks as codes.
        for (alias, code) in [("U.S.", "US"), ("U.K.", "GB"), ("UK", "GB"), ("UAE", "AE")] {
            if let Some(&i) = g.by_code.get(code) {
                g.codes.insert(alias.to_string(), i);
            }
        }
        // One line per country: code, tab, front-coded names. Where two places fold to
        // one key, the first by (name, code) wins, as when the file listed one place a line.
        let mut places: Vec<(String, &str)> = Vec::with_capacity(4500);
        for line in include_str!("../data/places.tsv").lines().filter(|l| !l.starts_with('#')) {
            if let Some((cc, names)) = line.split_once('\t') {
                front_decode(names.split('|'), |name| places.push((name.to_string(), cc)));
            }
        }
        places.sort_unstable();
        g.places.reserve(places.len());
        for (name, cc) in places {
            g.places.entry(fold(&name)).or_insert_with(|| cc.to_string());
        }
        front_decode(include_str!("../data/given_names.txt").lines().filter(|l| !l.starts_with('#')), |name| {
            g.given.push(fold(name))
        });
        g.given.sort_unstable();
        g.given.dedup();
        g
    }

    /// The country with this code.
    pub fn country(&self, code: &str) -> Option<&Country> {
        self.by_code.get(code).map(|&i| &self.countries[i])
    }

    /// Looks a name up: country names and codes (codes case-sensitively), capitals, cities, regions.
    pub fn place(&self, surface: &str) -> Option<Place> {
        let code = |i: usize| self.countries[i].code.clone();
        let f = fold(surface);
        // An all-caps headline's "AND", "IN", "TO", "CAN", "MAR" are words, not the codes
        // of Andorra, India, Tonga, Canada or Morocco.
        let word = || FUNCTION_WORDS.contains(&f.as_str()) || CALENDAR_WORDS.contains(&f.as_str());
        if let Some(&i) = self.codes.get(surface).filter(|_| !word()) {
            return Some(Place::Country(code(i)));
        }
        if let Some(&i) = self.names.get(&f) {
            return Some(Place::Country(code(i)));
        }
        if let Some(&i) = self.capitals.get(&f) {
            return Some(Place::Capital(self.countries[i].name.clone(), code(i)));
        }
        self.places.get(&f).map(|cc| Place::Other(surface.to_string(), cc.clone()))
    }

    /// The country a demonym denotes ("Russian" → RU).
    pub fn demonym(&self, surface: &str) -> Option<String> {
        self.demonyms.get(&fold(surface)).map(|&i| self.countries[i].code.clone())
    }

    /// True for a common given name.
    pub fn is_given_name(&self, surface: &str) -> bool {
        self.given.binary_search(&fold(surface)).is_ok()
    }
}

/// Decodes a front-coded list (`scripts/gen-data.mjs`): each entry is a digit, the
/// number of leading characters shared with the previous entry, then the rest.
fn front_decode<'a>(entries: impl Iterator<Item = &'a str>, mut each: impl FnMut(&str)) {
    let mut cur = String::new();
    for e in entries {
        let mut chars = e.chars();
        let keep = chars.next().and_then(|c| c.to_digit(10)).unwrap_or(0) as usize;
        let cut = cur.char_indices().nth(keep).map_or(cur.len(), |(i, _)| i);
        cur.truncate(cut);
        cur.push_str(chars.as_str());
        each(&cur);
    }
}

/// Honorifics that precede a person's name ("Ms. Bruce").
pub const HONORIFICS: &[&str] = &["mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "rev"];

/// Words of titles and offices ("Deputy Assistant Secretary", "Foreign Minister", "spokesperson").
pub const ROLE_WORDS: &[&str] = &[
    "president",
    "vice",
    "prime",
    "minister",
    "secretary",
    "deputy",
    "assistant",
    "under",
    "undersecretary",
    "ambassador",
    "envoy",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "senator",
    "sen",
    "representative",
    "rep",
    "governor",
    "gov",
    "mayor",
    "general",
    "gen",
    "colonel",
    "col",
    "admiral",
    "chancellor",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "judge",
    "justice",
    "chairman",
    "chairwoman",
    "chair",
    "chief",
    "director",
    "commissioner",
    "attorney",
    "foreign",
    "defense",
    "defence",
    "interior",
    "finance",
    "trade",
    "consul",
    "counselor",
    "counsellor",
    "special",
    "acting",
    "former",
    "lady",
    "professor",
    "sheikh",
    "emir",
    "crown",
    "executive",
    "ceo",
    "officer",
    "captain",
    "lieutenant",
    "sergeant",
    "major",
    "commander",
    "pastor",
    "bishop",
    "cardinal",
    "archbishop",
    "rabbi",
    "imam",
    "official",
    "diplomat",
    "leader",
    "head",
    "adviser",
    "advisor",
    "negotiator",
    "delegate",
    "envoy",
    "prosecutor",
    "lawyer",
    "analyst",
    "correspondent",
    "reporter",
    "editor",
    "founder",
    "manager",
    "sheriff",
    "inspector",
    "superintendent",
    "premier",
    "speaker",
    "dean",
    "coach",
];

/// Head words of organisation names ("State Department", "Foreign Ministry").
pub const ORG_HEADS: &[&str] = &[
    "ministry",
    "department",
    "agency",
    "council",
    "committee",
    "commission",
    "party",
    "bank",
    "university",
    "organization",
    "organisation",
    "union",
    "association",
    "company",
    "corporation",
    "corp",
    "inc",
    "ltd",
    "group",
    "institute",
    "court",
    "senate",
    "congress",
    "parliament",
    "assembly",
    "administration",
    "office",
    "bureau",
    "service",
    "services",
    "authority",
    "force",
    "forces",
    "army",
    "navy",
    "police",
    "government",
    "foundation",
    "fund",
    "federation",
    "league",
    "network",
    "news",
    "times",
    "post",
    "press",
    "agency",
    "television",
    "radio",
    "newspaper",
    "magazine",
    "journal",
    "gazette",
    "tribune",
    "herald",
    "channel",
    "broadcaster",
    "cabinet",
    "board",
    "alliance",
    "coalition",
    "front",
    "movement",
    "club",
    "team",
    "airlines",
    "airways",
    "school",
    "college",
    "centre",
    "center",
    "kremlin",
    "pentagon",
    "nations",
    "un",
];

/// Head nouns of facility names and descriptions ("Killenworth estate", "Russian Consulate General").
pub const FACILITY_HEADS: &[&str] = &[
    "estate",
    "dacha",
    "villa",
    "motel",
    "hotel",
    "compound",
    "residence",
    "mansion",
    "house",
    "palace",
    "embassy",
    "consulate",
    "airport",
    "airbase",
    "base",
    "building",
    "tower",
    "plant",
    "mine",
    "bridge",
    "hospital",
    "prison",
    "jail",
    "stadium",
    "arena",
    "church",
    "cathedral",
    "mosque",
    "temple",
    "synagogue",
    "station",
    "port",
    "harbor",
    "harbour",
    "dam",
    "castle",
    "camp",
    "museum",
    "hall",
    "square",
    "park",
    "school",
    "farm",
    "ranch",
    "cottage",
    "retreat",
    "lodge",
    "complex",
    "facility",
    "reactor",
    "refinery",
];

/// Lower-case words that may stand inside a name between capitalised words.
pub const NAME_CONNECTORS: &[&str] =
    &["of", "for", "de", "del", "da", "dos", "van", "von", "der", "den", "al", "bin", "la", "le", "du", "y"];

/// Capitalised words that start sentences but never names on their own.
pub const FUNCTION_WORDS: &[&str] = &[
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "in",
    "on",
    "at",
    "by",
    "for",
    "from",
    "to",
    "of",
    "with",
    "and",
    "but",
    "or",
    "nor",
    "so",
    "yet",
    "as",
    "if",
    "when",
    "while",
    "after",
    "before",
    "since",
    "until",
    "although",
    "though",
    "because",
    "both",
    "also",
    "according",
    "following",
    "previously",
    "meanwhile",
    "however",
    "moreover",
    "furthermore",
    "other",
    "another",
    "some",
    "many",
    "several",
    "each",
    "every",
    "all",
    "most",
    "more",
    "such",
    "there",
    "here",
    "it",
    "its",
    "he",
    "she",
    "they",
    "we",
    "i",
    "you",
    "his",
    "her",
    "their",
    "our",
    "my",
    "your",
    "what",
    "which",
    "who",
    "whom",
    "whose",
    "why",
    "how",
    "where",
    "are",
    "is",
    "was",
    "were",
    "be",
    "do",
    "does",
    "did",
    "has",
    "have",
    "had",
    "will",
    "would",
    "can",
    "could",
    "may",
    "might",
    "should",
    "must",
    "not",
    "no",
    "yes",
    "one",
    "two",
    "three",
    "first",
    "second",
    "third",
    "last",
    "next",
    "new",
    "earlier",
    "later",
    "then",
    "now",
    "today",
    "yesterday",
    "tomorrow",
    "still",
    "even",
    "only",
    "just",
    "about",
    "over",
    "under",
    "between",
    "during",
    "without",
    "within",
    "amid",
    "amidst",
    "despite",
    "instead",
    "once",
    "around",
    "among",
    "through",
    "against",
    "toward",
    "towards",
    "upon",
    "into",
    "onto",
    "central",
    "details",
    "any",
    "none",
    "those",
    "whether",
    "unlike",
    "like",
    "given",
    "including",
    "building",
    "read",
    "further",
    "overall",
    "officials",
    "sources",
    "reports",
];

/// Month and weekday names: time expressions, not entities.
pub const CALENDAR_WORDS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Compass words that are not entities on their own ("the West").
pub const DIRECTION_WORDS: &[&str] = &["north", "south", "east", "west", "northern", "southern", "eastern", "western"];

/// True when `list` contains the folded form of `word` (no allocation: the
/// lists hold short words, so the folded form goes into a small buffer).
pub fn has(list: &[&str], word: &str) -> bool {
    let mut buf = [0u8; 32];
    let mut len = 0;
    let mut fits = true;
    if word.len() <= buf.len() && word.bytes().all(|b| b.is_ascii_alphanumeric()) {
        // The common case, as in `fold`: lower-casing is folding.
        len = word.len();
        buf[..len].copy_from_slice(word.as_bytes());
        buf[..len].make_ascii_lowercase();
    } else {
        fold_each(word, |c| {
            if fits && len + c.len_utf8() <= buf.len() {
                len += c.encode_utf8(&mut buf[len..]).len();
            } else {
                fits = false;
            }
        });
    }
    // Every list entry is far shorter than the buffer; a longer word is in none of them.
    // Length and first byte before the whole comparison: most entries differ there,
    // and a call to `memcmp` per entry was a tenth of the native profile.
    let f = &buf[..len];
    fits && !f.is_empty() && list.iter().any(|w| w.len() == len && w.as_bytes()[0] == f[0] && w.as_bytes() == f)
}

#[cfg(test)]
mod tests {
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
        assert!(has(ROLE_WORDS, "Under-Secretary") == has(ROLE_WORDS, "under secretary"));
        assert!(has(ROLE_WORDS, "PRESIDENT") && !has(ROLE_WORDS, &"x".repeat(100)));
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
    }
}
