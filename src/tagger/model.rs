//! Labels, the compact model format, and Viterbi decoding.
//!
//! File format (all little-endian):
//!
//! ```text
//! magic "HSYNER\0\0" | version u16 | hash_bits u8 | n_labels u8 | scale f32 | o_penalty f32 | n_rows u32
//! transitions: (n_labels + 1) × n_labels i16   (row n_labels = sentence start)
//! codebook:    256 × i16                        (the value of each weight code)
//! buckets:     2^hash_bits bits as u64 words, bit b set when bucket b has a row
//! labels:      n_rows × u16                     (bit l set when the row has a weight for label l)
//! n_codes u32 | codes: n_codes u8               (those weights, row after row, in label order)
//! n_words u32 | word hashes: n_words u32, ascending | classes: n_words u8
//! ```
//!
//! Everything is laid out to be used as it is (the codes in place, the bitmap and the word hashes
//! copied as they are): loading costs a page's first annotation almost nothing, a running count of
//! rows per bitmap word and of codes per row. Version 2 stored the bucket ids and word hashes as
//! varint deltas: 60 KB more raw, 2 KB less gzipped, and about four million instructions to decode
//! on that first call. Version 3 stored every row whole, nine codes: a row has 2.5 non-zero
//! weights on average, so version 4's label masks and codes take half the bytes (477 KB against
//! 951 KB for the weights of the model trained at step 34 of TRAINING-LOG.md), and a page fetches
//! the wasm that much faster.
//!
//! A transition is `i16 × scale`; a weight is `codebook[code] × scale`. One byte per weight halves
//! the model against plain i16 (it is most of the wasm's bytes, and of what a page load waits for);
//! the trainer spaces the codes' values logarithmically, so each weight keeps its size within 2%.
//! Rows whose weights all quantise to zero are left out. `o_penalty` is
//! taken off every token's O score when decoding: the perceptron is cautious (precision well above
//! recall), and a small push towards entities, set on dev, evens the two out.

use std::borrow::Cow;
use std::ops::Range;

use super::features::WordFreq;

/// IOB2 labels. MISC is learnt as its own class so that it does not blur O, and reported as O.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Label {
    O,
    BPers,
    IPers,
    BLoc,
    ILoc,
    BOrg,
    IOrg,
    BMisc,
    IMisc,
}

pub const N_LABELS: usize = 9;

impl Label {
    pub const ALL: [Label; N_LABELS] =
        [Label::O, Label::BPers, Label::IPers, Label::BLoc, Label::ILoc, Label::BOrg, Label::IOrg, Label::BMisc, Label::IMisc];

    pub fn index(self) -> usize {
        self as usize
    }

    pub fn from_index(i: usize) -> Label {
        Label::ALL.get(i).copied().unwrap_or(Label::O)
    }

    /// Parses an IOB2 tag as ANERcorp writes it (PERS/PER, LOC, ORG, MISC); anything else is O.
    pub fn parse(tag: &str) -> Label {
        let (bio, kind) = match tag.split_once('-') {
            Some(p) => p,
            None => return Label::O,
        };
        let begin = match bio {
            "B" => true,
            "I" => false,
            _ => return Label::O,
        };
        match (kind, begin) {
            ("PERS" | "PER", true) => Label::BPers,
            ("PERS" | "PER", false) => Label::IPers,
            ("LOC", true) => Label::BLoc,
            ("LOC", false) => Label::ILoc,
            ("ORG", true) => Label::BOrg,
            ("ORG", false) => Label::IOrg,
            ("MISC", true) => Label::BMisc,
            ("MISC", false) => Label::IMisc,
            _ => Label::O,
        }
    }

