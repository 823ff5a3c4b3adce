//! Word lists the recognisers use, embedded at build time from `data/lexicon/`.
//!
//! `places`: place names and nisba adjectives, built by `scripts/build-lexicons` from CLDR and
//! GeoNames. `cues`: hand-written lists of titles, organisation head-words and speech verbs.

pub mod places;
pub mod cues;
