//! Direct quotes and reported speech, with their speakers.

use std::ops::Range;

use crate::document::{EntityDraft, QuoteDraft};
use crate::tokenize::Token;

/// Quotes in `text` outside `boilerplate`, attributed to `entities` where the speaker is one.
pub fn find(_text: &str, _tokens: &[Token], _entities: &[EntityDraft], _boilerplate: &[Range<usize>]) -> Vec<QuoteDraft> {
    Vec::new() // TODO(quotes+boilerplate helper)
}
