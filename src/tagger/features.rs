//! Sparse features of one token in its sentence, hashed into a fixed table.
//!
//! Every feature is a (template, value) pair hashed with FNV-1a into `0..1 << bits`; the weight table
//! holds one weight per (bucket, label). Hashing keeps the model bounded whatever the vocabulary,
//! and a collision only costs a little accuracy, never correctness.

use crate::text::{normalize, segmentations, strip_enclitic};

/// Words are cut to this many chars before any feature is taken, so a pathological token cannot
/// cost more than a normal one.
const MAX_WORD_CHARS: usize = 40;

/// What the tagger needs to know about one token, computed once per sentence.
#[derive(Debug, Clone, Default)]
pub struct TokenView {
    /// The normalised word (`text::normalize`), cut to `MAX_WORD_CHARS`.
    pub norm: String,
    /// Stems offered by clitic segmentation (not the whole word), each with its proclitics.
    pub readings: Vec<(String, String)>,
    /// The stem after the most clitics were taken off, with an enclitic pronoun stripped if any.
    /// Normalising has folded ta marbuta into ha, so a final ة goes too: "الاسلامية" and "الاسلامي"
    /// share the core "الاسلامي", which helped on dev (keeping ة cost about 1.5 points of F1).
    pub core: String,
    /// Where `bare()` starts in `core`.
    bare_from: usize,
    /// What the project's lexicons say of the word: a place kind, title, organisation or place
    /// head-word, nisba, function word, or "-".
    pub lexicon: &'static str,
    /// What the person-name lists say of the word or its clitic-stripped stems (`names::name_class`).
    pub name: &'static str,
    /// Class of `names::name_likeness` of the bare stem, for Arabic words of three letters or more.
    pub likeness: &'static str,
    /// What the gazetteers say of the word or its stems (`names::gazetteer_class`).
    pub gaz: &'static str,
    /// Coarse class of the word: see `shape_of`.
    pub shape: &'static str,
    /// How often the word was seen in training (see `WordFreq`): rare words are likelier names.
    pub freq: &'static str,
    /// Hashes of `norm` and `core`, taken once: neighbours' features reuse them.
    norm_hash: u64,
    core_hash: u64,
}

/// Frequency classes of normalised training words, keyed by a 32-bit hash (a false hit needs two
/// words to collide, about one in a million for our vocabulary). Words seen once count as unseen,
/// so that training sees "rare" words the way tagging sees new ones.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct WordFreq {
    /// Ascending word hashes.
    pub keys: Vec<u32>,
    /// Class of each key: 1 = 2–4 times, 2 = 5–19, 3 = 20–99, 4 = 100 or more.
    pub classes: Vec<u8>,
}

const FREQ_NAMES: [&str; 5] = ["f0", "f1", "f2", "f3", "f4"];

impl WordFreq {
    pub fn key(norm: &str) -> u32 {
        let h = Fnv::new(255).part(norm).0;
        (h ^ (h >> 32)) as u32
    }

    pub fn class_of_count(count: usize) -> u8 {
        match count {
            0..=1 => 0,
            2..=4 => 1,
            5..=19 => 2,
            20..=99 => 3,
            _ => 4,
        }
    }

    /// Builds the table from word counts (any order; the result is sorted).
    pub fn from_counts(counts: impl IntoIterator<Item = (u32, usize)>) -> WordFreq {
        let mut pairs: Vec<(u32, u8)> =
            counts.into_iter().map(|(k, c)| (k, Self::class_of_count(c))).filter(|&(_, c)| c > 0).collect();
        pairs.sort_unstable();
        pairs.dedup_by_key(|p| p.0);
        WordFreq { keys: pairs.iter().map(|p| p.0).collect(), classes: pairs.iter().map(|p| p.1).collect() }
    }

    pub fn class(&self, norm: &str) -> u8 {
        match self.keys.binary_search(&Self::key(norm)) {
            Ok(i) => self.classes.get(i).copied().unwrap_or(0).min(4),
            Err(_) => 0,
        }
    }
}

