//! Averaged structured perceptron training (Collins 2002) over hashed features.
//!
//! Deterministic by construction: sentences are shuffled with a seeded SplitMix64, weights live in
//! dense arrays indexed by bucket, and the model is written in ascending bucket order, so the same
//! data, settings and seed give a byte-identical model.

use super::conll::{Score, Sentence};
use super::features::{sentence_features, token_features, views, WordFreq};
use super::model::{repair_iob, viterbi, Label, Model, ModelParts, N_LABELS};

#[derive(Debug, Clone)]
pub struct TrainConfig {
    pub epochs: usize,
    pub seed: u64,
    /// The feature table has `1 << hash_bits` buckets.
    pub hash_bits: u32,
    /// Averaged weights smaller than this (in absolute value) are dropped from the written model.
    pub prune_below: f32,
    /// Share of training tokens shown as unknown words in each epoch (word dropout).
    pub word_dropout: f32,
    /// Taken off the O score of every token when decoding (see the model format).
    pub o_penalty: f32,
    /// Perceptrons trained with successive seeds and averaged.
    pub runs: usize,
    /// Copies of the sentences with organisations, other organisation names put in (see `augment`).
    pub org_copies: usize,
    /// Chance that an organisation of such a copy is replaced (the others stay as they were).
    pub org_replace: f32,
    /// Chance that a replacement is another organisation name of the training sentences rather
    /// than a club name (see `augment`).
    pub org_self: f32,
    /// Score dev after every epoch, not only the last of each run.
    pub report_every_epoch: bool,
}

impl Default for TrainConfig {
    fn default() -> Self {
        TrainConfig { epochs: 15, seed: 1, hash_bits: 18, prune_below: 0.5, word_dropout: 0.1, o_penalty: 8.0, runs: 8, org_copies: 4, org_replace: 0.5, org_self: 0.3, report_every_epoch: true }
    }
}

/// SplitMix64: a tiny, well-mixed PRNG so shuffles never depend on a library's version.
struct SplitMix64(u64);

impl SplitMix64 {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// A sentence ready for training: hashed features, the same as unknown words, gold labels (IOB
/// repaired), and which tokens are currently shown as unknown.
struct Prepared {
    feats: Vec<u32>,
    offsets: Vec<usize>,
    unknown_feats: Vec<u32>,
    unknown_offsets: Vec<usize>,
    gold: Vec<Label>,
    dropped: Vec<bool>,
}

impl Prepared {
    fn token(&self, t: usize) -> &[u32] {
        if self.dropped[t] {
            &self.unknown_feats[self.unknown_offsets[t]..self.unknown_offsets[t + 1]]
        } else {
            &self.feats[self.offsets[t]..self.offsets[t + 1]]
        }
    }
}

fn prepare(sents: &[Sentence], mask: u32, freq: &WordFreq) -> Vec<Prepared> {
    sents
        .iter()
        .map(|s| {
            let words: Vec<&str> = s.words.iter().map(String::as_str).collect();
            let (feats, offsets) = sentence_features(&words, mask, freq);
            let views = views(&words, freq);
            let views: Vec<&_> = views.iter().collect();
            let mut unknown_feats = Vec::new();
            let mut unknown_offsets = vec![0];
            for t in 0..views.len() {
                token_features(&views, t, mask, true, &mut unknown_feats);
                unknown_offsets.push(unknown_feats.len());
            }
            let mut gold = s.labels.clone();
            repair_iob(&mut gold);
            let dropped = vec![false; gold.len()];
            Prepared { feats, offsets, unknown_feats, unknown_offsets, gold, dropped }
        })
        .collect()
}

/// Weights and their running sums for averaging (the "lazy" trick: `sum` holds step × update,
/// and the average is `w - sum / steps`).
struct Perceptron {
    w: Vec<f32>,
    sum: Vec<f32>,
    trans: Vec<f32>,
    trans_sum: Vec<f32>,
    steps: f32,
}

impl Perceptron {
    fn new(buckets: usize) -> Perceptron {
        Perceptron {
            w: vec![0.0; buckets * N_LABELS],
            sum: vec![0.0; buckets * N_LABELS],
            trans: vec![0.0; (N_LABELS + 1) * N_LABELS],
            trans_sum: vec![0.0; (N_LABELS + 1) * N_LABELS],
            steps: 1.0,
        }
    }

