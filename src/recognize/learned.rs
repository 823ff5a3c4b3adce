//! The statistical tagger's side of recognition: it tags each sentence, and its spans become
//! candidates beside the cue stage's. How the two combine (see `recognize::find`):
//! - a cue candidate wins an overlap (lexicons and titles are precise), but a person read after a
//!   title or a speech verb takes the tagger's name boundaries when the tagger starts a name at the
//!   same word ("إلهام علييف" not "إلهام علييف معترف"; "جان نويل بارو" not "جان نويل");
//! - a speech verb's subject with no title or apposition is kept only when the tagger agrees it is a
//!   person ("قال خبراء بيئيون" is not one);
//! - tagger spans below `MIN_CONFIDENCE` are dropped, unless the same words were found with
//!   confidence elsewhere in the article (document-level consistency, in `recognize::find`).

use rustc_hash::FxHashSet as HashSet;
use std::ops::Range;

use super::cues::{Candidate, Source, Words};
use crate::document::EntityType;
use crate::lexicon::places;
use crate::tagger::{names, TaggedSpan, Tagger};
use crate::text::without_conjunction;
use crate::tokenize::TokenKind;

/// Confidence (see `tagger::TaggedSpan::confidence`) below which a tagger span needs support.
pub const MIN_CONFIDENCE: f32 = 0.35;

/// Sentences of the usable tokens: split at line breaks and sentence-final punctuation.
fn sentences(w: &Words, usable: &[bool]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, &ok) in usable.iter().enumerate().take(w.tokens.len()) {
        let boundary = !ok || start.is_some_and(|s: usize| w.tokens[s].line != w.tokens[i].line);
        if boundary {
            if let Some(s) = start.take() {
                out.push(s..i);
            }
        }
        if !ok {
            continue;
        }
        start.get_or_insert(i);
        if w.tokens[i].kind == TokenKind::Punct && matches!(w.norm(i), "." | "!" | "?" | "؟") {
            out.push(start.take().unwrap()..i + 1);
        }
    }
    if let Some(s) = start {
        out.push(s..w.tokens.len());
    }
    out
}