/// Coarse word shape: script, digits, punctuation, and length class for Arabic words.
fn shape_of(word: &str) -> &'static str {
    let mut arabic = 0;
    let mut latin = 0;
    let mut digit = 0;
    let mut other = 0;
    for c in word.chars() {
        if crate::text::is_arabic_letter(c) {
            arabic += 1;
        } else if c.is_ascii_digit() {
            digit += 1;
        } else if c.is_alphabetic() {
            latin += 1;
        } else {
            other += 1;
        }
    }
    let n = arabic + latin + digit + other;
    match () {
        _ if n == 0 => "empty",
        _ if digit == n => "num",
        _ if digit > 0 => "alnum",
        _ if latin == n => "latin",
        _ if latin > 0 => "mixed",
        _ if other == n => "punct",
        _ if other > 0 => "arpunct",
        _ if arabic <= 2 => "ar2",
        _ if arabic <= 4 => "ar4",
        _ if arabic <= 7 => "ar7",
        _ => "arlong",
    }
}

impl TokenView {
    pub fn new(word: &str, freq: &WordFreq) -> TokenView {
        let cut = match word.char_indices().nth(MAX_WORD_CHARS) {
            Some((i, _)) => &word[..i],
            None => word,
        };
        let norm = normalize(cut);
        let readings: Vec<(String, String)> = segmentations(&norm)
            .into_iter()
            .skip(1)
            .map(|seg| (seg.stem, seg.proclitics.iter().collect()))
            .collect();
        let deepest = readings.last().map_or(norm.as_str(), |r| r.0.as_str());
        let core = strip_enclitic(deepest).unwrap_or(deepest).to_string();
        let bare_from = match core.strip_prefix("ال") {
            Some(rest) if rest.chars().count() >= 2 => "ال".len(),
            _ => 0,
        };
        let freq = FREQ_NAMES[freq.class(&norm) as usize];
        let lexicon = lexicon_class(&norm, &readings, &core);
        let name = name_of(&norm, &readings);
        let mut tv = TokenView { lexicon, name, gaz: gaz_of(&norm, &readings), likeness: "-", shape: shape_of(&norm), freq, norm_hash: str_hash(&norm), core_hash: str_hash(&core), norm, readings, core, bare_from };
        if tv.shape.starts_with("ar") && tv.shape != "ar2" && tv.bare().chars().count() >= 3 {
            let x = super::names::name_likeness(tv.bare());
            tv.likeness = match () {
                _ if x < 0.0 => "nl0",
                _ if x < 0.5 => "nl1",
                _ if x < 1.0 => "nl2",
                _ if x < 2.0 => "nl3",
                _ => "nl4",
            };
        }
        tv
    }

    /// Everything the class templates (see `Part::CONTEXT_CLASSES`) read of a token, as it reads
    /// it in context (`unknown` is never set there, so its frequency class is its own).
    pub fn classes(&self) -> [&'static str; 6] {
        [self.shape, self.lexicon, self.name, self.likeness, self.gaz, self.freq]
    }

    /// `core` without the article "ال" when it has one (and at least two letters remain).
    #[inline(always)]
    pub fn bare(&self) -> &str {
        self.core.get(self.bare_from..).unwrap_or(&self.core)
    }
}

/// The word's stems after clitics, each also without the article, of at least `min_chars` chars,
/// in the order of its readings.
fn stems(readings: &[(String, String)], min_chars: usize) -> impl Iterator<Item = &str> {
    readings
        .iter()
        .flat_map(|(stem, _)| [stem.as_str(), stem.strip_prefix("ال").unwrap_or("")])
        .filter(move |s| s.chars().count() >= min_chars)
}

/// Name class of the word, else of its stems: "given" if any is a given name, else the last other
/// class a stem has.
fn name_of(norm: &str, readings: &[(String, String)]) -> &'static str {
    use super::names::name_class;
    let mut best = name_class(norm);
    if best != "-" {
        return best;
    }
    for c in stems(readings, 2).map(name_class) {
        if c == "given" {
            return c;
        }
        if c != "-" {
            best = c;
        }
    }
    best
}

