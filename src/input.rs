//! The public input contract: a set of documents, as JSON or as files.
//!
//! `{"documents":[{"id","source","title","published","text"}]}` — every field but
//! `text` optional; `published` is `YYYY-MM-DD`. Validation and limits live here,
//! so the CLI and the WebAssembly binding refuse the same inputs with the same messages.

use serde::Deserialize;

/// Maximum size of one document's text, in bytes (UTF-8).
pub const MAX_DOCUMENT_BYTES: usize = 10 * 1024 * 1024;
/// Maximum total size of all texts in one analysis, in bytes.
pub const MAX_TOTAL_BYTES: usize = 50 * 1024 * 1024;
/// Maximum number of documents in one analysis.
pub const MAX_DOCUMENTS: usize = 5_000;

/// A set of documents to analyse together (one story).
#[derive(Debug, Clone, Default, Deserialize)]
pub struct InputSet {
    /// The reports, in the user's order.
    pub documents: Vec<InputDocument>,
}

/// One report as the user gave it.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct InputDocument {
    /// Stable identifier; defaults to `doc1`, `doc2`, … by position.
    #[serde(default)]
    pub id: Option<String>,
    /// Outlet or author, e.g. "Reuters".
    #[serde(default)]
    pub source: Option<String>,
    /// Headline.
    #[serde(default)]
    pub title: Option<String>,
    /// Publication date, `YYYY-MM-DD`.
    #[serde(default)]
    pub published: Option<String>,
    /// The article text (plain text; HTML must be reduced to text before this point).
    pub text: String,
}

/// Why an input set was refused as a whole.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError(pub String);

impl std::fmt::Display for InputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for InputError {}

impl InputSet {
    /// Parses the JSON input format, with a message that says what is wrong.
    pub fn from_json(json: &str) -> Result<InputSet, InputError> {
        serde_json::from_str(json).map_err(|e| {
            InputError(format!("malformed input JSON ({e}); expected {{\"documents\":[{{\"text\":\"…\"}}]}}"))
        })
    }

    /// Checks the documented limits; the message names the limit that was passed.
    pub fn check_limits(&self) -> Result<(), InputError> {
        if self.documents.len() > MAX_DOCUMENTS {
            return Err(InputError(format!(
                "too many documents: {} (the limit is {MAX_DOCUMENTS} per analysis)",
                self.documents.len()
            )));
        }
        let mut total = 0usize;
        for (i, d) in self.documents.iter().enumerate() {
            if d.text.len() > MAX_DOCUMENT_BYTES {
                return Err(InputError(format!(
                    "document {} ({}) is {} bytes; the limit is {} MB per document",
                    i + 1,
                    d.id.as_deref().unwrap_or("no id"),
                    d.text.len(),
                    MAX_DOCUMENT_BYTES / (1024 * 1024)
                )));
            }
            total += d.text.len();
        }
        if total > MAX_TOTAL_BYTES {
            return Err(InputError(format!(
                "the documents total {total} bytes; the limit is {} MB per analysis",
                MAX_TOTAL_BYTES / (1024 * 1024)
            )));
        }
        Ok(())
    }
}
