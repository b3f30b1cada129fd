//! Small multi-source stories written for these tests (not the bundled example):
//! each checks one behaviour of the claim comparison end to end.

mod common;

use storylens::{analyze, Analysis, InputDocument, InputSet};

fn story(docs: &[(&str, &str)]) -> Analysis {
    let set = InputSet {
        documents: docs
            .iter()
            .enumerate()
            .map(|(i, (date, text))| InputDocument {
                id: Some(format!("r{i}")),
                published: Some(date.to_string()),
                text: text.to_string(),
                ..Default::default()
            })
            .collect(),
    };
    let a = analyze(&set).unwrap();
    common::check_offsets(&a);
    a
}

fn flags<'a>(a: &'a Analysis, attribute: &str) -> Vec<&'a storylens::report::ContradictionOut> {
    a.contradictions.iter().filter(|c| c.attribute == attribute).collect()
}

#[test]
fn same_day_tolls_that_cannot_both_be_true_are_high() {
    let a = story(&[
        (
            "2024-03-05",
            "A powerful earthquake struck the region on Tuesday. At least 12 people were killed, officials said.",
        ),
        ("2024-03-05", "The earthquake on Tuesday killed 7 people, according to the interior ministry."),
    ]);
    let f = flags(&a, "deaths");
    assert_eq!(f.len(), 1, "{:#?}", a.contradictions);
    assert_eq!(f[0].severity, "high");
    assert!(f[0].claims.iter().any(|c| c.quote == "At least 12 people were killed"));
}

#[test]
fn a_rising_toll_in_later_reports_is_an_evolving_figure() {
    let a = story(&[
        ("2024-03-05", "Floods hit the valley on Monday. Five people died, police said."),
        ("2024-03-07", "The death toll from Monday's floods rose to 23, police said."),
    ]);
    let f = flags(&a, "deaths");
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].kind, "evolving");
    assert_eq!(f[0].severity, "low");
}

#[test]
fn compatible_figures_are_not_flagged() {
    let a = story(&[
        ("2024-03-05", "The blast on Friday killed at least 3 people. Talks lasted four to five hours."),
        ("2024-03-05", "Eleven people were killed in Friday's blast."),
    ]);
    assert!(flags(&a, "deaths").is_empty(), "{:#?}", a.contradictions);
}

#[test]
fn magnitudes_differ() {
    let a = story(&[
        ("2024-03-05", "A magnitude 6.8 earthquake shook the island. A 6.8-magnitude quake was felt widely."),
        ("2024-03-05", "The 7.1-magnitude earthquake shook the island on Monday."),
    ]);
    let f = flags(&a, "magnitude");
    assert_eq!(f.len(), 1, "{:#?}", a.contradictions);
    assert_eq!(f[0].severity, "high");
    assert!(f[0].claims.iter().any(|c| c.quote == "7.1-magnitude"));
}

#[test]
fn figures_from_another_year_are_background() {
    let a = story(&[
        ("2024-03-05", "Twelve people were killed on Tuesday. In 2004, 200 people died in a similar quake."),
        ("2024-03-05", "Twelve people were killed in Tuesday's quake."),
    ]);
    assert!(flags(&a, "deaths").is_empty(), "{:#?}", a.contradictions);
}

#[test]
fn different_days_for_the_main_event_are_flagged() {
    let a = story(&[
        ("2024-03-05", "A strong earthquake struck the island on Monday, officials said."),
        ("2024-03-05", "The earthquake struck the island on Sunday night, the agency said."),
    ]);
    let f = flags(&a, "date");
    assert_eq!(f.len(), 1, "{:#?}", a.contradictions);
    assert_eq!(f[0].severity, "high");
    assert!(f[0].subject.starts_with("the disaster"), "{}", f[0].subject);
}

#[test]
fn different_places_for_one_meeting_are_flagged() {
    let a = story(&[
        ("2024-03-05", "The delegations met in Istanbul on Tuesday for talks."),
        ("2024-03-05", "The delegations met in Ankara on Tuesday for talks."),
        ("2024-03-05", "The delegations met in Moscow on Tuesday for talks."),
    ]);
    let f = flags(&a, "place");
    assert_eq!(f.len(), 1, "{:#?}", a.contradictions);
    assert_eq!(f[0].severity, "high", "another country is worse than another city");
    assert_eq!(f[0].claims.len(), 3);
}