/// Gazetteer class of the word, else of its first stem a gazetteer knows.
fn gaz_of(norm: &str, readings: &[(String, String)]) -> &'static str {
    use super::names::gazetteer_class;
    std::iter::once(gazetteer_class(norm))
        .chain(stems(readings, 3).map(gazetteer_class))
        .find(|&c| c != "-")
        .unwrap_or("-")
}

fn lexicon_class(norm: &str, readings: &[(String, String)], core: &str) -> &'static str {
    use crate::lexicon::{cues, places};
    let place = std::iter::once(norm).chain(readings.iter().map(|r| r.0.as_str())).find_map(places::lookup);
    match place {
        Some(places::PlaceKind::Country) => "country",
        Some(places::PlaceKind::Region) => "region",
        Some(places::PlaceKind::City) => "city",
        None if cues::is_title(norm) || cues::is_title(core) => "title",
        None if cues::org_head(norm).is_some() || cues::org_head(core).is_some() => "orghead",
        None if cues::place_head(norm).is_some() || cues::place_head(core).is_some() => "placehead",
        None if places::nisba_place(core).is_some() => "nisba",
        None if cues::is_function_word(norm) => "function",
        None => "-",
    }
}

/// FNV-1a over a template id and any number of string parts, with a separator between parts.
/// The template id is kept beside the hash (see `Part`).
#[derive(Clone, Copy)]
struct Fnv(u64, u8);

impl Fnv {
    #[inline(always)]
    fn new(template: u8) -> Fnv {
        Fnv((0xcbf2_9ce4_8422_2325u64 ^ template as u64).wrapping_mul(0x100_0000_01b3), template)
    }
    #[inline(always)]
    fn part(mut self, s: &str) -> Fnv {
        for &b in s.as_bytes() {
            self.0 = (self.0 ^ b as u64).wrapping_mul(0x100_0000_01b3);
        }
        self.0 = (self.0 ^ 0xff).wrapping_mul(0x100_0000_01b3);
        self
    }
    /// Mixes in a string hashed earlier with `str_hash`.
    #[inline(always)]
    fn hashed(mut self, h: u64) -> Fnv {
        self.0 = (self.0 ^ h).wrapping_mul(0x9e37_79b9_7f4a_7c15).rotate_left(31);
        self
    }
    fn bucket(self, mask: u32) -> u32 {
        // Fold the high bits in: FNV's low bits alone mix poorly.
        let h = self.0 ^ (self.0 >> 29) ^ (self.0 >> 47);
        (h as u32) & mask
    }
}

fn str_hash(s: &str) -> u64 {
    Fnv::new(254).part(s).0
}

/// First `n` chars of `s` (all of it when shorter).
#[cfg(test)]
fn prefix(s: &str, n: usize) -> &str {
    match s.char_indices().nth(n) {
        Some((i, _)) => s.get(..i).unwrap_or(s),
        None => s,
    }
}

/// Last `n` chars of `s` (all of it when shorter).
#[cfg(test)]
fn suffix(s: &str, n: usize) -> &str {
    let count = s.chars().count();
    if count <= n {
        return s;
    }
    match s.char_indices().nth(count - n) {
        Some((i, _)) => s.get(i..).unwrap_or(s),
        None => s,
    }
}

/// The first and last `AFFIX_CHARS` chars of a word, found in one pass (as `prefix` and `suffix`).
const AFFIX_CHARS: usize = 5;

struct Affixes<'a> {
    word: &'a str,
    chars: usize,
    /// Byte offset where char k starts (k < AFFIX_CHARS + 1; the word's length past its end).
    first: [usize; AFFIX_CHARS + 1],
    /// Byte offsets where the last chars start, as a ring indexed by char number mod AFFIX_CHARS.
    last: [usize; AFFIX_CHARS],
}

