//! The annotator compiled to WebAssembly, run in headless Chromium (wasm-bindgen-test): the core on
//! an Arabic text of our own, and the JavaScript-facing binding with good and bad input.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const TEXT: &str = "قال وزير الخارجية المصري سامح شكري في القاهرة إن المحادثات مستمرة. \
وأضاف شكري: «سنواصل العمل مع شركائنا».";

#[wasm_bindgen_test]
fn core_annotates_in_the_browser() {
    let doc = hashiya::annotate(TEXT);
    let person = doc.entities.iter().find(|e| e.name == "سامح شكري").expect("the minister is found");
    assert_eq!(person.kind, hashiya::EntityType::Person);
    assert_eq!(person.mentions.len(), 2);
    assert!(doc.entities.iter().any(|e| e.name == "القاهرة" && e.kind == hashiya::EntityType::Place));
    let direct = doc.quotes.iter().find(|q| q.kind == hashiya::QuoteKind::Direct).expect("a direct quote");
    assert_eq!(direct.speaker.as_deref(), Some(person.id.as_str()));
    // Offsets are UTF-16 code units of the same string.
    let units: Vec<u16> = TEXT.encode_utf16().collect();
    let name = String::from_utf16(&units[person.mentions[0].start..person.mentions[0].end]).unwrap();
    assert_eq!(name, "سامح شكري");
}

#[wasm_bindgen_test]
fn binding_returns_a_plain_object_and_rejects_non_strings() {
    let doc = hashiya::wasm::annotate(JsValue::from_str(TEXT)).map_err(|_| ()).expect("a string is accepted");
    let doc: JsValue = doc.into();
    let entities = js_sys::Reflect::get(&doc, &JsValue::from_str("entities")).unwrap();
    assert!(js_sys::Array::is_array(&entities));
    assert!(hashiya::wasm::annotate(JsValue::from_f64(42.0)).is_err());
    assert!(hashiya::wasm::annotate(JsValue::NULL).is_err());
}

#[wasm_bindgen_test]
fn tagger_alone_labels_each_token() {
    let words: Vec<String> = ["وصل", "الوفد", "إلى", "القاهرة", "أمس", "."].iter().map(|w| w.to_string()).collect();
    let labels = hashiya::wasm::tag(words.clone());
    assert_eq!(labels.len(), words.len());
    assert_eq!(labels[3], "B-LOC");
    assert!(labels.iter().all(|l| ["O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG"].contains(&l.as_str())));
}
