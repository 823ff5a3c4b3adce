//! The lexicon-and-cue recogniser: gazetteer places, organisation head-words, titles and
//! appositions before or after a name, and the subjects of speech verbs.
//!
//! It reads one line (paragraph) at a time and proposes [`Candidate`]s; `recognize::find` merges
//! them with the statistical tagger's spans.

use std::cell::RefCell;
use std::ops::Range;
use std::rc::Rc;

use crate::document::EntityType;
use crate::lexicon::{cues, places};
use crate::text::{fold_char, strip_enclitic, without_conjunction, Segmentation};
use crate::tokenize::{offset_after_norm_chars, Token, TokenKind};

/// Where a candidate comes from; earlier variants win overlaps.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Source {
    KnownOrganization,
    OrganizationHead,
    TitledPerson,
    Gazetteer,
    PlaceHead,
    SpeakerOrApposition,
    /// The statistical tagger (`recognize::learned`).
    Tagger,
}

#[derive(Debug, Clone)]
pub struct Candidate {
    pub tokens: Range<usize>,
    pub kind: EntityType,
    pub source: Source,
    /// Proclitic characters to skip on the first token ("وبوتين" → 1), and whether the first token's
    /// stem restores an article ("للخطوط" → "الخطوط": the span keeps the whole token).
    pub clitic_chars: usize,
    pub restores_article: bool,
    /// Role words the text attaches here (token range of the title or apposition).
    pub role: Option<Range<usize>>,
    /// A token that only the tagger can vouch for: the candidate stands if the tagger puts that
    /// token inside an entity ("شركة أرامكو"), and falls if not ("لجنة مشتركة").
    pub needs_tagger: Option<usize>,
}

/// A view of the tokens of one text with the per-token facts the patterns ask for.
pub struct Words<'a> {
    pub text: &'a str,
    pub tokens: &'a [Token],
    /// Each token's segmentations, shared by all tokens of the same word (see `readings_of`).
    segs: Vec<Rc<Readings>>,
    /// Does the text write final alif maqsura ("على", "إلى")? Then "علي" is the given name; in a
    /// text that writes "إلي", "حتي" it is as often the preposition.
    writes_alif_maqsura: bool,
}

/// What the lexicons say of one stem (bits below). The patterns ask these of every token, often
/// several times (a token is a phrase start, then a place head's name, then inside an
/// organisation's name), and each was a hash lookup per stem: they are found once per word, with
/// its segmentations (`readings_of`). All are pure functions of the stem.
#[derive(Debug, Clone, Copy)]
struct Facts(u16);

impl Facts {
    const FUNCTION_WORD: u16 = 1 << 0;
    const NISBA: u16 = 1 << 1;
    const TITLE: u16 = 1 << 2;
    /// A title once an enclitic pronoun is taken off ("نظيره").
    const TITLE_BEFORE_ENCLITIC: u16 = 1 << 3;
    const PLACE: u16 = 1 << 4;
    const STARTS_LONGER_PLACE: u16 = 1 << 5;
    const ORG_NAME: u16 = 1 << 6;
    const STARTS_LONGER_ORG_NAME: u16 = 1 << 7;
    const ORG_HEAD: u16 = 1 << 8;
    const PLACE_HEAD: u16 = 1 << 9;
    const SPEECH_VERB: u16 = 1 << 10;

    fn of(stem: &str) -> Facts {
        let bits = [
            (Self::FUNCTION_WORD, cues::is_function_word(stem)),
            (Self::NISBA, places::nisba_place(stem).is_some()),
            (Self::TITLE, cues::is_title(stem)),
            (Self::TITLE_BEFORE_ENCLITIC, strip_enclitic(stem).is_some_and(cues::is_title)),
            (Self::PLACE, places::lookup(stem).is_some()),
            (Self::STARTS_LONGER_PLACE, places::starts_longer_name(stem)),
            (Self::ORG_NAME, cues::is_org_name(stem)),
            (Self::STARTS_LONGER_ORG_NAME, cues::starts_longer_org_name(stem)),
            (Self::ORG_HEAD, cues::org_head(stem).is_some()),
            (Self::PLACE_HEAD, cues::place_head(stem).is_some()),
            (Self::SPEECH_VERB, is_speech_verb(stem)),
        ];
        Facts(bits.iter().filter(|(_, yes)| *yes).fold(0, |acc, (bit, _)| acc | bit))
    }

    fn has(self, bit: u16) -> bool {
        self.0 & bit != 0
    }
}

/// A word's segmentations (unsegmented first), and the facts of each one's stem.
struct Readings {
    segs: Vec<Segmentation>,
    facts: Vec<Facts>,
}

impl Readings {
    fn of(t: &Token) -> Readings {
        let segs = t.segmentations();
        let facts = segs.iter().map(|s| Facts::of(&s.stem)).collect();
        Readings { segs, facts }
    }
}

/// A word's segmentations depend only on its kind and normalised form, and news repeats its
/// words: they are remembered per thread (bounded), like the tagger's views.
fn readings_of(t: &Token) -> Rc<Readings> {
    const REMEMBERED: usize = 50_000;
    // Long tokens (URLs, runs of letters) are rarely repeated: not worth keeping.
    if t.norm.len() > 64 {
        return Rc::new(Readings::of(t));
    }
    type Seen = rustc_hash::FxHashMap<Box<str>, Rc<Readings>>;
    thread_local! {
        // Arabic words, other tokens.
        static SEEN: RefCell<[Seen; 2]> = Default::default();
    }
    SEEN.with(|seen| {
        let mut seen = seen.borrow_mut();
        let seen = &mut seen[usize::from(t.kind != TokenKind::Arabic)];
        if let Some(r) = seen.get(t.norm.as_str()) {
            return r.clone();
        }
        if seen.len() > REMEMBERED {
            seen.clear();
        }
        let r = Rc::new(Readings::of(t));
        seen.insert(t.norm.as_str().into(), r.clone());
        r
    })
}

impl<'a> Words<'a> {
    pub fn new(text: &'a str, tokens: &'a [Token]) -> Self {
        let segs = tokens.iter().map(readings_of).collect();
        let (mut maqsura, mut ya) = (0usize, 0usize);
        for t in tokens.iter().filter(|t| t.kind == TokenKind::Arabic) {
            let raw = &text[t.start..t.end];
            if raw.ends_with('ى') {
                maqsura += 1;
            } else if raw.ends_with('ي') && matches!(without_conjunction(&t.norm), "الي" | "حتي" | "لدي") {
                ya += 1;
            }
        }
        // (A text with no "إلي", "حتي", "لدي" at all, a short one, gives no sign of writing them
        // with ي either.)
        Self { text, tokens, segs, writes_alif_maqsura: maqsura > 2 * ya || ya == 0 }
    }

    pub fn norm(&self, i: usize) -> &str {
        &self.tokens[i].norm
    }

