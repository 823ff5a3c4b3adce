//! Splits text into tokens that keep their byte spans in the original text.

use crate::text::{fold_char, is_arabic_letter, normalize, segmentations, Segmentation};

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
    pub norm: String,
    /// Index of the line (paragraph) the token is on: a newline ends a paragraph.
    pub line: u32,
}

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
            vec![Segmentation { proclitics: vec![], stem: self.norm.clone(), clitic_chars: 0 }]
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

/// Tokenises `text`. Never fails; every byte belongs to at most one token, whitespace to none.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 5);
    let mut line = 0u32;
    let mut iter = text.char_indices().peekable();
    while let Some((start, c)) = iter.next() {
        if c == '\n' || c == '\u{2029}' {
            line += 1;
            continue;
        }
        if c.is_whitespace() || c.is_control() {
            continue;
        }
        if let Some(end) = url_end(text, start) {
            while iter.peek().is_some_and(|&(i, _)| i < end) {
                iter.next();
            }
            tokens.push(Token { start, end, kind: TokenKind::Url, norm: text[start..end].to_string(), line });
            continue;
        }
        let (kind, end) = if c.is_ascii_digit() || ('٠'..='٩').contains(&c) || ('۰'..='۹').contains(&c) {
            let mut end = start + c.len_utf8();
            while let Some(&(i, d)) = iter.peek() {
                let digit = d.is_ascii_digit() || ('٠'..='٩').contains(&d) || ('۰'..='۹').contains(&d);
                let sep_then_digit = matches!(d, '.' | ',' | '٫' | '٬')
                    && text[i + d.len_utf8()..].chars().next().is_some_and(|n| n.is_ascii_digit() || ('٠'..='٩').contains(&n));
                if digit || sep_then_digit {
                    end = i + d.len_utf8();
                    iter.next();
                } else {
                    break;
                }
            }
            (TokenKind::Number, end)
        } else if is_word_char(c) {
            let arabic = is_arabic_letter(c);
            let mut end = start + c.len_utf8();
            while let Some(&(i, d)) = iter.peek() {
                // Marks and tatweel stay inside the word; a script change ends it.
                let same = if is_arabic_letter(d) {
                    arabic
                } else if fold_char(d).is_none() && !d.is_whitespace() && !d.is_control() {
                    true
                } else {
                    !arabic && d.is_alphabetic()
                };
                if same {
                    end = i + d.len_utf8();
                    iter.next();
                } else {
                    break;
                }
            }
            (if arabic { TokenKind::Arabic } else { TokenKind::Foreign }, end)
        } else {
            (TokenKind::Punct, start + c.len_utf8())
        };
        let norm = normalize(&text[start..end]);
        if norm.is_empty() && kind != TokenKind::Punct {
            continue; // a run of lone diacritics or controls
        }
        tokens.push(Token { start, end, kind, norm, line });
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
    fn diacritics_and_tatweel_stay_inside_the_word() {
        let t = "مُحَمَّـد جاء";
        let toks = tokenize(t);
        assert_eq!(toks.len(), 2);
        assert_eq!(toks[0].norm, "محمد");
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