    /// The tag as written in IOB2 output, with the full label set (MISC included).
    pub fn as_str(self) -> &'static str {
        match self {
            Label::O => "O",
            Label::BPers => "B-PERS",
            Label::IPers => "I-PERS",
            Label::BLoc => "B-LOC",
            Label::ILoc => "I-LOC",
            Label::BOrg => "B-ORG",
            Label::IOrg => "I-ORG",
            Label::BMisc => "B-MISC",
            Label::IMisc => "I-MISC",
        }
    }

    /// The label the public API reports: MISC becomes O.
    pub fn public(self) -> Label {
        match self {
            Label::BMisc | Label::IMisc => Label::O,
            l => l,
        }
    }

    pub fn is_inside(self) -> bool {
        matches!(self, Label::IPers | Label::ILoc | Label::IOrg | Label::IMisc)
    }

    /// The B- label of the same type (O for O).
    pub fn begin(self) -> Label {
        match self {
            Label::IPers => Label::BPers,
            Label::ILoc => Label::BLoc,
            Label::IOrg => Label::BOrg,
            Label::IMisc => Label::BMisc,
            l => l,
        }
    }

    /// Whether `self` may follow `prev` (None = sentence start) in IOB2: an I- only continues its type.
    pub fn may_follow(self, prev: Option<Label>) -> bool {
        !self.is_inside() || prev.is_some_and(|p| p.begin() == self.begin() && p != Label::O)
    }
}

/// Rewrites an I- that continues nothing as B- (what conlleval reads it as), so the gold path is
/// always one Viterbi can produce.
pub fn repair_iob(labels: &mut [Label]) {
    let mut prev = None;
    for l in labels.iter_mut() {
        if !l.may_follow(prev) {
            *l = l.begin();
        }
        prev = Some(*l);
    }
}

/// Best label path through `emissions` (n × N_LABELS, row-major) under `transitions`
/// ((N_LABELS + 1) × N_LABELS, the last row for the sentence start), obeying IOB2. Tokens in `force_o`
/// may only take O. Returns the path and its score.
pub fn viterbi(emissions: &[f32], transitions: &[f32], force_o: Option<Range<usize>>) -> (Vec<Label>, f32) {
    let mut lattice = Lattice::new(emissions, transitions);
    lattice.fill(emissions, force_o.as_ref(), 0);
    (lattice.path(), lattice.total())
}

/// The Viterbi lattice of one sentence: best scores and back-pointers per token and label.
#[derive(Clone)]
pub struct Lattice {
    /// IOB2 baked into the transition scores, so the inner loop has no branches.
    trans: [f32; (N_LABELS + 1) * N_LABELS],
    score: Vec<f32>,
    back: Vec<u8>,
}

impl Lattice {
    pub fn new(emissions: &[f32], transitions: &[f32]) -> Lattice {
        let mut trans = [f32::NEG_INFINITY; (N_LABELS + 1) * N_LABELS];
        for p in 0..=N_LABELS {
            for y in 0..N_LABELS {
                if Label::ALL[y].may_follow(Label::ALL.get(p).copied()) {
                    trans[p * N_LABELS + y] = transitions.get(p * N_LABELS + y).copied().unwrap_or(0.0);
                }
            }
        }
        let n = emissions.len() / N_LABELS;
        Lattice { trans, score: vec![f32::NEG_INFINITY; n * N_LABELS], back: vec![0u8; n * N_LABELS] }
    }

    /// Computes the rows of tokens `from..`, from the rows before `from` (which must be filled).
    /// Rows before a forced range do not depend on it, so a forced decoding can start from the
    /// unforced lattice at the range's start and give the same numbers as one from scratch.
    pub fn fill(&mut self, emissions: &[f32], force_o: Option<&Range<usize>>, from: usize) {
        self.fill_rows::<true>(emissions, force_o, from)
    }

    /// `fill`, with the back-pointers only when `BACK`: a forced decoding wants the best score, not
    /// the path (the scores are the same either way).
    fn fill_rows<const BACK: bool>(&mut self, emissions: &[f32], force_o: Option<&Range<usize>>, from: usize) {
        let n = self.score.len() / N_LABELS;
        let forced = |t: usize, y: usize| force_o.is_some_and(|r| r.contains(&t)) && y != 0;
        let (trans, score, back) = (&self.trans, &mut self.score, &mut self.back);
        if from == 0 && n > 0 {
            for y in 0..N_LABELS {
                score[y] = if forced(0, y) { f32::NEG_INFINITY } else { trans[N_LABELS * N_LABELS + y] + emissions[y] };
                back[y] = 0;
            }
        }
        // Previous label outer, label inner: each label still weighs the previous labels in order
        // (the first best wins), and the inner loop works on all labels at once.
        for t in from.max(1)..n {
            let forced_here = force_o.is_some_and(|r| r.contains(&t));
            let mut best = [f32::NEG_INFINITY; N_LABELS];
            let mut arg = [0u8; N_LABELS];
            for p in 0..N_LABELS {
                let prev = score[(t - 1) * N_LABELS + p];
                let row: &[f32; N_LABELS] = trans[p * N_LABELS..(p + 1) * N_LABELS].try_into().unwrap();
                for y in 0..N_LABELS {
                    let s = prev + row[y];
                    if s > best[y] {
                        best[y] = s;
                        if BACK {
                            arg[y] = p as u8;
                        }
                    }
                }
            }
            for y in 0..N_LABELS {
                if forced_here && y != 0 {
                    score[t * N_LABELS + y] = f32::NEG_INFINITY;
                    if BACK {
                        back[t * N_LABELS + y] = 0;
                    }
                } else {
                    score[t * N_LABELS + y] = best[y] + emissions[t * N_LABELS + y];
                    if BACK {
                        back[t * N_LABELS + y] = arg[y];
                    }
                }
            }
        }
    }

