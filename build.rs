//! Prepares lexicon tables at build time, so that little is built when the program (or the wasm)
//! first needs them: the person-name lists, gazetteer words and trigram weights, normalised and deduplicated, become
//! hash-bucketed tables (`src/lexicon/prepared.rs`) that `src/tagger/names.rs` searches in place; the
//! place names and nisba forms are resolved into such tables for `src/lexicon/places.rs`.
//!
//! The normalising is the crate's own (`src/text.rs`, compiled in here too), so the prepared lists
//! are exactly what building the tables at run time gave.

#[allow(dead_code)]
#[path = "src/text.rs"]
mod text;

#[allow(dead_code)]
#[path = "src/lexicon/place_tables.rs"]
mod place_tables;

#[allow(dead_code)]
#[path = "src/lexicon/prepared.rs"]
mod prepared;

/// Writes `name.tab` and `name.starts` (see `prepared`).
fn write_table(out: &Path, name: &str, entries: &[(String, Option<String>)]) {
    let (text, starts) = prepared::write(entries);
    std::fs::write(out.join(format!("{name}.tab")), text).expect("write");
    std::fs::write(out.join(format!("{name}.starts")), starts).expect("write");
}

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

fn main() {
    let out = std::env::var("OUT_DIR").expect("OUT_DIR");
    let out = Path::new(&out);
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=src/text.rs");
    for list in ["given", "persons"] {
        let src = format!("data/lexicon/names/{list}.txt");
        println!("cargo:rerun-if-changed={src}");
        let text = std::fs::read_to_string(&src).expect("name list");
        let names: BTreeSet<String> =
            text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).map(text::normalize).collect();
        write_table(out, list, &names.into_iter().map(|n| (n, None)).collect::<Vec<_>>());
    }
    // Trigram log-odds: "gram\tweight", the weight written so that it reads back as the same f32; a later line for the same
    // gram wins and lines whose number does not parse are skipped, as a map built from the lines did.
    let src = "data/lexicon/names/trigrams.tsv";
    println!("cargo:rerun-if-changed={src}");
    let text = std::fs::read_to_string(src).expect("trigrams");
    let mut grams: BTreeMap<String, f32> = BTreeMap::new();
    for l in text.lines() {
        if let Some((g, w)) = l.split_once('\t') {
            if let Ok(w) = w.trim().parse::<f32>() {
                grams.insert(g.to_string(), w);
            }
        }
    }
    write_table(out, "trigrams", &grams.into_iter().map(|(g, w)| (g, Some(w.to_string()))).collect::<Vec<_>>());

    // Gazetteer words (`src/tagger/names.rs`): each normalised word with the bits of the lists that
    // hold it (1 organisation, 2 person, 4 place).
    let mut gazetteer: BTreeMap<String, u8> = BTreeMap::new();
    for (bit, list) in [(0, "org-words"), (1, "person-words"), (1, "wikidata-names"), (2, "place-words")] {
        let src = format!("data/lexicon/gazetteer/{list}.txt");
        println!("cargo:rerun-if-changed={src}");
        let text = std::fs::read_to_string(&src).expect("gazetteer list");
        for l in text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
            *gazetteer.entry(text::normalize(l)).or_default() |= 1 << bit;
        }
    }
    write_table(out, "gazetteer", &gazetteer.into_iter().map(|(w, bits)| (w, Some(bits.to_string()))).collect::<Vec<_>>());

    // Place names and nisba forms, normalised and resolved (`src/lexicon/place_tables.rs`).
    println!("cargo:rerun-if-changed=src/lexicon/place_tables.rs");
    println!("cargo:rerun-if-changed=data/lexicon/places.tsv");
    println!("cargo:rerun-if-changed=data/lexicon/nisba.tsv");
    let places = std::fs::read_to_string("data/lexicon/places.tsv").expect("places.tsv");
    let nisba = std::fs::read_to_string("data/lexicon/nisba.tsv").expect("nisba.tsv");
    let built = place_tables::build(&places, &nisba);
    let with_values = |m: &BTreeMap<String, String>| m.iter().map(|(k, v)| (k.clone(), Some(v.clone()))).collect::<Vec<_>>();
    write_table(out, "places", &built.places.iter().map(|(k, rank)| (k.clone(), Some(rank.to_string()))).collect::<Vec<_>>());
    write_table(out, "place-starts", &place_tables::phrase_starts(&built).into_iter().map(|k| (k, None)).collect::<Vec<_>>());
    write_table(out, "nisba-irregular-stems", &with_values(&built.irregular_stems));
    write_table(out, "nisba-irregular-words", &with_values(&built.irregular_words));
    write_table(out, "nisba-regular-stems", &with_values(&built.regular_stems));
    std::fs::write(out.join("places-max-words.rs"), format!("{}\n", built.max_words)).expect("write");
}