#[test]
fn a_city_and_its_country_agree() {
    let a = story(&[
        ("2024-03-05", "The delegations met in Istanbul on Tuesday."),
        ("2024-03-05", "The delegations met in Turkey on Tuesday."),
    ]);
    assert!(flags(&a, "place").is_empty(), "{:#?}", a.contradictions);
}

#[test]
fn people_sharing_a_surname_or_a_first_name_stay_apart() {
    let a = story(&[
        ("2024-03-05", "Donald Trump met Ivanka Trump at the White House on Monday. John Smith, a senator, said the talks went well."),
        ("2024-03-05", "Ivanka Trump spoke after the meeting. John Doe, a lawyer, declined to comment."),
    ]);
    let people: Vec<&str> = a.entities.iter().filter(|e| e.kind == "PERSON").map(|e| e.name.as_str()).collect();
    for name in ["Donald Trump", "Ivanka Trump", "John Smith", "John Doe"] {
        assert!(people.contains(&name), "{name} missing or merged: {people:?}");
    }
}

#[test]
fn acronyms_merge_with_their_expansion() {
    let a = story(&[
        ("2024-03-05", "The Central Election Commission announced the results on Monday."),
        ("2024-03-05", "The CEC said turnout was high in Monday's vote."),
    ]);
    let cec = a.entities.iter().find(|e| e.variants.iter().any(|v| v == "CEC")).expect("CEC");
    assert!(cec.variants.iter().any(|v| v == "Central Election Commission"), "{:?}", cec.variants);
}

#[test]
fn planned_events_are_future_and_old_ones_background() {
    let a = story(&[("2025-04-10", "The delegations met in Istanbul on Thursday. They will meet again next month in Moscow. Relations collapsed in 2022 after the invasion.")]);
    let status = |value: &str| {
        a.events.iter().find(|e| e.date.as_ref().is_some_and(|d| d.value == value)).map(|e| e.status.as_str())
    };
    assert_eq!(status("2025-04-10"), Some("core"));
    assert_eq!(status("2025-05"), Some("future"), "{:#?}", a.events);
    assert_eq!(status("2022"), Some("background"));
}

#[test]
fn ages_that_differ_are_flagged() {
    let a = story(&[
        ("2024-03-05", "Brian Nichols, 37, was sentenced on Saturday."),
        ("2024-03-05", "The court sentenced 38-year-old Brian Nichols to life in prison."),
    ]);
    let f = flags(&a, "age");
    assert_eq!(f.len(), 1, "{:#?}", a.contradictions);
    assert_eq!(f[0].subject, "Brian Nichols");
}

#[test]
fn ages_in_reports_years_apart_are_an_evolving_figure() {
    let a = story(&[
        ("2005-06-04", "Police are searching for Jose Orozco, 27, after the shooting."),
        ("2007-04-02", "A jury found Jose Orozco, 29, guilty of murder."),
    ]);
    let f = flags(&a, "age");
    assert_eq!(f.len(), 1, "{:#?}", a.contradictions);
    assert_eq!((f[0].kind.as_str(), f[0].severity.as_str()), ("evolving", "low"));
}

#[test]
fn a_possibility_or_a_condition_is_not_compared() {
    let a = story(&[
        (
            "2024-03-05",
            "A gunman killed one deputy on Friday. There might have been two people killed, the sheriff said.",
        ),
        ("2024-03-05", "One deputy was killed in Friday's shooting. If ten people are killed, the city will mourn."),
    ]);
    assert!(flags(&a, "deaths").is_empty(), "{:#?}", a.contradictions);
    let hypothetical: Vec<&str> = a
        .claims
        .iter()
        .filter(|c| c.qualifiers.iter().any(|q| q == "hypothetical"))
        .map(|c| c.quote.as_str())
        .collect();
    assert_eq!(hypothetical, ["two people killed", "ten people are killed"], "{:#?}", a.claims);
    // The month May is no modal, and the report's own month is no background.
    let may = story(&[("2024-05-20", "Floods in May killed 12 people, officials said.")]);
    assert!(
        may.claims.iter().any(|c| c.attribute == "deaths" && c.qualifiers == ["attributed: officials"]),
        "{:#?}",
        may.claims
    );
    // A figure dated months before the report is about an earlier event, never the main one.
    let other_month = story(&[("2024-11-20", "Floods in May killed 12 people, officials said.")]);
    let deaths: Vec<_> = other_month.claims.iter().filter(|c| c.attribute == "deaths").collect();
    assert!(deaths.iter().all(|c| c.subject.starts_with("an earlier event")), "{deaths:#?}");
}