    /// The label the best path ends with (the first of equals).
    fn last_label(&self) -> usize {
        let n = self.score.len() / N_LABELS;
        let last = &self.score[(n - 1) * N_LABELS..];
        let mut y = 0;
        for k in 1..N_LABELS {
            if last[k] > last[y] {
                y = k;
            }
        }
        y
    }

    /// The best path's score (0 for an empty sentence).
    pub fn total(&self) -> f32 {
        if self.score.is_empty() {
            return 0.0;
        }
        self.score[self.score.len() - N_LABELS + self.last_label()]
    }

    pub fn path(&self) -> Vec<Label> {
        let n = self.score.len() / N_LABELS;
        if n == 0 {
            return Vec::new();
        }
        let mut y = self.last_label();
        let mut path = vec![Label::O; n];
        for t in (0..n).rev() {
            path[t] = Label::ALL[y];
            y = self.back[t * N_LABELS + y] as usize;
        }
        path
    }

    /// The best score with tokens `range` forced to O, reusing this (unforced) lattice's rows before
    /// the range; `work` is scratch space of the same size. Only scores are computed: `work`'s
    /// back-pointers are left as they were, so its path means nothing afterwards.
    pub fn total_forced(&self, emissions: &[f32], range: Range<usize>, work: &mut Lattice) -> f32 {
        let at = range.start.min(self.score.len() / N_LABELS) * N_LABELS;
        // The fill reads only the row before the range (and writes every row from it on), so that
        // one row is all that is copied: a span's cost no longer includes the sentence before it.
        work.score.resize(self.score.len(), f32::NEG_INFINITY);
        let before = at.saturating_sub(N_LABELS);
        work.score[before..at].copy_from_slice(&self.score[before..at]);
        work.trans = self.trans;
        work.fill_rows::<false>(emissions, Some(&range), range.start);
        work.total()
    }
}

const MAGIC: &[u8; 8] = b"HSYNER\0\0";
const VERSION: u16 = 4;

/// Quantised weights, read in place from the model file: a bitmap says which buckets have a row,
/// and a row is the file's label mask and codes. Loading copies the bitmap (a bit per bucket, 32 KB
/// at 18 bits) and counts bits per 64-bit word, so a row is found with a popcount, and where each
/// row's codes start; the embedded model's masks and codes are never copied.
#[derive(Debug, Clone)]
pub struct Model {
    pub hash_bits: u32,
    pub scale: f32,
    pub o_penalty: f32,
    /// (N_LABELS + 1) × N_LABELS, already scaled.
    pub transitions: Vec<f32>,
    /// Bit `b` set when bucket `b` has a row.
    present: Vec<u64>,
    /// Rows before each word of `present`.
    rank: Vec<u32>,
    /// The value of each weight code, in units of `scale`.
    codebook: [i32; 256],
    /// Each row's label mask, a little-endian u16.
    labels: Cow<'static, [u8]>,
    /// Where each row's codes start in `codes`, and (last) their total.
    starts: Vec<u32>,
    /// The non-zero weights' codes, row after row.
    codes: Cow<'static, [u8]>,
    /// Word frequency classes from the training text (a feature input).
    pub freq: WordFreq,
}