    fn emissions(&self, s: &Prepared) -> Vec<f32> {
        let n = s.gold.len();
        let mut out = vec![0f32; n * N_LABELS];
        for t in 0..n {
            let o = &mut out[t * N_LABELS..(t + 1) * N_LABELS];
            for &f in s.token(t) {
                let row = &self.w[f as usize * N_LABELS..(f as usize + 1) * N_LABELS];
                for (a, &w) in o.iter_mut().zip(row) {
                    *a += w;
                }
            }
        }
        out
    }

    fn bump_feats(&mut self, s: &Prepared, t: usize, label: Label, delta: f32) {
        let c = self.steps * delta;
        for &f in s.token(t) {
            let k = f as usize * N_LABELS + label.index();
            self.w[k] += delta;
            self.sum[k] += c;
        }
    }

    fn bump_trans(&mut self, prev: Option<Label>, cur: Label, delta: f32) {
        let k = prev.map_or(N_LABELS, Label::index) * N_LABELS + cur.index();
        self.trans[k] += delta;
        self.trans_sum[k] += self.steps * delta;
    }

    /// One perceptron step on one sentence; returns whether the prediction was wrong.
    fn learn(&mut self, s: &Prepared) -> bool {
        let (pred, _) = viterbi(&self.emissions(s), &self.trans, None);
        let wrong = pred != s.gold;
        if wrong {
            for t in 0..s.gold.len() {
                let (g, p) = (s.gold[t], pred[t]);
                let (gp, pp) = if t == 0 { (None, None) } else { (Some(s.gold[t - 1]), Some(pred[t - 1])) };
                if g != p {
                    self.bump_feats(s, t, g, 1.0);
                    self.bump_feats(s, t, p, -1.0);
                }
                if g != p || gp != pp {
                    self.bump_trans(gp, g, 1.0);
                    self.bump_trans(pp, p, -1.0);
                }
            }
        }
        self.steps += 1.0;
        wrong
    }

