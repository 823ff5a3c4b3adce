//! Runs the whole annotator on the seed article in ../shared/corpus and holds the project's bar,
//! measured by ../shared/eval/score_article.py on the document JSON.
//! Where ../shared is missing the test says it was skipped — except in CI (CI=true), where it fails.
#![cfg(not(target_arch = "wasm32"))]

mod common;

#[test]
fn seed_article_meets_the_bar() {
    let Some(scorer) = common::shared_path("eval/score_article.py", "the seed-article bar") else { return };
    let Some(gold) = common::shared_path("corpus/ar-azerbaijan-russia.gold.json", "the seed-article bar") else { return };
    let figures = common::score(&scorer, &gold);
    println!("{}", serde_json::to_string_pretty(&figures).unwrap());

    let f1 = figures["entity_f1"].as_f64().unwrap();
    let (roles, _) = common::fraction(&figures["roles_found"]);
    let (direct, _) = common::fraction(&figures["direct_quotes_attributed"]);
    let (indirect, _) = common::fraction(&figures["indirect_quotes_attributed"]);
    let (boiler, boiler_all) = common::fraction(&figures["boilerplate_found"]);
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
