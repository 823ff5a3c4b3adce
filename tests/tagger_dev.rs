//! Runs the embedded NER tagger, and the whole annotator, on ANERcorp's dev split
//! (../shared/data/anercorp/dev.txt) and holds their entity-level PER/LOC/ORG micro-F1 (conlleval
//! rules) to floors.
//! Where ../shared is missing the test says it was skipped — except in CI (CI=true), where it fails.
#![cfg(not(target_arch = "wasm32"))]

use hashiya::tagger::conll::{entities, parse, Score};
use hashiya::tagger::{Label, Tagger};
use hashiya::EntityType;

/// Floor for dev micro-F1, dev read as one document as `hashiya tag --conll` reads it. The issue
/// asks for 0.80; the tagger scores 0.802 (the mean of four training seeds 0.796; 0.764 tagging
/// each sentence alone; see model/TRAINING-LOG.md), so this is that figure minus 0.02 (a seed's
/// worth of noise), rounded down, and guards against regressions.
const DEV_F1_FLOOR: f64 = 0.78;

/// Floor for the whole annotator (cue stage + tagger, clustering, document-level steps) on dev,
/// read as scripts/eval-dev.py reads it: it scores 0.724, less than the tagger alone because it
/// also follows the conventions of real articles' gold (a country named for its government stays a
/// place; ANERcorp sometimes makes it an organisation). That figure minus 0.02, rounded down.
const ANNOTATOR_DEV_F1_FLOOR: f64 = 0.70;

mod common;

/// dev.txt, or None (after saying why) where ../shared is missing outside CI.
fn dev_text(what: &str) -> Option<String> {
    common::shared_path("data/anercorp/dev.txt", what).map(|path| std::fs::read_to_string(path).unwrap())
}

#[test]
fn whole_annotator_scores_on_dev() {
    let Some(text) = dev_text("the annotator's dev score") else { return };
    let sentences = parse(&text);
    let mut score = Score::default();
    // Documents of 40 sentences (one per line, tokens joined by spaces) keep the document-level
    // steps meaningful; mentions are mapped back to the tokens they overlap, as IOB2.
    for doc in sentences.chunks(40) {
        let (mut text, mut spans) = (String::new(), Vec::new());
        let utf16 = |s: &str| s.encode_utf16().count();
        for s in doc {
            let mut row = Vec::new();
            for (i, word) in s.words.iter().enumerate() {
                if i > 0 {
                    text.push(' ');
                }
                let start = utf16(&text);
                text.push_str(word);
                row.push((start, utf16(&text)));
            }
            spans.push(row);
            text.push('\n');
        }
        let annotated = hashiya::annotate(&text);
        for (s, row) in doc.iter().zip(&spans) {
            let mut predicted = vec![Label::O; row.len()];
            for e in &annotated.entities {
                let (b, i) = match e.kind {
                    EntityType::Person => (Label::BPers, Label::IPers),
                    EntityType::Place => (Label::BLoc, Label::ILoc),
                    EntityType::Organization => (Label::BOrg, Label::IOrg),
                };
                for m in &e.mentions {
                    let inside = row.iter().enumerate().filter(|(_, &(ts, te))| ts < m.end && m.start < te).map(|(k, _)| k);
                    for (n, k) in inside.enumerate() {
                        predicted[k] = if n == 0 { b } else { i };
                    }
                }
            }
            score.add(&s.labels, &predicted);
        }
    }
    eprintln!("whole annotator on dev: {}", score.summary());
    let f1 = score.micro().f1();
    assert!(f1 >= ANNOTATOR_DEV_F1_FLOOR, "the annotator's dev micro-F1 {f1:.4} is below {ANNOTATOR_DEV_F1_FLOOR}: {}", score.summary());
}

#[test]
fn embedded_tagger_scores_on_dev() {
    let Some(text) = dev_text("the tagger's dev score") else { return };
    let tagger = Tagger::embedded();
    let (mut score, mut alone) = (Score::default(), Score::default());
    // Span precision by confidence band, to show the confidence means something.
    let mut bands = [(0usize, 0usize); 5];
    let sentences = parse(&text);
    let document: Vec<Vec<&str>> = sentences.iter().map(|s| s.words.iter().map(String::as_str).collect()).collect();
    for (s, predicted) in sentences.iter().zip(tagger.tag_document(&document)) {
        assert_eq!(predicted.len(), s.words.len());
        score.add(&s.labels, &predicted);
    }
    for s in &sentences {
        let words: Vec<&str> = s.words.iter().map(String::as_str).collect();
        alone.add(&s.labels, &tagger.tag(&words));
        let gold = entities(&s.labels);
        for span in tagger.spans(&words) {
            let kind = match span.kind {
                EntityType::Person => 0,
                EntityType::Place => 1,
                EntityType::Organization => 2,
            };
            let band = ((span.confidence * 5.0) as usize).min(4);
            bands[band].1 += 1;
            if gold.contains(&(span.tokens.start, span.tokens.end, kind)) {
                bands[band].0 += 1;
            }
        }
    }
    eprintln!("dev, read as one document: {}", score.summary());
    eprintln!("dev, each sentence alone: {}", alone.summary());
    // Throughput, for the record (meaningful in release builds only).
    let started = std::time::Instant::now();
    let mut tokens = 0;
    for _ in 0..5 {
        for s in &sentences {
            let words: Vec<&str> = s.words.iter().map(String::as_str).collect();
            tokens += tagger.tag(&words).len();
        }
    }
    eprintln!("tagging speed: {:.0} tokens/s", tokens as f64 / started.elapsed().as_secs_f64());
    for (i, (correct, total)) in bands.iter().enumerate() {
        eprintln!("confidence {:.1}-{:.1}: {correct}/{total} spans correct", i as f32 / 5.0, (i + 1) as f32 / 5.0);
    }
    // Confident spans must be right more often than doubtful ones.
    let precision = |(c, t): (usize, usize)| c as f64 / t.max(1) as f64;
    assert!(precision(bands[4]) > precision(bands[0]), "confidence does not track precision: {bands:?}");
    let f1 = score.micro().f1();
    assert!(f1 >= DEV_F1_FLOOR, "dev micro-F1 {f1:.4} is below {DEV_F1_FLOOR}: {}", score.summary());
}
