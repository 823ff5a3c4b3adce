//! `annotate` must never panic, whatever bytes arrive (lossily decoded, as a lone surrogate from
//! JavaScript would be), and its spans must stay inside the text.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let doc = hashiya::annotate(&text);
    let len = text.encode_utf16().count();
    for e in &doc.entities {
        for m in &e.mentions {
            assert!(m.start < m.end && m.end <= len);
        }
    }
    for q in &doc.quotes {
        assert!(q.start < q.end && q.end <= len);
    }
});
