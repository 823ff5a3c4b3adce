//! String tables laid out at build time to be searched in place, so nothing is built at run time:
//! the entries ("key" or "key<TAB>value", one a line) grouped by a hash of the key, and a table of
//! where each group starts (little-endian u32s, one per bucket and one for the end). A lookup hashes
//! the key and reads the few lines of its bucket. `build.rs` compiles this file too, to write them.

/// FNV-1a, 32 bits: the same at build time and at run time, on any target.
pub fn hash(key: &str) -> u32 {
    let mut h = 0x811c_9dc5u32;
    for &b in key.as_bytes() {
        h = (h ^ b as u32).wrapping_mul(0x0100_0193);
    }
    h
}

/// Lays out `entries` (keys without tabs or newlines; a later duplicate key is dropped): the text
/// and the bucket starts.
pub fn write(entries: &[(String, Option<String>)]) -> (String, Vec<u8>) {
    // About four entries a bucket: a few lines read per lookup, 1 byte of table per entry.
    let n = (entries.len() / 4).max(1).next_power_of_two();
    let mut buckets: Vec<Vec<String>> = vec![Vec::new(); n];
    let mut seen = std::collections::BTreeSet::new();
    for (k, v) in entries {
        assert!(!k.contains(['\t', '\n']) && !v.as_deref().unwrap_or("").contains('\n'), "odd entry {k:?}");
        if seen.insert(k.clone()) {
            buckets[hash(k) as usize & (n - 1)].push(match v {
                Some(v) => format!("{k}\t{v}"),
                None => k.clone(),
            });
        }
    }
    let (mut text, mut starts) = (String::new(), Vec::new());
    for b in &mut buckets {
        b.sort();
        starts.extend_from_slice(&(text.len() as u32).to_le_bytes());
        for line in b.iter() {
            text.push_str(line);
            text.push('\n');
        }
    }
    starts.extend_from_slice(&(text.len() as u32).to_le_bytes());
    (text, starts)
}

/// The table `build.rs` wrote as `OUT_DIR/<name>.tab` and `<name>.starts`, compiled in.
#[allow(unused_macros)] // (this file is compiled into build.rs too, which writes the tables)
macro_rules! prepared_table {
    ($name:literal) => {
        $crate::lexicon::prepared::Table {
            text: include_str!(concat!(env!("OUT_DIR"), "/", $name, ".tab")),
            starts: include_bytes!(concat!(env!("OUT_DIR"), "/", $name, ".starts")),
        }
    };
}
#[allow(unused_imports)]
pub(crate) use prepared_table;

/// A table `write` laid out, read in place.
pub struct Table {
    pub text: &'static str,
    pub starts: &'static [u8],
}

impl Table {
    fn start(&self, i: usize) -> Option<usize> {
        let b = self.starts.get(4 * i..4 * i + 4)?;
        Some(u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize)
    }

    /// The entry for `key`: its value, or "" for an entry without one.
    #[inline]
    pub fn get(&self, key: &str) -> Option<&'static str> {
        let n = (self.starts.len() / 4).checked_sub(1).filter(|&n| n > 0)?;
        let b = hash(key) as usize & (n - 1);
        let (mut at, end) = (self.start(b)?, self.start(b + 1)?);
        let text = self.text.as_bytes().get(..end)?;
        let k = key.as_bytes();
        while at < end {
            let line_end = text[at..].iter().position(|&c| c == b'\n').map_or(end, |p| at + p);
            let line = &text[at..line_end];
            if line.starts_with(k) {
                match line.get(k.len()) {
                    None => return Some(""),
                    Some(b'\t') => return self.text.get(at + k.len() + 1..line_end),
                    _ => {}
                }
            }
            at = line_end + 1;
        }
        None
    }

    pub fn contains(&self, key: &str) -> bool {
        self.get(key).is_some()
    }
}

