//! Direct quotes and reported speech, with their speakers.
//!
//! **Direct quotes** are words in quotation marks (see [`marks`] for the pairing rules) that
//! somebody says. The span is the words inside the marks. A quote is attributed by, in order:
//!
//! 1. a speech verb just before it, the quote attached by a colon or إن/أن
//!    (`قال X خلال …: "…"`, `قال X، عضو …، إن "…"`, `وأضاف: "…"`);
//! 2. a speech verb just after it (`"…"، قال X، عضو …` / `"…". قال X.` / `"…" كما قال.`
//!    / `"…" تساءلت قناة …`), or `"…"، بحسب X`;
//! 3. a headline-style `X: "…"` at the start of a line;
//! 4. a speech verb earlier in the sentence, for quotes of five words or more that end the sentence
//!    or clause;
//! 5. a quote of five words or more standing alone on its line is kept without a speaker.
//!
//! Anything else in quotation marks is a name or a term, not a quote: short quoted spans without a
//! speech verb attached, and any quoted span right after a naming word (باسم، يسمى، بعنوان …) or an
//! organisation noun (وكالة، صحيفة …).
//!
//! **Reported speech**: a speech or belief verb from `data/lexicon/speech-verbs.txt` followed,
//! within its sentence, by its subject and إن/أن/بأن/إلى أن (`قال X إن …`, `أشار X إلى أن …`,
//! `وقال X، الذي …، إنه …`), and `بحسب/وفقا لـ X، فإن …`. The span runs from after the
//! complementiser (after "إنه" when the pronoun is attached to it) to the end of the sentence
//! (. ! ? ؟ or the end of the line).
//!
//! **Speakers**: the noun phrase after the verb (verb–subject order, the usual one), else the noun
//! phrase before it (`بعض التقارير أشارت إلى أن …`), else — a verb with no subject, `وأضاف:` — the
//! most recent speaker whose gender agrees with the verb (قالت/تقول → feminine). A title before a
//! name is dropped from `speaker_text` ("الرئيس التونسي سامي الحداد" → "سامي الحداد"); a later
//! one-word mention takes the fuller name an earlier quote gave. When the recogniser found an entity
//! whose mention overlaps the speaker's words, the quote points at it.

pub mod marks;
pub mod verbs;

#[cfg(test)]
mod tests;

use std::ops::Range;

use crate::document::{EntityDraft, EntityType, QuoteDraft, QuoteKind};
use crate::text::without_conjunction;
use crate::tokenize::{offset_after_norm_chars, Token, TokenKind};
use marks::Pair;
use verbs::{
    is_clause_boundary_word, is_complementizer, is_media_after_lam, is_naming_cue, is_non_speech_before_an, is_np_stop,
    is_institution, is_masdar_context, is_pre_verb_particle, is_quantifier, is_title_head, Gender, Verb,
};

/// How far (in tokens) a verb may be from its quote or its complementiser.
const VERB_REACH: usize = 30;
/// The longest speaker noun phrase, in words.
const NP_MAX_WORDS: usize = 12;
/// Quotes of at most this many words need a speech verb right next to them.
const SHORT_QUOTE_WORDS: usize = 4;
/// How many earlier speakers a continued quote looks back over.
const SPEAKER_MEMORY: usize = 64;

/// A pair of marks mapped onto tokens.
struct Cand {
    open_tok: usize,
    close_tok: usize,
    /// The words inside the marks, whitespace trimmed.
    span: Range<usize>,
    words: usize,
    boiler: bool,
}

#[derive(Debug, Clone)]
enum Source {
    /// The speech verb at this token.
    Verb(usize),
    /// Speaker words given outright (`بحسب X`, `X: "…"`, `عن X قوله: "…"`).
    Phrase(Range<usize>, Option<Gender>),
    /// The speaker the text is continuing with (`"…"، على حد قوله`).
    Continue(Gender),
    None,
}

struct Event {
    pos: usize,
    span: Range<usize>,
    kind: QuoteKind,
    source: Source,
}

#[derive(Debug, Clone)]
struct Speaker {
    text: String,
    span: Option<Range<usize>>,
    entity: Option<usize>,
    gender: Option<Gender>,
    /// Normalised words of `text`, when it is a proper name (no definite article).
    name_words: Vec<String>,
}

struct Ctx<'a> {
    text: &'a str,
    tokens: &'a [Token],
    entities: &'a [EntityDraft],
    /// All entity mentions: (span, entity index), sorted by start.
    mentions: Vec<(Range<usize>, usize)>,
    /// People's mentions as (start, entity index, index among its mentions), sorted: see
    /// `person_mention_starting_in`.
    person_mentions: Vec<(usize, usize, usize)>,
    cands: Vec<Cand>,
    /// Per token: 0, or 1 + the index of the candidate quote (marks included) it lies in.
    in_quote: Vec<u32>,
    in_boiler: Vec<bool>,
    /// Per candidate quote: accepted as a direct quote.
    accepted: Vec<bool>,
    speakers: Vec<Speaker>,
    /// Per entity, the offices a person's roles name (`offices_of`), read when a title alone first asks.
    offices: std::cell::OnceCell<Vec<Vec<String>>>,
}

/// Quotes in `text` outside `boilerplate`, attributed to `entities` where the speaker is one.
pub fn find(text: &str, tokens: &[Token], entities: &[EntityDraft], boilerplate: &[Range<usize>]) -> Vec<QuoteDraft> {
    if tokens.is_empty() {
        return Vec::new();
    }
    let mut ctx = Ctx::new(text, tokens, entities, boilerplate);
    let (mut events, accepted) = ctx.direct_events();
    ctx.accepted = accepted;
    let reported = ctx.indirect_events();
    // Words in marks inside a reported clause are part of it (see `sentence_end`): a direct quote
    // is dropped when a clause starting before it ends at or after its end. (Clauses by start,
    // with the furthest end so far, answer that by binary search, not a scan per quote.)
    let mut clauses: Vec<(usize, usize)> = reported.iter().map(|r| (r.span.start, r.span.end)).collect();
    clauses.sort_unstable();
    let furthest: Vec<usize> = clauses.iter().scan(0, |m, &(_, end)| { *m = end.max(*m); Some(*m) }).collect();
    events.retain(|d| {
        let before = clauses.partition_point(|&(start, _)| start < d.span.start);
        before == 0 || furthest[before - 1] < d.span.end
    });
    events.extend(reported);
    events.sort_by_key(|e| (e.pos, e.span.start));
    let mut out = Vec::with_capacity(events.len());
    for ev in events {
        let speaker = match ev.source {
            Source::Verb(v) => ctx.speaker_of_verb(v),
            Source::Phrase(r, g) => {
                let g = g.or_else(|| ctx.guess_gender(r.start));
                Some(ctx.explicit_speaker(r, g))
            }
            Source::Continue(g) => ctx.continuing(g),
            Source::None => None,
        };
        out.push(QuoteDraft {
            span: ev.span,
            kind: ev.kind,
            speaker: speaker.as_ref().and_then(|s| s.entity),
            speaker_text: speaker.as_ref().map(|s| s.text.clone()),
            speaker_span: speaker.and_then(|s| s.span),
        });
    }
    out
}

fn is_sentence_end(t: &Token) -> bool {
    t.is_punct(".!?؟")
}

impl<'a> Ctx<'a> {
    fn new(text: &'a str, tokens: &'a [Token], entities: &'a [EntityDraft], boilerplate: &[Range<usize>]) -> Self {
        let n = tokens.len();
        // Boilerplate per token (ranges sorted, tokens sorted: one merge pass).
        let mut boiler: Vec<Range<usize>> = boilerplate.to_vec();
        boiler.sort_by_key(|r| r.start);
        let mut in_boiler = vec![false; n];
        let mut b = 0;
        for (i, t) in tokens.iter().enumerate() {
            while b < boiler.len() && boiler[b].end <= t.start {
                b += 1;
            }
            in_boiler[i] = b < boiler.len() && boiler[b].start < t.end && t.start < boiler[b].end;
        }
        // Quotation marks onto tokens.
        let mut cands = Vec::new();
        let mut in_quote = vec![0u32; n];
        let tok_at = |byte: usize| tokens.binary_search_by_key(&byte, |t| t.start).ok();
        for p in marks::pairs(text) {
            let (Some(o), Some(c)) = (tok_at(p.open), tok_at(p.close)) else { continue };
            if c <= o {
                continue;
            }
            let id = cands.len() as u32 + 1;
            for q in &mut in_quote[o..=c] {
                *q = id;
            }
            let words = tokens[o + 1..c].iter().filter(|t| t.is_word()).count();
            let boiler = in_boiler[o..=c].iter().any(|&x| x);
            cands.push(Cand { open_tok: o, close_tok: c, span: trim_span(text, &p), words, boiler });
        }
        let mut mentions: Vec<(Range<usize>, usize)> = entities
            .iter()
            .enumerate()
            .flat_map(|(i, e)| e.mentions.iter().filter(|m| m.start < m.end && m.end <= text.len()).map(move |m| (m.clone(), i)))
            .collect();
        mentions.sort_by_key(|m| (m.0.start, m.0.end));
        let mut person_mentions: Vec<(usize, usize, usize)> = entities
            .iter()
            .enumerate()
            .filter(|(_, e)| e.kind == EntityType::Person)
            .flat_map(|(i, e)| e.mentions.iter().enumerate().map(move |(k, m)| (m.start, i, k)))
            .collect();
        person_mentions.sort_unstable();
        let accepted = vec![false; cands.len()];
        Ctx { text, tokens, entities, mentions, person_mentions, cands, in_quote, in_boiler, accepted, speakers: Vec::new(), offices: Default::default() }
    }

    fn norm(&self, i: usize) -> &str {
        &self.tokens[i].norm
    }