    /// The averaged emission and transition weights.
    fn averaged(&self) -> (Vec<f32>, Vec<f32>) {
        let avg = |(&w, &s): (&f32, &f32)| w - s / self.steps;
        (self.w.iter().zip(&self.sum).map(avg).collect(), self.trans.iter().zip(&self.trans_sum).map(avg).collect())
    }
}

/// Quantises the model and serialises it: transitions to i16 with one scale; weights to one-byte
/// codes, 0 for a weight below `prune_below` (dropped), 1–127 for positive and 129–255 for negative
/// magnitudes spaced logarithmically from `prune_below` to the largest weight (127 steps of under 4%,
/// so a weight is off by under 2%). All-zero rows are left out.
fn quantise(w: &[f32], trans: &[f32], cfg: &TrainConfig, hash_bits: u32, freq: &WordFreq) -> Vec<u8> {
    const STEPS: f32 = 126.0; // codes 1..=127 per sign
    let max = w.iter().chain(trans).fold(0f32, |m, x| m.max(x.abs()));
    let scale = if max > 0.0 { max / 32767.0 } else { 1.0 };
    let qtrans: Vec<i16> = trans.iter().map(|&x| (x / scale).round().clamp(-32767.0, 32767.0) as i16).collect();
    // Magnitudes in units of `scale`, from the smallest weight kept to the largest.
    let lo = (cfg.prune_below / scale).max(1.0);
    let hi = (max / scale).max(lo);
    let ratio = (hi / lo).ln() / STEPS;
    let magnitude = |k: usize| -> i16 { (lo * (ratio * (k - 1) as f32).exp()).round().clamp(1.0, 32767.0) as i16 };
    let mut codebook = vec![0i16; 256];
    for k in 1..=127 {
        codebook[k] = magnitude(k);
        codebook[128 + k] = -magnitude(k);
    }
    let code = |x: f32| -> u8 {
        let m = x.abs() / scale;
        if x.abs() < cfg.prune_below || m < 0.5 {
            return 0;
        }
        let k = if ratio > 0.0 { ((m / lo).ln() / ratio).round().clamp(0.0, STEPS) as u8 + 1 } else { 1 };
        if x < 0.0 { 128 + k } else { k }
    };
    let mut buckets = Vec::new();
    let mut weights = Vec::new();
    for (b, row) in w.chunks_exact(N_LABELS).enumerate() {
        let row: Vec<u8> = row.iter().map(|&x| code(x)).collect();
        if row.iter().any(|&c| c != 0) {
            buckets.push(b as u32);
            weights.extend_from_slice(&row);
        }
    }
    let o_penalty = if cfg.o_penalty.is_finite() { cfg.o_penalty } else { 0.0 };
    Model::to_bytes(&ModelParts { hash_bits, scale, o_penalty, transitions: qtrans, codebook, buckets, weights, freq: freq.clone() })
}

/// Frequency classes of the normalised training words.
fn word_frequencies(sents: &[Sentence]) -> WordFreq {
    let mut keys: Vec<u32> =
        sents.iter().flat_map(|s| &s.words).map(|w| WordFreq::key(&crate::text::normalize(w))).collect();
    keys.sort_unstable();
    let mut counts = Vec::new();
    for k in keys {
        match counts.last_mut() {
            Some((last, c)) if *last == k => *c += 1,
            _ => counts.push((k, 1usize)),
        }
    }
    WordFreq::from_counts(counts)
}

/// Organisation names (sports clubs) put in place of the organisation names of training sentences
/// (`data/lexicon/gazetteer/org-entries.txt`, see SOURCES.md there).
static ORG_ENTRIES: &str = include_str!("../../data/lexicon/gazetteer/org-entries.txt");

/// The organisation names of the training sentences (IOB repaired), in order of appearance, with
/// repeats: the pool `augment` draws from with probability `org_self`.
fn own_organisations(train: &[Sentence]) -> Vec<Vec<&str>> {
    let mut out = Vec::new();
    for s in train {
        let mut gold = s.labels.clone();
        repair_iob(&mut gold);
        let mut i = 0;
        while i < gold.len() {
            if gold[i] == Label::BOrg {
                let start = i;
                i += 1;
                while i < gold.len() && gold[i] == Label::IOrg {
                    i += 1;
                }
                out.push(s.words[start..i].iter().map(String::as_str).collect());
            } else {
                i += 1;
            }
        }
    }
    out
}

/// The training sentences, then `copies` copies of those with an organisation in them, in which each
/// organisation's words are replaced, with probability `replace`, by a club name drawn at random
/// or, with probability `own` of those replacements, by another organisation name of the training
/// sentences (seeded: deterministic). Names the model has never seen thus stand where
/// organisations stand, so context, affixes and the gazetteer features learn to carry unseen
/// organisations (ORG is the type whose names training covers least); the training set's own
/// names moved to other sentences keep a known name from being learnt with its usual context only.
/// Copies of people's and places' names did not help (model/TRAINING-LOG.md).
fn augment(train: &[Sentence], copies: usize, replace: f32, own: f32, seed: u64) -> Vec<Sentence> {
    let mut out = train.to_vec();
    // Fixed thresholds on the PRNG, as for word dropout.
    let threshold = (replace.clamp(0.0, 1.0) as f64 * u64::MAX as f64) as u64;
    let own_threshold = (own.clamp(0.0, 1.0) as f64 * u64::MAX as f64) as u64;
    let entries: Vec<Vec<&str>> = ORG_ENTRIES
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| l.split_whitespace().collect())
        .collect();
    if entries.is_empty() {
        return out;
    }
    let own_names = if own > 0.0 { own_organisations(train) } else { Vec::new() };
    let mut rng = SplitMix64(seed ^ 0xa5a5_5a5a_1234_5678);
    for _ in 0..copies {
        for s in train {
            let mut gold = s.labels.clone();
            repair_iob(&mut gold);
            if !gold.contains(&Label::BOrg) {
                continue;
            }
            let mut words = Vec::with_capacity(s.words.len());
            let mut labels = Vec::with_capacity(s.words.len());
            let mut i = 0;
            while i < gold.len() {
                if gold[i] == Label::BOrg && (replace >= 1.0 || rng.next() < threshold) {
                    i += 1;
                    while i < gold.len() && gold[i] == Label::IOrg {
                        i += 1;
                    }
                    let pool = if !own_names.is_empty() && rng.next() < own_threshold { &own_names } else { &entries };
                    for (n, w) in pool[rng.below(pool.len())].iter().enumerate() {
                        words.push(w.to_string());
                        labels.push(if n == 0 { Label::BOrg } else { Label::IOrg });
                    }
                } else {
                    words.push(s.words[i].clone());
                    labels.push(gold[i]);
                    i += 1;
                }
            }
            out.push(Sentence { words, labels });
        }
    }
    out
}

/// Scores `model` on `sents` (PER/LOC/ORG, conlleval rules).
pub fn evaluate(model: &Model, sents: &[Sentence]) -> Score {
    let mut score = Score::default();
    let mask = model.mask();
    for s in sents {
        let words: Vec<&str> = s.words.iter().map(String::as_str).collect();
        let (feats, offsets) = sentence_features(&words, mask, &model.freq);
        let (pred, _) = viterbi(&model.emissions(&feats, &offsets), &model.transitions, None);
        score.add(&s.labels, &pred);
    }
    score
}

