//! What the integration tests that read ../shared have in common: finding it (a missing ../shared
//! is a failure in CI, CI=true, and a stated skip elsewhere) and scoring a document with
//! ../shared/eval/score_article.py.
#![allow(dead_code)] // each test file uses its own part

use std::path::{Path, PathBuf};
use std::process::Command;

/// `rel` inside ../shared, or None after saying that `what` was skipped (outside CI).
pub fn shared_path(rel: &str, what: &str) -> Option<PathBuf> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared").join(rel);
    if path.exists() {
        return Some(path);
    }
    if std::env::var("CI").as_deref() == Ok("true") {
        panic!("../shared is missing ({}), and CI=true: {what} cannot be checked", path.display());
    }
    eprintln!("skipped: ../shared not found next to the repository ({}), so {what} was not measured", path.display());
    None
}

/// A scorer figure like "3/4".
pub fn fraction(v: &serde_json::Value) -> (u32, u32) {
    let (a, b) = v.as_str().expect("a figure like 3/4").split_once('/').unwrap();
    (a.parse().unwrap(), b.parse().unwrap())
}

/// The scorer's figures (`--json`) for the annotator's document of the article whose gold file is
/// `gold` (its text beside it, NAME.txt for NAME.gold.json, as the scorer reads it).
pub fn score(scorer: &Path, gold: &Path) -> serde_json::Value {
    let text_path = PathBuf::from(gold.to_string_lossy().replace(".gold.json", ".txt"));
    let doc = hashiya::annotate(&std::fs::read_to_string(&text_path).unwrap());
    let name = text_path.file_stem().unwrap().to_string_lossy().into_owned();
    let out = std::env::temp_dir().join(format!("hashiya-score-{name}-{}.json", std::process::id()));
    std::fs::write(&out, serde_json::to_string(&doc).unwrap()).unwrap();
    let scored = Command::new("python3").arg(scorer).args([gold, &out]).arg("--json").output().expect("python3 runs the scorer");
    let _ = std::fs::remove_file(&out);
    assert!(scored.status.success(), "scorer failed on {name}: {}", String::from_utf8_lossy(&scored.stderr));
    serde_json::from_slice(&scored.stdout).unwrap()
}
