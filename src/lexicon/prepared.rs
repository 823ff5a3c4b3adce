//! String tables laid out at build time to be searched in place, so nothing is built at run time:
//! the entries ("key" or "key<TAB>value", one a line) grouped by a hash of the key, and a table of
//! where each group starts (little-endian u32s, one per bucket and one for the end). A lookup hashes
//! the key and reads the few lines of its bucket. `build.rs` compiles this file too, to write them.
//!
//! Keys are stored packed (`pack`): an Arabic letter in one byte instead of UTF-8's two. The keys
//! are almost all Arabic words, so the tables (a third of the wasm) are about 40% smaller, and the
//! wasm a page loads 0.4 MB smaller. Values stay UTF-8.

/// A character's packed byte, when it has one: ASCII as is, U+0620–U+065F (the Arabic letters
/// and marks) as 0x80–0xBF.
fn one_byte(c: char) -> Option<u8> {
    match c as u32 {
        cp @ 0..=0x7f => Some(cp as u8),
        cp @ 0x620..=0x65f => Some(0x80 + (cp - 0x620) as u8),
        _ => None,
    }
}

/// Packs a key: each character as its `one_byte`, anything else as 0xFF and its UTF-8 bytes. A
/// character's bytes say where it ends, so two keys pack alike only if they are equal.
pub fn pack(key: &str, out: &mut Vec<u8>) {
    for c in key.chars() {
        match one_byte(c) {
            Some(b) => out.push(b),
            None => {
                out.push(0xff);
                out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
            }
        }
    }
}

/// `pack` into `buf`, for a key of one-byte characters that fits; its length.
fn pack_short(key: &str, buf: &mut [u8]) -> Option<usize> {
    let mut n = 0;
    for c in key.chars() {
        *buf.get_mut(n)? = one_byte(c)?;
        n += 1;
    }
    Some(n)
}

/// FNV-1a, 32 bits, over the packed key: the same at build time and at run time, on any target.
pub fn hash(packed: &[u8]) -> u32 {
    let mut h = 0x811c_9dc5u32;
    for &b in packed {
        h = (h ^ b as u32).wrapping_mul(0x0100_0193);
    }
    h
}

/// Lays out `entries` (keys without tabs or newlines; a later duplicate key is dropped): the text
/// and the bucket starts.
pub fn write(entries: &[(String, Option<String>)]) -> (Vec<u8>, Vec<u8>) {
    // About four entries a bucket: a few lines read per lookup, 1 byte of table per entry.
    let n = (entries.len() / 4).max(1).next_power_of_two();
    let mut buckets: Vec<Vec<Vec<u8>>> = vec![Vec::new(); n];
    let mut seen = std::collections::BTreeSet::new();
    for (k, v) in entries {
        assert!(!k.contains(['\t', '\n']) && !v.as_deref().unwrap_or("").contains('\n'), "odd entry {k:?}");
        if seen.insert(k.clone()) {
            let mut line = Vec::new();
            pack(k, &mut line);
            let bucket = hash(&line) as usize & (n - 1);
            if let Some(v) = v {
                line.push(b'\t');
                line.extend_from_slice(v.as_bytes());
            }
            buckets[bucket].push(line);
        }
    }
    let (mut text, mut starts) = (Vec::new(), Vec::new());
    for b in &mut buckets {
        b.sort();
        starts.extend_from_slice(&(text.len() as u32).to_le_bytes());
        for line in b.iter() {
            text.extend_from_slice(line);
            text.push(b'\n');
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
            text: include_bytes!(concat!(env!("OUT_DIR"), "/", $name, ".tab")),
            starts: include_bytes!(concat!(env!("OUT_DIR"), "/", $name, ".starts")),
        }
    };
}
#[allow(unused_imports)]
pub(crate) use prepared_table;

/// A table `write` laid out, read in place.
pub struct Table {
    pub text: &'static [u8],
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
        // Packed on the stack: the keys looked up are words, letter trigrams and short phrases.
        let (mut buf, mut heap) = ([0u8; 96], Vec::new());
        let k: &[u8] = match pack_short(key, &mut buf) {
            Some(n) => &buf[..n],
            None => {
                pack(key, &mut heap);
                &heap
            }
        };
        let n = (self.starts.len() / 4).checked_sub(1).filter(|&n| n > 0)?;
        let b = hash(k) as usize & (n - 1);
        let (mut at, end) = (self.start(b)?, self.start(b + 1)?);
        let text = self.text.get(..end)?;
        while at < end {
            let line_end = text[at..].iter().position(|&c| c == b'\n').map_or(end, |p| at + p);
            let line = &text[at..line_end];
            if line.starts_with(k) {
                match line.get(k.len()) {
                    None => return Some(""),
                    Some(b'\t') => return std::str::from_utf8(&self.text[at + k.len() + 1..line_end]).ok(),
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

    /// How many entries the table holds.
    pub fn len(&self) -> usize {
        self.text.iter().filter(|&&c| c == b'\n').count()
    }
}