impl<'a> Affixes<'a> {
    fn of(word: &'a str) -> Affixes<'a> {
        let mut a = Affixes { word, chars: 0, first: [word.len(); AFFIX_CHARS + 1], last: [0; AFFIX_CHARS] };
        for (k, (i, _)) in word.char_indices().enumerate() {
            if k <= AFFIX_CHARS {
                a.first[k] = i;
            }
            a.last[k % AFFIX_CHARS] = i;
            a.chars = k + 1;
        }
        a
    }
    /// First `n` chars (n ≤ AFFIX_CHARS), all of the word when shorter.
    fn prefix(&self, n: usize) -> &'a str {
        if self.chars <= n { self.word } else { &self.word[..self.first[n]] }
    }
    /// Last `n` chars (n ≤ AFFIX_CHARS), all of the word when shorter.
    fn suffix(&self, n: usize) -> &'a str {
        if self.chars <= n { self.word } else { &self.word[self.last[(self.chars - n) % AFFIX_CHARS]..] }
    }
}

const BOS: &str = "<s>";
const EOS: &str = "</s>";
// Stand-ins for the hash of a word before the first token and after the last.
const BOS_HASH: u64 = 0x0123_4567_89ab_cdef;
const EOS_HASH: u64 = 0xfedc_ba98_7654_3210;

/// Appends the hashed features of token `i` of `sent` to `out` (buckets under `mask`).
///
/// With `unknown`, the token is seen as a word never met in training: the features naming the word
/// or its stems are left out and its frequency class is the lowest. Training uses this on a share of
/// tokens (word dropout) so that context, affixes and shape learn to carry names the model has not
/// memorised.
pub fn token_features(sent: &[&TokenView], i: usize, mask: u32, unknown: bool, out: &mut Vec<u32>) {
    features_part::<{ Part::ALL }>(sent, i, mask, unknown, out)
}

/// Which of a token's features to compute. A token's *own* features depend on its view alone (and
/// `unknown`), never on its neighbours or its place in the sentence, so the tagger can sum their
/// weights once per word (`tagger::memo`); *context* features are all the others. Templates are
/// sorted by `is_own_template`; a test checks that own features indeed ignore the context.
/// (A const parameter, so that each part is compiled on its own and the features it leaves out,
/// arguments and hashing included, are optimised away.)
/// Among context features, those that read one neighbour's view alone (its word, stem or lexicon
/// class at a fixed offset) make the *neighbour* parts: `tagger::memo` sums them once per word too.
pub struct Part;

impl Part {
    pub const ALL: u8 = 0;
    pub const OWN: u8 = 1;
    /// Context features other than the neighbour parts.
    pub const CONTEXT: u8 = 2;
    /// From the neighbour two before, one before, one after, two after.
    pub const BEFORE2: u8 = 3;
    pub const BEFORE1: u8 = 4;
    pub const AFTER1: u8 = 5;
    pub const AFTER2: u8 = 6;
    /// The context part split in three. The features that read only the classes of the token and
    /// its neighbours (shape, lexicon, name, likeness, gazetteer, frequency; see
    /// `TokenView::classes`) and its place in the sentence, which `tagger::memo` sums once per
    /// combination of those.
    pub const CONTEXT_CLASSES: u8 = 7;
    /// The rest, which read neighbouring words, split by the one neighbour each reads with the
    /// token's own view: the word before (or the sentence start), or the word after (or its end).
    /// So they are a function of a pair of adjacent words, which `tagger::memo` sums once per pair.
    pub const PAIR_BEFORE: u8 = 9;
    pub const PAIR_AFTER: u8 = 10;
}

#[inline(always)]
fn wants<const PART: u8>(template: u8) -> bool {
    match PART {
        Part::OWN => is_own_template(template),
        Part::CONTEXT => !is_own_template(template) && neighbour_of_template(template).is_none(),
        Part::CONTEXT_CLASSES => !is_own_template(template) && neighbour_of_template(template).is_none() && is_class_template(template),
        Part::PAIR_BEFORE => is_pair_before_template(template),
        Part::PAIR_AFTER => is_pair_after_template(template),
        Part::BEFORE2 => neighbour_of_template(template) == Some(-2),
        Part::BEFORE1 => neighbour_of_template(template) == Some(-1),
        Part::AFTER1 => neighbour_of_template(template) == Some(1),
        Part::AFTER2 => neighbour_of_template(template) == Some(2),
        _ => true,
    }
}

