//! What a fact, a claim or a flag is about, as the report names it: an entity, a group,
//! or an event (a story's main event, or an earlier one), with its id and its event.

use super::build::Stages;
use crate::claims::{scope::Scope, Subject};
use crate::entities::Entities;
use crate::events::{EventStatus, Events};

/// Names subjects; knows each story's main event.
pub(super) struct Subjects<'a> {
    ents: &'a Entities,
    evs: &'a Events,
    /// The main event of each story, when it has one.
    main_event: Vec<Option<usize>>,
}

impl<'a> Subjects<'a> {
    /// The main events of the stages' stories.
    pub(super) fn new(s: &Stages<'a>) -> Self {
        Subjects { ents: s.entities, evs: s.events, main_event: main_events(s) }
    }

    /// Name, entity or event id, and event id of a subject.
    pub(super) fn of(&self, s: Subject) -> (String, Option<String>, Option<String>) {
        let (ents, evs, main_event) = (self.ents, self.evs, &self.main_event);
        let entity_name = |e: usize| ents.entities[e].name.clone();
        // Facts about an entity or a group belong to the story's main event (the title a person
        // is given in the reports of the talks).
        let story_event = |e: usize| -> Option<String> {
            let story = ents.entities[e].mentions.first().map_or(0, |&m| evs.stories[ents.mentions[m].doc]);
            main_event.get(story).copied().flatten().map(|v| format!("V{}", v + 1))
        };
        match s {
            Subject::Entity(e) => (entity_name(e), Some(format!("E{}", e + 1)), story_event(e)),
            Subject::Group(group, None) => {
                (format!("the {group}"), None, main_event.first().copied().flatten().map(|v| format!("V{}", v + 1)))
            }
            Subject::Group(group, Some(e)) => {
                (format!("the {group} of {}", entity_name(e)), Some(format!("E{}", e + 1)), story_event(e))
            }
            Subject::Event(story, Scope::Main) => match main_event.get(story).copied().flatten() {
                Some(v) => {
                    let ev = &evs.events[v];
                    let label =
                        format!("the {}{}", ev.kind, ev.date.as_ref().map(|d| format!(" of {d}")).unwrap_or_default());
                    (label, Some(format!("V{}", v + 1)), Some(format!("V{}", v + 1)))
                }
                None => ("the main event".to_string(), None, None),
            },
            Subject::Event(_, Scope::Background(year)) => (format!("an earlier event ({year})"), None, None),
            Subject::Event(_, Scope::Past) => ("earlier events".to_string(), None, None),
        }
    }
}

/// The main event of each story: its core event reported by the most documents of the story.
fn main_events(s: &Stages) -> Vec<Option<usize>> {
    let (evs, cx) = (s.events, s.claims_cx);
    let mut best: Vec<Option<(usize, usize)>> = vec![None; cx.scopes.stories()];
    for (v, ev) in evs.events.iter().enumerate().filter(|(_, ev)| ev.status == EventStatus::Core && ev.date.is_some()) {
        let mut docs: Vec<usize> = ev.mentions.iter().map(|&m| evs.mentions[m].doc).collect();
        docs.sort_unstable();
        docs.dedup();
        let Some(&first) = docs.first() else { continue };
        let story = cx.scopes.story(first);
        let n = docs.iter().filter(|&&d| cx.scopes.story(d) == story).count();
        if best[story].is_none_or(|(_, m)| n > m) {
            best[story] = Some((v, n));
        }
    }
    best.into_iter().map(|b| b.map(|(v, _)| v)).collect()
}
