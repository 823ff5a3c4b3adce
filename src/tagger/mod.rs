//! A learned tagger for people, places and organisations (PERS/LOC/ORG, IOB2).
//!
//! An averaged structured perceptron over hashed sparse features (word, normalised word, stems after
//! clitic segmentation, affixes, shape, neighbouring words and stems), decoded with Viterbi over
//! first-order label transitions. It is trained by `hashiya train` on ANERcorp (see
//! `model/LICENSE-ANERcorp.md`) and the model is compiled into the crate, so it ships inside the wasm.
//!
//! Some features come from the project's lexicons (`crate::lexicon`: place names, nisbas, titles),
//! from person-name lists (`names`, `data/lexicon/names`) and from gazetteers of organisation,
//! person and place name words (`names::gazetteer_class`, `data/lexicon/gazetteer`), so the model
//! should be retrained (`hashiya train`, seconds) after those lists change much.
//!
//! Input is one sentence of tokens as in ANERcorp: words with their clitics attached ("وروسيا"),
//! punctuation split off. MISC is learnt as a class of its own but reported as O.

pub mod conll;
mod consistency;
pub mod features;
mod memo;
pub mod model;
pub mod names;
pub mod train;

use std::ops::Range;
use std::sync::OnceLock;

use crate::document::EntityType;
use features::sentence_features;
pub use model::Label;
use model::{Lattice, Model};

/// The trained model, compiled in.
static MODEL_BYTES: &[u8] = include_bytes!(concat!(env!("CARGO_MANIFEST_DIR"), "/model/ner.bin"));

/// Sentences longer than this are tagged in independent windows, to bound memory and time.
const MAX_SENTENCE: usize = 512;

/// Score margin (in model units: averaged perceptron updates) at which a span's confidence reaches
/// 1 - 1/e ≈ 0.63. Chosen on dev so that confidence bands roughly follow span precision
/// (`tests/tagger_dev.rs` prints the table); retraining with other settings may call for a new value.
const MARGIN_SCALE: f32 = 25.0;

/// One entity the tagger found.
#[derive(Debug, Clone, PartialEq)]
pub struct TaggedSpan {
    /// Token indices in the sentence, end-exclusive.
    pub tokens: Range<usize>,
    pub kind: EntityType,
    /// In [0, 1]: how much better the best tagging is than the best one with these tokens all O,
    /// squashed as `1 - exp(-margin / MARGIN_SCALE)`. 0 means "O was as good", near 1 "clear-cut".
    pub confidence: f32,
}

pub struct Tagger {
    model: Model,
}

fn confidence_of_margin(margin: f32) -> f32 {
    if margin.is_nan() || margin <= 0.0 {
        0.0
    } else {
        (1.0 - (-margin / MARGIN_SCALE).exp()).clamp(0.0, 1.0)
    }
}

fn entity_type(l: Label) -> Option<EntityType> {
    match l {
        Label::BPers | Label::IPers => Some(EntityType::Person),
        Label::BLoc | Label::ILoc => Some(EntityType::Place),
        Label::BOrg | Label::IOrg => Some(EntityType::Organization),
        _ => None,
    }
}

impl Tagger {
    /// Reads a model file; errors on anything malformed.
    pub fn from_bytes(bytes: &[u8]) -> Result<Tagger, String> {
        Ok(Tagger { model: Model::from_bytes(bytes)? })
    }

    /// The compiled-in model, loaded once. Should it ever fail to load, the tagger tags everything O
    /// rather than panicking.
    pub fn embedded() -> &'static Tagger {
        static TAGGER: OnceLock<Tagger> = OnceLock::new();
        TAGGER.get_or_init(|| Model::from_static(MODEL_BYTES).map(|model| Tagger { model }).unwrap_or(Tagger { model: Model::empty() }))
    }

    /// The emission scores and Viterbi lattice of one window; `o_bonus` is added to every token's
    /// O score (0 for the model's own balance).
    fn decode(&self, words: &[&str], o_bonus: f32) -> (Vec<f32>, Lattice) {
        let embedded = Tagger::embedded();
        let mut emissions = if std::ptr::eq(self, embedded) {
            memo::emissions(&embedded.model, words)
        } else {
            let (feats, offsets) = sentence_features(words, self.model.mask(), &self.model.freq);
            self.model.emissions(&feats, &offsets)
        };
        if o_bonus != 0.0 {
            for row in emissions.chunks_exact_mut(model::N_LABELS) {
                row[Label::O as usize] += o_bonus;
            }
        }
        let mut lattice = Lattice::new(&emissions, &self.model.transitions);
        lattice.fill(&emissions, None, 0);
        (emissions, lattice)
    }

    /// IOB2 labels of one sentence's tokens: PERS, LOC, ORG or O (MISC is reported as O).
    pub fn tag(&self, words: &[&str]) -> Vec<Label> {
        self.tag_with(words, 0.0)
    }

    fn tag_with(&self, words: &[&str], o_bonus: f32) -> Vec<Label> {
        let mut out = Vec::with_capacity(words.len());
        for window in words.chunks(MAX_SENTENCE) {
            out.extend(self.decode(window, o_bonus).1.path().into_iter().map(Label::public));
        }
        out
    }

    /// IOB2 labels of a run of sentences read as one document: each sentence tagged alone, then the
    /// untagged repeats of names tagged nearby labelled too, then corrected where the lexicons know
    /// better (`consistency`). What `tag --conll` prints.
    pub fn tag_document(&self, sentences: &[Vec<&str>]) -> Vec<Vec<Label>> {
        let o_bonus = self.model.o_penalty - consistency::SENTENCE_O_PENALTY;
        let tagged = sentences.iter().map(|s| self.tag_with(s, o_bonus)).collect();
        let mut labels = consistency::label_repeats(sentences, tagged);
        consistency::lexicon_corrections(sentences, &mut labels);
        labels
    }

    /// The PERS/LOC/ORG entities of one sentence, with confidences.
    pub fn spans(&self, words: &[&str]) -> Vec<TaggedSpan> {
        let mut out = Vec::new();
        for (w, window) in words.chunks(MAX_SENTENCE).enumerate() {
            let base = w * MAX_SENTENCE;
            let (emissions, lattice) = self.decode(window, 0.0);
            let best = lattice.total();
            let mut work = lattice.clone();
            for (start, end, kind) in entity_runs(&lattice.path()) {
                let without = lattice.total_forced(&emissions, start..end, &mut work);
                out.push(TaggedSpan { tokens: base + start..base + end, kind, confidence: confidence_of_margin(best - without) });
            }
        }
        out
    }
}

