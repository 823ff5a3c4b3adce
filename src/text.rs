//! Arabic text normalisation, clitic segmentation and offset conversion.
//!
//! Everything the recognisers compare is *normalised*: diacritics and tatweel dropped, the alef
//! variants folded to bare alef, alef maqsura to ya, ta marbuta to ha, Arabic-Indic digits to ASCII.
//! Spans always refer back to the original text (byte offsets inside the core, UTF-16 code units
//! once they leave it), so normalisation never changes what the reader sees.

const ARABIC_LETTERS: u32 = 0x0621; // ء; the block's letters run to ي (0x064A)
/// Among them, the ones that fold or drop: آ أ إ ة ـ ى.
const CHANGED: u64 = 1 << 1 | 1 << 2 | 1 << 4 | 1 << 8 | 1 << 31 | 1 << 40;

/// The code point of a letter U+0621..=U+064A (two UTF-8 bytes) at the start of `bytes`, read off
/// the bytes without decoding: the common case on the hot paths (normalising, tokenising).
#[inline]
pub(crate) fn basic_arabic_letter_at(bytes: &[u8]) -> Option<u32> {
    match *bytes {
        [b0 @ (0xD8 | 0xD9), b1, ..] => {
            let u = (b0 as u32 & 0x1F) << 6 | (b1 as u32 & 0x3F);
            (ARABIC_LETTERS..=0x064A).contains(&u).then_some(u)
        }
        _ => None,
    }
}

/// Whether a letter U+0621..=U+064A folds to itself.
#[inline]
fn folds_to_itself(letter: u32) -> bool {
    CHANGED >> (letter - ARABIC_LETTERS) & 1 == 0
}

/// Folds one character for comparison; `None` means the character is dropped (diacritic, tatweel,
/// bidi or zero-width control).
#[inline]
pub fn fold_char(c: char) -> Option<char> {
    // It runs on every character of every token: ASCII and the Arabic letters that fold to
    // themselves, most of the text, are decided here with two comparisons and a bit test (a
    // `match` became a jump table, mispredicted on every letter); the rest goes to the full table
    // (`fold_table`, which gives the same for every char).
    let u = c as u32;
    if u < 0x80 || (ARABIC_LETTERS..=0x064A).contains(&u) && folds_to_itself(u) {
        return Some(c);
    }
    fold_table(c)
}

/// `fold_char` for any character.
fn fold_table(c: char) -> Option<char> {
    match c {
        '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}' => None,
        '\u{0640}' => None,                                    // tatweel
        '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}' => None,
        'أ' | 'إ' | 'آ' | 'ٱ' => Some('ا'),
        'ى' => Some('ي'),
        'ة' => Some('ه'),
        'ؤ' => Some('ؤ'),
        '٠'..='٩' => char::from_u32('0' as u32 + (c as u32 - '٠' as u32)),
        '۰'..='۹' => char::from_u32('0' as u32 + (c as u32 - '۰' as u32)),
        _ => Some(c),
    }
}

/// The normalised form of `s` (see the module comment).
pub fn normalize(s: &str) -> String {
    // Folding never lengthens a character's UTF-8, so one allocation of the input's size is enough.
    let mut out = String::with_capacity(s.len());
    push_normalized(&mut out, s);
    out
}

/// Appends the normalised form of `s` to `out`. Characters that fold to themselves are copied in
/// runs, as bytes: most words have nothing to fold, and re-encoding char by char was a cost on
/// every token.
pub(crate) fn push_normalized(out: &mut String, s: &str) {
    let bytes = s.as_bytes();
    let mut run = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        // Fast paths on the bytes, for what `fold_char` keeps as it is: ASCII, and the two-byte
        // Arabic letters outside its CHANGED set (decoding each char was most of the cost).
        if b < 0x80 {
            i += 1;
            continue;
        }
        if basic_arabic_letter_at(&bytes[i..]).is_some_and(folds_to_itself) {
            i += 2;
            continue;
        }
        let Some(c) = s[i..].chars().next() else { break };
        let folded = fold_char(c);
        if folded != Some(c) {
            out.push_str(&s[run..i]);
            if let Some(f) = folded {
                out.push(f);
            }
            run = i + c.len_utf8();
        }
        i += c.len_utf8();
    }
    out.push_str(&s[run..]);
}