/// The offset of the one neighbour a template reads (words and stems within ±2, lexicon classes
/// ±1), for templates that read nothing else.
#[inline(always)]
fn neighbour_of_template(template: u8) -> Option<i8> {
    match template {
        10 | 14 => Some(-2),
        11 | 15 | 33 => Some(-1),
        12 | 16 | 34 => Some(1),
        13 | 17 => Some(2),
        _ => None,
    }
}

/// Context templates whose value reads nothing but `TokenView::classes` of the token and of its
/// neighbours at ±1 (or the sentence-boundary markers) and the token's position class.
#[inline(always)]
fn is_class_template(template: u8) -> bool {
    matches!(template, 21 | 22 | 24 | 35 | 42..=45 | 72 | 73 | 97..=99)
}

/// Context templates that read the token's view and the word before it (`Part::PAIR_BEFORE`).
#[inline(always)]
fn is_pair_before_template(template: u8) -> bool {
    matches!(template, 18 | 20 | 25 | 46)
}

/// Word-context templates that read the token's view and the word after it.
#[inline(always)]
fn is_pair_after_template(template: u8) -> bool {
    matches!(template, 19 | 26)
}

/// The features of token `b` that read the word before it, `a` (`None`: the sentence start).
pub fn pair_before_features(a: Option<&TokenView>, b: &TokenView, mask: u32, out: &mut Vec<u32>) {
    match a {
        Some(a) => features_part::<{ Part::PAIR_BEFORE }>(&[a, b], 1, mask, false, out),
        None => features_part::<{ Part::PAIR_BEFORE }>(&[b], 0, mask, false, out),
    }
}

/// The features of token `a` that read the word after it, `b` (`None`: the sentence end).
pub fn pair_after_features(a: &TokenView, b: Option<&TokenView>, mask: u32, out: &mut Vec<u32>) {
    match b {
        Some(b) => features_part::<{ Part::PAIR_AFTER }>(&[a, b], 0, mask, false, out),
        None => features_part::<{ Part::PAIR_AFTER }>(&[a], 0, mask, false, out),
    }
}

/// Offsets of the neighbour parts (see `Part`).
pub const NEIGHBOURS: [isize; 4] = [-2, -1, 1, 2];

/// The features a token gets from its neighbour at offset `d` (one of `NEIGHBOURS`): they depend
/// on that neighbour's view alone, or, past the sentence's ends (`None`), on nothing.
pub fn neighbour_features(view: Option<&TokenView>, d: isize, mask: u32, out: &mut Vec<u32>) {
    let empty = TokenView::default();
    let (sent, i) = match view {
        // The neighbour at offset d of token i, in a sentence of copies of it.
        Some(v) => match d {
            -2 => (vec![v; 3], 2),
            -1 => (vec![v; 2], 1),
            1 => (vec![v; 2], 0),
            _ => (vec![v; 3], 0),
        },
        None => (vec![&empty], 0),
    };
    match d {
        -2 => features_part::<{ Part::BEFORE2 }>(&sent, i, mask, false, out),
        -1 => features_part::<{ Part::BEFORE1 }>(&sent, i, mask, false, out),
        1 => features_part::<{ Part::AFTER1 }>(&sent, i, mask, false, out),
        _ => features_part::<{ Part::AFTER2 }>(&sent, i, mask, false, out),
    }
}

/// Templates whose value depends on the token's own view only: bias, word, stems, clitics, core,
/// bare stem, shape, prefixes and suffixes (5-letter ones too), lexicon, name and gazetteer
/// classes, likeness, frequency.
#[inline(always)]
fn is_own_template(template: u8) -> bool {
    matches!(template, 0..=8 | 23 | 32 | 40 | 41 | 70 | 71 | 80 | 81 | 95 | 96 | 100)
}