/// All tagger spans of the text, in token indices of the whole text.
pub fn tag(w: &Words, usable: &[bool]) -> Vec<TaggedSpan> {
    let tagger = Tagger::embedded();
    let mut out = Vec::new();
    for sentence in sentences(w, usable) {
        let words: Vec<&str> = sentence.clone().map(|i| &w.text[w.tokens[i].start..w.tokens[i].end]).collect();
        for mut span in tagger.spans(&words) {
            span.tokens = sentence.start + span.tokens.start..sentence.start + span.tokens.end;
            // "ورأى العبيدي أن": a speech verb first is the sentence's, not the name's.
            if span.kind == EntityType::Person && span.tokens.len() >= 2 && crate::quotes::verbs::verb(w.norm(span.tokens.start)).is_some() && names::name_class(w.norm(span.tokens.start)) == "-" {
                span.tokens.start += 1;
            }
            // "أما المتحدث نبيل عبد الله فقال", "العميد نبيل عبد الله نفى": a speech verb ends
            // the name.
            if let Some(v) = span.tokens.clone().skip(1).find(|&i| crate::quotes::verbs::verb(w.norm(i)).is_some()) {
                span.tokens.end = v;
            }
            // "وقال ولد سيدي محمد أمام هيئة الحكم": a preposition or another function word ends
            // a person's name ("علي" is also the given name).
            if span.kind == EntityType::Person {
                // ("علي" is also the given name; "فان" without its hamza, before a name, is the
                // "van" of "رود فان نيستلروي".)
                let name_word = |k: usize| w.norm(k) == "علي" || w.norm(k) == "فان" && !w.text[w.tokens[k].start..w.tokens[k].end].contains('إ') && k + 1 < w.tokens.len() && names::name_likeness(w.norm(k + 1)) >= 1.0;
                let function_word = |k: usize| crate::lexicon::cues::is_function_word(w.norm(k)) && !name_word(k);
                if let Some(k) = span.tokens.clone().skip(1).find(|&k| function_word(k)) {
                    span.tokens.end = k;
                }
                // ("وبحسب المطيري، فإن …": nor does one begin it.)
                if span.tokens.len() >= 2 && crate::lexicon::cues::is_function_word(without_conjunction(w.norm(span.tokens.start))) && !name_word(span.tokens.start) {
                    span.tokens.start += 1;
                }
            }
            // "المتحدث باسم التحالف العميد تركي المالكي": a rank inside an organisation's span
            // begins a person's name; the organisation ends before it.
            if span.kind == EntityType::Organization {
                if let Some(k) = span.tokens.clone().skip(1).find(|&k| w.definite(k) && crate::recognize::cues::is_rank_before_name(w.norm(k))) {
                    span.tokens.end = k;
                }
            }
            // "المحلل في "بلومبرغ إنتليجنس" ويل هاريس": a name in quotation marks is a firm's, a
            // brand's or a work's, not a person's.
            if span.kind == EntityType::Person && span.tokens.start.checked_sub(1).is_some_and(|k| w.quote_mark(k)) && w.quote_mark(span.tokens.end) {
                span.kind = EntityType::Organization;
            }
            // "تعادل أمام مضيفه ليون": the host or the guest is the club's role, not its name.
            if span.kind == EntityType::Organization && span.tokens.len() >= 2 && is_host_or_guest(w.norm(span.tokens.start)) {
                span.tokens.start += 1;
            }
            // "شيخ الأزهر يستقبل بابا الفاتيكان": a present-tense verb of the derived forms
            // (يستفعل، يتفعّل) after a title in a headline is no part of a name.
            if span.kind == EntityType::Person {
                if let Some(k) = span.tokens.clone().find(|&k| is_derived_present_verb(w.norm(k))) {
                    if k == span.tokens.start {
                        span.tokens.start += 1;
                    } else {
                        span.tokens.end = k;
                    }
                }
            }
            // "سجل محمد صلاح هدفين": a goal is no part of a name.
            if span.kind == EntityType::Person && span.tokens.len() >= 2 && matches!(w.norm(span.tokens.end - 1), "هدف" | "هدفا" | "هدفين" | "هدفان" | "اهداف" | "ثنائيه" | "ثلاثيه") {
                span.tokens.end -= 1;
            }
            // "بفارق خمس نقاط عن برشلونة الثاني": an ordinal after a club named for its city is its
            // place in the table ("عبد الله الثاني", a king, is a person's span).
            if span.kind == EntityType::Organization && span.tokens.len() == 2 && w.city_at(span.tokens.start).is_some() && crate::recognize::cues::is_regnal_ordinal(w.norm(span.tokens.start + 1)) {
                span.tokens.end -= 1;
            }
            // "الطالب يوسف العلمي": a word with the article before a known given name describes
            // the person; the name starts with the given name.
            if span.kind == EntityType::Person && span.tokens.len() >= 3 && w.definite(span.tokens.start) && names::name_class(w.norm(span.tokens.start + 1)) == "given" {
                span.tokens.start += 1;
            }
            // (The cuts above may have left nothing.)
            if span.tokens.is_empty() {
                continue;
            }
            // "برنامجا بعنوان « مانشيت »", "حملة «اشترِ بأمان»", "تحت شعار «حقك محفوظ»": what
            // the title of a programme, a campaign's name or a slogan in quotation marks says
            // names no one.
            let titled = in_named_thing(w, span.tokens.start);
            // "وبحث الجانبان", "أكد الطرفان": one definite word in the dual names two parties, not
            // a person (a family name in the lists, "الحمدان", still can).
            let dual = span.kind == EntityType::Person && span.tokens.len() == 1 && w.definite(span.tokens.start) && w.norm(span.tokens.start).ends_with("ان") && names::name_class(w.norm(span.tokens.start)) == "-";
            // "بين حكومتي طرابلس وبنغازي": places joined by و are places, not one organisation.
            let places = span.kind == EntityType::Organization && span.tokens.len() >= 2 && span.tokens.clone().all(|i| w.place_at(i).is_some_and(|(_, end)| end == i + 1));
            // "عجز يبلغ ٥٫٦ مليار دينار": a currency is nobody.
            let currency = span.kind == EntityType::Person && span.tokens.len() == 1 && super::cues::is_currency(w.norm(span.tokens.start));
            // "بالنسبة للفنان محمود قابيل": a title alone is nobody's name (unless it is also a
            // given name, "أمين").
            let title_alone = span.tokens.len() == 1 && w.stems(span.tokens.start).any(|s| crate::lexicon::cues::is_title(&s.stem)) && names::name_class(w.norm(span.tokens.start)) != "given";
            // "رئيس النادي الهاوي": one definite adjective after a definite noun that is no title
            // ("الوزير الحمادي" is a name) describes the noun.
            let adjective = span.kind == EntityType::Person && span.tokens.len() == 1 && span.tokens.start > 0 && {
                let (i, p) = (span.tokens.start, span.tokens.start - 1);
                w.definite(i) && w.norm(i).ends_with('ي') && w.word(p) && w.definite(p) && w.same_line(p, i) && !w.stems(p).any(|s| crate::lexicon::cues::is_title(&s.stem)) && !super::cues::is_rank_before_name(w.norm(p)) && names::name_class(w.norm(i)) == "-"
            };
            if titled || dual || places || currency || title_alone || adjective {
                continue;
            }
            // "جان-لوك مارتان": two people's spans joined by a hyphen with no space around it are
            // one name (so is a person's and one word of another kind: "كيم جي-هون").
            // ("قالت عائشة | محمد الزعابي": two people's spans with nothing between them are one name.)
            // (Not "… الشاطر وطارق السعيد": و before a word that is no name joins two people.)
            let first = w.norm(span.tokens.start);
            let and = first.starts_with('و') && (names::name_class(first) == "-" || names::name_class(without_conjunction(first)) != "-");
            let adjacent = |p: &TaggedSpan| p.kind == EntityType::Person && span.kind == EntityType::Person && p.tokens.end == span.tokens.start && w.same_line(p.tokens.start, span.tokens.start) && !and;
            if let Some(prev) = out.last_mut().filter(|p: &&mut TaggedSpan| adjacent(p) || p.kind == EntityType::Person && (span.kind == EntityType::Person || span.tokens.len() == 1) && p.tokens.end + 1 == span.tokens.start && w.tight_hyphen(p.tokens.end)) {
                prev.tokens.end = span.tokens.end;
                prev.confidence = prev.confidence.min(span.confidence);
                continue;
            }
            out.push(span);
        }
    }
    // "حقق الأهلي فوزا على ضيفه بيراميدز": the host or the guest of a match is a club, wherever
    // else the tagger took the same word for a person.
    let host_or_guest = |i: usize| i > 0 && is_host_or_guest(w.norm(i - 1));
    let clubs: HashSet<&str> = out.iter().filter(|s| s.tokens.len() == 1 && host_or_guest(s.tokens.start)).map(|s| w.norm(s.tokens.start)).collect();
    if !clubs.is_empty() {
        for s in out.iter_mut().filter(|s| s.kind == EntityType::Person && s.tokens.len() == 1 && clubs.contains(w.norm(s.tokens.start))) {
            s.kind = EntityType::Organization;
        }
    }
    out
}

