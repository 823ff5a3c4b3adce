//! Place names (countries, regions, cities) and nisba adjectives (الروسية → روسيا).
//!
//! The data comes from `data/lexicon/places.tsv` (built by `scripts/build-lexicons.sh` from
//! Unicode CLDR and GeoNames, plus a short hand-written list) and `data/lexicon/nisba.tsv`
//! (irregular nisba forms, hand-written), keyed by `text::normalize_phrase` of each name.
//! `build.rs` resolves them (`place_tables`) into tables searched in place (`prepared`): nothing is
//! built at run time, so a page's first annotation does not wait for it.

use super::place_tables::{char_len, strip_article, MIN_STEM};
use super::prepared::{prepared_table, Table};
#[cfg(test)]
use crate::text::normalize_phrase;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlaceKind {
    Country,
    Region,
    City,
}

impl PlaceKind {
    #[cfg(test)]
    fn parse(s: &str) -> Option<Self> {
        match s {
            "country" => Some(Self::Country),
            "region" => Some(Self::Region),
            "city" => Some(Self::City),
            _ => None,
        }
    }
}

#[cfg(test)]
const PLACES_TSV: &str = include_str!("../../data/lexicon/places.tsv");
#[cfg(test)]
const NISBA_TSV: &str = include_str!("../../data/lexicon/nisba.tsv");

/// Nisba endings, longest first: dual feminine, masculine plural and dual, feminine plural,
/// feminine singular (ية normalised to يه), masculine singular.
const NISBA_ENDINGS: [&str; 8] = ["يتين", "يتان", "يين", "يون", "يان", "يات", "يه", "ي"];

/// Normalised phrase → rank of its kind (0 country, 1 region, 2 city), with and, for countries
/// and regions, without the article.
static PLACES: Table = prepared_table!("places");
/// The first words of every name of two or more words.
static PHRASE_STARTS: Table = prepared_table!("place-starts");
/// Irregular: normalised adjective stem (without the final ي and the article) → place.
static IRREGULAR_STEMS: Table = prepared_table!("nisba-irregular-stems");
/// Irregular: exact normalised word (without the article) → place.
static IRREGULAR_WORDS: Table = prepared_table!("nisba-irregular-words");
/// Regular: stem of a one-word country or region → its normalised name.
static REGULAR_STEMS: Table = prepared_table!("nisba-regular-stems");
const MAX_WORDS: usize = include!(concat!(env!("OUT_DIR"), "/places-max-words.rs"));

/// Looks up a normalised place phrase (`text::normalize_phrase`, clitics removed, words joined by a
/// single space), e.g. "روسيا", "جنوب القوقاز", "الخليج العربي". One-word countries and regions
/// are found with or without their article ("الشيشان", "شيشان"); names without one never gain it.
pub fn lookup(norm_phrase: &str) -> Option<PlaceKind> {
    match PLACES.get(norm_phrase)? {
        "0" => Some(PlaceKind::Country),
        "1" => Some(PlaceKind::Region),
        _ => Some(PlaceKind::City),
    }
}

/// Whether some place name of more words starts with `norm_phrase` (whole words).
pub fn starts_longer_name(norm_phrase: &str) -> bool {
    PHRASE_STARTS.contains(norm_phrase)
}

/// The longest place name, in words.
pub fn max_words() -> usize {
    MAX_WORDS
}

