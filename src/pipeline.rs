//! The stages in order: each stage's results feed the next, and [`crate::report`]
//! converts them into the output contract.

use crate::claims;
use crate::contradictions;
use crate::corpus::Corpus;
use crate::document;
use crate::entities;
use crate::events::{self, TimeContext};
use crate::input::{InputError, InputSet};
use crate::report::{self, Analysis, DiagnosticOut};
use crate::time;
use crate::{language, overlap};

/// Analyses a document set: the whole pipeline.
pub fn analyze(input: &InputSet) -> Result<Analysis, InputError> {
    analyze_staged(input, &mut |_| {})
}

/// The names of the stages [`analyze_staged`] reports, in order.
pub const STAGES: &[&str] =
    &["documents", "text", "language", "entities", "time", "events", "claims", "contradictions", "overlaps", "report"];

/// [`analyze`], calling `done(stage)` as each stage of [`STAGES`] finishes (for
/// per-stage timing by the caller: the CLI's `bench`, the WebAssembly `analyzeStages`).
/// The output is the same as [`analyze`]'s.
pub fn analyze_staged(input: &InputSet, done: &mut dyn FnMut(&'static str)) -> Result<Analysis, InputError> {
    input.check_limits()?;
    let (docs, warnings) = document::from_inputs(&input.documents);
    let mut diagnostics: Vec<DiagnosticOut> = warnings.into_iter().map(|(id, w)| diag(Some(&id), w)).collect();
    done("documents");
    let corpus = Corpus::new(docs);
    done("text");
    let languages: Vec<&str> = corpus.docs.iter().map(|d| language::detect(&d.text)).collect();
    for (d, lang) in languages.iter().enumerate() {
        if *lang != "en" {
            diagnostics.push(diag(
                Some(&corpus.docs[d].id),
                "this text does not look like English; its entities, dates and claims are unreliable".into(),
            ));
        }
        if corpus.tokens[d].is_empty() {
            diagnostics.push(diag(Some(&corpus.docs[d].id), "this document has no text to analyse".into()));
        }
    }
    done("language");
    let ents = entities::extract(&corpus);
    done("entities");
    let time::stage::TimeStage { timexes, dates, documents: published, mixed_periods } = time::stage::run(&corpus);
    if let Some(message) = mixed_periods {
        diagnostics.push(diag(None, message));
    }
    done("time");
    let stories = crate::stories::group(&corpus, &ents, &dates);
    let evs = events::extract(&corpus, &ents, &TimeContext { timexes: &timexes, dates: &dates }, stories);
    done("events");
    let cx = claims::Context::new(&corpus, &ents, &evs, &TimeContext { timexes: &timexes, dates: &dates });
    let claims = claims::extract(&cx);
    done("claims");
    let outcome = contradictions::compare(&cx, &claims, &dates);
    done("contradictions");
    let overlaps = overlap::find(&corpus);
    done("overlaps");
    let stages = report::Stages {
        corpus: &corpus,
        languages: &languages,
        entities: &ents,
        timexes: &timexes,
        events: &evs,
        claims_cx: &cx,
        claims: &claims,
        outcome: &outcome,
        overlaps: &overlaps,
    };
    let analysis = report::build(&stages, &published, diagnostics);
    done("report");
    Ok(analysis)
}

/// Analyses the JSON input format and returns the JSON output (compact, deterministic).
pub fn analyze_json(json: &str) -> Result<String, InputError> {
    let input = InputSet::from_json(json)?;
    let analysis = analyze(&input)?;
    serde_json::to_string(&analysis).map_err(|e| InputError(format!("could not serialise the analysis: {e}")))
}

fn diag(doc: Option<&str>, message: String) -> DiagnosticOut {
    DiagnosticOut { level: "warning".into(), doc: doc.map(str::to_string), message }
}
