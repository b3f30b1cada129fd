//! Word lists and gazetteers shared by the stages.
//!
//! Gazetteers and given names are generated into `data/` by `scripts/gen-data.mjs`
//! from openly licensed packages (see `data/SOURCES.md`) and embedded at compile
//! time. The short closed-class lists below (honorifics, office words, heads of
//! organisation and facility names) are general English, not tied to any story.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// Folds a surface form for lookup: ASCII transliteration, lower case, dots and
/// apostrophes dropped, whitespace collapsed ("U.S." → "us", "Türkiye" → "turkiye").
pub fn fold(s: &str) -> String {
    let ascii = deunicode::deunicode(s);
    let mut out = String::with_capacity(ascii.len());
    let mut space = false;
    for c in ascii.chars() {
        if c == '.' || c == '\'' {
            continue;
        }
        if c.is_whitespace() || c == '-' {
            space = !out.is_empty();
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        out.extend(c.to_lowercase());
    }
    out
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
    given: HashSet<String>,
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
            by_code: HashMap::new(),
            names: HashMap::new(),
            codes: HashMap::new(),
            demonyms: HashMap::new(),
            capitals: HashMap::new(),
            places: HashMap::new(),
            given: HashSet::new(),
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
        for line in include_str!("../data/places.tsv").lines().filter(|l| !l.starts_with('#')) {
            let mut f = line.split('\t');
            if let (Some(name), Some(cc)) = (f.next(), f.next()) {
                g.places.entry(fold(name)).or_insert_with(|| cc.to_string());
            }
        }
        for line in include_str!("../data/given_names.txt").lines().filter(|l| !l.starts_with('#')) {
            g.given.insert(fold(line));
        }
        g
    }

    /// The country with this code.
    pub fn country(&self, code: &str) -> Option<&Country> {
        self.by_code.get(code).map(|&i| &self.countries[i])
    }

    /// Looks a name up: country names and codes (codes case-sensitively), capitals, cities, regions.
    pub fn place(&self, surface: &str) -> Option<Place> {
        let code = |i: usize| self.countries[i].code.clone();
        if let Some(&i) = self.codes.get(surface) {
            return Some(Place::Country(code(i)));
        }
        let f = fold(surface);
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
        self.given.contains(&fold(surface))
    }
}

