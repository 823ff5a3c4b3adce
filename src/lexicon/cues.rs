//! Hand-written cue lists (see `data/lexicon/cues/README.md`), normalised once at first use.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::OnceLock;

use crate::text::{normalize, normalize_phrase};

struct Cues {
    titles: HashSet<String>,
    title_complements: HashSet<String>,
    /// head → needs a modifier after it
    org_heads: HashMap<String, bool>,
    org_names: HashSet<String>,
    /// The first words of organisation names of two words or more (see `starts_longer_org_name`).
    org_name_starts: HashSet<String>,
    org_name_max_words: usize,
    /// head → the head is part of the place's name
    place_heads: HashMap<String, bool>,
    function_words: HashSet<String>,
}

fn entries(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

fn cues() -> &'static Cues {
    static CUES: OnceLock<Cues> = OnceLock::new();
    CUES.get_or_init(|| {
        let set = |data: &'static str| entries(data).map(normalize).collect::<HashSet<_>>();
        let org_names: HashSet<String> = entries(include_str!("../../data/lexicon/cues/org-names.txt")).map(normalize_phrase).collect();
        Cues {
            titles: set(include_str!("../../data/lexicon/cues/titles.txt")),
            title_complements: set(include_str!("../../data/lexicon/cues/title-complements.txt")),
            org_heads: entries(include_str!("../../data/lexicon/cues/org-heads.txt"))
                .map(|l| match l.strip_prefix('*') {
                    Some(head) => (normalize(head), true),
                    None => (normalize(l), false),
                })
                .collect(),
            org_name_max_words: org_names.iter().map(|n| n.split(' ').count()).max().unwrap_or(1),
            org_name_starts: org_names.iter().flat_map(|n| n.match_indices(' ').map(|(i, _)| n[..i].to_string())).collect(),
            org_names,
            place_heads: entries(include_str!("../../data/lexicon/cues/place-heads.txt"))
                .filter_map(|l| l.split_once('\t'))
                .map(|(head, keep)| (normalize(head), keep.trim() == "name"))
                .collect(),
            function_words: set(include_str!("../../data/lexicon/cues/function-words.txt")),
        }
    })
}

/// A word that introduces a person: "الرئيس", "وزير", "السيد".
pub fn is_title(norm: &str) -> bool {
    cues().titles.contains(norm)
}

/// A definite noun or adjective that continues a title ("رئيس الوزراء", "وزير الخارجية").
pub fn is_title_complement(norm: &str) -> bool {
    cues().title_complements.contains(norm)
}

/// `Some(needs_modifier)` when the word heads organisation names.
pub fn org_head(norm: &str) -> Option<bool> {
    cues().org_heads.get(norm).copied()
}

/// في، إلى، لدى (normalised): before the place an office is for ("سفير مصر لدى فرنسا").
pub fn is_posting_preposition(norm: &str) -> bool {
    matches!(norm, "في" | "الي" | "لدي")
}

/// A known organisation name (normalised phrase).
pub fn is_org_name(norm_phrase: &str) -> bool {
    cues().org_names.contains(norm_phrase)
}

/// Whether some known organisation name of more words starts with `norm_phrase` (whole words).
pub fn starts_longer_org_name(norm_phrase: &str) -> bool {
    cues().org_name_starts.contains(norm_phrase)
}

pub fn org_name_max_words() -> usize {
    cues().org_name_max_words
}

/// `Some(keeps_head)` when the word is a noun that introduces a place name.
pub fn place_head(norm: &str) -> Option<bool> {
    cues().place_heads.get(norm).copied()
}

/// Prepositions, pronouns, particles and common words that are never part of a name.
pub fn is_function_word(norm: &str) -> bool {
    cues().function_words.contains(norm)
}

#[cfg(test)]
mod tests {
    use super::*;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    #[test]
    fn lists_are_normalised_on_load() {
        assert!(is_title("الرييس") || is_title(&normalize("الرئيس")));
        assert!(is_title(&normalize("السيدة")));
        assert_eq!(org_head(&normalize("وكالة")), Some(false));
        assert_eq!(org_head(&normalize("الحكومة")), Some(true));
        assert!(is_org_name(&normalize_phrase("الأمم المتحدة")));
        assert!(starts_longer_org_name(&normalize("الأمم")) && !starts_longer_org_name(&normalize_phrase("الأمم المتحدة")));
        assert_eq!(place_head(&normalize("مدينة")), Some(false));
        assert!(is_function_word(&normalize("إلى")));
        assert!(!is_function_word(&normalize("بغداد")));
    }
}
