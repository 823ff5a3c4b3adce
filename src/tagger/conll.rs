//! Token-per-line files (CoNLL style) and entity-level scoring with conlleval's rules.

use super::model::Label;

/// One sentence: its tokens and, when the file had a tag column, their labels (O otherwise).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Sentence {
    pub words: Vec<String>,
    pub labels: Vec<Label>,
}

/// Parses "TOKEN [TAG]" lines with blank lines between sentences. The token is the first field,
/// the tag the last one (when there are at least two); unknown tags read as O.
pub fn parse(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut cur = Sentence::default();
    for line in text.lines() {
        let mut fields = line.split_whitespace();
        match fields.next() {
            None => {
                if !cur.words.is_empty() {
                    out.push(std::mem::take(&mut cur));
                }
            }
            Some(word) => {
                cur.words.push(word.to_string());
                cur.labels.push(fields.last().map_or(Label::O, Label::parse));
            }
        }
    }
    if !cur.words.is_empty() {
        out.push(cur);
    }
    out
}

/// Entity type for scoring: 0 PER, 1 LOC, 2 ORG; MISC and O are not scored.
fn scored_type(l: Label) -> Option<u8> {
    match l {
        Label::BPers | Label::IPers => Some(0),
        Label::BLoc | Label::ILoc => Some(1),
        Label::BOrg | Label::IOrg => Some(2),
        _ => None,
    }
}

/// Entities (start, end, type) of one label sequence, as conlleval reads IOB2: an I- that does not
/// continue an entity of its type starts one. MISC entities are dropped.
pub fn entities(labels: &[Label]) -> Vec<(usize, usize, u8)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, Label)> = None; // start, B- label of the open entity
    for (i, &l) in labels.iter().chain(std::iter::once(&Label::O)).enumerate() {
        let continues = l.is_inside() && open.is_some_and(|(_, b)| b == l.begin());
        if !continues {
            if let Some((start, b)) = open.take() {
                if let Some(t) = scored_type(b) {
                    out.push((start, i, t));
                }
            }
            if l != Label::O {
                open = Some((i, l.begin()));
            }
        }
    }
    out
}

/// Counts for precision/recall/F1 of one type or all of them.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Counts {
    pub correct: usize,
    pub predicted: usize,
    pub gold: usize,
}

impl Counts {
    pub fn precision(&self) -> f64 {
        if self.predicted == 0 { 0.0 } else { self.correct as f64 / self.predicted as f64 }
    }
    pub fn recall(&self) -> f64 {
        if self.gold == 0 { 0.0 } else { self.correct as f64 / self.gold as f64 }
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) }
    }
}

/// Per-type (PER, LOC, ORG) and micro-averaged counts.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Score {
    pub per_type: [Counts; 3],
}

impl Score {
    pub fn add(&mut self, gold: &[Label], predicted: &[Label]) {
        let g = entities(gold);
        let p = entities(predicted);
        for &(_, _, t) in &g {
            self.per_type[t as usize].gold += 1;
        }
        for e in &p {
            self.per_type[e.2 as usize].predicted += 1;
            if g.contains(e) {
                self.per_type[e.2 as usize].correct += 1;
            }
        }
    }

    pub fn micro(&self) -> Counts {
        self.per_type.iter().fold(Counts::default(), |a, c| Counts {
            correct: a.correct + c.correct,
            predicted: a.predicted + c.predicted,
            gold: a.gold + c.gold,
        })
    }

    /// "F1 0.8123 (PER 0.85 LOC 0.86 ORG 0.65)".
    pub fn summary(&self) -> String {
        let [p, l, o] = self.per_type;
        format!("F1 {:.4} (P {:.4} R {:.4}; PER {:.4} LOC {:.4} ORG {:.4})", self.micro().f1(), self.micro().precision(),
            self.micro().recall(), p.f1(), l.f1(), o.f1())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Label::*;

    #[test]
    fn parse_keeps_tokens_and_reads_last_column() {
        let s = parse("زار O\nالوزير B-PERS x I-PERS\n\n\nبغداد\n");
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].words, vec!["زار", "الوزير"]);
        assert_eq!(s[0].labels, vec![O, IPers]);
        assert_eq!(s[1].labels, vec![O]);
    }

    #[test]
    fn entities_follow_conlleval() {
        assert_eq!(entities(&[IPers, IPers, O, BLoc, IOrg, BMisc]), vec![(0, 2, 0), (3, 4, 1), (4, 5, 2)]);
        let mut s = Score::default();
        s.add(&[BPers, IPers, O, BLoc], &[BPers, IPers, O, BOrg]);
        assert_eq!(s.micro(), Counts { correct: 1, predicted: 2, gold: 2 });
        assert!((s.micro().f1() - 0.5).abs() < 1e-9);
    }
}
