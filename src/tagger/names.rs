//! Person-name gazetteers (`data/lexicon/names/`, built by `scripts/build-name-lexicons.sh` from
//! registry packages; see `data/lexicon/names/SOURCES.md`). The tagger uses them as features: a word
//! never seen in training that is a known given or family name is likely part of a person's name,
//! and one whose letters look like a name's rather than a dictionary word's (`name_likeness`, from a
//! table of letter-trigram log-odds) is likely part of some name, often a foreign one.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::OnceLock;

use crate::text::normalize;

struct Names {
    given: HashSet<String>,
    persons: HashSet<String>,
    /// Letter trigram → log-odds of "word of a person's name" against "dictionary word".
    trigrams: HashMap<String, f32>,
    /// Gazetteer words (`data/lexicon/gazetteer`): bit 0 organisation, 1 person, 2 place.
    /// (`wikidata-names.txt` holds person words too.)
    gazetteer: HashMap<String, u8>,
}

fn names() -> &'static Names {
    static NAMES: OnceLock<Names> = OnceLock::new();
    NAMES.get_or_init(|| {
        let set = |text: &str| -> HashSet<String> {
            text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).map(normalize).collect()
        };
        Names {
            given: set(include_str!("../../data/lexicon/names/given.txt")),
            persons: set(include_str!("../../data/lexicon/names/persons.txt")),
            trigrams: include_str!("../../data/lexicon/names/trigrams.tsv")
                .lines()
                .filter_map(|l| {
                    let (g, w) = l.split_once('\t')?;
                    Some((g.to_string(), w.trim().parse().ok()?))
                })
                .collect(),
            gazetteer: {
                let mut m: HashMap<String, u8> = HashMap::default();
                for (bit, text) in [
                    (0, include_str!("../../data/lexicon/gazetteer/org-words.txt")),
                    (1, include_str!("../../data/lexicon/gazetteer/person-words.txt")),
                    (1, include_str!("../../data/lexicon/gazetteer/wikidata-names.txt")),
                    (2, include_str!("../../data/lexicon/gazetteer/place-words.txt")),
                ] {
                    for l in text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
                        *m.entry(normalize(l)).or_default() |= 1 << bit;
                    }
                }
                m
            },
        }
    })
}

/// Which gazetteers (organisation, person, place words) know one normalised word: "-", or the
/// letters o, p, l of those that do.
pub fn gazetteer_class(norm: &str) -> &'static str {
    const CLASSES: [&str; 8] = ["-", "o", "p", "op", "l", "ol", "pl", "opl"];
    CLASSES[names().gazetteer.get(norm).copied().unwrap_or(0) as usize & 7]
}

/// What the name lists say of one normalised word: "given" (a given name), "name" (a word of a
/// person's name, often a family name) or "-".
pub fn name_class(norm: &str) -> &'static str {
    let n = names();
    if n.given.contains(norm) {
        "given"
    } else if n.persons.contains(norm) {
        "name"
    } else {
        "-"
    }
}

/// How much a stem (normalised, clitics, article and final ta marbuta off) looks like a name rather
/// than a dictionary word, by its letter trigrams (with "<" and ">" at the ends): the mean of their
/// log-odds, 0 for unknown trigrams. Foreign names ("فولكسفاغن", "نيستلروي") score high.
pub fn name_likeness(stem: &str) -> f32 {
    let n = names();
    let chars: Vec<char> = std::iter::once('<').chain(stem.chars()).chain(std::iter::once('>')).collect();
    if chars.len() < 3 {
        return 0.0;
    }
    let mut sum = 0.0;
    let mut gram = String::new();
    for w in chars.windows(3) {
        gram.clear();
        gram.extend(w);
        sum += n.trigrams.get(&gram).copied().unwrap_or(0.0);
    }
    sum / (chars.len() - 2) as f32
}
