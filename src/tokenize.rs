//! Splits text into tokens that keep their byte spans in the original text.

use smol_str::SmolStr;

use crate::text::{basic_arabic_letter_at, fold_char, is_arabic_letter, push_normalized, segmentations, Segmentation};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// A run of Arabic letters (with their diacritics and tatweel).
    Arabic,
    /// A run of other letters (Latin, Cyrillic…).
    Foreign,
    /// Digits, Arabic-Indic or ASCII, with inner separators ("2,5", "١٢").
    Number,
    /// A URL or e-mail address, kept whole so it is never read as a name or a place.
    Url,
    /// One punctuation or symbol character.
    Punct,
}

#[derive(Debug, Clone)]
pub struct Token {
    /// Byte span in the original text, end-exclusive.
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
    /// Normalised form (see `text::normalize`).
    pub norm: Norm,
    /// Index of the line (paragraph) the token is on: a newline ends a paragraph.
    pub line: u32,
}

/// A token's normalised form, a `str` (it derefs to one). Short forms are kept inline (`SmolStr`:
/// up to 23 bytes, 11 Arabic letters, longer than nearly every word), so that tokenising allocates
/// nothing per token: a `String` each was about 5% of annotate's instructions on the 1 MB input
/// (malloc when tokenising, free when the tokens are dropped).
pub type Norm = SmolStr;

impl Token {
    pub fn is_word(&self) -> bool {
        matches!(self.kind, TokenKind::Arabic | TokenKind::Foreign)
    }
    pub fn is_punct(&self, chars: &str) -> bool {
        self.kind == TokenKind::Punct && self.norm.chars().next().is_some_and(|c| chars.contains(c))
    }
    /// The word's segmentations (unsegmented first); empty for non-words.
    pub fn segmentations(&self) -> Vec<Segmentation> {
        if self.kind == TokenKind::Arabic {
            segmentations(&self.norm)
        } else {
            vec![Segmentation { proclitics: vec![], stem: self.norm.to_string(), clitic_chars: 0 }]
        }
    }
}

fn is_word_char(c: char) -> bool {
    // Arabic letters first: a range check, where `is_alphabetic` walks Unicode tables.
    is_arabic_letter(c) || c.is_alphabetic() || fold_char(c).is_none() && !c.is_whitespace() && !c.is_control() && c != '\u{200B}'
}

fn url_end(text: &str, start: usize) -> Option<usize> {
    let rest = &text[start..];
    let starts = |p: &str| rest.get(..p.len()).is_some_and(|r| r.eq_ignore_ascii_case(p));
    if !(starts("http://") || starts("https://") || starts("www.")) {
        return None;
    }
    let mut end = start;
    for (i, c) in rest.char_indices() {
        if c.is_whitespace() || matches!(c, '"' | '«' | '»' | '“' | '”' | '<' | '>') || !c.is_ascii() && !c.is_alphanumeric() {
            break;
        }
        end = start + i + c.len_utf8();
    }
    // A URL does not end in the punctuation that follows it in prose.
    while end > start && matches!(text.as_bytes()[end - 1], b'.' | b',' | b')' | b';' | b':') {
        // keep a closing parenthesis only when the URL opened one
        if text.as_bytes()[end - 1] == b')' && text[start..end].contains('(') {
            break;
        }
        end -= 1;
    }
    Some(end)
}

/// Does `rest` begin with a full stop, one space and an Arabic letter (the stop of an abbreviation
/// before a name, not a sentence's)?
fn abbreviation_stop(rest: &str) -> bool {
    let mut chars = rest.chars();
    chars.next() == Some('.') && chars.next() == Some(' ') && chars.next().is_some_and(is_arabic_letter)
}

