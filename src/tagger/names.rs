//! Person-name gazetteers (`data/lexicon/names/`, built by `scripts/build-name-lexicons.sh` from
//! registry packages; see `data/lexicon/names/SOURCES.md`). The tagger uses them as features: a word
//! never seen in training that is a known given or family name is likely part of a person's name,
//! and one whose letters look like a name's rather than a dictionary word's (`name_likeness`, from a
//! table of letter-trigram log-odds) is likely part of some name, often a foreign one.

/// Normalised given names, sorted, one a line (prepared by `build.rs` from `given.txt`).
static GIVEN: &str = include_str!(concat!(env!("OUT_DIR"), "/given.sorted"));
/// Normalised words of persons' names, likewise from `persons.txt`.
static PERSONS: &str = include_str!(concat!(env!("OUT_DIR"), "/persons.sorted"));
/// Letter trigram → log-odds of "word of a person's name" against "dictionary word", as
/// "gram<TAB>weight" lines sorted by gram.
static TRIGRAMS: &str = include_str!(concat!(env!("OUT_DIR"), "/trigrams.sorted"));

/// The line of `sorted` (newline-terminated lines in ascending order) whose key (the text before
/// `sep`, or the whole line) is `key`: a binary search over the lines in place, nothing built.
fn find_line<'a>(sorted: &'a str, key: &str, sep: Option<char>) -> Option<&'a str> {
    let bytes = sorted.as_bytes();
    // `lo` and `hi` are always line starts (or the end).
    let (mut lo, mut hi) = (0, bytes.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let start = bytes[lo..mid].iter().rposition(|&b| b == b'\n').map_or(lo, |p| lo + p + 1);
        let end = bytes[start..hi].iter().position(|&b| b == b'\n').map_or(hi, |p| start + p);
        let line = &sorted[start..end];
        let line_key = sep.and_then(|c| line.split_once(c)).map_or(line, |(k, _)| k);
        match line_key.cmp(key) {
            std::cmp::Ordering::Equal => return Some(line),
            std::cmp::Ordering::Less => lo = end + 1,
            std::cmp::Ordering::Greater => hi = start,
        }
    }
    None
}

/// What the name lists say of one normalised word: "given" (a given name), "name" (a word of a
/// person's name, often a family name) or "-".
pub fn name_class(norm: &str) -> &'static str {
    if find_line(GIVEN, norm, None).is_some() {
        "given"
    } else if find_line(PERSONS, norm, None).is_some() {
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
        sum += find_line(TRIGRAMS, &gram, Some('\t'))
            .and_then(|l| l.split_once('\t')?.1.parse::<f32>().ok())
            .unwrap_or(0.0);
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
            let found = find_line(TRIGRAMS, g, Some('\t')).and_then(|l| l.split_once('\t')?.1.parse::<f32>().ok());
            assert_eq!(found.map(f32::to_bits), Some(w.to_bits()), "{g}");
        }
        assert_eq!(find_line(TRIGRAMS, "", Some('\t')), None);
    }

    #[test]
    fn binary_search_over_lines() {
        let sorted = "\nا\nاب\nب\nبب\n";
        for k in ["", "ا", "اب", "ب", "بب"] {
            assert_eq!(find_line(sorted, k, None), Some(k));
        }
        for k in ["ت", "اا", "a"] {
            assert_eq!(find_line(sorted, k, None), None);
        }
        assert_eq!(find_line("", "x", None), None);
    }
}