    /// The speech verb at token `i` (outside quotes and boilerplate), with whether و/ف is attached.
    fn verb_at(&self, i: usize) -> Option<(Verb, bool)> {
        let t = &self.tokens[i];
        if t.kind != TokenKind::Arabic || self.in_quote[i] != 0 || self.in_boiler[i] {
            return None;
        }
        // "عدم ذكر اسمه", "دون كشف": a verbal noun, not a verb.
        if i > 0 && self.tokens[i - 1].line == t.line && is_masdar_context(without_conjunction(self.norm(i - 1))) {
            return None;
        }
        // "وبيّن أن …", "بيّنت الوزارة أن …": explained (the word is also "between": it speaks when
        // written with its shadda or right before أن). (Asked of every word: the byte test first.)
        if (t.norm.ends_with("بين") || t.norm.ends_with("بينت")) && matches!(without_conjunction(&t.norm), "بين" | "بينت") {
            let bare = without_conjunction(&t.norm);
            let shadda = self.text[t.start..t.end].contains('\u{0651}');
            let an_next = self.tokens.get(i + 1).is_some_and(|n| matches!(n.norm.as_str(), "ان" | "انه" | "انها"));
            // (Without its shadda, only starting a clause: "وبين أن", not "العلاقة بين أن تكون".)
            let starts_clause = t.norm.len() > bare.len() || i == 0 || !self.tokens[i - 1].is_word() || self.tokens[i - 1].line != t.line;
            if shadda || an_next && starts_clause || bare == "بينت" && self.tokens.get(i + 1).is_some_and(|n| n.is_word()) {
                return verb_as(if bare == "بين" { "اوضح" } else { "اوضحت" }, &t.norm);
            }
        }
        // "ويخلص الجبوري إلى أن …", "وخلصت الدراسة إلى أن …": concludes, as يشير إلى أن points out.
        // (Like أشار, it speaks only with إلى أن after it: "تخلص المصنع من النفايات" says nothing.)
        if t.norm.ends_with("خلص") || t.norm.ends_with("خلصت") {
            let same = match without_conjunction(&t.norm) {
                "خلص" => Some("اشار"),
                "خلصت" => Some("اشارت"),
                "يخلص" => Some("يشير"),
                "تخلص" => Some("تشير"),
                _ => None,
            };
            // (Said by someone: a person, an organisation, a title, or the speaker the text goes
            // on with; what an autopsy or a study concludes is a finding, not a quote.)
            let next = self.tokens.get(i + 1);
            let by_someone = next.is_some_and(|n| {
                n.norm == "الي" || is_title_word(without_conjunction(&n.norm)) || self.entity_for(&(n.start..n.end)).is_some_and(|e| self.entities[e].kind != EntityType::Place)
            });
            if let Some(same) = same.filter(|_| by_someone) {
                return verb_as(same, &t.norm);
            }
        }
        let verb = verbs::verb(&t.norm)?;
        // "لفت الأنظار": drew the eyes, said nothing.
        if matches!(without_conjunction(&t.norm), "لفت" | "لفتت") && self.tokens.get(i + 1).is_some_and(|n| matches!(n.norm.as_str(), "الانظار" | "الانتباه")) {
            return None;
        }
        Some(verb)
    }

    fn is_colon(&self, i: usize) -> bool {
        self.tokens[i].is_punct(":")
    }

    // ---------------------------------------------------------------- direct quotes

    /// Direct quotes, and per candidate whether it is one.
    fn direct_events(&self) -> (Vec<Event>, Vec<bool>) {
        let mut out = Vec::new();
        let mut accepted = vec![false; self.cands.len()];
        for (k, c) in self.cands.iter().enumerate() {
            if c.boiler || c.words == 0 || c.span.is_empty() {
                continue;
            }
            if let Some(ev) = self.direct_event(c) {
                accepted[k] = true;
                out.push(ev);
            }
        }
        (out, accepted)
    }

    /// The candidate quote whose opening mark is token `i`, if it is not a direct quote (a name
    /// or term in marks, which may sit inside a speaker's phrase or a reported clause).
    fn name_in_marks_at(&self, i: usize) -> Option<&Cand> {
        let q = self.in_quote[i].checked_sub(1)? as usize;
        let c = &self.cands[q];
        (c.open_tok == i && !self.accepted[q] && c.words <= SHORT_QUOTE_WORDS && !c.boiler).then_some(c)
    }

    fn direct_event(&self, c: &Cand) -> Option<Event> {
        let toks = self.tokens;
        let line = toks[c.open_tok].line;
        let prev = c.open_tok.checked_sub(1).filter(|&p| toks[p].line == line);
        // A name or a term: right after a naming word or an organisation noun.
        if let Some(p) = prev {
            if toks[p].is_word() && (is_naming_cue(self.norm(p)) || is_naming_cue(without_conjunction(self.norm(p)))) {
                // "وطالب حمدان المنظمات الدولية بـ«الانتقال من لغة التحذير إلى لغة الفعل»": after
                // a verb of demanding or pledging, بـ brings in the speaker's own words.
                let demand = |v: usize| matches!(without_conjunction(self.norm(v)), "طالب" | "طالبت" | "طالبوا" | "يطالب" | "تطالب" | "ناشد" | "ناشدت" | "تعهد" | "تعهدت" | "وعد" | "وعدت");
                if let Some(v) = self.verb_before(c.open_tok).filter(|&v| c.words >= 3 && self.norm(p) == "ب" && demand(v)) {
                    return Some(Event { pos: toks[c.open_tok].start, span: c.span.clone(), kind: QuoteKind::Direct, source: Source::Verb(v) });
                }
                return None;
            }
        }
        // A dateline, "مسقط: «الشرق الأوسط»": a city and the newspaper that reports from it.
        if let Some(r) = prev.filter(|&p| self.is_colon(p) && c.words <= 3 && self.rest_of_line_is_punct(c.close_tok)).and_then(|p| self.headline_speaker(p)) {
            if self.is_place(r) {
                return None;
            }
        }
        let short = c.words <= SHORT_QUOTE_WORDS;
        let tight = prev.is_some_and(|p| self.is_colon(p) || toks[p].is_word() && is_complementizer(self.norm(p)));
        let before = self.verb_before(c.open_tok);
        // ("نقلت الوكالة عنه قوله: «…»": the one قوله names, not the verb's subject.)
        let quoting = prev.filter(|&p| self.is_colon(p)).and_then(|p| self.reported_by(p));
        let source = if let Some(s) = quoting {
            s
        } else if let (true, Some(v)) = (tight, before) {
            Source::Verb(v)
        } else if let Some(s) = self.source_after(c.close_tok) {
            s
        } else if let Some(s) = prev.filter(|&p| self.is_colon(p)).and_then(|p| self.by_saying(p)) {
            s
        } else if let Some(r) = prev.filter(|&p| self.is_colon(p)).and_then(|p| self.headline_speaker(p)) {
            Source::Phrase(r, None)
        } else if let (false, Some(v), true) = (short, before, self.ends_clause(c)) {
            Source::Verb(v)
        } else if !short && prev.is_none() && self.rest_of_line_is_punct(c.close_tok) {
            Source::None
        } else {
            return None;
        };
        Some(Event { pos: toks[c.open_tok].start, span: c.span.clone(), kind: QuoteKind::Direct, source })
    }

    /// The nearest speech verb before the opening mark, in the same sentence and line, jumping
    /// over earlier quotes.
    fn verb_before(&self, open_tok: usize) -> Option<usize> {
        let line = self.tokens[open_tok].line;
        let mut j = open_tok;
        let mut steps = 0;
        while j > 0 && steps < VERB_REACH {
            j -= 1;
            steps += 1;
            let t = &self.tokens[j];
            if t.line != line || self.in_boiler[j] {
                return None;
            }
            if self.in_quote[j] != 0 {
                j = self.cands[self.in_quote[j] as usize - 1].open_tok;
                continue;
            }
            if is_sentence_end(t) || j + 1 < open_tok && self.is_colon(j) {
                return None;
            }
            if self.verb_at(j).is_some() {
                return Some(j);
            }
        }
        None
    }

    /// A speaker named right after the closing mark: a speech verb whose clause names no more
    /// than its subject (`"…"، قال X، عضو …`, `"…". قال X.`, `"…" كما قال.`, `"…"، وفق ما قال X`),
    /// `بحسب X`, `نقلا عن X`, or `على حد قوله`.
    fn source_after(&self, close_tok: usize) -> Option<Source> {
        let toks = self.tokens;
        let line = toks[close_tok].line;
        let on_line = |j: usize| j < toks.len() && toks[j].line == line;
        let mut j = close_tok + 1;
        let mut skipped = 0;
        while on_line(j) && toks[j].is_punct("،,.-–—") && skipped < 2 {
            j += 1;
            skipped += 1;
        }
        if !on_line(j) || !toks[j].is_word() || self.in_quote[j] != 0 {
            return None;
        }
        let raw = self.norm(j);
        let w = if matches!(raw, "وفق" | "وفقا" | "وفقما") { raw } else { without_conjunction(raw) };
        // "على حد قوله / تعبيره": the speaker continues; the pronoun gives the gender.
        if w == "علي" && on_line(j + 2) && self.norm(j + 1) == "حد" {
            // ("على حد قول مسؤول في قوى الأمن": the one named after قول.)
            if matches!(self.norm(j + 2), "قول" | "تعبير") {
                let np = self.np_after(j + 2);
                return (!np.is_empty()).then_some(Source::Phrase(np, None));
            }
            return pronoun_gender(self.norm(j + 2)).map(Source::Continue);
        }
        // "«…». بهذه الكلمات لخصت الوزيرة … موقف بلادها": whoever the verb after them names.
        if matches!(w, "بهذه" | "هكذا") && on_line(j + 2) {
            let verb = if w == "بهذه" { j + 2 } else { j + 1 };
            if w == "هكذا" || matches!(self.norm(j + 1), "الكلمات" | "العبارات" | "العباره" | "الجمله" | "الكلمه") {
                let np = self.np_after(verb);
                return (!np.is_empty()).then_some(Source::Phrase(np, None));
            }
        }
        if w == "نقلا" && on_line(j + 2) && self.norm(j + 1) == "عن" {
            let np = self.np_after(j + 1);
            return (!np.is_empty()).then_some(Source::Phrase(np, None));
        }
        if matches!(w, "بحسب" | "حسب" | "وفق" | "وفقا" | "طبقا") {
            if on_line(j + 1) && matches!(self.norm(j + 1), "ما" | "لما") {
                j += 2;
            } else {
                let np = self.np_after(j);
                return (!np.is_empty()).then_some(Source::Phrase(np, None));
            }
        } else if matches!(w, "كما" | "حسبما" | "مثلما" | "وفقما") {
            j += 1;
        }
        if !on_line(j) || self.verb_at(j).is_none() {
            return None;
        }
        // The verb must not introduce something of its own (a colon, a quote, a clause).
        let mut m = j + 1;
        while on_line(m) && m - j <= VERB_REACH {
            let t = &toks[m];
            if is_sentence_end(t) || self.verb_at(m).is_some() {
                break;
            }
            if self.is_colon(m) || self.in_quote[m] != 0 && self.name_in_marks_at(m).is_none() && !self.inside_name_in_marks(m)
                || t.is_word() && is_complementizer(&t.norm)
            {
                return None;
            }
            m += 1;
        }
        Some(Source::Verb(j))
    }

    fn inside_name_in_marks(&self, i: usize) -> bool {
        self.in_quote[i].checked_sub(1).is_some_and(|q| {
            let c = &self.cands[q as usize];
            self.name_in_marks_at(c.open_tok).is_some()
        })
    }