    fn arabic(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Arabic)
    }

    pub(super) fn word(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(Token::is_word)
    }

    pub(super) fn punct(&self, i: usize, chars: &str) -> bool {
        self.tokens.get(i).is_some_and(|t| t.is_punct(chars))
    }

    /// Is token `i` a quotation mark (" « » “ ” „)?
    pub(super) fn quote_mark(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Punct && self.text[t.start..t.end].chars().all(crate::quotes::marks::is_mark))
    }

    pub(super) fn same_line(&self, a: usize, b: usize) -> bool {
        self.tokens[a].line == self.tokens[b].line
    }

    /// Stems of token `i` (unsegmented first).
    pub fn stems(&self, i: usize) -> impl Iterator<Item = &Segmentation> {
        self.segs[i].segs.iter()
    }

    /// Stems of token `i` with their facts.
    fn readings(&self, i: usize) -> impl Iterator<Item = (&Segmentation, Facts)> {
        let r = &self.segs[i];
        r.segs.iter().zip(r.facts.iter().copied())
    }

    /// The reading of token `i` whose stem's facts satisfy `pred`, if any.
    fn stem_with(&self, i: usize, pred: impl Fn(Facts) -> bool) -> Option<&Segmentation> {
        let r = self.segs.get(i)?;
        r.segs.iter().zip(&r.facts).find(|(_, &f)| pred(f)).map(|(s, _)| s)
    }

    pub fn is_function_word(&self, i: usize) -> bool {
        // Normalising makes the preposition "على" and the given name "علي" one word; written with
        // a final ي it is the name ("وزير الداخلية علي يرلي كايا").
        let t = &self.tokens[i];
        if self.writes_alif_maqsura && t.norm.ends_with("علي") && without_conjunction(&t.norm) == "علي" && self.text[t.start..t.end].ends_with('ي') {
            return false;
        }
        // So do the pronoun "أنا" and the given name "آنا", written with a madda.
        if t.norm == "انا" && self.text[t.start..t.end].starts_with('آ') {
            return false;
        }
        self.readings(i).any(|(_, f)| f.has(Facts::FUNCTION_WORD)) || self.tokens[i].norm.chars().count() < 2
    }

    /// Does the word carry the article, after any clitics ("البرلمان", "وبالقاهرة", "للإدارة")?
    /// Read on the written letters: "إلهام" and "أليكسي" start with a hamza-carrying alef, not "ال".
    pub(super) fn definite(&self, i: usize) -> bool {
        let t = &self.tokens[i];
        // The rules below read at most the first 6 letters and whether there are more than 4: the
        // first 6 are kept in place (this runs for many tokens, a Vec each was a cost).
        let mut letters = ['\0'; 6];
        let mut len = 0;
        for c in self.text[t.start..t.end].chars().filter(|&c| fold_char(c).is_some()).take(letters.len()) {
            letters[len] = c;
            len += 1;
        }
        let raw = &letters[..len];
        let mut k = 0;
        while k < 2 && raw.len() > k + 3 && matches!(raw[k], 'و' | 'ف' | 'ب' | 'ك' | 'ل') {
            if raw[k] == 'ل' && raw[k + 1] == 'ل' {
                return true; // لل = ل + ال
            }
            if raw[k] == 'ا' {
                break;
            }
            if raw[k..].starts_with(&['ا', 'ل']) {
                break;
            }
            k += 1;
        }
        // (After clitics, the article needs two letters after it: "وكالة" is no و + ك + ال + ة,
        // "والد" no و + ال + د.)
        raw[k..].starts_with(&['ا', 'ل']) && (k == 0 || raw.len() >= k + 4) || raw.starts_with(&['ا', 'ل'])
    }

    /// A nisba adjective of a known place ("الروسية", "التركي").
    pub fn is_nisba(&self, i: usize) -> bool {
        // (A nisba ends in ي; "ليلى", written with alif maqsura, is a name, not "of Lille".)
        let t = &self.tokens[i];
        self.arabic(i) && !self.text[t.start..t.end].ends_with('ى') && self.stem_with(i, |f| f.has(Facts::NISBA)).is_some()
    }

    /// A definite relational adjective: "الجوية", "الحكومية", "الفيدرالي".
    fn is_definite_adjective(&self, i: usize) -> bool {
        let n = self.norm(i);
        // (A word written with ى is a noun, "القوى", "الفتاوى", unless an elative, "الكبرى", or
        // "المستوى" of "الرفيع المستوى".)
        let t = &self.tokens[i];
        let maqsura_noun = self.text[t.start..t.end].ends_with('ى') && !matches!(n, "الكبري" | "العظمي" | "الوسطي" | "الصغري" | "الادني" | "الاقصي" | "الاولي" | "الاعلي" | "العليا" | "الدنيا" | "المستوي");
        self.arabic(i) && n.starts_with("ال") && (n.ends_with('ي') || n.ends_with("يه")) && n.chars().count() > 4 && !maqsura_noun
            || self.is_nisba(i)
            // (And the common adjectives of bodies' names: "لجنة التشريع العام", "المجلس الأعلى".)
            || matches!(n, "العام" | "العامه" | "الخاص" | "الخاصه" | "الاعلي" | "العليا" | "المستقل" | "المستقله" | "المشترك" | "المشتركه" | "الموحد" | "الموحده" | "الحر" | "الحره")
                // (Not "الأمن العام", "النظام العام": public order, as often as a body.)
                && !(i > 0 && matches!(without_conjunction(self.norm(i - 1)), "الامن" | "بالامن" | "النظام" | "بالنظام" | "الراي" | "المال" | "الصالح" | "النفع"))
                // (Nor "العام الماضي": last year, after the name.)
                && !(i + 1 < self.tokens.len() && matches!(self.norm(i + 1), "الماضي" | "المقبل" | "الجاري" | "الحالي" | "الفائت"))
    }

    /// Is token `i` written with tanwin ("ناجحاً", "ميناءً")? News writes no case endings on names:
    /// such a word is a common noun or adjective.
    pub(super) fn has_tanwin(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| self.text[t.start..t.end].contains(['\u{064B}', '\u{064C}', '\u{064D}']))
    }

    /// Could token `i` be part of a person's or organisation's own name?
    pub fn name_like(&self, i: usize) -> bool {
        self.word(i)
            && !self.has_tanwin(i)
            && !self.is_function_word(i)
            && !self.definite(i)
            && !self.readings(i).any(|(_, f)| f.has(Facts::TITLE) || f.has(Facts::TITLE_BEFORE_ENCLITIC))
            && cues::org_head(self.norm(i)).is_none()
            && !self.is_nisba(i)
            && self.norm(i).chars().count() >= 2
    }

    /// Could token `i` be a family name with the article ("العلوي", "الطعاني")? A word with the
    /// article that is no function word, nisba of a place, title or organisation head.
    pub(super) fn family_name_with_article(&self, i: usize) -> bool {
        self.word(i) && self.definite(i) && !self.is_function_word(i) && !self.is_nisba(i) && self.title_at(i).is_none() && cues::org_head(self.norm(i)).is_none()
    }

    /// A title word, possibly with a proclitic ("لرئيس") or a possessive ending ("نظيره").
    pub(super) fn title_at(&self, i: usize) -> Option<&Segmentation> {
        // Normalising folds ة into ه, so "مساعدة" would read as "مساعد" + the pronoun ه: only a
        // word written with a real final ه may lose it.
        let t = self.tokens.get(i)?;
        // The preposition "أمام" and the title "إمام" normalise alike.
        if t.norm.ends_with("امام") && self.text[t.start..t.end].contains("أمام") {
            return None;
        }
        // ("محمد الأمين أوبلا", "عوض الكريم الأمين محجوب": after a given name and before another
        // name, الأمين is the name's, not a secretary.)
        if t.norm == "الامين" && i > 0 && self.same_line(i - 1, i) && crate::tagger::names::name_class(self.norm(i - 1)) != "-" && self.tokens.get(i + 1).is_some_and(|n| n.is_word() && !n.norm.starts_with("ال") && self.same_line(i, i + 1)) {
            return None;
        }
        let ta_marbuta = self.text[t.start..t.end].chars().rev().find(|&c| fold_char(c).is_some()) == Some('ة');
        // ("محامية", "قاضية": the feminine of a title in ي, which no noun shares the way
        // "مساعدة", help, shares "مساعد".)
        let feminine_of_i = |f: Facts, stem: &str| ta_marbuta && f.has(Facts::TITLE_BEFORE_ENCLITIC) && stem.ends_with("يه");
        self.readings(i).find(|(s, f)| f.has(Facts::TITLE) || !ta_marbuta && f.has(Facts::TITLE_BEFORE_ENCLITIC) || feminine_of_i(*f, &s.stem)).map(|(s, _)| s)
    }

    /// A place phrase starting at token `i`: (segmentation of the first token, token end).
    /// Is a known place (without clitics) exactly tokens `i..end`?
    pub(super) fn place_at_is(&self, i: usize, end: usize) -> bool {
        self.place_at(i).is_some_and(|(s, e)| s.clitic_chars == 0 && e == end)
    }

    /// The end of a known organisation's name written without clitics from token `i` on
    /// ("صندوق النقد الدولي").
    fn known_org_at(&self, i: usize) -> Option<usize> {
        let (seg, f) = self.readings(i).next()?;
        if seg.clitic_chars != 0 {
            return None;
        }
        let continues = |j| self.word(j) && self.same_line(i, j);
        let first = (f.has(Facts::ORG_NAME), f.has(Facts::STARTS_LONGER_ORG_NAME));
        self.longest_phrase(i, &seg.stem, first, cues::org_name_max_words(), continues, cues::is_org_name, cues::starts_longer_org_name)
    }

    /// Is token `h` a hyphen touching the words on both sides ("جان-لوك")?
    pub(super) fn tight_hyphen(&self, h: usize) -> bool {
        h > 0 && h + 1 < self.tokens.len() && self.punct(h, "-") && self.tokens[h - 1].end == self.tokens[h].start && self.tokens[h].end == self.tokens[h + 1].start
    }

    /// Is token `k` ل and a bare noun of three letters or more ("لحقوق", "لتحرير", "لشؤون"), not
    /// ل with the article ("للشؤون")?
    fn lam_noun(&self, k: usize) -> bool {
        self.word(k) && !self.norm(k).starts_with("لل") && !self.is_function_word(k) && self.stems(k).any(|s| s.proclitics.as_slice() == ['ل'] && !s.stem.starts_with("ال") && s.stem.chars().count() >= 3)
    }

    /// The known city that token `i` is by itself (with or without clitics): its normalised name.
    pub(super) fn city_at(&self, i: usize) -> Option<&str> {
        self.place_at(i).filter(|(s, e)| *e == i + 1 && places::lookup(&s.stem) == Some(places::PlaceKind::City)).map(|(s, _)| s.stem.as_str())
    }

    pub(super) fn place_at(&self, i: usize) -> Option<(&Segmentation, usize)> {
        if !self.arabic(i) {
            return None;
        }
        let max = places::max_words();
        for (seg, f) in self.readings(i) {
            let continues = |j| self.arabic(j) && self.same_line(i, j);
            let first = (f.has(Facts::PLACE), f.has(Facts::STARTS_LONGER_PLACE));
            let best = self.longest_phrase(i, &seg.stem, first, max, continues, |p| places::lookup(p).is_some(), places::starts_longer_name);
            if let Some(end) = best {
                return Some((seg, end));
            }
        }
        None
    }

    /// The end of the longest phrase `is_name` accepts that starts at token `i` with the word
    /// `first` and goes on with the normalised tokens after it, while `continues` allows them; no
    /// phrase goes on past one that starts no longer name. `first_facts` is what `is_name` and
    /// `starts_longer` say of `first` (known from its `Facts`). The phrase is built only when
    /// `first` starts a longer name: most words start none, and copying each stem of each token
    /// was the cue stage's main allocation.
    #[allow(clippy::too_many_arguments)]
    fn longest_phrase(
        &self,
        i: usize,
        first: &str,
        (first_is_name, first_starts_longer): (bool, bool),
        max_words: usize,
        continues: impl Fn(usize) -> bool,
        is_name: impl Fn(&str) -> bool,
        starts_longer: impl Fn(&str) -> bool,
    ) -> Option<usize> {
        let mut best = first_is_name.then_some(i + 1);
        if !first_starts_longer {
            return best;
        }
        let mut phrase = first.to_string();
        let mut j = i + 1;
        while j < self.tokens.len() && j - i < max_words && continues(j) && starts_longer(&phrase) {
            phrase.push(' ');
            phrase.push_str(self.norm(j));
            j += 1;
            if is_name(&phrase) {
                best = Some(j);
            }
        }
        best
    }

    /// Byte span of a candidate, without the first token's proclitics.
    pub fn span(&self, c: &Candidate) -> Range<usize> {
        let first = &self.tokens[c.tokens.start];
        let start = if c.clitic_chars == 0 || c.restores_article {
            first.start
        } else {
            first.start + offset_after_norm_chars(&self.text[first.start..first.end], c.clitic_chars)
        };
        start..self.tokens[c.tokens.end - 1].end
    }

    /// The written words of a token range, without the first token's proclitics (and with the
    /// article restored for "لل").
    /// (Tatweel and short-vowel marks are left out: "بـاريس", "إيمانويلُ" are shown as names
    /// "باريس", "إيمانويل"; the mention's span keeps them.)
    pub fn written(&self, tokens: Range<usize>, clitic_chars: usize, restores_article: bool) -> String {
        let first = &self.tokens[tokens.start];
        let end = self.tokens[tokens.end - 1].end;
        let shown = |s: &str| s.chars().filter(|&c| !matches!(c, '\u{0640}' | '\u{064B}'..='\u{0652}')).collect::<String>();
        if restores_article {
            let after = offset_after_norm_chars(&self.text[first.start..first.end], clitic_chars + 1);
            return format!("ال{}", shown(&self.text[first.start + after..end]));
        }
        let start = first.start + offset_after_norm_chars(&self.text[first.start..first.end], clitic_chars);
        shown(&self.text[start..end])
    }
}

fn restores(seg: &Segmentation, norm: &str) -> bool {
    seg.clitic_chars > 0 && !norm.chars().skip(seg.clitic_chars).eq(seg.stem.chars())
}

/// Reads a run of name tokens starting at `i`: at most `max` words of the name, not counting the
/// links of a lineage ("محمد بن راشد آل مكتوم" is three); the first may carry no clitic, later ones
/// must not start with the conjunction و/ف, and from the third on no proclitic at all ("بوتين" may
/// follow "فلاديمير"; "كوسيط" does not continue "فلاديمير بوتين").
fn name_run(w: &Words, i: usize, max: usize) -> usize {
    let mut j = i;
    let mut words = 0;
    // A title or a nisba that is also a given name is the name's ("محمد أمين بنهاشم", "العميد
    // تركي المالكي"): after its first word; as its first word, after a word with the article and
    // before a family name with it, or right after a rank ("الدكتور سلطان أحمد الجابر").
    let after_rank = |j: usize| j > 0 && (is_rank_before_name(w.norm(j - 1)) || is_form_of_address(w.norm(j - 1)));
    // (Or after the place a title is for: "المتحدث باسم المكتب في غزة أمين السقا"; or after
    // the comma that sets the name off from its title: "…، سلطان الظاهري،".)
    let after_place = |j: usize| j >= 2 && w.place_at(j - 1).is_some_and(|(s, end)| s.clitic_chars == 0 && end == j) && cues::is_posting_preposition(w.norm(j - 2));
    let may_start = |j: usize| j > 0 && (w.definite(j - 1) || after_place(j) || w.punct(j - 1, "،,")) && (j + 1 < w.tokens.len() && w.definite(j + 1) || after_rank(j));
    let given_title = |j: usize| {
        w.word(j) && (w.title_at(j).is_some() || w.is_nisba(j)) && (j > i || may_start(j)) && !w.definite(j) && crate::tagger::names::name_class(w.norm(j)) == "given"
    };
    // ("الوزير بلدة عين الحلوة": a place's head noun starts no person's name.)
    if i < w.tokens.len() && cues::place_head(w.norm(i)).is_some() {
        return 0;
    }
    while j < w.tokens.len() && words < max && (w.name_like(j) || given_title(j)) && w.same_line(i, j) {
        let first = w.norm(j).chars().next().unwrap_or(' ');
        // (After a hyphen, "جان-لوك", a first ل or و is the name's.)
        let after_hyphen = j > i && w.punct(j - 1, "-");
        // ("آنا فيريرا", "كارلوس فرنانديز": a known name, or a word with ف that looks like a name
        // whole and whose rest is no verb or particle, keeps its first letter; و, far more often
        // "and", only in a known name, "وليد".)
        let whole_name = || {
            let rest = &w.norm(j)[first.len_utf8()..];
            crate::tagger::names::name_class(w.norm(j)) != "-" || first == 'ف' && crate::tagger::names::name_likeness(w.norm(j)) >= 1.5 && crate::quotes::verbs::verb(rest).is_none() && !cues::is_function_word(rest) && crate::tagger::names::name_class(rest) == "-"
        };
        if j > i && matches!(first, 'و' | 'ف') && w.norm(j).chars().count() > 4 && !whole_name() && !after_hyphen {
            break;
        }
        // (After a particle of a European name, "دي ويفر", "فان ليوين", the letter is the name's.)
        // (Nor after a link of an Arab name: "أيمن أبو بكر الدمرداش", "عبد الله بن باز".)
        let after_particle = j > i && matches!(w.norm(j - 1), "دي" | "دا" | "دو" | "فان" | "فون" | "دير" | "ديل" | "دل" | "لا" | "لو" | "ابو" | "ام" | "عبد" | "ابن" | "بن" | "بنت" | "ايت");
        // ("رافائيل سانتوس ليما": unless the whole word is a known name or place and what the
        // letter would leave is no word we know.)
        let whole_known = || {
            let rest = &w.norm(j)[first.len_utf8()..];
            (crate::tagger::names::name_class(w.norm(j)) != "-" || places::lookup(w.norm(j)).is_some())
                && crate::tagger::names::name_class(rest) == "-" && places::lookup(rest).is_none() && !cues::is_function_word(rest) && crate::quotes::verbs::verb(rest).is_none()
        };
        if j >= i + 2 && matches!(first, 'و' | 'ف' | 'ب' | 'ل') && !after_hyphen && !after_particle && !(matches!(first, 'ب' | 'ل') && whole_known()) {
            break;
        }
        // "العميد نبيل عبد الله نفى …": a speech verb after the name; "… أجرى اتصالا": a verb of
        // the form أفعى; "كيليان مبابي سنوات": a span of time.
        if j > i && (crate::quotes::verbs::verb(w.norm(j)).is_some() || is_time_noun(w.norm(j)) || {
            let raw = &w.text[w.tokens[j].start..w.tokens[j].end];
            raw.starts_with('أ') && raw.ends_with('ى') && raw.chars().count() == 4
        }) {
            break;
        }
        // "بوتين كوسيط": ك ("as") and a common word ends the name; "علي يرلي كايا" goes on.
        if j >= i + 2 && first == 'ك' && crate::tagger::names::name_likeness(&w.norm(j)['ك'.len_utf8()..]) < 1.0 {
            break;
        }
        j += 1;
        words += 1;
        if j >= w.tokens.len() {
            break;
        }
        // "جان-لوك مارتان", "كيم جي-هون": a hyphen with no space on either side joins the name's
        // words.
        if w.tight_hyphen(j) && w.arabic(j + 1) && w.name_like(j + 1) {
            j += 1;
            continue;
        }
        // "عبد الله", "أبو بكر": an article-bearing word may follow these; "ناصر الدين", "نصر
        // الله": so may الدين and الله after any word of a name.
        if matches!(w.norm(j - 1), "عبد" | "ابو" | "ابن" | "بن" | "بنت") && w.definite(j) || w.same_line(i, j) && matches!(w.norm(j), "الدين" | "الله") {
            j += 1;
        }
        // A regnal number: "عبد الله الثاني", "لاوون الرابع عشر".
        if j < w.tokens.len() && w.same_line(i, j) && is_regnal_ordinal(w.norm(j)) {
            j += 1;
            if j < w.tokens.len() && w.same_line(i, j) && w.norm(j) == "عشر" {
                j += 1;
            }
            break;
        }
        if words < max && j + 1 < w.tokens.len() && w.same_line(i, j + 1) {
            // A link of a lineage: "بن", "ابن", "بنت" and the name after it (the loop reads that
            // name next), or "آل" and the family's name, whatever that word ("آل ثاني").
            let link = w.norm(j);
            if link == "ال" {
                if w.word(j + 1) && !w.definite(j + 1) {
                    j += 2;
                    words += 1;
                }
            } else if is_lineage_link(link) && (w.name_like(j + 1) || w.definite(j + 1)) {
                j += 1;
            }
        }
    }
    j - i
}