/// Everything a model file holds, before the lookup structure is built.
#[derive(Debug, Clone, Default)]
pub struct ModelParts {
    pub hash_bits: u32,
    pub scale: f32,
    pub o_penalty: f32,
    pub transitions: Vec<i16>,
    /// The value of each weight code, in units of `scale`.
    pub codebook: Vec<i16>,
    /// Ascending bucket ids of the rows kept.
    pub buckets: Vec<u32>,
    /// Row-major codes, N_LABELS per bucket.
    pub weights: Vec<u8>,
    pub freq: WordFreq,
}

const CODES: usize = 256;
/// Label masks are u16s: the labels must fit.
const _: () = assert!(N_LABELS <= 16);

impl Model {
    /// A model that knows nothing: every token is O.
    pub fn empty() -> Model {
        Model::build(16, 1.0, 0.0, &[0; (N_LABELS + 1) * N_LABELS], &[0; CODES], Model::bitmap(16, &[]), Cow::Borrowed(&[]), vec![0], Cow::Borrowed(&[]), WordFreq::default())
    }

    pub fn mask(&self) -> u32 {
        ((1u64 << self.hash_bits) - 1) as u32
    }

    /// Builds the lookup structure over the rows of the buckets set in `present` (in bucket order;
    /// `labels`, `starts` and `codes` already checked to agree, see `code_starts`): the running
    /// count of rows before each bitmap word.
    #[allow(clippy::too_many_arguments)]
    fn build(hash_bits: u32, scale: f32, o_penalty: f32, transitions: &[i16], codebook: &[i16], present: Vec<u64>, labels: Cow<'static, [u8]>, starts: Vec<u32>, codes: Cow<'static, [u8]>, freq: WordFreq) -> Model {
        let mut values = [0i32; CODES];
        for (c, &v) in values.iter_mut().zip(codebook) {
            *c = v as i32;
        }
        let mut rank = Vec::with_capacity(present.len());
        let mut before = 0u32;
        for w in &present {
            rank.push(before);
            before += w.count_ones();
        }
        Model {
            hash_bits,
            scale,
            o_penalty,
            transitions: transitions.iter().map(|&w| w as f32 * scale).collect(),
            codebook: values,
            present,
            rank,
            labels,
            starts,
            codes,
            freq,
        }
    }

    /// Where each row's codes start, from the rows' label masks (u16s), and (last) how many codes
    /// they have in all; None when a mask names a label the model does not have. One pass, on the
    /// first annotation of a page: kept to a few instructions a row.
    fn code_starts(labels: &[u8]) -> Option<Vec<u32>> {
        let mut starts = vec![0u32; labels.len() / 2 + 1];
        let (mut at, mut stray) = (0u32, 0u16);
        for (start, m) in starts.iter_mut().zip(labels.chunks_exact(2)) {
            let mask = u16::from_le_bytes([m[0], m[1]]);
            *start = at;
            at += mask.count_ones();
            stray |= mask;
        }
        *starts.last_mut()? = at;
        (stray >> N_LABELS == 0).then_some(starts)
    }

    /// The bitmap of `buckets` (ascending, below 2^hash_bits), as the file stores it.
    fn bitmap(hash_bits: u32, buckets: &[u32]) -> Vec<u64> {
        let mut present = vec![0u64; (1usize << hash_bits).div_ceil(64)];
        for &b in buckets {
            present[b as usize / 64] |= 1 << (b % 64);
        }
        present
    }

    pub fn n_rows(&self) -> usize {
        self.starts.len() - 1
    }

    /// The row of `bucket`: `Err(true)` for a bucket in the table without a row (all weights
    /// zero), `Err(false)` for one outside it.
    #[inline]
    fn row_at(&self, bucket: u32) -> Result<usize, bool> {
        let b = bucket as usize;
        let word = *self.present.get(b / 64).ok_or(b < 1 << self.hash_bits)?;
        let bit = 1u64 << (b % 64);
        if word & bit == 0 {
            return Err(b < 1 << self.hash_bits);
        }
        Ok((self.rank[b / 64] + (word & (bit - 1)).count_ones()) as usize)
    }

    /// Adds row `r`'s weights to `acc`: one code for each label of its mask, in label order.
    #[inline]
    fn add_row(&self, r: usize, acc: &mut [i32; N_LABELS]) {
        let mut mask = u16::from_le_bytes([self.labels[2 * r], self.labels[2 * r + 1]]);
        let mut at = self.starts[r] as usize;
        while mask != 0 {
            acc[mask.trailing_zeros() as usize] += self.codebook[self.codes[at] as usize];
            at += 1;
            mask &= mask - 1;
        }
    }

