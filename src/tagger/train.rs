//! Averaged structured perceptron training (Collins 2002) over hashed features.
//!
//! Deterministic by construction: sentences are shuffled with a seeded SplitMix64, weights live in
//! dense arrays indexed by bucket, and the model is written in ascending bucket order, so the same
//! data, settings and seed give a byte-identical model.

use super::conll::{Score, Sentence};
use super::features::sentence_features;
use super::model::{repair_iob, viterbi, Label, Model, N_LABELS};

#[derive(Debug, Clone)]
pub struct TrainConfig {
    pub epochs: usize,
    pub seed: u64,
    /// The feature table has `1 << hash_bits` buckets.
    pub hash_bits: u32,
    /// Averaged weights smaller than this (in absolute value) are dropped from the written model.
    pub prune_below: f32,
}

impl Default for TrainConfig {
    fn default() -> Self {
        TrainConfig { epochs: 12, seed: 1, hash_bits: 20, prune_below: 0.0 }
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

/// A sentence ready for training: hashed features and gold labels (IOB repaired).
struct Prepared {
    feats: Vec<u32>,
    offsets: Vec<usize>,
    gold: Vec<Label>,
}

fn prepare(sents: &[Sentence], mask: u32) -> Vec<Prepared> {
    sents
        .iter()
        .map(|s| {
            let words: Vec<&str> = s.words.iter().map(String::as_str).collect();
            let (feats, offsets) = sentence_features(&words, mask);
            let mut gold = s.labels.clone();
            repair_iob(&mut gold);
            Prepared { feats, offsets, gold }
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
            for &f in &s.feats[s.offsets[t]..s.offsets[t + 1]] {
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
        for &f in &s.feats[s.offsets[t]..s.offsets[t + 1]] {
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

    /// The averaged weights, quantised to i16 and serialised; rows below `prune_below` dropped.
    fn export(&self, hash_bits: u32, prune_below: f32) -> Vec<u8> {
        let avg = |w: f32, s: f32| w - s / self.steps;
        let trans: Vec<f32> = self.trans.iter().zip(&self.trans_sum).map(|(&w, &s)| avg(w, s)).collect();
        let mut max = trans.iter().fold(0f32, |m, w| m.max(w.abs()));
        for (&w, &s) in self.w.iter().zip(&self.sum) {
            max = max.max(avg(w, s).abs());
        }
        let scale = if max > 0.0 { max / 32767.0 } else { 1.0 };
        let q = |w: f32| -> i16 {
            if w.abs() < prune_below { 0 } else { (w / scale).round().clamp(-32767.0, 32767.0) as i16 }
        };
        let qtrans: Vec<i16> = trans.iter().map(|&w| (w / scale).round() as i16).collect();
        let mut buckets = Vec::new();
        let mut weights = Vec::new();
        for b in 0..self.w.len() / N_LABELS {
            let row: Vec<i16> = (0..N_LABELS).map(|y| q(avg(self.w[b * N_LABELS + y], self.sum[b * N_LABELS + y]))).collect();
            if row.iter().any(|&w| w != 0) {
                buckets.push(b as u32);
                weights.extend_from_slice(&row);
            }
        }
        Model::to_bytes(hash_bits, scale, &qtrans, &buckets, &weights)
    }
}

/// Scores `model` on `sents` (PER/LOC/ORG, conlleval rules).
pub fn evaluate(model: &Model, sents: &[Sentence]) -> Score {
    let mut score = Score::default();
    let mask = model.mask();
    for s in sents {
        let words: Vec<&str> = s.words.iter().map(String::as_str).collect();
        let (feats, offsets) = sentence_features(&words, mask);
        let (pred, _) = viterbi(&model.emissions(&feats, &offsets), &model.transitions, None);
        score.add(&s.labels, &pred);
    }
    score
}

/// Trains a model on `train`, reporting each epoch (with the dev score when `dev` is non-empty)
/// through `progress`; returns the serialised model of the last epoch.
pub fn train(train: &[Sentence], dev: &[Sentence], cfg: &TrainConfig, mut progress: impl FnMut(&str)) -> Vec<u8> {
    let hash_bits = cfg.hash_bits.clamp(8, 24);
    let mask = ((1u64 << hash_bits) - 1) as u32;
    let data = prepare(train, mask);
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut rng = SplitMix64(cfg.seed);
    let mut p = Perceptron::new(1 << hash_bits);
    let mut bytes = p.export(hash_bits, cfg.prune_below);
    for epoch in 1..=cfg.epochs {
        for i in (1..order.len()).rev() {
            order.swap(i, rng.below(i + 1));
        }
        let mistakes = order.iter().filter(|&&k| p.learn(&data[k])).count();
        bytes = p.export(hash_bits, cfg.prune_below);
        let mut line = format!("epoch {epoch}: {mistakes}/{} training sentences wrong", data.len());
        if !dev.is_empty() {
            if let Ok(m) = Model::from_bytes(&bytes) {
                line += &format!("; dev {} ; {} rows, {} bytes", evaluate(&m, dev).summary(), m.n_rows(), bytes.len());
            }
        }
        progress(&line);
    }
    bytes
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
        let cfg = TrainConfig { epochs: 5, seed: 7, hash_bits: 14, prune_below: 0.0 };
        let a = train(&sents, &[], &cfg, |_| {});
        let b = train(&sents, &[], &cfg, |_| {});
        assert_eq!(a, b);
        let other_seed = train(&sents, &[], &TrainConfig { seed: 8, ..cfg.clone() }, |_| {});
        assert!(Model::from_bytes(&other_seed).is_ok());
        let m = Model::from_bytes(&a).unwrap();
        assert_eq!(evaluate(&m, &sents).micro().f1(), 1.0);
    }
}
