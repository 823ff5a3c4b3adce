//! Boilerplate inside article bodies: "see also" lines and related-news blocks.

use std::ops::Range;

use crate::tokenize::Token;

/// Byte ranges of boilerplate in `text`, sorted and non-overlapping.
pub fn find(_text: &str, _tokens: &[Token]) -> Vec<Range<usize>> {
    Vec::new() // TODO(quotes+boilerplate helper)
}