    /// The weights of `bucket`, one per label (all zero when the model has none; None outside the table).
    #[cfg(test)]
    fn row(&self, bucket: u32) -> Option<[i32; N_LABELS]> {
        let mut out = [0; N_LABELS];
        match self.row_at(bucket) {
            Ok(r) => self.add_row(r, &mut out),
            Err(true) => {}
            Err(false) => return None,
        }
        Some(out)
    }

    /// Emission scores (n × N_LABELS) for a sentence's flattened features.
    pub fn emissions(&self, feats: &[u32], offsets: &[usize]) -> Vec<f32> {
        let n = offsets.len().saturating_sub(1);
        let mut out = vec![0f32; n * N_LABELS];
        for t in 0..n {
            let mut acc = [0i32; N_LABELS];
            self.add_rows(&feats[offsets[t]..offsets[t + 1]], &mut acc);
            self.emission_row(&acc, &mut out[t * N_LABELS..(t + 1) * N_LABELS]);
        }
        out
    }

    /// Adds the weights of `feats` to `acc` (integers: the order of the sums does not matter).
    #[inline]
    pub fn add_rows(&self, feats: &[u32], acc: &mut [i32; N_LABELS]) {
        for &f in feats {
            if let Ok(r) = self.row_at(f) {
                self.add_row(r, acc);
            }
        }
    }

    /// One token's emission scores from its summed weights.
    #[inline]
    pub fn emission_row(&self, acc: &[i32; N_LABELS], out: &mut [f32]) {
        for (o, &a) in out.iter_mut().zip(acc) {
            *o = a as f32 * self.scale;
        }
        out[0] -= self.o_penalty;
    }

