//! Runs the whole annotator on the seed article in ../shared/corpus and holds the project's bar,
//! measured by ../shared/eval/score_article.py on the document JSON.
//! Where ../shared is missing the test says it was skipped — except in CI (CI=true), where it fails.
#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;
use std::process::Command;

fn shared() -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared");
    if dir.join("corpus").is_dir() {
        return Some(dir);
    }
    if std::env::var("CI").as_deref() == Ok("true") {
        panic!("../shared is missing, and CI=true: the seed-article bar cannot be checked");
    }
    eprintln!("skipped: ../shared not found next to the repository, so the seed-article bar was not measured");
    None
}

fn fraction(v: &serde_json::Value) -> (u32, u32) {
    let s = v.as_str().expect("a figure like 3/4");
    let (a, b) = s.split_once('/').unwrap();
    (a.parse().unwrap(), b.parse().unwrap())
}

#[test]
fn seed_article_meets_the_bar() {
    let Some(shared) = shared() else { return };
    let article = shared.join("corpus/ar-azerbaijan-russia.txt");
    let gold = shared.join("corpus/ar-azerbaijan-russia.gold.json");
    let text = std::fs::read_to_string(&article).unwrap();
    let doc = hashiya::annotate(&text);
    let out = std::env::temp_dir().join(format!("hashiya-seed-{}.json", std::process::id()));
    std::fs::write(&out, serde_json::to_string(&doc).unwrap()).unwrap();
    let scored = Command::new("python3")
        .arg(shared.join("eval/score_article.py"))
        .args([&gold, &out])
        .arg("--json")
        .output()
        .expect("python3 runs the scorer");
    let _ = std::fs::remove_file(&out);
    assert!(scored.status.success(), "scorer failed: {}", String::from_utf8_lossy(&scored.stderr));
    let figures: serde_json::Value = serde_json::from_slice(&scored.stdout).unwrap();
    println!("{}", serde_json::to_string_pretty(&figures).unwrap());

    let f1 = figures["entity_f1"].as_f64().unwrap();
    let (roles, _) = fraction(&figures["roles_found"]);
    let (direct, _) = fraction(&figures["direct_quotes_attributed"]);
    let (indirect, _) = fraction(&figures["indirect_quotes_attributed"]);
    let (boiler, boiler_all) = fraction(&figures["boilerplate_found"]);
    let precision = figures["quote_precision"].as_f64().unwrap();
    let mut failures = vec![];
    if f1 < ENTITY_F1 { failures.push(format!("entity F1 {f1} < {ENTITY_F1}")); }
    if roles < 6 { failures.push(format!("roles {roles} < 6/8")); }
    if direct < 14 { failures.push(format!("direct quotes attributed {direct} < 14/15")); }
    if indirect < 10 { failures.push(format!("reported quotes attributed {indirect} < 10/14")); }
    if precision < 0.90 { failures.push(format!("quote precision {precision} < 0.90")); }
    if boiler < boiler_all { failures.push(format!("boilerplate {boiler}/{boiler_all}")); }
    assert!(failures.is_empty(), "below the bar: {}", failures.join("; "));
}

/// The end-to-end issue's bar was 0.85; with the learned tagger joined in it is 0.92.
const ENTITY_F1: f64 = 0.92;