#[test]
fn hedged_figures_lower_the_severity_and_attribution_is_kept() {
    let a = story(&[
        ("2024-03-05", "The earthquake on Tuesday killed 7 people, according to the interior ministry."),
        ("2024-03-05", "The earthquake on Tuesday reportedly killed 40 people."),
    ]);
    let f = flags(&a, "deaths");
    assert_eq!(f.len(), 1, "{:#?}", a.contradictions);
    assert_eq!(f[0].severity, "medium", "high for two firm figures, one step lower when one side is hearsay");
    let q = |doc: &str| f[0].claims.iter().find(|c| c.doc == doc).unwrap().qualifiers.clone();
    assert_eq!(q("r0"), ["attributed: the interior ministry"]);
    assert_eq!(q("r1"), ["reportedly"]);
}

#[test]
fn police_said_after_the_figure_is_its_attribution() {
    let a = story(&[(
        "2024-03-05",
        "At least 12 people were killed on Tuesday, police said, and the mayor said the city would rebuild.",
    )]);
    let c = a.claims.iter().find(|c| c.attribute == "deaths").expect("a deaths claim");
    assert_eq!(c.qualifiers, ["attributed: police"]);
}

#[test]
fn spellings_differing_in_case_or_accents_only_are_one_spelling() {
    let a = story(&[
        ("2024-03-05", "GARY ROSS WILL DIRECT THE SEQUEL\nGary Ross met the studio near the Place Vendôme on Monday."),
        ("2024-03-05", "Director Gary Ross met the studio near the Place Vendome on Monday."),
        ("2024-03-05", "Gary Ross said on Monday he would direct the sequel."),
    ]);
    assert!(flags(&a, "name").is_empty(), "{:#?}", a.contradictions);
}

#[test]
fn a_report_with_both_spellings_made_a_typo_and_takes_no_side() {
    let typo = story(&[
        ("2024-03-05", "Bob Woodward wrote the book. Later Bob Woodard said on Monday it was done."),
        ("2024-03-05", "Bob Woodward published the book on Monday."),
    ]);
    assert!(flags(&typo, "name").is_empty(), "{:#?}", typo.contradictions);
    let variant = story(&[
        ("2024-03-05", "Governor Heydar Alishbandi said five villages were hit."),
        ("2024-03-05", "Governor Heydar Alishvandi said rescue teams were deployed."),
    ]);
    assert_eq!(flags(&variant, "name").len(), 1, "{:#?}", variant.contradictions);
}

#[test]
fn a_day_that_dates_another_verb_is_not_the_events_day() {
    let a = story(&[
        ("2013-04-12", "The gang shooting of Zurana Horton was revealed Thursday in court footage."),
        ("2013-04-12", "The shooting took place on Friday outside a school."),
    ]);
    assert!(flags(&a, "date").is_empty(), "{:#?}", a.contradictions);
}

#[test]
fn times_of_day_are_compared_in_utc() {
    let same = story(&[
        ("2024-03-05", "The earthquake struck at 10:23 GMT on Tuesday, killing 12 people."),
        ("2024-03-05", "The earthquake struck at 1353 local time on Tuesday."),
        ("2024-03-05", "The quake hit at 5:23 a.m. EST on Tuesday."),
    ]);
    assert!(flags(&same, "time").is_empty(), "{:#?}", same.contradictions);
    let apart = story(&[
        ("2024-03-05", "The explosion at 07:00 GMT on Tuesday damaged the station."),
        ("2024-03-05", "The explosion at 11:30 GMT on Tuesday damaged the station."),
    ]);
    let f = flags(&apart, "time");
    assert_eq!(f.len(), 1, "{:#?}", apart.contradictions);
    assert_eq!(f[0].severity, "high");
    assert!(f[0].claims.iter().any(|c| c.quote == "07:00 GMT"));
}

