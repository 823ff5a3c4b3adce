//! `hashiya annotate --jsonl`: JSON lines `{"id": …, "text": …}` in, one document per line out, in
//! input order, annotated on all cores. A bad line gives an error object on its line and the run
//! goes on; nothing is dropped or reordered.

use std::io::{BufRead, IsTerminal, Write};

use rayon::prelude::*;
use serde::Serialize;
use serde_json::Value;

/// One output line: the input's id first, then its document or what was wrong with the line.
#[derive(Serialize)]
struct Row {
    id: Value,
    #[serde(skip_serializing_if = "Option::is_none")]
    document: Option<hashiya::Document>,
    #[serde(skip_serializing_if = "Option::is_none")]
    line: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<String>,
}

impl Row {
    fn error(id: Value, line: usize, error: impl Into<String>) -> Self {
        Row { id, document: None, line: Some(line), error: Some(error.into()) }
    }
}

/// Lines annotated together; big enough to keep every core busy, small enough to stream.
const CHUNK: usize = 256;

fn annotate_line(number: usize, line: &str) -> Row {
    if line.trim().is_empty() {
        return Row::error(Value::Null, number, "empty line");
    }
    let parsed: Result<Value, _> = serde_json::from_str(line);
    let (id, text) = match parsed {
        Ok(Value::Object(mut obj)) => {
            let id = obj.remove("id").unwrap_or(Value::Null);
            match obj.remove("text") {
                Some(Value::String(text)) => (id, text),
                Some(_) => return Row::error(id, number, "\"text\" is not a string"),
                None => return Row::error(id, number, "no \"text\" field"),
            }
        }
        Ok(_) => return Row::error(Value::Null, number, "not a JSON object"),
        Err(e) => return Row::error(Value::Null, number, format!("invalid JSON: {e}")),
    };
    Row { id, document: Some(hashiya::annotate(&text)), line: None, error: None }
}

/// Runs the batch from `input` to `output`; returns (lines, errors).
pub fn run(input: impl BufRead, mut output: impl Write) -> std::io::Result<(usize, usize)> {
    let progress = std::io::stderr().is_terminal().then(|| {
        let bar = indicatif::ProgressBar::new_spinner();
        bar.set_style(indicatif::ProgressStyle::with_template("{spinner} {pos} articles annotated ({per_sec}) {msg}").unwrap());
        bar
    });
    let (mut total, mut errors) = (0, 0);
    let mut lines = input.lines();
    loop {
        let mut chunk = Vec::with_capacity(CHUNK);
        for line in lines.by_ref().take(CHUNK) {
            chunk.push(line?);
        }
        if chunk.is_empty() {
            break;
        }
        let first = total + 1;
        let results: Vec<Row> = chunk.par_iter().enumerate().map(|(i, line)| annotate_line(first + i, line)).collect();
        for r in &results {
            errors += usize::from(r.error.is_some());
            serde_json::to_writer(&mut output, r)?;
            output.write_all(b"\n")?;
        }
        total += chunk.len();
        if let Some(bar) = &progress {
            bar.set_position(total as u64);
            bar.set_message(if errors > 0 { format!("{errors} bad lines") } else { String::new() });
        }
    }
    output.flush()?;
    if let Some(bar) = progress {
        bar.finish();
    }
    Ok((total, errors))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_lines_get_an_error_in_place_and_order_is_kept() {
        let input = "{\"id\":1,\"text\":\"قال سامي إن القاهرة جميلة.\"}\nnot json\n{\"id\":3}\n{\"id\":4,\"text\":\"في باريس\"}\n";
        let mut out = Vec::new();
        let (n, bad) = run(input.as_bytes(), &mut out).unwrap();
        assert_eq!((n, bad), (4, 2));
        let rows: Vec<Value> = String::from_utf8(out).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
        assert_eq!(rows[0]["id"], 1);
        assert!(rows[0]["document"]["entities"].is_array());
        assert_eq!(rows[1]["line"], 2);
        assert!(rows[1]["error"].as_str().unwrap().starts_with("invalid JSON"));
        assert_eq!(rows[2]["error"], "no \"text\" field");
        assert_eq!(rows[3]["id"], 4);
    }
}
