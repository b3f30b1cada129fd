//! The `storylens` command-line tool: the same analysis as the page, on files.
//!
//! `storylens analyze a.txt b.html c.md`, `storylens analyze --input set.json`;
//! JSON (schema `storylens/1`) on stdout, errors on stderr with a non-zero exit.

#[cfg(not(target_arch = "wasm32"))]
use cli::main;

/// The CLI is native only; a WebAssembly build of the crate's binaries has nothing to run.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use clap::{Parser, Subcommand, ValueEnum};
    use std::io::Read;
    use std::path::PathBuf;
    use std::process::ExitCode;
    use storylens::{analyze, InputSet};

    #[derive(Parser)]
    #[command(name = "storylens", version, about = "Compare news reports of one story: entities, timeline, contradictions")]
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

    pub fn main() -> ExitCode {
        match run(Cli::parse()) {
            Ok(out) => {
                print!("{out}");
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("storylens: {e}");
                ExitCode::FAILURE
            }
        }
    }

    fn run(cli: Cli) -> Result<String, String> {
        match cli.command {
            Command::Analyze { files, input, format, pretty } => {
                let mut set = InputSet::default();
                if let Some(path) = input {
                    let json = if path.as_os_str() == "-" {
                        let mut s = String::new();
                        std::io::stdin().read_to_string(&mut s).map_err(|e| format!("standard input: {e}"))?;
                        s
                    } else {
                        std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?
                    };
                    set.documents.extend(InputSet::from_json(&json).map_err(|e| e.to_string())?.documents);
                }
                for f in &files {
                    set.documents.extend(storylens::ingest::read_file(f)?);
                }
                if set.documents.is_empty() {
                    return Err("no documents given (name files, or --input set.json)".into());
                }
                let analysis = analyze(&set).map_err(|e| e.to_string())?;
                Ok(match (format, pretty) {
                    (Format::Text, _) => storylens::summary::render(&analysis),
                    (Format::Json, true) => serde_json::to_string_pretty(&analysis).map_err(|e| e.to_string())? + "\n",
                    (Format::Json, false) => serde_json::to_string(&analysis).map_err(|e| e.to_string())? + "\n",
                })
            }
            Command::EvalCoref { gold } => {
                let text = std::fs::read_to_string(&gold).map_err(|e| format!("{}: {e}", gold.display()))?;
                storylens::eval::coref_system_file(&text)
            }
            Command::EvalTimex { gold } => {
                let text = std::fs::read_to_string(&gold).map_err(|e| format!("{}: {e}", gold.display()))?;
                Ok(storylens::time::eval::timex_system_file(&text))
            }
        }
    }
}
