//! What kind of happening an event is, and its place in the story's time: closed sets,
//! named in the output as the documented strings (`docs/output.md`, events).

use rustc_hash::FxHashMap;
use std::fmt;
use std::sync::OnceLock;
use EventKind::*;

/// The kind of an event. Variants are in the alphabetical order of their names, so that
/// the derived order is the order of the names (lists sorted by kind keep their order).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EventKind {
    /// A fall, a crash or a drowning without intent.
    Accident,
    /// A company or an asset bought.
    Acquisition,
    /// A deal, an accord or a treaty agreed or signed.
    Agreement,
    /// Someone appointed to an office.
    Appointment,
    /// Someone arrested, detained or captured.
    Arrest,
    /// A bombing, shooting, stabbing, murder or other violent act.
    Attack,
    /// People killed or hurt (joined on its day to the attack, disaster or accident reported most).
    Casualties,
    /// Someone charged or indicted.
    Charge,
    /// Something closed.
    Closure,
    /// An earthquake, storm, fire, flood or other disaster.
    Disaster,
    /// An election or a vote.
    Election,
    /// Someone expelled.
    Expulsion,
    /// A game or a match.
    Game,
    /// A court hearing, appearance or plea.
    Hearing,
    /// Something launched.
    Launch,
    /// Someone sued.
    Lawsuit,
    /// Talks, a meeting or a summit.
    Meeting,
    /// A protest, march, rally or strike.
    Protest,
    /// Someone or something released.
    Release,
    /// People rescued or evacuated.
    Rescue,
    /// Someone resigned.
    Resignation,
    /// Something seized or confiscated.
    Seizure,
    /// Something said or announced.
    Statement,
    /// A trial.
    Trial,
    /// A verdict or a sentence.
    Verdict,
    /// A war, an invasion or an armed conflict.
    War,
}

impl EventKind {
    /// Every kind, in order (tests).
    #[cfg(test)]
    pub const ALL: &'static [EventKind] = &[
        Accident,
        Acquisition,
        Agreement,
        Appointment,
        Arrest,
        Attack,
        Casualties,
        Charge,
        Closure,
        Disaster,
        Election,
        Expulsion,
        Game,
        Hearing,
        Launch,
        Lawsuit,
        Meeting,
        Protest,
        Release,
        Rescue,
        Resignation,
        Seizure,
        Statement,
        Trial,
        Verdict,
        War,
    ];

    /// The name the output gives it (`meeting`, `attack`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            Accident => "accident",
            Acquisition => "acquisition",
            Agreement => "agreement",
            Appointment => "appointment",
            Arrest => "arrest",
            Attack => "attack",
            Casualties => "casualties",
            Charge => "charge",
            Closure => "closure",
            Disaster => "disaster",
            Election => "election",
            Expulsion => "expulsion",
            Game => "game",
            Hearing => "hearing",
            Launch => "launch",
            Lawsuit => "lawsuit",
            Meeting => "meeting",
            Protest => "protest",
            Release => "release",
            Rescue => "rescue",
            Resignation => "resignation",
            Seizure => "seizure",
            Statement => "statement",
            Trial => "trial",
            Verdict => "verdict",
            War => "war",
        }
    }
}

impl fmt::Display for EventKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Where an event stands against its report's date. Variants in the alphabetical order of
/// their names, as [`EventKind`]'s.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EventStatus {
    /// Earlier: ended more than two weeks before the document date.
    Background,
    /// The story's news: within two weeks of the document date.
    Core,
    /// Planned, or after the document date.
    Future,
}

impl EventStatus {
    /// Every status, in order (tests).
    #[cfg(test)]
    pub const ALL: &'static [EventStatus] = &[EventStatus::Background, EventStatus::Core, EventStatus::Future];

    /// The name the output gives it: `background`, `core` or `future`.
    pub fn as_str(self) -> &'static str {
        match self {
            EventStatus::Background => "background",
            EventStatus::Core => "core",
            EventStatus::Future => "future",
        }
    }
}