#[test]
fn who_led_a_delegation_is_compared_by_person() {
    let agree = story(&[
        ("2024-03-05", "The talks will be led by Ambassador Anna Kovacs and Deputy Minister Paul Brandt."),
        (
            "2024-03-05",
            "The Hungarian delegation is led by Anna Kovacs, while the German team is headed by Paul Brandt.",
        ),
        ("2024-03-05", "Anna Kovacs led the talks on Tuesday."),
    ]);
    assert!(flags(&agree, "led by").is_empty(), "{:#?}", agree.contradictions);
    assert!(
        agree.claims.iter().any(|c| c.attribute == "led by" && c.subject.contains("Hungary")),
        "{:#?}",
        agree.claims
    );
    let differ = story(&[
        ("2024-03-05", "The German delegation, led by Paul Brandt, arrived on Tuesday."),
        ("2024-03-05", "The German delegation was headed by Karl Weber, the state secretary."),
    ]);
    let f = flags(&differ, "led by");
    assert_eq!(f.len(), 1, "{:#?}", differ.contradictions);
    assert_eq!(f[0].kind, "participants");
}

#[test]
fn opposite_sides_of_one_place_are_flagged_neighbouring_bearings_are_not() {
    let a = story(&[
        ("2024-03-05", "The earthquake struck 58 km south-west of Bandar Abbas on Tuesday."),
        ("2024-03-05", "The quake hit west of Bandar Abbas on Tuesday, officials said."),
        ("2024-03-05", "The earthquake struck north-east of Bandar Abbas on Tuesday."),
    ]);
    let f = flags(&a, "direction");
    assert_eq!(f.len(), 1, "{:#?}", a.contradictions);
    assert_eq!(f[0].severity, "high");
    let quotes: Vec<&str> = f[0].claims.iter().map(|c| c.quote.as_str()).collect();
    assert!(
        quotes.contains(&"north-east of Bandar Abbas")
            && quotes.iter().any(|q| q.ends_with("south-west of Bandar Abbas")),
        "{quotes:?}"
    );
}

#[test]
fn a_later_lower_figure_is_a_conflict_and_a_rise_confirmed_later_is_evolving() {
    let falling = story(&[
        ("2024-03-05", "Floods hit the valley on Monday. At least 23 people died, police said."),
        ("2024-03-07", "The floods that hit the valley on Monday killed five people, police said."),
    ]);
    let f = flags(&falling, "deaths");
    assert_eq!(f.len(), 1, "{:#?}", falling.contradictions);
    assert_eq!(f[0].kind, "number", "a later report with a lower toll contradicts the earlier one");
    assert!(f[0].explanation.contains("later report gives a lower figure"), "{}", f[0].explanation);
    // Three killed and ten killed on one day, ten confirmed the next day: the toll rose that day.
    let rising = story(&[
        ("2024-03-05", "An earthquake struck the island on Tuesday, killing three people."),
        ("2024-03-05", "The earthquake on Tuesday killed 10 people, officials said."),
        ("2024-03-06", "Tuesday's earthquake killed 10 people."),
    ]);
    let f = flags(&rising, "deaths");
    assert_eq!(f.len(), 1, "{:#?}", rising.contradictions);
    assert_eq!(f[0].kind, "evolving");
    assert!(f[0].series.len() >= 2, "{:#?}", f[0].series);
}

#[test]
fn measures_are_compared_in_one_unit_with_their_rounding() {
    let a = story(&[
        ("2024-03-05", "The climber fell about 600 metres (2,000 feet) on Saturday."),
        ("2024-03-05", "The climber fell 2,000ft on Saturday."),
        ("2024-03-05", "The climber fell 700 metres on Saturday."),
    ]);
    let f = flags(&a, "distance");
    assert_eq!(f.len(), 1, "{:#?}", a.contradictions);
    let quotes: Vec<&str> = f[0].claims.iter().map(|c| c.quote.as_str()).collect();
    assert!(quotes.contains(&"700 metres"), "{quotes:?}");
    let agree = story(&[
        ("2024-03-05", "The island lies 1,500 kilometers south of the capital."),
        ("2024-03-05", "The island lies about 940 miles south of the capital."),
    ]);
    assert!(agree.contradictions.iter().all(|c| c.attribute != "distance"), "{:#?}", agree.contradictions);
}

