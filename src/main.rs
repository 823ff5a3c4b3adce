//! `hashiya`: the command-line program.
//!
//! hashiya annotate FILE|-       prints the document JSON for one article
//! hashiya annotate --jsonl       JSON lines {"id", "text"} on stdin → one document per line
//! hashiya train [...]            trains the name tagger (src/tagger)
//! hashiya tag --conll FILE|-     tags a token-per-line file

use std::io::Read;
use std::process::ExitCode;

mod cli {
    pub mod batch;
}

const USAGE: &str = "usage: hashiya annotate FILE|-
       hashiya annotate --jsonl < articles.jsonl > documents.jsonl
       hashiya train [--train FILE] [--dev FILE] [--out FILE] [--epochs N] [--seed S]
       hashiya tag --conll FILE|-";

fn read_input(path: &str) -> Result<String, String> {
    let bytes = if path == "-" {
        let mut buf = Vec::new();
        std::io::stdin().read_to_end(&mut buf).map_err(|e| format!("hashiya: cannot read standard input: {e}"))?;
        buf
    } else {
        std::fs::read(path).map_err(|e| format!("hashiya: cannot read {path}: {e}"))?
    };
    let name = if path == "-" { "standard input" } else { path };
    String::from_utf8(bytes).map_err(|e| format!("hashiya: {name} is not UTF-8 text (invalid byte at offset {})", e.utf8_error().valid_up_to()))
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["annotate", "--jsonl"] => {
            let stdin = std::io::stdin().lock();
            let stdout = std::io::BufWriter::new(std::io::stdout().lock());
            match cli::batch::run(stdin, stdout) {
                Ok((lines, errors)) => {
                    if errors > 0 {
                        eprintln!("hashiya: {lines} lines, {errors} could not be annotated (see their \"error\" objects)");
                    }
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("hashiya: {e}");
                    ExitCode::from(2)
                }
            }
        }
        ["annotate", path] => match read_input(path) {
            Ok(text) => {
                let doc = hashiya::annotate(&text);
                println!("{}", serde_json::to_string_pretty(&doc).expect("a document always serialises"));
                ExitCode::SUCCESS
            }
            Err(msg) => {
                eprintln!("{msg}");
                ExitCode::from(2)
            }
        },
        // The learned NER tagger (src/tagger): train it, or tag a token-per-line file.
        ["train", rest @ ..] | ["tag", rest @ ..] => {
            let run = if args[0] == "train" { hashiya::tagger::cli_train } else { hashiya::tagger::cli_tag };
            match run(rest) {
                Ok(()) => ExitCode::SUCCESS,
                Err(msg) => {
                    eprintln!("hashiya: {msg}");
                    ExitCode::from(2)
                }
            }
        }
        ["-h" | "--help"] => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}