/// Normalised word with a leading conjunction و/ف removed (when enough remains).
pub fn without_conjunction(norm: &str) -> &str {
    match norm.strip_prefix('و').or_else(|| norm.strip_prefix('ف')) {
        Some(rest) if rest.chars().count() >= 2 => rest,
        _ => norm,
    }
}

/// Normalises a multi-word phrase: each word normalised, words joined by one space.
pub fn normalize_phrase(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for (k, w) in s.split(|c: char| c.is_whitespace()).filter(|w| !w.is_empty()).enumerate() {
        if k > 0 {
            out.push(' ');
        }
        push_normalized(&mut out, w);
    }
    out
}

/// Arabic letter (the basic block's letters, not its punctuation, digits or marks).
pub fn is_arabic_letter(c: char) -> bool {
    matches!(c, '\u{0621}'..='\u{064A}' | '\u{066E}'..='\u{066F}' | '\u{0671}'..='\u{06D3}' | '\u{06D5}'
        | '\u{06EE}'..='\u{06EF}' | '\u{06FA}'..='\u{06FC}' | '\u{06FF}' | '\u{0750}'..='\u{077F}'
        | '\u{08A0}'..='\u{08FF}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

/// One way to read a normalised word: leading clitics, then the stem.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segmentation {
    /// Proclitics in order, e.g. "و", "ب" — "لل" is reported as "ل" and the stem gets its "ال" back.
    pub proclitics: Vec<char>,
    /// The stem, with the article when the word had one ("للخطوط" → "الخطوط").
    pub stem: String,
    /// How many normalised characters of the word the proclitics took.
    pub clitic_chars: usize,
}

const MIN_STEM: usize = 2;

/// All plausible segmentations of a normalised word, the unsegmented word first.
///
/// Conjunctions و/ف come first, then one of the prepositions ب/ل/ك, and لل stands for ل + ال.
/// The stem keeps at least two letters, so short words are not eaten ("وقع" → "قع" is still
/// offered; lexicons decide which reading is real).
pub fn segmentations(word: &str) -> Vec<Segmentation> {
    let chars: Vec<char> = word.chars().collect();
    let mut out = vec![Segmentation { proclitics: vec![], stem: word.to_string(), clitic_chars: 0 }];
    let mut push = |proclitics: Vec<char>, rest: &[char], taken: usize, restore_article: bool| {
        let stem: String = if restore_article {
            std::iter::once('ا').chain(rest.iter().copied()).collect()
        } else {
            rest.iter().collect()
        };
        if stem.chars().count() >= MIN_STEM + usize::from(restore_article) && !out.iter().any(|s| s.stem == stem) {
            out.push(Segmentation { proclitics, stem, clitic_chars: taken });
        }
    };
    let mut conj: Vec<char> = vec![];
    let mut i = 0;
    // و and ف, at most one of each (وف is rare but فو is not a clitic pair).
    if i < chars.len() && (chars[i] == 'و' || chars[i] == 'ف') && chars.len() - i > MIN_STEM {
        conj.push(chars[i]);
        i += 1;
        push(conj.clone(), &chars[i..], i, false);
    }
    // Prepositions ب ل ك; لل → ل + ال.
    if i < chars.len() && matches!(chars[i], 'ب' | 'ل' | 'ك') && chars.len() - i > MIN_STEM {
        let p = chars[i];
        let mut procl = conj.clone();
        procl.push(p);
        if p == 'ل' && chars.get(i + 1) == Some(&'ل') && chars.len() - i > MIN_STEM + 2 {
            // "للخطوط": ل + ال + خطوط; the stem restores the article's alef.
            push(procl.clone(), &chars[i + 1..], i + 1, true);
        }
        push(procl, &chars[i + 1..], i + 1, false);
    }
    out
}

/// Strips one trailing enclitic pronoun (ه ها هم هما هن ك كم نا ي) when enough stem remains.
pub fn strip_enclitic(stem: &str) -> Option<&str> {
    for suf in ["هما", "هم", "هن", "ها", "كم", "نا", "ه"] {
        if let Some(rest) = stem.strip_suffix(suf) {
            if rest.chars().count() >= 3 {
                return Some(rest);
            }
        }
    }
    None
}

/// Converts byte offsets of one string to UTF-16 code-unit offsets, for offsets handed to JavaScript.
pub struct Utf16Offsets<'a> {
    text: &'a str,
    /// UTF-16 length of the chars that start before byte k × `STEP`, for k up to the text's end.
    /// (A table per byte was 4 bytes of memory per byte of text, about 5 MB to allocate and fill
    /// for a 1 MB article that then asks a few thousand offsets.)
    before: Vec<u32>,
}