/// Trains `cfg.runs` perceptrons (seeds `seed`, `seed + 1`, …) and averages their weights, which
/// steadies the result against the luck of one shuffle. Reports each epoch, with the dev score
/// when `dev` is non-empty, through `progress`; returns the serialised model.
pub fn train(train: &[Sentence], dev: &[Sentence], cfg: &TrainConfig, mut progress: impl FnMut(&str)) -> Vec<u8> {
    let hash_bits = cfg.hash_bits.clamp(8, 24);
    let mask = ((1u64 << hash_bits) - 1) as u32;
    let freq = word_frequencies(train);
    // Frequencies come from the real sentences only: the club names inserted should look unseen.
    let augmented = augment(train, cfg.org_copies, cfg.org_replace, cfg.org_self, cfg.seed);
    let mut data = prepare(&augmented, mask, &freq);
    let runs = cfg.runs.max(1);
    let mut mean_w = vec![0f32; (1usize << hash_bits) * N_LABELS];
    let mut mean_trans = vec![0f32; (N_LABELS + 1) * N_LABELS];
    let report = |label: &str, w: &[f32], trans: &[f32], progress: &mut dyn FnMut(&str)| -> Vec<u8> {
        let bytes = quantise(w, trans, cfg, hash_bits, &freq);
        let mut line = label.to_string();
        if !dev.is_empty() {
            if let Ok(m) = Model::from_bytes(&bytes) {
                line += &format!("; dev {}; {} rows, {} bytes", evaluate(&m, dev).summary(), m.n_rows(), bytes.len());
            }
        }
        progress(&line);
        bytes
    };
    for run in 0..runs {
        let mut order: Vec<usize> = (0..data.len()).collect();
        let mut rng = SplitMix64(cfg.seed.wrapping_add(run as u64));
        let mut p = Perceptron::new(1 << hash_bits);
        for epoch in 1..=cfg.epochs {
            for i in (1..order.len()).rev() {
                order.swap(i, rng.below(i + 1));
            }
            // A fixed threshold on the PRNG keeps dropout as deterministic as the shuffle.
            let threshold = (cfg.word_dropout.clamp(0.0, 1.0) as f64 * u64::MAX as f64) as u64;
            for s in data.iter_mut() {
                for d in s.dropped.iter_mut() {
                    *d = cfg.word_dropout > 0.0 && rng.next() < threshold;
                }
            }
            let mistakes = order.iter().filter(|&&k| p.learn(&data[k])).count();
            let label = format!("run {}/{runs} epoch {epoch}: {mistakes}/{} training sentences wrong", run + 1, data.len());
            if epoch == cfg.epochs || cfg.report_every_epoch {
                let (w, t) = p.averaged();
                report(&label, &w, &t, &mut progress);
            } else {
                progress(&label);
            }
        }
        let (w, t) = p.averaged();
        for (m, x) in mean_w.iter_mut().zip(&w) {
            *m += x / runs as f32;
        }
        for (m, x) in mean_trans.iter_mut().zip(&t) {
            *m += x / runs as f32;
        }
    }
    report(&format!("average of {runs} runs"), &mean_w, &mean_trans, &mut progress)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tagger::conll::parse;

    // A tiny corpus written for this test.
    const TINY: &str = "زار O\nالرئيس O\nسامي B-PERS\nخليل I-PERS\nمدينة O\nحلب B-LOC\n\n\
        وصل O\nوفد O\nمن O\nمنظمة B-ORG\nالصحة I-ORG\nإلى O\nعمان B-LOC\n\n\
        قال O\nكريم B-PERS\nفي O\nدمشق B-LOC\n";

    #[test]
    fn training_is_deterministic_and_learns_the_tiny_corpus() {
        let sents = parse(TINY);
        let cfg = TrainConfig { epochs: 5, seed: 7, hash_bits: 14, prune_below: 0.0, word_dropout: 0.1, o_penalty: 0.0, runs: 2, org_copies: 1, org_replace: 1.0, org_self: 0.3, report_every_epoch: true };
        let a = train(&sents, &[], &cfg, |_| {});
        let b = train(&sents, &[], &cfg, |_| {});
        assert_eq!(a, b);
        let other_seed = train(&sents, &[], &TrainConfig { seed: 8, ..cfg.clone() }, |_| {});
        assert!(Model::from_bytes(&other_seed).is_ok());
        let m = Model::from_bytes(&a).unwrap();
        assert_eq!(evaluate(&m, &sents).micro().f1(), 1.0);
    }
}