/// A club's role in a match, before its name: its host, its guest, its rival ("ضيفه بورتو").
fn is_host_or_guest(norm: &str) -> bool {
    matches!(norm, "ضيفه" | "مضيفه" | "ضيفها" | "مضيفها" | "منافسه" | "غريمه")
}

/// How many proclitic characters to strip from the first token of a tagger span: the reading whose
/// stem is a known place or appears bare elsewhere in the article ("لبوتين" when "بوتين" occurs), or
/// is a known given name while the whole word is no name ("لمنى" is ل + منى, "ليلى" stays whole),
/// else a leading conjunction و on a longer word. (In a name of two words or more, a stem of two
/// letters found bare will do: "بود شريفي" after "مخيم ود شريفي".)
fn clitics_of_first(w: &Words, i: usize, multiword: bool, bare_words: &HashSet<&str>) -> (usize, bool) {
    let norm = w.norm(i);
    for seg in w.stems(i).filter(|s| s.clitic_chars > 0) {
        let stem = seg.stem.as_str();
        let given_name = names::name_class(stem) == "given" && names::name_class(norm) == "-";
        let bare = bare_words.contains(stem) && (multiword || stem.chars().count() >= 3);
        if stem.chars().count() >= 3 && (places::lookup(stem).is_some() || given_name) || bare {
            let restores = !norm.chars().skip(seg.clitic_chars).eq(stem.chars());
            return (seg.clitic_chars, restores);
        }
    }
    // "للشباب": ل + ال, always.
    if norm.starts_with("لل") && norm.chars().count() >= 5 {
        return (1, true);
    }
    // "وورلد" is a transliteration of "World", not و + "ورلد": a doubled و stays. (ف only with a
    // known stem, above: names begin with it far more often than it joins them, "فيكتور".)
    let mut chars = norm.chars();
    if chars.next() == Some('و') && chars.next() != Some('و') && norm.chars().count() >= 5 {
        return (1, false);
    }
    (0, false)
}