    /// Serialises model parts (see the module comment). The buckets must be ascending and below
    /// 2^hash_bits, with one row of N_LABELS codes each; codes whose value is zero are left out.
    pub fn to_bytes(p: &ModelParts) -> Vec<u8> {
        assert!(p.buckets.windows(2).all(|w| w[0] < w[1]) && p.buckets.last().is_none_or(|&b| (b as u64) < 1 << p.hash_bits));
        assert!(p.freq.keys.windows(2).all(|w| w[0] < w[1]) && p.weights.len() == p.buckets.len() * N_LABELS && p.codebook.len() == CODES);
        let mut labels = Vec::with_capacity(2 * p.buckets.len());
        let mut codes = Vec::new();
        for row in p.weights.chunks_exact(N_LABELS) {
            let mut mask = 0u16;
            for (l, &c) in row.iter().enumerate() {
                if p.codebook[c as usize] != 0 {
                    mask |= 1 << l;
                    codes.push(c);
                }
            }
            labels.extend_from_slice(&mask.to_le_bytes());
        }
        let mut out = Vec::with_capacity(40 + 2 * CODES + (1 << p.hash_bits) / 8 + labels.len() + codes.len() + 5 * p.freq.keys.len());
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&VERSION.to_le_bytes());
        out.push(p.hash_bits as u8);
        out.push(N_LABELS as u8);
        out.extend_from_slice(&p.scale.to_le_bytes());
        out.extend_from_slice(&p.o_penalty.to_le_bytes());
        out.extend_from_slice(&(p.buckets.len() as u32).to_le_bytes());
        for &w in p.transitions.iter().chain(&p.codebook) {
            out.extend_from_slice(&w.to_le_bytes());
        }
        for w in Model::bitmap(p.hash_bits, &p.buckets) {
            out.extend_from_slice(&w.to_le_bytes());
        }
        out.extend_from_slice(&labels);
        out.extend_from_slice(&(codes.len() as u32).to_le_bytes());
        out.extend_from_slice(&codes);
        out.extend_from_slice(&(p.freq.keys.len() as u32).to_le_bytes());
        for &k in &p.freq.keys {
            out.extend_from_slice(&k.to_le_bytes());
        }
        out.extend_from_slice(&p.freq.classes);
        out
    }

    /// Reads a model; any malformed input is an error, never a panic. The codes are copied.
    pub fn from_bytes(bytes: &[u8]) -> Result<Model, String> {
        Model::parse(bytes, |b| Cow::Owned(b.to_vec()))
    }

    /// `from_bytes` for a model that lives as long as the program (the embedded one): the label
    /// masks and codes are read in place.
    pub fn from_static(bytes: &'static [u8]) -> Result<Model, String> {
        Model::parse(bytes, Cow::Borrowed)
    }

    fn parse<'a>(bytes: &'a [u8], keep: impl Fn(&'a [u8]) -> Cow<'static, [u8]>) -> Result<Model, String> {
        let mut r = Reader { bytes, at: 0 };
        if r.take(8)? != MAGIC {
            return Err("not a hashiya NER model (bad magic)".into());
        }
        let version = u16::from_le_bytes(r.take(2)?.try_into().unwrap());
        if version != VERSION {
            return Err(format!("model version {version}, expected {VERSION}"));
        }
        let hash_bits = r.take(1)?[0] as u32;
        let n_labels = r.take(1)?[0] as usize;
        if !(8..=24).contains(&hash_bits) || n_labels != N_LABELS {
            return Err(format!("unsupported model shape: {hash_bits} hash bits, {n_labels} labels"));
        }
        let scale = f32::from_le_bytes(r.take(4)?.try_into().unwrap());
        let o_penalty = f32::from_le_bytes(r.take(4)?.try_into().unwrap());
        let n_rows = r.u32()? as usize;
        if !scale.is_finite() || !o_penalty.is_finite() || n_rows > (1usize << hash_bits) {
            return Err("corrupt model header".into());
        }
        let transitions = r.i16s((N_LABELS + 1) * N_LABELS)?;
        let codebook = r.i16s(CODES)?;
        let present: Vec<u64> = r.take((1usize << hash_bits).div_ceil(64) * 8)?.chunks_exact(8).map(|c| u64::from_le_bytes(c.try_into().unwrap())).collect();
        if present.iter().map(|w| w.count_ones() as usize).sum::<usize>() != n_rows {
            return Err("the bucket bitmap does not match the row count".into());
        }
        let labels = r.take(2 * n_rows)?;
        let starts = Model::code_starts(labels).ok_or("a row names a label the model does not have")?;
        let n_codes = r.u32()? as usize;
        if starts[n_rows] as usize != n_codes {
            return Err("the rows' labels do not match the code count".into());
        }
        let codes = r.take(n_codes)?;
        let n_words = r.u32()? as usize;
        if n_words > bytes.len() {
            return Err("corrupt word table".into());
        }
        let keys: Vec<u32> = r.take(4 * n_words)?.chunks_exact(4).map(|c| u32::from_le_bytes(c.try_into().unwrap())).collect();
        if keys.windows(2).any(|w| w[0] >= w[1]) {
            return Err("word hashes not ascending".into());
        }
        let classes = r.take(n_words)?.to_vec();
        if r.at != bytes.len() {
            return Err("trailing bytes after the model".into());
        }
        Ok(Model::build(hash_bits, scale, o_penalty, &transitions, &codebook, present, keep(labels), starts, keep(codes), WordFreq { keys, classes }))
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], String> {
        let end = self.at.checked_add(n).filter(|&e| e <= self.bytes.len()).ok_or("model file is truncated")?;
        let s = &self.bytes[self.at..end];
        self.at = end;
        Ok(s)
    }
    fn u32(&mut self) -> Result<u32, String> {
        Ok(u32::from_le_bytes(self.take(4)?.try_into().unwrap()))
    }
    fn i16s(&mut self, n: usize) -> Result<Vec<i16>, String> {
        let raw = self.take(n.checked_mul(2).ok_or("model file is truncated")?)?;
        Ok(raw.chunks_exact(2).map(|c| i16::from_le_bytes([c[0], c[1]])).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_round_trip_and_iob_is_repaired() {
        for l in Label::ALL {
            assert_eq!(Label::parse(l.as_str()), l);
        }
        assert_eq!(Label::parse("B-PER"), Label::BPers);
        assert_eq!(Label::parse("X-LOC"), Label::O);
        let mut ls = [Label::ILoc, Label::ILoc, Label::O, Label::IOrg, Label::BPers, Label::IOrg];
        repair_iob(&mut ls);
        assert_eq!(ls, [Label::BLoc, Label::ILoc, Label::O, Label::BOrg, Label::BPers, Label::BOrg]);
    }

    #[test]
    fn model_bytes_round_trip_and_garbage_is_rejected() {
        let trans: Vec<i16> = (0..((N_LABELS + 1) * N_LABELS) as i16).collect();
        let buckets = [3u32, 70_000, 70_001, 1 << 19];
        // Codes 0 and 128 are worth zero, as the trainer makes them: those weights are not stored.
        let codebook: Vec<i16> = (0..CODES as i16).map(|c| if c % 128 == 0 { 0 } else { 3 * c - 300 }).collect();
        let mut weights: Vec<u8> = (0..(4 * N_LABELS) as u8).map(|c| if c % 3 == 0 { 0 } else { c * 7 }).collect();
        weights[N_LABELS..2 * N_LABELS].fill(128); // a row with no weight at all
        let freq = WordFreq { keys: vec![5, 9], classes: vec![1, 4] };
        let parts = ModelParts { hash_bits: 20, scale: 0.5, o_penalty: 2.0, transitions: trans, codebook: codebook.clone(), buckets: buckets.to_vec(), weights: weights.clone(), freq: freq.clone() };
        let bytes = Model::to_bytes(&parts);
        let m = Model::from_bytes(&bytes).unwrap();
        assert_eq!(m.n_rows(), 4);
        for (b, row) in buckets.iter().zip(weights.chunks_exact(N_LABELS)) {
            let want: Vec<i32> = row.iter().map(|&c| codebook[c as usize] as i32).collect();
            assert_eq!(m.row(*b).unwrap().to_vec(), want, "bucket {b}");
        }
        assert_eq!(m.row(70_001).unwrap()[1], 3 * ((2 * N_LABELS as i32 + 1) * 7) - 300);
        assert!(m.row(4).unwrap().iter().all(|&w| w == 0));
        assert!(m.row(1 << 20).is_none());
        assert_eq!(m.freq, freq);
        // Zero weights take no bytes: 4 rows × 9 codes, minus those worth zero, plus a mask per row.
        let stored = weights.iter().filter(|&&c| codebook[c as usize] != 0).count();
        assert!(stored < 3 * N_LABELS);
        let dense = Model::to_bytes(&ModelParts { codebook: (0..CODES as i16).map(|c| c + 1).collect(), ..parts.clone() });
        assert_eq!(dense.len() - bytes.len(), 4 * N_LABELS - stored);
        for cut in 0..bytes.len() {
            assert!(Model::from_bytes(&bytes[..cut]).is_err());
        }
        assert!(Model::from_bytes(b"garbage").is_err());
        // A mask naming a tenth label, or one whose codes are not all there, is refused.
        let labels_at = bytes.len() - (4 + 5 * 2) - (4 + stored) - 2 * 4;
        let mut bad = bytes.clone();
        bad[labels_at + 1] |= 0x80;
        assert!(Model::from_bytes(&bad).unwrap_err().contains("label"));
        let mut bad = bytes.clone();
        bad[labels_at] ^= 1;
        assert!(Model::from_bytes(&bad).is_err());
        // Any one byte changed in a small model: an error, or a model whose every row can be read.
        let small = Model::to_bytes(&ModelParts { hash_bits: 8, buckets: vec![3, 70, 71, 255], ..parts });
        for at in 0..small.len() {
            for flip in [1u8, 0x80, 0xff] {
                let mut b = small.clone();
                b[at] ^= flip;
                if let Ok(m) = Model::from_bytes(&b) {
                    let mut acc = [0; N_LABELS];
                    m.add_rows(&(0..300).collect::<Vec<u32>>(), &mut acc);
                }
            }
        }
    }

    #[test]
    fn viterbi_obeys_iob_and_forcing() {
        // One token that strongly prefers I-LOC must still come out as a B-.
        let mut e = vec![0f32; 2 * N_LABELS];
        e[Label::ILoc.index()] = 5.0;
        e[Label::BLoc.index()] = 1.0;
        e[N_LABELS + Label::ILoc.index()] = 5.0;
        let trans = vec![0f32; (N_LABELS + 1) * N_LABELS];
        let (path, score) = viterbi(&e, &trans, None);
        assert_eq!(path, vec![Label::BLoc, Label::ILoc]);
        assert_eq!(score, 6.0);
        let (forced, _) = viterbi(&e, &trans, Some(0..1));
        assert_eq!(forced[0], Label::O);
        assert_eq!(viterbi(&[], &trans, None).0, vec![]);
    }
}
