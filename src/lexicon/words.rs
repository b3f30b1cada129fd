//! Closed-class word lists of the entity stage.

use super::fold::fold_each;
use super::HashMap;
use std::sync::OnceLock;

/// Bits of `entities::doc::Doc::is` ([`lists_of`]): the word lists a token's folded form belongs to.
pub mod list {
    /// [`super::ROLE_WORDS`].
    pub const ROLE: u32 = 1 << 0;
    /// [`super::ORG_HEADS`].
    pub const ORG_HEAD: u32 = 1 << 1;
    /// [`super::FACILITY_HEADS`].
    pub const FACILITY_HEAD: u32 = 1 << 2;
    /// [`super::FUNCTION_WORDS`].
    pub const FUNCTION: u32 = 1 << 3;
    /// [`super::CALENDAR_WORDS`].
    pub const CALENDAR: u32 = 1 << 4;
    /// [`super::NAME_CONNECTORS`].
    pub const CONNECTOR: u32 = 1 << 5;
    /// [`super::DIRECTION_WORDS`].
    pub const DIRECTION: u32 = 1 << 6;
    /// [`super::HONORIFICS`].
    pub const HONORIFIC: u32 = 1 << 7;
    /// [`PLACE_HEADS`](super::PLACE_HEADS).
    pub const PLACE_HEAD: u32 = 1 << 8;
    /// [`EVENT_HEADS`](super::EVENT_HEADS).
    pub const EVENT_HEAD: u32 = 1 << 9;
    /// Words taking an "of" complement inside a name ([`COMPLEMENT_HEADS`](super::COMPLEMENT_HEADS)).
    pub const COMPLEMENT_HEAD: u32 = 1 << 10;
    /// Qualifiers opening a run but no name ([`LEADING_QUALIFIERS`](super::LEADING_QUALIFIERS)).
    pub const LEADING_QUALIFIER: u32 = 1 << 11;
    /// [`SAY_VERBS`](super::SAY_VERBS).
    pub const SAY_VERB: u32 = 1 << 12;
    /// Modifiers of titles ([`TITLE_MODIFIERS`](super::TITLE_MODIFIERS)).
    pub const TITLE_MODIFIER: u32 = 1 << 13;
    /// Words ending a search for a role ([`BOUNDARY`](super::BOUNDARY)).
    pub const BOUNDARY: u32 = 1 << 14;
    /// Lower-case heads of organisations ([`LOWER_ORG_HEADS`](super::LOWER_ORG_HEADS)).
    pub const LOWER_ORG_HEAD: u32 = 1 << 15;
    /// Words carrying no identity in a name ([`BAG_STOP`](super::BAG_STOP)).
    pub const BAG_STOP: u32 = 1 << 16;
}

