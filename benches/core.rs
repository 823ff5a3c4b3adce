//! Core throughput, natively: ms per article and MB/s on the seed article (when ../shared is
//! there), on the page's own sample, and on a ~1 MB concatenation of varied Arabic text.
//! `cargo bench --bench core` prints one line per input: `name<TAB>bytes<TAB>ms/run<TAB>MB/s`.

use std::hint::black_box;
use std::time::{Duration, Instant};

fn measure(text: &str) -> f64 {
    hashiya::annotate(text); // warm the lexicons and the model
    let mut runs = 0u32;
    let start = Instant::now();
    while start.elapsed() < Duration::from_millis(1500) || runs < 5 {
        black_box(hashiya::annotate(black_box(text)));
        runs += 1;
    }
    start.elapsed().as_secs_f64() * 1000.0 / runs as f64
}

fn report(name: &str, text: &str) {
    let ms = measure(text);
    let mbs = text.len() as f64 / 1e6 / (ms / 1000.0);
    println!("native\t{name}\t{}\t{ms:.3}\t{mbs:.2}", text.len());
}

fn main() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let sample = std::fs::read_to_string(root.join("www/sample-article.txt")).unwrap_or_default();
    let seed = std::fs::read_to_string(root.join("../shared/corpus/ar-azerbaijan-russia.txt")).ok();
    // Varied text: the sample, the seed article and ANERcorp's dev sentences when present.
    let mut varied = sample.clone();
    if let Some(s) = &seed {
        varied.push('\n');
        varied.push_str(s);
    }
    if let Ok(dev) = std::fs::read_to_string(root.join("../shared/data/anercorp/dev.txt")) {
        let sentences: Vec<String> = dev.split("\n\n").map(|s| s.lines().filter_map(|l| l.split(' ').next()).collect::<Vec<_>>().join(" ")).collect();
        varied.push('\n');
        varied.push_str(&sentences.join("\n"));
    }
    let mut mega = String::with_capacity(1 << 20);
    while mega.len() < 1_000_000 && !varied.is_empty() {
        mega.push_str(&varied);
        mega.push('\n');
    }
    println!("where\tinput\tbytes\tms_per_run\tMB_per_s");
    if let Some(s) = &seed {
        report("seed-article", s);
    } else {
        eprintln!("seed article skipped: ../shared not found");
    }
    if !sample.is_empty() {
        report("sample-article", &sample);
    }
    if !mega.is_empty() {
        report("varied-1MB", &mega);
    }
    if let Ok(dev) = std::fs::read_to_string(root.join("../shared/data/anercorp/dev.txt")) {
        tagger_speed(&dev);
    }
}

/// The learned tagger alone over ANERcorp's dev tokens, sentence by sentence and as one document
/// (what `tag --conll` does): `tagger<TAB>dev|dev-document<TAB>tokens<TAB>ms_per_pass<TAB>tokens_per_s`.
fn tagger_speed(dev: &str) {
    let sentences: Vec<Vec<&str>> = dev.split("\n\n").map(|s| s.lines().filter_map(|l| l.split(' ').next()).filter(|w| !w.is_empty()).collect()).collect();
    let tokens: usize = sentences.iter().map(Vec::len).sum();
    let tagger = hashiya::tagger::Tagger::embedded();
    let time = |name: &str, pass: &dyn Fn()| {
        pass();
        let (mut runs, start) = (0u32, Instant::now());
        while start.elapsed() < Duration::from_millis(1500) || runs < 3 {
            pass();
            runs += 1;
        }
        let ms = start.elapsed().as_secs_f64() * 1000.0 / runs as f64;
        println!("tagger\t{name}\t{tokens}\t{ms:.3}\t{:.0}", tokens as f64 / (ms / 1000.0));
    };
    time("dev", &|| sentences.iter().for_each(|s| drop(black_box(tagger.tag(s)))));
    time("dev-document", &|| drop(black_box(tagger.tag_document(&sentences))));
}