/// The own features of a view (see `Part`), in `token_features`' order.
pub fn own_features(view: &TokenView, mask: u32, out: &mut Vec<u32>) {
    features_part::<{ Part::OWN }>(&[view], 0, mask, false, out)
}

/// The context features of token `i` (see `Part`), in `token_features`' order.
pub fn context_features(sent: &[&TokenView], i: usize, mask: u32, out: &mut Vec<u32>) {
    features_part::<{ Part::CONTEXT }>(sent, i, mask, false, out)
}

/// The context features of token `i` that read only classes and its position (see `Part`).
pub fn context_class_features(sent: &[&TokenView], i: usize, mask: u32, out: &mut Vec<u32>) {
    features_part::<{ Part::CONTEXT_CLASSES }>(sent, i, mask, false, out)
}

/// Position class of token `i` in a sentence of `len` tokens, as template 22 reads it.
pub fn position_class(i: usize, len: usize) -> u8 {
    match i {
        0 => 0,
        1 => 1,
        _ if i + 1 == len => 2,
        _ => 3,
    }
}

fn features_part<const PART: u8>(sent: &[&TokenView], i: usize, mask: u32, unknown: bool, out: &mut Vec<u32>) {
    let Some(t) = sent.get(i) else { return };
    let mut push = |h: Fnv| {
        if wants::<PART>(h.1) {
            out.push(h.bucket(mask))
        }
    };
    let own_freq = if unknown { FREQ_NAMES[0] } else { t.freq };
    // Hashes of the words and stems around; past the ends, sentence-boundary markers.
    let word_at = |j: isize| -> u64 {
        if j < 0 {
            BOS_HASH
        } else {
            sent.get(j as usize).map_or(EOS_HASH, |v| v.norm_hash)
        }
    };
    let core_at = |j: isize| -> u64 {
        if j < 0 {
            BOS_HASH
        } else {
            sent.get(j as usize).map_or(EOS_HASH, |v| v.core_hash)
        }
    };
    let i_s = i as isize;

    push(Fnv::new(0)); // bias
    for (stem, clitics) in &t.readings {
        if !unknown {
            push(Fnv::new(2).part(stem));
        }
        push(Fnv::new(3).part(clitics));
    }
    if t.readings.is_empty() {
        push(Fnv::new(3).part(""));
    }
    if !unknown {
        push(Fnv::new(1).hashed(t.norm_hash));
        push(Fnv::new(4).hashed(t.core_hash));
        push(Fnv::new(5).part(t.bare()));
        // Word pairs: the cue word before a name, the name with what follows.
        push(Fnv::new(18).hashed(word_at(i_s - 1)).hashed(t.norm_hash));
        push(Fnv::new(19).hashed(t.norm_hash).hashed(word_at(i_s + 1)));
        push(Fnv::new(20).hashed(core_at(i_s - 1)).part(t.bare()));
    }
    push(Fnv::new(6).part(t.shape));
    // Affixes are own features: the other parts need not scan the stem for them.
    let affix_templates = [7, 8, 80, 81].into_iter().any(wants::<PART>);
    let affixes = Affixes::of(if affix_templates { t.bare() } else { "" });
    for n in 1..=4 {
        push(Fnv::new(7).part(affixes.prefix(n)));
        push(Fnv::new(8).part(affixes.suffix(n)));
    }
    // Neighbouring words and stems within ±2.
    for (k, d) in [-2isize, -1, 1, 2].into_iter().enumerate() {
        push(Fnv::new(10 + k as u8).hashed(word_at(i_s + d)));
        push(Fnv::new(14 + k as u8).hashed(core_at(i_s + d)));
    }
    // Shape of neighbours (punctuation and digits around names).
    let shape_at = |j: isize| if j < 0 { BOS } else { sent.get(j as usize).map_or(EOS, |v| v.shape) };
    push(Fnv::new(21).part(shape_at(i_s - 1)).part(t.shape).part(shape_at(i_s + 1)));
    // Lexicon classes: the word's own, and with its neighbours'.
    let lex_at = |j: isize| if j < 0 { BOS } else { sent.get(j as usize).map_or(EOS, |v| v.lexicon) };
    push(Fnv::new(32).part(t.lexicon));
    push(Fnv::new(33).part(lex_at(i_s - 1)));
    push(Fnv::new(34).part(lex_at(i_s + 1)));
    push(Fnv::new(35).part(lex_at(i_s - 1)).part(t.lexicon).part(lex_at(i_s + 1)));
    // Person-name lists: the word's class, with its frequency, its neighbours' classes, and the
    // lexicon class and word before it.
    let name_at = |j: isize| if j < 0 { BOS } else { sent.get(j as usize).map_or(EOS, |v| v.name) };
    push(Fnv::new(40).part(t.name));
    push(Fnv::new(41).part(t.name).part(own_freq));
    push(Fnv::new(42).part(name_at(i_s - 1)).part(t.name));
    push(Fnv::new(43).part(t.name).part(name_at(i_s + 1)));
    push(Fnv::new(44).part(name_at(i_s - 1)).part(t.name).part(name_at(i_s + 1)));
    push(Fnv::new(45).part(lex_at(i_s - 1)).part(t.name));
    push(Fnv::new(46).hashed(word_at(i_s - 1)).part(t.name));
    let like_at = |j: isize| if j < 0 { BOS } else { sent.get(j as usize).map_or(EOS, |v| v.likeness) };
    push(Fnv::new(70).part(t.likeness).part(own_freq));
    push(Fnv::new(71).part(t.likeness).part(t.name));
    push(Fnv::new(72).part(like_at(i_s - 1)).part(t.likeness));
    push(Fnv::new(73).part(t.likeness).part(like_at(i_s + 1)));
    // Longer affixes (foreign names' endings and beginnings).
    push(Fnv::new(80).part(affixes.prefix(5)));
    push(Fnv::new(81).part(affixes.suffix(5)));
    // Gazetteers (organisation, person, place words): the word's class, with its frequency, its
    // neighbours' classes, the lexicon class before it and its name-list class.
    let gaz_at = |j: isize| if j < 0 { BOS } else { sent.get(j as usize).map_or(EOS, |v| v.gaz) };
    push(Fnv::new(95).part(t.gaz));
    push(Fnv::new(96).part(t.gaz).part(own_freq));
    push(Fnv::new(97).part(gaz_at(i_s - 1)).part(t.gaz));
    push(Fnv::new(98).part(t.gaz).part(gaz_at(i_s + 1)));
    push(Fnv::new(99).part(lex_at(i_s - 1)).part(t.gaz));
    push(Fnv::new(100).part(t.gaz).part(t.name));
    // Position in the sentence.
    let pos = ["first", "second", "last", "inner"][position_class(i, sent.len()) as usize];
    push(Fnv::new(22).part(pos));
    // Word frequency: alone, with its neighbours' frequencies, and with the word before it.
    let freq_at = |j: isize| if j < 0 { BOS } else { sent.get(j as usize).map_or(EOS, |v| v.freq) };
    push(Fnv::new(23).part(own_freq));
    push(Fnv::new(24).part(freq_at(i_s - 1)).part(own_freq).part(freq_at(i_s + 1)));
    push(Fnv::new(25).hashed(word_at(i_s - 1)).part(own_freq));
    push(Fnv::new(26).part(own_freq).hashed(word_at(i_s + 1)));
}