const STEP: usize = 64;

impl<'a> Utf16Offsets<'a> {
    pub fn new(text: &'a str) -> Self {
        let bytes = text.as_bytes();
        let mut before = Vec::with_capacity(bytes.len() / STEP + 1);
        let mut units = 0u32;
        for k in 0..=bytes.len() / STEP {
            before.push(units);
            units += utf16_units_starting_in(&bytes[k * STEP..((k + 1) * STEP).min(bytes.len())]);
        }
        Self { text, before }
    }

    /// UTF-16 offset of a byte offset that lies on a char boundary.
    pub fn of(&self, byte: usize) -> usize {
        let k = byte / STEP;
        self.before[k] as usize + utf16_units_starting_in(&self.text.as_bytes()[k * STEP..byte]) as usize
    }
}

/// UTF-16 units of the chars whose first byte is in `bytes`: one per lead byte, two for the lead
/// byte of a four-byte char (outside the BMP).
fn utf16_units_starting_in(bytes: &[u8]) -> u32 {
    bytes.iter().map(|&b| if b & 0xC0 == 0x80 { 0 } else if b >= 0xF0 { 2 } else { 1 }).sum()
}

#[cfg(test)]
mod tests {
    use super::*;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    #[test]
    fn push_normalized_agrees_with_fold_char_for_every_char() {
        let fold = |s: &str| s.chars().filter_map(fold_char).collect::<String>();
        let mut all = String::new();
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let alone = format!("ب{c}x{c}");
            assert_eq!(normalize(&alone), fold(&alone), "{:x}", c as u32);
            all.push(c);
        }
        assert_eq!(normalize(&all), fold(&all));
    }

    #[test]
    fn fold_char_agrees_with_the_full_table_for_every_char() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(fold_char(c), fold_table(c), "{:x}", c as u32);
        }
    }

    #[test]
    fn normalisation_folds_alef_ya_ta_marbuta_diacritics_tatweel_digits() {
        assert_eq!(normalize("أَحْمَدُ"), "احمد");
        assert_eq!(normalize("إلى مصطفى"), "الي مصطفي");
        assert_eq!(normalize("المدرسـة"), "المدرسه");
        assert_eq!(normalize("٢٠٢٤"), "2024");
    }

    #[test]
    fn segmentations_find_conjunction_preposition_and_lil() {
        let stems = |w: &str| segmentations(&normalize(w)).into_iter().map(|s| s.stem).collect::<Vec<_>>();
        assert!(stems("وبغداد").contains(&"بغداد".to_string()));
        assert!(stems("وبغداد").contains(&"غداد".to_string()));
        assert!(stems("لمصر").contains(&"مصر".to_string()));
        assert!(stems("للجامعة").contains(&"الجامعه".to_string()));
        assert!(stems("فالقاهرة").contains(&"القاهره".to_string()));
        // A two-letter word keeps its letters.
        assert_eq!(stems("في"), vec!["في".to_string()]);
    }

    #[test]
    fn utf16_offsets_count_astral_characters_twice() {
        let t = "a😀ب";
        let m = Utf16Offsets::new(t);
        assert_eq!(m.of(0), 0);
        assert_eq!(m.of(1), 1);
        assert_eq!(m.of(5), 3);
        assert_eq!(m.of(t.len()), 4);
    }

    #[test]
    fn utf16_offsets_agree_with_counting_at_every_char_boundary() {
        for n in [0, 1, 63, 64, 65, 200] {
            let t: String = "aب😀ـ\u{200F}".chars().cycle().take(n).collect();
            let m = Utf16Offsets::new(&t);
            for (b, _) in t.char_indices().chain([(t.len(), ' ')]) {
                assert_eq!(m.of(b), t[..b].encode_utf16().count(), "{n} {b}");
            }
        }
    }
}