    /// `نقل … عن X قوله: "…"`: the speaker after عن, before قوله/قولها right before the colon.
    fn reported_by(&self, colon: usize) -> Option<Source> {
        self.said_by(colon.checked_sub(1)?)
    }

    /// `وختم مشة بالقول: "…"`, `واختتمت كلمتها بالقول: "…"`: the words between the clause's
    /// first word (its verb) and بالقول, else the speaker the text goes on with (the verb's
    /// gender: a final ت is feminine).
    fn by_saying(&self, colon: usize) -> Option<Source> {
        let b = colon.checked_sub(1)?;
        if without_conjunction(self.norm(b)) != "بالقول" {
            return None;
        }
        let toks = self.tokens;
        let mut first = b;
        while first > 0 && b - first < 8 && toks[first - 1].line == toks[b].line && toks[first - 1].is_word() {
            first -= 1;
        }
        if first == b {
            return None;
        }
        let gender = if without_conjunction(self.norm(first)).ends_with('ت') { Gender::Feminine } else { Gender::Masculine };
        // The subject, without the object the verb may have ("ختم كلمته", "اختتمت حديثها").
        // (Read on the written word: a final ة, "مشة", is no pronoun.)
        let object = |k: usize| {
            let raw = &self.text[toks[k].start..toks[k].end];
            (raw.ends_with('ه') || raw.ends_with("ها") || raw.ends_with("هم")) && self.person_mention_starting_in(toks[k].start..toks[k].end).is_none()
        };
        let np = (first + 1..b).take_while(|&k| !object(k));
        let np = first + 1..first + 1 + np.count();
        Some(if np.is_empty() { Source::Continue(gender) } else { Source::Phrase(np, Some(gender)) })
    }

    /// The speaker of `قوله`/`قولها`/`قولهم` at `q`: the words after the عن before it
    /// (`نقلت الوكالة عن الوزير سامي حداد قوله …`), with the pronoun's gender.
    fn said_by(&self, q: usize) -> Option<Source> {
        let line = self.tokens[q].line;
        let gender = match self.norm(q) {
            "قوله" => Gender::Masculine,
            "قولها" => Gender::Feminine,
            "قولهم" | "قولهما" => Gender::Plural,
            _ => return None,
        };
        let mut j = q;
        while j > 0 && q - j < 12 {
            j -= 1;
            if self.tokens[j].line != line || is_sentence_end(&self.tokens[j]) {
                return None;
            }
            // ("ونقلت شبكة رووداو عنه قوله": the speaker the text goes on with.)
            if matches!(self.norm(j), "عنه" | "عنها" | "عنهم" | "عنهما") {
                return Some(Source::Continue(gender));
            }
            if self.norm(j) == "عن" {
                let np = self.np_after(j);
                let np = np.start..np.end.min(q);
                // ("عن وكيل وزارة الخارجية للشؤون السياسية، سالم الكلباني، قوله": the name set off
                // after the title.)
                let comma = (np.end..q).find(|&k| self.tokens[k].is_punct("،,"));
                if let Some(name) = comma.and_then(|c| self.person_starting_at(c + 1)).filter(|r| r.end <= q) {
                    return Some(Source::Phrase(name, Some(gender)));
                }
                return (!np.is_empty()).then_some(Source::Phrase(np, Some(gender)));
            }
        }
        None
    }

    /// `وبحسب صحيفة «…»، فإن …`, `ووفقا للوزارة فإن …`: the words after بحسب/حسب/وفق(ا) up to
    /// فإن, which opens the reported clause (token ranges: the source's words, فإن).
    fn according_to(&self, b: usize) -> Option<(Range<usize>, usize)> {
        if self.in_quote[b] != 0 || self.in_boiler[b] || !matches!(without_conjunction(self.norm(b)), "بحسب" | "حسب" | "وفق" | "وفقا") {
            return None;
        }
        let toks = self.tokens;
        let mut j = b + 1;
        while j < toks.len() && j - b <= NP_MAX_WORDS + 2 && toks[j].line == toks[b].line && !is_sentence_end(&toks[j]) {
            if let Some(c) = self.name_in_marks_at(j) {
                j = c.close_tok + 1;
                continue;
            }
            if matches!(self.norm(j), "فان" | "فانه" | "فانها") {
                // The source's words: "لـ" or the ل on its first word ("وفقا للوزارة") is not one.
                let mut start = b + 1;
                if toks.get(start).is_some_and(|t| matches!(t.norm.as_str(), "ل" | "لـ")) {
                    start += 1;
                }
                let mut end = j;
                while end > start && toks[end - 1].kind == TokenKind::Punct && self.in_quote[end - 1] == 0 {
                    end -= 1;
                }
                return (start < end).then_some((start..end, j));
            }
            if self.in_quote[j] != 0 || self.verb_at(j).is_some() {
                return None;
            }
            j += 1;
        }
        None
    }

    /// `X: "…"` with X the first words of its line (a headline's speaker): X's token range.
    fn headline_speaker(&self, colon: usize) -> Option<Range<usize>> {
        let line = self.tokens[colon].line;
        let mut s = colon;
        while s > 0 && self.tokens[s - 1].line == line {
            s -= 1;
            // ("الوصل يتوّج بالكأس.. وبيتروفيتش: «…»": or after the headline's own "..", a name.)
            let after_dots = self.tokens[s].is_punct(".") && s > 0 && self.tokens[s - 1].is_punct(".") && colon - s <= 3;
            if after_dots && self.person_mention_starting_in(self.tokens[s + 1].start..self.tokens[s + 1].end).is_some() {
                return Some(s + 1..colon);
            }
            if !self.tokens[s].is_word() || colon - s > 4 || is_np_stop(self.norm(s)) {
                return None;
            }
        }
        (s < colon).then_some(s..colon)
    }

    /// The quote ends its clause: punctuation inside before the closing mark, or after it.
    fn ends_clause(&self, c: &Cand) -> bool {
        let toks = self.tokens;
        if toks[c.close_tok - 1].is_punct(".!?؟…") {
            return true;
        }
        match toks.get(c.close_tok + 1) {
            None => true,
            Some(t) => t.line != toks[c.close_tok].line || t.is_punct(".!?؟،,;؛(:"),
        }
    }

    fn rest_of_line_is_punct(&self, close_tok: usize) -> bool {
        let line = self.tokens[close_tok].line;
        self.tokens[close_tok + 1..].iter().take_while(|t| t.line == line).all(|t| t.kind == TokenKind::Punct)
    }

    // ---------------------------------------------------------------- reported speech

    fn indirect_events(&self) -> Vec<Event> {
        let toks = self.tokens;
        let mut out = Vec::new();
        for v in 0..toks.len() {
            // `نقلت الوكالة عن الوزير قوله إن …`: reported speech whose speaker is named before قوله.
            let qawl = matches!(self.norm(v), "قوله" | "قولها" | "قولهم" | "قولهما");
            let said = (qawl && v + 1 < toks.len() && toks[v + 1].line == toks[v].line && is_complementizer(self.norm(v + 1))).then(|| self.said_by(v)).flatten();
            let according = if said.is_none() { self.according_to(v) } else { None };
            let (source, c) = match (said, according, self.verb_at(v)) {
                (Some(said), _, _) => (said, Some(v + 1)),
                (None, Some((np, fa_inna)), _) => (Source::Phrase(np, None), Some(fa_inna)),
                (None, None, Some((verb, _))) if verb.reported => (Source::Verb(v), self.complementizer_after(v)),
                _ => continue,
            };
            let Some(c) = c else { continue };
            let s = c + 1;
            if s >= toks.len() || toks[s].line != toks[v].line {
                continue;
            }
            // `قال X إن "…"`: the words in quotation marks are the direct quote (unless they are
            // the clause's subject, `sentence_end`).
            if self.in_quote[s] != 0 && self.accepted[self.in_quote[s] as usize - 1] && !self.opens_clause_as_subject(s) {
                continue;
            }
            let Some((end, words)) = self.sentence_end(s) else { continue };
            if words < 2 {
                continue;
            }
            // "نقلت الوكالة عن الوزير قوله إن …": one clause, whether read from نقلت or from قوله.
            if out.last().is_some_and(|e: &Event| e.span == (toks[s].start..end)) {
                out.pop();
            }
            out.push(Event { pos: toks[v].start, span: toks[s].start..end, kind: QuoteKind::Indirect, source });
        }
        out
    }

    /// The إن/أن that opens the verb's reported clause, within its sentence.
    fn complementizer_after(&self, v: usize) -> Option<usize> {
        let toks = self.tokens;
        let line = toks[v].line;
        let mut j = v + 1;
        while j < toks.len() && j - v <= VERB_REACH {
            let t = &toks[j];
            if t.line == line {
                if let Some(c) = self.name_in_marks_at(j) {
                    j = c.close_tok + 1;
                    continue;
                }
            }
            if t.line != line || self.in_quote[j] != 0 || self.in_boiler[j] || is_sentence_end(t) || self.is_colon(j) {
                return None;
            }
            if j > v + 1 && self.verb_at(j).is_some() {
                return None;
            }
            if t.is_word() && is_complementizer(&t.norm) && self.speech_an(j, v) {
                return Some(j);
            }
            j += 1;
        }
        None
    }

    /// Is the أن at `j` the verb's complementiser, not "بعد أن", "يمكن أن", "على الرغم من أن"…?
    fn speech_an(&self, j: usize, v: usize) -> bool {
        if j == v + 1 {
            return true;
        }
        let p = self.norm(j - 1);
        // "أعرب عن أمله في أن …", "أعربت عن قلقها من أن …": what the speaker hopes or fears.
        if matches!(p, "في" | "من") && j >= v + 4 && self.norm(j - 3) == "عن" {
            return true;
        }
        if is_non_speech_before_an(p) || is_non_speech_before_an(without_conjunction(p)) {
            return false;
        }
        // "…، على أن تصدر الترجمة في لندن": "provided that", after a comma (where "شدد، في
        // تصريحات، على أن" is what was stressed: verbs that take على).
        let takes_ala = || {
            let verb = without_conjunction(self.norm(v));
            ["شدد", "اكد", "حرص", "اصر", "ركز", "اتفق", "نص"].iter().any(|root| verb.starts_with(root))
        };
        if p == "علي" && j >= 2 && self.tokens[j - 2].is_punct("،,") && !takes_ala() {
            return false;
        }
        if p == "من" && j >= 2 && j - 2 > v && is_non_speech_before_an(without_conjunction(self.norm(j - 2))) {
            return false;
        }
        true
    }

