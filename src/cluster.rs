//! Groups mentions into entities.

use crate::document::EntityDraft;
use crate::recognize::Mention;
use crate::tokenize::Token;

pub fn cluster(_text: &str, _tokens: &[Token], _mentions: Vec<Mention>) -> Vec<EntityDraft> {
    Vec::new()
}
