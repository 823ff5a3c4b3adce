//! Pairs quotation marks into quoted spans.
//!
//! Marks: ASCII `"`, curly “ ” (and the low „), guillemets « ». The apostrophe is not a quote mark
//! in Arabic text. Rules:
//!
//! - « pairs with », “ and „ pair with ” (and „ also with “), nesting counted per kind;
//! - ASCII `"` pairs left to right within one line (it opens and closes alike);
//! - curly and guillemet quotes may run over single line breaks but not over a blank line
//!   (a paragraph end), and not over more than [`MAX_QUOTE_CHARS`] characters;
//! - an opening mark without its closing mark is not a quote;
//! - only the outermost pairs are returned (a quote inside a quote belongs to the outer one);
//!   pairs that cross an earlier kept pair are dropped.
//!
//! Linear in the text (one pass, stacks), whatever the number of marks.

/// The longest quote, in characters.
pub const MAX_QUOTE_CHARS: usize = 2000;

/// One pair of marks: byte offsets of the opening and the closing mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pair {
    pub open: usize,
    pub open_len: usize,
    pub close: usize,
    pub close_len: usize,
}

impl Pair {
    /// The bytes between the marks.
    pub fn inner(&self) -> std::ops::Range<usize> {
        self.open + self.open_len..self.close
    }
}

pub fn is_mark(c: char) -> bool {
    matches!(c, '"' | '«' | '»' | '“' | '”' | '„')
}

/// The outermost valid pairs of `text`, sorted by position, non-overlapping.
pub fn pairs(text: &str) -> Vec<Pair> {
    let mut found: Vec<Pair> = Vec::new();
    let mut guil: Vec<usize> = Vec::new();
    let mut curly: Vec<(usize, char)> = Vec::new();
    let mut ascii: Option<usize> = None;
    // Where the current line starts (after the last line break).
    let mut line_start = 0;
    // Only line breaks and marks matter, and each starts with one of four bytes that never occur
    // inside another character's UTF-8 ('\n', '"', C2 for « », E2 for “ ” „ and U+2029): the
    // other bytes are skipped without decoding (this scan was ~20 instructions a byte).
    let bytes = text.as_bytes();
    let mut from = 0;
    while let Some(k) = bytes[from..].iter().position(|&b| matches!(b, b'\n' | b'"' | 0xC2 | 0xE2)) {
        let i = from + k;
        from = i + 1;
        let Some(c) = text[i..].chars().next() else { continue };
        match c {
            '\n' | '\u{2029}' => {
                if text[line_start..i].chars().all(char::is_whitespace) {
                    // A blank line ends the paragraph: nothing stays open over it.
                    guil.clear();
                    curly.clear();
                }
                ascii = None;
                line_start = i + c.len_utf8();
                continue;
            }
            '«' => guil.push(i),
            '»' => {
                if let Some(o) = guil.pop() {
                    found.push(Pair { open: o, open_len: '«'.len_utf8(), close: i, close_len: c.len_utf8() });
                }
            }
            '„' => curly.push((i, c)),
            '“' => {
                if curly.last().is_some_and(|&(_, k)| k == '„') {
                    let (o, k) = curly.pop().unwrap_or((i, c));
                    found.push(Pair { open: o, open_len: k.len_utf8(), close: i, close_len: c.len_utf8() });
                } else {
                    curly.push((i, c));
                }
            }
            '”' => {
                if let Some((o, k)) = curly.pop() {
                    found.push(Pair { open: o, open_len: k.len_utf8(), close: i, close_len: c.len_utf8() });
                }
            }
            '"' => match ascii.take() {
                Some(o) => found.push(Pair { open: o, open_len: 1, close: i, close_len: 1 }),
                None => ascii = Some(i),
            },
            _ => {}
        }
    }
    found.retain(|p| within_length(text, p));
    found.sort_by_key(|p| (p.open, std::cmp::Reverse(p.close)));
    let mut out: Vec<Pair> = Vec::with_capacity(found.len());
    for p in found {
        if out.last().is_none_or(|last| p.open >= last.close + last.close_len) {
            out.push(p);
        }
    }
    out
}

fn within_length(text: &str, p: &Pair) -> bool {
    let inner = p.inner();
    let bytes = inner.len();
    if bytes <= MAX_QUOTE_CHARS {
        return true;
    }
    if bytes > 4 * MAX_QUOTE_CHARS {
        return false;
    }
    text[inner].chars().count() <= MAX_QUOTE_CHARS
}

#[cfg(test)]
mod tests {
    use super::*;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    fn inner(text: &str) -> Vec<&str> {
        pairs(text).into_iter().map(|p| &text[p.inner()]).collect()
    }

    #[test]
    fn all_kinds_of_marks() {
        assert_eq!(inner("قال: «نعم» ثم “لا” ثم \"ربما\" و„حسنا“"), vec!["نعم", "لا", "ربما", "حسنا"]);
    }

    #[test]
    fn apostrophe_is_not_a_mark() {
        assert!(inner("قال إن 'الحل' قريب").is_empty());
    }

    #[test]
    fn nested_quotes_give_the_outer_one() {
        assert_eq!(inner("«قال لي “ارحل” ثم سكت»"), vec!["قال لي “ارحل” ثم سكت"]);
    }

    #[test]
    fn unbalanced_marks_are_not_quotes() {
        assert!(inner("«بداية بلا نهاية\n\nفقرة أخرى»").is_empty());
        assert!(inner("“مفتوح فقط").is_empty());
        assert_eq!(inner("«أ «ب» ج"), vec!["ب"]);
        assert!(inner("» ” عكس").is_empty());
    }

    #[test]
    fn ascii_marks_pair_within_a_line_only() {
        assert!(inner("\"سطر أول\nسطر ثان\"").is_empty());
        assert_eq!(inner("\"أ\" و\"ب\" و\"ج"), vec!["أ", "ب"]);
    }

    #[test]
    fn curly_quote_may_span_a_single_line_break() {
        assert_eq!(inner("«سطر أول\nسطر ثان»"), vec!["سطر أول\nسطر ثان"]);
    }

    #[test]
    fn too_long_is_not_a_quote() {
        let t = format!("«{}»", "ب".repeat(MAX_QUOTE_CHARS + 1));
        assert!(inner(&t).is_empty());
        let t = format!("«{}»", "ب".repeat(MAX_QUOTE_CHARS));
        assert_eq!(inner(&t).len(), 1);
    }

    #[test]
    fn a_hundred_thousand_marks_pair_sensibly() {
        let t = "«".repeat(100_000) + &"»".repeat(100_000);
        let p = pairs(&t);
        assert!(p.len() <= 1);
        let t = "\"".repeat(100_001);
        assert_eq!(pairs(&t).len(), 50_000);
    }
}
