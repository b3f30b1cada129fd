//! The gazetteers: countries (names, codes, demonyms, capitals), cities and regions, given
//! names; generated into `data/` by `scripts/gen-data.mjs` and embedded at compile time.

use super::{fold, list, lists_of, HashMap};
use std::sync::OnceLock;

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
    /// Other names of gazetteer places, folded, and the gazetteer's name ("Salonika" →
    /// "Thessaloníki"; `data/place_names.tsv`).
    aliases: HashMap<String, String>,
    /// Folded given names, sorted (binary search: smaller than a hash set), each with the
    /// sex only its bearers have in the lists (1 men, 2 women, 0 both: as `NameMarks::sex`).
    given: Vec<(String, u8)>,
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
            aliases: HashMap::default(),
            given: Vec::new(),
        };
        for line in include_str!("../../data/countries.tsv").lines().filter(|l| !l.starts_with('#')) {
            let f: Vec<&str> = line.split('\t').collect();
            if f.len() < 5 {
                continue;
            }
            let i = g.countries.len();
            g.countries.push(Country { code: f[0].to_string(), name: f[1].to_string() });
            g.by_code.insert(f[0].to_string(), i);
            g.names.insert(fold(f[1]), i);
            for a in f[2].split('|').filter(|a| !a.is_empty()) {
                // ISO codes ("AM", "EST", "TV") are not how prose names a country: only the
                // abbreviations of `[country_abbr]` are (below).
                if !(a.len() <= 4 && a.chars().all(|c| c.is_ascii_uppercase())) {
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
        // The abbreviations English prose uses for countries ("US", "UK", "UAE"), by the
        // country their expansion names.
        for (abbr, reason) in super::entries("country_abbr") {
            let expansion = reason.strip_prefix("abbr:").unwrap_or_default();
            if let Some(&i) = g.names.get(&fold(expansion)) {
                g.codes.insert(abbr.to_ascii_uppercase(), i);
            }
        }
        // One line per country: code, tab, front-coded names. Where two places fold to
        // one key, the first by (name, code) wins, as when the file listed one place a line.
        let mut places: Vec<(String, &str)> = Vec::with_capacity(4500);
        for line in include_str!("../../data/places.tsv").lines().filter(|l| !l.starts_with('#')) {
            if let Some((cc, names)) = line.split_once('\t') {
                front_decode(names.split('|'), |name| places.push((name.to_string(), cc)));
            }
        }
        places.sort_unstable();
        g.places.reserve(places.len());
        for (name, cc) in places {
            g.places.entry(fold(&name)).or_insert_with(|| cc.to_string());
        }
        for line in include_str!("../../data/place_names.tsv").lines().filter(|l| !l.starts_with('#')) {
            if let Some((name, others)) = line.split_once('\t') {
                for other in others.split('|') {
                    g.aliases.insert(fold(other), name.to_string());
                }
            }
        }
        front_decode(include_str!("../../data/given_names.txt").lines().filter(|l| !l.starts_with('#')), |name| {
            let (name, sex) = match name.as_bytes().last() {
                Some(b'*') => (&name[..name.len() - 1], 1),
                Some(b'+') => (&name[..name.len() - 1], 2),
                _ => (name, 0),
            };
            g.given.push((fold(name), sex))
        });
        g.given.sort_unstable();
        g.given.dedup_by(|a, b| a.0 == b.0);
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
        let word = || lists_of(&f) & (list::FUNCTION | list::CALENDAR) != 0;
        if let Some(&i) = self.code_of(surface).filter(|_| !word()) {
            return Some(Place::Country(code(i)));
        }
        if let Some(&i) = self.names.get(&f) {
            return Some(Place::Country(code(i)));
        }
        if let Some(&i) = self.capitals.get(&f) {
            return Some(Place::Capital(self.countries[i].name.clone(), code(i)));
        }
        if let Some(cc) = self.places.get(&f) {
            return Some(Place::Other(surface.to_string(), cc.clone()));
        }
        self.aliases.get(&f).and_then(|name| self.place(name))
    }

    /// The gazetteer's name of a place another name of it denotes ("Salonika" →
    /// "Thessaloníki", "Bombay" → "Mumbai"); none for a name the gazetteer has itself.
    pub fn alias(&self, surface: &str) -> Option<&str> {
        self.aliases.get(&fold(surface)).map(String::as_str)
    }

    /// The country of a prose abbreviation written in capitals, with or without dots ("US",
    /// "U.S.", "U.S", "U. S.").
    fn code_of(&self, surface: &str) -> Option<&usize> {
        if surface.len() > 12 || !surface.bytes().all(|b| b.is_ascii_uppercase() || b == b'.' || b == b' ') {
            return None;
        }
        let bare: String = surface.chars().filter(char::is_ascii_uppercase).collect();
        self.codes.get(&bare)
    }

    /// The US state an AP-style abbreviation stands for ("Mich." → "Michigan"), as the
    /// gazetteer writes it.
    pub fn state(&self, abbr: &str) -> Option<&'static str> {
        let f = fold(abbr);
        super::entries("state_abbr").find(|(w, _)| *w == f).map(|(_, r)| r.strip_prefix("abbr:").unwrap_or(r))
    }

    /// The country a demonym denotes ("Russian" → RU).
    pub fn demonym(&self, surface: &str) -> Option<String> {
        self.demonyms.get(&fold(surface)).map(|&i| self.countries[i].code.clone())
    }

    /// True for a common given name.
    pub fn is_given_name(&self, surface: &str) -> bool {
        let f = fold(surface);
        self.given.binary_search_by(|(n, _)| n.as_str().cmp(&f)).is_ok()
    }

    /// The sex a given name tells when only men (1) or only women (2) bear it in the lists
    /// ("John": 1, "Katie": 2); 0 for a name of both or of neither.
    pub fn given_name_sex(&self, surface: &str) -> u8 {
        let f = fold(surface);
        self.given.binary_search_by(|(n, _)| n.as_str().cmp(&f)).map_or(0, |i| self.given[i].1)
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
