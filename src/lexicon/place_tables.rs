//! Builds the place tables from the data files. Compiled into `build.rs`, which writes them out as
//! prepared tables (`prepared::write`) for `places` to search in place at run time, and into the
//! crate's tests, which check the prepared tables against a fresh build.
//!
//! Kinds are ranks here: 0 country, 1 region, 2 city (lower is stronger).

use std::collections::BTreeMap;

use crate::text::normalize_phrase;

pub const CITY: u8 = 2;

/// The rank of a kind as the data writes it.
pub fn kind_rank(s: &str) -> Option<u8> {
    match s {
        "country" => Some(0),
        "region" => Some(1),
        "city" => Some(CITY),
        _ => None,
    }
}

/// A nisba stem must keep at least this many letters ("صين" ← الصيني).
pub const MIN_STEM: usize = 3;

/// Stems that a country or region would give but that are mostly other words, matched exactly:
/// مال (مالي: "المالي" is "financial"), مجر (المجر: "المجري" is also "المجرى", the course),
/// جولان (الجولاني is a nom de guerre more often than "of the Golan"), and the stems that
/// ألمانيا/ألبانيا give when their first letters are mistaken for the article ("ماني", "باني" —
/// "الماني"/"الباني" still reach them through "المان"/"البان").
const STEM_STOP: [&str; 7] = ["مال", "مجر", "المجر", "جولان", "الجولان", "مان", "بان"];

/// Article-less forms not to add for names with the article: given names (هند, شام), common
/// nouns (خليج "a gulf", نيل "obtaining", بقاع "spots", مغرب "sunset", جولان "roaming") and
/// indefinite adjectives (سعوديه "a Saudi …", كاريبي).
const BARE_STOP: [&str; 12] =
    ["هند", "شام", "تبت", "خليج", "نيل", "بقاع", "مغرب", "نقب", "جولان", "سعوديه", "امارات", "كاريبي"];


/// The tables (see `places::Tables`), ordered.
#[derive(Debug, PartialEq, Eq)]
pub struct Built {
    pub places: BTreeMap<String, u8>,
    pub max_words: usize,
    pub irregular_stems: BTreeMap<String, String>,
    pub irregular_words: BTreeMap<String, String>,
    pub regular_stems: BTreeMap<String, String>,
}

pub fn strip_article(w: &str) -> Option<&str> {
    w.strip_prefix("ال").filter(|rest| rest.chars().count() >= MIN_STEM)
}

pub fn char_len(s: &str) -> usize {
    s.chars().count()
}

/// The tables from the data files' text (`places.tsv`, `nisba.tsv`).
pub fn build(places_tsv: &str, nisba_tsv: &str) -> Built {
    let mut places: BTreeMap<String, u8> = BTreeMap::new();
    let insert = |places: &mut BTreeMap<String, u8>, key: String, kind: u8| {
        match places.get(&key) {
            Some(&old) if old <= kind => {}
            _ => {
                places.insert(key, kind);
            }
        }
    };
    let mut regular_stems: BTreeMap<String, String> = BTreeMap::new();
    let mut max_words = 1;
    // Rows come sorted by name, so the first place to claim a stem is deterministic.
    let mut stem_claims: Vec<(String, String, u8)> = Vec::new();
    for line in places_tsv.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let mut cols = line.split('\t');
        let (Some(name), Some(kind)) = (cols.next(), cols.next().and_then(kind_rank)) else {
            continue;
        };
        let key = normalize_phrase(name);
        if key.is_empty() {
            continue;
        }
        max_words = max_words.max(key.split(' ').count());
        let one_word = !key.contains(' ');
        if one_word && kind != CITY {
            if let Some(bare) = strip_article(&key) {
                if !BARE_STOP.contains(&bare) {
                    insert(&mut places, bare.to_string(), kind);
                }
            }
            for base in [Some(key.as_str()), strip_article(&key)].into_iter().flatten() {
                for stem in place_stems(base) {
                    stem_claims.push((stem, key.clone(), kind));
                }
            }
        }
        insert(&mut places, key, kind);
    }
    // Countries claim stems before regions; otherwise the first (sorted) name wins.
    stem_claims.sort_by_key(|(_, _, kind)| *kind);
    for (stem, place, _) in stem_claims {
        if char_len(&stem) >= MIN_STEM && !STEM_STOP.contains(&stem.as_str()) {
            regular_stems.entry(stem).or_insert(place);
        }
    }

    let mut irregular_stems = BTreeMap::new();
    let mut irregular_words = BTreeMap::new();
    for line in nisba_tsv.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < 3 {
            continue;
        }
        // Forms are written without the article ("ألمان": its ال is not one).
        let form = normalize_phrase(cols[0]);
        let place = normalize_phrase(cols[1]);
        match cols[2].trim() {
            "adj" => {
                if let Some(stem) = form.strip_suffix('ي') {
                    irregular_stems.insert(stem.to_string(), place);
                }
            }
            _ => {
                irregular_words.insert(form, place);
            }
        }
    }
    Built { places, max_words, irregular_stems, irregular_words, regular_stems }
}

/// The stems a place name (without its article) offers to nisba adjectives: the name itself and
/// the name less a final ا/ه/ي or يا (روسيا → روسي, روس; تركيا → ترك; اذربيجان → اذربيجان).
fn place_stems(base: &str) -> Vec<String> {
    let mut out = vec![base.to_string()];
    for end in ["يا", "ا", "ه", "ي"] {
        if let Some(s) = base.strip_suffix(end) {
            out.push(s.to_string());
        }
    }
    out
}

/// The first words of every phrase of two or more words ("الولايات" for "الولايات المتحده"), so a
/// phrase that starts no name is not read further.
pub fn phrase_starts(b: &Built) -> std::collections::BTreeSet<String> {
    b.places.keys().flat_map(|k| k.match_indices(' ').map(move |(i, _)| k[..i].to_string())).collect()
}