impl fmt::Display for EventStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Trigger words (folded) and the kind of event they denote: general English words for
/// what news reports tell happened.
const TRIGGERS: &[(&str, EventKind)] = &[
    ("met", Meeting),
    ("meet", Meeting),
    ("meets", Meeting),
    ("meeting", Meeting),
    ("talks", Meeting),
    ("negotiations", Meeting),
    ("consultations", Meeting),
    ("discussions", Meeting),
    ("session", Meeting),
    ("summit", Meeting),
    ("round", Meeting),
    ("dialogue", Meeting),
    ("conference", Meeting),
    ("said", Statement),
    ("says", Statement),
    ("stated", Statement),
    ("told", Statement),
    ("expressed", Statement),
    ("announced", Statement),
    ("statement", Statement),
    ("confirmed", Statement),
    ("noted", Statement),
    ("declared", Statement),
    ("seized", Seizure),
    ("seizure", Seizure),
    ("confiscated", Seizure),
    ("closed", Closure),
    ("expelled", Expulsion),
    ("expulsion", Expulsion),
    ("expulsions", Expulsion),
    ("agreed", Agreement),
    ("agreement", Agreement),
    ("deal", Agreement),
    ("signed", Agreement),
    ("accord", Agreement),
    ("invasion", War),
    ("invaded", War),
    ("war", War),
    ("conflict", War),
    ("outbreak", War),
    ("offensive", War),
    ("attack", Attack),
    ("attacked", Attack),
    ("attacks", Attack),
    ("bombing", Attack),
    ("bombed", Attack),
    ("firebombed", Attack),
    ("explosion", Attack),
    ("exploded", Attack),
    ("blast", Attack),
    ("shooting", Attack),
    ("shootings", Attack),
    ("gunman", Attack),
    ("opened", Attack),
    ("stabbing", Attack),
    ("stabbed", Attack),
    ("ambush", Attack),
    ("ambushed", Attack),
    ("hijacking", Attack),
    ("hijack", Attack),
    ("murder", Attack),
    ("murders", Attack),
    ("murdered", Attack),
    ("rampage", Attack),
    ("riot", Attack),
    ("riots", Attack),
    ("clashes", Attack),
    ("clashed", Attack),
    ("killed", Casualties),
    ("died", Casualties),
    ("dead", Casualties),
    ("death", Casualties),
    ("deaths", Casualties),
    ("injured", Casualties),
    ("wounded", Casualties),
    ("hurt", Casualties),
    ("earthquake", Disaster),
    ("quake", Disaster),
    ("temblor", Disaster),
    ("tremor", Disaster),
    ("aftershock", Disaster),
    ("tsunami", Disaster),
    ("hurricane", Disaster),
    ("typhoon", Disaster),
    ("cyclone", Disaster),
    ("eruption", Disaster),
    ("landslide", Disaster),
    ("wildfire", Disaster),
    ("avalanche", Disaster),
    ("derailment", Disaster),
    ("collapse", Disaster),
    ("collapsed", Disaster),
    ("blaze", Disaster),
    ("flood", Disaster),
    ("floods", Disaster),
    ("storm", Disaster),
    ("fire", Disaster),
    ("crash", Disaster),
    ("crashed", Disaster),
    ("fell", Accident),
    ("fall", Accident),
    ("falling", Accident),
    ("slipped", Accident),
    ("accident", Accident),
    ("drowned", Accident),
    ("arrested", Arrest),
    ("arrest", Arrest),
    ("detained", Arrest),
    ("captured", Arrest),
    ("capture", Arrest),
    ("apprehended", Arrest),
    ("surrendered", Arrest),
    ("charged", Charge),
    ("charges", Charge),
    ("indicted", Charge),
    ("convicted", Verdict),
    ("sentenced", Verdict),
    ("sentencing", Verdict),
    ("verdict", Verdict),
    ("acquitted", Verdict),
    ("trial", Trial),
    ("hearing", Hearing),
    ("appeared", Hearing),
    ("remanded", Hearing),
    ("arraigned", Hearing),
    ("arraignment", Hearing),
    ("pleaded", Hearing),
    ("beat", Game),
    ("defeated", Game),
    ("won", Game),
    ("win", Game),
    ("victory", Game),
    ("lost", Game),
    ("loss", Game),
    ("game", Game),
    ("match", Game),
    ("scored", Game),
    ("touchdown", Game),
    ("protest", Protest),
    ("protests", Protest),
    ("protesters", Protest),
    ("marched", Protest),
    ("march", Protest),
    ("rally", Protest),
    ("demonstration", Protest),
    ("demonstrations", Protest),
    ("strike", Protest),
    ("rescued", Rescue),
    ("rescue", Rescue),
    ("evacuated", Rescue),
    ("airlifted", Rescue),
    ("election", Election),
    ("elected", Election),
    ("vote", Election),
    ("resigned", Resignation),
    ("appointed", Appointment),
    ("launched", Launch),
    ("released", Release),
    ("acquired", Acquisition),
    ("acquisition", Acquisition),
    ("sued", Lawsuit),
    ("lawsuit", Lawsuit),
];

/// Kinds that cause casualties: on one day, the casualties join the one reported most.
pub(super) const CAUSES: &[EventKind] = &[Attack, Disaster, Accident];

/// The kind of event a folded word triggers; one hash lookup (it runs for every word).
pub(super) fn trigger_kind(f: &str) -> Option<EventKind> {
    static TABLE: OnceLock<FxHashMap<&'static [u8], u32>> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let mut t = FxHashMap::default();
        for (i, (word, _)) in TRIGGERS.iter().enumerate() {
            t.entry(word.as_bytes()).or_insert(i as u32);
        }
        t
    });
    table.get(f.as_bytes()).map(|&i| TRIGGERS[i as usize].1)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Lists sorted by kind or status (the timeline, the merge groups, the majority's tie
    /// break) keep the order of the names they had as strings.
    #[test]
    fn the_order_is_the_order_of_the_names() {
        for pair in EventKind::ALL.windows(2) {
            assert!(pair[0] < pair[1] && pair[0].as_str() < pair[1].as_str(), "{pair:?}");
        }
        for pair in EventStatus::ALL.windows(2) {
            assert!(pair[0] < pair[1] && pair[0].as_str() < pair[1].as_str(), "{pair:?}");
        }
    }

    #[test]
    fn every_kind_has_a_trigger() {
        for k in EventKind::ALL {
            assert!(TRIGGERS.iter().any(|(_, t)| t == k), "{k} has no trigger word");
        }
        assert_eq!(trigger_kind("quake"), Some(Disaster));
        assert_eq!(trigger_kind("table"), None);
    }
}