/// Tokenises `text`. Never fails; every byte belongs to at most one token, whitespace to none.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 5);
    // Each token's normalised form is written here first, then copied into its `Norm`.
    let mut scratch = String::new();
    let mut line = 0u32;
    let bytes = text.as_bytes();
    // Byte offset of the next char to read (a char iterator with peeking was a cost per char).
    let mut pos = 0;
    while let Some(c) = text[pos..].chars().next() {
        let start = pos;
        pos += c.len_utf8();
        if c == '\n' || c == '\u{2029}' {
            line += 1;
            continue;
        }
        if c.is_whitespace() || c.is_control() {
            continue;
        }
        if let Some(end) = url_end(text, start) {
            pos = pos.max(end);
            tokens.push(Token { start, end, kind: TokenKind::Url, norm: Norm::new(&text[start..end]), line });
            continue;
        }
        let (kind, end) = if c.is_ascii_digit() || ('٠'..='٩').contains(&c) || ('۰'..='۹').contains(&c) {
            let mut end = pos;
            while let Some(d) = text[end..].chars().next() {
                let digit = d.is_ascii_digit() || ('٠'..='٩').contains(&d) || ('۰'..='۹').contains(&d);
                let sep_then_digit = matches!(d, '.' | ',' | '٫' | '٬')
                    && text[end + d.len_utf8()..].chars().next().is_some_and(|n| n.is_ascii_digit() || ('٠'..='٩').contains(&n));
                if digit || sep_then_digit {
                    end += d.len_utf8();
                } else {
                    break;
                }
            }
            (TokenKind::Number, end)
        } else if is_word_char(c) {
            let arabic = is_arabic_letter(c);
            let mut end = pos;
            loop {
                // The common case, a two-byte letter of U+0621..U+064A in an Arabic word, is read
                // off the bytes (the same answer as below: such a letter continues an Arabic word).
                if arabic && basic_arabic_letter_at(&bytes[end..]).is_some() {
                    end += 2;
                    continue;
                }
                let Some(d) = text[end..].chars().next() else { break };
                // Marks and tatweel stay inside the word; a script change ends it.
                let same = if is_arabic_letter(d) {
                    arabic
                } else if fold_char(d).is_none() && !d.is_whitespace() && !d.is_control() {
                    true
                } else {
                    !arabic && d.is_alphabetic()
                };
                if !same {
                    break;
                }
                end += d.len_utf8();
            }
            (if arabic { TokenKind::Arabic } else { TokenKind::Foreign }, end)
        } else {
            (TokenKind::Punct, pos)
        };
        pos = end;
        scratch.clear();
        // "د. فهد العازمي": the abbreviation with its full stop is one word, read as the rank it
        // stands for, and the stop ends no sentence. (Not after a number: "٥ د." is dinars.)
        let after_number = tokens.last().is_some_and(|t: &Token| t.kind == TokenKind::Number && t.line == line);
        if kind == TokenKind::Arabic && &text[start..end] == "د" && !after_number && abbreviation_stop(&text[end..]) {
            pos = end + 1;
            tokens.push(Token { start, end: pos, kind, norm: Norm::new("الدكتور"), line });
            continue;
        }
        push_normalized(&mut scratch, &text[start..end]);
        if scratch.is_empty() && kind != TokenKind::Punct {
            continue; // a run of lone diacritics or controls
        }
        tokens.push(Token { start, end, kind, norm: Norm::new(&scratch), line });
    }
    tokens
}

/// Byte offset in `original` (a word) after its first `n` normalised characters, so a span can start
/// after a clitic ("وبوتين" → "بوتين") without splitting a character or its diacritics.
pub fn offset_after_norm_chars(original: &str, n: usize) -> usize {
    let mut seen = 0;
    for (i, c) in original.char_indices() {
        if fold_char(c).is_some() {
            if seen == n {
                return i;
            }
            seen += 1;
        }
    }
    original.len()
}

#[cfg(test)]
mod tests {
    use super::*;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    fn kinds(t: &str) -> Vec<(String, TokenKind)> {
        tokenize(t).into_iter().map(|k| (t[k.start..k.end].to_string(), k.kind)).collect()
    }

    #[test]
    fn words_punctuation_numbers_and_urls() {
        let t = "قال سامي: «نعم» في ٢٠٢٤ (https://example.com/a_b.html).";
        let k = kinds(t);
        assert_eq!(k[0], ("قال".into(), TokenKind::Arabic));
        assert_eq!(k[2], (":".into(), TokenKind::Punct));
        assert_eq!(k[3], ("«".into(), TokenKind::Punct));
        assert!(k.contains(&("٢٠٢٤".into(), TokenKind::Number)));
        assert!(k.contains(&("https://example.com/a_b.html".into(), TokenKind::Url)));
        assert_eq!(k.last().unwrap().0, ".");
    }

    #[test]
    fn the_abbreviation_of_doctor_is_one_word_and_ends_no_sentence() {
        let t = "قال وزير النفط د. فهد العازمي إن السعر بلغ ٥ د. وقال د.";
        let ts = tokenize(t);
        let dr: Vec<(&str, &str)> = ts.iter().filter(|k| t[k.start..k.end].starts_with('د') && k.end - k.start <= 3).map(|k| (&t[k.start..k.end], k.norm.as_str())).collect();
        // (After a number it is dinars; at the end of the text it is followed by no name.)
        assert_eq!(dr, [("د.", "الدكتور"), ("د", "د"), ("د", "د")]);
        assert_eq!(ts.iter().filter(|k| k.is_punct(".")).count(), 2);
    }

    #[test]
    fn diacritics_and_tatweel_stay_inside_the_word() {
        let t = "مُحَمَّـد جاء";
        let toks = tokenize(t);
        assert_eq!(toks.len(), 2);
        assert_eq!(toks[0].norm, "محمد");
    }

    #[test]
    fn norms_short_and_long_read_back_whole() {
        for w in ["", "ب", "محمد", &"س".repeat(11), &"س".repeat(12), &"ab".repeat(40)] {
            let n = Norm::new(w);
            assert_eq!(n.as_str(), w);
            assert_eq!(n, w);
            assert_eq!(format!("{n:?}"), format!("{w:?}"));
        }
        let t = tokenize(&format!("{} و", "ك".repeat(20)));
        assert_eq!(t[0].norm, "ك".repeat(20).as_str());
        assert_eq!(t[1].norm, "و");
    }

    #[test]
    fn lines_are_counted() {
        let toks = tokenize("سطر\nسطر آخر");
        assert_eq!(toks[0].line, 0);
        assert_eq!(toks[2].line, 1);
    }

    #[test]
    fn offset_after_clitic_skips_diacritics() {
        let w = "وَبوتين";
        assert_eq!(&w[offset_after_norm_chars(w, 1)..], "بوتين");
    }
}