/// Honorifics that precede a person's name ("Ms. Bruce").
pub const HONORIFICS: &[&str] = &["mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "rev"];

/// Words of titles and offices ("Deputy Assistant Secretary", "Foreign Minister", "spokesperson").
pub const ROLE_WORDS: &[&str] = &[
    "president", "vice", "prime", "minister", "secretary", "deputy", "assistant", "under", "undersecretary",
    "ambassador", "envoy", "spokesperson", "spokesman", "spokeswoman", "senator", "sen", "representative",
    "rep", "governor", "gov", "mayor", "general", "gen", "colonel", "col", "admiral", "chancellor", "king", "queen",
    "prince", "princess", "pope", "judge", "justice", "chairman", "chairwoman", "chair", "chief", "director",
    "commissioner", "attorney", "foreign", "defense", "defence", "interior", "finance", "trade", "consul",
    "counselor", "counsellor", "special", "acting", "former", "lady", "professor", "sheikh", "emir", "crown",
    "executive", "ceo", "officer", "captain", "lieutenant", "sergeant", "major", "commander", "pastor", "bishop",
    "cardinal", "archbishop", "rabbi", "imam", "official", "diplomat", "leader", "head", "adviser", "advisor",
    "negotiator", "delegate", "envoy", "prosecutor", "lawyer", "analyst", "correspondent", "reporter", "editor",
    "founder", "manager", "sheriff", "inspector", "superintendent", "premier", "speaker", "dean", "coach",
];

/// Head words of organisation names ("State Department", "Foreign Ministry").
pub const ORG_HEADS: &[&str] = &[
    "ministry", "department", "agency", "council", "committee", "commission", "party", "bank", "university",
    "organization", "organisation", "union", "association", "company", "corporation", "corp", "inc", "ltd",
    "group", "institute", "court", "senate", "congress", "parliament", "assembly", "administration", "office",
    "bureau", "service", "services", "authority", "force", "forces", "army", "navy", "police", "government",
    "foundation", "fund", "federation", "league", "network", "news", "times", "post", "press", "agency",
    "television", "radio", "newspaper", "magazine", "journal", "gazette", "tribune", "herald", "channel", "broadcaster", "cabinet", "board", "alliance", "coalition", "front", "movement", "club", "team",
    "airlines", "airways", "school", "college", "centre", "center", "kremlin", "pentagon", "nations", "un",
];

/// Head nouns of facility names and descriptions ("Killenworth estate", "Russian Consulate General").
pub const FACILITY_HEADS: &[&str] = &[
    "estate", "dacha", "villa", "motel", "hotel", "compound", "residence", "mansion", "house", "palace",
    "embassy", "consulate", "airport", "airbase", "base", "building", "tower", "plant", "mine", "bridge",
    "hospital", "prison", "jail", "stadium", "arena", "church", "cathedral", "mosque", "temple", "synagogue",
    "station", "port", "harbor", "harbour", "dam", "castle", "camp", "museum", "hall", "square", "park",
    "school", "farm", "ranch", "cottage", "retreat", "lodge", "complex", "facility", "reactor", "refinery",
];

/// Lower-case words that may stand inside a name between capitalised words.
pub const NAME_CONNECTORS: &[&str] = &["of", "for", "de", "del", "da", "dos", "van", "von", "der", "den", "al", "bin", "la", "le", "du", "y"];

/// Capitalised words that start sentences but never names on their own.
pub const FUNCTION_WORDS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "in", "on", "at", "by", "for", "from", "to", "of", "with",
    "and", "but", "or", "nor", "so", "yet", "as", "if", "when", "while", "after", "before", "since", "until",
    "although", "though", "because", "both", "also", "according", "following", "previously", "meanwhile",
    "however", "moreover", "furthermore", "other", "another", "some", "many", "several", "each", "every", "all",
    "most", "more", "such", "there", "here", "it", "its", "he", "she", "they", "we", "i", "you", "his", "her",
    "their", "our", "my", "your", "what", "which", "who", "whom", "whose", "why", "how", "where", "are", "is",
    "was", "were", "be", "do", "does", "did", "has", "have", "had", "will", "would", "can", "could", "may",
    "might", "should", "must", "not", "no", "yes", "one", "two", "three", "first", "second", "third", "last",
    "next", "new", "earlier", "later", "then", "now", "today", "yesterday", "tomorrow", "still", "even", "only",
    "just", "about", "over", "under", "between", "during", "without", "within", "amid", "amidst", "despite",
    "instead", "once", "around", "among", "through", "against", "toward", "towards", "upon", "into", "onto",
    "central", "details", "any", "none", "those", "whether", "unlike", "like", "given", "including", "building", "read", "further", "overall", "officials", "sources", "reports",
];

/// Month and weekday names: time expressions, not entities.
pub const CALENDAR_WORDS: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
];

/// Compass words that are not entities on their own ("the West").
pub const DIRECTION_WORDS: &[&str] = &["north", "south", "east", "west", "northern", "southern", "eastern", "western"];

/// True when `list` contains the folded form of `word`.
pub fn has(list: &[&str], word: &str) -> bool {
    let f = fold(word);
    list.contains(&f.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_and_looks_up() {
        assert_eq!(fold("U.S."), "us");
        assert_eq!(fold("Türkiye"), "turkiye");
        let g = gazetteer();
        assert_eq!(g.place("U.S."), Some(Place::Country("US".into())));
        assert_eq!(g.place("Turkey"), g.place("Türkiye"));
        assert_eq!(g.place("United States"), Some(Place::Country("US".into())));
        assert!(matches!(g.place("Moscow"), Some(Place::Capital(_, c)) if c == "RU"));
        assert!(matches!(g.place("Washington"), Some(Place::Capital(_, c)) if c == "US"));
        assert_eq!(g.demonym("Russian").as_deref(), Some("RU"));
        assert!(g.is_given_name("Tammy"));
        assert_eq!(g.place("It"), None);
    }
}
