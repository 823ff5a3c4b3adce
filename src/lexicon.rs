//! Word lists the recognisers use, embedded at build time from `data/lexicon/`.