/// "سنوات", "أيام", "مرة": how long or how often, never a word of a name (normalised).
pub(super) fn is_time_noun(norm: &str) -> bool {
    matches!(norm, "سنوات" | "سنه" | "سنتين" | "اعوام" | "عاما" | "اشهر" | "شهرا" | "شهور" | "اسابيع" | "اسبوعا" | "ايام" | "يوما" | "ساعات" | "ساعه" | "دقائق" | "مرات" | "مره")
}

/// Could this normalised word carry the article: "ال" first, or after one clitic letter ("وال",
/// "بال"), or "لل"? (A byte test, to spare `Words::definite` for most words.)
fn may_be_definite(norm: &str) -> bool {
    const AL: &[u8] = "ال".as_bytes();
    const LL: &[u8] = "لل".as_bytes();
    let b = norm.as_bytes();
    b.starts_with(AL) || b.starts_with(LL) || b.get(2..).is_some_and(|r| r.starts_with(AL))
}

/// "المرصد السوري", "الجمعية المغربية": a definite noun that heads organisation names when bare
/// ("مرصد", "جمعية"), before the adjective of a country or region (or another adjective),
/// heads the name of that country's body (if a ل phrase follows, for most adjectives: the caller
/// asks).
fn national_body_head<'w>(w: &'w Words, i: usize) -> Option<&'w Segmentation> {
    let next = i + 1;
    // (Asked of every word that heads nothing: the string tests come first.)
    if next >= w.tokens.len() || !may_be_definite(w.norm(i)) || !may_be_definite(w.norm(next)) || !w.same_line(i, next) || !w.definite(next) || !w.is_definite_adjective(next) {
        return None;
    }
    // (Or an adjective of its own kind, when a ل phrase follows: "المندوبية السامية للتخطيط"; not
    // the parts of a body, "الجهاز الفني للفريق", "الجمعية العمومية للبنك", "المجموعة الأولى".)
    if !w.is_nisba(next) && matches!(w.norm(next), "الفني" | "الفنيه" | "الاعلامي" | "العموميه" | "الاداري" | "الاداريه" | "التنفيذي" | "التنفيذيه" | "الاولي" | "الثانيه" | "الثالثه" | "الرابعه" | "الخامسه") {
        return None;
    }
    w.stems(i).find(|s| s.stem.strip_prefix("ال").is_some_and(|h| h.chars().count() >= 3 && cues::org_head(h).is_some()))
}

/// "للمواطنين", "للمرة": to whom something is given, or how often, after an organisation's name
/// — not part of it ("للشؤون", "للتعاون", "للقانون" are).
fn is_to_people_or_time(norm: &str) -> bool {
    let plural = (norm.ends_with("ين") || norm.ends_with("ون")) && !matches!(norm, "للشوون" | "للشئون" | "للتعاون" | "للقانون" | "للفنون" | "للديون" | "للسجون");
    plural || matches!(norm, "للمره" | "لليوم" | "للعام" | "للسنه" | "للشهر" | "للاسبوع" | "للحظه" | "للتو" | "للغايه")
}

/// "مجلس الإدارة", "مجلس الأمناء": a body of a company or a charity, not an organisation of its
/// own (while "مجلس النواب", "وزارة الدفاع" are).
fn is_board(norm: &str) -> bool {
    let is = |w: &str| matches!(w.strip_prefix("ال").unwrap_or(w), "اداره" | "امناء" | "عزاء" | "عائله" | "تحرير" | "هيئه" | "شركه" | "بنك" | "حكم");
    // ("مجلس إدارتها": with a possessive pronoun, ة written ت.)
    is(norm) || ["تها", "ته", "تهم"].iter().any(|p| norm.strip_suffix(p).is_some_and(|stem| is(&format!("{stem}ه"))))
}

/// Words that begin place names: "سيدي بوزيد", "أبو قير", "كفر الشيخ", "عين الحلوة", "آيت باها",
/// "أولاد تايمة".
fn starts_place_name(norm: &str) -> bool {
    matches!(norm, "سيدي" | "ابو" | "ام" | "عين" | "بني" | "بير" | "بئر" | "راس" | "كفر" | "تل" | "دير" | "بيت" | "برج" | "جسر" | "خان" | "ايت" | "اولاد")
}

/// A rank before the name of the person a place is named after ("استاد الأمير محمد بن فهد",
/// "ملعب الشيخ زايد").
pub fn names_a_place_after(norm: &str) -> bool {
    is_rank_before_name(norm) || matches!(norm, "الشيخ" | "الشهيد")
}

/// Dual and plural heads of towns and provinces, after which news lists their names ("محافظتي",
/// "مدن", "قرى", "مواقع"). Not "مناطق" or "أحياء": "مناطق سيطرة الحكومة والمعارضة" names no places.
fn is_place_heads(stem: &str) -> bool {
    matches!(
        stem,
        "محافظتي" | "محافظتا" | "مدينتي" | "مدينتا" | "بلدتي" | "بلدتا" | "قريتي" | "قريتا" | "ولايتي" | "ولايتا" | "مقاطعتي" | "مقاطعتا"
            | "مدن" | "مدنا" | "قري" | "بلدات" | "محافظات" | "ولايات" | "مقاطعات" | "مخيمات" | "مواقع"
    )
}

/// The places of a list "X وY وZ" from token `start` on, after a plural place head: each name of one or
/// two words, the second and later after و. None unless the list has two names or more; a
/// name the gazetteer knows is left to it.
fn place_list(w: &Words, start: usize, ok: &impl Fn(usize) -> bool) -> Vec<Candidate> {
    // (What ends a name: "زومبا جنوبي البلاد", "مدن عربية"; "مدن كبرى ومتوسطة", "محافظات الوسط
    // والجنوب" and "وأجزاء من مدينة" list no names.)
    let stops = |j: usize| {
        let n = w.norm(j);
        w.is_function_word(j) || w.is_nisba(j) || w.title_at(j).is_some() || cues::org_head(n).is_some() || is_time_noun(n)
            || crate::quotes::verbs::verb(n).is_some()
            || matches!(without_conjunction(n), "شرقي" | "غربي" | "شمالي" | "جنوبي" | "شرق" | "غرب" | "شمال" | "جنوب" | "وسط" | "قرب")
    };
    let common = |stem: &str| {
        matches!(
            stem,
            "اجزاء" | "بعض" | "معظم" | "باقي" | "بقيه" | "سائر" | "ضواحي" | "اطراف" | "محيط" | "غيرها" | "عدد" | "مختلف" | "كافه" | "جميع" | "شتي"
                | "الشمال" | "الجنوب" | "الشرق" | "الغرب" | "الوسط" | "الساحل" | "الداخل" | "الريف"
                | "كبري" | "صغري" | "كبيره" | "صغيره" | "متوسطه" | "عديده" | "اخري" | "مختلفه" | "جديده" | "قديمه" | "رئيسيه" | "مجاوره" | "نائيه" | "بعيده" | "قريبه"
        )
    };
    let link = |j: usize| starts_place_name(without_conjunction(w.norm(j)));
    let mut out = Vec::new();
    let mut names = 0;
    let mut k = start;
    // (Each index is checked before it is read: a list may be cut off by the end of the text.)
    while ok(k) {
        // The first name stands bare; each later one is a word with the conjunction و.
        let seg = if k == start {
            w.stems(k).next().filter(|s| s.clitic_chars == 0)
        } else {
            w.stems(k).find(|s| s.proclitics.as_slice() == ['و'])
        };
        let Some(seg) = seg.filter(|s| w.arabic(k) && !common(&s.stem) && s.stem.chars().count() >= 2) else { break };
        // ("مخيمات النازحين واللاجئين": people, not places.)
        let people = seg.stem.starts_with("ال") && (seg.stem.ends_with("ين") || seg.stem.ends_with("ون"));
        if k > start && !w.same_line(start, k) || k == start && stops(k) || k > start && (w.is_function_word(k) || cues::is_function_word(&seg.stem) || common(&seg.stem)) || people && w.place_at(k).is_none() {
            break;
        }
        // (A later word with a proclitic, "النازحين بكسلا", is no part of the name, unless after
        // a word that begins place names.)
        let mut end = k + 1;
        while end < k + 2 && ok(end) && w.arabic(end) && w.same_line(k, end) && (link(end - 1) || !matches!(w.norm(end).chars().next(), Some('و' | 'ب' | 'ل' | 'ف' | 'ك'))) && !stops(end) && !common(w.norm(end)) {
            end += 1;
        }
        // (A known place counts as a name of the list: "مدينتي بلانتاير وزومبا".)
        if !w.place_at(k).is_some_and(|(s, e)| s.clitic_chars == seg.clitic_chars && e == end) {
            out.push(Candidate { tokens: k..end, kind: EntityType::Place, source: Source::PlaceHead, clitic_chars: seg.clitic_chars, restores_article: false, role: None, needs_tagger: None });
        }
        names += 1;
        k = end;
    }
    if names < 2 { Vec::new() } else { out }
}

/// A currency's name (normalised): "درهم" is as often Durham's name in a gazetteer.
pub(super) fn is_currency(norm: &str) -> bool {
    matches!(norm, "دينار" | "درهم" | "ريال" | "جنيه" | "دولار" | "يورو" | "ليره" | "روبل" | "يوان" | "ين")
}

/// "بقيمة ٤٠٠ مليون درهم": a word that names a currency after a number or a multiple is the
/// currency, not Durham, and starts no name ("مليار دينار لصالح جهات").
pub(super) fn currency_after_amount(w: &Words, tokens: Range<usize>) -> bool {
    let i = tokens.start;
    !tokens.is_empty() && i > 0 && (w.tokens[i - 1].kind == TokenKind::Number || matches!(w.norm(i - 1), "مليون" | "مليار" | "الف" | "الاف" | "ملايين" | "مليارات"))
        && w.stems(i).any(|s| is_currency(&s.stem))
}

/// Does the name end with a regnal number ("الثاني", "الرابع عشر")?
pub fn ends_with_regnal_number(w: &Words, tokens: Range<usize>) -> bool {
    tokens.len() >= 2 && (is_regnal_ordinal(w.norm(tokens.end - 1)) || w.norm(tokens.end - 1) == "عشر" && is_regnal_ordinal(w.norm(tokens.end - 2)))
}