    /// Is token `k` an active participle of a derived verb in the accusative, written with its
    /// tanwin ("مطالباً", "متهماً", "معتبرةً"), and no adverb of that shape ("مجدداً", "مؤخراً")?
    fn accusative_participle(&self, k: usize) -> bool {
        let t = &self.tokens[k];
        let raw = &self.text[t.start..t.end];
        let n = self.norm(k);
        t.is_word()
            && raw.ends_with('\u{064b}')
            && n.starts_with('م')
            && n.chars().count() >= 5
            && !matches!(n.trim_end_matches('ا'), "مجدد" | "مؤخر" | "مسبق" | "مبدئي" | "مطلق" | "مثل" | "مباشره" | "مستقبل" | "موقت" | "مرحلي" | "محلي" | "مقابل" | "مجان")
    }

    /// Are the words in marks at token `s`, which opens a reported clause, its subject rather than
    /// a quote: a few words (a name) that a word of the clause goes on from, "أن «غالكو» تدير …"?
    fn opens_clause_as_subject(&self, s: usize) -> bool {
        let Some(q) = (self.in_quote[s] as usize).checked_sub(1) else { return false };
        let c = &self.cands[q];
        c.words <= 3 && self.tokens.get(c.close_tok + 1).is_some_and(|t| t.line == self.tokens[s].line && t.is_word())
    }

    /// End byte of the sentence starting at token `s` (its final . ! ? included, names in marks
    /// inside it jumped over), and how many words it has. The sentence stops before a direct quote
    /// that follows it (`قال إن …، مضيفاً: "…"`).
    fn sentence_end(&self, s: usize) -> Option<(usize, usize)> {
        const MAX_TOKENS: usize = 400;
        let toks = self.tokens;
        let line = toks[s].line;
        let mut e = s;
        let mut last = None;
        let mut words = 0;
        while e < toks.len() && toks[e].line == line && !self.in_boiler[e] && e - s < MAX_TOKENS {
            if self.in_quote[e] != 0 {
                let q = self.in_quote[e] as usize - 1;
                // ("أكد أن التأخير يعود إلى «عوامل خارجة عن إرادة الوزارة»، …": words in marks that
                // a word of the clause leads into, not a verb or a colon, are the clause's own; the
                // reported clause takes them, and `find` drops them as a direct quote.)
                let embedded = e > s && toks[e - 1].is_word() && self.verb_at(e - 1).is_none() && !is_complementizer(self.norm(e - 1)) || e == s && self.opens_clause_as_subject(s);
                if self.accepted[q] && !embedded {
                    // Trim what introduces the quote: punctuation and a speech verb or participle.
                    let mut l = e;
                    while let Some(p) = l.checked_sub(1).filter(|&p| p >= s) {
                        if toks[p].kind == TokenKind::Punct || self.verb_at(p).is_some() {
                            l = p;
                        } else {
                            break;
                        }
                    }
                    let end_tok = l.checked_sub(1).filter(|&p| p >= s)?;
                    let words = toks[s..=end_tok].iter().filter(|t| t.is_word() || t.kind == TokenKind::Number).count();
                    return Some((toks[end_tok].end, words));
                }
                let c = &self.cands[q];
                words += c.words;
                last = Some(c.close_tok);
                e = c.close_tok + 1;
                // (The clause's own words in marks, then a comma and a word in the accusative,
                // "، محمّلاً الطرف الآخر …", or a verb: the clause ends with them.)
                let next_clause = |k: usize| k < toks.len() && toks[k].line == line && toks[k].is_word() && (self.text[toks[k].start..toks[k].end].ends_with('\u{064b}') || self.verb_at(k).is_some());
                if self.accepted[q] && e < toks.len() && toks[e].is_punct("،,") && next_clause(e + 1) {
                    break;
                }
                continue;
            }
            // "… إن الحكم قاس، مضيفا أن …": a participle of speech after a comma opens the next
            // reported clause; this one ends before the comma.
            if e > s && e + 1 < toks.len() && toks[e].is_punct("،,") && self.verb_at(e + 1).is_some_and(|(v, _)| v.participle && v.reported) {
                break;
            }
            // ("…، في حين رجّح نائب آخر أن …", "…، بينما قال …": a contrast and a speech verb open
            // another speaker's clause.)
            if e > s && toks[e].is_punct("،,") {
                let verb_after = |k: usize| k < toks.len() && toks[k].line == line && self.verb_at(k).is_some_and(|(v, _)| !v.participle);
                let norm = |k: usize| if k < toks.len() { self.norm(k) } else { "" };
                // ("…، لكنه نفى أن …": so does "but he" and a speech verb.)
                let but_he = matches!(norm(e + 1), "لكنه" | "لكنها" | "لكنهم" | "ولكنه" | "ولكنها" | "ولكنهم") && verb_after(e + 2);
                // ("…، في ظل تدفق النازحين …", "…، وسط …": the narrator's setting, not what was said.)
                let setting = matches!(norm(e + 1), "وسط") || matches!((norm(e + 1), norm(e + 2)), ("في", "ظل" | "وقت" | "اعقاب" | "اشاره") | ("علي", "خلفيه"));
                if setting {
                    break;
                }
                // ("…، وأوضح في تصريح لـ«…» أن …": so does a speech verb with a clause of its own.)
                let next_report = verb_after(e + 1) && self.verb_at(e + 1).is_some_and(|(v, _)| v.reported) && self.complementizer_after(e + 1).is_some();
                if norm(e + 1) == "في" && norm(e + 2) == "حين" && verb_after(e + 3) || matches!(norm(e + 1), "بينما" | "فيما") && verb_after(e + 2) || but_he || next_report {
                    break;
                }
                // ("…، مطالباً السلطات بـ …", "…، متهماً أطرافاً …": a participle in the accusative,
                // written with its tanwin, tells what the speaker did besides; the clause ends.)
                if e + 1 < toks.len() && toks[e + 1].line == line && self.accusative_participle(e + 1) {
                    break;
                }
            }
            last = Some(e);
            if toks[e].is_word() || toks[e].kind == TokenKind::Number {
                words += 1;
            }
            if is_sentence_end(&toks[e]) {
                break;
            }
            e += 1;
        }
        last.map(|l| (toks[l].end, words))
    }

    // ---------------------------------------------------------------- speakers

    /// The speaker of the verb at `v`: its subject after it, or before it, or the speaker the
    /// text is continuing with (gender agreeing).
    fn speaker_of_verb(&mut self, v: usize) -> Option<Speaker> {
        let (verb, clitic) = self.verb_at(v)?;
        // "نقلت الصحيفة عن مصدر في الوزارة أن …": who is quoted comes after عن.
        // ("ونقلت مصادر مقربة من الرئاسة أن …", with no عن: the sources are the subject.)
        let an = matches!(without_conjunction(self.norm(v)), "نقل" | "نقلت" | "نقلوا").then(|| self.complementizer_after(v).and_then(|c| (v + 1..c).find(|&j| self.norm(j) == "عن").map(|an| (c, an)))).flatten();
        if let Some((c, an)) = an {
            let np = self.np_after(an);
            // ("نقلت القناة عن مسؤول أمني قوله إن …": up to قوله.)
            let end = (np.start..np.end.min(c)).find(|&j| matches!(self.norm(j), "قوله" | "قولها" | "قولهم" | "قولهما")).unwrap_or(np.end.min(c));
            let np = np.start..end;
            return (!np.is_empty()).then(|| self.explicit_speaker(np, None));
        }
        if !verb.participle {
            let np = self.np_after(v);
            // "وأضاف سموّه: «…»": his highness, the person the text is about, goes on speaking.
            if np.len() == 1 && matches!(self.norm(np.start), "سموه" | "سموها" | "معاليه" | "معاليها" | "فخامته" | "جلالته" | "سيادته" | "سماحته") {
                return self.continuing(verb.gender);
            }
            if !np.is_empty() {
                let title_only = is_title_word(self.norm(np.start));
                // (An organisation inside the title, "المتحدثة باسم منظمة الصحة العالمية (WHO)،
                // هيلين مورو، إن", is not the speaker either.)
                let no_person = self.entity_for(&self.token_span(np.clone())).is_none_or(|e| self.entities[e].kind != EntityType::Person);
                if title_only && no_person {
                    // "اعتبر الخبير في الشؤون الروسية في جامعة السوربون جان ماتيه أن …": the title's
                    // prepositional phrases end the noun phrase, but the name comes after them.
                    if let Some(name) = self.person_before_complementizer(np.end).or_else(|| self.person_in_title_tail(np.end)) {
                        return Some(self.explicit_speaker(name, Some(verb.gender)));
                    }
                }
                return Some(self.explicit_speaker(np, Some(verb.gender)));
            }
            // "… كايا كالاس، التي قالت إن …": the relative pronoun's antecedent, named before it.
            if let Some(np) = self.relative_antecedent(v) {
                return Some(self.explicit_speaker(np, Some(verb.gender)));
            }
            if let Some(np) = self.np_before(v, clitic) {
                return Some(self.explicit_speaker(np, Some(verb.gender)));
            }
            // "ونعت الوزارة الراحل في بيان، قالت فيه إن …": the statement's, so its issuer's, the
            // first person or organisation the sentence names.
            if self.tokens.get(v + 1).is_some_and(|t| matches!(t.norm.as_str(), "فيه" | "فيها")) {
                if let Some(np) = self.first_named_in_sentence(v) {
                    return Some(self.explicit_speaker(np, Some(verb.gender)));
                }
            }
            // "أما المتحدث باسم الجيش نبيل عبد الله فقال إن …": the subject stands after أما.
            if let Some(np) = self.after_amma(v) {
                return Some(self.explicit_speaker(np, Some(verb.gender)));
            }
            // "وأعربت المبعوثة الأممية هانا تيتيه عن قلقها، وقالت: «…»": a verb joined by و to
            // the sentence's first verb shares that verb's subject.
            if clitic {
                if let Some(np) = self.shared_subject(v, verb.gender) {
                    return Some(self.explicit_speaker(np, Some(verb.gender)));
                }
                // ("اشتكت سيدة خمسينية من قرية …، وقالت: «…»": or, named by no one, the subject
                // of the sentence's first speech verb, if of the same gender.)
                let first = (self.sentence_start(v)..v).find_map(|k| self.verb_at(k).filter(|(first, _)| !first.participle));
                if first.is_some_and(|(first, _)| first.gender == verb.gender) {
                    if let Some(np) = self.first_verb_subject(v) {
                        return Some(self.explicit_speaker(np, Some(verb.gender)));
                    }
                }
            }
            // "ولم يخف العلمي طموحه، إذ قال في مقابلة: «…»", "يواصل ترمب الضغط، إذ كتب أن …":
            // after إذ or حيث the sentence's own subject speaks, the person it names first.
            // (So after "but she": "رحّبت الدكتورة منى الخياط بالقرار، لكنها حذّرت من أن …".)
            if v > 0 && self.tokens[v - 1].line == self.tokens[v].line && matches!(self.norm(v - 1), "اذ" | "حيث" | "لكنه" | "لكنها" | "ولكنه" | "ولكنها") {
                if let Some(np) = self.first_named_in_sentence(v) {
                    return Some(self.explicit_speaker(np, Some(verb.gender)));
                }
            }
        } else if let Some(earlier) = self.speech_verb_before_in_sentence(v, verb.gender) {
            // "وأشار المدرب إلى أن غياب القائد علي المالكي أثّر …، مؤكداً أن …": after a clause
            // reported in the same sentence, a participle of the same gender goes on for its
            // speaker, not for a person named inside the clause.
            return self.speaker_of_verb(earlier);
        } else if let Some(np) = self.subject_before(v) {
            // A participle speaks for its sentence's subject, even after a verb that is not one of
            // speech ("ودعا الوزير سامي حداد إلى الحوار، مؤكدا أن …").
            return Some(self.explicit_speaker(np, Some(verb.gender)));
        } else if let Some(np) = self.first_verb_subject(v) {
            // "وأعرب وزير الثقافة عن فخره بالدورة، مؤكدا أن …": no person named, but the
            // sentence's verb has a subject.
            return Some(self.explicit_speaker(np, Some(verb.gender)));
        } else if let Some(np) = self.first_named_in_sentence(v) {
            // "كما نعته نقابة المهن التمثيلية، مؤكدة أنه …": a verb not of speech; its subject
            // is the organisation or person the sentence names first.
            return Some(self.explicit_speaker(np, Some(verb.gender)));
        }
        self.continuing(verb.gender)
    }

