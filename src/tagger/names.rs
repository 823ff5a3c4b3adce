//! Person-name gazetteers (`data/lexicon/names/`, built by `scripts/build-name-lexicons.sh` from
//! registry packages; see `data/lexicon/names/SOURCES.md`). The tagger uses them as features: a word
//! never seen in training that is a known given or family name is likely part of a person's name,
//! and one whose letters look like a name's rather than a dictionary word's (`name_likeness`, from a
//! table of letter-trigram log-odds) is likely part of some name, often a foreign one.

use crate::lexicon::prepared::{prepared_table, Table};

/// Normalised given names (prepared by `build.rs` from `given.txt`).
static GIVEN: Table = prepared_table!("given");
/// Normalised words of persons' names, likewise from `persons.txt`.
static PERSONS: Table = prepared_table!("persons");
/// Letter trigram → log-odds of "word of a person's name" against "dictionary word".
static TRIGRAMS: Table = prepared_table!("trigrams");

/// Gazetteer words (`data/lexicon/gazetteer`, built by `scripts/build-gazetteers.sh`), normalised,
/// each with its classes as bits: 1 organisation, 2 person (`wikidata-names.txt` too), 4 place.
static GAZETTEER: Table = prepared_table!("gazetteer");

/// Which gazetteers (organisation, person, place words) know one normalised word: "-", or the
/// letters o, p, l of those that do.
pub fn gazetteer_class(norm: &str) -> &'static str {
    const CLASSES: [&str; 8] = ["-", "o", "p", "op", "l", "ol", "pl", "opl"];
    CLASSES[GAZETTEER.get(norm).and_then(|v| v.parse::<usize>().ok()).unwrap_or(0) & 7]
}

fn trigram_weight(gram: &str) -> Option<f32> {
    TRIGRAMS.get(gram)?.parse().ok()
}

/// What the name lists say of one normalised word: "given" (a given name), "name" (a word of a
/// person's name, often a family name) or "-".
pub fn name_class(norm: &str) -> &'static str {
    if GIVEN.contains(norm) {
        "given"
    } else if PERSONS.contains(norm) {
        "name"
    } else {
        "-"
    }
}

/// How much a stem (normalised, clitics, article and final ta marbuta off) looks like a name rather
/// than a dictionary word, by its letter trigrams (with "<" and ">" at the ends): the mean of their
/// log-odds, 0 for unknown trigrams. Foreign names ("فولكسفاغن", "نيستلروي") score high.
pub fn name_likeness(stem: &str) -> f32 {
    let chars: Vec<char> = std::iter::once('<').chain(stem.chars()).chain(std::iter::once('>')).collect();
    if chars.len() < 3 {
        return 0.0;
    }
    let mut sum = 0.0;
    let mut gram = String::new();
    for w in chars.windows(3) {
        gram.clear();
        gram.extend(w);
        sum += trigram_weight(&gram).unwrap_or(0.0);
    }
    sum / (chars.len() - 2) as f32
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::normalize;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    fn entries(text: &str) -> impl Iterator<Item = &str> {
        text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'))
    }

    #[test]
    fn every_listed_name_is_found_and_others_are_not() {
        for l in entries(include_str!("../../data/lexicon/names/given.txt")) {
            assert_eq!(name_class(&normalize(l)), "given", "{l}");
        }
        for l in entries(include_str!("../../data/lexicon/names/persons.txt")) {
            assert_ne!(name_class(&normalize(l)), "-", "{l}");
        }
        for w in ["", "قال", "الحكومه", "zzz", "\u{10FFFF}"] {
            assert_eq!(name_class(w), "-", "{w}");
        }
    }

    #[test]
    fn trigram_weights_read_back_exactly() {
        let mut last = std::collections::HashMap::new();
        for l in include_str!("../../data/lexicon/names/trigrams.tsv").lines() {
            if let Some((g, w)) = l.split_once('\t') {
                if let Ok(w) = w.trim().parse::<f32>() {
                    last.insert(g, w);
                }
            }
        }
        assert!(last.len() > 1000);
        for (g, w) in last {
            assert_eq!(trigram_weight(g).map(f32::to_bits), Some(w.to_bits()), "{g}");
        }
        assert_eq!(trigram_weight(""), None);
    }

    #[test]
    fn prepared_tables_find_every_entry_and_nothing_else() {
        let entries: Vec<(String, Option<String>)> =
            ["", "ا", "اب", "ب", "بب"].iter().enumerate().map(|(i, k)| (k.to_string(), (i % 2 == 0).then(|| i.to_string()))).collect();
        let (text, starts) = crate::lexicon::prepared::write(&entries);
        let t = Table { text: Box::leak(text.into_boxed_slice()), starts: Box::leak(starts.into_boxed_slice()) };
        for (k, v) in &entries {
            assert_eq!(t.get(k), Some(v.as_deref().unwrap_or("")), "{k}");
        }
        for k in ["ت", "اا", "a", "0"] {
            assert!(!t.contains(k), "{k}");
        }
        assert!(!Table { text: b"", starts: &[] }.contains("x"));
    }

    #[test]
    fn packed_keys_of_any_script_are_found_and_kept_apart() {
        // Arabic letters take one byte packed; Persian letters, accents and emoji are escaped; a
        // key longer than the lookup's stack buffer is packed on the heap.
        let long = "م".repeat(200);
        let keys = ["کتاب", "كتاب", "café", "cafe", "😀", "x😀", "ابن-سينا 2", long.as_str(), "ـ", "\u{64b}"];
        let entries: Vec<(String, Option<String>)> = keys.iter().enumerate().map(|(i, k)| (k.to_string(), Some(format!("قيمة{i}")))).collect();
        let (text, starts) = crate::lexicon::prepared::write(&entries);
        let t = Table { text: Box::leak(text.into_boxed_slice()), starts: Box::leak(starts.into_boxed_slice()) };
        assert_eq!(t.len(), keys.len());
        for (i, k) in keys.iter().enumerate() {
            assert_eq!(t.get(k), Some(format!("قيمة{i}").as_str()), "{k}");
        }
        for k in ["کتا", "café ", "caf", "😁", &long[2..]] {
            assert!(!t.contains(k), "{k}");
        }
    }
}
