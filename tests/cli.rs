//! The command-line program, run as a user would: one article, bad files, batch JSON lines, and the tagger on a token-per-line file.
#![cfg(not(target_arch = "wasm32"))]

use std::io::Write;
use std::process::{Command, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_hashiya");

fn run(args: &[&str], stdin: &[u8]) -> (i32, String, String) {
    let mut child = Command::new(BIN).args(args).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    let out = child.wait_with_output().unwrap();
    (out.status.code().unwrap_or(-1), String::from_utf8(out.stdout).unwrap(), String::from_utf8(out.stderr).unwrap())
}

#[test]
fn annotate_reads_standard_input_and_prints_the_document() {
    let (code, out, _) = run(&["annotate", "-"], "قال الرئيس الفرنسي إيمانويل ماكرون في باريس إن الاتفاق مهم.".as_bytes());
    assert_eq!(code, 0);
    let doc: serde_json::Value = serde_json::from_str(&out).unwrap();
    let names: Vec<&str> = doc["entities"].as_array().unwrap().iter().map(|e| e["name"].as_str().unwrap()).collect();
    assert!(names.contains(&"إيمانويل ماكرون") && names.contains(&"باريس"), "{names:?}");
    assert_eq!(doc["quotes"][0]["kind"], "indirect");
}

#[test]
fn unreadable_or_non_utf8_files_get_one_line_naming_them_and_status_2() {
    let dir = std::env::temp_dir().join(format!("hashiya-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let latin1 = dir.join("latin1.txt");
    std::fs::write(&latin1, b"caf\xe9").unwrap();
    let (code, out, err) = run(&["annotate", latin1.to_str().unwrap()], b"");
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert_eq!(err.lines().count(), 1);
    assert!(err.contains("latin1.txt") && err.contains("not UTF-8"), "{err}");
    let missing = dir.join("missing.txt");
    let (code, _, err) = run(&["annotate", missing.to_str().unwrap()], b"");
    assert_eq!(code, 2);
    assert!(err.contains("missing.txt") && err.lines().count() == 1, "{err}");
    std::fs::remove_dir_all(dir).ok();
}

#[test]
fn jsonl_batch_keeps_order_and_reports_a_bad_line_in_place() {
    let mut input = String::new();
    for i in 0..600 {
        if i == 300 {
            input.push_str("{\"id\": 300, \"text\": \n"); // broken JSON in the middle
        } else {
            input.push_str(&format!("{{\"id\": {i}, \"text\": \"قال سامي خليل في القاهرة إن العدد {i}.\"}}\n"));
        }
    }
    let (code, out, err) = run(&["annotate", "--jsonl"], input.as_bytes());
    assert_eq!(code, 0);
    let rows: Vec<serde_json::Value> = out.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(rows.len(), 600, "nothing lost");
    for (i, row) in rows.iter().enumerate() {
        if i == 300 {
            assert_eq!(row["line"], 301);
            assert!(row["error"].as_str().unwrap().contains("invalid JSON"));
        } else {
            assert_eq!(row["id"], i, "order kept");
            assert!(row["document"]["entities"].as_array().unwrap().iter().any(|e| e["name"] == "القاهرة"));
        }
    }
    assert!(err.contains("1 could not be annotated"), "{err}");
}

#[test]
fn tag_conll_keeps_the_tokens_and_reads_the_file_as_one_document() {
    // A second column (gold tags here) is ignored; blank lines between sentences are kept.
    let first = "وقال O\nوزير O\nالخارجية O\nسامر O\nالحداد O\nإن O\nالمحادثات O\nمثمرة O\n. O\n";
    let later = "ويملك\nالحداد\nخبرة\nطويلة\n.\n\nوهذه\nأول\nزيارة\nللحداد\n.\n";
    let input = format!("{first}\n{later}");
    let (code, out, _) = run(&["tag", "--conll", "-"], input.as_bytes());
    assert_eq!(code, 0);
    let lines: Vec<&str> = out.lines().collect();
    let tokens: Vec<&str> = lines.iter().map(|l| l.split(' ').next().unwrap()).collect();
    let expected: Vec<&str> = input.lines().map(|l| l.split(' ').next().unwrap()).collect();
    assert_eq!(tokens, expected, "one line per token, blank lines where they were");
    assert!(lines.iter().filter(|l| !l.is_empty()).all(|l| ["O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG"].contains(&l.split(' ').nth(1).unwrap_or(""))), "{out}");
    assert_eq!(&lines[3..5], ["سامر B-PERS", "الحداد I-PERS"], "{out}");
    // The family name alone, where the tagger reading that sentence alone sees no name, is the
    // person named above (the document pass), with a clitic too.
    let (_, alone, _) = run(&["tag", "--conll", "-"], later.as_bytes());
    assert!(alone.lines().any(|l| l == "الحداد O"), "{alone}");
    assert!(lines.contains(&"الحداد B-PERS") && lines.contains(&"للحداد B-PERS"), "{out}");
}