pub fn views(words: &[&str], freq: &WordFreq) -> Vec<TokenView> {
    words.iter().map(|w| TokenView::new(w, freq)).collect()
}

/// All features of a sentence, flattened: token `i` owns `feats[offsets[i]..offsets[i + 1]]`.
pub fn sentence_features(words: &[&str], mask: u32, freq: &WordFreq) -> (Vec<u32>, Vec<usize>) {
    let views = views(words, freq);
    features_of_views(&views.iter().collect::<Vec<_>>(), mask)
}

fn features_of_views(views: &[&TokenView], mask: u32) -> (Vec<u32>, Vec<usize>) {
    let mut feats = Vec::with_capacity(views.len() * 56);
    let mut offsets = Vec::with_capacity(views.len() + 1);
    offsets.push(0);
    for i in 0..views.len() {
        token_features(views, i, mask, false, &mut feats);
        offsets.push(feats.len());
    }
    (feats, offsets)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn views_strip_clitics_article_and_pronoun() {
        let v = TokenView::new("وبالمدينة", &WordFreq::default());
        assert_eq!(v.norm, "وبالمدينه");
        assert!(v.readings.iter().any(|(s, c)| s == "المدينه" && c == "وب"));
        assert_eq!(v.core, "المدين");
        assert_eq!(v.bare(), "مدين");
        assert_eq!(TokenView::new("الإسلامية", &WordFreq::default()).core, "الاسلامي");
        let v = TokenView::new("منزلهم", &WordFreq::default());
        assert_eq!(v.core, "منزل");
        assert_eq!(TokenView::new("٢٠٢٤", &WordFreq::default()).shape, "num");
        assert_eq!(TokenView::new("،", &WordFreq::default()).shape, "punct");
        assert_eq!(TokenView::new("Reuters", &WordFreq::default()).shape, "latin");
        // The lexicon class reaches places behind clitics.
        assert_eq!(TokenView::new("وبالقاهرة", &WordFreq::default()).lexicon, "city");
        assert_eq!(TokenView::new("الرئيس", &WordFreq::default()).lexicon, "title");
    }

    #[test]
    fn frequency_classes_look_up_normalised_words() {
        let f = WordFreq::from_counts([(WordFreq::key("في"), 500), (WordFreq::key("مدينه"), 3), (WordFreq::key("نادر"), 1)]);
        assert_eq!(f.class("في"), 4);
        assert_eq!(f.class("مدينه"), 1);
        assert_eq!(f.class("نادر"), 0);
        assert_eq!(f.keys.len(), 2);
        assert_eq!(TokenView::new("في", &f).freq, "f4");
    }

    #[test]
    fn affixes_agree_with_prefix_and_suffix() {
        for w in ["", "ب", "سو", "روسيوف", "فولكسفاغن", "abc😀دe", "نيستلروي"] {
            let a = Affixes::of(w);
            for n in 1..=AFFIX_CHARS {
                assert_eq!(a.prefix(n), prefix(w, n), "{w} {n}");
                assert_eq!(a.suffix(n), suffix(w, n), "{w} {n}");
            }
        }
    }

    #[test]
    fn prefixes_and_suffixes_count_chars_not_bytes() {
        assert_eq!(prefix("سوريا", 2), "سو");
        assert_eq!(suffix("روسيوف", 3), "يوف");
        assert_eq!(suffix("اب", 4), "اب");
        assert_eq!(prefix("", 3), "");
    }

    #[test]
    fn features_are_bounded_and_depend_on_context() {
        let mask = (1 << 12) - 1;
        let (a, off_a) = sentence_features(&["زار", "الوزير", "القاهرة"], mask, &WordFreq::default());
        let (b, off_b) = sentence_features(&["غادر", "الوزير", "القاهرة"], mask, &WordFreq::default());
        assert!(a.iter().all(|&f| f <= mask));
        assert_eq!(off_a.len(), 4);
        // The middle word's own features agree, its left-context features differ.
        assert_ne!(a[off_a[1]..off_a[2]], b[off_b[1]..off_b[2]]);
        assert_eq!(a[off_a[1]..off_a[1] + 2], b[off_b[1]..off_b[1] + 2]);
        // Empty sentences and odd tokens are fine.
        assert_eq!(sentence_features(&[], mask, &WordFreq::default()).0.len(), 0);
        let huge = "ب".repeat(100_000);
        let (f, _) = sentence_features(&[&huge, "\u{200F}", "", "😀"], mask, &WordFreq::default());
        assert!(f.iter().all(|&x| x <= mask));
    }
}