/// Runs of PERS/LOC/ORG in a Viterbi path (which always obeys IOB2).
fn entity_runs(path: &[Label]) -> Vec<(usize, usize, EntityType)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < path.len() {
        match entity_type(path[i]) {
            Some(kind) => {
                let mut j = i + 1;
                while j < path.len() && path[j].is_inside() && path[j].begin() == path[i].begin() {
                    j += 1;
                }
                out.push((i, j, kind));
                i = j;
            }
            None => i += 1,
        }
    }
    out
}




fn read_input(path: &str) -> Result<String, String> {
    use std::io::Read;
    let mut buf = Vec::new();
    if path == "-" {
        std::io::stdin().read_to_end(&mut buf).map_err(|e| format!("cannot read standard input: {e}"))?;
    } else {
        buf = std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))?;
    }
    String::from_utf8(buf).map_err(|e| format!("{path} is not UTF-8 (invalid byte at {})", e.utf8_error().valid_up_to()))
}

/// `hashiya tag --conll FILE|- [--model FILE]`: prints "TOKEN TAG" per token (blank lines kept), the tokens as read.
pub fn cli_tag(args: &[&str]) -> Result<(), String> {
    let (path, model_path) = match args {
        ["--conll", path] => (*path, None),
        ["--conll", path, "--model", model] | ["--model", model, "--conll", path] => (*path, Some(*model)),
        _ => return Err("usage: hashiya tag --conll FILE|- [--model FILE]".into()),
    };
    let text = read_input(path)?;
    let loaded;
    let tagger = match model_path {
        None => Tagger::embedded(),
        Some(m) => {
            let bytes = std::fs::read(m).map_err(|e| format!("cannot read {m}: {e}"))?;
            loaded = Tagger::from_bytes(&bytes).map_err(|e| format!("{m}: {e}"))?;
            &loaded
        }
    };
    // The file is one document. Every blank line ends a sentence (so the output keeps them all).
    let mut sentences: Vec<Vec<&str>> = vec![Vec::new()];
    for line in text.lines() {
        match line.split_whitespace().next() {
            Some(word) => sentences.last_mut().expect("never empty").push(word),
            None => sentences.push(Vec::new()),
        }
    }
    let labels = tagger.tag_document(&sentences);
    let mut out = String::with_capacity(text.len() + text.len() / 4);
    for (k, (sentence, labels)) in sentences.iter().zip(&labels).enumerate() {
        if k > 0 {
            out.push('\n');
        }
        for (w, l) in sentence.iter().zip(labels) {
            out.push_str(w);
            out.push(' ');
            out.push_str(l.as_str());
            out.push('\n');
        }
    }
    use std::io::Write;
    std::io::stdout().lock().write_all(out.as_bytes()).map_err(|e| format!("cannot write: {e}"))
}