/// "الأول" … "العاشر" (normalised): the number after a monarch's or a pope's name.
pub(super) fn is_regnal_ordinal(norm: &str) -> bool {
    matches!(norm, "الاول" | "الثاني" | "الثالث" | "الرابع" | "الخامس" | "السادس" | "السابع" | "الثامن" | "التاسع" | "العاشر" | "الحادي")
}

/// A link of a lineage between the words of a name (normalised): بن, ابن, بنت ("son/daughter of")
/// or آل ("the family of").
pub fn is_lineage_link(norm: &str) -> bool {
    matches!(norm, "بن" | "ابن" | "بنت" | "ال")
}

/// "السيد", "الشيخ": a title word that is only a form of address, not a role when it stands alone.
pub fn is_form_of_address(stem: &str) -> bool {
    matches!(stem, "السيد" | "السيده" | "سيد" | "الشيخ" | "الشيخه")
}

/// A rank or a professional's title that comes right before a name, after any office
/// ("رئيس الفريق الدكتور نزار …", "رئيس المجلس القاضي عمر …"): normalised.
pub fn is_rank_before_name(norm: &str) -> bool {
    matches!(
        norm,
        "الامير" | "الاميره" | "الملك" | "الملكه" | "السلطان" | "الدكتور" | "الدكتوره" | "القاضي" | "القاضيه" | "المهندس" | "المهندسه" | "الاستاذ" | "الاستاذه" | "البروفيسور" | "اللواء" | "العماد" | "العميد" | "العقيد" | "المقدم" | "المشير" | "المستشار" | "المحامي" | "المحاميه"
    )
}

/// A title phrase at `i`: title words, their complements and nisba adjectives
/// ("نائب رئيس الوزراء الروسي"). Returns (segmentation of the first word, end).
pub fn title_phrase(w: &Words, i: usize) -> Option<(Segmentation, usize)> {
    // After a rank, a title that is also a given name is the name: "الدكتور سلطان خالد المري".
    if i > 0 && (is_rank_before_name(w.norm(i - 1)) || is_form_of_address(w.norm(i - 1))) && !w.definite(i) && crate::tagger::names::name_class(w.norm(i)) == "given" {
        return None;
    }
    let seg = w.title_at(i)?.clone();
    let mut j = i + 1;
    while j < w.tokens.len() && w.same_line(i, j) && j - i <= 10 && w.word(j) {
        let n = w.norm(j);
        // ("رئيس مجلس إدارتها", "لاعب وسطه": a possessive pronoun makes the noun definite; ة
        // before it is written ت.)
        // (Only a pronoun written so: "نادية" is no "نادي" + ه, though ة and ه normalise alike.)
        let raw = &w.text[w.tokens[j].start..w.tokens[j].end];
        let pronoun = !raw.ends_with('ة');
        let complement = cues::is_title_complement(n)
            || strip_enclitic(n).filter(|_| pronoun).is_some_and(|stem| cues::is_title_complement(stem) || stem.strip_suffix('ت').is_some_and(|s| cues::is_title_complement(&format!("ال{s}ه"))) || cues::is_title_complement(&format!("ال{stem}")));
        // "وزير الموارد المائية والري": definite nouns and adjectives in the title's construct.
        let definite = w.definite(j) && !w.is_function_word(j);
        // "الأمين العام لمجلس التعاون": ل + an organisation's head noun + its definite words.
        // "الرئيس التنفيذي لأرامكو": ل + a known organisation's one-word name.
        let lam = |f: &dyn Fn(&str) -> bool| w.stems(j).any(|s| matches!(s.proclitics.as_slice(), ['ل']) && f(&s.stem));
        let next_definite = j + 1 < w.tokens.len() && w.same_line(i, j + 1) && w.definite(j + 1) && !w.is_function_word(j + 1);
        // "المدير العام للمنظمة": ل + the article + a head noun, the organisation already named.
        let the_organisation = lam(&|s| s.strip_prefix("ال").is_some_and(|h| cues::org_head(h).is_some()));
        let of_organisation = j > i + 1 && (lam(&|s| cues::org_head(s).is_some()) && next_definite || the_organisation || lam(&|s| cues::is_org_name(s)));
        // "وزير المالية بحكومة الوحدة الوطنية مصطفى …": ب + a head noun and its definite words.
        let in_organisation = j > i + 1 && next_definite && w.stems(j).any(|s| s.proclitics.as_slice() == ['ب'] && cues::org_head(&s.stem).is_some());
        // "مدرب ليفربول آرني سلوت", "رئيس وزراء بريطانيا": a title without the article, in
        // construct with a place's name.
        // ("محافظ ريف دمشق عامر الشيخ": the place may have more words.)
        let of_place = (!w.definite(j - 1) && w.title_at(j - 1).is_some()).then(|| w.place_at(j)).flatten().filter(|(s, end)| s.clitic_chars == 0 && w.same_line(j, end - 1));
        // A nisba agrees with the word before it: "المدرب البرتغالي جورجي جيسوس" ends before
        // "جورجي", a name (a Georgian would be "الجورجي").
        let nisba = w.is_nisba(j) && w.definite(j) == w.definite(j - 1);
        // "أستاذ علم الاجتماع": a title in construct with a bare noun that is itself in construct.
        // ("المتحدث باسم وزارة الخارجية": after باسم too.)
        let construct = !w.definite(j - 1) && (w.title_at(j - 1).is_some() || w.norm(j - 1) == "باسم") && !w.definite(j) && !w.is_function_word(j) && crate::tagger::names::name_class(w.norm(j)) == "-" && !matches!(w.norm(j), "عبد" | "ابو" | "ام" | "ابن") && j + 1 < w.tokens.len() && w.same_line(j, j + 1) && w.definite(j + 1) && !w.is_function_word(j + 1);
        // "رئيسها التنفيذي أمين الناصر": after a word with the article, a title that is also a
        // given name starts the name.
        // A family name with the article follows (not "ولي العهد رئيس مجلس الوزراء", where what
        // follows رئيس completes it).
        let name_follows = j + 1 < w.tokens.len() && w.same_line(j, j + 1) && {
            let next = w.norm(j + 1);
            w.definite(j + 1) && !w.is_function_word(j + 1) && !w.is_nisba(j + 1) && !cues::is_title_complement(next) && cues::org_head(next).is_none()
        };
        // (Or right after a rank or a form of address: "الدكتور سلطان أحمد الجابر".)
        let after_rank = is_rank_before_name(w.norm(j - 1)) || is_form_of_address(w.norm(j - 1));
        let given_name = w.definite(j - 1) && !w.definite(j) && cues::is_title(n) && !complement && crate::tagger::names::name_class(n) == "given" && (name_follows || after_rank);
        // "مدير صندوق النقد الدولي", "رئيسة بعثة صندوق النقد الدولي": a known organisation in
        // construct with the title, or with a head noun after it.
        let bare_before = !w.definite(j - 1) && (w.title_at(j - 1).is_some() || cues::org_head(w.norm(j - 1)).is_some());
        // (These and the tests below are asked only when the ones before them fail.)
        // (Or after باسم: "المتحدث باسم كتائب حزب الله أبو علي العسكري".)
        let known_org = || (bare_before || w.norm(j - 1) == "باسم").then(|| w.known_org_at(j)).flatten();
        let head_of_known = || w.title_at(j - 1).is_some() && !w.definite(j - 1) && cues::org_head(n).is_some() && j + 1 < w.tokens.len() && w.known_org_at(j + 1).is_some();
        // "رئيس اتحاد غرف التجارة السورية": a head noun, a bare noun in construct with it, and a
        // definite word.
        // (A bare head: "قائد الجيش عبد الفتاح البرهان" is a title, then a name.)
        let bare_noun = |k: usize| k < w.tokens.len() && w.same_line(i, k) && w.word(k) && !w.definite(k) && !w.is_function_word(k) && crate::tagger::names::name_class(w.norm(k)) == "-" && !matches!(w.norm(k), "عبد" | "ابو" | "ام" | "ابن");
        let head_chain = || w.title_at(j - 1).is_some() && !w.definite(j - 1) && !w.definite(j) && cues::org_head(n).is_some() && bare_noun(j + 1) && j + 2 < w.tokens.len() && w.same_line(i, j + 2) && w.definite(j + 2) && !w.is_function_word(j + 2);
        // "عضو المكتب السياسي للجبهة الشعبية لتحرير فلسطين", "وزيرة الدولة لشؤون التنمية
        // الإدارية": ل + a noun and the place or definite noun it governs go on the title.
        // (Not a given name that starts with ل: "المحللة السورية ليلى الحمصي".)
        let lam_noun = || j > i + 1 && w.lam_noun(j) && crate::tagger::names::name_class(n) != "given";
        let governed_end = || {
            (j + 1 < w.tokens.len() && w.same_line(j, j + 1) && lam_noun())
                .then(|| match w.place_at(j + 1) {
                    Some((s, end)) if s.clitic_chars == 0 && w.same_line(j, end - 1) => Some(end),
                    _ => (w.definite(j + 1) && !w.is_function_word(j + 1) && w.title_at(j + 1).is_none()).then_some(j + 2),
                })
                .flatten()
        };
        // "رئيس وزرائها", "وزير خارجيتهم": a bare title in construct with a noun that carries a
        // pronoun (the country's).
        let with_pronoun = || !w.definite(j - 1) && w.title_at(j - 1).is_some() && !w.definite(j) && (n.ends_with("ها") || n.ends_with("هم")) && n.chars().count() >= 5 && crate::tagger::names::name_class(n) == "-";
        // "منسقة الأمم المتحدة المقيمة ومنسقة الشؤون الإنسانية": a second title joined by و.
        let second_title = || j > i + 1 && n.starts_with('و') && w.stems(j).any(|s| s.proclitics.as_slice() == ['و'] && cues::is_title(&s.stem)) && w.definite(j - 1);
        // "رئيس الوزراء المنتهية ولايته": the outgoing holder of the office.
        let outgoing = || w.norm(j - 1) == "المنتهيه" && matches!(n, "ولايته" | "ولايتها" | "ولايتهم");
        // "الرئيسة التنفيذية لشركة مداد ريم الدوسري": ل + a head noun and the company's one-word
        // name, before a name of two words.
        let head_and_name = || {
            let next = |k: usize| j + k < w.tokens.len() && w.same_line(j, j + k);
            j > i + 1 && w.stems(j).any(|s| s.proclitics.as_slice() == ['ل'] && cues::org_head(&s.stem).is_some()) && next(3) && w.name_like(j + 1) && w.name_like(j + 2) && (w.name_like(j + 3) || w.family_name_with_article(j + 3))
        };
        // "الرئيس التنفيذي لإنفيديا جنسن هوانغ": an executive's title takes ل and the company's
        // one-word name, unknown or not, when a name follows it.
        let of_company = || {
            matches!(w.norm(j - 1), "التنفيذي" | "التنفيذيه" | "العام" | "العامه" | "المؤسس" | "المشارك")
                && w.stems(j).any(|s| s.proclitics.as_slice() == ['ل'] && !s.stem.starts_with("ال") && s.stem.chars().count() >= 3)
                && !w.is_function_word(j)
                && j + 2 < w.tokens.len()
                && w.same_line(j, j + 2)
                && w.name_like(j + 1)
                && w.name_like(j + 2)
        };
        if given_name {
            break;
        } else if let Some(end) = governed_end() {
            j = end;
        } else if let Some(end) = known_org() {
            j = end;
        } else if head_of_known() {
            j += 1;
        } else if head_chain() || head_and_name() {
            j += 2;
        } else if let Some((_, end)) = of_place {
            j = end;
        } else if cues::is_title(n) || complement || nisba || definite || of_organisation || in_organisation || construct || second_title() || with_pronoun() || outgoing() || of_company() {
            j += 1;
        } else {
            break;
        }
    }
    Some((seg, j))
}