/// Tagger spans as candidates, with their confidence.
pub fn candidates(w: &Words, spans: &[TaggedSpan]) -> Vec<(Candidate, f32)> {
    // Words the tagger itself put inside names: "بوتين" there makes "لبوتين" ل + بوتين, while a
    // common word elsewhere ("يلي") does not make "ليلى" ل + يلى.
    let bare_words: HashSet<&str> = spans.iter().flat_map(|s| s.tokens.clone()).map(|i| w.norm(i)).collect();
    spans
        .iter()
        // Two or more words that all carry the article ("بالطاقة الشمسية", "المجلس الاعلى") are a
        // noun and its adjectives, not a person's name: names take the article on a surname alone.
        .filter(|s| !(s.kind == EntityType::Person && s.tokens.len() >= 2 && s.tokens.clone().all(|i| w.definite(i))))
        // "في العاصمة التونسية": a nisba adjective tells of a place; it is not a mention of it.
        .filter(|s| !(s.kind == EntityType::Place && s.tokens.clone().all(|i| w.is_nisba(i))))
        // Latin letters in parentheses ("تيم كوك (Tim Cook)") spell the name before them.
        .filter(|s| {
            let punct = |i: Option<usize>, c: &str| i.and_then(|i| w.tokens.get(i)).is_some_and(|t| t.kind == TokenKind::Punct && &w.text[t.start..t.end] == c);
            !(s.tokens.clone().all(|i| w.tokens[i].kind != TokenKind::Arabic) && punct(s.tokens.start.checked_sub(1), "(") && punct(Some(s.tokens.end), ")"))
        })
        // "ولي العهد السعودي", "وزير الخارجية": a title's complement is part of the title.
        .filter(|s| {
            let after_title = s.tokens.start > 0 && w.same_line(s.tokens.start - 1, s.tokens.start) && w.stems(s.tokens.start - 1).any(|seg| crate::lexicon::cues::is_title(&seg.stem));
            !(s.kind == EntityType::Organization && after_title && crate::lexicon::cues::is_title_complement(w.norm(s.tokens.start)))
        })
        // "فيروس إيبولا", "إعصار ميلتون", "مهرجان كان": a thing's kind before its name is no person's.
        .filter(|s| !(s.kind == EntityType::Person && w.stems(s.tokens.start).any(|seg| is_kind_of_thing(&seg.stem))))
        // "منظمة إقليمية ودولية", "بعثة أممية": a bare head and bare adjectives in ية are a kind
        // of organisation, not one named ("شركة سوني" is named).
        .filter(|s| {
            let bare_adjective = |i: usize| {
                let n = without_conjunction(w.norm(i));
                !w.definite(i) && n.ends_with("يه") && n.chars().count() >= 5 && names::name_class(n) == "-"
            };
            let bare_head = !w.definite(s.tokens.start) && w.stems(s.tokens.start).any(|seg| crate::lexicon::cues::org_head(&seg.stem).is_some());
            !(s.kind == EntityType::Organization && s.tokens.len() >= 2 && bare_head && s.tokens.clone().skip(1).all(bare_adjective))
        })
        // ("المنظمة الدولية", "الوكالة الأممية": a body named before, referred to again.)
        .filter(|s| {
            let head = |stem: &str| stem.strip_prefix("ال").is_some_and(|bare| crate::lexicon::cues::org_head(bare).is_some());
            !(s.kind == EntityType::Organization && s.tokens.len() == 2 && w.stems(s.tokens.start).any(|seg| head(&seg.stem)) && matches!(w.norm(s.tokens.start + 1), "الدوليه" | "الامميه" | "العالميه"))
        })
        // One word of two letters after its clitics ("بسن الإحالة": ب + سن, age) is a name only
        // when the lists know it ("لي", "كي"): the tagger has little to tell it by.
        .filter(|s| {
            let known = |word: &str| crate::tagger::names::name_class(word) != "-" || crate::lexicon::places::lookup(word).is_some() || crate::lexicon::cues::is_org_name(word);
            let short = |i: usize| !known(w.norm(i)) && w.stems(i).last().is_some_and(|seg| seg.stem.chars().count() <= 2 && !known(&seg.stem));
            !(s.tokens.len() == 1 && short(s.tokens.start))
        })
        // A word written with tanwin ("ناجحاً", "مصدراً") is a common noun or adjective: news
        // writes no case endings on names.
        .filter(|s| !s.tokens.clone().any(|i| w.has_tanwin(i)))
        // A head noun alone ("لمعهد", "الوزارة", "المنظمة") names no organisation.
        .filter(|s| {
            let head = |stem: &str| crate::lexicon::cues::org_head(stem).is_some() || stem.strip_prefix("ال").is_some_and(|bare| crate::lexicon::cues::org_head(bare).is_some());
            !(s.kind == EntityType::Organization && s.tokens.len() == 1 && w.stems(s.tokens.start).any(|seg| head(&seg.stem)))
        })
        .map(|s| {
            let (clitic_chars, restores_article) = clitics_of_first(w, s.tokens.start, s.tokens.len() >= 2, &bare_words);
            let c = Candidate { tokens: before_second_name(w, s), kind: s.kind, source: Source::Tagger, clitic_chars, restores_article, role: None, needs_tagger: None };
            (c, s.confidence)
        })
        .collect()
}

/// The span's tokens, up to a second name joined to it by و after a nisba adjective: "الترجي
/// التونسي وماميلودي" is two clubs. (Names go on with و and a word with the article, "حزب
/// العدالة والتنمية"; a bare word after the adjective of a country starts another.)
fn before_second_name(w: &Words, s: &TaggedSpan) -> Range<usize> {
    let second = (s.tokens.start + 2..s.tokens.end).find(|&k| {
        let n = w.norm(k);
        n.starts_with('و') && n.chars().count() >= 5 && !w.definite(k) && w.is_nisba(k - 1) && w.definite(k - 1)
    });
    // ("دول الخليج العربي": the states of a region; the place is the region.)
    let states_of = s.kind == EntityType::Place && s.tokens.len() >= 2 && matches!(w.norm(s.tokens.start), "دول" | "بلدان");
    // ("ميناء الفجيرة ثاني أكبر مركز": an ordinal before a superlative ranks the name, it is no
    // word of it, though "ثاني" is a family's name too.)
    let end = second.unwrap_or(s.tokens.end);
    let ranked = end >= s.tokens.start + 2
        && matches!(w.norm(end - 1), "ثاني" | "ثالث" | "رابع" | "خامس" | "سادس")
        && w.tokens.get(end).is_some_and(|_| matches!(w.norm(end), "اكبر" | "اهم" | "اكثر" | "اعلي" | "اقدم" | "افضل" | "اقوي" | "اغني" | "اطول"));
    s.tokens.start + usize::from(states_of)..end - usize::from(ranked)
}

