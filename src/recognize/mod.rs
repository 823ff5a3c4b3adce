//! Recognisers: find mentions of people, organisations and places.

use std::ops::Range;

use crate::document::EntityType;
use crate::tokenize::Token;

/// One mention found in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// Byte span of the name in the text, clitics excluded where they can be split off.
    pub span: Range<usize>,
    /// Token indices the mention covers (end-exclusive).
    pub tokens: Range<usize>,
    pub kind: EntityType,
    /// Normalised name, clitics removed, words joined by one space.
    pub key: String,
    /// The name as written, clitics removed.
    pub name: String,
    /// Role or title the text attaches to this mention, as written.
    pub role: Option<String>,
}

/// All mentions in `text`, outside `boilerplate`, sorted and non-overlapping.
pub fn find(_text: &str, _tokens: &[Token], _boilerplate: &[Range<usize>]) -> Vec<Mention> {
    Vec::new()
}