/// An apposition after a name: "، عضو البرلمان …،" or "، وهو رئيس سابق …،". Returns the role's
/// token range (up to the next comma, full stop or complementiser).
pub fn apposition(w: &Words, after_name: usize) -> Option<Range<usize>> {
    if !w.punct(after_name, "،,") {
        return None;
    }
    let mut i = after_name + 1;
    if i < w.tokens.len() && matches!(w.norm(i), "وهو" | "وهي" | "هو" | "هي") {
        i += 1;
    }
    // ("، كبيرة الاقتصاديين في …،", "، وكيلة أعمال اللاعب،", "، الشريك الإداري في …،": words
    // that are titles only in this place, after a name and a comma.)
    // ("، وهي أم لخمسة أبناء،", "، والد طفلة في الثالثة": and kinship, which is who someone is
    // in a story about ordinary people.)
    let apposition_only = || i < w.tokens.len() && w.word(i) && matches!(w.norm(i), "كبير" | "كبيره" | "وكيله" | "الشريك" | "الشريكه" | "شريك" | "شريكه" | "مؤسسه" | "ام" | "اب" | "والد" | "والده" | "زوج" | "زوجه" | "ارمله" | "جد" | "جده");
    if !apposition_only() {
        let seg = w.title_at(i)?;
        if seg.clitic_chars > 0 {
            return None;
        }
    }
    let mut j = i + 1;
    while j < w.tokens.len() && w.same_line(i, j) && w.word(j) && j - i < 12 {
        if matches!(w.norm(j), "ان" | "الذي" | "التي" | "قال" | "قالت") || w.norm(j).starts_with("وال") && j > i + 3 {
            break;
        }
        j += 1;
        // "رئيسة أبحاث السلع في بنك «غولدمان ساكس»": a name in quotation marks completes it.
        if let Some(end) = quoted_name(w, j).map(|r| r.end + 1).filter(|&e| e <= w.tokens.len() && w.quote_mark(e - 1)) {
            j = end;
            break;
        }
    }
    (j > i).then_some(i..j)
}

/// One to four words between quotation marks at token `i`, on one line: a name, not a quote.
fn quoted_name(w: &Words, i: usize) -> Option<Range<usize>> {
    if !w.quote_mark(i) {
        return None;
    }
    let close = (i + 1..(i + 6).min(w.tokens.len())).find(|&j| w.quote_mark(j))?;
    (close > i + 1 && (i + 1..close).all(|j| w.word(j)) && w.same_line(i, close)).then_some(i + 1..close)
}

/// The name in quotation marks after an organisation's head noun, as an organisation.
fn quoted_organisation(tokens: Range<usize>) -> Candidate {
    Candidate { tokens, kind: EntityType::Organization, source: Source::OrganizationHead, clitic_chars: 0, restores_article: false, role: None, needs_tagger: None }
}

/// A speech or reporting verb, from the quote stage's lexicon (`data/lexicon/speech-verbs.txt`).
fn is_speech_verb(norm: &str) -> bool {
    crate::quotes::verbs::verb(norm).is_some_and(|(v, _)| !v.participle)
}