/// Nouns (normalised) that name a kind of thing before its own name: a disease, a storm, an event,
/// a vehicle, a text or a plan.
fn is_kind_of_thing(stem: &str) -> bool {
    matches!(
        stem,
        "فيروس" | "مرض" | "وباء" | "متحور" | "اعصار" | "عاصفه" | "منخفض" | "عمليه" | "مشروع" | "اتفاق" | "اتفاقيه" | "معاهده" | "مهرجان" | "بطوله" | "كاس" | "جائزه" | "صاروخ" | "طائره" | "سفينه" | "مركبه" | "سياره" | "هاتف" | "تطبيق" | "فيلم" | "مسلسل" | "كتاب" | "روايه" | "مهمه" | "خطه" | "قانون"
    )
}

/// Is token `i` in a sentence of a sports report: a word of a match's result, a club, a league
/// or a goal within 15 tokens on its line?
fn in_sports_report(w: &Words, i: usize) -> bool {
    let near = i.saturating_sub(15)..(i + 16).min(w.tokens.len());
    near.filter(|&j| w.same_line(i, j)).any(|j| {
        w.stems(j).any(|s| {
            matches!(
                s.stem.strip_prefix("ال").unwrap_or(&s.stem),
                "فوز" | "فاز" | "فازت" | "تعادل" | "خسر" | "خساره" | "هزيمه" | "تغلب" | "ضيفه" | "مضيفه" | "مباراه" | "دوري" | "هدف" | "هدفين" | "اهداف" | "بطوله" | "كلاسيكو" | "مدرب" | "لاعب" | "لاعبي" | "نادي" | "فريق" | "ملعب" | "مواجهه"
            )
        })
    })
}

/// Is token `i` inside quotation marks opened (at most 6 tokens before, on its line) right after a
/// word that introduces a title, a campaign, an operation, a plan or a slogan?
fn in_named_thing(w: &Words, i: usize) -> bool {
    let mut k = i;
    while k > 0 && i - k < 6 && w.same_line(k - 1, i) {
        k -= 1;
        if w.quote_mark(k) {
            return k > 0 && w.stems(k - 1).any(|s| {
                matches!(
                    s.stem.as_str(),
                    "بعنوان" | "عنوان" | "عنوانه" | "عنوانها" | "شعار" | "حمله" | "مبادره" | "عمليه" | "خطه" | "مشروع" | "برنامج" | "وثيقه" | "اعلان" | "وسم" | "هاشتاغ"
                )
            });
        }
    }
    false
}

/// Does a stem have a verb's shape: four letters after a prefix of the present or future tense
/// ("يزور", "تبحث", "سيجد"), a derived present ("يستقبل"), or the verbal noun تفعيل ("تأجيل",
/// "تعديل")?
fn verb_shaped(stem: &str) -> bool {
    let n = stem.chars().count();
    let verbal_noun = n == 5 && stem.starts_with('ت') && stem.chars().nth(3) == Some('ي');
    n == 4 && (stem.starts_with(['ي', 'ت']) || stem.starts_with("سي") || stem.starts_with("ست")) || is_derived_present_verb(stem) || verbal_noun
}

/// A present-tense verb of the forms يستفعل or يتفعّل ("يستقبل", "تستضيف", "يتفقد"), not a known name.
fn is_derived_present_verb(norm: &str) -> bool {
    let n = norm.chars().count();
    n >= 5 && ["يست", "تست", "يت"].iter().any(|p| norm.starts_with(p)) && names::name_class(norm) == "-"
}

/// How much token `i` looks like part of a name: a known given or family name, else the
/// likeness of its letters (`names::name_likeness`) — none for a verb's shape (`verb_shaped`).
fn name_evidence(w: &Words, i: usize) -> f32 {
    w.stems(i)
        .map(|s| {
            if names::name_class(&s.stem) != "-" {
                f32::INFINITY
            } else if verb_shaped(&s.stem) {
                0.0
            } else {
                names::name_likeness(&s.stem)
            }
        })
        .fold(0.0, f32::max)
}