#[test]
fn weapons_causes_sites_records_and_conditions_are_compared() {
    let a = story(&[
        ("2024-03-05", "The gunman brought a rifle into the building on Monday. One woman died at the scene."),
        (
            "2024-03-05",
            "The gunman walked into the office with a shotgun on Monday. The woman died on the way to the hospital.",
        ),
    ]);
    for attribute in ["weapon", "site"] {
        assert_eq!(flags(&a, attribute).len(), 1, "{attribute}: {:#?}", a.contradictions);
    }
    let b = story(&[
        ("2024-03-05", "Three bank employees were burnt to death in the fire on Wednesday."),
        ("2024-03-05", "Three people suffocated in the fire at the bank on Wednesday."),
    ]);
    assert_eq!(flags(&b, "cause of death").len(), 1, "{:#?}", b.contradictions);
    let c = story(&[
        ("2024-03-05", "Indianapolis (10-5) beat Kansas City 20-13 on Sunday. The climbers were well equipped."),
        ("2024-03-05", "The win gave Indianapolis a 9-5 record on Sunday. The climbers were poorly equipped."),
    ]);
    assert_eq!(flags(&c, "record").len(), 1, "{:#?}", c.contradictions);
    assert_eq!(flags(&c, "condition").len(), 1, "{:#?}", c.contradictions);
    // A game score is no record; "a shotgun or a rifle" names no weapon.
    let d = story(&[
        ("2024-03-05", "The Colts beat the Chiefs 20-13. Witnesses said he used a shotgun or a rifle."),
        ("2024-03-05", "The Colts beat the Chiefs 20-13. He used a rifle."),
    ]);
    assert!(flags(&d, "record").is_empty() && flags(&d, "weapon").is_empty(), "{:#?}", d.contradictions);
}

#[test]
fn what_was_compared_is_said_even_when_nothing_differs() {
    let a = story(&[
        ("2024-03-05", "At least 12 people were killed when the quake struck on Tuesday."),
        ("2024-03-05", "The quake on Tuesday killed 12 people."),
    ]);
    assert!(a.contradictions.is_empty(), "{:#?}", a.contradictions);
    assert!(a.compared.facts >= 1, "{:#?}", a.compared);
    assert!(a.facts.iter().any(|f| f.attribute == "deaths" && f.status == "agree" && f.sources == 2), "{:#?}", a.facts);
}

#[test]
fn the_same_play_in_different_periods_is_flagged_and_a_half_holds_its_quarters() {
    let a = story(&[
        (
            "2024-03-05",
            "Kicker Ryan Succop tied the game with a 47-yard field goal late in the third quarter. \
             Charles fumbled at the 16-yard line in the second quarter.",
        ),
        (
            "2024-03-05",
            "Ryan Succop tied the game with a 47-yard field goal early in the fourth quarter. \
             Charles fumbled at the 16-yard line in the first half.",
        ),
    ]);
    let f = flags(&a, "game period");
    assert_eq!(f.len(), 1, "{:#?}", a.contradictions);
    let quotes: Vec<&str> = f[0].claims.iter().map(|c| c.quote.as_str()).collect();
    assert_eq!(quotes, ["late in the third quarter", "early in the fourth quarter"], "{:#?}", f[0]);
    // Early and late in one quarter, with the same play, is a medium conflict; the second
    // quarter is within the first half, and unrelated plays are never compared.
    let b = story(&[
        ("2024-03-05", "Quinn was stuffed on a fourth-and-inches sneak early in the fourth quarter."),
        ("2024-03-05", "Quinn was stuffed on a fourth-and-inches sneak late in the fourth quarter. Luck threw a touchdown in the second quarter."),
    ]);
    let f = flags(&b, "game period");
    assert_eq!(f.len(), 1, "{:#?}", b.contradictions);
    assert_eq!(f[0].severity, "medium");
    assert!(f[0].claims.iter().all(|c| c.quote != "the second quarter"), "{:#?}", f[0]);
}

#[test]
fn weeks_ago_are_rounded_and_moving_back_is_returning() {
    // "12 weeks ago" counted from days in two calendar weeks is one period; "moved back" tells
    // what "returned" tells, so six weeks against twelve is a disagreement.
    let a = story(&[
        ("2013-06-09", "Alice Jenkin returned to her home town of Millom 12 weeks ago, neighbours said."),
        ("2013-06-08", "Alice Jenkin returned to her home town of Millom with John 12 weeks ago."),
        ("2013-06-09", "Alice Jenkin and her son had moved back to Millom around six weeks ago."),
    ]);
    let f = flags(&a, "date");
    assert_eq!(f.len(), 1, "{:#?}", a.contradictions);
    assert!(f[0].claims.iter().any(|c| c.quote.contains("six weeks ago")), "{:#?}", f[0]);
    let b = story(&[
        ("2013-06-10", "Alice Jenkin returned to her home town of Millom 12 weeks ago, neighbours said."),
        ("2013-06-08", "Alice Jenkin returned to her home town of Millom with John 12 weeks ago."),
    ]);
    assert!(flags(&b, "date").is_empty(), "{:#?}", b.contradictions);
}

