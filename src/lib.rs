//! hashiya: finds the actors (people, organisations), places and quotes of an Arabic news article.
//!
//! The core is plain Rust and knows nothing of browsers. The pipeline, one module per stage:
//!
//! 1. [`tokenize`]: tokens with byte spans and normalised forms ([`text`] does the normalising and
//!    clitic segmentation);
//! 2. [`boilerplate`]: "see also" lines and related-news blocks, set apart and not annotated;
//! 3. [`recognize`]: mentions of people, organisations and places (lexicons and cues, joined by a
//!    statistical tagger);
//! 4. [`cluster`]: mentions grouped into entities, with the roles the article gives them;
//! 5. [`quotes`]: direct quotes and reported speech, attributed to their speakers;
//! 6. [`document`]: the output, with UTF-16 offsets for JavaScript.
//!
//! `wasm` is the thin WebAssembly binding; `src/main.rs` the command-line program.

pub mod boilerplate;
pub mod cluster;
pub mod document;
pub mod lexicon;
pub mod quotes;
pub mod recognize;
pub mod tagger;
pub mod text;
pub mod tokenize;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

// The same unit tests run in headless Chromium when compiled to wasm (scripts/test.sh).
#[cfg(all(test, target_arch = "wasm32"))]
wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

pub use document::{Document, Entity, EntityType, Quote, QuoteKind, Span};

/// Annotates one article. Never panics on any input; empty text gives an empty document.
pub fn annotate(text: &str) -> Document {
    let tokens = tokenize::tokenize(text);
    let boiler = boilerplate::find(text, &tokens);
    let mentions = recognize::find(text, &tokens, &boiler);
    let entities = cluster::cluster(text, &tokens, mentions);
    let quotes = quotes::find(text, &tokens, &entities, &boiler);
    Document::assemble(text, entities, quotes, boiler)
}