    /// Are tokens `r` a known place's name?
    fn is_place(&self, r: Range<usize>) -> bool {
        crate::lexicon::places::lookup(&self.tokens[r].iter().map(|t| t.norm.as_str()).collect::<Vec<_>>().join(" ")).is_some()
    }

    /// The end (exclusive, at most `max_end`) of the known place of one or two words after the
    /// preposition at token `p`, on its line: "في السودان", "لدى المملكة المتحدة".
    fn place_after(&self, p: usize, max_end: usize) -> Option<usize> {
        let toks = self.tokens;
        let line = toks.get(p)?.line;
        (p + 2..=(p + 3).min(max_end)).rev().find(|&e| {
            toks[p + 1..e].iter().all(|t| t.line == line && t.is_word()) && self.is_place(p + 1..e)
        })
    }

    /// The first person named in the sentence before token `v`, else the first organisation (its
    /// tokens).
    fn first_named_in_sentence(&self, v: usize) -> Option<Range<usize>> {
        let s = self.sentence_start(v);
        [EntityType::Person, EntityType::Organization].into_iter().find_map(|kind| {
            let of = |k: usize| self.entity_for(&self.token_span(k..k + 1)).filter(|&e| self.entities[e].kind == kind);
            let (k, e) = (s..v).find_map(|k| of(k).map(|e| (k, e)))?;
            let end = (k + 1..v).find(|&j| of(j) != Some(e)).unwrap_or(v);
            Some(k..end)
        })
    }

    /// The first token of the sentence token `v` is in (on its line, after . ! ? ؟).
    fn sentence_start(&self, v: usize) -> usize {
        let toks = self.tokens;
        let mut s = v;
        while s > 0 && toks[s - 1].line == toks[v].line && !is_sentence_end(&toks[s - 1]) {
            s -= 1;
        }
        s
    }

    /// The subject after the first speech verb of `v`'s sentence (a finite one, before `v`),
    /// if it ends before `v`.
    fn first_verb_subject(&self, v: usize) -> Option<Range<usize>> {
        let s = self.sentence_start(v);
        let first = (s..v).find(|&k| self.verb_at(k).is_some_and(|(verb, _)| !verb.participle))?;
        let mut np = self.np_after(first);
        // No person is named in this sentence (else `subject_before` had found one): after a word
        // with the article, a bare one is the verb's object ("نفت الوزارة المصرية تسجيل …").
        let definite = |k: usize| {
            let w = without_conjunction(self.norm(k));
            w.starts_with("ال") || w.starts_with("لل")
        };
        if let Some(k) = (np.start + 1..np.end).find(|&k| definite(k - 1) && !definite(k)) {
            np.end = k;
        }
        (!np.is_empty() && np.end <= v).then_some(np)
    }

    /// For a verb with ف in `أما X فـقال`: the words between أما and the verb.
    fn after_amma(&self, v: usize) -> Option<Range<usize>> {
        let toks = self.tokens;
        if !self.norm(v).starts_with('ف') {
            return None;
        }
        let mut a = v;
        while a > 0 && v - a < 12 && toks[a - 1].line == toks[v].line && !is_sentence_end(&toks[a - 1]) {
            a -= 1;
            if without_conjunction(self.norm(a)) == "اما" {
                // "أما سعاد، وهي أرملة …، فتقول": the subject ends before its apposition.
                let end = (a + 1..v).find(|&k| toks[k].is_punct("،,")).unwrap_or(v);
                let end = if end < v { end } else { (a + 1..v).rev().find(|&k| !toks[k].is_punct("،,")).map_or(v, |k| k + 1) };
                return (a + 1 < end).then_some(a + 1..end);
            }
        }
        None
    }

    /// The first person named in `v`'s sentence before it, outside quotation marks and not after a
    /// preposition (an interlocutor or a topic, not the subject).
    fn subject_before(&self, v: usize) -> Option<Range<usize>> {
        let toks = self.tokens;
        let s = self.sentence_start(v);
        for j in s..v {
            let t = &toks[j];
            if self.in_quote[j] != 0 || !t.is_word() {
                continue;
            }
            let Some(m) = self.person_mention_starting_in(t.start..t.end) else { continue };
            // A clitic preposition on the name itself ("لسامي") or one before it ("مع سامي").
            let prefixed = m.start > t.start && matches!(self.text[t.start..m.start].chars().last(), Some('ل' | 'ب' | 'ك'));
            let after_preposition = j > s && matches!(without_conjunction(self.norm(j - 1)), "مع" | "عن" | "الي" | "لدي" | "علي" | "في" | "من" | "بين");
            if prefixed || after_preposition {
                return None;
            }
            let mut k = j + 1;
            while k < v && toks[k].end <= m.end {
                k += 1;
            }
            return Some(j..k);
        }
        None
    }

    /// The subject a conjoined verb at `v` shares with its sentence's first clause: the person
    /// [`subject_before`](Self::subject_before) finds, if no إن/أن comes before it (it would be
    /// reported, not reporting) and the verb heading its clause agrees in gender with `v`
    /// ("أعربت …" with "وقالت", "جدد …" with "وكتب").
    fn shared_subject(&self, v: usize, gender: Gender) -> Option<Range<usize>> {
        let np = self.subject_before(v)?;
        let toks = self.tokens;
        let mut first = np.start;
        while first > 0 && toks[first - 1].is_word() && toks[first - 1].line == toks[v].line {
            first -= 1;
            if is_complementizer(&toks[first].norm) {
                return None;
            }
        }
        if first == np.start || (self.sentence_start(v)..first).any(|j| is_complementizer(&toks[j].norm)) {
            return None;
        }
        let head = without_conjunction(self.norm(first));
        let feminine = head.chars().count() >= 3 && head.ends_with('ت');
        (gender != Gender::Plural && feminine == (gender == Gender::Feminine)).then_some(np)
    }

    /// A person mention between `from` and the verb's complementiser (إن/أن) in the same sentence,
    /// with no "مع/عن/لـ" before it (an interlocutor, not the speaker).
    fn person_before_complementizer(&self, from: usize) -> Option<Range<usize>> {
        let toks = self.tokens;
        let line = toks.get(from)?.line;
        let mut found = None;
        let mut j = from;
        while j < toks.len() && j - from < 25 && toks[j].line == line {
            let t = &toks[j];
            // A name in marks is passed over ("المحلل في شركة "ستراتيجيك" سجاد أمين").
            if let Some(c) = self.name_in_marks_at(j) {
                j = c.close_tok + 1;
                continue;
            }
            // "قال الأمين العام للاتحاد سامي حداد في كلمة: «…»": the quote the verb introduces.
            if self.in_quote[j] != 0 || self.is_colon(j) {
                return found;
            }
            if is_sentence_end(t) {
                return None;
            }
            if t.is_word() && is_complementizer(&t.norm) {
                return found;
            }
            // ("وتطبيقات العمل عن بعد": "remote" is no preposition of the clause.)
            if t.norm == "عن" && toks.get(j + 1).is_some_and(|n| n.norm == "بعد") {
                j += 2;
                continue;
            }
            // ("عضوة الكنيست عن حزب العمل ميراف ميخائيلي": the party a member sits for.)
            if t.norm == "عن" && toks.get(j + 1).is_some_and(|n| crate::lexicon::cues::org_head(&n.norm).is_some()) {
                j += 2;
                continue;
            }
            if t.is_word() && matches!(t.norm.as_str(), "مع" | "عن" | "الي" | "لدي") {
                // Before the person: who was spoken with or about. After: the rest of the clause.
                return found;
            }
            // "لسامي حداد" is who was spoken to; "لمجلس التعاون" in "الأمين العام لمجلس التعاون
            // جاسم البديوي" completes the title.
            // ("لمى فقيه" is a name that starts with ل: the mention starts with the word.)
            if t.is_word() && t.norm.starts_with('ل') && !t.norm.starts_with("لل") && self.person_mention_starting_in(t.start..t.end).is_some_and(|m| m.start > t.start) {
                return None;
            }
            if found.is_none() {
                let mention = self.person_mention_starting_in(t.start..t.end);
                if let Some(m) = mention {
                    let mut k = j + 1;
                    while k < toks.len() && toks[k].end <= m.end {
                        k += 1;
                    }
                    found = Some(j..k);
                    j = k;
                    continue;
                }
            }
            j += 1;
        }
        None
    }

    /// The first mention of a person, in entity order then mention order, that starts in `bytes`.
    /// (Scanning every person's mentions for each token grew with the square of the document;
    /// the sorted starts find the same one.)
    fn person_mention_starting_in(&self, bytes: Range<usize>) -> Option<&Range<usize>> {
        let from = self.person_mentions.partition_point(|&(start, _, _)| start < bytes.start);
        let (_, e, k) = self.person_mentions[from..].iter().take_while(|&&(start, _, _)| start < bytes.end).min_by_key(|&&(_, e, k)| (e, k))?;
        Some(&self.entities[*e].mentions[*k])
    }

