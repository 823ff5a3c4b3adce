//! Boilerplate inside article bodies: "see also" lines and related-news blocks.
//!
//! Two shapes are recognised, on normalised text (so "ايضاً", "أيضا" and "أيضًا" all match):
//!
//! - a *see-also line*: a line that starts with a cue such as "شاهد أيضا", "اقرأ أيضا", "للمزيد",
//!   "طالع أيضا", "يهمك أيضا", "ذات صلة" followed by a headline or a link, or a footer's "تابعونا
//!   على …" / "جميع الحقوق محفوظة": the whole line;
//! - a *related-news block*: a heading on a line of its own ("أخبار ذات صلة", "مواضيع ذات صلة",
//!   "اقرأ أيضا", "المزيد من الأخبار", "الأكثر قراءة" …) and the short headline lines that follow it
//!   (blank lines between them allowed), up to the first line that reads like body text (long, or
//!   ending in a full stop) or the end of the text.

use std::ops::Range;

use crate::text::normalize;
use crate::tokenize::Token;

/// Cues that make a whole line boilerplate when the line starts with them (normalised forms).
const LINE_CUES: &[&str] = &[
    "شاهد ايضا", "شاهد كذلك", "شاهدي ايضا", "شاهدوا ايضا", "شاهد المزيد",
    "اقرا ايضا", "اقرا كذلك", "اقرا المزيد", "اقرا اكثر", "اقرئي ايضا", "اقراوا ايضا",
    "طالع ايضا", "طالع كذلك", "طالع المزيد", "طالعوا ايضا",
    "انظر ايضا", "راجع ايضا",
    "يهمك ايضا", "قد يهمك", "قد يعجبك", "ربما يهمك",
    "للمزيد", "لمزيد من التفاصيل", "لمزيد من المعلومات",
    "ذات صله", "مواضيع ذات صله", "اخبار ذات صله", "مقالات ذات صله",
    // Footers: following the site, copyright.
    "تابعونا علي", "تابعنا علي", "جميع الحقوق محفوظه", "حقوق النشر محفوظه", "جميع الحقوق",
];

/// Headings that open a related-news block when they stand alone on their line.
const BLOCK_HEADINGS: &[&str] = &[
    "اخبار ذات صله", "مواضيع ذات صله", "مقالات ذات صله", "قصص ذات صله", "تقارير ذات صله",
    "روابط ذات صله", "ذات صله", "اخبار متعلقه", "مواضيع متعلقه", "اخبار مشابهه", "مواضيع مشابهه",
    "اقرا ايضا", "اقرا كذلك", "اقرا المزيد", "اقرا اكثر", "شاهد ايضا", "طالع ايضا", "انظر ايضا",
    "يهمك ايضا", "قد يهمك", "قد يهمك ايضا", "قد يعجبك", "قد يعجبك ايضا",
    "المزيد من الاخبار", "المزيد من الموضوعات", "المزيد من المقالات", "مزيد من الاخبار",
    "الاكثر قراءه", "الاكثر مشاهده", "الاكثر تداولا", "الاكثر قراءه اليوم", "الاكثر شعبيه",
    "اخر الاخبار", "احدث الاخبار",
];

/// A headline line in a related-news block: at most this many words / characters.
const HEADLINE_MAX_WORDS: usize = 25;
const HEADLINE_MAX_CHARS: usize = 220;
/// A related-news block takes at most this many headline lines.
const BLOCK_MAX_LINES: usize = 30;

/// The line's normalised words, without leading and trailing punctuation or symbols, one space apart.
fn core_words(line: &str) -> String {
    let n = normalize(line);
    let trimmed = n.trim_matches(|c: char| !c.is_alphanumeric());
    trimmed
        .split(|c: char| c.is_whitespace() || c == '\u{00A0}')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// False when the line's core words (`core_words`) cannot start with any cue or heading, read on
/// the line's first bytes only: most lines are body text, and normalising them whole is wasted.
fn may_open_with_a_cue(raw: &str) -> bool {
    const HEAD: usize = 96;
    let head = &raw[..floor_boundary(raw, HEAD)];
    let n = normalize(head);
    // core_words trims the same leading characters off the whole line.
    let t = n.trim_start_matches(|c: char| !c.is_alphanumeric());
    static FIRSTS: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    let firsts = FIRSTS.get_or_init(|| {
        let mut w: Vec<&str> = LINE_CUES.iter().chain(BLOCK_HEADINGS).map(|c| c.split(' ').next().unwrap_or(c)).collect();
        w.sort_unstable();
        w.dedup();
        w
    });
    let mut firsts = firsts.iter().copied();
    if firsts.clone().any(|w| t.starts_with(w)) {
        return true;
    }
    // Too little of the line was read to rule it out: the first word of a cue may lie beyond.
    head.len() < raw.len() && firsts.any(|w| t.len() < w.len())
}

/// Does `s` start with the cue `cue`, the cue ending at a word boundary?
fn starts_with_cue(s: &str, cue: &str) -> bool {
    s.strip_prefix(cue).is_some_and(|rest| rest.chars().next().is_none_or(|c| !c.is_alphanumeric()))
}

fn is_see_also_line(core: &str) -> bool {
    LINE_CUES.iter().any(|cue| starts_with_cue(core, cue))
}

fn is_block_heading(core: &str) -> bool {
    BLOCK_HEADINGS.contains(&core)
}

/// A short line that reads like a headline: not too long, not ending like body text.
fn is_headline(line: &str) -> bool {
    let t = line.trim();
    if t.is_empty() {
        return false;
    }
    let words = t.split_whitespace().count();
    if words > HEADLINE_MAX_WORDS || t.chars().count() > HEADLINE_MAX_CHARS {
        return false;
    }
    // Body text ends its paragraphs with a full stop (or a colon introducing what follows).
    !t.ends_with(['.', ':', '؛', ';', '،', ','])
}

/// Lines of `text` as byte ranges without their line terminator.
fn lines(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if c == '\n' || c == '\u{2029}' {
            out.push(start..i);
            start = i + c.len_utf8();
        }
    }
    out.push(start..text.len());
    out
}

