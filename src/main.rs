//! The `storylens` command-line tool: the same analysis as the page, on files.
//!
//! `storylens analyze a.txt b.html c.md`, `storylens analyze --input set.json`;
//! JSON (schema `storylens/1`) on stdout, errors on stderr with a non-zero exit.
//!
//! Exit codes: 0 all inputs analysed; 1 nothing analysed (bad arguments, malformed
//! `--input`, an input over a limit, every file refused); 2 some files were refused
//! (each named on stderr and in the output's `diagnostics`) and the others analysed,
//! with the analysis on stdout as usual.

#[cfg(not(target_arch = "wasm32"))]
use cli::main;

/// The CLI is native only; a WebAssembly build of the crate's binaries has nothing to run.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
#[cfg_attr(test, allow(dead_code))] // `cargo test` builds this binary with the harness's own `main`
mod cli {
    use clap::{Parser, Subcommand, ValueEnum};
    use std::path::PathBuf;
    use std::process::ExitCode;
    use storylens::{analyze, InputSet};

    #[derive(Parser)]
    #[command(
        name = "storylens",
        version,
        about = "Compare news reports of one story: entities, timeline, contradictions"
    )]
    struct Cli {
        #[command(subcommand)]
        command: Command,
    }

    #[derive(Subcommand)]
    enum Command {
        /// Analyse documents (files, or a JSON input set) and print the analysis.
        Analyze {
            /// Article files: .txt, .md, .html/.htm, or .json input sets.
            files: Vec<PathBuf>,
            /// A JSON input set (`{"documents":[…]}`); `-` reads standard input.
            #[arg(long)]
            input: Option<PathBuf>,
            /// Output format.
            #[arg(long, value_enum, default_value_t = Format::Json)]
            format: Format,
            /// Indent the JSON.
            #[arg(long)]
            pretty: bool,
        },
        /// Time the analysis in-process: per-stage medians over several runs, as JSON (for scripts/bench.sh).
        Bench {
            /// A JSON input set (`{"documents":[…]}`).
            #[arg(long)]
            input: PathBuf,
            /// Timed runs (after one untimed warm-up run).
            #[arg(long, default_value_t = 5)]
            runs: usize,
        },
        /// Write the system file for the coreference scorer from a gold `*.coref.jsonl` file.
        EvalCoref {
            /// The gold file (e.g. ../shared/eval/ecbplus_dev_1-35.coref.jsonl).
            gold: PathBuf,
        },
        /// Write the system file for the TIMEX3 scorer from a gold `*.timex.jsonl` file.
        EvalTimex {
            /// The gold file (e.g. ../shared/eval/meantime_apple.timex.jsonl).
            gold: PathBuf,
        },
    }

    #[derive(Clone, Copy, ValueEnum, PartialEq)]
    enum Format {
        /// The public JSON contract.
        Json,
        /// A readable summary: entities, timeline, contradictions.
        Text,
    }

    /// Exit code when some input files were refused and the rest were analysed.
    const EXIT_PARTIAL: u8 = 2;

    pub fn main() -> ExitCode {
        let mut refused = Vec::new();
        match run(Cli::parse(), &mut refused) {
            Ok(out) => {
                print!("{out}");
                if refused.is_empty() {
                    ExitCode::SUCCESS
                } else {
                    eprintln!(
                        "storylens: {} of the input files were refused (named above); the others were analysed",
                        refused.len()
                    );
                    ExitCode::from(EXIT_PARTIAL)
                }
            }
            Err(e) => {
                eprintln!("storylens: {e}");
                ExitCode::FAILURE
            }
        }
    }

    /// Runs the command; files that cannot be read are named on stderr as they are
    /// refused and collected in `refused` (the others are still analysed).
    fn run(cli: Cli, refused: &mut Vec<String>) -> Result<String, String> {
        match cli.command {
            Command::Analyze { files, input, format, pretty } => {
                let mut set = InputSet::default();
                if let Some(path) = input {
                    // Read as a `.json` file is: at most the set limit (a pipe or /dev/zero
                    // stops there), a byte order mark or UTF-16 accepted, control characters
                    // kept out of the name in messages.
                    let name = if path.as_os_str() == "-" {
                        "standard input".to_string()
                    } else {
                        storylens::input::clean_metadata(&path.display().to_string())
                    };
                    let bytes = storylens::ingest::read_limited(&path, storylens::input::MAX_TOTAL_BYTES)
                        .map_err(|e| format!("{name}: {e}"))?;
                    let json = storylens::ingest::decode(&name, &bytes, storylens::input::MAX_TOTAL_BYTES)?;
                    set.documents.extend(InputSet::from_json(&json).map_err(|e| e.to_string())?.documents);
                }
                for f in &files {
                    match storylens::ingest::read_file(f) {
                        Ok(docs) => set.documents.extend(docs),
                        Err(e) => {
                            eprintln!("storylens: refused {e}");
                            refused.push(e);
                        }
                    }
                }
                if set.documents.is_empty() {
                    return Err(if refused.is_empty() {
                        "no documents given (name files, or --input set.json)".into()
                    } else {
                        format!("no document to analyse: all {} input files were refused", refused.len())
                    });
                }
                let mut analysis = analyze(&set).map_err(|e| e.to_string())?;
                // Nothing is lost silently: the output itself says which files are missing from it.
                analysis.diagnostics.extend(refused.iter().map(|e| storylens::report::DiagnosticOut {
                    level: "warning".into(),
                    doc: None,
                    message: format!("file refused, not analysed: {e}"),
                }));
                Ok(match (format, pretty) {
                    (Format::Text, _) => storylens::summary::render(&analysis),
                    (Format::Json, true) => serde_json::to_string_pretty(&analysis).map_err(|e| e.to_string())? + "\n",
                    (Format::Json, false) => serde_json::to_string(&analysis).map_err(|e| e.to_string())? + "\n",
                })
            }
            Command::Bench { input, runs } => bench(&input, runs),
            Command::EvalCoref { gold } => {
                let text = std::fs::read_to_string(&gold).map_err(|e| format!("{}: {e}", gold.display()))?;
                storylens::eval::coref_system_file(&text)
            }
            Command::EvalTimex { gold } => {
                let text = std::fs::read_to_string(&gold).map_err(|e| format!("{}: {e}", gold.display()))?;
                Ok(storylens::eval::timex_system_file(&text))
            }
        }
    }

    /// `storylens bench`: parse once, then time `runs` analyses (after a warm-up) with
    /// `analyze_staged`, and the JSON serialisation; medians in milliseconds.
    fn bench(path: &std::path::Path, runs: usize) -> Result<String, String> {
        use std::time::Instant;
        let json = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
        let t0 = Instant::now();
        let set = InputSet::from_json(&json).map_err(|e| e.to_string())?;
        let parse_ms = t0.elapsed().as_secs_f64() * 1e3;
        let bytes: usize = set.documents.iter().map(|d| d.text.len()).sum();
        let runs = runs.max(1);
        let mut stages: Vec<Vec<f64>> = vec![Vec::new(); storylens::pipeline::STAGES.len()];
        let (mut totals, mut serialize) = (Vec::new(), Vec::new());
        let mut out_bytes = 0;
        for run in 0..=runs {
            let start = Instant::now();
            let mut last = start;
            let mut times = Vec::new();
            let analysis = storylens::pipeline::analyze_staged(&set, &mut |_| {
                let now = Instant::now();
                times.push((now - last).as_secs_f64() * 1e3);
                last = now;
            })
            .map_err(|e| e.to_string())?;
            let total = start.elapsed().as_secs_f64() * 1e3;
            let s0 = Instant::now();
            let out = serde_json::to_string(&analysis).map_err(|e| e.to_string())?;
            let ser = s0.elapsed().as_secs_f64() * 1e3;
            out_bytes = out.len();
            if run == 0 {
                continue; // warm-up: first-use tables (gazetteer) are built here
            }
            for (k, t) in times.into_iter().enumerate() {
                stages[k].push(t);
            }
            totals.push(total);
            serialize.push(ser);
        }
        let median = |v: &mut Vec<f64>| {
            v.sort_by(|a, b| a.total_cmp(b));
            v[v.len() / 2]
        };
        let stage_json: Vec<serde_json::Value> = storylens::pipeline::STAGES
            .iter()
            .zip(stages.iter_mut())
            .map(|(name, v)| serde_json::json!({"stage": name, "ms": median(v)}))
            .collect();
        let peak_rss_kb = std::fs::read_to_string("/proc/self/status").ok().and_then(|s| {
            s.lines().find(|l| l.starts_with("VmHWM:")).and_then(|l| l.split_whitespace().nth(1)?.parse::<u64>().ok())
        });
        let result = serde_json::json!({
            "documents": set.documents.len(),
            "bytes": bytes,
            "runs": runs,
            "parse_ms": parse_ms,
            "total_ms": median(&mut totals),
            "serialize_ms": median(&mut serialize),
            "output_bytes": out_bytes,
            "stages": stage_json,
            "peak_rss_kb": peak_rss_kb,
        });
        Ok(result.to_string() + "\n")
    }
}