    /// Is token `p` (some of its letters) inside a person's mention?
    fn in_person_mention(&self, p: usize) -> bool {
        let t = &self.tokens[p];
        let i = self.person_mentions.partition_point(|&(start, _, _)| start < t.end);
        i > 0 && {
            let (_, e, k) = self.person_mentions[i - 1];
            self.entities[e].mentions[k].end > t.start
        }
    }

    /// Is token `i` a form of address before a title or name (سعادة، معالي، فخامة، سمو، جلالة;
    /// صاحب/صاحبة before السمو/الجلالة; دولة before a title)?
    fn honorific_at(&self, i: usize) -> bool {
        let next = |k: usize| self.tokens.get(i + k).filter(|t| t.line == self.tokens[i].line).map(|t| t.norm.as_str());
        match self.norm(i) {
            "سعاده" | "معالي" | "فخامه" | "سمو" | "جلاله" | "سماحه" | "عطوفه" | "السمو" | "الجلاله" => true,
            "صاحب" | "صاحبه" => matches!(next(1), Some("السمو" | "الجلاله" | "المعالي" | "السعاده" | "الفخامه")),
            "دوله" => next(1).is_some_and(|w| is_title_head(w) || crate::lexicon::cues::is_title(w)),
            _ => false,
        }
    }

    /// The subject noun phrase right after the verb (token range, possibly empty).
    fn np_after(&self, v: usize) -> Range<usize> {
        let toks = self.tokens;
        let line = toks[v].line;
        // "وصرح سعادة السفير …", "وقالت صاحبة السمو الشيخة …": a form of address is not the subject.
        let mut start = v + 1;
        // "في وقت أكدت فيه الأمم المتحدة أن …": the relative's "in which" comes before the subject.
        if start + 1 < toks.len() && toks[start].line == line && matches!(self.norm(start), "فيه" | "فيها") && toks[start + 1].is_word() {
            start += 1;
        }
        while start < toks.len() && toks[start].line == line && self.honorific_at(start) {
            start += 1;
        }
        let mut j = start;
        while j < toks.len() && j - start < NP_MAX_WORDS {
            let t = &toks[j];
            if t.line == line {
                if let Some(c) = self.name_in_marks_at(j) {
                    // A name in marks completes a head noun ("قالت شركة «أبل» إن …"); after a
                    // longer phrase it is an aside ("إدارة الكوارث التركية "آفاد"", "الدفاع المدني
                    // المعروف بـ"الخوذ البيضاء""), and the speaker is the phrase before it.
                    if j > start + 1 {
                        while j > start + 1 && is_naming_cue(without_conjunction(self.norm(j - 1))) {
                            j -= 1;
                        }
                        break;
                    }
                    j = c.close_tok + 1;
                    continue;
                }
            }
            if t.line != line || !t.is_word() || self.in_quote[j] != 0 || self.in_boiler[j] {
                break;
            }
            let w = t.norm.as_str();
            let bare = without_conjunction(w);
            // "على" and the name "علي" normalise alike: a name when it comes first, unless
            // written with alif maqsura ("وكتب على حسابه"). "أم" ("or") first is a kunya when a
            // person is named with it ("وتقول أم محمد").
            // (Or inside a person's mention: "وأكدت أيت علي أن".)
            let ali_name = w == "علي" && (j == start || self.in_person_mention(j)) && !self.text[t.start..t.end].ends_with('ى');
            let kunya = w == "ام" && j == start && self.person_mention_starting_in(t.start..t.end).is_some();
            // "قال سفير مصر لدى فرنسا علاء يوسف إن …": the place a title is for, then the
            // person's name, are the phrase's.
            if j > start && crate::lexicon::cues::is_posting_preposition(w) {
                let place_end = self.place_after(j, toks.len() - 1);
                if let Some(e) = place_end.filter(|&e| toks[e].line == line && self.person_mention_starting_in(toks[e].start..toks[e].end).is_some()) {
                    j = e;
                    continue;
                }
            }
            // "ووصف وزير الخارجية المصري المباحثات بأنها …": after a nationality a plural with the
            // article is the verb's object, not more of the subject.
            if j > start && without_conjunction(w).starts_with("ال") && w.ends_with("ات") && crate::lexicon::places::nisba_place(self.norm(j - 1).strip_prefix("ال").unwrap_or(self.norm(j - 1))).is_some() {
                break;
            }
            // "مصدر مطلع": informed, not "the start of" a month.
            let informed = w == "مطلع" && j > start && matches!(self.norm(j - 1), "مصدر" | "مصادر");
            // ("والي ولاية …": a governor, not و + "إلى".)
            let conjoined_stop = bare != w && is_np_stop(bare) && !crate::lexicon::cues::is_title(w);
            if !ali_name && !kunya && !informed && (is_complementizer(w) || is_np_stop(w) || conjoined_stop) {
                break;
            }
            if w == "من" {
                if j > start && is_quantifier(self.norm(j - 1)) {
                    j += 1;
                    continue;
                }
                break;
            }
            // "بالتالي", "باليمن": a preposition with the article never starts or continues a name.
            if w.starts_with("بال") {
                break;
            }
            if let Some(rest) = w.strip_prefix('ل') {
                // "للصحفيين", "لوسائل الإعلام", "لـ": who was spoken to, not who spoke.
                // ("وقالت لهسبريس": a known outlet after ل is who was spoken to.)
                if w.starts_with("لل") || rest.chars().count() < 2 || is_media_after_lam(rest) || j > start && is_institution(rest) || crate::lexicon::cues::is_org_name(rest) {
                    break;
                }
                // "قال الوزير لسامي حداد": a person named after the ل.
                if j > start && self.person_mention_starting_in(t.start..t.end).is_some_and(|m| m.start > t.start) {
                    break;
                }
            }
            if self.verb_at(j).is_some() {
                break;
            }
            j += 1;
        }
        start..j
    }

    /// "«…»، قال النائب عن كتلة الوفاء للمقاومة حسن فضل الله، في تصريح …": with no أن to stop
    /// at, the first person named in the rest of a title (up to ten words, before a comma).
    fn person_in_title_tail(&self, from: usize) -> Option<Range<usize>> {
        let toks = self.tokens;
        let line = toks.get(from)?.line;
        for j in from..(from + 10).min(toks.len()) {
            let t = &toks[j];
            if t.line != line || t.kind == TokenKind::Punct || self.in_quote[j] != 0 {
                return None;
            }
            // (After مع, عن, إلى: who was spoken with or about; an أن was the other reading's to
            // take. But "النائب عن كتلة …": the bloc a member sits for.)
            let sits_for = t.norm == "عن" && toks.get(j + 1).is_some_and(|n| crate::lexicon::cues::org_head(&n.norm).is_some());
            if t.is_word() && !sits_for && (matches!(t.norm.as_str(), "مع" | "عن" | "الي" | "لدي") || is_complementizer(&t.norm)) {
                return None;
            }
            if let Some(m) = self.person_mention_starting_in(t.start..t.end) {
                // ("لسامي حداد": who was spoken to, not the title holder.)
                if m.start > t.start {
                    return None;
                }
                let end = (j..toks.len()).find(|&k| toks[k].end >= m.end)? + 1;
                return Some(j..end);
            }
        }
        None
    }

    /// The person or organisation a relative pronoun right before the verb at `v` stands for:
    /// "كايا كالاس، التي قالت إن …" (its tokens), when its mention ends right before the pronoun
    /// (and a comma).
    fn relative_antecedent(&self, v: usize) -> Option<Range<usize>> {
        let toks = self.tokens;
        let mut p = v.checked_sub(1)?;
        // ("منى العبدالله، التي تتلقى العلاج …، والتي قالت إن": a second relative clause joined by
        // و has the first one's antecedent.)
        if matches!(toks[p].norm.as_str(), "والذي" | "والتي") {
            let relative = toks[p].norm.trim_start_matches('و').to_string();
            p = (p.saturating_sub(30)..p).rev().take_while(|&k| toks[k].line == toks[v].line && !is_sentence_end(&toks[k])).find(|&k| toks[k].norm == relative)?;
        }
        if !matches!(toks[p].norm.as_str(), "الذي" | "التي") {
            return None;
        }
        let q = p.checked_sub(1).map(|q| if toks[q].is_punct("،,") { q.checked_sub(1) } else { Some(q) })??;
        if toks[q].line != toks[v].line || !toks[q].is_word() {
            return None;
        }
        // (Or the name before an apposition: "كيارا مونتيفيوري، مسؤولة الملف في بيروت، التي قالت".)
        self.named_ending_at(q).or_else(|| toks[p - 1].is_punct("،,").then(|| self.named_before_apposition(p - 1)).flatten())
    }

    /// The tokens of the person's or organisation's mention that ends with token `q`.
    fn named_ending_at(&self, q: usize) -> Option<Range<usize>> {
        let toks = self.tokens;
        let e = self.entity_for(&(toks[q].start..toks[q].end))?;
        if self.entities[e].kind == EntityType::Place {
            return None;
        }
        let m = self.entities[e].mentions.iter().find(|m| m.start < toks[q].end && toks[q].end <= m.end)?;
        let start = (q.saturating_sub(6)..=q).find(|&k| toks[k].end > m.start)?;
        (m.end == toks[q].end).then_some(start..q + 1)
    }

    /// The person or organisation named right before an apposition that ends at the comma
    /// `comma`: "NAME، TITLE …،" (its tokens).
    fn named_before_apposition(&self, comma: usize) -> Option<Range<usize>> {
        let toks = self.tokens;
        let line = toks[comma].line;
        // Back over the apposition's words (a title first) to the comma that opens it.
        // (Or a relative clause: "فالمزارع سوتريسنو، الذي يملك هكتارين، يقول إن …".)
        let open = (comma.saturating_sub(14)..comma).rev().find(|&k| toks[k].kind == TokenKind::Punct || toks[k].line != line)?;
        let opens_apposition = |k: usize| {
            let first = without_conjunction(self.norm(k));
            is_title_word(first) || matches!(first, "الذي" | "التي")
        };
        if !toks[open].is_punct("،,") || toks[open].line != line || open + 1 >= comma || !opens_apposition(open + 1) {
            return None;
        }
        self.named_ending_at(open.checked_sub(1)?)
    }