/// Adjusts the cue stage's people to the tagger's reading of the same words; drops speech-verb
/// subjects the tagger does not see as people.
pub fn reconcile(w: &Words, cue: &mut Vec<Candidate>, tagged: &[TaggedSpan]) {
    // Per token: inside any tagger span, inside a person span; and the first person span starting
    // at each token (so each candidate costs its own length, not a scan of every span).
    let n = w.tokens.len();
    let mut inside = vec![false; n];
    let mut in_person = vec![false; n];
    let mut in_place = vec![false; n];
    let mut person_at: rustc_hash::FxHashMap<usize, &TaggedSpan> = Default::default();
    // The confident organisation span each token is in (the tagger's spans never overlap).
    let mut org_in: Vec<Option<&Range<usize>>> = vec![None; n];
    for t in tagged {
        let org = t.kind == EntityType::Organization && t.confidence >= MIN_CONFIDENCE;
        for i in t.tokens.clone().filter(|&i| i < n) {
            inside[i] = true;
            if t.kind == EntityType::Person {
                in_person[i] = true;
            }
            in_place[i] |= t.kind == EntityType::Place;
            if org {
                org_in[i] = Some(&t.tokens);
            }
        }
        if t.kind == EntityType::Person {
            person_at.entry(t.tokens.start).or_insert(t);
        }
    }
    // (Nor a place of a list the cues read, "مواقع خريبكة واليوسفية": the tagger's organisation
    // across the list is two places.)
    let listed: Vec<usize> = cue.iter().filter(|c| c.source == Source::PlaceHead).map(|c| c.tokens.start).collect();
    cue.retain_mut(|c| {
        // A known place inside a longer organisation's name the tagger is sure of ("ريال مدريد",
        // "بنك دبي") is part of that name, not a place of its own. (Not inside a person's: there
        // the tagger is more often wrong, "وزير الخارجية المصري يزور باريس", than right.)
        let across_list = |t: &Range<usize>| listed.iter().any(|&s| t.start < s && s < t.end);
        if c.source == Source::Gazetteer && org_in.get(c.tokens.start).copied().flatten().is_some_and(|t| t.start <= c.tokens.start && c.tokens.end <= t.end && t.len() > c.tokens.len() && !across_list(t)) {
            return false;
        }
        // "فاز برشلونة على ضيفه بورتو": in a sports report, a city the tagger is sure is by itself
        // an organisation is the club named after it. (Not elsewhere: the tagger reads cities as
        // organisations after "قرب" or "سيزور" too; not a country, whose team is the country's;
        // not the stadium's name, "ملعب سانتياغو برنابيو".)
        if c.source == Source::Gazetteer && c.tokens.len() == 1 && w.city_at(c.tokens.start).is_some() {
            let i = c.tokens.start;
            let org = org_in.get(i).copied().flatten().is_some_and(|t| *t == c.tokens);
            if org && in_sports_report(w, i) && !(i > 0 && matches!(w.norm(i - 1), "ملعب" | "استاد")) {
                c.kind = EntityType::Organization;
                return true;
            }
        }
        // "بنك غولدمان ساكس": an organisation read from its head noun runs on to the end of the
        // tagger's organisation it ends inside (by up to two words).
        if c.source == Source::OrganizationHead {
            if let Some(t) = c.tokens.end.checked_sub(1).and_then(|last| org_in.get(last).copied().flatten()) {
                // (Not over a known given name and a second word: "رئيس نادي الزمالك حسين لبيب"
                // names the president; "جامعة عين" + "شمس" is the name.)
                let given_name = t.end == c.tokens.end + 2 && c.tokens.end < n && names::name_class(w.norm(c.tokens.end)) == "given";
                // (Nor over ب and the article, "جامعة الإمارات العربية المتحدة بالعين": where it is.)
                let located = (c.tokens.end..t.end.min(n)).any(|k| w.norm(k).starts_with("بال"));
                // (Nor from a word with the article to a bare one, which is the sentence's verb:
                // "الاتحاد السعودي لكرة القدم فتح تحقيقاً".)
                // (A bare word with a proclitic, "لكرة القدم", goes on with the name.)
                let verb_after = c.tokens.end < n && w.definite(c.tokens.end - 1) && w.word(c.tokens.end) && !w.definite(c.tokens.end) && !matches!(w.norm(c.tokens.end).chars().next(), Some('ل' | 'ب'));
                if t.end > c.tokens.end && t.end <= c.tokens.end + 2 && t.start <= c.tokens.start + 1 && !given_name && !located && !verb_after {
                    c.tokens.end = t.end;
                }
            }
        }
        // "بلومبرغ إنتليجنس", "الوداد الرياضي": a known name the tagger's organisation runs on
        // from by one word (not a country's adjective: "هواوي الصينية") is that longer name.
        // (Nor a name's first word: "للأمم المتحدة أنطونيو غوتيريش" names the secretary-general.)
        let name_starts = |k: usize| names::name_class(w.norm(k)) != "-" || !w.definite(k) && k + 1 < n && w.same_line(k, k + 1) && w.name_like(k + 1);
        let runs_on = |c: &Candidate| org_in[c.tokens.start].is_some_and(|t| t.start == c.tokens.start && t.end == c.tokens.end + 1);
        if c.source == Source::KnownOrganization && c.tokens.end < n && !w.is_nisba(c.tokens.end) && !name_starts(c.tokens.end) && runs_on(c) {
            c.tokens.end += 1;
        }
        // "رئيس جمعية المصارف سليم صفير": a person the tagger is sure of, starting inside an
        // organisation's name and running past its end, is not part of that name.
        if c.kind == EntityType::Organization {
            let crossing = c.tokens.clone().skip(1).find(|&i| person_at.get(&i).is_some_and(|t| t.confidence >= MIN_CONFIDENCE && t.tokens.end > c.tokens.end));
            if let Some(i) = crossing {
                if i - c.tokens.start < 2 {
                    return false;
                }
                c.tokens.end = i;
            }
        }
        if let Some(i) = c.needs_tagger {
            if !inside.get(i).copied().unwrap_or(false) {
                return false;
            }
        }
        // "مدرب ريال مدريد تشابي ألونسو": a name read after a title that begins with an
        // organisation the tagger is sure of begins after it; the organisation is the title's.
        if c.kind == EntityType::Person && c.source == Source::TitledPerson {
            // ("مدرب مانشستر يونايتد روبن أموريم": the title took the club's first word for a city
            // and the name its second; the name begins after the club, which the title ends with.)
            let in_role = |t: &Range<usize>| c.role.as_ref().is_some_and(|r| r.start < t.start && t.start < c.tokens.start) && w.city_at(t.start).is_some();
            if let Some(t) = org_in.get(c.tokens.start).copied().flatten().filter(|t| (t.start == c.tokens.start || in_role(t)) && t.end < c.tokens.end) {
                c.tokens.start = t.end;
                c.role = c.role.as_ref().map(|r| r.start..t.end);
                (c.clitic_chars, c.restores_article) = (0, false);
            }
        }
        if c.kind != EntityType::Person || !matches!(c.source, Source::TitledPerson | Source::SpeakerOrApposition) {
            return true;
        }
        if let Some(t) = person_at.get(&c.tokens.start) {
            // Up to one word longer or shorter: the tagger knows where names end. (Except a given
            // name's family name with the article, "يوسف الخليل", which it may take for a place;
            // or the rest of the name read as a person of its own, "أورسولا فون دير" + "لاين".)
            let family_name = c.tokens.len() == 2 && w.definite(c.tokens.start + 1) && names::name_class(w.norm(c.tokens.start)) == "given";
            // ("الناشطة الحقوقية ليلى عواضة على …": nor a second word after a known given name,
            // with no verb's shape, before a particle, which the tagger left out.)
            let ends_clause = |k: usize| k >= n || w.is_function_word(k) || !w.word(k) || super::cues::is_time_noun(w.norm(k));
            // (Or whatever its letters, between a speech verb's titled subject and إن: "وقال
            // المتحدث باسم الوزارة إسماعيل بقائي إن …".)
            let reported = |k: usize| k + 1 < n && matches!(w.norm(k + 1), "ان" | "بان" | "انه" | "انها") && c.role.as_ref().is_some_and(|r| r.len() >= 2 && r.start > 0 && w.stems(r.start - 1).any(|s| crate::quotes::verbs::verb(&s.stem).is_some()));
            let kept_surname = |k: usize| c.tokens.len() == 2 && k == c.tokens.start + 1 && names::name_class(w.norm(c.tokens.start)) != "-" && !w.stems(k).any(|s| verb_shaped(&s.stem)) && (names::name_likeness(w.norm(k)) > -0.5 || reported(k)) && ends_clause(k + 1);
            let rest = person_at.get(&t.tokens.end).filter(|r| r.tokens.len() == 1 && r.tokens.end <= c.tokens.end + 1 && w.same_line(t.tokens.start, r.tokens.start));
            // ("المهندس خالد راشد النقبي،": nor a last family name with the article before a comma.)
            let last_family = c.tokens.len() >= 3 && t.tokens.end + 1 == c.tokens.end && w.norm(c.tokens.end - 1).starts_with("ال") && (c.tokens.end >= n || w.punct(c.tokens.end, "،,.:"));
            // (No name ends on a particle: "فاطمة أيت علي", "عبد الله بن باز".)
            let ends_on_particle = t.tokens.end < c.tokens.end && matches!(w.norm(t.tokens.end - 1), "ايت" | "ابو" | "ابن" | "بن" | "بنت" | "ولد" | "عبد" | "دي" | "فان" | "فون" | "دير");
            if let Some(r) = rest.filter(|_| t.tokens.end >= c.tokens.end) {
                c.tokens.end = r.tokens.end; // a last word of the name it took for a name of its own
            } else if t.tokens.end + 1 >= c.tokens.end && t.tokens.end <= c.tokens.end + 1 && !((family_name || rest.is_some() || kept_surname(t.tokens.end) || last_family || ends_on_particle) && t.tokens.end < c.tokens.end) {
                c.tokens.end = t.tokens.end;
            }
            return true;
        }
        // "وزيرة الاقتصاد نادية فتاح العلوي": the tagger's person starts inside the name, after
        // known names only, and runs one word past its end, onto a family name with the article:
        // the name runs on to there. (Not "رئيس الاتحاد للفلاحة بصفاقس محمد الشعري", where the
        // word before the tagger's person is the title's place.)
        if c.tokens.end < n && w.same_line(c.tokens.start, c.tokens.end) && w.family_name_with_article(c.tokens.end) {
            let runs_on = (c.tokens.start + 1..c.tokens.end).any(|k| {
                person_at.get(&k).is_some_and(|t| t.tokens.end == c.tokens.end + 1) && (c.tokens.start..k).all(|j| names::name_class(w.norm(j)) != "-")
            });
            if runs_on {
                c.tokens.end += 1;
                return true;
            }
        }
        let supported = if c.tokens.is_empty() || c.tokens.end > n {
            tagged.iter().any(|t| t.kind == EntityType::Person && t.tokens.start < c.tokens.end && c.tokens.start < t.tokens.end)
        } else {
            c.tokens.clone().any(|i| in_person[i])
        };
        if supported {
            // "وأشاد المدرب بأداء صلاح": the tagger's person starts after a first word with a
            // preposition on it, which names the thing the person is in, not the person.
            let governed = || w.stems(c.tokens.start).any(|s| matches!(s.proclitics.as_slice(), ['ب' | 'ل'])) && names::name_class(w.norm(c.tokens.start)) == "-";
            if c.source == Source::TitledPerson && c.tokens.end <= n && !in_person[c.tokens.start] && governed() {
                if let Some(k) = c.tokens.clone().find(|&i| in_person[i]) {
                    c.tokens.start = k;
                    (c.role, c.clitic_chars, c.restores_article) = (None, 0, false);
                }
            }
            return true;
        }
        match c.source {
            // "رئيس دائرة …", "مدير إدارة …", "أصدر نائب الرئيس قرارا جديدا": after a title,
            // dictionary words the tagger does not see as a name are the title's own noun or the
            // sentence going on, not a person. So every word must be somewhat like a name
            // (evidence above 0.5) and one clearly (above 1.5): "تيدروس أدهانوم غيبريسوس" (2.95,
            // 1.34, 2.35), not "قرارا جديدا" (0.76, 1.28); a family name with the article after a
            // given name ("عمر الطعاني") goes on the given name's word; and no word the tagger
            // reads as a place ("وزير الخارجية المصري يزور باريس"). After a lone title without the
            // article the words are its adjectives: "قال مسؤول أمني لوكالة …" names nobody.
            Source::TitledPerson if c.role.as_ref().is_some_and(|r| r.len() == 1 && !w.definite(r.start)) => false,
            // "«… اختيار رئيس الحكومة صعب»": one word that ends the sentence after a title is what
            // the sentence says of it, not its holder's name, when the tagger sees no person.
            // ("إن الفريق قدم مباراة كبيرة": the team, not the rank, before words none of which
            // is a known name.)
            Source::TitledPerson if c.role.as_ref().is_some_and(|r| r.len() == 1 && w.norm(r.start) == "الفريق") && c.tokens.clone().all(|i| names::name_class(w.norm(i)) == "-") => false,
            Source::TitledPerson if c.tokens.len() == 1 && (c.tokens.end >= n || w.quote_mark(c.tokens.end) || w.punct(c.tokens.end, ".!؟?")) => false,
            Source::TitledPerson => {
                // Inside a name that starts with a known given name, a word of a verb's shape is
                // a name too ("وزير الداخلية علي يرلي كايا"); at its end it may be the verb.
                let given_first = w.stems(c.tokens.start).any(|s| names::name_class(&s.stem) == "given");
                let evidence: Vec<f32> = c
                    .tokens
                    .clone()
                    .map(|i| match name_evidence(w, i) {
                        _ if i > c.tokens.start && w.definite(i) => 1.0,
                        e if e == 0.0 && given_first && i > c.tokens.start && i + 1 < c.tokens.end => 1.0,
                        e => e,
                    })
                    .collect();
                // (A speech verb, a title of two words or more, two or three words and أن: "أعلن
                // المتحدث باسم الجيش الإسرائيلي أفيخاي أدرعي أن …" names someone whatever the
                // letters look like, unless a word has a verb's shape.)
                let reported = c.role.as_ref().is_some_and(|r| r.len() >= 2 && r.start > 0 && w.stems(r.start - 1).any(|s| crate::quotes::verbs::verb(&s.stem).is_some()))
                    && (2..=3).contains(&c.tokens.len())
                    && c.tokens.end < n
                    && matches!(w.norm(c.tokens.end), "ان" | "بان" | "انه" | "انها")
                    && evidence.iter().all(|&e| e > -0.6)
                    && !c.tokens.clone().any(|i| w.stems(i).any(|s| verb_shaped(&s.stem)));
                (reported || evidence.iter().all(|&e| e > 0.5) && evidence.iter().any(|&e| e > 1.5)) && !c.tokens.clone().any(|i| in_place.get(i).copied().unwrap_or(false))
            }
            _ => c.role.is_some(),
        }
    });
    // The club is the club at the city's other mentions too (a headline's "يكتسح برشلونة"), but
    // not where the city is where something happens ("في ليفربول", "مدينة ليفربول").
    let clubs: rustc_hash::FxHashSet<&str> = cue.iter().filter(|c| c.source == Source::Gazetteer && c.kind == EntityType::Organization).filter_map(|c| w.city_at(c.tokens.start)).collect();
    if !clubs.is_empty() {
        for c in cue.iter_mut().filter(|c| c.source == Source::Gazetteer && c.kind == EntityType::Place && c.tokens.len() == 1) {
            let i = c.tokens.start;
            let setting = i > 0 && matches!(w.norm(i - 1), "في" | "مدينه" | "بمدينه" | "لمدينه");
            if !setting && w.city_at(i).is_some_and(|city| clubs.contains(city)) {
                c.kind = EntityType::Organization;
            }
        }
    }
}