/// The range of `r` in `text` without leading and trailing whitespace.
fn trimmed(text: &str, r: &Range<usize>) -> Range<usize> {
    let s = &text[r.clone()];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead == s.len() {
        return r.start..r.start;
    }
    r.start + lead..r.end - trail
}

/// Byte ranges of boilerplate in `text`, sorted and non-overlapping.
pub fn find(text: &str, _tokens: &[Token]) -> Vec<Range<usize>> {
    let lines = lines(text);
    let mut out: Vec<Range<usize>> = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let line = trimmed(text, &lines[i]);
        if line.is_empty() {
            i += 1;
            continue;
        }
        // A heading is short; avoid normalising long body paragraphs twice.
        let raw = &text[line.clone()];
        if !may_open_with_a_cue(raw) {
            i += 1;
            continue;
        }
        let core = core_words(if raw.len() > 400 { &raw[..floor_boundary(raw, 400)] } else { raw });
        if is_block_heading(&core) {
            let mut end = line.end;
            let mut j = i + 1;
            let mut taken = 0;
            while j < lines.len() && taken < BLOCK_MAX_LINES {
                let l = &text[lines[j].clone()];
                if l.trim().is_empty() {
                    j += 1;
                    continue;
                }
                if !is_headline(l) {
                    break;
                }
                end = trimmed(text, &lines[j]).end;
                taken += 1;
                j += 1;
            }
            out.push(line.start..end);
            // Continue after the last line taken (blank lines after it are harmless to revisit).
            i = if taken == 0 { i + 1 } else { j };
            continue;
        }
        if is_see_also_line(&core) {
            out.push(line);
        }
        i += 1;
    }
    out
}

/// The largest char boundary of `s` not after `at`.
fn floor_boundary(s: &str, mut at: usize) -> usize {
    at = at.min(s.len());
    while !s.is_char_boundary(at) {
        at -= 1;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokenize::tokenize;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    fn spans(text: &str) -> Vec<&str> {
        find(text, &tokenize(text)).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn see_also_lines_are_whole_lines_in_any_spelling() {
        let t = "افتتح الوزير المعرض الدولي للكتاب صباح اليوم.\n\
                 شاهد أيضاً: أمطار غزيرة تغمر شوارع المدينة الساحلية\n\
                 وتجول في أجنحة الدور العربية.\n\
                 إقرأ ايضا - ارتفاع أسعار الذهب في الأسواق المحلية\n\
                 للمزيد اضغط هنا\n\
                 يهمك أيضًا: نتائج مباريات الدوري\n";
        assert_eq!(
            spans(t),
            vec![
                "شاهد أيضاً: أمطار غزيرة تغمر شوارع المدينة الساحلية",
                "إقرأ ايضا - ارتفاع أسعار الذهب في الأسواق المحلية",
                "للمزيد اضغط هنا",
                "يهمك أيضًا: نتائج مباريات الدوري",
            ]
        );
    }

    #[test]
    fn a_cue_word_inside_a_sentence_is_not_boilerplate() {
        let t = "قال المدرب إنه شاهد أيضا المباراة السابقة للفريق المنافس.\nوأضاف أن اللاعبين مستعدون.";
        assert!(spans(t).is_empty());
    }

    #[test]
    fn related_news_block_runs_over_the_short_headlines_that_follow() {
        let t = "وختم الباحث حديثه بالدعوة إلى الحوار.\n\
                 مواضيع ذات صلة\n\n\
                 انطلاق مهرجان السينما في دورته العاشرة\n\n\
                 تراجع معدلات البطالة خلال الربع الأخير\n";
        let s = spans(t);
        assert_eq!(s.len(), 1);
        assert!(s[0].starts_with("مواضيع ذات صلة"));
        assert!(s[0].ends_with("خلال الربع الأخير"));
    }

    #[test]
    fn block_stops_at_body_text() {
        let t = "الأكثر قراءة:\nعاصفة ثلجية تضرب المرتفعات\nوفي سياق آخر، أعلنت البلدية عن خطة جديدة لتنظيم حركة المرور في وسط المدينة خلال فترة الأعياد.\n";
        let s = spans(t);
        assert_eq!(s, vec!["الأكثر قراءة:\nعاصفة ثلجية تضرب المرتفعات"]);
    }

    #[test]
    fn heading_alone_at_the_end() {
        let t = "نص الخبر.\nاقرأ أيضاً";
        assert_eq!(spans(t), vec!["اقرأ أيضاً"]);
    }

    #[test]
    fn empty_and_odd_input() {
        assert!(spans("").is_empty());
        assert!(spans("\n\n\n").is_empty());
        let long = "أ".repeat(5000);
        assert!(spans(&long).is_empty());
    }

    #[test]
    fn footers_that_follow_the_site_or_claim_its_copyright_are_boilerplate() {
        let t = "قال الوزير إن الخطة جاهزة.\nتابعونا على فيسبوك وإنستغرام\nجميع الحقوق محفوظة © 2025";
        let b = find(t, &tokenize(t));
        let lines: Vec<&str> = b.iter().map(|r| &t[r.clone()]).collect();
        assert_eq!(lines, ["تابعونا على فيسبوك وإنستغرام", "جميع الحقوق محفوظة © 2025"]);
    }
}
