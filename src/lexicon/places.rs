//! Place names (countries, regions, cities) and nisba adjectives (الروسية → روسيا).
//! OWNED BY THE LEXICON HELPER — stub until it lands.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlaceKind {
    Country,
    Region,
    City,
}

/// Looks up a normalised place phrase (`text::normalize_phrase`, clitics removed, words joined by a
/// single space), e.g. "روسيا", "جنوب القوقاز", "الخليج العربي".
pub fn lookup(_norm_phrase: &str) -> Option<PlaceKind> {
    None
}

/// The longest place name, in words.
pub fn max_words() -> usize {
    4
}

/// The place a normalised nisba adjective refers to: "الروسيه", "روسي", "الروس", "الاذربيجانيين"
/// → Some("روسيا"/"اذربيجان") (the normalised canonical place name). None for other words.
pub fn nisba_place(_norm_word: &str) -> Option<&'static str> {
    None
}
