//! Properties that hold for every input (proptest): spans inside the text on character boundaries,
//! sorted non-overlapping mentions, speakers that exist, determinism, and no annotation crossing
//! the joint of two concatenated articles.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;

/// Text drawn from the characters that trouble annotators: Arabic letters and clitics, diacritics,
/// tatweel, every quotation mark, punctuation, digits, Latin, emoji (astral), bidi controls, NUL.
fn arabicish() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "قال ", "وقال ", "الرئيس ", "الروسي ", "بوتين ", "وبوتين ", "لروسيا ", "في ", "موسكو ", "إن ", "أن ",
        "وزير ", "الخارجية ", "سامي ", "خليل", "، ", ": ", ". ", "\n", "\"", "«", "»", "“", "”", "„", "َ", "ـ",
        "٢٠٢٤", "2024", "abc ", "😀", "\u{200F}", "\u{202B}", "\0", "شاهد أيضا: ", "أخبار ذات صلة\n",
        "http://example.com/x ", "وكالة ", "الأنباء ", "مدينة ", "أشار ", "إلى ", "مسؤول ", "ومقره ",
    ]);
    prop::collection::vec(pieces, 0..120).prop_map(|v| v.concat())
}

fn check(text: &str) {
    let doc = hashiya::annotate(text);
    let units: Vec<u16> = text.encode_utf16().collect();
    assert_eq!(doc.text_length, units.len());
    let on_boundary = |i: usize| i == 0 || i == units.len() || !(0xDC00..0xE000).contains(&units[i]);
    let ok = |s: usize, e: usize| s < e && e <= units.len() && on_boundary(s) && on_boundary(e);
    let ids: Vec<&str> = doc.entities.iter().map(|e| e.id.as_str()).collect();
    for e in &doc.entities {
        assert!(!e.mentions.is_empty());
        for w in e.mentions.windows(2) {
            assert!(w[0].end <= w[1].start, "mentions sorted, not overlapping: {:?}", e.mentions);
        }
        for m in &e.mentions {
            assert!(ok(m.start, m.end), "mention {m:?} in {text:?}");
        }
    }
    for q in &doc.quotes {
        assert!(ok(q.start, q.end), "quote {}..{} in {text:?}", q.start, q.end);
        if let Some(s) = &q.speaker {
            assert!(ids.contains(&s.as_str()), "speaker {s} exists");
        }
    }
    for b in &doc.boilerplate {
        assert!(ok(b.start, b.end));
    }
    assert_eq!(doc, hashiya::annotate(text), "same input, same output");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn spans_are_valid_and_output_is_deterministic(text in arabicish()) {
        check(&text);
    }

    #[test]
    fn any_unicode_is_annotated_without_panic(text in "\\PC{0,300}") {
        check(&text);
    }

    #[test]
    fn annotations_never_cross_the_joint_of_two_articles(a in arabicish(), b in arabicish()) {
        let joined = format!("{a}\n\n{b}");
        let doc = hashiya::annotate(&joined);
        let joint = a.encode_utf16().count();
        let crosses = |s: usize, e: usize| s < joint && e > joint + 2;
        for e in &doc.entities {
            for m in &e.mentions {
                prop_assert!(!crosses(m.start, m.end));
            }
        }
        for q in &doc.quotes {
            prop_assert!(!crosses(q.start, q.end), "quote {}..{} crosses {joint}", q.start, q.end);
        }
    }
}

#[test]
fn many_quotation_marks_and_huge_words_do_not_panic() {
    check(&"\"«“".repeat(30_000));
    check(&"ب".repeat(200_000));
    check(&"قال X: «".repeat(5_000));
}
