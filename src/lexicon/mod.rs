//! Word lists the recognisers use, embedded at build time from `data/lexicon/`.
//!
//! `places`: place names and nisba adjectives, built by `scripts/build-lexicons` from CLDR and
//! GeoNames. `cues`: hand-written lists of titles, organisation head-words and speech verbs.

pub mod places;
// Tables laid out at build time (`build.rs` compiles it too).
#[allow(dead_code)]
pub(crate) mod prepared;
// Builds the place tables; `build.rs` compiles it too (most of it runs only there and in tests).
#[allow(dead_code)]
mod place_tables;
pub mod cues;