/// `hashiya train [--train F] [--dev F] [--out F] [--epochs N] [--seed S] [--hash-bits B] [--prune X] [--word-dropout P] [--o-penalty X] [--runs R] [--org-copies N] [--org-replace P] [--org-self P]`.
pub fn cli_train(args: &[&str]) -> Result<(), String> {
    let mut train_path = "../shared/data/anercorp/train.txt".to_string();
    let mut dev_path = Some("../shared/data/anercorp/dev.txt".to_string());
    let mut out_path = "model/ner.bin".to_string();
    let mut cfg = train::TrainConfig::default();
    let mut it = args.iter();
    while let Some(&flag) = it.next() {
        let value = it.next().ok_or(format!("{flag} needs a value"))?;
        let bad = |e: &dyn std::fmt::Display| format!("bad value for {flag}: {e}");
        match flag {
            "--train" => train_path = value.to_string(),
            "--dev" => dev_path = (*value != "none").then(|| value.to_string()),
            "--out" => out_path = value.to_string(),
            "--epochs" => cfg.epochs = value.parse().map_err(|e| bad(&e))?,
            "--seed" => cfg.seed = value.parse().map_err(|e| bad(&e))?,
            "--hash-bits" => cfg.hash_bits = value.parse().map_err(|e| bad(&e))?,
            "--prune" => cfg.prune_below = value.parse().map_err(|e| bad(&e))?,
            "--word-dropout" => cfg.word_dropout = value.parse().map_err(|e| bad(&e))?,
            "--o-penalty" => cfg.o_penalty = value.parse().map_err(|e| bad(&e))?,
            "--runs" => cfg.runs = value.parse().map_err(|e| bad(&e))?,
            "--org-copies" => cfg.org_copies = value.parse().map_err(|e| bad(&e))?,
            "--org-replace" => cfg.org_replace = value.parse().map_err(|e| bad(&e))?,
            "--org-self" => cfg.org_self = value.parse().map_err(|e| bad(&e))?,
            _ => return Err(format!("unknown option {flag}")),
        }
    }
    let train_sents = conll::parse(&read_input(&train_path)?);
    let dev_sents = match &dev_path {
        Some(p) => conll::parse(&read_input(p)?),
        None => Vec::new(),
    };
    eprintln!("training on {} sentences, {} dev sentences; {cfg:?}", train_sents.len(), dev_sents.len());
    let started = std::time::Instant::now();
    let bytes = train::train(&train_sents, &dev_sents, &cfg, |line| {
        eprintln!("[{:6.1}s] {line}", started.elapsed().as_secs_f32());
    });
    std::fs::write(&out_path, &bytes).map_err(|e| format!("cannot write {out_path}: {e}"))?;
    eprintln!("wrote {out_path} ({} bytes) in {:.1}s", bytes.len(), started.elapsed().as_secs_f32());
    if !dev_sents.is_empty() {
        // The epochs' figures tag each sentence alone; `tag --conll` reads the file as one document.
        let tagger = Tagger::from_bytes(&bytes)?;
        let words: Vec<Vec<&str>> = dev_sents.iter().map(|s| s.words.iter().map(String::as_str).collect()).collect();
        let mut score = conll::Score::default();
        for (s, labels) in dev_sents.iter().zip(tagger.tag_document(&words)) {
            score.add(&s.labels, &labels);
        }
        eprintln!("dev read as one document (as tag --conll tags it): {}", score.summary());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_model_finds_a_city_after_fi() {
        let t = Tagger::embedded();
        let words = ["وصل", "الوفد", "إلى", "القاهرة", "أمس", "."];
        let labels = t.tag(&words);
        assert_eq!(labels.len(), words.len());
        assert_eq!(labels[3], Label::BLoc, "{labels:?}");
        let spans = t.spans(&words);
        let city = spans.iter().find(|s| s.tokens == (3..4)).expect("a span for the city");
        assert_eq!(city.kind, EntityType::Place);
        assert!(city.confidence > 0.0 && city.confidence <= 1.0);
    }

    #[test]
    fn person_after_a_title() {
        let t = Tagger::embedded();
        let words = ["وقال", "الرئيس", "الأمريكي", "جورج", "بوش", "في", "واشنطن", "إن", "الحرب", "ستنتهي"];
        let spans = t.spans(&words);
        assert!(spans.iter().any(|s| s.tokens == (3..5) && s.kind == EntityType::Person), "{spans:?}");
        assert!(spans.iter().any(|s| s.tokens == (6..7) && s.kind == EntityType::Place), "{spans:?}");
    }

    #[test]
    fn odd_input_never_panics() {
        let t = Tagger::embedded();
        assert!(t.tag(&[]).is_empty());
        assert!(t.spans(&[]).is_empty());
        let huge = "س".repeat(50_000);
        let many: Vec<&str> = std::iter::repeat_n("بغداد", 2000).collect();
        for words in [vec![""], vec![huge.as_str()], vec!["\u{FEFF}", "\u{064B}", "😀", "\0", "ـــ"], many] {
            let labels = t.tag(&words);
            assert_eq!(labels.len(), words.len());
            assert!(labels.iter().all(|l| !matches!(l, Label::BMisc | Label::IMisc)));
            for s in t.spans(&words) {
                assert!(s.tokens.end <= words.len() && (0.0..=1.0).contains(&s.confidence));
            }
        }
    }

    #[test]
    fn confidence_is_monotone_and_bounded() {
        assert_eq!(confidence_of_margin(0.0), 0.0);
        assert_eq!(confidence_of_margin(f32::NAN), 0.0);
        assert!(confidence_of_margin(1.0) < confidence_of_margin(5.0));
        assert!(confidence_of_margin(f32::INFINITY) <= 1.0);
    }

    #[test]
    fn garbage_model_is_an_error() {
        assert!(Tagger::from_bytes(b"").is_err());
        assert!(Tagger::from_bytes(&MODEL_BYTES[..MODEL_BYTES.len() / 2]).is_err());
    }
}
