//! The WebAssembly binding: one function in, the document out. Nothing else lives here.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = r#"
export type EntityType = "person" | "organization" | "place";
export interface Span { start: number; end: number }
export interface Entity { id: string; type: EntityType; name: string; roles: string[]; mentions: Span[] }
export interface Quote {
  start: number; end: number; kind: "direct" | "indirect";
  speaker: string | null; speaker_text: string | null; speaker_span?: Span;
}
export interface HashiyaDocument {
  text_length: number; text_checksum: string;
  entities: Entity[]; quotes: Quote[]; boilerplate: Span[];
}
"#;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(typescript_type = "HashiyaDocument")]
    pub type JsDocument;
}

/// Annotates `text`; offsets in the result are UTF-16 code units of that same string.
/// Throws a TypeError-like error when `text` is not a string.
#[wasm_bindgen]
pub fn annotate(#[wasm_bindgen(unchecked_param_type = "string")] text: JsValue) -> Result<JsDocument, JsError> {
    let text = text.as_string().ok_or_else(|| JsError::new("hashiya.annotate: expected a string"))?;
    let doc = crate::annotate(&text);
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    doc.serialize(&serializer).map(JsCast::unchecked_into).map_err(|e| JsError::new(&e.to_string()))
}

use serde::Serialize;

/// Tags one sentence of tokens (words with their clitics, punctuation split off) with the learned
/// tagger alone: IOB2 labels over PERS, LOC and ORG, one per token.
#[wasm_bindgen]
pub fn tag(words: Vec<String>) -> Vec<String> {
    let words: Vec<&str> = words.iter().map(String::as_str).collect();
    crate::tagger::Tagger::embedded().tag(&words).into_iter().map(|l| l.as_str().to_string()).collect()
}
