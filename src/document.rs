//! The document model: what `annotate` returns, in the schema of the project's gold files
//! (entities, quotes, boilerplate). Inside the core, spans are byte ranges of the input; the
//! [`Document`] handed out has UTF-16 code-unit offsets, end-exclusive, so JavaScript can use them
//! directly on the same string.

use serde::{Deserialize, Serialize};
use std::ops::Range;

use crate::text::Utf16Offsets;

/// The kinds of actor and place the annotator finds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityType {
    Person,
    Organization,
    Place,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// The speaker's own words, in quotation marks.
    Direct,
    /// Reported speech: "قال إن …", "أشار إلى أن …".
    Indirect,
}

/// A span of the input, in UTF-16 code units, end-exclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// Stable within one document: "e1", "e2", … in order of first mention.
    pub id: String,
    #[serde(rename = "type")]
    pub kind: EntityType,
    /// The fullest form the article gives, without clitics.
    pub name: String,
    /// Roles and titles the article gives ("الرئيس التركي", "عضو البرلمان الأذربيجاني").
    pub roles: Vec<String>,
    /// Every mention, sorted, non-overlapping.
    pub mentions: Vec<Span>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    pub start: usize,
    pub end: usize,
    pub kind: QuoteKind,
    /// Id of the speaking entity, when the speaker is a named entity.
    pub speaker: Option<String>,
    /// The words that name the speaker ("أحد الدبلوماسيين الغربيين"), also for unnamed speakers.
    pub speaker_text: Option<String>,
    /// Where those words are, when they are in the text (a continued quote's speaker may be earlier).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub speaker_span: Option<Span>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// Length of the annotated text in UTF-16 code units, and a checksum of it, so stored
    /// annotations can be checked against the text they are drawn on.
    pub text_length: usize,
    pub text_checksum: String,
    pub entities: Vec<Entity>,
    pub quotes: Vec<Quote>,
    pub boilerplate: Vec<Span>,
}

/// FNV-1a (32-bit) over the UTF-16 code units of `text`, as 8 hex digits. JavaScript computes the
/// same over `String.charCodeAt`, with no library.
pub fn checksum(text: &str) -> String {
    let mut h: u32 = 0x811c9dc5;
    for unit in text.encode_utf16() {
        h ^= unit as u32;
        h = h.wrapping_mul(0x01000193);
    }
    format!("{h:08x}")
}

// ---- the core's own byte-offset forms, turned into a Document at the end ----

#[derive(Debug, Clone)]
pub struct EntityDraft {
    pub kind: EntityType,
    pub name: String,
    pub roles: Vec<String>,
    pub mentions: Vec<Range<usize>>,
}

#[derive(Debug, Clone)]
pub struct QuoteDraft {
    pub span: Range<usize>,
    pub kind: QuoteKind,
    /// Index into the entity drafts.
    pub speaker: Option<usize>,
    pub speaker_text: Option<String>,
    pub speaker_span: Option<Range<usize>>,
}

impl Document {
    /// Builds the output: entities get ids in order of first mention, byte spans become UTF-16.
    pub fn assemble(text: &str, mut entities: Vec<EntityDraft>, quotes: Vec<QuoteDraft>, boilerplate: Vec<Range<usize>>) -> Self {
        let u16 = Utf16Offsets::new(text);
        let span = |r: &Range<usize>| Span { start: u16.of(r.start), end: u16.of(r.end) };
        for e in &mut entities {
            e.mentions.sort_by_key(|m| m.start);
        }
        let mut order: Vec<usize> = (0..entities.len()).filter(|&i| !entities[i].mentions.is_empty()).collect();
        order.sort_by_key(|&i| entities[i].mentions[0].start);
        let mut id_of = vec![None; entities.len()];
        for (n, &i) in order.iter().enumerate() {
            id_of[i] = Some(format!("e{}", n + 1));
        }
        let out_entities = order
            .iter()
            .map(|&i| {
                let e = &entities[i];
                Entity {
                    id: id_of[i].clone().unwrap(),
                    kind: e.kind,
                    name: e.name.clone(),
                    roles: e.roles.clone(),
                    mentions: e.mentions.iter().map(span).collect(),
                }
            })
            .collect();
        let mut out_quotes: Vec<Quote> = quotes
            .iter()
            .map(|q| Quote {
                start: u16.of(q.span.start),
                end: u16.of(q.span.end),
                kind: q.kind,
                speaker: q.speaker.and_then(|i| id_of.get(i).cloned().flatten()),
                speaker_text: q.speaker_text.clone(),
                speaker_span: q.speaker_span.as_ref().map(span),
            })
            .collect();
        out_quotes.sort_by_key(|q| q.start);
        Document {
            text_length: u16.of(text.len()),
            text_checksum: checksum(text),
            entities: out_entities,
            quotes: out_quotes,
            boilerplate: boilerplate.iter().map(span).collect(),
        }
    }
}