#[test]
fn a_spell_is_the_length_of_what_fills_it() {
    // "a four year spell living in Cardiff" is how long she lived there, not how long she
    // took to return.
    let a = story(&[
        ("2013-06-09", "Alice Jenkin returned to Millom after a four year spell living in Cardiff."),
        ("2013-06-09", "Alice Jenkin had been living in Cardiff for three years until she returned to Millom."),
    ]);
    let f = flags(&a, "duration");
    assert_eq!(f.len(), 1, "{:#?}", a.contradictions);
    assert!(a.facts.iter().any(|f| f.label.contains("living")), "{:#?}", a.facts);
}

#[test]
fn one_city_under_two_names_is_one_place() {
    // WordNet's other names of a gazetteer place: "Salonika" is Thessaloniki, so the two
    // reports' march sizes are about one city and disagree.
    let a = story(&[
        ("2010-05-06", "Violence also broke out in the northern city of Thessaloniki, where another 20,000 people marched through the city center."),
        ("2010-05-06", "Clashes broke out in Salonika, where approximately 50,000 people marched through the city center."),
    ]);
    let cities: Vec<_> =
        a.entities.iter().filter(|e| e.name.starts_with("Thessalon") || e.name == "Salonika").collect();
    assert_eq!(cities.len(), 1, "{cities:#?}");
    assert_eq!(cities[0].mentions.len(), 2);
    assert_eq!(a.contradictions.len(), 1, "{:#?}", a.contradictions);
}

#[test]
fn a_short_name_never_chains_two_organisations() {
    // "Apple" is Apple Inc (its legal form); Apple Corps, the Beatles' company, is another
    // organisation, though its own report also calls it "Apple".
    let a = story(&[
        ("2010-11-16", "Apple Inc said on Tuesday that the Beatles catalogue is on iTunes. Apple shares rose."),
        ("2010-11-16", "Apple Corps, the Beatles' company, settled with Apple over the name in 2007."),
        ("2010-11-16", "Apple sold the songs for $1.29 each, Apple said."),
    ]);
    let with = |name: &str| a.entities.iter().filter(|e| e.mentions.iter().any(|m| m.text == name)).count();
    assert_eq!(with("Apple Corps"), 1);
    let corps = a.entities.iter().find(|e| e.mentions.iter().any(|m| m.text == "Apple Corps")).unwrap();
    assert!(corps.mentions.iter().all(|m| m.text != "Apple Inc"), "{:#?}", a.entities);
    let inc = a.entities.iter().find(|e| e.mentions.iter().any(|m| m.text == "Apple Inc")).unwrap();
    assert!(inc.mentions.iter().filter(|m| m.text == "Apple").count() >= 3, "{:#?}", a.entities);
}

#[test]
fn a_report_that_counts_two_groups_of_a_thing_gives_no_total() {
    // One report counts two groups of jurors: the counts of the thing are of groups, not totals.
    let groups = story(&[
        ("2008-12-13", "Eight of the jurors were black. Two jurors voted against the death penalty."),
        ("2008-12-13", "Three jurors held out against a death sentence."),
    ]);
    assert!(flags(&groups, "jurors").is_empty(), "{:#?}", groups.contradictions);
    // Each report gives one count: they disagree.
    let totals = story(&[
        ("2008-12-13", "Police seized ten rifles at the farm on Friday."),
        ("2008-12-13", "Police seized twelve rifles at the farm on Friday."),
    ]);
    assert_eq!(totals.contradictions.len(), 1, "{:#?}", totals.contradictions);
}

#[test]
fn a_record_of_another_season_is_not_the_team_s_record_now() {
    let a = story(&[
        ("2012-12-23", "The Chiefs (2-13) lost again on Sunday."),
        (
            "2012-12-23",
            "The Chiefs lost on Sunday. The 2008 Chiefs ended the season with a 2-14 record. The Colts posted a Chiefs-like 2-14 mark last year.",
        ),
    ]);
    assert!(flags(&a, "record").is_empty(), "{:#?}", a.contradictions);
    let b = story(&[
        ("2012-12-23", "The Chiefs (2-13) lost again on Sunday."),
        ("2012-12-23", "The Chiefs (2-14) lost again on Sunday."),
    ]);
    assert_eq!(flags(&b, "record").len(), 1, "{:#?}", b.contradictions);
}