/// The list bits of every word in the lists, built once.
fn list_table() -> &'static HashMap<&'static [u8], u32> {
    static T: OnceLock<HashMap<&'static [u8], u32>> = OnceLock::new();
    T.get_or_init(|| {
        let lists: [(&[&'static str], u32); 17] = [
            (ROLE_WORDS, list::ROLE),
            (ORG_HEADS, list::ORG_HEAD),
            (FACILITY_HEADS, list::FACILITY_HEAD),
            (FUNCTION_WORDS, list::FUNCTION),
            (CALENDAR_WORDS, list::CALENDAR),
            (NAME_CONNECTORS, list::CONNECTOR),
            (DIRECTION_WORDS, list::DIRECTION),
            (HONORIFICS, list::HONORIFIC),
            (PLACE_HEADS, list::PLACE_HEAD),
            (EVENT_HEADS, list::EVENT_HEAD),
            (COMPLEMENT_HEADS, list::COMPLEMENT_HEAD),
            (LEADING_QUALIFIERS, list::LEADING_QUALIFIER),
            (SAY_VERBS, list::SAY_VERB),
            (TITLE_MODIFIERS, list::TITLE_MODIFIER),
            (BOUNDARY, list::BOUNDARY),
            (LOWER_ORG_HEADS, list::LOWER_ORG_HEAD),
            (BAG_STOP, list::BAG_STOP),
        ];
        super::bits_table(&lists)
    })
}

/// The list bits of a folded word (`lexicon::has` for each list at once).
pub fn lists_of(folded: &str) -> u32 {
    list_table().get(folded.as_bytes()).copied().unwrap_or(0)
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

/// Words that make a name a place ("Fulton County", "Mount Cook", "Gulf of Aden").
pub const PLACE_HEADS: &[&str] = &[
    "county",
    "parish",
    "province",
    "prefecture",
    "region",
    "district",
    "territory",
    "island",
    "islands",
    "valley",
    "river",
    "lake",
    "mount",
    "mountain",
    "mountains",
    "bay",
    "coast",
    "beach",
    "sea",
    "ocean",
    "gulf",
    "strait",
    "peninsula",
    "desert",
    "canyon",
    "harbor",
    "harbour",
    "street",
    "avenue",
    "road",
    "boulevard",
    "highway",
    "borough",
];

/// Words that make a name an event or other non-participant ("Cold War", "Olympic Games").
pub const EVENT_HEADS: &[&str] = &[
    "war",
    "crisis",
    "revolution",
    "games",
    "olympics",
    "cup",
    "championship",
    "championships",
    "summit",
    "festival",
    "awards",
    "election",
    "elections",
    "act",
    "treaty",
    "agreement",
    "accords",
    "prize",
    "day",
    "week",
    "series",
    "season",
];

/// Other words that take an "of" complement inside a name ("Commonwealth of Independent States").
pub const COMPLEMENT_HEADS: &[&str] = &[
    "commonwealth",
    "republic",
    "kingdom",
    "state",
    "states",
    "city",
    "port",
    "cape",
    "isle",
    "duke",
    "earl",
    "house",
    "church",
    "museum",
    "friends",
    "society",
    "order",
    "people",
    "union",
    "federation",
    "confederation",
    "bureau",
];

/// Qualifiers that open a run but belong to no name ("Former Kutztown University player").
pub const LEADING_QUALIFIERS: &[&str] =
    &["former", "late", "ex", "then", "acting", "disgraced", "embattled", "veteran", "newly"];

/// Verbs of saying that follow a person's name.
pub const SAY_VERBS: &[&str] = &[
    "said",
    "says",
    "told",
    "added",
    "noted",
    "stated",
    "wrote",
    "explained",
    "argued",
    "emphasized",
    "emphasised",
    "confirmed",
    "announced",
    "insisted",
    "warned",
    "claimed",
    "asked",
    "replied",
    "stressed",
];

/// Locative words after which a capital is the city itself.
pub const LOCATIVE: &[&str] = &[
    "in", "at", "near", "outside", "to", "from", "into", "across", "around", "inside", "via", "downtown", "of",
    "visited", "visit",
];

/// Words after a capital that make it the subject of a political act ("Moscow said").
pub const AGENT_NEXT: &[&str] = &[
    "said",
    "says",
    "has",
    "have",
    "had",
    "is",
    "was",
    "claims",
    "claimed",
    "wants",
    "wanted",
    "raised",
    "imposed",
    "accused",
    "accuses",
    "denied",
    "denies",
    "insists",
    "insisted",
    "announced",
    "warned",
    "agreed",
    "rejected",
    "demanded",
    "expects",
    "hopes",
    "will",
    "would",
    "may",
    "could",
    "should",
    "must",
    "also",
    "specifically",
    "reportedly",
    "sees",
    "views",
    "believes",
    "responded",
    "retaliated",
    "expelled",
    "sanctioned",
];

/// Words that carry no identity in an organisation or facility name.
pub const BAG_STOP: &[&str] = &["the", "of", "for", "and", "s", "affairs", "general", "building", "premises"];

/// Lower-case heads of organisations named by a country word ("Russia's foreign ministry").
pub const LOWER_ORG_HEADS: &[&str] =
    &["ministry", "government", "military", "army", "navy", "parliament", "embassy", "consulate"];

/// Words that end a search for a role before a name.
pub const BOUNDARY: &[&str] = &[
    "by",
    "with",
    "as",
    "and",
    "or",
    "said",
    "says",
    "that",
    "which",
    "who",
    "told",
    "including",
    "while",
    "between",
    "from",
];

/// Modifiers of titles that name no office by themselves (see [`Doc::is_office`]).
pub const TITLE_MODIFIERS: &[&str] = &[
    "foreign",
    "defense",
    "defence",
    "interior",
    "finance",
    "trade",
    "special",
    "acting",
    "former",
    "vice",
    "prime",
    "deputy",
    "assistant",
    "under",
    "crown",
    "first",
    "lady",
    "executive",
    "senior",
];