    /// The subject before a verb that has none after it (`بعض التقارير أشارت إلى أن …`): the
    /// words back to a clause boundary, if the verb bears no conjunction and no particle precedes.
    fn np_before(&self, v: usize, clitic: bool) -> Option<Range<usize>> {
        if clitic || v == 0 {
            return None;
        }
        let toks = self.tokens;
        let line = toks[v].line;
        // "وكان الرئيس … قد أعلن": the subject stands before the particle قد.
        let mut end = if toks[v - 1].norm == "قد" { v - 1 } else { v };
        // "وكان الاتحاد الدولي لكرة القدم (فيفا) قد أعلن": past the name's abbreviation.
        if end > 0 && toks[end - 1].is_punct(")") {
            if let Some(open) = (end.saturating_sub(5)..end - 1).rev().find(|&k| toks[k].is_punct("(")) {
                end = open;
            }
        }
        // "جولي كوزاك، مديرة الاتصالات في الصندوق، قد قالت إن …": the name before the
        // apposition set off by commas.
        if end > 0 && toks[end - 1].is_punct("،,") {
            return self.named_before_apposition(end - 1);
        }
        let mut j = end;
        loop {
            if j == 0 {
                break;
            }
            let p = j - 1;
            let t = &toks[p];
            // ("صحيفة "لوموند" الفرنسية قد ذكرت": a name in marks is a word of the subject.)
            if let Some(c) = self.in_quote[p].checked_sub(1).map(|q| &self.cands[q as usize]).filter(|c| c.close_tok == p && self.name_in_marks_at(c.open_tok).is_some()) {
                j = c.open_tok;
                continue;
            }
            if t.line != line || t.kind == TokenKind::Punct {
                break;
            }
            if !t.is_word() || self.in_quote[p] != 0 || self.in_boiler[p] {
                return None;
            }
            let w = t.norm.as_str();
            if is_clause_boundary_word(w) {
                break;
            }
            // (A word of a person's name is none of the words that end a subject: "علي".)
            let named = self.in_person_mention(p);
            // ("العام" is "this year" as a time word, but "general" after a title: "المدير العام".)
            let general = w == "العام" && p > 0 && (is_title_head(without_conjunction(self.norm(p - 1))) || crate::lexicon::cues::is_title(without_conjunction(self.norm(p - 1))));
            // ("مصادر مطلعة على الصفقة أفادت بأن": what the sources are close to is theirs.)
            let sources_of = matches!(w, "علي" | "من" | "في") && (p.saturating_sub(3)..p).any(|k| is_source_noun(self.norm(k)));
            if !general && !named && !sources_of && (is_pre_verb_particle(w) || is_np_stop(w) || is_np_stop(without_conjunction(w)) || self.verb_at(p).is_some()) {
                return None;
            }
            if end - p > 6 {
                return None;
            }
            j = p;
        }
        (j < end).then_some(j..end)
    }

    /// The speaker named by the noun phrase at token range `np`.
    fn explicit_speaker(&mut self, np: Range<usize>, gender: Option<Gender>) -> Speaker {
        let toks = self.tokens;
        // "نقلت الوكالة عن نائب رئيس الوزراء الروسي، إيغور سيمونوف، قوله إن …": a title that
        // names no person, then the person set off by commas, before the clause.
        // ("والي ولاية …" is a governor, not و + "الي".)
        let title_first = is_title_word(self.norm(np.start)) || is_title_word(without_conjunction(self.norm(np.start)));
        let np = if title_first && self.entity_for(&self.token_span(np.clone())).is_none_or(|e| self.entities[e].kind != EntityType::Person) {
            // ("قالت المتحدثة باسم اللجنة في القدس، كلير فونتين.": the place the title is for
            // comes before the comma.)
            let mut comma = np.end;
            // ("رئيس قسم التقنية في مداد، المصري عمر منصور،": or the company it works in, a
            // word or two.)
            if self.tokens.get(comma).is_some_and(|t| t.norm == "في") {
                let company = (comma + 2..(comma + 4).min(toks.len())).find(|&k| toks[k].kind == TokenKind::Punct).filter(|&k| toks[comma + 1..k].iter().all(|t| t.is_word() && t.line == toks[comma].line));
                comma = self.place_after(comma, toks.len()).or(company).unwrap_or(comma);
            }
            let person_after = || {
                // ("، المصري عمر منصور،": past a nationality before the name.)
                let nisba = toks.get(comma + 1).is_some_and(|t| t.norm.starts_with("ال") && crate::lexicon::places::nisba_place(&t.norm).is_some());
                let comma = comma + usize::from(nisba);
                self.person_starting_at(comma + 1)
            };
            if toks.get(comma).is_some_and(|t| t.is_punct("،,")) {
                self.person_before_complementizer(comma).or_else(person_after).unwrap_or(np)
            } else {
                np
            }
        } else {
            np
        };
        let name = self.name_part(np.clone());
        let span = self.token_span(name.clone());
        let np_span = self.token_span(np.clone());
        // When the phrase names someone after a title ("المتحدثة باسم وزارة الخارجية تامي بروس")
        // whom the recogniser missed, the organisation in the title is not the speaker.
        let named_after_title = name.start > np.start;
        let entity = self.entity_for(&span).or_else(|| self.entity_for(&np_span).filter(|&e| !named_after_title || self.entities[e].kind == EntityType::Person));
        // "زعم ممثل السعودية أن …": someone with a title for a place is not the place.
        let first = without_conjunction(self.norm(np.start));
        let titled = is_title_head(first) || crate::lexicon::cues::is_title(first);
        let entity = entity.filter(|&e| !(titled && self.entities[e].kind == EntityType::Place));
        // "حذّر أخصائي الغدد الصماء لدى الأطفال في …، الدكتور مازن القضاة، …، من أن": the person
        // named later on the line whose role the phrase begins.
        let entity = entity.or_else(|| titled.then(|| self.person_with_role_after(np.clone())).flatten());
        let span = trim_marks(self.text, span);
        let mut text = self.text[span.clone()].to_string();
        // "ووفقا للوزارة فإن …": ل + the article is written "لل"; the speaker is "الوزارة".
        if let Some(rest) = text.strip_prefix("لل").filter(|r| r.chars().count() >= 3) {
            text = format!("ال{rest}");
        }
        let mut name_words: Vec<String> = toks[name.clone()].iter().filter(|t| t.is_word()).map(|t| t.norm.to_string()).collect();
        // "وأوضحت الوزيرة أن …", "وأضافت الوزيرة الكولومبية أن …": a title alone, or with its
        // adjectives, names the person last given that title.
        let title_alone = name.len() == 1 || (name.start + 1..name.end).all(|k| toks[k].is_word() && toks[k].norm.starts_with("ال"));
        let entity = entity.or_else(|| title_alone.then(|| self.titled_person_before(name.start)).flatten());
        // ("وأكد سعادة وزير الصحة العامة أن …": or the whole title, the role of someone named before.)
        let entity = entity.or_else(|| (title_alone && name.len() >= 2).then(|| self.person_with_role_before(name.clone())).flatten());
        // "وقال البنك في بيان إن …": a head noun alone names the organisation last named with it.
        let entity = entity.or_else(|| (name.len() == 1).then(|| self.organisation_before(name.start)).flatten());
        let mut entity = entity;
        if let Some(e) = entity.map(|e| &self.entities[e]) {
            if matches!(e.kind, EntityType::Person) && !e.name.trim().is_empty() {
                text = e.name.clone();
            }
        }
        // A one-word mention of a name given in full earlier ("نصار" after "فادي نصار").
        if name_words.len() == 1 && name_words[0].chars().count() >= 3 {
            let w = name_words[0].clone();
            let earlier = self
                .speakers
                .iter()
                .rev()
                .take(SPEAKER_MEMORY)
                .find(|s| s.name_words.len() >= 2 && s.name_words.contains(&w) && (entity.is_none() || s.entity == entity))
                .cloned();
            if let Some(s) = earlier {
                if entity.is_none() || s.entity == entity {
                    text = s.text.clone();
                    name_words = s.name_words.clone();
                    entity = entity.or(s.entity);
                }
            }
        }
        let sp = Speaker { text, span: Some(span), entity, gender, name_words };
        self.speakers.push(sp.clone());
        sp
    }

    /// The person most recently mentioned before token `t` whose roles begin with the title that
    /// token is ("الوزيرة" → a person with the role "وزيرة المالية").
    fn titled_person_before(&self, t: usize) -> Option<usize> {
        let word = self.norm(t);
        let title = word.strip_prefix("ال")?;
        if !(is_title_head(word) || crate::lexicon::cues::is_title(word)) {
            return None;
        }
        // Each office of a person's roles counts (`offices_of`), read once per document.
        let offices = self.offices.get_or_init(|| self.entities.iter().map(|e| if e.kind == EntityType::Person { e.roles.iter().flat_map(|r| offices_of(r)).collect() } else { Vec::new() }).collect());
        self.last_named_before(t, |i, _| offices[i].iter().any(|o| o == title))
    }

    /// A speech verb (not a participle) of `gender` earlier in the sentence of token `v`, on its line.
    fn speech_verb_before_in_sentence(&self, v: usize, gender: Gender) -> Option<usize> {
        let toks = self.tokens;
        (v.saturating_sub(80)..v)
            .rev()
            .take_while(|&k| toks[k].line == toks[v].line && !is_sentence_end(&toks[k]))
            .find(|&k| self.verb_at(k).is_some_and(|(verb, _)| !verb.participle && verb.gender == gender))
    }

    /// The person most recently mentioned before the phrase `np` whose role begins with that
    /// phrase, a title in full ("وزير الصحة العامة").
    fn person_with_role_before(&self, np: Range<usize>) -> Option<usize> {
        let phrase = crate::text::normalize_phrase(&self.text[self.token_span(np.clone())]);
        self.last_named_before(np.start, |_, e| e.kind == EntityType::Person && e.roles.iter().any(|r| crate::text::normalize_phrase(r).starts_with(&phrase)))
    }

    /// The tokens of the person's mention that starts in token `k` (a name set off by a comma).
    fn person_starting_at(&self, k: usize) -> Option<Range<usize>> {
        let toks = self.tokens;
        let t = toks.get(k)?;
        let m = self.person_mention_starting_in(t.start..t.end)?.clone();
        let end = (k..toks.len()).find(|&j| toks[j].end >= m.end)? + 1;
        Some(k..end)
    }

    /// The person mentioned after the phrase `np`, on its line, with a role that begins with it.
    fn person_with_role_after(&self, np: Range<usize>) -> Option<usize> {
        let toks = self.tokens;
        if np.is_empty() || np.end > toks.len() {
            return None;
        }
        let phrase = crate::text::normalize(&self.text[self.token_span(np.clone())]);
        let after = toks[np.end - 1].end;
        let line_end = toks[np.end - 1..].iter().take_while(|t| t.line == toks[np.end - 1].line).last()?.end;
        self.entities.iter().position(|e| {
            e.kind == EntityType::Person
                && e.mentions.iter().any(|m| after <= m.start && m.start < line_end)
                && e.roles.iter().any(|r| crate::text::normalize(r).starts_with(&phrase))
        })
    }