/// Proposes candidates for the tokens in `lines` (token indices; boilerplate already removed).
pub fn candidates(w: &Words, usable: &[bool]) -> Vec<Candidate> {
    let mut out = Vec::new();
    // Provinces named like a known organisation ("ولاية الجزيرة"): that organisation's candidate goes.
    let mut provinces: Vec<Range<usize>> = Vec::new();
    let n = w.tokens.len();
    let ok = |i: usize| i < n && usable[i];
    for i in 0..n {
        if !ok(i) || !w.word(i) {
            continue;
        }
        // 1. Organisations named without a head noun ("الكرملين", "الأمم المتحدة").
        for (seg, f) in w.readings(i) {
            let continues = |j| w.word(j) && ok(j);
            let first = (f.has(Facts::ORG_NAME), f.has(Facts::STARTS_LONGER_ORG_NAME));
            let found = w.longest_phrase(i, &seg.stem, first, cues::org_name_max_words(), continues, cues::is_org_name, cues::starts_longer_org_name);
            if let Some(end) = found {
                out.push(Candidate {
                    tokens: i..end,
                    kind: EntityType::Organization,
                    source: Source::KnownOrganization,
                    clitic_chars: seg.clitic_chars,
                    restores_article: restores(seg, w.norm(i)),
                    role: None,
                    needs_tagger: None,
                });
                break;
            }
        }
        // 1a. "قال لـ«العربي الجديد»", "تحدث إلى "هسبريس"": a name in quotation marks that
        //     someone speaks to is a newspaper, a channel or a site.
        if i + 1 < n && w.quote_mark(i + 1) && w.same_line(i, i + 1) {
            let to = w.norm(i) == "ل" || w.norm(i) == "الي" && i > 0 && matches!(without_conjunction(w.norm(i - 1)), "تحدث" | "تحدثت" | "صرح" | "صرحت");
            if let Some(inner) = quoted_name(w, i + 1).filter(|r| to && r.clone().all(ok) && w.quote_mark(r.end)) {
                out.push(quoted_organisation(inner));
            }
        }
        // 1b. A head, a known organisation and what it does: "مفوضية الأمم المتحدة لشؤون
        //     اللاجئين", "برنامج الأمم المتحدة للبيئة" (one body, not the known one inside it).
        let listed_head = w.stem_with(i, |f| f.has(Facts::ORG_HEAD));
        if ok(i + 1) && (listed_head.is_some() || matches!(w.norm(i), "برنامج" | "مكتب" | "منظمه" | "صندوق")) && !w.definite(i) {
            if let Some(end) = w.known_org_at(i + 1).filter(|&e| ok(e) && w.same_line(i, e)) {
                let lam = |k: usize| ok(k) && w.same_line(i, k) && (w.norm(k).starts_with("لل") && !is_to_people_or_time(w.norm(k)) || w.lam_noun(k));
                if lam(end) {
                    let mut j = end + 1;
                    // ("مكتب الأمم المتحدة لغرب أفريقيا والساحل": ل and the region an office is
                    // for, and one more joined by و with the article.)
                    let region = w.place_at(end).filter(|(s, e)| s.clitic_chars == 1 && (end..*e).all(ok) && w.same_line(i, e - 1)).map(|(_, e)| e);
                    if let Some(e) = region {
                        j = e;
                        if ok(j) && w.same_line(i, j) && w.norm(j).starts_with("وال") && w.word(j) && !w.is_function_word(j) && w.title_at(j).is_none() && !w.stems(j).any(|s| cues::org_head(&s.stem).is_some()) {
                            j += 1;
                        }
                    }
                    // ("لإغاثة وتشغيل اللاجئين": a second noun joined by و governs with it.)
                    let joined = region.is_none() && ok(j + 1) && w.same_line(i, j + 1) && w.word(j) && w.norm(j).starts_with('و') && !w.definite(j) && !w.is_function_word(j) && w.definite(j + 1);
                    let first_governed = j + usize::from(joined);
                    // The ل word's governed nouns and adjectives ("لشؤون اللاجئين", "لتنسيق الشؤون الإنسانية").
                    j = first_governed;
                    while region.is_none() && ok(j) && w.same_line(i, j) && j - first_governed < 3 && w.definite(j) && w.norm(j).starts_with("ال") && !w.is_function_word(j) && w.title_at(j).is_none() {
                        j += 1;
                    }
                    if j == first_governed && joined {
                        j = end + 1;
                    }
                    out.push(Candidate { tokens: i..j, kind: EntityType::Organization, source: Source::KnownOrganization, clitic_chars: listed_head.map_or(0, |s| s.clitic_chars), restores_article: false, role: None, needs_tagger: None });
                }
            }
        }
        // 2. Head noun + what names it: "وكالة الأنباء الروسية", "قناة أذربيجان التلفزيونية",
        //    "مركز الأبحاث توبتشوباشوف", "الشرطة الروسية".
        let national = listed_head.is_none();
        // ("الخطوط العريضة للمقترح", "الخطوط الحمراء": lines, not an airline.)
        let lines = ok(i + 1) && w.norm(i).ends_with("الخطوط") && matches!(w.norm(i + 1), "العريضه" | "الحمراء" | "الاماميه" | "الرئيسيه");
        // ("الأمن الغذائي", "والأمن الإقليمي والدولي": security as a concept, not a security force.)
        let security = ok(i + 1) && w.stems(i).any(|s| s.stem == "الامن") && matches!(w.norm(i + 1), "الغذائي" | "المائي" | "الاقليمي" | "الدولي" | "السيبراني" | "الصحي" | "الاجتماعي" | "الطاقي" | "البيئي" | "الاقتصادي" | "الانساني" | "الجماعي" | "النووي");
        if let Some(seg) = listed_head.or_else(|| national_body_head(w, i)).filter(|_| !lines && !security) {
            let needs_modifier = cues::org_head(&seg.stem) == Some(true);
            let head_definite = w.definite(i);
            // "مدير مركز الأبحاث X": after a title, the name that follows belongs to the organisation.
            let after_title = i > 0 && w.title_at(i - 1).is_some() && w.same_line(i - 1, i);
            let mut j = i + 1;
            let mut nouns = 0;
            let mut named = false;
            let mut bare_name = None;
            let mut adjectives = 0;
            let mut bare_adjectives = 0;
            let mut last_joined = None;
            while ok(j) && w.same_line(i, j) && w.word(j) {
                // "والسخرية": a conjunction ends the name.
                let conjoined = matches!(w.norm(j).chars().next(), Some('و' | 'ف')) && w.stems(j).skip(1).any(|s| s.stem.starts_with("ال"));
                // "حزب العدالة والتنمية", "وزارة الصحة والسكان": a second noun joined by و to the
                // head's only one is the name's (not a second organisation's head, "والجيش"; not
                // after a nisba, "الجيش اللبناني واليونيفيل").
                // (And a third after the second: "هيئة الاتصالات والفضاء والتقنية".)
                let joined_noun = conjoined && (j == i + 2 && (nouns == 1 || adjectives == 1 && !w.is_nisba(i + 1)) || last_joined == Some(j - 1)) && !named && w.norm(j).starts_with('و') && !w.is_function_word(j) && !w.stems(j).any(|s| s.stem.strip_prefix("ال").is_some_and(|h| cues::org_head(h).is_some()) || cues::org_head(&s.stem).is_some()) && !w.is_nisba(j);
                if joined_noun {
                    nouns += 1;
                    last_joined = Some(j);
                    j += 1;
                    continue;
                }
                // "رئيس مجلس المفوضين القاضي عمر …": a title after the name begins the next person's;
                // "وزارة الصحة للمواطنين": ل + people is to whom, not part of the name.
                let to_people = w.norm(j).starts_with("لل") && is_to_people_or_time(w.norm(j));
                // ("مكتب الرئيس" is the president's office; a rank, "التحالف العميد …", never
                // follows a head in its name.)
                let rank = w.definite(j) && is_rank_before_name(w.norm(j));
                // ("وترأست البعثة الخبيرة الإيطالية كيارا …": a title after a definite head is the
                // subject's, not the body's name.)
                if conjoined || to_people || rank || (j > i + 1 || head_definite) && w.definite(j) && w.title_at(j).is_some() {
                    break;
                }
                if adjectives == 0 && !named {
                    if let Some((_, end)) = w.place_at(j).filter(|(s, _)| s.clitic_chars == 0) {
                        // "قناة أذربيجان", "وكالة أنباء الشرق الأوسط"
                        named = true;
                        j = end;
                        continue;
                    }
                }
                // "محكمة الاستئناف بالدار البيضاء", "شركة الصرف الصحي بالإسكندرية": ب and the city a
                // local body serves end its name (a university's, "جامعة … بالعين", is only where
                // it is); ب and any other word is no part of it.
                if j > i + 1 && w.norm(j).starts_with('ب') && w.norm(j).chars().count() > 3 {
                    let city = w.place_at(j).filter(|(s, e)| s.clitic_chars == 1 && (j..*e).all(ok) && w.same_line(i, e - 1)).map(|(_, e)| e);
                    if w.definite(j) || city.is_some() {
                        if let Some(end) = city.filter(|_| !w.norm(i).ends_with("جامعه")) {
                            j = end;
                        }
                        break;
                    }
                }
                // ("وكالة أنباء الإمارات", "وكالة أخبار مصر": or in construct with a place.)
                let construct = !w.definite(j)
                    && w.tokens.get(j + 1).is_some()
                    && w.same_line(j, j + 1)
                    && (w.definite(j + 1) || ok(j + 1) && w.place_at(j + 1).is_some_and(|(s, _)| s.clitic_chars == 0));
                // "وزارة النقل والاتصالات وتقنية المعلومات": after nouns joined by و, one more with the
                // noun it governs.
                if construct && last_joined == Some(j - 1) && ok(j + 1) && w.norm(j).starts_with('و') && !w.is_function_word(j) && w.title_at(j).is_none() && !w.is_function_word(j + 1) && w.title_at(j + 1).is_none() && !w.is_nisba(j + 1) {
                    nouns += 1;
                    last_joined = Some(j + 1);
                    j += 2;
                    continue;
                }
                // (Not a title: "اتحاد الكتاب السودانيين الروائي …" ends before "الروائي".)
                // ("منظمة إقليمية": a bare word ending in ية is an adjective, not a name.)
                // (Not after a definite word: "جهاز الاستثمار العماني اتفاقية" ends before the object.)
                let bare_feminine_adjective = !head_definite && !w.definite(j) && (i + 1..j).all(|k| !w.definite(k)) && w.norm(j).ends_with("يه") && w.norm(j).chars().count() >= 5 && crate::tagger::names::name_class(w.norm(j)) == "-";
                if w.is_definite_adjective(j) && w.title_at(j).is_none() || bare_feminine_adjective {
                    adjectives += 1;
                    bare_adjectives += usize::from(!w.definite(j));
                } else if adjectives == 0 && (w.definite(j) || construct && j == i + 1 && !head_definite) && !w.is_function_word(j) && nouns < 2 && !named {
                    nouns += 1;
                // (After a title and the organisation's noun, a known given name is the title
                // holder's: "رئيس نادي الزمالك حسين لبيب".)
                } else if adjectives == 0 && !named && (if head_definite { nouns > 0 && after_title } else { nouns == 0 || after_title }) && w.name_like(j) && !w.norm(j).starts_with('و') && !(after_title && nouns > 0 && crate::tagger::names::name_class(w.norm(j)) == "given") {
                    // "شركة أرامكو"; after a definite head a bare word is the sentence's verb ("الوزارة أعدت"),
                    // or after a title the name of its holder ("رئيس الاتحاد عثمان …").
                    named = true;
                    bare_name = Some(j);
                } else {
                    break;
                }
                j += 1;
            }
            // "القيادة العامة للقوات المسلحة", "هيئة دبي للطيران المدني": ل + the article and a
            // singular adjective after it complete the name (not "للمواطنين", to whom something
            // was given).
            let adjective = |k: usize| {
                let n = w.norm(k);
                w.word(k) && n.starts_with("ال") && n.chars().count() > 4 && (n.ends_with('ي') || n.ends_with('ه')) && w.title_at(k).is_none() && !w.is_function_word(k)
            };
            let mut lam_phrase = false;
            if j > i + 1 && ok(j) && w.same_line(i, j) && w.word(j) && w.norm(j).starts_with("لل") && !is_to_people_or_time(w.norm(j)) {
                // After a name ("جهاز قطر للاستثمار", "وكالة رويترز للأنباء") the ل phrase is
                // the name's even without an adjective; so it is after a definite head and its
                // adjective ("الوكالة الوطنية للإعلام", "الهيئة العامة للاستثمار"), or after a
                // head's noun and adjective ("حزب التجمع الوطني للأحرار").
                // (Or after two nouns: "مجموعة المكتب الشريف للفوسفات".)
                if named || (head_definite || nouns > 0) && adjectives > 0 || head_definite && nouns > 0 || nouns >= 2 && last_joined.is_none() || ok(j + 1) && w.same_line(i, j + 1) && adjective(j + 1) {
                    lam_phrase = true;
                    j += 1;
                    while ok(j) && w.same_line(i, j) && adjective(j) {
                        j += 1;
                    }
                }
            } else if j > i + 1 && (i + 1..j).any(|k| w.norm(k).starts_with("لل")) {
                // The loop took the ل word as a noun of the name: its adjectives follow it (all
                // of them: "الهيئة العامة للمناطق الاقتصادية الخاصة").
                lam_phrase = true;
                while ok(j) && w.same_line(i, j) && adjective(j) {
                    j += 1;
                }
            }
            // "المرصد السوري لحقوق الإنسان", "الجمعية المغربية لحماية المال العام": after a
            // national body's adjective, ل + a noun and the definite noun it governs (with their
            // adjectives) complete the name.
            let lam_noun = |k: usize| ok(k) && w.same_line(i, k) && w.lam_noun(k);
            let governed = |k: usize| ok(k) && w.same_line(i, k) && w.word(k) && w.definite(k) && !w.is_function_word(k) && w.title_at(k).is_none() && !w.is_nisba(k);
            // (Only after a country's adjective: without the ل phrase, "المؤسسة الألمانية", "النادي
            // الكاتالوني" describe a body named elsewhere.)
            // (Or an adjective and ل + the article: "المندوبية السامية للتخطيط"; with a second
            // adjective: "الجامعة الملكية المغربية لكرة القدم".)
            // (Not ل + another organisation's head: "المجموعة النيابية لحزب العدالة والتنمية" is
            // the party's group; the party is named on its own.)
            // (What the ل noun governs may come after a second noun joined by و, "لعلاج وأبحاث
            // السرطان", or be a bare noun and the definite word or place it governs in turn, "لنقابات
            // عمال مصر".)
            let lam_governed_end = |k: usize| -> Option<usize> {
                if !lam_noun(k) {
                    return None;
                }
                let bare_noun = |m: usize| ok(m) && w.same_line(i, m) && w.word(m) && !w.definite(m) && !w.is_function_word(m) && w.title_at(m).is_none() && !w.has_tanwin(m);
                let mut m = k + 1;
                if bare_noun(m) && w.norm(m).starts_with('و') && governed(m + 1) {
                    m += 1;
                }
                if governed(m) {
                    return Some(m + 1);
                }
                if !bare_noun(m) || w.norm(m).starts_with('و') {
                    return None;
                }
                // (A definite word there is not enough: "البنك الدولي لكلفة إعادة الإعمار" is the
                // bank's estimate of a cost.)
                if !ok(m + 1) {
                    return None;
                }
                w.place_at(m + 1).filter(|(s, e)| s.clitic_chars == 0 && (m + 1..*e).all(ok) && w.same_line(i, e - 1)).map(|(_, e)| e)
            };
            let lam_governed = (j == i + 2 || j == i + 3 && adjectives == 2) && lam_noun(j) && !w.stems(j).any(|s| cues::org_head(&s.stem).is_some());
            let lam_construct_end = lam_governed.then(|| lam_governed_end(j)).flatten();
            let lam_construct = lam_construct_end.is_some();
            // ("الجامعة الأردنية", "الجامعة اللبنانية": a university is named by its country alone.)
            let university = national && w.norm(i).ends_with("الجامعه") && adjectives == 1 && w.is_nisba(i + 1);
            let unnamed_national = national && !lam_construct && !lam_phrase && !university;
            // (So does a listed head with the article and its adjective: "الهيئة القومية لمياه
            // الشرب والصرف الصحي".)
            let listed_construct = !national && head_definite && adjectives >= 1 && nouns == 0 && lam_construct;
            // (And after a name: "مركز الوكرة لعلاج الأورام".)
            if let Some(end) = lam_construct_end.filter(|_| national || listed_construct || named) {
                j = end;
                while ok(j) && w.same_line(i, j) && (adjective(j) || matches!(w.norm(j), "العام" | "العامه")) {
                    j += 1;
                }
            }
            // "الجهاز المركزي للتعبئة العامة والإحصاء", "الهيئة السعودية للبيانات والذكاء
            // الاصطناعي": after a ل phrase, nouns joined by و (and their adjectives) are more of
            // the fields it names; not another body ("والبنك الدولي", "والأمم المتحدة").
            if lam_phrase || (national || listed_construct || named) && lam_construct {
                // (Not a title, "والرئيس الأعلى للمجموعة"; nor a noun with a complement of its own,
                // "والمفتشية العامة للإدارة", "والوقاية من الرشوة": another body, or more than we
                // can read.)
                let field = |k: usize| {
                    ok(k) && w.same_line(i, k) && w.word(k) && !w.is_function_word(k) && !w.is_nisba(k) && w.title_at(k).is_none() && w.known_org_at(k).is_none()
                        && w.stems(k).any(|s| s.proclitics.as_slice() == ['و'] && s.stem.strip_prefix("ال").is_some_and(|bare| bare.chars().count() >= 3 && cues::org_head(bare).is_none() && cues::org_head(&s.stem).is_none() && !cues::is_title(bare)))
                };
                while field(j) {
                    let mut end = j + 1;
                    while ok(end) && w.same_line(i, end) && adjective(end) {
                        end += 1;
                    }
                    let complement = ok(end) && w.same_line(i, end) && (w.norm(end).starts_with("لل") || w.lam_noun(end) || matches!(w.norm(end), "من" | "عن"));
                    if complement {
                        break;
                    }
                    j = end;
                }
            }
            // "تحالف القوى الديمقراطية من أجل التغيير", "الاتحاد من أجل المتوسط": "for" and the
            // definite noun it governs (with its adjectives) are the name's.
            if ok(j + 2) && w.same_line(i, j + 2) && w.norm(j) == "من" && w.norm(j + 1) == "اجل" && governed(j + 2) {
                j += 3;
                while ok(j) && w.same_line(i, j) && adjective(j) {
                    j += 1;
                }
            }
            let modifiers = j - i - 1;
            // "شركة صينية", "وكالة دولية": a kind of organisation, not one named.
            // ("شركة غاز أمريكية": a bare noun and a bare adjective are a kind too.)
            // ("منظمة إقليمية ودولية": two bare adjectives joined by و are a kind too.)
            let bare_joined = j == i + 3 && bare_adjectives == 1 && !w.definite(i + 2) && w.norm(i + 2).starts_with('و') && (w.norm(i + 2).ends_with("يه") || w.norm(i + 2).ends_with('ي'));
            let generic = !head_definite && (modifiers == bare_adjectives || bare_joined || bare_adjectives > 0 && (i + 1..j).all(|k| !w.definite(k)) && w.is_nisba(j - 1));
            // ("وزارة الصحة في غزة": the place it serves makes a generic name one body.)
            let for_place = nouns > 0 && ok(j) && w.norm(j) == "في" && w.place_at(j + 1).is_some_and(|(s, _)| s.clitic_chars == 0);
            // ("الجامعة الأميركية في بيروت": a university's city is part of its name.)
            if university && ok(j) && w.norm(j) == "في" {
                if let Some((_, end)) = w.place_at(j + 1).filter(|(s, end)| s.clitic_chars == 0 && w.same_line(i, end - 1) && (j + 1..*end).all(ok)) {
                    j = end;
                }
            }
            // ("المنظمة الدولية", "الوكالة الأممية": a body named before, referred to again.)
            let referred = head_definite && modifiers == 1 && matches!(w.norm(i + 1), "الدوليه" | "الامميه" | "العالميه");
            // ("مجلس إدارة الشركة", "هيئة الحكم": a company's board, a court's bench.)
            let board = !head_definite && i + 1 < n && is_board(w.norm(i + 1)) || referred;
            if modifiers > 0 && !generic && !unnamed_national && !board && (!needs_modifier || adjectives > 0 || named || nouns > 0 && (modifiers > 1 || !head_definite && !is_board(w.norm(i + 1))) || for_place) {
                // A name in quotation marks right after the organisation: "وكالة الأنباء «…»".
                out.extend(quoted_name(w, j).map(quoted_organisation));
                out.push(Candidate {
                    tokens: i..j,
                    kind: EntityType::Organization,
                    source: Source::OrganizationHead,
                    clitic_chars: seg.clitic_chars,
                    restores_article: restores(seg, w.norm(i)),
                    role: None,
                    // A bare word that ends the name ("لجنة مشتركة") needs the tagger's word.
                    // After a title ("مدير مركز الأبحاث X") the context vouches for it.
                    needs_tagger: bare_name.filter(|&b| b + 1 == j && !after_title),
                });
            } else if modifiers == 0 && !head_definite {
                // The head, then its name in quotation marks: "لإذاعة "حسنى"", "شركة «نور»".
                out.extend(quoted_name(w, i + 1).map(quoted_organisation));
            }
        }
        // 3. Title + name: "الرئيس الروسي فلاديمير بوتين", "لرئيس الوزراء الأرميني نيكول باشينيان".
        if let Some((seg, mut name_start)) = title_phrase(w, i) {
            // The name's words; "العميد عمر الطعاني": a given name takes a family name with the article.
            let name_len = |start: usize| {
                let len = if ok(start) { name_run(w, start, 4) } else { 0 };
                let surname = start + 1;
                // (A nisba after a given name is a family name too: "ليلى الحمصي", "محمد المصري";
                // a nationality comes before the name.)
                let family = len == 1 && ok(surname) && w.same_line(start, surname) && w.definite(surname) && w.word(surname) && !w.is_function_word(surname) && w.title_at(surname).is_none() && cues::org_head(w.norm(surname)).is_none() && crate::tagger::names::name_class(w.norm(start)) == "given"
                    // (Not a feminine adjective, "مدينة الملك عبدالله الرياضية", unless a known name.)
                    && !(w.norm(surname).ends_with("يه") && crate::tagger::names::name_class(w.norm(surname)) == "-");
                // ("المهندس خالد راشد النقبي،": after two or three words, a family name with the
                // article that ends the clause.)
                let ends_clause = |k: usize| k >= n || w.punct(k, "،,.:") || matches!(w.norm(k), "ان" | "انه" | "انها" | "بان");
                // (The article written, no clitic before it; a nisba is a family name here: "النقبي".)
                let family_word = |k: usize| w.norm(k).starts_with("ال") && w.word(k) && !w.is_function_word(k) && w.title_at(k).is_none() && cues::org_head(w.norm(k)).is_none() && !is_time_noun(w.norm(k));
                // (Not after a regnal number: "الملك فيصل الثاني الوفد،".)
                let last_family = (2..=3).contains(&len) && !ends_with_regnal_number(w, start..start + len) && ok(start + len) && w.same_line(start, start + len) && family_word(start + len) && ends_clause(start + len + 1);
                // ("اللواء عبد المنعم الطيب حمدان،": a word with the article inside a name that a bare
                // word ends at the clause's end.)
                let inner_family = (2..=3).contains(&len) && !ends_with_regnal_number(w, start..start + len) && ok(start + len + 1) && w.same_line(start, start + len + 1) && family_word(start + len) && w.name_like(start + len + 1) && ends_clause(start + len + 2)
                    // (Not "محمد الشعري فيرى أن": ف or و and a verb.)
                    && ![w.norm(start + len + 1), without_conjunction(w.norm(start + len + 1)), w.norm(start + len + 1).strip_prefix('ف').unwrap_or("")].into_iter().any(|v| crate::quotes::verbs::verb(v).is_some());
                if family {
                    2
                } else if last_family {
                    len + 1
                } else if inner_family {
                    len + 2
                } else {
                    len
                }
            };
            // "المدير العام للوكالة الدولية للطاقة الذرية (IAEA)، ماركوس هالفورسن، إن …", "وزير
            // العدل، عبد الحق الإدريسي، …": the name set off by commas after the title (and an
            // abbreviation in parentheses), two words or more.
            let mut role_end = None;
            let mut set_off_len = None;
            {
                let mut k = name_start;
                // ("رئيس «آفاد»، أوكتاي يلدريم،": the organisation's name in marks is the title's.)
                if let Some(inner) = quoted_name(w, k) {
                    if w.quote_mark(inner.end) {
                        k = inner.end + 1;
                    }
                }
                // ("القيادي في حركة حماس، سامي أبو شمالة،", "وزير الدولة للذكاء الاصطناعي … وتطبيقات
                // العمل عن بعد، سلطان الظاهري،": the rest of the title, a few words with no verb
                // and no أن, up to the comma.)
                if w.word(k) {
                    let rest_of_title = |j: usize| w.word(j) && w.same_line(i, j) && !matches!(w.norm(j), "ان" | "انه" | "انها") && crate::quotes::verbs::verb(w.norm(j)).is_none();
                    if let Some(comma) = (k..(k + 10).min(n)).find(|&j| !rest_of_title(j)).filter(|&c| w.punct(c, "،,")) {
                        k = comma;
                    }
                }
                let title_end = k;
                if w.punct(k, "(") {
                    if let Some(close) = (k + 1..(k + 5).min(n)).find(|&j| w.punct(j, ")")) {
                        if (k + 1..close).all(|j| !w.arabic(j)) {
                            k = close + 1;
                        }
                    }
                }
                if k + 1 < n && w.punct(k, "،,") && w.same_line(i, k + 1) {
                    // ("، الدكتور عبدالعزيز الكواري،": a rank before the name is not its word.)
                    // (Nor is a nationality: "، المصري عمر منصور،".)
                    let rank = usize::from(is_rank_before_name(w.norm(k + 1)) || is_form_of_address(w.norm(k + 1)) || w.definite(k + 1) && w.is_nisba(k + 1));
                    let mut len = name_len(k + 1 + rank);
                    let k = k + rank;
                    // ("عبد الحق الإدريسي،": a family name with the article before the comma.)
                    // (Or "عثمان الطيب إدريس،": every word up to the comma, four at most, a name's.)
                    let ends_name = |j: usize| j >= n || !w.same_line(k, j) || w.punct(j, "،,.:");
                    let family = |j: usize| j + 1 < n && w.definite(j) && w.word(j) && !w.is_function_word(j) && !w.is_nisba(j) && w.title_at(j).is_none() && ends_name(j + 1);
                    if len >= 1 && !ends_name(k + 1 + len) && family(k + 1 + len) {
                        len += 1;
                    }
                    // ("، الحبيب الطرخاني،": a given name that takes the article, then a family name.)
                    let given_with_article = |j: usize| j < n && w.definite(j) && w.norm(j).strip_prefix("ال").is_some_and(|bare| crate::tagger::names::name_class(bare) == "given");
                    if len == 0 && given_with_article(k + 1) && !ends_name(k + 2) && family(k + 2) {
                        len = 2;
                    }
                    if len >= 1 && !ends_name(k + 1 + len) {
                        let stop = (k + 1 + len..(k + 5).min(n)).find(|&j| !(w.word(j) && w.same_line(k, j) && !w.is_function_word(j) && w.title_at(j).is_none() && !w.is_nisba(j)));
                        if let Some(stop) = stop.filter(|&j| ends_name(j)) {
                            len = stop - (k + 1);
                        }
                    }
                    // (It must look like a name: no conjunction first, "، وتوقع اتفاقيتين،", and
                    // a known name word or one shaped like a name.)
                    let names = crate::tagger::names::name_class;
                    let looks_like_name = |r: Range<usize>| {
                        let first = w.norm(r.start);
                        (!first.starts_with(['و', 'ف']) || names(first) != "-") && r.clone().any(|j| names(w.norm(j)) != "-" || given_with_article(j) || crate::tagger::names::name_likeness(w.norm(j)) >= 1.5)
                    };
                    // (The name may end the sentence, "…، كلير فونتين.", or come before a colon.)
                    let end = k + 1 + len;
                    // (Or any two or three words set off right before what they said: "رئيس النادي
                    // الهاوي، بوعلام قادري، أن …".)
                    // (Or with where it was said between: "…، أوزان بيلغين، في بيان مكتوب، إن …".)
                    let that = |j: usize| j < n && matches!(w.norm(j), "ان" | "انه" | "انها" | "بان");
                    let said_where = |j: usize| {
                        j < n && matches!(w.norm(j), "في" | "خلال" | "عبر" | "امام")
                            && (j + 1..(j + 6).min(n)).find(|&c| !(w.word(c) && w.same_line(j, c))).is_some_and(|c| w.punct(c, "،,") && that(c + 1))
                    };
                    let reported = (2..=3).contains(&len) && end + 1 < n && w.punct(end, "،,") && (that(end + 1) || said_where(end + 1)) && !w.norm(k + 1).starts_with(['و', 'ف']);
                    // (Nor a title and its complement: in "الدكتور خالد المهندي، وزير الصحة،" the
                    // name came first; a title that is also a given name may start one, "سلطان
                    // الظاهري".)
                    let title_first = k + 2 < n && w.title_at(k + 1).is_some() && cues::is_title_complement(w.norm(k + 2));
                    if len >= 2 && ends_name(end) && (looks_like_name(k + 1..k + 1 + len) || reported) && !title_first {
                        role_end = Some(title_end);
                        name_start = k + 1;
                        set_off_len = Some(len);
                    }
                }
            }
            // "عضوة الكنيست عن حزب العمل ميراف ميخائيلي", "النائب عن كتلة الوفاء أحمد …": the
            // party or bloc the title is for, a head and up to two words, then a name of two
            // words or more.
            if role_end.is_none() && ok(name_start) && w.norm(name_start) == "عن" && name_start + 1 < n && w.stems(name_start + 1).any(|s| cues::org_head(&s.stem).is_some()) {
                if let Some(start) = (name_start + 2..(name_start + 5).min(n)).find(|&k| !w.definite(k) && name_len(k) >= 2 && (name_start + 2..k).all(|j| w.word(j) && !w.is_function_word(j))) {
                    name_start = start;
                }
            }
            // "منسقة الشؤون الإنسانية في السودان كليمنتين نكويتا سلامي": the place the title is
            // for, then a name of two words or more.
            // ("رئيسة بعثة الصندوق إلى الأردن ماريا فيرنانديز", "سفير مصر لدى فرنسا …": the place
            // it is sent to.)
            if ok(name_start) && cues::is_posting_preposition(w.norm(name_start)) {
                if let Some((_, end)) = w.place_at(name_start + 1) {
                    if end < n && w.same_line(name_start, end) && name_len(end) >= 2 {
                        name_start = end;
                    }
                } else if w.norm(name_start) == "في" {
                    // "الطبيبة المتخصصة في الأمراض الصدرية رنا الحديدي": the field, words with the
                    // article, then a name that starts with a known given name.
                    // ("في حكومة تصريف الأعمال": bare nouns in construct, then one with the article.)
                    let mut end = name_start + 1;
                    let mut last_definite = false;
                    while end < n && end - name_start <= 4 && ok(end) && w.same_line(name_start, end) && !w.is_function_word(end) && w.title_at(end).is_none() && (w.definite(end) || !last_definite && end + 1 < n && crate::tagger::names::name_class(w.norm(end)) == "-") {
                        last_definite = w.definite(end);
                        end += 1;
                    }
                    if !last_definite {
                        end = name_start + 1;
                    }
                    let given = |k: usize| k < n && crate::tagger::names::name_class(w.norm(k)) != "-";
                    if end > name_start + 1 && given(end) && name_len(end) >= 2 {
                        name_start = end;
                    }
                }
            }
            let len = set_off_len.unwrap_or_else(|| name_len(name_start));
            // "رئيس سابق للإدارة الرئاسية لحيدر علييف": a name after a preposition is another
            // person, mentioned inside the title, not the one it describes; so is a known given
            // name after ل right after a title word ("قال الوزير لسامي حداد"), where a name
            // starting with ب is the titled person's own ("الرئيس بوتين"). A name that is one as
            // it is written keeps its first letter ("المدرب الإسباني لويس إنريكي").
            let names = crate::tagger::names::name_class;
            let governed = (len > 0 && names(w.norm(name_start)) == "-")
                .then(|| {
                    w.stems(name_start).find(|s| match s.proclitics.as_slice() {
                        // (ب only before a known name: "رئيس الوزراء البلجيكي بارت دي ويفر".)
                        ['ل'] if name_start > i + 1 => s.stem.chars().count() >= 3,
                        ['ب'] if name_start > i + 1 => s.stem.chars().count() >= 3 && names(&s.stem) != "-",
                        ['ل'] => names(&s.stem) == "given",
                        _ => false,
                    })
                })
                .flatten();
            if let Some(seg) = governed {
                out.push(Candidate {
                    tokens: name_start..name_start + len,
                    kind: EntityType::Person,
                    source: Source::TitledPerson,
                    clitic_chars: seg.clitic_chars,
                    restores_article: false,
                    role: None,
                    needs_tagger: None,
                });
            } else if len > 0 {
                let role_tokens = i..role_end.unwrap_or(name_start);
                // A lone "السيد"/"الشيخ" is a form of address, not a role.
                let role = (!(name_start == i + 1 && is_form_of_address(&seg.stem))).then_some(role_tokens);
                out.push(Candidate {
                    tokens: name_start..name_start + len,
                    kind: EntityType::Person,
                    // (A name set off by commas after its title is vouched for as an apposition is.)
                    source: if role_end.is_some() { Source::SpeakerOrApposition } else { Source::TitledPerson },
                    clitic_chars: 0,
                    restores_article: false,
                    role: role.map(|r| r.start..r.end),
                    needs_tagger: None,
                });
            }
        }
        // 4. Places from the gazetteer.
        if let Some((seg, end)) = w.place_at(i) {
            // A dateline, "مسقط: «الشرق الأوسط»", "أنقرة/ الأناضول", "بورتسودان - الجزيرة نت": the
            // name after the city, alone on the rest of its line, is the news outlet's.
            let line_start = i == 0 || !w.same_line(i - 1, i);
            if line_start && seg.clitic_chars == 0 && (w.punct(end, ":") || w.punct(end, "/") || w.punct(end, "-–—")) && end + 1 < n && w.same_line(end, end + 1) {
                let line_end = (end + 1..n).find(|&j| !w.same_line(end, j)).unwrap_or(n);
                // (Not a reporter's byline: "المحلة الكبرى - محمود الشناوي" starts with a given name.)
                let byline = crate::tagger::names::name_class(w.norm(end + 1)) == "given";
                let outlet = quoted_name(w, end + 1).filter(|r| r.end + 1 == line_end)
                    .or_else(|| (!byline && line_end - (end + 1) <= 3 && (end + 1..line_end).all(|j| w.word(j) && !w.is_function_word(j))).then_some(end + 1..line_end));
                if let Some(outlet) = outlet {
                    out.push(Candidate { tokens: outlet, kind: EntityType::Organization, source: Source::KnownOrganization, clitic_chars: 0, restores_article: false, role: None, needs_tagger: None });
                }
            }
            // ("نهر العاصي، الذي ينبع من …": after a relative pronoun comes its verb, not a place
            // that shares its letters.)
            let after_relative = i > 0 && w.same_line(i - 1, i) && seg.clitic_chars == 0 && end == i + 1 && matches!(w.norm(i - 1), "الذي" | "التي" | "الذين" | "اللذين" | "اللتين" | "اللواتي");
            if (i..end).all(ok) && !currency_after_amount(w, i..end) && !after_relative {
                out.push(Candidate {
                    tokens: i..end,
                    kind: EntityType::Place,
                    source: Source::Gazetteer,
                    clitic_chars: seg.clitic_chars,
                    restores_article: restores(seg, w.norm(i)),
                    role: None,
                    needs_tagger: None,
                });
            }
        }
        // 5. Place heads: "ممر X", "مدينة X".
        if let Some(seg) = w.stem_with(i, |f| f.has(Facts::PLACE_HEAD)) {
            let keep_head = cues::place_head(&seg.stem) == Some(true);
            let mut len = if ok(i + 1) { name_run(w, i + 1, 2) } else { 0 };
            // "في مخيم صغير", "في مخيم مجاور": the common adjectives after such a head name no place.
            // ("إلى ولاية ثانية": so are their feminines.)
            let n = if len > 0 { w.norm(i + 1) } else { "" };
            if len > 0 && (matches!(n, "صغير" | "كبير" | "مجاور" | "جديد" | "قديم" | "اخر" | "عشوائي" | "مؤقت" | "رئيسي" | "قريب" | "بعيد" | "واحد" | "ثان" | "ثالث" | "اخري" | "ثانيه" | "ثالثه" | "واحده") || n.ends_with('ه') && matches!(&n[..n.len() - 'ه'.len_utf8()], "صغير" | "كبير" | "مجاور" | "جديد" | "قديم" | "عشوائي" | "مؤقت" | "رئيسي" | "قريب" | "بعيد")) {
                len = 0;
            }
            // ("عاصمة ولاية شمال دارفور": another head is no name; "ميناءً ناجحاً", with tanwin, is
            // a port, not one named; "في 24 ولاية رصدوا …" counts provinces, it names none.)
            let counted = i > 0 && w.same_line(i - 1, i) && w.tokens[i - 1].kind == TokenKind::Number;
            if len > 0 && (w.stem_with(i + 1, |f| f.has(Facts::PLACE_HEAD)).is_some() || w.has_tanwin(i) || counted) {
                len = 0;
            }
            // ("منطقة لوجستية", "منطقة صناعية": so are the bare adjectives in ية after "منطقة", unless a
            // name; after other heads such a word is as often a name: "ولاية ملاطية", "مدينة أنطاكية".)
            if len > 0 && seg.stem == "منطقه" && n.ends_with("يه") && !w.definite(i + 1) && w.place_at(i + 1).is_none() && crate::tagger::names::name_class(n) == "-" {
                len = 0;
            }
            // "إقليم اشتوكة آيت باها": a word that begins place names as the second word takes the
            // next one too.
            if len == 2 && ok(i + 3) && w.same_line(i, i + 3) && starts_place_name(w.norm(i + 2)) && w.name_like(i + 3) {
                len = 3;
            }
            // "استاد الأمير محمد بن فهد", "ملعب الشيخ زايد": a place kept with its head may be named
            // after someone, with the rank before the name.
            if len == 0 && keep_head && ok(i + 1) && ok(i + 2) && w.same_line(i, i + 2) && names_a_place_after(w.norm(i + 1)) {
                let named_after = name_run(w, i + 2, 4);
                if named_after > 0 {
                    len = 1 + named_after;
                }
            }
            // "بلدة عين الحلوة", "مخيم دير البلح": a word that begins place names takes the word
            // with the article after it.
            if len == 1 && ok(i + 2) && starts_place_name(n) && w.family_name_with_article(i + 2) && w.same_line(i, i + 2) {
                len = 2;
            }
            // "قرية بازوايا شرقي الموصل", "مخيم زمزم قرب الفاشر": a compass word, or "near", says
            // where the place lies, from the next.
            if len == 2 && matches!(w.norm(i + 2), "شرقي" | "غربي" | "شمالي" | "جنوبي" | "شرق" | "غرب" | "شمال" | "جنوب" | "قرب") {
                len = 1;
            }
            // "ولاية شمال دارفور", "محافظة جنوب سيناء": after the head of a province, a compass
            // word is part of its name (where "شمال سوريا" alone is a part of a country).
            let province = matches!(seg.stem.as_str(), "ولايه" | "اقليم" | "محافظه" | "مقاطعه" | "منطقه");
            // "ولاية الجزيرة": after the head of a province, a known organisation's one-word name
            // is the province's (the organisation's candidate is dropped below).
            if province && seg.clitic_chars == 0 && ok(i + 1) && w.definite(i + 1) && w.known_org_at(i + 1) == Some(i + 2) {
                provinces.push(i + 1..i + 2);
                out.push(Candidate { tokens: i + 1..i + 2, kind: EntityType::Place, source: Source::PlaceHead, clitic_chars: 0, restores_article: false, role: None, needs_tagger: None });
            }
            if province && ok(i + 1) && matches!(w.norm(i + 1), "شمال" | "جنوب" | "شرق" | "غرب" | "وسط") {
                if let Some((_, end)) = w.place_at(i + 2).filter(|(s, end)| s.clitic_chars == 0 && (i + 2..*end).all(ok) && w.same_line(i, end - 1)) {
                    out.push(Candidate { tokens: i + 1..end, kind: EntityType::Place, source: Source::Gazetteer, clitic_chars: 0, restores_article: false, role: None, needs_tagger: None });
                }
            }
            // "استاد عبد العزيز الفولي", "مطار رفيق الحريري": a facility named after a person ends
            // with the family name with the article too.
            let facility = keep_head && matches!(seg.stem.as_str(), "استاد" | "ستاد" | "مطار" | "معبر");
            if facility && len > 0 && ok(i + 1 + len) && w.same_line(i, i + 1 + len) && w.family_name_with_article(i + 1 + len) {
                len += 1;
            }
            // "استاد القاهرة الدولي", "مطار دبي": a facility named after its city, with the
            // adjective that completes its name.
            if facility && seg.clitic_chars == 0 {
                if let Some((_, end)) = w.place_at(i + 1).filter(|(s, end)| s.clitic_chars == 0 && (i + 1..*end).all(ok) && w.same_line(i, end - 1)) {
                    let completes = |k: usize| ok(k) && w.same_line(i, k) && matches!(w.norm(k), "الدولي" | "الجديد" | "الاولمبي" | "القديم");
                    let end = if completes(end) { end + 1 } else { end };
                    out.push(Candidate { tokens: i..end, kind: EntityType::Place, source: Source::Gazetteer, clitic_chars: 0, restores_article: false, role: None, needs_tagger: None });
                }
            }
            // "محافظة الأحمدي", "مخيم الهول": after the indefinite head of a province, a town or a
            // camp (not "مقاطعة", as often a boycott: "مقاطعة الاقتراع"), a word with the article
            // (in construct, so no adjective of the head) that is no title or organisation is its
            // name; so after a river's, a mountain's or a gulf's, with the head ("نهر العاصي",
            // "جبال النوبة"). (Not people in the plural, "مخيم اللاجئين", "قرية الصيادين"; nor a
            // span of time, "في بحر الأسبوع".)
            let administrative = matches!(seg.stem.as_str(), "محافظه" | "ولايه" | "اقليم" | "مدينه" | "بلده" | "قريه" | "مخيم");
            let natural = matches!(seg.stem.as_str(), "نهر" | "جبل" | "جبال" | "بحر" | "خليج" | "جزيره" | "جزر" | "مضيق" | "صحراء");
            let plural = |n: &str| (n.ends_with("ين") || n.ends_with("ون") || n.ends_with("ات")) && crate::tagger::names::name_class(n) == "-";
            let named_by_definite = len == 0 && (administrative || natural) && !seg.stem.starts_with("ال") && ok(i + 1) && w.same_line(i, i + 1)
                && w.family_name_with_article(i + 1) && !plural(w.norm(i + 1)) && !is_time_noun(w.norm(i + 1))
                && w.place_at(i + 1).is_none() && w.known_org_at(i + 1).is_none();
            if named_by_definite {
                let start = if natural { i } else { i + 1 };
                out.push(Candidate { tokens: start..i + 2, kind: EntityType::Place, source: Source::PlaceHead, clitic_chars: if natural { seg.clitic_chars } else { 0 }, restores_article: natural && restores(seg, w.norm(i)), role: None, needs_tagger: None });
            }
            if len > 0 && w.place_at(i + 1).is_none() {
                let (start, clitic_chars, restores_article) =
                    if keep_head { (i, seg.clitic_chars, restores(seg, w.norm(i))) } else { (i + 1, 0, false) };
                out.push(Candidate {
                    tokens: start..i + 1 + len,
                    kind: EntityType::Place,
                    source: Source::PlaceHead,
                    clitic_chars,
                    restores_article,
                    role: None,
                    needs_tagger: None,
                });
            }
        }
        // 5b. Places listed after a dual or plural place head: "في محافظتي الزرقاء والمفرق",
        //     "قرى العامرية وكينج مريوط", "مدينتي بلانتاير وزومبا".
        // ("مدناً مثل خريبكة ووادي زم": or after "مثل".)
        if w.stems(i).any(|s| is_place_heads(&s.stem)) {
            let first = if ok(i + 1) && w.norm(i + 1) == "مثل" { i + 2 } else { i + 1 };
            out.extend(place_list(w, first, &ok));
        }
        // 6. Speaker of a speech verb with an apposition, or a name then an apposition:
        //    "قال تورال غانجالي، عضو البرلمان"، "يعتقد X Y، مدير مركز …".
        if w.stem_with(i, |f| f.has(Facts::SPEECH_VERB)).is_some() && ok(i + 1) && w.title_at(i + 1).is_none() {
            // (A name with a link, "ريم بنت خالد البلوشية", has a word more.)
            let max = if ok(i + 2) && matches!(w.norm(i + 2), "بن" | "بنت") { 4 } else { 3 };
            let mut len = name_run(w, i + 1, max);
            // ("وقالت هورامي لشفق نيوز": ل and a word that is no known name is to whom she spoke.)
            if len >= 2 && w.norm(i + 2).starts_with('ل') && crate::tagger::names::name_class(w.norm(i + 2)) == "-" && w.stems(i + 2).any(|s| s.proclitics.as_slice() == ['ل']) {
                len = 1;
            }
            // "قالت ليلى الأحمد، الباحثة …": a family name with the article, when an apposition
            // follows and vouches for the name.
            if (1..max).contains(&len) && ok(i + 1 + len) && w.definite(i + 1 + len) && !w.is_nisba(i + 1 + len) && !w.is_function_word(i + 1 + len) && apposition(w, i + 2 + len).is_some() {
                len += 1;
            }
            if len >= 2 || len == 1 && apposition(w, i + 2).is_some() {
                let role = apposition(w, i + 1 + len);
                out.push(Candidate {
                    tokens: i + 1..i + 1 + len,
                    kind: EntityType::Person,
                    source: Source::SpeakerOrApposition,
                    clitic_chars: 0,
                    restores_article: false,
                    role,
                    needs_tagger: None,
                });
            }
        }
    }
    out.retain(|c| !(c.source == Source::KnownOrganization && provinces.contains(&c.tokens)));
    // Appositions after a titled name: "الرئيس X، وهو …" adds the role to the same candidate.
    for c in out.iter_mut().filter(|c| c.kind == EntityType::Person && c.role.is_none()) {
        c.role = apposition(w, c.tokens.end);
    }
    // "المتحدث الرسمي باسم الوزارة، الدكتور عبدالعزيز الكواري،": the same name read after the
    // office and after the rank keeps the office, the longer role.
    let role_len = |c: &Candidate| c.role.as_ref().map_or(0, |r| r.len());
    let mut longest: rustc_hash::FxHashMap<(usize, usize), usize> = Default::default();
    for c in out.iter().filter(|c| c.kind == EntityType::Person) {
        let l = longest.entry((c.tokens.start, c.tokens.end)).or_default();
        *l = (*l).max(role_len(c));
    }
    out.retain(|c| c.kind != EntityType::Person || longest[&(c.tokens.start, c.tokens.end)] == role_len(c));
    out
}