#[test]
fn a_bullet_or_a_piece_is_no_other_weapon() {
    // What a gun fires is not another weapon, and a word read mostly otherwise ("piece",
    // "ball", "arm") names no kind of weapon; a shotgun and a rifle still differ.
    let a = story(&[
        ("2007-04-09", "The gunman shot the clerk with a rifle on Monday, police said."),
        ("2007-04-09", "The gunman shot the clerk with a bullet on Monday and left the piece behind."),
        ("2007-04-09", "The gunman shot the clerk with a ball on Monday, police said."),
    ]);
    assert!(flags(&a, "weapon").is_empty(), "{:#?}", a.contradictions);
    let b = story(&[
        ("2007-04-09", "The gunman shot the clerk with a rifle on Monday, police said."),
        ("2007-04-09", "The gunman shot the clerk with a shotgun on Monday, police said."),
    ]);
    assert_eq!(flags(&b, "weapon").len(), 1, "{:#?}", b.contradictions);
}

#[test]
fn a_report_that_dates_two_earlier_deaths_takes_no_side() {
    // The first report dates two earlier deaths (two people) in one aligned fact: it takes no
    // side, and the fact is not compared.
    let a = story(&[
        (
            "2010-12-20",
            "Gigante was sentenced on Monday. He died in federal prison in 1992 and he died in federal prison in 2002.",
        ),
        ("2010-12-20", "Gigante was sentenced on Monday. He died in federal prison in 1997."),
    ]);
    assert!(flags(&a, "date").is_empty(), "{:#?}", a.contradictions);
}

#[test]
fn two_schools_for_one_person_are_flagged() {
    let a = story(&[
        ("2013-06-09", "Katie Jenkin was a student at Cardiff University, her friend said."),
        ("2013-06-09", "Katie Jenkin was a student at the University of South Wales in Cardiff."),
    ]);
    let f = flags(&a, "school");
    assert_eq!(f.len(), 1, "{:#?}", a.contradictions);
    assert_eq!(f[0].severity, "medium");
    // One school named twice is no disagreement.
    let b = story(&[
        ("2013-06-09", "Katie Jenkin got into Cardiff University last year."),
        ("2013-06-09", "Katie Jenkin was a student at Cardiff University."),
    ]);
    assert!(flags(&b, "school").is_empty(), "{:#?}", b.contradictions);
}

#[test]
fn the_speaker_is_before_the_first_verb_of_saying() {
    // "X said the quake measured 5.9": the attribution is X, not "X said the quake".
    let a = story(&[
        (
            "2005-11-27",
            "Tehran's seismologic center said the quake measured magnitude-5.9, but the U.S. Geological Survey said it was a magnitude-6.1 temblor.",
        ),
        ("2005-11-27", "The magnitude-6.1 quake struck Qeshm island on Sunday."),
    ]);
    let quals: Vec<&String> = a.claims.iter().flat_map(|c| c.qualifiers.iter()).collect();
    assert!(quals.iter().any(|q| q.as_str() == "attributed: Tehran's seismologic center"), "{quals:?}");
    assert!(quals.iter().all(|q| !q.contains(" said ")), "{quals:?}");
}

#[test]
fn an_honorific_singles_out_the_one_person_of_its_sex() {
    // "Miss Jenkin" in a report that names John and Katie Jenkin is Katie: only women bear
    // "Katie", only men "John" in the given-name lists.
    let a = story(&[(
        "2013-06-09",
        "John Jenkin was arrested. His sister Katie Jenkin was found dead. Miss Jenkin was a student at Cardiff University.",
    )]);
    let katie = a.entities.iter().find(|e| e.mentions.iter().any(|m| m.text == "Katie Jenkin")).unwrap();
    assert!(katie.mentions.iter().any(|m| m.text == "Miss Jenkin"), "{:#?}", a.entities);
    let john = a.entities.iter().find(|e| e.mentions.iter().any(|m| m.text == "John Jenkin")).unwrap();
    assert!(john.mentions.iter().all(|m| m.text != "Miss Jenkin"));
}