    /// The entity `pick` accepts that was mentioned last before token `t`.
    fn last_named_before(&self, t: usize, pick: impl Fn(usize, &EntityDraft) -> bool) -> Option<usize> {
        let before = self.tokens[t].start;
        self.entities
            .iter()
            .enumerate()
            .filter(|&(i, e)| pick(i, e))
            .filter_map(|(i, e)| Some((e.mentions.iter().filter(|m| m.end <= before).map(|m| m.start).max()?, i)))
            .max()
            .map(|(_, i)| i)
    }

    /// The organisation most recently named before token `t` whose name starts with the head noun
    /// that token is with the article ("الوزارة" → "وزارة الصحة", "البنك" → "البنك المركزي").
    fn organisation_before(&self, t: usize) -> Option<usize> {
        let word = without_conjunction(self.norm(t));
        let bare = word.strip_prefix("ال")?;
        if crate::lexicon::cues::org_head(bare).is_none() && crate::lexicon::cues::org_head(word).is_none() {
            return None;
        }
        self.last_named_before(t, |_, e| {
            e.kind == EntityType::Organization
                && e.name.split_whitespace().next().is_some_and(|first| {
                    let first = crate::text::normalize(first);
                    first == word || first == bare
                })
        })
    }

    /// The gender of a noun phrase without a verb to tell it: from the ending of its head word.
    fn guess_gender(&self, head: usize) -> Option<Gender> {
        let t = &self.tokens[head];
        if !t.is_word() {
            return None;
        }
        Some(if t.norm.ends_with('ه') || t.norm.ends_with("ات") { Gender::Feminine } else { Gender::Masculine })
    }

    /// The most recent speaker whose gender agrees.
    fn continuing(&self, gender: Gender) -> Option<Speaker> {
        self.speakers.iter().rev().take(SPEAKER_MEMORY).find(|s| s.gender == Some(gender)).cloned()
    }

    /// The name inside a titled noun phrase: "الرئيس التونسي سامي الحداد" → "سامي الحداد",
    /// "وزير الخارجية المصري سامح العمري" → "سامح العمري", "الباحث عمر الشامي" → "عمر الشامي",
    /// "سامي حداد رئيس الاتحاد" → "سامي حداد"; otherwise the whole phrase.
    fn name_part(&self, np: Range<usize>) -> Range<usize> {
        // "الله" in "عبد الله", "نصر الله" is part of a name, not an article.
        let def = |i: usize| {
            let w = self.norm(i);
            (w.starts_with("ال") || w.starts_with("لل")) && w != "الله"
        };
        let title_at = |i: usize| {
            let w = self.norm(i);
            let bare = w.strip_prefix("ال").unwrap_or(w);
            is_title_head(w) || is_title_head(bare)
        };
        let raw = self.norm(np.start);
        let head = if raw.starts_with("وال") || raw.starts_with("فال") { &raw[raw.char_indices().nth(1).map_or(0, |(i, _)| i)..] } else { raw };
        let titled = title_at(np.start) || head.starts_with("ال") && !is_quantifier(head);
        let plain = |i: usize| {
            let w = self.norm(i);
            let lam_phrase = w.strip_prefix('ل').is_some_and(|r| is_institution(r) || is_media_after_lam(r));
            let name_ali = w == "علي" && i == np.start;
            self.tokens[i].is_word() && !def(i) && (name_ali || !is_np_stop(w)) && !is_institution(w) && !lam_phrase && w != "من"
        };
        // "سفير مصر لدى فرنسا علاء يوسف", "منسقة الشؤون الإنسانية في السودان كليمنتين …": after
        // the place the title is for comes the name.
        let after_place = (np.start + 1..np.end).filter(|&p| crate::lexicon::cues::is_posting_preposition(self.norm(p))).find_map(|p| self.place_after(p, np.end - 1));
        if let Some(e) = after_place {
            return e..np.end;
        }
        // "رئيس لجنة الداخلية البرلمانية النائب مهلهل المضف": after a second title, a bare word
        // starts the name.
        if titled {
            if let Some(k) = (np.start + 1..np.end.saturating_sub(1)).rev().find(|&k| title_at(k) && crate::tagger::names::name_class(self.norm(k)) != "given" && self.tokens[k + 1].is_word() && !def(k + 1)) {
                return k + 1..np.end;
            }
        }
        if !titled {
            // A name followed by its title without a comma: "سامي حداد رئيس الاتحاد".
            if let Some(k) = (np.start + 1..np.end).find(|&i| title_at(i)) {
                if (np.start..k).all(&plain) {
                    return np.start..k;
                }
            }
            return np;
        }
        // The trailing run of plain words after a definite word: the name after title and modifiers.
        let mut t = np.end;
        while t > np.start + 1 && plain(t - 1) {
            t -= 1;
        }
        if t < np.end && t > np.start && def(t - 1) {
            return t..np.end;
        }
        // Otherwise skip the title and the definite words after it: "الباحث عمر الشامي".
        let mut k = np.start + 1;
        while k < np.end {
            if def(k) || k + 1 < np.end && def(k + 1) && is_institution(self.norm(k)) {
                k += 1;
            } else {
                break;
            }
        }
        // After skipped modifiers a "ل" word is a preposition ("المنظمة لكأس العالم"), not a name;
        // a title without an article needs modifiers skipped ("قائد وحدة …" stays whole).
        if k >= np.end || !plain(k) || k > np.start + 1 && self.norm(k).starts_with('ل') || k == np.start + 1 && !head.starts_with("ال") {
            return np;
        }
        k..np.end
    }

    /// Byte span of a token range; a leading "و" before an article ("والوزير") is left out.
    fn token_span(&self, r: Range<usize>) -> Range<usize> {
        let first = &self.tokens[r.start];
        let mut start = first.start;
        if first.norm.starts_with("وال") {
            start += offset_after_norm_chars(&self.text[first.start..first.end], 1);
        }
        start..self.tokens[r.end - 1].end
    }

    /// The entity with a mention overlapping `span`: a person first, then an organisation, then a
    /// place that makes up most of the phrase.
    fn entity_for(&self, span: &Range<usize>) -> Option<usize> {
        if self.mentions.is_empty() {
            return None;
        }
        let mut i = self.mentions.partition_point(|m| m.0.start < span.start);
        // Step back over mentions that start before the span but reach into it.
        let mut back = 0;
        while i > 0 && back < 8 {
            i -= 1;
            back += 1;
        }
        let mut best: Option<(u8, usize)> = None;
        for (m, e) in &self.mentions[i..] {
            if m.start >= span.end {
                break;
            }
            let lo = m.start.max(span.start);
            let hi = m.end.min(span.end);
            if lo >= hi {
                continue;
            }
            let rank = match self.entities[*e].kind {
                EntityType::Person => 3,
                EntityType::Organization => 2,
                EntityType::Place if (hi - lo) * 10 >= (span.end - span.start) * 6 => 1,
                EntityType::Place => continue,
            };
            if best.is_none_or(|(r, _)| rank >= r) {
                best = Some((rank, *e));
            }
        }
        best.map(|(_, e)| e)
    }
}

/// The bytes between a pair's marks, whitespace trimmed.
fn trim_span(text: &str, p: &Pair) -> Range<usize> {
    let inner = p.inner();
    let s = &text[inner.clone()];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead == s.len() {
        return inner.start..inner.start;
    }
    inner.start + lead..inner.end - trail
}

/// `span` without quotation marks and whitespace at its ends (a speaker named in marks); a
/// closing mark stays when its opening one is inside (`صحيفة "الرياضية"`).
/// The offices a person's role names, each as its title without the article: "نائب رئيس الوزراء
/// وزير الخارجية" is "نائب" and "وزير" (a bare title after a word with the article starts a second
/// office; "رئيس" after "نائب" does not).
fn offices_of(role: &str) -> Vec<String> {
    let words: Vec<String> = role.split_whitespace().map(crate::text::normalize).collect();
    (0..words.len())
        .filter(|&k| k == 0 || words[k - 1].starts_with("ال") && !words[k].starts_with("ال") && crate::lexicon::cues::is_title(&words[k]))
        .map(|k| words[k].trim_start_matches("ال").to_string())
        .collect()
}

/// A title or the head of one, or its feminine in ة ("عضوة الكنيست", "محامية الدفاع").
fn is_title_word(norm: &str) -> bool {
    is_title_head(without_conjunction(norm)) || crate::lexicon::cues::is_title(norm) || norm.strip_suffix('ه').is_some_and(crate::lexicon::cues::is_title)
}

fn trim_marks(text: &str, span: Range<usize>) -> Range<usize> {
    let s = &text[span.clone()];
    let is_trim = |c: char| c.is_whitespace() || marks::is_mark(c);
    let lead = s.len() - s.trim_start_matches(is_trim).len();
    let inner = s[lead..].trim_end_matches(is_trim);
    let trail = if inner.contains(marks::is_mark) { s.len() - s.trim_end().len() } else { s.len() - lead - inner.len() };
    if lead == s.len() {
        return span;
    }
    span.start + lead..span.end - trail
}

/// The gender of the pronoun a word ends with ("قوله" → masculine, "تعبيرها" → feminine).
fn pronoun_gender(norm: &str) -> Option<Gender> {
    if norm.ends_with("هم") || norm.ends_with("هما") || norm.ends_with("هن") {
        Some(Gender::Plural)
    } else if norm.ends_with("ها") {
        Some(Gender::Feminine)
    } else if norm.ends_with('ه') {
        Some(Gender::Masculine)
    } else {
        None
    }
}

/// Nouns for unnamed sources ("مصادر مطلعة على …", "مسؤول في …"), normalised.
fn is_source_noun(norm: &str) -> bool {
    let norm = without_conjunction(norm);
    // ("غير أن مصدراً طبياً في المستشفى كشف أن": in the accusative after أن, with its alif.)
    let norm = norm.strip_suffix('ا').filter(|bare| matches!(*bare, "مصدر" | "مسؤول" | "دبلوماسي")).unwrap_or(norm);
    matches!(norm, "مصادر" | "مصدر" | "مسؤول" | "مسؤولون" | "مسؤولين" | "دبلوماسي" | "دبلوماسيون" | "دبلوماسيين" | "اوساط" | "جهات" | "شهود" | "مقربون" | "مقربين")
}

/// The speech verb `same` (normalised, from the lexicon), for a word that means what it means:
/// with the conjunction the word itself carries.
fn verb_as(same: &str, norm: &str) -> Option<(Verb, bool)> {
    verbs::verb(same).map(|(v, _)| (v, norm.starts_with('و') || norm.starts_with('ف')))
}