/// The place a normalised nisba adjective refers to: "الروسيه", "روسي", "الروس", "الاذربيجانيين"
/// → Some("روسيا"/"اذربيجان") (the normalised canonical place name). None for other words.
///
/// Only countries and regions count (a stem must equal a whole place's stem), so "العربي",
/// "الدولي", "الرسمي" stay None.
pub fn nisba_place(norm_word: &str) -> Option<&'static str> {
    let bodies: [Option<&str>; 2] = [Some(norm_word), strip_article(norm_word)];
    let bodies = bodies.into_iter().flatten();
    // Irregular words ("الروس") and stems ("الامريكيه") first, then the regular rule.
    for body in bodies.clone() {
        if let Some(p) = IRREGULAR_WORDS.get(body) {
            return Some(p);
        }
    }
    for table in [&IRREGULAR_STEMS, &REGULAR_STEMS] {
        for body in bodies.clone() {
            for end in NISBA_ENDINGS {
                if let Some(stem) = body.strip_suffix(end) {
                    if char_len(stem) >= MIN_STEM {
                        if let Some(p) = table.get(stem) {
                            return Some(p);
                        }
                    }
                }
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::normalize;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    fn place(s: &str) -> Option<PlaceKind> {
        lookup(&normalize_phrase(s))
    }

    fn nisba(s: &str) -> Option<&'static str> {
        nisba_place(&normalize(s))
    }

    #[test]
    fn countries_regions_and_cities_are_found() {
        assert_eq!(place("فرنسا"), Some(PlaceKind::Country));
        assert_eq!(place("أذربيجان"), Some(PlaceKind::Country));
        assert_eq!(place("الأرجنتين"), Some(PlaceKind::Country));
        assert_eq!(place("أوروبا"), Some(PlaceKind::Region));
        assert_eq!(place("دارفور"), Some(PlaceKind::Region));
        assert_eq!(place("مدريد"), Some(PlaceKind::City));
        assert_eq!(place("مراكش"), Some(PlaceKind::City));
        // Diacritics and hamza forms do not matter.
        assert_eq!(place("ألمَانيا"), Some(PlaceKind::Country));
        assert_eq!(place("المانيا"), Some(PlaceKind::Country));
    }

    #[test]
    fn multi_word_names() {
        assert_eq!(place("الولايات المتحدة"), Some(PlaceKind::Country));
        assert_eq!(place("كوريا الجنوبية"), Some(PlaceKind::Country));
        assert_eq!(place("شمال القوقاز"), Some(PlaceKind::Region));
        assert_eq!(place("البحر الأحمر"), Some(PlaceKind::Region));
        assert_eq!(place("آسيا الوسطى"), Some(PlaceKind::Region));
        assert_eq!(place("الدار البيضاء"), Some(PlaceKind::City));
        assert_eq!(place("المملكة الأردنية الهاشمية"), Some(PlaceKind::Country));
        // A first word alone is not the place.
        assert_eq!(place("الولايات"), None);
        assert_eq!(place("البحر"), None);
    }

    #[test]
    fn article_is_optional_only_where_the_name_has_one() {
        assert_eq!(place("السنغال"), Some(PlaceKind::Country));
        assert_eq!(place("سنغال"), Some(PlaceKind::Country));
        assert_eq!(place("الشيشان"), Some(PlaceKind::Region));
        assert_eq!(place("شيشان"), Some(PlaceKind::Region));
        // Names without the article never gain one.
        assert_eq!(place("البولندا"), None);
        assert_eq!(place("الكندا"), None);
        // Cities keep their article (القاهرة, but "قاهرة" is an adjective).
        assert_eq!(place("القاهرة"), Some(PlaceKind::City));
        assert_eq!(place("قاهرة"), None);
    }

    #[test]
    fn common_words_are_not_places() {
        for w in ["الخبر", "العين", "المدينة", "الجديدة", "كان", "مالي", "السلام", "الوطن", "العالم", "حصار", "سلطات", "الزعيم"] {
            assert_eq!(place(w), None, "{w}");
        }
        assert_eq!(place("Paris"), None);
        assert_eq!(place(""), None);
    }

    #[test]
    fn regular_nisba_forms() {
        let cases = [
            ("الفرنسية", "فرنسا"),
            ("فرنسي", "فرنسا"),
            ("الفرنسيين", "فرنسا"),
            ("الفرنسيون", "فرنسا"),
            ("البولندي", "بولندا"),
            ("الأذربيجانية", "اذربيجان"),
            ("أذربيجانيون", "اذربيجان"),
            ("الكينية", "كينيا"),
            ("الأرجنتيني", "الارجنتين"),
            ("البرازيليات", "البرازيل"),
            ("السنغالي", "السنغال"),
            ("الكندية", "كندا"),
            ("النرويجيان", "النرويج"),
            ("الأوروبية", "اوروبا"),
            ("القوقازي", "القوقاز"),
            ("الشيشانية", "الشيشان"),
        ];
        for (w, p) in cases {
            assert_eq!(nisba(w), Some(p), "{w}");
        }
    }

    #[test]
    fn nisba_of_the_common_news_countries() {
        let cases = [
            ("الروسيه", "روسيا"),
            ("الروسي", "روسيا"),
            ("الروس", "روسيا"),
            ("الاذربيجانيه", "اذربيجان"),
            ("الاذربيجانيين", "اذربيجان"),
            ("التركي", "تركيا"),
            ("الباكستانيه", "باكستان"),
            ("الاوكرانيه", "اوكرانيا"),
            ("الصيني", "الصين"),
            ("الايراني", "ايران"),
            ("المصري", "مصر"),
            ("العراقي", "العراق"),
            ("الاسرائيليه", "اسرائيل"),
            ("اللبنانيون", "لبنان"),
            ("السعوديه", "السعوديه"),
            ("الخليجيه", "الخليج"),
            ("البريطانيه", "بريطانيا"),
        ];
        for (w, p) in cases {
            assert_eq!(nisba_place(w), Some(p), "{w}");
        }
    }

    #[test]
    fn nisba_of_names_ending_in_ya() {
        assert_eq!(nisba("السويسرية"), Some("سويسرا"));
        assert_eq!(nisba("الإسبانيتين"), Some("اسبانيا"));
        assert_eq!(nisba("الليبي"), Some("ليبيا"));
        assert_eq!(nisba("الألمانية"), Some("المانيا"));
        assert_eq!(nisba("ألماني"), Some("المانيا"));
        assert_eq!(nisba("الألبانيون"), Some("البانيا"));
        assert_eq!(nisba("التشيلية"), Some("تشيلي"));
        assert_eq!(nisba("السوري"), Some("سوريا"));
    }

    #[test]
    fn irregular_nisba_forms() {
        assert_eq!(nisba("الأمريكية"), Some("الولايات المتحده"));
        assert_eq!(nisba("الأميركيون"), Some("الولايات المتحده"));
        assert_eq!(nisba("الأمريكان"), Some("الولايات المتحده"));
        assert_eq!(nisba("النمساوي"), Some("النمسا"));
        assert_eq!(nisba("الإماراتية"), Some("الامارات"));
        assert_eq!(nisba("الأتراك"), Some("تركيا"));
        assert_eq!(nisba("ألمان"), Some("المانيا"));
        assert_eq!(nisba("الآسيوية"), Some("اسيا"));
        assert_eq!(nisba("الطاجيكي"), Some("طاجيكستان"));
    }

    #[test]
    fn false_friends_are_not_nisbas() {
        for w in [
            "العربي", "العربية", "الغربي", "الدولي", "الدولية", "الرسمي", "الجوي", "الجوية", "السياسي",
            "الحكومي", "الحكومية", "المالي", "المالية", "الوطني", "العالمي", "الشرقي", "الجنوبي",
            "الأمني", "الإنساني", "الشعبي", "السامي", "القانوني", "المجرى", "الإسلامي", "الفعلي",
            "بيان", "كيان", "الجولاني", "الأمريكتين", "روسيا", "فرنسا", "باني", "ماني", "البيان", "مان",
        ] {
            assert_eq!(nisba(w), None, "{w}");
        }
    }

    #[test]
    fn nisba_places_are_listed_places() {
        for w in ["الأمريكي", "الإماراتي", "الروس", "البوسني", "الفلبيني", "الكونغولي", "الآذري", "السوفيتي"] {
            let p = nisba(w).unwrap_or_else(|| panic!("{w}"));
            assert!(lookup(p).is_some(), "{w} → {p}");
        }
        // Every line of nisba.tsv names a listed place.
        for line in NISBA_TSV.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
            let place_name = line.split('\t').nth(1).expect("place column");
            assert!(lookup(&normalize_phrase(place_name)).is_some(), "{line}");
        }
    }

    #[test]
    fn max_words_covers_the_longest_entry() {
        let longest = PLACES_TSV
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split('\t').next())
            .map(|n| normalize_phrase(n).split(' ').count())
            .max()
            .unwrap();
        assert!(max_words() >= longest);
        assert!(starts_longer_name("الولايات") && starts_longer_name("المملكه الاردنيه"));
        assert!(starts_longer_name("الولايات المتحده") && !starts_longer_name("الولايات المتحده الامريكيه"));
        assert!(!starts_longer_name("فرنسا") && !starts_longer_name("كتاب"));
        assert!(max_words() >= 3);
    }

    #[test]
    fn data_is_well_formed() {
        for line in PLACES_TSV.lines().filter(|l| !l.starts_with('#')) {
            let cols: Vec<&str> = line.split('\t').collect();
            assert_eq!(cols.len(), 3, "{line}");
            assert!(PlaceKind::parse(cols[1]).is_some(), "{line}");
            assert!(cols[0].chars().all(|c| c == ' ' || crate::text::is_arabic_letter(c)), "{line}");
            assert!(normalize(cols[0]).replace(' ', "").chars().count() >= 3, "{line}");
        }
    }

    #[test]
    fn prepared_tables_hold_what_the_data_files_give() {
        let fresh = super::super::place_tables::build(PLACES_TSV, NISBA_TSV);
        assert!(fresh.places.len() > 1000);
        let entries = |t: &Table| t.len();
        assert_eq!(entries(&PLACES), fresh.places.len());
        for (k, &rank) in &fresh.places {
            assert_eq!(PLACES.get(k), Some(rank.to_string().as_str()), "{k}");
        }
        let starts = super::super::place_tables::phrase_starts(&fresh);
        assert_eq!(entries(&PHRASE_STARTS), starts.len());
        assert!(starts.iter().all(|k| PHRASE_STARTS.contains(k)));
        for (table, map) in [(&IRREGULAR_STEMS, &fresh.irregular_stems), (&IRREGULAR_WORDS, &fresh.irregular_words), (&REGULAR_STEMS, &fresh.regular_stems)] {
            assert_eq!(entries(table), map.len());
            for (k, v) in map {
                assert_eq!(table.get(k), Some(v.as_str()), "{k}");
            }
        }
        assert_eq!(MAX_WORDS, fresh.max_words);
    }
}
