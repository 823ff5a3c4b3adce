//! Recognisers: find mentions of people, organisations and places.
//!
//! `cues` proposes candidates from lexicons and cue words; overlaps are settled by source priority,
//! then names found with confidence are looked for again across the document (a surname mentioned
//! alone later, a first name before a known surname).

pub mod cues;
pub mod learned;

use rustc_hash::FxHashMap as HashMap;
use std::ops::Range;

use crate::document::EntityType;
use crate::tokenize::Token;
use cues::{Candidate, Source, Words};

/// One mention found in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// Byte span of the name in the text, clitics excluded where they can be split off.
    pub span: Range<usize>,
    /// Token indices the mention covers (end-exclusive).
    pub tokens: Range<usize>,
    pub kind: EntityType,
    /// Normalised name, clitics removed, words joined by one space.
    pub key: String,
    /// The name as written, clitics removed.
    pub name: String,
    /// Role or title the text attaches to this mention, as written.
    pub role: Option<String>,
}

/// Tokens outside every boilerplate range, and not URLs.
fn usable_tokens(tokens: &[Token], boilerplate: &[Range<usize>]) -> Vec<bool> {
    // Testing each token against every range cost tokens × ranges, which grew quadratically with
    // the document (about 5% of a 1 MB article). Instead: ranges sorted by start, with the running
    // maximum of their ends; a token overlaps some range iff, among the ranges starting before it
    // ends, the furthest end is past its start. Exact for any ranges, sorted, overlapping or empty.
    let mut ranges: Vec<(usize, usize)> = boilerplate.iter().map(|b| (b.start, b.end)).collect();
    ranges.sort_unstable();
    let mut furthest = Vec::with_capacity(ranges.len());
    let mut max_end = 0;
    for &(_, end) in &ranges {
        max_end = max_end.max(end);
        furthest.push(max_end);
    }
    tokens
        .iter()
        .map(|t| {
            let before_end = ranges.partition_point(|&(start, _)| start < t.end);
            let in_boiler = before_end > 0 && furthest[before_end - 1] > t.start;
            !in_boiler && t.kind != crate::tokenize::TokenKind::Url
        })
        .collect()
}

const ORG_WORD_CONFIDENCE: f32 = 0.7;
/// The tagger's confidence a person none of whose words is a known name needs when its first word
/// carries a preposition (see `find`).
const GOVERNED_PERSON_CONFIDENCE: f32 = 0.9;

/// All mentions in `text`, outside `boilerplate`, sorted and non-overlapping.
pub fn find(text: &str, tokens: &[Token], boilerplate: &[Range<usize>]) -> Vec<Mention> {
    let words = Words::new(text, tokens);
    let usable = usable_tokens(tokens, boilerplate);
    let tagged = learned::tag(&words, &usable);
    let mut candidates = cues::candidates(&words, &usable);
    learned::reconcile(&words, &mut candidates, &tagged);
    // Cue candidates first (by source priority, longer spans first), then the tagger's, most
    // confident first; low-confidence tagger spans wait for support from the rest of the article.
    // (An institute or centre named after a known organisation is another one: "معهد رويترز",
    // "مركز الجزيرة للدراسات" rank with the names known and before them, being longer; a newspaper
    // or agency before its name is that name: "وكالة رويترز" is "رويترز".)
    let institution = |c: &Candidate| c.source == Source::OrganizationHead && words.stems(c.tokens.start).any(|s| matches!(s.stem.as_str(), "معهد" | "مركز" | "جامعه" | "مؤسسه" | "مستشفي" | "جمعيه" | "هيئه" | "لجنه"));
    // (So is a known organisation's name with the field it works in after it: "الاتحاد الأفريقي
    // لكرة القدم" is not "الاتحاد الأفريقي".)
    let known_starts: rustc_hash::FxHashMap<usize, usize> = candidates.iter().filter(|c| c.source == Source::KnownOrganization).map(|c| (c.tokens.start, c.tokens.end)).collect();
    let extends_known = |c: &Candidate| c.source == Source::OrganizationHead && known_starts.get(&c.tokens.start).is_some_and(|&end| end < c.tokens.end && words.stems(end).any(|s| matches!(s.proclitics.as_slice(), ['ل'])));
    // (A place named after someone, "استاد الأمير محمد بن فهد", ranks with the titled person inside
    // it, and so comes first, being longer.)
    let named_after = |c: &Candidate| c.source == Source::PlaceHead && c.tokens.len() >= 3 && cues::names_a_place_after(words.norm(c.tokens.start + 1));
    // (So does a name in quotation marks after its head, 'وكالة "ريا نوفوستي"', which then comes
    // before a known name inside it, being longer.)
    let quoted = |c: &Candidate| c.source == Source::OrganizationHead && c.tokens.start > 0 && words.quote_mark(c.tokens.start - 1) && c.tokens.end < tokens.len() && words.quote_mark(c.tokens.end);
    let rank = |c: &Candidate| if institution(c) || extends_known(c) || quoted(c) { Source::KnownOrganization } else if named_after(c) { Source::TitledPerson } else { c.source };
    // "قالت كاثرين ويلز، رئيسة أبحاث السلع …": a speaker named with an apposition vouches for
    // the whole name; a place word inside it is a surname ("ويلز"), not a place.
    let vouched: Vec<Range<usize>> = candidates.iter().filter(|c| c.source == Source::SpeakerOrApposition && c.role.is_some() && c.tokens.len() >= 2).map(|c| c.tokens.clone()).collect();
    if !vouched.is_empty() {
        candidates.retain(|c| !(c.source == Source::Gazetteer && c.clitic_chars == 0 && vouched.iter().any(|v| v.start < c.tokens.start && c.tokens.end <= v.end)));
    }
    candidates.sort_by_cached_key(|c| (rank(c), std::cmp::Reverse(c.tokens.len()), c.tokens.start));
    let mut learned = learned::candidates(&words, &tagged);
    learned.retain(|(c, _)| !cues::currency_after_amount(&words, c.tokens.clone()));
    learned.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.tokens.start.cmp(&b.0.tokens.start)));
    let mut taken = vec![false; tokens.len()];
    let mut kept: Vec<Candidate> = Vec::new();
    let mut doubtful: Vec<Candidate> = Vec::new();
    let confident = candidates.into_iter().chain(learned.into_iter().filter_map(|(c, conf)| {
        // One word with the article read as an organisation ("الاتفاق", "الاتحاد") is as often the
        // common noun: it needs more confidence, or support from the rest of the article.
        // So does a given name alone ("موقف حازم", "حياة سعيدة"): news names a person in full, or
        // by the family name alone.
        let lone_given_name = || c.kind == EntityType::Person && c.tokens.len() == 1 && crate::tagger::names::name_class(words.norm(c.tokens.start)) == "given";
        // So does a person none of whose words is a known name, after a preposition on the first
        // ("بفارغ الصبر": impatiently).
        let governed_unknown = || {
            let first = words.norm(c.tokens.start);
            c.kind == EntityType::Person && matches!(first.chars().next(), Some('ب' | 'ل' | 'ك')) && first.chars().count() > 3 && c.tokens.clone().all(|i| words.stems(i).all(|s| crate::tagger::names::name_class(&s.stem) == "-"))
        };
        let bar = if governed_unknown() {
            GOVERNED_PERSON_CONFIDENCE
        } else if c.kind == EntityType::Organization && c.tokens.len() == 1 && words.definite(c.tokens.start) || lone_given_name() {
            ORG_WORD_CONFIDENCE
        } else {
            learned::MIN_CONFIDENCE
        };
        if conf >= bar {
            Some(c)
        } else {
            doubtful.push(c);
            None
        }
    }));
    for c in confident.collect::<Vec<_>>() {
        if c.tokens.clone().any(|i| taken[i]) {
            continue;
        }
        c.tokens.clone().for_each(|i| taken[i] = true);
        kept.push(c);
    }
    // A doubtful tagger span is kept when the same words were found with confidence elsewhere.
    let known: rustc_hash::FxHashSet<(String, EntityType)> = kept.iter().map(|c| (name_key(&words, c), c.kind)).collect();
    for c in doubtful {
        if known.contains(&(name_key(&words, &c), c.kind)) && !c.tokens.clone().any(|i| taken[i]) {
            c.tokens.clone().for_each(|i| taken[i] = true);
            kept.push(c);
        }
    }
    trim_to_known_names(&words, &mut taken, &mut kept);
    place_after_organisation(&words, &mut kept);
    family_name_before_a_pause(&words, &mut taken, &mut kept);
    organisation_with_its_place_and_abbreviation(&words, &mut taken, &mut kept);
    join_hyphenated_places(&words, &mut kept);
    outlets_read_as_places(&words, &mut kept);
    take_kunyas(&words, &mut taken, &mut kept);
    kept.retain(|c| !(c.kind == EntityType::Person && in_work_title(&words, c)));
    organisation_short_name_in_title(&words, &mut kept);
    attach_roles(&words, &mut kept);
    drop_titled_inside_roles(&mut kept);
    propagate_names(&words, &usable, &mut taken, &mut kept);
    surname_read_as_organisation(&words, &mut kept);
    one_kind_per_name(&words, &mut kept);
    kept.sort_by_key(|c| c.tokens.start);
    kept.iter().map(|c| to_mention(&words, c)).collect()
}

/// "نيكولا فوكاشينوفيتش … وقال فوكاشينوفيتش": a word the tagger alone reads as an organisation
/// that is the surname of a person named in full in the article is that person.
fn surname_read_as_organisation(w: &Words, kept: &mut [Candidate]) {
    let surnames: rustc_hash::FxHashSet<&str> = kept.iter().filter(|c| c.kind == EntityType::Person && c.tokens.len() >= 2).map(|c| w.norm(c.tokens.end - 1)).collect();
    for c in kept.iter_mut().filter(|c| c.kind == EntityType::Organization && c.source == Source::Tagger && c.tokens.len() == 1) {
        let bare = w.stems(c.tokens.start).any(|s| surnames.contains(s.stem.as_str()));
        if surnames.contains(w.norm(c.tokens.start)) || bare {
            c.kind = EntityType::Person;
        }
    }
}

/// "دراغان ماركوفيتش، مدرب بيراميدز، أن …": the words of one person's apposition are that
/// person's role; a title there with a word after it ("مدرب" + "بيراميدز") is no second person.
fn drop_titled_inside_roles(kept: &mut Vec<Candidate>) {
    let roles: Vec<(Range<usize>, Range<usize>)> = kept.iter().filter(|c| c.kind == EntityType::Person).filter_map(|c| c.role.clone().map(|r| (r, c.tokens.clone()))).collect();
    kept.retain(|c| {
        let inside = |(r, owner): &(Range<usize>, Range<usize>)| *owner != c.tokens && r.start <= c.tokens.start && c.tokens.end <= r.end;
        !(c.kind == EntityType::Person && c.source == Source::TitledPerson && c.role.is_some() && roles.iter().any(inside))
    });
}

/// "أما مدرب يونايتد روبن أموريم": after a title, the last word of an organisation the article
/// names in full ("مانشستر يونايتد") is that organisation, the title's, not the person's first name.
fn organisation_short_name_in_title(w: &Words, kept: &mut [Candidate]) {
    let last_words: rustc_hash::FxHashSet<&str> = kept.iter().filter(|c| c.kind == EntityType::Organization && c.tokens.len() >= 2).map(|c| w.norm(c.tokens.end - 1)).collect();
    if last_words.is_empty() {
        return;
    }
    for c in kept.iter_mut().filter(|c| c.kind == EntityType::Person && c.source == Source::TitledPerson && c.tokens.len() >= 2) {
        let after_role = c.role.as_ref().is_some_and(|r| r.end == c.tokens.start);
        if after_role && !w.definite(c.tokens.start) && last_words.contains(w.norm(c.tokens.start)) {
            c.tokens.start += 1;
            c.role = c.role.as_ref().map(|r| r.start..r.end + 1);
            (c.clitic_chars, c.restores_article) = (0, false);
        }
    }
}

/// Is the candidate inside the title of a work in quotation marks ("فيلم "وداعا جوليا"",
/// "رواية "موسم الهجرة إلى الشمال"")? A name there is the work's, not a person in the news.
fn in_work_title(w: &Words, c: &Candidate) -> bool {
    let near = 8;
    let Some(open) = (c.tokens.start.saturating_sub(near)..c.tokens.start).rev().take_while(|&i| w.same_line(i, c.tokens.start) && !w.punct(i, ".!?؟،")).find(|&i| w.quote_mark(i)) else {
        return false;
    };
    let closes = (c.tokens.end..(c.tokens.end + near).min(w.tokens.len())).take_while(|&i| w.same_line(i, c.tokens.start)).any(|i| w.quote_mark(i));
    let work = |i: usize| w.stems(i).any(|s| matches!(s.stem.as_str(), "فيلم" | "الفيلم" | "روايه" | "الروايه" | "كتاب" | "الكتاب" | "مسلسل" | "المسلسل" | "اغنيه" | "الاغنيه" | "مسرحيه" | "المسرحيه" | "البوم" | "الالبوم" | "قصيده" | "القصيده" | "ديوان" | "الديوان" | "برنامج" | "البرنامج" | "مهمه" | "المهمه"));
    // The work's noun right before the marks, or before an adjective ("الفيلم السوداني "…"").
    let before = |k: usize| open >= k && w.same_line(open - k, open) && w.word(open - k);
    closes && (before(1) && work(open - 1) || before(2) && w.definite(open - 1) && work(open - 2))
}

/// "أم محمد", "أبو أحمد": a person known by a child's name (a kunya) is named with أم/أبو, when
/// the name found is a known given name ("أم" is also "or", and needs that name after it).
fn take_kunyas(w: &Words, taken: &mut [bool], kept: &mut [Candidate]) {
    for c in kept.iter_mut().filter(|c| c.kind == EntityType::Person && c.clitic_chars == 0) {
        let first = c.tokens.start;
        if first == 0 || taken[first - 1] || !w.same_line(first - 1, first) || crate::tagger::names::name_class(w.norm(first)) != "given" {
            continue;
        }
        let before = w.norm(first - 1);
        if matches!(crate::text::without_conjunction(before), "ام" | "ابو") {
            c.tokens.start -= 1;
            c.clitic_chars = before.chars().count() - 2;
            c.restores_article = false;
            taken[first - 1] = true;
        }
    }
}

/// People the tagger found get the roles the text gives them too: a title phrase ending right
/// before the name ("الطبيب عمر حسن"), or an apposition after it ("عمر حسن، مدير …").
fn attach_roles(w: &Words, kept: &mut [Candidate]) {
    // Where each organisation found ends: "الباحث في مركز الجزيرة للدراسات محمد الراجي" is a
    // title, في and an organisation, then the name.
    let org_ending_at: HashMap<usize, usize> = kept.iter().filter(|c| c.kind == EntityType::Organization).map(|c| (c.tokens.end, c.tokens.start)).collect();
    // (A role that is a rank alone, "الدكتور", is looked for further back too.)
    let rank_alone = |c: &Candidate| c.role.as_ref().is_some_and(|r| r.len() == 1 && r.end == c.tokens.start && cues::is_rank_before_name(w.norm(r.start)));
    for c in kept.iter_mut().filter(|c| c.kind == EntityType::Person && (c.role.is_none() || rank_alone(c))) {
        // "أستاذ الصحة العامة في جامعة عين شمس الدكتور محمد …": the office is read through the
        // rank the name comes with (to_mention leaves the rank out of the role).
        let rank = c.tokens.start > 0 && w.same_line(c.tokens.start - 1, c.tokens.start) && cues::is_rank_before_name(w.norm(c.tokens.start - 1));
        let name_start = if rank { c.tokens.start - 1 } else { c.tokens.start };
        // The title that ends at `name_start`, through the organisation or prepositional phrases
        // it ends with.
        let title_ending_at = |name_start: usize| {
            let start = match org_ending_at.get(&name_start) {
                Some(&org) if org > 0 && w.norm(org - 1) == "في" && w.same_line(org - 1, name_start) => org - 1,
                // "الرئيس التنفيذي لجهاز قطر للاستثمار منصور المحمود": the organisation after ل.
                Some(&org) if org > 0 && w.norm(org).starts_with('ل') && w.same_line(org - 1, name_start) => org,
                // ("رئيس بلدية القصر حسين علّوه", "أستاذ العلوم السياسية بجامعة تونس سليم …": or
                // in construct with it, or after ب.)
                // (Its own prepositional phrases before it: "الخبيرة في شؤون الطاقة بجامعة القاهرة".)
                Some(&org) if org > 0 && w.same_line(org - 1, name_start) => prepositional_phrases_before(w, org).unwrap_or(org),
                _ => prepositional_phrases_before(w, name_start).unwrap_or(name_start),
            };
            // (A lone "الشيخ" or "السيد" before the name is a form of address, not a role.)
            // (The title may run into the organisation after it: "عضو المكتب السياسي للجبهة
            // الشعبية" + "لتحرير فلسطين".)
            (start.saturating_sub(6)..start).find(|&j| cues::title_phrase(w, j).is_some_and(|(seg, end)| (start..=name_start).contains(&end) && !(end == j + 1 && cues::is_form_of_address(&seg.stem))))
        };
        // (Not for a name with a preposition on it, "الوزير لسامي حداد": that is someone else.)
        let before = (c.clitic_chars == 0).then(|| title_ending_at(name_start)).flatten().map(|j| j..c.tokens.start);
        // ("كبير الاقتصاديين في بنك الكويت الوطني، الدكتور يوسف البدر،": or the title set off
        // before a rank by a comma.)
        // (Or with no rank: "المتحدثة باسم حلف شمال الأطلسي (ناتو)، كريستين هولمبرغ،", past the
        // abbreviation in parentheses, and past a nationality, "…، الهولندية إنغريد فان دير ميولن،".)
        let nationality = !rank && name_start > 0 && w.is_nisba(name_start - 1) && w.definite(name_start - 1);
        let after_comma = if nationality { name_start - 1 } else { name_start };
        let comma = after_comma.checked_sub(1).filter(|&k| w.same_line(k, name_start) && w.punct(k, "،,"));
        let abbreviation = |k: usize| {
            let close = k.checked_sub(1).filter(|&p| w.punct(p, ")"))?;
            (close.saturating_sub(5)..close).rev().find(|&p| w.punct(p, "(")).filter(|&open| (open + 1..close).all(|q| w.word(q)) && open + 1 < close)
        };
        let before = before.or_else(|| {
            let k = comma.filter(|_| c.clitic_chars == 0)?;
            let end = abbreviation(k).unwrap_or(k);
            title_ending_at(end).map(|j| j..k)
        });
        let found = before.or_else(|| cues::apposition(w, c.tokens.end));
        if found.is_some() || c.role.is_none() {
            c.role = found;
        }
    }
}

/// Where a title's prepositional phrases start, when they end right before the name at `name`:
/// "الخبيرة في شؤون الطاقة بجامعة القاهرة منى السيد" → the في. Up to six words: في, words with
/// the article, words after ب/ل, and nouns in construct before a word with the article.
fn prepositional_phrases_before(w: &Words, name: usize) -> Option<usize> {
    let mut j = name;
    while j > 0 && name - j < 6 && w.same_line(j - 1, name) && w.word(j - 1) {
        let k = j - 1;
        if w.norm(k) == "في" {
            return Some(k);
        }
        // "ممثلة المنظمة في مصر نعمة …": a place after في.
        if k > 0 && crate::lexicon::cues::is_posting_preposition(w.norm(k - 1)) && w.place_at_is(k, j) {
            return Some(k - 1);
        }
        let construct = w.definite(j) && j < name;
        let governed = w.stems(k).any(|s| matches!(s.proclitics.as_slice(), ['ب' | 'ل']) && s.stem.chars().count() >= 3);
        if !(w.definite(k) && !w.is_function_word(k) || governed || construct) {
            return None;
        }
        j = k;
    }
    None
}

/// The normalised words of a candidate's name, without the first word's clitics.
fn name_key(w: &Words, c: &Candidate) -> String {
    crate::text::normalize_phrase(&w.written(c.tokens.clone(), c.clitic_chars, c.restores_article))
}

fn to_mention(w: &Words, c: &Candidate) -> Mention {
    let name = w.written(c.tokens.clone(), c.clitic_chars, c.restores_article);
    let role = c.role.clone().map(|mut r| {
        // "وزير الطاقة السعودي الأمير عبد العزيز", "رئيس الفريق الدكتور نزار …": the rank or
        // form of address the name comes with is not part of the office before it.
        let last = w.norm(r.end - 1);
        if r.len() >= 2 && (cues::is_form_of_address(last) || cues::is_rank_before_name(last)) {
            r.end -= 1;
        }
        // The role's first word may carry a clitic ("لرئيس الوزراء"): drop it.
        let seg = w.stems(r.start).find(|s| crate::lexicon::cues::is_title(&s.stem));
        let (clitics, restores) = seg.map_or((0, false), |s| (s.clitic_chars, s.clitic_chars > 0 && !w.norm(r.start).chars().skip(s.clitic_chars).eq(s.stem.chars())));
        w.written(r, clitics, restores)
    });
    Mention { span: w.span(c), tokens: c.tokens.clone(), kind: c.kind, key: crate::text::normalize_phrase(&name), name, role }
}

/// A person read as "known name + one more word" ("إلهام علييف معترف" beside "إلهام علييف") is
/// that known name: names read after a title can run one word too far.
fn trim_to_known_names(w: &Words, taken: &mut [bool], kept: &mut [Candidate]) {
    // Each person of three words or more was compared with every known name, which grew with the
    // square of the article's people (most of recognize::find on a 9 MB document). The two
    // questions are now lookups: known names by their words (is some shorter one a prefix?), and,
    // per (last word, length), the earliest name and the earliest one with another first word
    // (is there an earlier name with this surname and another first name?).
    let names: Vec<(usize, Vec<&str>)> = kept
        .iter()
        .filter(|c| c.kind == EntityType::Person && c.tokens.len() >= 2)
        .map(|c| (c.tokens.start, c.tokens.clone().map(|i| w.norm(i)).collect()))
        .collect();
    let known: rustc_hash::FxHashSet<&[&str]> = names.iter().map(|(_, n)| n.as_slice()).collect();
    // (last word, length) → ((start, first word) of the earliest such name, start of the earliest
    // whose first word differs from that one's).
    type Earliest<'a> = ((usize, &'a str), Option<usize>);
    let mut by_end: HashMap<(&str, usize), Earliest> = HashMap::default();
    for (at, n) in &names {
        let (first, last) = (n[0], n[n.len() - 1]);
        by_end
            .entry((last, n.len()))
            .and_modify(|((at1, first1), other)| {
                if *at < *at1 {
                    // The old earliest is the earliest other-first name, unless it shares the new
                    // first word (then the old answer stands).
                    if *first1 != first {
                        *other = Some(*at1);
                    }
                    (*at1, *first1) = (*at, first);
                } else if *first1 != first && other.is_none_or(|o| *at < o) {
                    *other = Some(*at);
                }
            })
            .or_insert(((*at, first), None));
    }
    for c in kept.iter_mut().filter(|c| c.kind == EntityType::Person && c.tokens.len() >= 3) {
        let words: Vec<&str> = c.tokens.clone().map(|i| w.norm(i)).collect();
        // (Not before a link of a lineage: "محمد بن راشد" named later is short for "محمد بن
        // راشد آل مكتوم", which does not run too far.)
        let shorter = (2..words.len()).rev().find(|&len| known.contains(&words[..len]) && !cues::is_lineage_link(words[len]));
        // "هنأت … جورجيا ميلوني ستارمر": the last word is the surname of a person named earlier,
        // the verb's object.
        let others_surname = (2..words.len()).any(|len| {
            by_end.get(&(words[words.len() - 1], len)).is_some_and(|&((at1, first1), other)| {
                if first1 != words[0] {
                    at1 < c.tokens.start
                } else {
                    other.is_some_and(|o| o < c.tokens.start)
                }
            })
        });
        // (Nor a family name after "آل"/"بن": "حمدان بن محمد بن راشد آل مكتوم" beside "أحمد بن
        // سعيد آل مكتوم" named before.)
        let lineage = cues::is_lineage_link(words[words.len() - 2]);
        let len = shorter.or((others_surname && !lineage).then_some(words.len() - 1));
        if let Some(len) = len {
            (c.tokens.start + len..c.tokens.end).for_each(|i| taken[i] = false);
            c.tokens.end = c.tokens.start + len;
        }
    }
}

/// "الحكم الدولي عادل خميس النقبي.": a person of two words or more followed by a family name with
/// the article, in ي like most ("النقبي", "الحربي"; after the name even a place's adjective is
/// one: a nationality comes before it), right before a comma, a full stop or the end, has that
/// name too.
fn family_name_before_a_pause(w: &Words, taken: &mut [bool], kept: &mut [Candidate]) {
    let n = w.tokens.len();
    for c in kept.iter_mut().filter(|c| c.kind == EntityType::Person && c.tokens.len() >= 2) {
        let k = c.tokens.end;
        let pause = |j: usize| j >= n || w.punct(j, "،,.:؛") || !w.same_line(k, j);
        let adjective = |norm: &str| matches!(norm, "الماضي" | "الحالي" | "التالي" | "الثاني" | "الثالث" | "الرابع" | "الخامس" | "الاول" | "الحقيقي" | "الرسمي" | "السابق" | "الجديد");
        if k < n && !taken[k] && w.same_line(c.tokens.start, k) && w.word(k) && !w.is_function_word(k) && w.title_at(k).is_none() && crate::lexicon::cues::org_head(w.norm(k)).is_none() && w.norm(k).starts_with("ال") && w.norm(k).ends_with('ي') && !adjective(w.norm(k)) && pause(k + 1) {
            taken[k] = true;
            c.tokens.end = k + 1;
        }
    }
}

/// "جامعة ابن زهر بأكادير": a known place with ب ("in") that ends a university's name of three
/// words or more says where it is; it is a place of its own. (A local body's city is its name's:
/// "مديرية الصحة بسوهاج", "شركة الصرف الصحي بالإسكندرية".)
fn place_after_organisation(w: &Words, kept: &mut Vec<Candidate>) {
    let mut places = Vec::new();
    let school = |c: &Candidate| w.stems(c.tokens.start).any(|s| matches!(s.stem.strip_prefix("ال").unwrap_or(&s.stem), "جامعه" | "كليه" | "معهد"));
    for c in kept.iter_mut().filter(|c| c.kind == EntityType::Organization && c.tokens.len() >= 3 && school(c)) {
        let last = c.tokens.end - 1;
        if let Some((seg, _)) = w.place_at(last).filter(|(s, end)| *end == last + 1 && s.proclitics.as_slice() == ['ب']) {
            places.push(Candidate { tokens: last..last + 1, kind: EntityType::Place, source: Source::Gazetteer, clitic_chars: seg.clitic_chars, restores_article: false, role: None, needs_tagger: None });
            c.tokens.end = last;
        }
    }
    kept.extend(places);
}

/// "بعثة الأمم المتحدة للدعم في ليبيا (أونسميل)": an organisation's name followed by في, a known
/// place and its abbreviation in parentheses includes the place.
fn organisation_with_its_place_and_abbreviation(w: &Words, taken: &mut [bool], kept: &mut Vec<Candidate>) {
    let n = w.tokens.len();
    let mut joined = Vec::new();
    for c in kept.iter_mut().filter(|c| c.kind == EntityType::Organization && c.tokens.len() >= 2) {
        let at = c.tokens.end;
        if at + 1 < n && w.norm(at) == "في" {
            if let Some((_, end)) = w.place_at(at + 1).filter(|(s, end)| s.clitic_chars == 0 && *end < n && w.punct(*end, "(") && w.same_line(at, *end)) {
                (at..end).for_each(|i| taken[i] = true);
                joined.push(at + 1..end);
                c.tokens.end = end;
            }
        }
    }
    kept.retain(|c| !(c.kind == EntityType::Place && joined.contains(&c.tokens)));
}

/// "جهة بني ملال-خنيفرة": two places joined by a hyphen with no space around it are one region.
fn join_hyphenated_places(w: &Words, kept: &mut Vec<Candidate>) {
    kept.sort_by_key(|c| c.tokens.start);
    // In one pass, each candidate either joins the last one kept or is kept (no removal from the
    // middle: a long page may have many such pairs).
    let mut joined: Vec<Candidate> = Vec::with_capacity(kept.len());
    for b in kept.drain(..) {
        if let Some(a) = joined.last_mut().filter(|a| a.kind == EntityType::Place && b.kind == EntityType::Place && b.clitic_chars == 0 && a.tokens.end + 1 == b.tokens.start && w.tight_hyphen(a.tokens.end)) {
            a.tokens.end = b.tokens.end;
        } else {
            joined.push(b);
        }
    }
    *kept = joined;
}

/// "مراسل الأناضول", "وكالة الأناضول … وقال للأناضول": a place's name that the article gives a news
/// outlet is the outlet where it is a correspondent's, or where the outlet is spoken to or cited
/// (with ل, or after وفق / حسب / عن) and the article names the outlet with its head noun elsewhere.
fn outlets_read_as_places(w: &Words, kept: &mut [Candidate]) {
    let media_head = |i: usize| w.stems(i).any(|s| matches!(s.stem.as_str(), "وكاله" | "قناه" | "صحيفه" | "موقع" | "شبكه" | "اذاعه" | "مجله"));
    let outlets: Vec<String> = kept.iter().filter(|c| c.kind == EntityType::Organization && c.tokens.len() >= 2 && media_head(c.tokens.start)).map(|c| (c.tokens.start + 1..c.tokens.end).map(|i| w.norm(i)).collect::<Vec<_>>().join(" ")).collect();
    for c in kept.iter_mut().filter(|c| c.kind == EntityType::Place && c.tokens.start > 0) {
        let before = crate::text::without_conjunction(w.norm(c.tokens.start - 1));
        let correspondent = c.clitic_chars == 0 && matches!(before, "مراسل" | "مراسله" | "لمراسل" | "لمراسله" | "مراسلو" | "مراسلي");
        let cited = !outlets.is_empty()
            && (c.clitic_chars > 0 && w.stems(c.tokens.start).any(|s| s.proclitics.as_slice() == ['ل']) || c.clitic_chars == 0 && matches!(before, "وفق" | "حسب" | "بحسب" | "عن"))
            && {
                let rest: Vec<&str> = (c.tokens.start + 1..c.tokens.end).map(|i| w.norm(i)).collect();
                w.stems(c.tokens.start).any(|s| outlets.contains(&std::iter::once(s.stem.as_str()).chain(rest.iter().copied()).collect::<Vec<_>>().join(" ")))
            };
        if correspondent || cited {
            c.kind = EntityType::Organization;
        }
    }
}

/// A name the tagger alone read as two kinds in one article takes one kind: the one a cue gave it;
/// else, read as a person somewhere and a place elsewhere, an organisation (what acts like a person
/// and is where things happen: "بوينغ" in "قالت بوينغ" and "رئيسة قسم في بوينغ"); else the kind
/// most of its mentions have (the first one's on a tie). A reader sees one entity, not two.
fn one_kind_per_name(w: &Words, kept: &mut [Candidate]) {
    // name → (kind set by a cue, mentions per kind in order person/organisation/place, first kind)
    type Votes = (Option<EntityType>, [usize; 3], EntityType);
    let slot = |k: EntityType| match k {
        EntityType::Person => 0,
        EntityType::Organization => 1,
        EntityType::Place => 2,
    };
    // Only names whose last word is read as two kinds somewhere can disagree; each of their
    // candidates' names is read once (they are built from the text, with allocations).
    let mut kinds_by_last: HashMap<&str, u8> = HashMap::default();
    for c in kept.iter().filter(|c| !c.tokens.is_empty()) {
        *kinds_by_last.entry(w.norm(c.tokens.end - 1)).or_default() |= 1 << slot(c.kind);
    }
    let disputed = |c: &Candidate| !c.tokens.is_empty() && kinds_by_last.get(w.norm(c.tokens.end - 1)).is_some_and(|k| k.count_ones() > 1);
    if !kept.iter().any(disputed) {
        return;
    }
    let keys: Vec<String> = kept.iter().map(|c| if disputed(c) { name_key(w, c) } else { String::new() }).collect();
    let mut votes: HashMap<&str, Votes> = HashMap::default();
    let mut order: Vec<usize> = (0..kept.len()).collect();
    order.sort_by_key(|&k| kept[k].tokens.start);
    for k in order.into_iter().filter(|&k| !keys[k].is_empty()) {
        let c = &kept[k];
        let v = votes.entry(&keys[k]).or_insert((None, [0; 3], c.kind));
        if c.source != Source::Tagger {
            v.0.get_or_insert(c.kind);
        }
        v.1[slot(c.kind)] += 1;
    }
    for (k, c) in kept.iter_mut().enumerate().filter(|(k, c)| c.source == Source::Tagger && !keys[*k].is_empty()) {
        let Some(&(cue, counts, first)) = votes.get(keys[k].as_str()) else { continue };
        if counts.iter().filter(|&&n| n > 0).count() < 2 {
            continue;
        }
        let person_and_place = counts[slot(EntityType::Person)] > 0 && counts[slot(EntityType::Place)] > 0;
        c.kind = cue.unwrap_or_else(|| {
            if person_and_place {
                return EntityType::Organization;
            }
            let best = *counts.iter().max().unwrap_or(&0);
            if counts[slot(first)] == best {
                first
            } else {
                [EntityType::Person, EntityType::Organization, EntityType::Place].into_iter().find(|&k| counts[slot(k)] == best).unwrap_or(first)
            }
        });
    }
}

/// Document-level consistency for people: a surname or full name found with a cue is found again
/// wherever it recurs ("حسينوف" alone, "وبوتين"), and an unknown first name before a known
/// surname makes a new person ("لحيدر علييف" beside "إلهام علييف").
fn propagate_names(w: &Words, usable: &[bool], taken: &mut [bool], kept: &mut Vec<Candidate>) {
    // stem of a person's last name token → its full name tokens' stems
    let mut surnames: HashMap<String, usize> = HashMap::default();
    for c in kept.iter().filter(|c| c.kind == EntityType::Person) {
        let last = c.tokens.end - 1;
        // (A regnal number, "الثاني", "عشر", is no family name to look for.)
        if cues::ends_with_regnal_number(w, c.tokens.clone()) {
            continue;
        }
        surnames.insert(w.norm(last).to_string(), c.tokens.len());
        // ("إيمانويل أوفوري أتا", then "أوفوري": of three names, the middle one when it is no
        // known given name, a father's, is the family's too.)
        let middle = c.tokens.start + 1;
        if c.tokens.len() == 3 && c.clitic_chars == 0 && w.word(middle) && !w.definite(middle) && !w.is_function_word(middle) && w.norm(middle).chars().count() >= 4 && crate::tagger::names::name_class(w.norm(middle)) == "-" {
            surnames.entry(w.norm(middle).to_string()).or_insert(3);
        }
    }
    if surnames.is_empty() {
        return;
    }
    // A lone word taken as a place that is the surname of a person named in full ("وقال
    // الخليل" after "يوسف الخليل"; الخليل is also a city) is that person, unless a preposition or
    // a clitic one governs it ("في الخليل", "بالخليل").
    // (Normalised: "إلى" is "الي", "على" is "علي".)
    let preposition = |s: &str| matches!(s, "في" | "من" | "الي" | "عن" | "علي" | "نحو" | "داخل" | "خارج" | "قرب" | "حول" | "عبر" | "بين" | "حتي");
    for c in kept.iter_mut().filter(|c| c.kind == EntityType::Place && matches!(c.source, Source::Gazetteer | Source::Tagger) && c.tokens.len() == 1) {
        let i = c.tokens.start;
        let full_name = surnames.get(w.norm(i)).is_some_and(|&len| len >= 2);
        let governed = c.clitic_chars > 0 || i > 0 && w.tokens[i - 1].line == w.tokens[i].line && {
            let before = w.norm(i - 1);
            preposition(before) || preposition(crate::text::without_conjunction(before))
        };
        if full_name && !governed {
            c.kind = EntityType::Person;
            c.source = Source::SpeakerOrApposition;
        }
    }
    let n = w.tokens.len();
    let mut added = Vec::new();
    let mut i = 0;
    while i < n {
        if taken[i] || !usable[i] {
            i += 1;
            continue;
        }
        // ("على" is never the surname علي: a function word is not looked up.)
        let surname_seg = (!w.is_function_word(i)).then(|| w.stems(i).find(|s| surnames.contains_key(&s.stem)).cloned()).flatten();
        let Some(seg) = surname_seg else {
            i += 1;
            continue;
        };
        // "X surname" with an untaken name-like X before it: a relative or namesake.
        if seg.clitic_chars == 0 && i > 0 && !taken[i - 1] && usable[i - 1] && w.tokens[i - 1].line == w.tokens[i].line {
            // Only with a preposition before it ("لحيدر علييف"): a bare word before a surname is as
            // likely a verb ("دخل بوتين"); the tagger decides those.
            // (A known given or family name: "بأداء صلاح" is his performance, not a relative.)
            let first = w.stems(i - 1).find(|s| {
                matches!(s.proclitics.as_slice(), ['ل' | 'ب'])
                    && s.stem.chars().count() >= 3
                    && !crate::lexicon::cues::is_function_word(&s.stem)
                    && !s.stem.starts_with("ال")
                    && crate::tagger::names::name_class(&s.stem) != "-"
            });
            if let Some(first) = first.cloned() {
                {
                    added.push(Candidate {
                        tokens: i - 1..i + 1,
                        kind: EntityType::Person,
                        source: Source::SpeakerOrApposition,
                        clitic_chars: first.clitic_chars,
                        restores_article: false,
                        role: None,
                        needs_tagger: None,
                    });
                    taken[i - 1] = true;
                    taken[i] = true;
                    i += 1;
                    continue;
                }
            }
        }
        added.push(Candidate {
            tokens: i..i + 1,
            kind: EntityType::Person,
            source: Source::SpeakerOrApposition,
            clitic_chars: seg.clitic_chars,
            restores_article: false,
            role: None,
            needs_tagger: None,
        });
        taken[i] = true;
        i += 1;
    }
    kept.extend(added);
}

#[cfg(test)]
mod tests {
    use super::*;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    fn mentions(text: &str) -> Vec<(String, EntityType, Option<String>)> {
        let tokens = crate::tokenize::tokenize(text);
        find(text, &tokens, &[]).into_iter().map(|m| (text[m.span.clone()].to_string(), m.kind, m.role)).collect()
    }

    fn has(ms: &[(String, EntityType, Option<String>)], name: &str, kind: EntityType) -> bool {
        ms.iter().any(|(n, k, _)| n == name && *k == kind)
    }

    #[test]
    fn places_are_found_after_clitics_and_nisba_adjectives_are_not_places() {
        let ms = mentions("وصل الوفد الروسي إلى القاهرة ثم توجه لروسيا وبغداد، وللمدينة أهمية.");
        assert!(has(&ms, "القاهرة", EntityType::Place));
        assert!(has(&ms, "روسيا", EntityType::Place), "{ms:?}");
        assert!(has(&ms, "بغداد", EntityType::Place));
        assert!(!ms.iter().any(|(n, _, _)| n.contains("الروسي")));
        // Cities joined by و that the tagger reads as one organisation are two places.
        let ms = mentions("جولة جديدة من المحادثات بين حكومتي طرابلس وبنغازي في تونس برعاية أممية");
        assert!(has(&ms, "طرابلس", EntityType::Place) && has(&ms, "بنغازي", EntityType::Place), "{ms:?}");
        // Nor when the tagger reads one as a place.
        let ms = mentions("واختتمت الدورة مساء السبت في العاصمة التونسية.");
        assert!(!ms.iter().any(|(n, _, _)| n.contains("التونسية")), "{ms:?}");
    }

    #[test]
    fn a_known_place_inside_a_name_the_tagger_is_sure_of_is_part_of_that_name() {
        let ms = mentions("تعادل فريق ريال مدريد مع ضيفه في الدوري الإسباني مساء السبت.");
        assert!(has(&ms, "ريال مدريد", EntityType::Organization), "{ms:?}");
        assert!(!ms.iter().any(|(_, k, _)| *k == EntityType::Place), "{ms:?}");
        // The same city alone is still a place.
        assert!(has(&mentions("وصل الوفد إلى مدريد صباح الأحد."), "مدريد", EntityType::Place));
    }

    #[test]
    fn a_lineage_is_one_name_and_words_after_a_title_must_look_like_names() {
        let ms = mentions("قال الشيخ حمد بن خليفة آل ثاني إن الحوار مستمر.");
        assert!(has(&ms, "حمد بن خليفة آل ثاني", EntityType::Person), "{ms:?}");
        // Named later without the family ("حمد بن خليفة"), the full name is not cut to that.
        let ms = mentions("وصل الشيخ حمد بن خليفة آل ثاني إلى المطار أمس. وقال حمد بن خليفة إن الزيارة مهمة.");
        assert!(has(&ms, "حمد بن خليفة آل ثاني", EntityType::Person), "{ms:?}");
        // Two of a family, the second with a longer lineage: neither is cut.
        let ms = mentions("استقبل الشيخ سالم بن سعيد آل مكتوم ضيوفه، وحضر الشيخ حمدان بن محمد بن راشد آل مكتوم اللقاء.");
        assert!(has(&ms, "حمدان بن محمد بن راشد آل مكتوم", EntityType::Person), "{ms:?}");
        // An honorific is not a name, and a lone "الشيخ" is a form of address, not a role.
        let ms = mentions("وحضر اللقاء سمو الشيخ عبد الرحمن بن سعود آل ثاني.");
        let person = ms.iter().find(|(n, k, _)| *k == EntityType::Person && n.contains("عبد الرحمن")).expect("the sheikh is found");
        assert_eq!((person.0.as_str(), person.2.as_deref()), ("عبد الرحمن بن سعود آل ثاني", None), "{ms:?}");
        assert!(!ms.iter().any(|(n, _, _)| n.contains("سمو")), "{ms:?}");
        // After a title, dictionary words the tagger does not see as a name are no person.
        for text in ["أصدر نائب رئيس الدولة قرارا جديدا أمس.", "قال الوزير: إذا اختار الرئيس التعاون فسيجد فينا شريكا."] {
            let ms = mentions(text);
            assert!(!ms.iter().any(|(_, k, _)| *k == EntityType::Person), "{text}: {ms:?}");
        }
    }

    #[test]
    fn a_surname_that_is_also_a_city_is_the_person_unless_a_preposition_governs_it() {
        let text = "أكد وزير المالية يوسف الخليل أن الموازنة جاهزة.\nوقال الخليل في مؤتمر صحفي إن الضرائب لن ترتفع.\nوزار الوفد مدرسة في الخليل.";
        let ms = mentions(text);
        let kinds: Vec<EntityType> = ms.iter().filter(|(n, _, _)| n.ends_with("الخليل")).map(|(_, k, _)| *k).collect();
        assert_eq!(kinds, [EntityType::Person, EntityType::Person, EntityType::Place], "{ms:?}");
    }

    #[test]
    fn a_person_the_tagger_is_sure_of_is_cut_out_of_an_organisation_name() {
        let ms = mentions("وأوضح رئيس جمعية المصارف سليم صفير لقناة محلية أن القطاع يحتاج إلى خطة.");
        assert!(has(&ms, "جمعية المصارف", EntityType::Organization), "{ms:?}");
        assert!(has(&ms, "سليم صفير", EntityType::Person), "{ms:?}");
    }

    #[test]
    fn a_given_name_after_a_title_takes_a_family_name_with_the_article() {
        let ms = mentions("وشدد رئيس الوزراء بشر الخصاونة على أن الدولة لن تتهاون.");
        assert!(has(&ms, "بشر الخصاونة", EntityType::Person), "{ms:?}");
        // A definite head noun takes no indefinite word in construct: "الحكومة ستعوض" is a sentence.
        let ms = mentions("وكشفت الناطقة باسم الحكومة سلمى الدباغ أن الحكومة ستعوض المتضررين.");
        assert!(has(&ms, "سلمى الدباغ", EntityType::Person), "{ms:?}");
        assert!(!ms.iter().any(|(_, k, _)| *k == EntityType::Organization), "{ms:?}");
    }

    #[test]
    fn a_name_that_starts_like_a_preposition_keeps_its_first_letter() {
        let ms = mentions("وقال المدرب الإسباني لويس إنريكي بعد المباراة إن فريقه لعب بشجاعة.");
        let coach = ms.iter().find(|(_, k, _)| *k == EntityType::Person).expect("the coach is found");
        assert_eq!((coach.0.as_str(), coach.2.as_deref()), ("لويس إنريكي", Some("المدرب الإسباني")), "{ms:?}");
    }

    #[test]
    fn organisations_named_and_not() {
        // A head noun and an indefinite adjective is a kind of organisation, not a name.
        let ms = mentions("وقعت الوزارة اتفاقا مع شركة صينية لبناء مصفاة.");
        assert!(!ms.iter().any(|(n, _, _)| n.contains("صينية")), "{ms:?}");
        // A head noun and a name of several words, as far as the tagger reads the name.
        let ms = mentions("وقالت المحللة في بنك ستاندرد تشارترد سارة ميلر إن الصفقة مهمة.");
        assert!(has(&ms, "بنك ستاندرد تشارترد", EntityType::Organization), "{ms:?}");
        assert!(has(&ms, "سارة ميلر", EntityType::Person), "{ms:?}");
    }

    #[test]
    fn a_verb_and_a_place_after_a_title_in_a_headline_are_no_name() {
        let ms = mentions("وزير الخارجية الأردني يزور القاهرة\nوصل الوزير سامي الخليل إلى القاهرة ثم إلى الخليل.");
        assert!(!ms.iter().any(|(n, _, _)| n.contains("يزور")), "{ms:?}");
        assert_eq!(ms.iter().filter(|(n, k, _)| n == "القاهرة" && *k == EntityType::Place).count(), 2, "{ms:?}");
        // A surname that is also a city, after a preposition: the city.
        assert!(has(&ms, "الخليل", EntityType::Place), "{ms:?}");
    }

    #[test]
    fn one_word_with_the_article_needs_more_confidence_to_be_an_organisation() {
        let ms = mentions("قال الرئيس الفرنسي إيمانويل ماكرون في باريس إن الاتفاق «خطوة مهمة».");
        assert!(!ms.iter().any(|(_, k, _)| *k == EntityType::Organization), "{ms:?}");
    }

    #[test]
    fn names_and_roles_are_shown_without_tatweel_or_short_vowels() {
        let text = "قـالَ الرئيسُ الفرنسيُّ إيمانويلُ ماكرون في بـاريس إنَّ الاتفاقَ قريب.";
        let tokens = crate::tokenize::tokenize(text);
        let found: Vec<(String, Option<String>, String)> = find(text, &tokens, &[]).into_iter().map(|m| (m.name, m.role, text[m.span].to_string())).collect();
        assert!(found.contains(&("إيمانويل ماكرون".into(), Some("الرئيس الفرنسي".into()), "إيمانويلُ ماكرون".into())), "{found:?}");
        assert!(found.iter().any(|(name, _, written)| name == "باريس" && written == "بـاريس"), "{found:?}");
    }

    #[test]
    fn an_institute_named_after_a_known_organisation_is_its_own() {
        let ms = mentions("وحسبما أفاد تقرير لمعهد رويترز لدراسة الصحافة، فإن المؤسسات تستخدم الترجمة الآلية.");
        assert!(has(&ms, "معهد رويترز لدراسة الصحافة", EntityType::Organization), "{ms:?}");
        assert!(!ms.iter().any(|(n, _, _)| n.contains("لمعهد")), "{ms:?}");
        // So is a programme, an office or a commission of one, with what it does.
        let ms = mentions("وقالت مفوضية الأمم المتحدة لشؤون اللاجئين إن العدد ارتفع، وأكد برنامج الأمم المتحدة للبيئة أن البحر يسخن.");
        assert!(has(&ms, "مفوضية الأمم المتحدة لشؤون اللاجئين", EntityType::Organization) && has(&ms, "برنامج الأمم المتحدة للبيئة", EntityType::Organization), "{ms:?}");
        assert!(!has(&ms, "الأمم المتحدة", EntityType::Organization), "{ms:?}");
        // And a university named by its country, with its city.
        let ms = mentions("وقال أستاذ في الجامعة الأردنية إن الوضع مقلق، وقال باحث في الجامعة الأميركية في بيروت إن الحرارة ارتفعت.");
        assert!(has(&ms, "الجامعة الأردنية", EntityType::Organization) && has(&ms, "الجامعة الأميركية في بيروت", EntityType::Organization), "{ms:?}");
        let ms = mentions("يقول الباحث المغربي في مركز الجزيرة للدراسات محمد الراجي إن غرف الأخبار تأخرت.");
        assert!(has(&ms, "مركز الجزيرة للدراسات", EntityType::Organization), "{ms:?}");
        let person = ms.iter().find(|(_, k, _)| *k == EntityType::Person).expect("the researcher is found");
        assert_eq!(person.2.as_deref(), Some("الباحث المغربي في مركز الجزيرة للدراسات"), "{ms:?}");
    }

    #[test]
    fn a_latin_spelling_in_parentheses_is_no_entity_of_its_own() {
        let ms = mentions("وقال الرئيس التنفيذي للشركة تيم كوك (Tim Cook) إن الجهاز الأقوى في تاريخها.");
        assert!(!ms.iter().any(|(n, _, _)| n.contains("Tim")), "{ms:?}");
        assert!(has(&ms, "تيم كوك", EntityType::Person), "{ms:?}");
    }

    #[test]
    fn a_title_with_prepositional_phrases_gives_the_whole_role() {
        let ms = mentions("من جانبها، قالت الخبيرة في شؤون الطاقة بجامعة القاهرة منى السيد إن المشروع ضروري.");
        let person = ms.iter().find(|(_, k, _)| *k == EntityType::Person).expect("the expert is found");
        assert_eq!(person.2.as_deref(), Some("الخبيرة في شؤون الطاقة بجامعة القاهرة"), "{ms:?}");
    }

    #[test]
    fn a_rank_before_the_name_is_not_part_of_the_office() {
        let ms = mentions("بحضور وزير الطاقة السعودي الأمير عبد العزيز بن سلمان جرى التوقيع.");
        let person = ms.iter().find(|(_, k, _)| *k == EntityType::Person).expect("the minister is found");
        assert_eq!((person.0.as_str(), person.2.as_deref()), ("عبد العزيز بن سلمان", Some("وزير الطاقة السعودي")), "{ms:?}");
    }

    #[test]
    fn a_foreign_name_of_three_words_after_a_title_and_no_name_after_a_bare_title() {
        let ms = mentions("وقال المدير العام للمنظمة تيدروس أدهانوم غيبريسوس في مؤتمر صحفي إن الوضع صعب.");
        let person = ms.iter().find(|(_, k, _)| *k == EntityType::Person).expect("the director-general is found");
        assert_eq!((person.0.as_str(), person.2.as_deref()), ("تيدروس أدهانوم غيبريسوس", Some("المدير العام للمنظمة")), "{ms:?}");
        assert!(!ms.iter().any(|(_, k, _)| *k == EntityType::Organization), "{ms:?}");
        let ms = mentions("وقال مسؤول أمني لوكالة الأنباء إن التحقيقات ما زالت في بدايتها.");
        assert!(!ms.iter().any(|(_, k, _)| *k == EntityType::Person), "{ms:?}");
    }

    #[test]
    fn a_title_in_construct_with_a_place_and_no_relative_from_a_noun_before_a_surname() {
        let ms = mentions("وقال مدرب ليفربول آرني سلوت عقب اللقاء إن الفريق لعب جيدا.");
        let coach = ms.iter().find(|(_, k, _)| *k == EntityType::Person).expect("the coach is found");
        assert_eq!((coach.0.as_str(), coach.2.as_deref()), ("آرني سلوت", Some("مدرب ليفربول")), "{ms:?}");
        let ms = mentions("سجل اللاعب المصري محمد صلاح هدفا، وأشاد المدرب بأداء صلاح.");
        assert!(!ms.iter().any(|(n, _, _)| n.contains("أداء")), "{ms:?}");
    }

    #[test]
    fn a_four_word_name_after_a_title_stays_whole() {
        let ms = mentions("وردت رئيسة المفوضية الأوروبية أورسولا فون دير لاين بأن الاتحاد سيدافع عن مصالحه.");
        let persons: Vec<&str> = ms.iter().filter(|(_, k, _)| *k == EntityType::Person).map(|(n, _, _)| n.as_str()).collect();
        assert_eq!(persons, ["أورسولا فون دير لاين"], "{ms:?}");
    }

    #[test]
    fn a_title_for_a_place_then_a_given_name_and_a_family_name() {
        let ms = mentions("وقالت مديرة المنظمة في شمال أفريقيا آمنة القلالي إن الحكم رسالة ترهيب.");
        let person = ms.iter().find(|(_, k, _)| *k == EntityType::Person).expect("the director is found");
        assert_eq!((person.0.as_str(), person.2.as_deref()), ("آمنة القلالي", Some("مديرة المنظمة في شمال أفريقيا")), "{ms:?}");
    }

    #[test]
    fn an_organisation_read_from_its_head_stops_before_a_title() {
        let ms = mentions("نعى اتحاد الكتاب السودانيين الروائي سامي حداد الذي توفي أمس.");
        assert!(has(&ms, "اتحاد الكتاب السودانيين", EntityType::Organization), "{ms:?}");
    }

    #[test]
    fn a_title_gives_a_person_and_a_role() {
        let ms = mentions("استقبل الرئيس الفرنسي إيمانويل ماكرون ضيفه في باريس.");
        let macron = ms.iter().find(|(n, _, _)| n == "إيمانويل ماكرون").expect("the president is found");
        assert_eq!(macron.1, EntityType::Person);
        assert_eq!(macron.2.as_deref(), Some("الرئيس الفرنسي"));
    }

    #[test]
    fn an_apposition_after_a_speakers_name_is_a_role() {
        let ms = mentions("قال سمير حداد، مدير مركز الدراسات الاستراتيجية، إن الأزمة طويلة.");
        let p = ms.iter().find(|(n, _, _)| n == "سمير حداد").expect("the speaker is a person");
        assert!(p.2.as_deref().is_some_and(|r| r.starts_with("مدير مركز الدراسات")), "{p:?}");
    }

    #[test]
    fn organisations_from_head_nouns_and_names_in_quotation_marks() {
        let ms = mentions("نقلت وكالة الأنباء المصرية الرسمية عن وزارة الخارجية الأردنية بياناً، وأكدت صحيفة \"النهار\" ذلك.");
        assert!(has(&ms, "وكالة الأنباء المصرية الرسمية", EntityType::Organization), "{ms:?}");
        assert!(has(&ms, "وزارة الخارجية الأردنية", EntityType::Organization));
        assert!(has(&ms, "النهار", EntityType::Organization));
        // A government body needs a modifier to be named: "الحكومة" alone is not an entity.
        assert!(mentions("قالت الحكومة إنها ستدرس الأمر.").iter().all(|(_, k, _)| *k != EntityType::Organization));
    }

    #[test]
    fn a_surname_alone_is_found_again_and_a_namesake_stays_a_person() {
        let text = "قال الوزير سامي خليل إن الخطة جاهزة. وأضاف خليل أن التمويل متوفر. وكان المعهد قد سُمي لمنى خليل.";
        let ms = mentions(text);
        assert!(has(&ms, "سامي خليل", EntityType::Person));
        assert!(has(&ms, "خليل", EntityType::Person), "{ms:?}");
        assert!(has(&ms, "منى خليل", EntityType::Person), "{ms:?}");
    }

    #[test]
    fn a_url_is_neither_a_place_nor_a_name() {
        let ms = mentions("نشر الموقع (https://cairo.example.com/baghdad) تقريراً عن دمشق.");
        assert_eq!(ms.iter().map(|(n, _, _)| n.as_str()).collect::<Vec<_>>(), vec!["دمشق"]);
    }

    #[test]
    fn a_name_starting_with_a_clitic_letter_keeps_it() {
        // "يلي" is a common word; it must not make "ليلى" ل + يلى.
        let ms = mentions("قالت الوزيرة ليلى منصور إن الوضع يلي الأزمة.");
        assert!(has(&ms, "ليلى منصور", EntityType::Person), "{ms:?}");
    }

    #[test]
    fn a_final_ta_marbuta_is_not_a_pronoun_so_help_is_not_a_title() {
        // "مساعدة" (help) normalises like "مساعد" + ه; it must not introduce a person.
        let ms = mentions("وصلت مساعدة عاجلة إلى المدينة المنكوبة.");
        assert!(ms.iter().all(|(_, k, _)| *k != EntityType::Person), "{ms:?}");
    }

    #[test]
    fn a_definite_noun_and_adjective_are_no_person_but_a_definite_surname_is() {
        // The tagger reads "بالطاقة الشمسية" as a person here; every word carries the article.
        let ms = mentions("وأعلن الوزير إطلاق مبادرة لإنشاء ١٢ محطة لتحلية مياه البحر تعمل بالطاقة الشمسية، بتكلفة كبيرة.");
        assert!(!ms.iter().any(|(n, k, _)| *k == EntityType::Person && n.contains("الشمسية")), "{ms:?}");
        let ms = mentions("قال الوزير سامي الحسيني إن المشروع سيكتمل، وأضاف الحسيني أن التمويل متوفر.");
        assert!(has(&ms, "سامي الحسيني", EntityType::Person), "{ms:?}");
        assert!(has(&ms, "الحسيني", EntityType::Person), "{ms:?}");
    }

    #[test]
    fn a_person_found_by_the_tagger_gets_the_title_before_it() {
        let ms = mentions("وقال الطبيب عمر حسن إن المستشفيات تعاني نقصاً حاداً في الأدوية.");
        let p = ms.iter().find(|(n, _, _)| n == "عمر حسن").expect("the doctor is a person");
        assert_eq!(p.2.as_deref(), Some("الطبيب"));
    }

    #[test]
    fn a_name_does_not_run_into_the_surname_of_a_person_named_before() {
        let ms = mentions("وقال الزعيم سامي خليل إن الحزب فاز. وهنأت الرئيسة منى فارس خليل على الفوز.");
        assert!(has(&ms, "منى فارس", EntityType::Person), "{ms:?}");
        assert!(has(&ms, "خليل", EntityType::Person), "{ms:?}");
    }

    #[test]
    fn the_given_name_ali_written_with_ya_starts_a_name_in_a_text_that_writes_alif_maqsura() {
        let text = "وقال وزير الزراعة علي يرمي كايا إن المحصول وفير على الرغم من الجفاف.";
        let ms = mentions(text);
        assert!(has(&ms, "علي يرمي كايا", EntityType::Person), "{ms:?}");
        // A text that writes "إلي" and "علي" for the prepositions: "علي" stays a preposition.
        let ms = mentions("وصل الوزير علي رأس وفد إلي القاهرة وتحدث إلي الصحفيين.");
        assert!(!ms.iter().any(|(n, _, _)| n.starts_with("علي")), "{ms:?}");
    }

    #[test]
    fn a_name_the_tagger_reads_as_two_kinds_takes_one() {
        let text = "قالت زيلكو إن الطلب ارتفع. وقال مدير في زيلكو إن المصنع جاهز. وزارت زيلكو المعرض.";
        let tokens = crate::tokenize::tokenize(text);
        let w = Words::new(text, &tokens);
        let at: Vec<usize> = (0..tokens.len()).filter(|&i| w.norm(i) == "زيلكو" || w.norm(i) == "وزيلكو").collect();
        let tagged = |i: usize, kind| Candidate { tokens: i..i + 1, kind, source: Source::Tagger, clitic_chars: 0, restores_article: false, role: None, needs_tagger: None };
        // Person and place: an organisation.
        let mut kept = vec![tagged(at[0], EntityType::Person), tagged(at[1], EntityType::Place), tagged(at[2], EntityType::Person)];
        one_kind_per_name(&w, &mut kept);
        assert!(kept.iter().all(|c| c.kind == EntityType::Organization), "{kept:?}");
        // Otherwise the kind most mentions have; a cue's kind over any count.
        let mut kept = vec![tagged(at[0], EntityType::Organization), tagged(at[1], EntityType::Place), tagged(at[2], EntityType::Place)];
        one_kind_per_name(&w, &mut kept);
        assert!(kept.iter().all(|c| c.kind == EntityType::Place), "{kept:?}");
        let mut kept = vec![tagged(at[0], EntityType::Place), tagged(at[1], EntityType::Place), Candidate { source: Source::SpeakerOrApposition, ..tagged(at[2], EntityType::Person) }];
        one_kind_per_name(&w, &mut kept);
        assert!(kept.iter().all(|c| c.kind == EntityType::Person), "{kept:?}");
    }

    #[test]
    fn a_title_over_a_place_of_two_words_and_a_rank_before_the_name() {
        let ms = mentions("وقال محافظ ريف حلب سامر الخطيب إن الطرق أعيد فتحها على الفور.");
        let p = ms.iter().find(|(_, k, _)| *k == EntityType::Person).expect("the governor is found");
        assert_eq!((p.0.as_str(), p.2.as_deref()), ("سامر الخطيب", Some("محافظ ريف حلب")), "{ms:?}");
        // The rank the name comes with ends the organisation's name and is not part of the office.
        let ms = mentions("وقال رئيس هيئة المفوضين القاضي سالم عبد الكريم إن النتائج ستعلن على مراحل.");
        assert!(!ms.iter().any(|(n, _, _)| n.contains("القاضي")), "{ms:?}");
        let p = ms.iter().find(|(_, k, _)| *k == EntityType::Person).expect("the judge is found");
        assert_eq!(p.2.as_deref(), Some("رئيس هيئة المفوضين"), "{ms:?}");
    }

    #[test]
    fn organisations_with_a_definite_head_and_with_lam_and_an_adjective() {
        let ms = mentions("وأكد الحزب الوطني الموريتاني أنه سيشارك في الانتخابات.");
        assert!(has(&ms, "الحزب الوطني الموريتاني", EntityType::Organization), "{ms:?}");
        let ms = mentions("وقالت الهيئة الوطنية للأرصاد الجوية إن العاصفة ستصل مساء الجمعة.");
        assert!(has(&ms, "الهيئة الوطنية للأرصاد الجوية", EntityType::Organization), "{ms:?}");
        // What was given to whom is not part of the name.
        let ms = mentions("وقدمت وزارة الصحة للمواطنين المصريين لقاحات مجانية.");
        assert!(!ms.iter().any(|(n, _, _)| n.contains("للمواطنين") || n.contains("المواطنين")), "{ms:?}");
        // After a title, a bare name after a definite head is the title holder's.
        let ms = mentions("وقال رئيس الاتحاد عثمان الفكي إن الموسم سيبدأ في موعده.");
        assert!(!ms.iter().any(|(n, k, _)| *k == EntityType::Organization && n.contains("عثمان")), "{ms:?}");
    }

    #[test]
    fn the_office_before_a_rank_is_the_role() {
        let ms = mentions("ورأى أستاذ علم الاجتماع في جامعة دمشق الدكتور سامر الحلبي أن الهجرة ستتراجع.");
        let p = ms.iter().find(|(_, k, _)| *k == EntityType::Person).expect("the professor is found");
        assert_eq!(p.2.as_deref(), Some("أستاذ علم الاجتماع في جامعة دمشق"), "{ms:?}");
    }

    #[test]
    fn a_name_in_the_title_of_a_work_is_no_person() {
        let ms = mentions("وفاز فيلم \"رسائل إلى مريم\" للمخرجة سلمى حداد بالجائزة الكبرى.");
        assert!(!ms.iter().any(|(n, _, _)| n.contains("مريم")), "{ms:?}");
        // Outside the marks the same name is a person.
        let ms = mentions("وقالت الطالبة مريم حداد إن الامتحان كان سهلا.");
        assert!(has(&ms, "مريم حداد", EntityType::Person), "{ms:?}");
    }

    #[test]
    fn an_organisation_named_after_its_head_takes_its_lam_phrase_and_gives_a_role() {
        let ms = mentions("وقال الرئيس التنفيذي لهيئة عمان للاستثمار سعيد البلوشي إن الأرباح تضاعفت.");
        assert!(has(&ms, "هيئة عمان للاستثمار", EntityType::Organization), "{ms:?}");
        let p = ms.iter().find(|(_, k, _)| *k == EntityType::Person).expect("the chief executive is found");
        assert_eq!(p.2.as_deref(), Some("الرئيس التنفيذي لهيئة عمان للاستثمار"), "{ms:?}");
    }

    #[test]
    fn a_speech_verb_ends_a_name_and_abd_is_no_title_complement() {
        let ms = mentions("غير أن المتحدث باسم الجيش العميد سامي عبد الله نفى سقوط المدينة.");
        assert!(!ms.iter().any(|(n, _, _)| n.contains("نفى")), "{ms:?}");
        let ms = mentions("وصرح رئيسها عبد الكريم حساني بأن الحزب سيقاطع الانتخابات.");
        let p = ms.iter().find(|(_, k, _)| *k == EntityType::Person).expect("the party's head is found");
        assert_eq!((p.0.as_str(), p.2.as_deref()), ("عبد الكريم حساني", Some("رئيسها")), "{ms:?}");
    }

    #[test]
    fn a_title_in_a_field_then_a_name_and_a_head_before_a_quoted_name() {
        let ms = mentions("وقالت الباحثة المتخصصة في الطاقة المتجددة سلمى الخطيب إن الأسعار ستنخفض.");
        let p = ms.iter().find(|(_, k, _)| *k == EntityType::Person).expect("the researcher is found");
        assert_eq!((p.0.as_str(), p.2.as_deref()), ("سلمى الخطيب", Some("الباحثة المتخصصة في الطاقة المتجددة")), "{ms:?}");
        let ms = mentions("وقال في حديث لإذاعة \"نغم\" إن البرنامج سيستمر.");
        assert!(has(&ms, "نغم", EntityType::Organization), "{ms:?}");
    }

    #[test]
    fn a_title_then_fi_and_a_place_that_ends_the_text() {
        // Found by the property test: the place's end is past the last token.
        let ms = mentions("قال مسؤول في لروسيا ");
        assert!(has(&ms, "روسيا", EntityType::Place), "{ms:?}");
    }

    #[test]
    fn a_title_that_is_also_a_given_name_inside_a_name() {
        let ms = mentions("واعترف مدرب الفريق سامي أمين الحداد بأن اللاعبين كانوا متعبين.");
        assert!(ms.iter().any(|(n, k, _)| *k == EntityType::Person && n.starts_with("سامي أمين")), "{ms:?}");
    }

    #[test]
    fn a_titles_complement_is_no_organisation() {
        let ms = mentions("ولي العهد السعودي يستقبل وزير الخارجية الأردني في جدة");
        assert!(!ms.iter().any(|(n, k, _)| *k == EntityType::Organization && (n.contains("العهد") || n.contains("الخارجية"))), "{ms:?}");
    }

    #[test]
    fn a_title_that_is_a_given_name_after_an_adjective_starts_the_name() {
        let ms = mentions("وفق ما ذكره رئيسها التنفيذي أمين الخطيب للصحفيين.");
        let p = ms.iter().find(|(_, k, _)| *k == EntityType::Person).expect("the chief executive is found");
        assert_eq!((p.0.as_str(), p.2.as_deref()), ("أمين الخطيب", Some("رئيسها التنفيذي")), "{ms:?}");
        // "رئيس" after a definite word still continues the title.
        let ms = mentions("واستقبل ولي العهد رئيس مجلس الوزراء الأمير سلمان بن حمد الوفد.");
        let p = ms.iter().find(|(_, k, _)| *k == EntityType::Person).expect("the crown prince is found");
        assert_eq!(p.2.as_deref(), Some("ولي العهد رئيس مجلس الوزراء"), "{ms:?}");
    }

    #[test]
    fn al_din_continues_a_name_and_ala_is_never_the_surname_ali() {
        let ms = mentions("وقال وزير الصحة كمال ناصر الدين إن المستشفيات جاهزة.");
        assert!(has(&ms, "كمال ناصر الدين", EntityType::Person), "{ms:?}");
        let ms = mentions("وقال المزارع الطاهر بن علي إن الموسم صعب، وأكد بن علي أن الأسعار تراجعت وأن العمال يطالبون على الدوام بأجور أعلى.");
        assert!(!ms.iter().any(|(n, _, _)| n == "على"), "{ms:?}");
    }

    #[test]
    fn a_name_after_a_title_and_a_club_starts_after_the_club() {
        let ms = mentions("وقال مدرب ريال مدريد كارلوس مارتينيز بعد المباراة إن الفوز مستحق.");
        let p = ms.iter().find(|(_, k, _)| *k == EntityType::Person).expect("the coach is found");
        assert_eq!((p.0.as_str(), p.2.as_deref()), ("كارلوس مارتينيز", Some("مدرب ريال مدريد")), "{ms:?}");
    }

    #[test]
    fn a_regnal_number_is_part_of_the_name_and_no_family_name() {
        let ms = mentions("واستقبل الملك فيصل الثاني الوفد، وقال البابا يوحنا الرابع عشر إن اللقاء مثمر. وبعد عشر دقائق انتهى اللقاء.");
        assert!(has(&ms, "فيصل الثاني", EntityType::Person), "{ms:?}");
        assert!(has(&ms, "يوحنا الرابع عشر", EntityType::Person), "{ms:?}");
        assert!(!ms.iter().any(|(n, _, _)| n == "عشر"), "{ms:?}");
    }

    #[test]
    fn a_second_noun_joined_by_wa_is_part_of_an_organisations_name() {
        let ms = mentions("وأعلن حزب الحرية والعدالة فوزه في الانتخابات، فيما أعلنت الشرطة والجيش حالة التأهب.");
        assert!(has(&ms, "حزب الحرية والعدالة", EntityType::Organization), "{ms:?}");
        assert!(!ms.iter().any(|(n, _, _)| n.contains("والجيش")), "{ms:?}");
    }

    #[test]
    fn a_describing_word_before_a_given_name_is_not_part_of_the_name() {
        let ms = mentions("وفي المغرب، قال الطالب يوسف العلمي (22 عاما) لوكالة الأنباء: «لا أرى مستقبلا هنا».");
        assert!(!ms.iter().any(|(n, _, _)| n.starts_with("الطالب")), "{ms:?}");
    }

    #[test]
    fn a_rank_ends_an_organisation_and_a_nisba_that_is_a_given_name_starts_a_name() {
        let ms = mentions("وهو ما نفاه المتحدث باسم التحالف العميد تركي الحربي في بيان.");
        assert!(!ms.iter().any(|(n, k, _)| *k == EntityType::Organization && n.contains("العميد")), "{ms:?}");
        let p = ms.iter().find(|(_, k, _)| *k == EntityType::Person).expect("the spokesman is found");
        assert_eq!(p.0, "تركي الحربي", "{ms:?}");
    }

    #[test]
    fn a_title_may_run_into_the_organisation_named_after_it() {
        let ms = mentions("وقال عضو المكتب السياسي للجبهة الشعبية لتحرير فلسطين سامر الخطيب إن المراسيم لم تنفذ.");
        let p = ms.iter().find(|(_, k, _)| *k == EntityType::Person).expect("the member is found");
        assert_eq!(p.2.as_deref(), Some("عضو المكتب السياسي للجبهة الشعبية لتحرير فلسطين"), "{ms:?}");
        assert!(!ms.iter().any(|(n, k, _)| *k == EntityType::Person && n.contains("تحرير")), "{ms:?}");
    }

    #[test]
    fn a_kind_of_company_a_quoted_firm_and_a_given_name_that_is_a_title_after_a_rank() {
        let ms = mentions("واستحوذت الشركة على حصة في شركة نفط كندية مقابل ملياري دولار.");
        assert!(!ms.iter().any(|(n, _, _)| n.contains("كندية")), "{ms:?}");
        let ms = mentions("وقال الرئيس التنفيذي للشركة الدكتور سلطان أحمد المري إن الصفقة مهمة.");
        assert!(has(&ms, "سلطان أحمد المري", EntityType::Person), "{ms:?}");
    }

    #[test]
    fn a_disease_or_a_storm_before_its_name_is_no_person() {
        for text in ["وأعلنت الوزارة انتهاء تفشي فيروس ماربورغ في الإقليم.", "وضرب إعصار ميلتون سواحل الولاية ليلا."] {
            let ms = mentions(text);
            assert!(!ms.iter().any(|(_, k, _)| *k == EntityType::Person), "{ms:?}");
        }
    }

    #[test]
    fn a_clubs_president_is_not_part_of_the_clubs_name() {
        let ms = mentions("وحمل رئيس نادي الزمالك حسين لبيب الحكام مسؤولية الخسارة.");
        assert!(!ms.iter().any(|(n, k, _)| *k == EntityType::Organization && n.contains("حسين")), "{ms:?}");
    }

    #[test]
    fn a_city_the_tagger_reads_as_a_club_in_a_sports_report_is_the_club() {
        let text = "ليفربول يتعادل مع بورتو\nوتعادل ليفربول مع ضيفه بورتو سلبيا في الدوري.\nوزار الوزير مدينة بورتو أمس.";
        let ms = mentions(text);
        let kinds = |name: &str| ms.iter().filter(|(n, _, _)| n == name).map(|(_, k, _)| *k).collect::<Vec<_>>();
        assert_eq!(kinds("ليفربول"), [EntityType::Organization; 2], "{ms:?}");
        assert_eq!(kinds("بورتو"), [EntityType::Organization, EntityType::Organization, EntityType::Place], "{ms:?}");
        // Outside a sports report the city stays a place, whatever the tagger says.
        assert!(has(&mentions("وأسفر الحادث عن مقتل 38 شخصا بالقرب من غروزني."), "غروزني", EntityType::Place));
    }

    #[test]
    fn a_national_body_named_by_its_country_and_a_lam_phrase_is_an_organisation() {
        let ms = mentions("وقال المرصد السوري لحقوق الإنسان إن القصف استمر، وأكدت الرابطة التونسية للدفاع عن الحريات أنها ستتابع الملف.");
        assert!(has(&ms, "المرصد السوري لحقوق الإنسان", EntityType::Organization), "{ms:?}");
        // Without its own phrase, the country's body is described, not named.
        let ms = mentions("وأعلنت الشركة القطرية أنها ستبني المصنع، وقال النادي الكتالوني إنه يرفض العرض.");
        assert!(!ms.iter().any(|(_, k, _)| *k == EntityType::Organization), "{ms:?}");
    }

    #[test]
    fn a_preposition_ends_a_name_and_a_title_alone_or_a_programmes_title_names_no_one() {
        let ms = mentions("وقال أحمد ولد سيدي محمد أمام هيئة الحكم إنه بريء.");
        assert!(!ms.iter().any(|(n, _, _)| n.contains("أمام")), "{ms:?}");
        let ms = mentions("وكذلك الحال بالنسبة للفنان محمود قابيل حيث قدم برنامجا بعنوان « مانشيت » على قناة النيل.");
        assert!(has(&ms, "محمود قابيل", EntityType::Person), "{ms:?}");
        assert!(!ms.iter().any(|(n, _, _)| n.contains("الفنان") || n.contains("مانشيت")), "{ms:?}");
        // A definite dual, the two sides, is no one either.
        let ms = mentions("وأكد الجانبان أن العلاقات قوية.");
        assert!(ms.is_empty(), "{ms:?}");
    }

    #[test]
    fn a_title_over_a_known_organisation_and_the_place_it_is_sent_to_gives_the_role() {
        let ms = mentions("وقالت رئيسة بعثة صندوق النقد الدولي إلى الأردن ماريا فيرنانديز إن الاقتصاد صامد.");
        assert!(ms.iter().any(|(n, k, r)| n == "ماريا فيرنانديز" && *k == EntityType::Person && r.as_deref() == Some("رئيسة بعثة صندوق النقد الدولي إلى الأردن")), "{ms:?}");
        let ms = mentions("وفي قرية بازوايا شرقي الموصل غرقت البيوت.");
        assert!(has(&ms, "بازوايا", EntityType::Place), "{ms:?}");
    }

    #[test]
    fn a_sports_report_keeps_clubs_goals_and_coaches_apart() {
        let text = "فاز مانشستر يونايتد على ضيفه بثلاثة أهداف.\nوسجل النجم المصري محمد صلاح هدفين في المباراة.\nوقال مدرب مانشستر يونايتد روبن أموريم إن فريقه لعب جيدا.\nأما مدرب يونايتد روبن أموريم فاعترف بأن فريقه \"لم يكن جاهزا ذهنيا\".\nوبهذا الفوز ابتعد الفريق بفارق خمس نقاط عن برشلونة الثاني.";
        let ms = mentions(text);
        assert!(has(&ms, "محمد صلاح", EntityType::Person), "{ms:?}");
        assert!(ms.iter().any(|(n, _, r)| n == "روبن أموريم" && r.as_deref() == Some("مدرب مانشستر يونايتد")), "{ms:?}");
        // The club's short name after the title is the title's, not the coach's first name.
        assert!(!ms.iter().any(|(n, k, _)| *k == EntityType::Person && n.contains("يونايتد")), "{ms:?}");
        assert!(ms.iter().any(|(_, _, r)| r.as_deref() == Some("مدرب يونايتد")), "{ms:?}");
        assert!(!ms.iter().any(|(n, _, _)| n.contains("الثاني") || n.contains("هدفين")), "{ms:?}");
        // The host is the club's role, not part of its name.
        assert!(has(&mentions("وتعادل بورتو سلبيا أمام مضيفه ليون في الدوري."), "ليون", EntityType::Organization));
        // A feminine adjective after a king's given name is no family name.
        let ms = mentions("وتقام المباراة على ملعب مدينة الملك عبدالله الرياضية في جدة.");
        assert!(!ms.iter().any(|(n, _, _)| n.contains("الرياضية")), "{ms:?}");
    }

    #[test]
    fn a_verb_in_a_headline_a_given_name_alone_and_a_title_over_a_liberation_front() {
        let ms = mentions("شيخ الأزهر يستقبل بابا الفاتيكان في القاهرة");
        assert!(!ms.iter().any(|(n, _, _)| n.contains("يستقبل")), "{ms:?}");
        let ms = mentions("وأكدت الحكومة أنها لن تتردد في اتخاذ موقف حازم في المواقف الثنائية.");
        assert!(!ms.iter().any(|(_, k, _)| *k == EntityType::Person), "{ms:?}");
        let ms = mentions("شكك عضو المكتب السياسي للجبهة الشعبية لتحرير فلسطين ماهر الطاهر في جدية الإعلان.");
        assert!(ms.iter().any(|(n, _, r)| n == "ماهر الطاهر" && r.as_deref() == Some("عضو المكتب السياسي للجبهة الشعبية لتحرير فلسطين")), "{ms:?}");
    }

    #[test]
    fn long_titles_with_lam_phrases_and_a_field_in_construct_and_named_agencies() {
        let ms = mentions("من جهتها، شددت وزيرة الدولة لشؤون التنمية الإدارية في حكومة تصريف الأعمال ريما صعب على أن الفراغ خطير.");
        assert!(ms.iter().any(|(n, _, r)| n == "ريما صعب" && r.as_deref() == Some("وزيرة الدولة لشؤون التنمية الإدارية في حكومة تصريف الأعمال")), "{ms:?}");
        let ms = mentions("بدوره، أكد رئيس اتحاد غرف التجارة السورية سعيد قباني أن القطاع الخاص جاهز.");
        assert!(ms.iter().any(|(n, _, r)| n == "سعيد قباني" && r.as_deref() == Some("رئيس اتحاد غرف التجارة السورية")), "{ms:?}");
        let ms = mentions("وأفادت الوكالة الوطنية للإعلام بأن الرئيس سيستقبل ممثلي ستين منظمة إقليمية ودولية.");
        assert!(has(&ms, "الوكالة الوطنية للإعلام", EntityType::Organization), "{ms:?}");
        assert!(!ms.iter().any(|(n, _, _)| n.contains("إقليمية")), "{ms:?}");
    }

    #[test]
    fn second_titles_names_with_fa_and_madda_and_a_title_over_a_pronoun() {
        let ms = mentions("وقالت منسقة الأمم المتحدة المقيمة ومنسقة الشؤون الإنسانية في السودان آنا فيريرا إن الأطفال يموتون.");
        assert!(ms.iter().any(|(n, _, r)| n == "آنا فيريرا" && r.as_deref() == Some("منسقة الأمم المتحدة المقيمة ومنسقة الشؤون الإنسانية في السودان")), "{ms:?}");
        let ms = mentions("قبل أن يوافق رئيس وزرائها فيكتور أوربان على الحزمة.");
        assert!(ms.iter().any(|(n, _, r)| n == "فيكتور أوربان" && r.as_deref() == Some("رئيس وزرائها")), "{ms:?}");
        let ms = mentions("وأعلنت المفوضية العليا المستقلة للانتخابات النتائج، ونزح الآلاف إلى مخيم زمزم قرب الفاشر.");
        assert!(has(&ms, "المفوضية العليا المستقلة للانتخابات", EntityType::Organization), "{ms:?}");
        assert!(has(&ms, "زمزم", EntityType::Place), "{ms:?}");
        let ms = mentions("واعتبر جمال العبيدي، أستاذ العلوم السياسية، أن النسبة متدنية. ورأى العبيدي أن الأحزاب ستحافظ على نفوذها.");
        assert!(!ms.iter().any(|(n, _, _)| n.contains("ورأى")), "{ms:?}");
    }

    #[test]
    fn campaigns_and_slogans_name_no_one_and_long_titles_reach_their_names() {
        let ms = mentions("وكان الجهاز قد أطلق حملة «اشترِ بأمان» تحت شعار «حقك محفوظ» الشهر الماضي.");
        assert!(ms.is_empty(), "{ms:?}");
        let ms = mentions("من جهته، قال المتحدث باسم مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية في غزة أمين السقا: \"فرقنا تعمل\".");
        assert!(ms.iter().any(|(n, _, r)| n == "أمين السقا" && r.as_deref() == Some("المتحدث باسم مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية في غزة")), "{ms:?}");
        let ms = mentions("وقال وزير الدولة للشؤون النيابية والقانونية والتواصل السياسي المستشار هشام عبد الجواد أمام الجلسة إن القانون ضروري.");
        assert!(ms.iter().any(|(n, _, r)| n == "هشام عبد الجواد" && r.as_deref() == Some("وزير الدولة للشؤون النيابية والقانونية والتواصل السياسي")), "{ms:?}");
        // The preposition أمام is not the title إمام.
        let ms = mentions("ووقف أمام محمد صالح عشرات المتظاهرين.");
        assert!(!ms.iter().any(|(_, _, r)| r.as_deref() == Some("أمام")), "{ms:?}");
    }

    #[test]
    fn a_hyphen_with_no_space_around_it_joins_a_names_words() {
        let ms = mentions("وقال نائب رئيس مايكروسوفت جان-لوك مارتان إن الشراكة مهمة.\nفيما قال رئيس قطاع الحلول في سامسونغ كيم جي-هون: «نرى فرصا كبيرة».");
        assert!(has(&ms, "جان-لوك مارتان", EntityType::Person), "{ms:?}");
        assert!(has(&ms, "كيم جي-هون", EntityType::Person), "{ms:?}");
        // A score's dash, with spaces, joins nothing.
        let ms = mentions("وفاز الفريق 2 - 1 على ضيفه.");
        assert!(!ms.iter().any(|(n, _, _)| n.contains('-')), "{ms:?}");
    }

    #[test]
    fn a_title_inside_another_persons_apposition_is_no_person() {
        let ms = mentions("في المقابل، اعتبر الكرواتي دراغان ماركوفيتش، مدرب بيراميدز، أن قرار الطرد قاس.");
        assert!(ms.iter().any(|(n, _, r)| n == "دراغان ماركوفيتش" && r.as_deref() == Some("مدرب بيراميدز")), "{ms:?}");
        assert!(!ms.iter().any(|(n, k, _)| n == "بيراميدز" && *k == EntityType::Person), "{ms:?}");
    }

    #[test]
    fn a_place_word_in_a_speakers_name_vouched_by_an_apposition_is_a_surname() {
        let ms = mentions("«السوق كانت تسعّر زيادة الإمدادات»، قالت كاثرين ويلز، رئيسة أبحاث السلع في بنك «غولدمان ساكس».");
        assert!(ms.iter().any(|(n, k, r)| n == "كاثرين ويلز" && *k == EntityType::Person && r.as_deref() == Some("رئيسة أبحاث السلع في بنك «غولدمان ساكس»")), "{ms:?}");
        assert!(!ms.iter().any(|(_, k, _)| *k == EntityType::Place), "{ms:?}");
    }

    #[test]
    fn a_name_set_off_by_commas_after_its_title_takes_the_title() {
        let ms = mentions("قال المدير العام للوكالة الدولية للطاقة الذرية (IAEA)، ماركوس هالفورسن، إن المفتشين ممنوعون.\nوفي طهران، رد المتحدث باسم وزارة الخارجية الإيرانية، مهدي رضائيان، في مؤتمره قائلا: «نرفض الضغوط».\nوأكد وزير العدل، عبد الحق الإدريسي، أن الحكومة ماضية.");
        for (name, role) in [("ماركوس هالفورسن", "المدير العام للوكالة الدولية للطاقة الذرية"), ("مهدي رضائيان", "المتحدث باسم وزارة الخارجية الإيرانية"), ("عبد الحق الإدريسي", "وزير العدل")] {
            assert!(ms.iter().any(|(n, _, r)| n == name && r.as_deref() == Some(role)), "{name}: {ms:?}");
        }
        // A name of three words, and a name before a colon.
        let ms = mentions("وقال وزير الصحة، عثمان الطيب إدريس، في مؤتمر صحفي إن الفرق جاهزة.\nوقال الأمين العام لحركة الشعب، لطفي الدريدي: «النتيجة مهمة».");
        assert!(ms.iter().any(|(n, _, r)| n == "عثمان الطيب إدريس" && r.as_deref() == Some("وزير الصحة")), "{ms:?}");
        assert!(ms.iter().any(|(n, _, r)| n == "لطفي الدريدي" && r.as_deref() == Some("الأمين العام لحركة الشعب")), "{ms:?}");
        // After more words of the title, and with a rank before the name.
        let ms = mentions("وقال القيادي في حركة حماس، سامي أبو شمالة، للجزيرة إن المقاومة ملتزمة.\nوقال المتحدث الرسمي باسم وزارة الخارجية القطرية، الدكتور عبدالعزيز الكواري، في مؤتمر صحفي: «الوساطة نجحت».");
        assert!(ms.iter().any(|(n, _, r)| n == "سامي أبو شمالة" && r.as_deref() == Some("القيادي في حركة حماس")), "{ms:?}");
        assert!(ms.iter().any(|(n, _, r)| n == "عبدالعزيز الكواري" && r.as_deref() == Some("المتحدث الرسمي باسم وزارة الخارجية القطرية")), "{ms:?}");
        // Words set off by commas that are no name stay out.
        let ms = mentions("وأجرت الوزيرة مباحثات مع نظيرها الروماني، وتوقع اتفاقيتين، الأولى للطاقة.");
        assert!(!ms.iter().any(|(n, _, _)| n.contains("اتفاقيتين")), "{ms:?}");
    }

    #[test]
    fn currencies_verbal_nouns_and_a_quoted_organisation_in_a_title() {
        let ms = mentions("وقال النائب فهد العتيبي إن العجز يبلغ ٥٫٦ مليار دينار.\nفيما أعلن الرئيس تأجيل بند الاستجواب إلى الجلسة المقبلة.");
        assert!(!ms.iter().any(|(n, _, _)| n.contains("دينار") || n.contains("تأجيل")), "{ms:?}");
        let ms = mentions("وقال رئيس «آفاد»، أوكتاي يلدريم، في تصريحات للصحفيين: «فرقنا تعمل».");
        assert!(ms.iter().any(|(n, _, r)| n == "أوكتاي يلدريم" && r.as_deref() == Some("رئيس «آفاد»")), "{ms:?}");
    }

    #[test]
    fn a_common_adjective_after_a_place_head_is_no_place() {
        let ms = mentions("وفي مخيم صغير على أطراف البلدة تجلس الأسرة، وتقيم أختها في مخيم مجاور.");
        assert!(!ms.iter().any(|(n, _, _)| n.contains("صغير") || n.contains("مجاور")), "{ms:?}");
    }

    #[test]
    fn places_listed_after_a_plural_place_head() {
        let ms = mentions("وسجلت الوزارة حالات جديدة في محافظتي الزرقاء والمفرق خلال الأسبوع.\nوتخدم المحطة قرى العامرية وكينج مريوط وأجزاء من المدينة.\nوضربت العاصفة مدينتي بلانتاير وزومبا جنوبي البلاد.");
        for place in ["الزرقاء", "المفرق", "العامرية", "كينج مريوط", "زومبا"] {
            assert!(ms.iter().any(|(n, k, _)| n == place && *k == EntityType::Place), "{place}: {ms:?}");
        }
        assert!(!ms.iter().any(|(n, _, _)| n.contains("أجزاء") || n.contains("جنوبي") || n.contains("خلال")), "{ms:?}");
        // Not a list of names: adjectives, regions of a country, one name alone.
        let ms = mentions("وتعاني مدن كبرى ومتوسطة من الازدحام، فيما تصوت محافظات الوسط والجنوب للأحزاب القديمة، وتضررت قرى وبلدات كثيرة.");
        assert!(!ms.iter().any(|(_, k, _)| *k == EntityType::Place), "{ms:?}");
    }

    #[test]
    fn long_organisation_names_and_a_body_referred_to_again() {
        let ms = mentions("وحضر التوقيع ممثلون عن الهيئة العامة للمناطق الاقتصادية الخاصة والمناطق الحرة ووزارة النقل والاتصالات وتقنية المعلومات.\nوقال المتحدث إن المنظمة الدولية تتابع الوضع.\nووقّع جهاز الاستثمار العماني اتفاقية جديدة.");
        for org in ["الهيئة العامة للمناطق الاقتصادية الخاصة والمناطق الحرة", "وزارة النقل والاتصالات وتقنية المعلومات", "جهاز الاستثمار العماني"] {
            assert!(ms.iter().any(|(n, k, _)| n == org && *k == EntityType::Organization), "{org}: {ms:?}");
        }
        assert!(!ms.iter().any(|(n, _, _)| n.contains("الدولية") || n.contains("اتفاقية")), "{ms:?}");
    }

    #[test]
    fn a_province_named_like_a_channel_a_dateline_and_names_with_inner_articles() {
        let ms = mentions("بورتسودان: «الشرق الأوسط»\nنزح آلاف من ولاية الجزيرة والخرطوم، بحسب ما قالت قناة الجزيرة.\nونقلت الوكالة عن والي كسلا، اللواء عبد المنعم الطيب حمدان، قوله إن المراكز افتتحت.\nوأكدت ريم بنت خالد البلوشية، المديرة العامة للاستثمار، أن الحوافز كافية.");
        let kinds = |name: &str| ms.iter().filter(|(n, _, _)| n == name).map(|(_, k, _)| *k).collect::<Vec<_>>();
        assert_eq!(kinds("الشرق الأوسط"), [EntityType::Organization], "{ms:?}");
        assert_eq!(kinds("الجزيرة"), [EntityType::Place, EntityType::Organization], "{ms:?}");
        assert_eq!(kinds("عبد المنعم الطيب حمدان"), [EntityType::Person], "{ms:?}");
        assert_eq!(kinds("ريم بنت خالد البلوشية"), [EntityType::Person], "{ms:?}");
        let ms = mentions("أنقرة/ الأناضول\nوترأست البعثة الخبيرة الإيطالية كيارا مونتيفيوري.\nوقالت النائبة شيرين هورامي لشفق نيوز إن الكتلة ستطالب باستضافة الوزير.");
        let kinds = |name: &str| ms.iter().filter(|(n, _, _)| n == name).map(|(_, k, _)| *k).collect::<Vec<_>>();
        assert_eq!(kinds("الأناضول"), [EntityType::Organization], "{ms:?}");
        assert_eq!(kinds("شفق نيوز"), [EntityType::Organization], "{ms:?}");
        assert!(!ms.iter().any(|(n, _, _)| n.starts_with("البعثة") || n.contains("لشفق")), "{ms:?}");
    }

    #[test]
    fn titles_in_a_government_names_ending_in_a_place_and_family_names_before_a_pause() {
        let ms = mentions("وقف على الباب. قال وزير المالية بحكومة الوحدة الوطنية مصطفى علي التاجوري، مؤكداً أن الخطة جاهزة.\nوسجل المهاجم البرازيلي رافائيل سانتوس ليما في الدقيقة 28 على استاد هزاع بن زايد.\nورفض التعليق على قرار الحكم عادل خميس النقبي. وأوقفت الهيئة موظفين في أمانة منطقة الرياض.");
        assert!(ms.iter().any(|(n, k, r)| n == "مصطفى علي التاجوري" && *k == EntityType::Person && r.as_deref() == Some("وزير المالية بحكومة الوحدة الوطنية")), "{ms:?}");
        assert!(has(&ms, "حكومة الوحدة الوطنية", EntityType::Organization), "{ms:?}");
        assert!(has(&ms, "رافائيل سانتوس ليما", EntityType::Person), "{ms:?}");
        assert!(has(&ms, "استاد هزاع بن زايد", EntityType::Place), "{ms:?}");
        assert!(has(&ms, "عادل خميس النقبي", EntityType::Person), "{ms:?}");
        assert!(has(&ms, "أمانة منطقة الرياض", EntityType::Organization), "{ms:?}");
        assert!(!ms.iter().any(|(n, _, _)| n == "ليما" || n == "هزاع بن زايد"), "{ms:?}");
    }

    #[test]
    fn a_place_after_an_organisation_a_hyphenated_region_an_outlet_and_a_currency() {
        let ms = mentions("وقال أستاذ الاقتصاد بجامعة ابن زهر بأكادير إن جهة بني ملال-خنيفرة تحتاج ٩٠ مليون درهم.\nوقال مصدر لوكالة الأناضول إن الحوار مستمر، وأفاد مراسل الأناضول بأن الوفد غادر. وزار الوزير بلدة عين الحلوة.");
        assert!(has(&ms, "جامعة ابن زهر", EntityType::Organization), "{ms:?}");
        assert!(has(&ms, "أكادير", EntityType::Place), "{ms:?}");
        assert!(has(&ms, "بني ملال-خنيفرة", EntityType::Place), "{ms:?}");
        assert!(has(&ms, "عين الحلوة", EntityType::Place), "{ms:?}");
        assert!(!ms.iter().any(|(n, k, _)| n == "الأناضول" && *k != EntityType::Organization), "{ms:?}");
        assert!(!ms.iter().any(|(n, _, _)| n.contains("درهم") || n.contains("بلدة")), "{ms:?}");
    }

    #[test]
    fn a_hyphenated_name_a_link_word_in_a_place_list_and_adjectives_of_bodies() {
        let ms = mentions("وقال رئيس قطاع الحلول في سامسونغ كيم جي-هون: «نرى نمواً سريعاً».\nوشهدت ولايات صفاقس وقفصة وسيدي بوزيد إضرابات.\nوقالت لجنة التشريع العام إن المشروع جاهز، وتمسك المتهم بأنه لم يمس الأمن العام.");
        assert!(has(&ms, "كيم جي-هون", EntityType::Person), "{ms:?}");
        assert!(has(&ms, "سيدي بوزيد", EntityType::Place), "{ms:?}");
        assert!(has(&ms, "لجنة التشريع العام", EntityType::Organization), "{ms:?}");
        assert!(!ms.iter().any(|(n, _, _)| n.contains("الأمن")), "{ms:?}");
    }

    #[test]
    fn a_list_of_sites_and_towns_after_like_and_a_group_with_its_field() {
        let ms = mentions("وتعتزم مجموعة المكتب الشريف للفوسفات ضخ استثمارات جديدة في مواقع خريبكة واليوسفية وبن جرير.\nوأضاف أن مدناً مثل خريبكة ووادي زم وأبي الجعد لم تستفد من الثروة.");
        for place in ["خريبكة", "اليوسفية", "بن جرير", "وادي زم", "أبي الجعد"] {
            assert!(has(&ms, place, EntityType::Place), "{place}: {ms:?}");
        }
        assert!(has(&ms, "مجموعة المكتب الشريف للفوسفات", EntityType::Organization), "{ms:?}");
    }

    #[test]
    fn a_governor_s_title_and_a_name_the_tagger_splits() {
        let ms = mentions("وفي سياق متصل، اعتبر والي بنك المغرب، عبد الكريم الشرقاوي، أن أداء القطاع ساهم في النمو.\nوفي منطقة شعم، قالت عائشة محمد الزعابي، وهي أم لخمسة أبناء، إن أسرتها تنتظر مسكناً.");
        assert!(ms.iter().any(|(n, k, r)| n == "عبد الكريم الشرقاوي" && *k == EntityType::Person && r.as_deref() == Some("والي بنك المغرب")), "{ms:?}");
        assert!(has(&ms, "عائشة محمد الزعابي", EntityType::Person), "{ms:?}");
    }

    #[test]
    fn organisation_names_run_through_nouns_in_alif_maqsura_and_longer_lam_phrases() {
        let ms = mentions("ناقشت لجنة القوى العاملة بمجلس النواب المشروع مع رئيس الاتحاد العام لنقابات عمال مصر، ثم زارت المركز الوطني لعلاج وأبحاث السرطان، وقدّر البنك الدولي لكلفة إعادة الإعمار رقماً كبيراً.");
        assert!(has(&ms, "لجنة القوى العاملة", EntityType::Organization), "'القوى' is a noun, not an adjective ending the name: {ms:?}");
        assert!(has(&ms, "الاتحاد العام لنقابات عمال مصر", EntityType::Organization), "{ms:?}");
        assert!(has(&ms, "المركز الوطني لعلاج وأبحاث السرطان", EntityType::Organization), "{ms:?}");
        assert!(has(&ms, "البنك الدولي", EntityType::Organization), "the bank's estimate of a cost is not its name: {ms:?}");
    }

    #[test]
    fn names_of_parties_with_for_places_named_after_people_and_amazigh_place_names() {
        let ms = mentions("وفاز حزب الاتحاد من أجل الجمهورية، فيما قال تحالف القوى الديمقراطية من أجل التغيير إن النتائج مزورة. وأقيمت المباراة على استاد الأمير محمد بن فهد، ثم زار الوفد إقليم اشتوكة آيت باها.");
        assert!(has(&ms, "حزب الاتحاد من أجل الجمهورية", EntityType::Organization), "{ms:?}");
        assert!(has(&ms, "تحالف القوى الديمقراطية من أجل التغيير", EntityType::Organization), "{ms:?}");
        assert!(has(&ms, "استاد الأمير محمد بن فهد", EntityType::Place), "{ms:?}");
        assert!(!ms.iter().any(|(_, k, _)| *k == EntityType::Person), "the prince is the stadium's name here: {ms:?}");
        assert!(has(&ms, "اشتوكة آيت باها", EntityType::Place), "{ms:?}");
    }

    #[test]
    fn a_word_of_two_letters_after_its_clitic_is_no_name_unless_known() {
        let ms = mentions("وأبدى النواب تحفظات على المشروع، خاصة ما يتعلق بسن الإحالة إلى المعاش ورفع سن التقاعد. وقال لي هسيين لونغ إن بلاده تتابع الملف.");
        assert!(!ms.iter().any(|(n, _, _)| n == "سن"), "'سن' is age: {ms:?}");
        assert!(has(&ms, "لي هسيين لونغ", EntityType::Person), "{ms:?}");
    }

    #[test]
    fn a_board_with_a_possessive_pronoun_is_part_of_the_title() {
        let ms = mentions("وقّع الاتفاقية عن الشركة رئيس مجلس إدارتها خليفة راشد بن دلموك.");
        assert!(has(&ms, "خليفة راشد بن دلموك", EntityType::Person), "{ms:?}");
        assert!(!ms.iter().any(|(_, k, _)| *k == EntityType::Organization), "'مجلس إدارتها' is its board, no organisation: {ms:?}");
    }

    #[test]
    fn an_agency_in_construct_with_a_place_and_words_that_only_look_definite() {
        // "وكالة" is no و + ك + ال + ة, nor "فالح" ف + ال + ح: the article needs two letters after it.
        let ms = mentions("ونقلت وكالة أنباء الإمارات عن وزير النفط فالح عبد الأمير الشمري قوله إن الإنتاج ارتفع، فيما قالت وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين إن المساعدات وصلت.");
        assert!(has(&ms, "وكالة أنباء الإمارات", EntityType::Organization), "{ms:?}");
        assert!(has(&ms, "فالح عبد الأمير الشمري", EntityType::Person), "{ms:?}");
        assert!(has(&ms, "وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين", EntityType::Organization), "{ms:?}");
    }

    #[test]
    fn an_organisation_ending_with_the_article_does_not_run_on_into_a_verb() {
        let ms = mentions("وأكد المتحدث أن الاتحاد السعودي لكرة القدم فتح تحقيقاً في أحداث المباراة، بعد أن توّج الوصل بكأس رابطة المحترفين لكرة القدم للمرة الثانية.");
        assert!(has(&ms, "الاتحاد السعودي لكرة القدم", EntityType::Organization), "{ms:?}");
        assert!(!ms.iter().any(|(n, _, _)| n.ends_with("فتح")), "{ms:?}");
    }

    #[test]
    fn a_noun_with_a_possessive_pronoun_completes_a_title_but_a_name_in_ta_marbuta_does_not() {
        let ms = mentions("وأشاد المدرب بلاعب وسطه فهد سالم العمري، فيما قالت المحامية نادية بوعزة إن موكلها بريء.");
        assert!(has(&ms, "فهد سالم العمري", EntityType::Person), "{ms:?}");
        assert!(has(&ms, "نادية بوعزة", EntityType::Person), "'نادية' is no 'نادي' + ه: {ms:?}");
    }

    #[test]
    fn an_ordinal_before_a_superlative_is_no_word_of_the_name_before_it() {
        let ms = mentions("ويعد ميناء الفجيرة ثاني أكبر مركز لتزويد السفن بالوقود في العالم، فيما قال الشيخ حمد بن جاسم آل ثاني إن الاتفاق مهم.");
        assert!(!ms.iter().any(|(n, _, _)| n.ends_with("الفجيرة ثاني")), "{ms:?}");
        assert!(has(&ms, "حمد بن جاسم آل ثاني", EntityType::Person), "{ms:?}");
    }

    #[test]
    fn security_as_a_concept_is_no_security_force() {
        let ms = mentions("وبحث الوزراء قضايا الأمن الغذائي والأمن المائي والأمن الإقليمي والدولي، فيما اعتقلت قوات الأمن الوطني الفلسطيني مشتبهاً.");
        assert!(!ms.iter().any(|(n, _, _)| n.contains("الغذائي") || n.contains("المائي") || n.contains("الإقليمي")), "{ms:?}");
        assert!(has(&ms, "الأمن الوطني الفلسطيني", EntityType::Organization), "{ms:?}");
    }

    #[test]
    fn a_name_in_marks_after_its_head_outranks_a_known_name_inside_it() {
        let ms = mentions("ونقلت وكالة \"ريا نوفوستي\" عن مصدر دبلوماسي قوله إن المحادثات مثمرة.");
        assert!(has(&ms, "ريا نوفوستي", EntityType::Organization), "{ms:?}");
        assert!(!has(&ms, "نوفوستي", EntityType::Organization), "{ms:?}");
    }

    #[test]
    fn texts_cut_off_after_any_word_of_the_new_patterns_annotate() {
        // Each pattern reads words after its cue: a text may end anywhere after it.
        let text = "مسقط: «الشرق الأوسط»\nأنقرة/ الأناضول\nفي محافظتي الزرقاء والمفرق ومدناً مثل خريبكة ووادي زم وسيدي بوزيد، ولاية الجزيرة، عاصمة ولاية شمال دارفور، ميناءً ناجحاً.\nوقالت هورامي لشفق نيوز، ثم قال المتحدث باسم الوزارة، أوزان بيلغين، في بيان مكتوب، إن اللواء عبد المنعم الطيب حمدان، وأكدت ريم بنت خالد البلوشية، المديرة، أن الهيئة العامة للمناطق الاقتصادية الخاصة والمناطق الحرة ووزارة النقل والاتصالات وتقنية المعلومات ومجموعة المكتب الشريف للفوسفات.\nونقلت شبكة عنه قوله: «لا». ونقلت الوكالة عن وكيل الوزارة، سالم الكلباني، قوله إن كذا، كاشفة أن كذا، في حين رجّح نائب أن كذا، والتي قالت: «نعم».\nوزار الوزير بلدة عين الحلوة وجامعة ابن زهر بأكادير وجهة بني ملال-خنيفرة، وأفاد مراسل الأناضول وقال للأناضول إن ٩٠ مليون درهم، غير أن مصدراً طبياً كشف أن كذا، وطالب الحكومة بـ«خطة واضحة لإنهاء الأزمة».\nوناقشت لجنة القوى العاملة مع الاتحاد العام لنقابات عمال مصر والمركز الوطني لعلاج وأبحاث السرطان وتحالف القوى من أجل التغيير في استاد الأمير محمد بن فهد بإقليم اشتوكة آيت باها.\nوافتتح سعادة الدكتور خالد المهندي، وزير الصحة العامة، مكتب الأمم المتحدة لغرب أفريقيا والساحل ووكالة أنباء الإمارات ووكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين، ميناء الفجيرة ثاني أكبر.\nإن العقود تخضع للرقابة، ونافياً أن كذا، وأوضحت في تصريح لـ«الأيام» أن التحقيق بدأ. وسجل إيمانويل أوفوري أتا، ثم أوفوري، إن الفريق قدم مباراة في مطار القاهرة الدولي واستاد عبد العزيز الفولي ومحافظة الأحمدي ونهر.\nالوصل يتوج بالكأس.. وبيتروفيتش: «اللقب»\nوقال رئيس حركة مجتمع السلم (حمس)، الهولندية مراد، إن";
        let cuts = text.char_indices().filter(|&(_, c)| c == ' ' || c == '\n' || c == '،' || c == '-' || c == '«').map(|(i, _)| i);
        for cut in cuts {
            let doc = crate::annotate(&text[..cut]);
            assert!(doc.entities.iter().flat_map(|e| &e.mentions).all(|m| m.start < m.end), "{cut}");
        }
    }

    #[test]
    fn facilities_provinces_camps_and_rivers_named_by_a_word_with_the_article() {
        let ms = mentions("وصل الوفد إلى مطار القاهرة الدولي، ثم إلى استاد عبد العزيز الفولي، وزار محافظة الأحمدي ومخيم الهول ونهر العاصي وجبال النوبة.");
        for place in ["مطار القاهرة الدولي", "استاد عبد العزيز الفولي", "الأحمدي", "الهول", "نهر العاصي", "جبال النوبة"] {
            assert!(has(&ms, place, EntityType::Place), "{place}: {ms:?}");
        }
        // (After a relative pronoun comes a verb, whatever place shares its letters.)
        let ms = mentions("ويعد نهر العاصي، الذي ينبع من الأراضي اللبنانية، شريانا حيويا. وزار الوفد مدينة ينبع.");
        assert_eq!(ms.iter().filter(|(n, k, _)| n == "ينبع" && *k == EntityType::Place).count(), 1, "{ms:?}");
        // (People in the plural, a boycott and a span of time name no place.)
        let ms = mentions("وزار مخيم اللاجئين ودعا إلى مقاطعة الاقتراع في بحر الأسبوع.");
        assert!(ms.iter().all(|(_, k, _)| *k != EntityType::Place), "{ms:?}");
    }

    #[test]
    fn a_local_bodys_city_is_its_names_a_universitys_is_where_it_is_and_a_byline_is_a_reporter() {
        let ms = mentions("المحلة الكبرى - محمود الشناوي\nوخاطبت مديرية الصحة بسوهاج جامعة ابن زهر بأكادير.");
        assert!(has(&ms, "مديرية الصحة بسوهاج", EntityType::Organization), "{ms:?}");
        assert!(has(&ms, "جامعة ابن زهر", EntityType::Organization) && has(&ms, "أكادير", EntityType::Place), "{ms:?}");
        assert!(has(&ms, "محمود الشناوي", EntityType::Person), "{ms:?}");
    }

    #[test]
    fn al_amin_after_a_given_name_is_the_names_and_before_al_amm_a_secretary() {
        let ms = mentions("وأكد مدير الوكالة، محمد الأمين أوبلا، أن الوضع صعب. وقال الأمين العام للأمم المتحدة أنطونيو غوتيريش إن السلام ممكن.");
        assert!(has(&ms, "محمد الأمين أوبلا", EntityType::Person), "{ms:?}");
        assert!(ms.iter().any(|(n, k, r)| n == "أنطونيو غوتيريش" && *k == EntityType::Person && r.as_deref() == Some("الأمين العام للأمم المتحدة")), "{ms:?}");
    }

    #[test]
    fn a_title_set_off_by_a_comma_before_a_rank_and_a_name_is_the_role() {
        let ms = mentions("بدوره، رأى مدير الأبحاث في بنك الكويت الوطني، الدكتور يوسف البدر، أن إصلاح الدعوم ضروري.");
        assert!(ms.iter().any(|(n, _, r)| n == "يوسف البدر" && r.as_deref() == Some("مدير الأبحاث في بنك الكويت الوطني")), "{ms:?}");
    }

    #[test]
    fn a_title_in_construct_with_an_organisation_before_the_name_is_the_role() {
        let ms = mentions("من جهته، شدد رئيس بلدية القصر حسين علّوه على أن البلدية لم تعد قادرة. وقال أستاذ العلوم السياسية بجامعة تونس سليم الزغلامي إن السلطة مسؤولة.");
        assert!(ms.iter().any(|(n, _, r)| n == "حسين علّوه" && r.as_deref() == Some("رئيس بلدية القصر")), "{ms:?}");
        assert!(ms.iter().any(|(n, _, r)| n == "سليم الزغلامي" && r.as_deref() == Some("أستاذ العلوم السياسية بجامعة تونس")), "{ms:?}");
    }

    #[test]
    fn a_title_with_an_abbreviation_set_off_by_a_comma_before_the_name_is_the_role() {
        let ms = mentions("كما أعربت المتحدثة باسم حلف شمال الأطلسي (ناتو)، كريستين هولمبرغ، عن ثقة الحلف. وانتقد رئيس حركة مجتمع السلم (حمس)، مراد بوخلفة، غياب الشفافية.");
        assert!(ms.iter().any(|(n, _, r)| n == "كريستين هولمبرغ" && r.as_deref() == Some("المتحدثة باسم حلف شمال الأطلسي (ناتو)")), "{ms:?}");
        assert!(ms.iter().any(|(n, _, r)| n == "مراد بوخلفة" && r.as_deref() == Some("رئيس حركة مجتمع السلم (حمس)")), "{ms:?}");
    }

    #[test]
    fn a_phrase_after_a_preposition_with_no_known_name_is_no_person_unless_the_tagger_is_sure() {
        let ms = mentions("وقالت المتحدثة: «نعرف أن الناس ينتظرون بفارغ الصبر، لكن الدقة عندنا أهم من السرعة».");
        assert!(ms.iter().all(|(_, k, _)| *k != EntityType::Person), "{ms:?}");
    }

    #[test]
    fn kinship_set_off_after_a_name_is_its_role() {
        let ms = mentions("قالت عائشة محمد الزعابي، وهي أم لخمسة أبناء، لوكالة الأنباء إن أسرتها تنتظر. وقال أحمد العموش، والد طفلة في الثالثة من عمرها، إن الحملة تأخرت.");
        assert!(ms.iter().any(|(n, _, r)| n == "عائشة محمد الزعابي" && r.as_deref() == Some("أم لخمسة أبناء")), "{ms:?}");
        assert!(ms.iter().any(|(n, _, r)| n == "أحمد العموش" && r.as_deref() == Some("والد طفلة في الثالثة من عمرها")), "{ms:?}");
    }

    #[test]
    fn football_clubs_named_without_their_head_noun_are_organisations() {
        let ms = mentions("وتأهل غزل المحلة إلى نصف النهائي حيث يلاقي بيراميدز، بينما يلعب المصري البورسعيدي مع الإسماعيلي.");
        for club in ["غزل المحلة", "بيراميدز", "المصري البورسعيدي", "الإسماعيلي"] {
            assert!(has(&ms, club, EntityType::Organization), "{club}: {ms:?}");
        }
    }

    #[test]
    fn words_with_tanwin_name_nothing() {
        let ms = mentions("وقال المحلل إن الحوافز وحدها لا تصنع ميناءً ناجحاً؛ ما يصنعه هو حجم البضائع التي تمر عبره.");
        assert!(!ms.iter().any(|(n, _, _)| n.contains("ناجح")), "{ms:?}");
    }

    #[test]
    fn a_two_letter_name_word_after_a_clitic() {
        let ms = mentions("وسجلت معظم الوفيات في مخيم ود شريفي ومحيطه.\nوقالت المنظمة إنها عالجت مئات المرضى في مركزها بود شريفي، وإن فرقها تعمل ليلاً.");
        assert!(ms.iter().all(|(n, _, _)| n != "بود شريفي"), "{ms:?}");
        assert_eq!(ms.iter().filter(|(n, _, _)| n == "ود شريفي").count(), 2, "{ms:?}");
    }

    #[test]
    fn a_surname_the_tagger_reads_as_an_organisation_is_the_person() {
        let text = "وسجل المهاجم الصربي للهلال نيكولا فوكاشينوفيتش هدفين.\n«سجلت هدفين في أهم مباراة»، قال فوكاشينوفيتش بعد اللقاء.";
        let ms = mentions(text);
        assert!(ms.iter().filter(|(n, _, _)| n.contains("فوكاشينوفيتش")).all(|(_, k, _)| *k == EntityType::Person), "{ms:?}");
    }

    #[test]
    fn feminine_titles_in_iya_and_a_preposition_before_a_surname() {
        let ms = mentions("\"سنطعن في الحكم\"، قالت محامية الدفاع، أمل الرشيدي، للصحفيين.\nويرى الباحث فيصل المطيري أن الشراكة متينة. وبحسب المطيري، فإن المشاريع كثيرة.");
        assert!(ms.iter().any(|(n, _, r)| n == "أمل الرشيدي" && r.as_deref() == Some("محامية الدفاع")), "{ms:?}");
        assert!(!ms.iter().any(|(n, _, _)| n.contains("بحسب")), "{ms:?}");
    }

    #[test]
    fn the_host_or_the_guest_of_a_match_is_a_club_at_its_other_mentions_too() {
        // A match report written for this test: in it the tagger reads "بيراميدز" as a person at
        // most of its mentions.
        const REPORT: &str = "الأهلي يقلب الطاولة على بيراميدز ويفوز ٢-١ في قمة مثيرة بالدوري المصري\nكتب - محمد حسن:\nحقق النادي الأهلي فوزا ثمينا على ضيفه بيراميدز بنتيجة ٢-١، مساء الجمعة، على استاد القاهرة الدولي، ضمن منافسات الجولة الـ١٤ من الدوري المصري الممتاز، في مباراة شهدت ركلة جزاء وبطاقة حمراء وجدلا تحكيميا واسعا.\nوافتتح بيراميدز التسجيل في الدقيقة ٢٣ عن طريق مهاجمه الغاني كوامي أسانتي بتسديدة قوية من خارج منطقة الجزاء، قبل أن يحتسب الحكم وليد الشناوي ركلة جزاء للأهلي في الدقيقة ٤١ إثر عرقلة داخل المنطقة، نفذها عمر السعيد بنجاح في الزاوية اليسرى.\nوفي الشوط الثاني، تعقدت مهمة الضيوف بعد طرد المدافع أحمد سمير بالبطاقة الحمراء المباشرة في الدقيقة ٦٢ بسبب تدخل عنيف، ليستغل الأهلي النقص العددي ويسجل هدف الفوز عبر لاعب الوسط محمود عبدالفتاح في الدقيقة ٧٨ بضربة رأسية.\nوبهذا الفوز رفع الأهلي رصيده إلى ٣١ نقطة في الصدارة، بفارق ٣ نقاط عن الزمالك صاحب المركز الثاني، الذي يلتقي غدا مع المصري البورسعيدي، فيما تجمد رصيد بيراميدز عند ٢٦ نقطة في المركز الثالث.\n«الفريق أظهر شخصية قوية بعد استقبال الهدف، ولم يفقد تركيزه رغم الضغط»، قال السويسري يوليان برونر، المدير الفني للأهلي، في المؤتمر الصحفي عقب المباراة. وتابع: «ما زال أمامنا الكثير من العمل، والدوري لا يُحسم في ديسمبر».\nفي المقابل، اعتبر الكرواتي دراغان ماركوفيتش، مدرب بيراميدز، أن قرار الطرد «قاسٍ للغاية» وغيّر مجرى اللقاء، مشيرا إلى أن فريقه كان الأفضل في الشوط الأول. وأوضح ماركوفيتش أن الجهاز الفني سيتقدم بشكوى رسمية إلى لجنة الحكام في اتحاد الكرة.";
        let ms = mentions(REPORT);
        let club: Vec<_> = ms.iter().filter(|(n, _, _)| n == "بيراميدز").collect();
        assert!(club.len() >= 3 && club.iter().all(|(_, k, _)| *k == EntityType::Organization), "{ms:?}");
    }

    #[test]
    fn a_speech_verb_a_full_title_and_an_unknown_name_before_an_and_a_ministry_for_a_place() {
        let ms = mentions("أعلن المتحدث باسم الجيش الإسرائيلي أفيخاي أدرعي أن القوات أنهت عمليتها.\nوقالت وزارة الصحة في غزة إن الحصيلة ارتفعت.");
        assert!(ms.iter().any(|(n, _, r)| n == "أفيخاي أدرعي" && r.as_deref() == Some("المتحدث باسم الجيش الإسرائيلي")), "{ms:?}");
        assert!(has(&ms, "وزارة الصحة", EntityType::Organization), "{ms:?}");
        // Not a title's object: "أعلن رئيس الوزراء حزمة إجراءات" names no one.
        let ms = mentions("وأعلن رئيس الوزراء حزمة إجراءات جديدة لدعم الأسر.");
        assert!(!ms.iter().any(|(_, k, _)| *k == EntityType::Person), "{ms:?}");
    }

    #[test]
    fn a_surname_after_a_given_name_and_a_title_is_kept_where_the_tagger_stops_early() {
        let ms = mentions("وشددت الناشطة الحقوقية ليلى عواضة على ضرورة محاسبة المعتدين.");
        assert!(ms.iter().any(|(n, _, r)| n == "ليلى عواضة" && r.as_deref() == Some("الناشطة الحقوقية")), "{ms:?}");
    }

    #[test]
    fn a_family_name_with_the_article_the_tagger_reads_past_the_titled_name() {
        let ms = mentions("وقالت وزيرة الاقتصاد والمالية نادية فتاح العلوي إن النمو سيتحسن.");
        assert!(ms.iter().any(|(n, _, r)| n == "نادية فتاح العلوي" && r.as_deref() == Some("وزيرة الاقتصاد والمالية")), "{ms:?}");
        // Not onto the place a title is for: "بصفاقس" is no word of the name.
        let ms = mentions("أما رئيس الاتحاد الجهوي للفلاحة بصفاقس محمد الشعري فيرى أن الأزمة عابرة.");
        assert!(!ms.iter().any(|(n, k, _)| *k == EntityType::Person && n.contains("صفاقس")), "{ms:?}");
    }

    #[test]
    fn a_known_organisation_and_its_field_after_it_and_two_clubs_joined_by_wa() {
        let ms = mentions("وكان الاتحاد الأفريقي لكرة القدم قد أعلن موعد المباراة بين الترجي التونسي وماميلودي صنداونز الجنوب أفريقي.");
        assert!(has(&ms, "الاتحاد الأفريقي لكرة القدم", EntityType::Organization), "{ms:?}");
        assert!(has(&ms, "الترجي التونسي", EntityType::Organization) || has(&ms, "الترجي", EntityType::Organization), "{ms:?}");
        assert!(!ms.iter().any(|(n, _, _)| n.contains("وماميلودي")), "{ms:?}");
    }

    #[test]
    fn bodies_named_by_a_head_a_noun_an_adjective_and_a_lam_phrase() {
        let ms = mentions("صادق مجلس النواب على القانون بعد أن قدمت المندوبية السامية للتخطيط أرقامها.\nوقال حزب التجمع الوطني للأحرار إن الجامعة الملكية المغربية لكرة القدم شريك للحكومة.");
        for name in ["مجلس النواب", "المندوبية السامية للتخطيط", "حزب التجمع الوطني للأحرار", "الجامعة الملكية المغربية لكرة القدم"] {
            assert!(has(&ms, name, EntityType::Organization), "{name}: {ms:?}");
        }
        // Parts of a body, a board, and how often something happened are none of its name.
        let ms = mentions("واجتمع الجهاز الفني للفريق مع مجلس الإدارة، بينما أعلنت وزارة الصحة الفلسطينية للمرة الثالثة حصيلة جديدة.");
        assert!(!ms.iter().any(|(n, _, _)| n.starts_with("الجهاز") || n.starts_with("مجلس")), "{ms:?}");
        assert!(has(&ms, "وزارة الصحة الفلسطينية", EntityType::Organization), "{ms:?}");
    }

    #[test]
    fn names_after_titles_that_end_in_a_company_an_outgoing_term_or_a_european_particle() {
        let cases = [
            ("وكان الرئيس التنفيذي لإنفيديا جنسن هوانغ قد قال إن الطلب قوي.", "جنسن هوانغ", "الرئيس التنفيذي لإنفيديا"),
            ("وقالت الرئيسة التنفيذية لشركة مداد ريم الدوسري إن الجولة ناجحة.", "ريم الدوسري", "الرئيسة التنفيذية لشركة مداد"),
            ("وقال رئيس الوزراء المنتهية ولايته محمد شياع السوداني إن الحوار مستمر.", "محمد شياع السوداني", "رئيس الوزراء المنتهية ولايته"),
            ("وأشار رئيس الوزراء البلجيكي بارت دي ويفر إلى أن بلاده لن تتحمل العبء وحدها.", "بارت دي ويفر", "رئيس الوزراء البلجيكي"),
            ("وقال المتحدث باسم وزارة الخارجية الإيرانية إسماعيل بقائي إن بلاده ترفض البيان.", "إسماعيل بقائي", "المتحدث باسم وزارة الخارجية الإيرانية"),
            ("وأكد المتحدث الرسمي باسم المحاكم، الحبيب الطرخاني، أن الحكم صدر.", "الحبيب الطرخاني", "المتحدث الرسمي باسم المحاكم"),
            ("وقال مدير قسم التقنية، المصري عمر منصور، إن الخطة جاهزة.", "عمر منصور", "مدير قسم التقنية"),
            ("وكان وزير الخارجية بدر عبد العاطي أجرى اتصالا هاتفيا بنظيره.", "بدر عبد العاطي", "وزير الخارجية"),
            ("حيث التقى قائد الجيش عبد الفتاح البرهان في بورتسودان.", "عبد الفتاح البرهان", "قائد الجيش"),
            ("وقالت المحللة السورية ليلى الحمصي إن الرواية جاهزة.", "ليلى الحمصي", "المحللة السورية"),
            ("فيما قال شقيقه خالد منصور الحربي إن العائلة مصدومة.", "خالد منصور الحربي", "شقيقه"),
            ("وقالت الباحثة فاطمة أيت علي إن القمر يعمل.", "فاطمة أيت علي", "الباحثة"),
            ("أن الظهير الأيسر عمر الدسوقي تعرض لإصابة.", "عمر الدسوقي", "الظهير الأيسر"),
            ("إذ قال المتحدث باسم كتائب حزب الله أبو علي العسكري، في بيان، إن السلاح ليس مطروحا.", "أبو علي العسكري", "المتحدث باسم كتائب حزب الله"),
            ("وتفاوض النادي مع النجم الفرنسي كيليان مبابي سنوات قبل أن يوقع.", "كيليان مبابي", "النجم الفرنسي"),
            ("وقال النائب عن كتلة الوفاء للمقاومة حسن فضل الله إن القرار خطير.", "حسن فضل الله", "النائب عن كتلة الوفاء للمقاومة"),
        ];
        for (text, name, role) in cases {
            let ms = mentions(text);
            assert!(ms.iter().any(|(n, k, r)| n == name && *k == EntityType::Person && r.as_deref() == Some(role)), "{name}: {ms:?}");
        }
    }

    #[test]
    fn fields_joined_by_wa_after_a_lam_phrase_and_known_names_with_one_more_word() {
        let ms = mentions("وأعلن الجهاز المركزي للتعبئة العامة والإحصاء أن التضخم تراجع، وقالت هيئة الاتصالات والفضاء والتقنية إن الشبكة توسعت.");
        assert!(has(&ms, "الجهاز المركزي للتعبئة العامة والإحصاء", EntityType::Organization), "{ms:?}");
        assert!(has(&ms, "هيئة الاتصالات والفضاء والتقنية", EntityType::Organization), "{ms:?}");
        // Another body, or a title, after the و is not the first one's.
        let ms = mentions("وقالت الوكالة الوطنية للإعلام والبنك الدولي إن الأرقام صحيحة، وأكد المجلس الأعلى للحسابات والمفتشية العامة للإدارة وجود اختلالات.");
        assert!(has(&ms, "الوكالة الوطنية للإعلام", EntityType::Organization) && has(&ms, "البنك الدولي", EntityType::Organization), "{ms:?}");
        assert!(has(&ms, "المجلس الأعلى للحسابات", EntityType::Organization), "{ms:?}");
        // A known name is not run on into the name of the person whose title it ends.
        let ms = mentions("وكان الأمين العام للأمم المتحدة أنطونيو غوتيريش قد دعا إلى هدنة، ودعا مدرب ريال مدريد تشابي ألونسو إلى الهدوء.");
        assert!(has(&ms, "أنطونيو غوتيريش", EntityType::Person) && has(&ms, "تشابي ألونسو", EntityType::Person), "{ms:?}");
        // The party inside a parliamentary group's name is named on its own.
        let ms = mentions("وقال رئيس المجموعة النيابية لحزب العدالة والتنمية إن الحكومة فشلت.");
        assert!(has(&ms, "حزب العدالة والتنمية", EntityType::Organization), "{ms:?}");
    }

    #[test]
    fn a_compass_word_after_the_head_of_a_province_is_in_its_name() {
        let ms = mentions("وقالت السلطات في ولاية شمال دارفور إن الوضع صعب، وفي محافظة جنوب سيناء هدأت الأمور.");
        assert!(has(&ms, "شمال دارفور", EntityType::Place) && has(&ms, "جنوب سيناء", EntityType::Place), "{ms:?}");
    }

    #[test]
    fn words_that_are_titles_only_in_an_apposition() {
        let ms = mentions("\"الوضع صعب\"، قالت رانيا الشافعي، كبيرة الاقتصاديين في البنك، للصحفيين.\nوقالت لورا مارتينيز، وكيلة أعمال اللاعب، إن العرض مغر.");
        assert!(ms.iter().any(|(n, _, r)| n == "رانيا الشافعي" && r.as_deref() == Some("كبيرة الاقتصاديين في البنك")), "{ms:?}");
        assert!(ms.iter().any(|(n, _, r)| n == "لورا مارتينيز" && r.as_deref() == Some("وكيلة أعمال اللاعب")), "{ms:?}");
    }

    #[test]
    fn a_family_name_with_the_article_ends_a_name_of_three_words_before_a_comma() {
        let ms = mentions("وقال سعادة المهندس خالد راشد النقبي، المدير العام لهيئة الإسكان، إن الطلبات تضاعفت.");
        assert!(has(&ms, "خالد راشد النقبي", EntityType::Person), "{ms:?}");
    }

    #[test]
    fn a_currency_after_an_amount_lines_and_a_second_province_are_no_names() {
        let ms = mentions("ورصدت الحكومة ٤٠٠ مليون درهم، وعرضت الخطوط العريضة للمقترح، قبل أن يعود الرئيس إلى ولاية ثانية.");
        assert!(ms.is_empty(), "{ms:?}");
        // A general's rank after the army is the name's, not the army's.
        let ms = mentions("وقال قائد الجيش العماد رودولف هيكل إن الوضع هادئ.");
        assert!(has(&ms, "رودولف هيكل", EntityType::Person) && !ms.iter().any(|(n, _, _)| n.contains("العماد")), "{ms:?}");
    }

    #[test]
    fn a_name_in_marks_spoken_to_is_an_outlet_and_a_sentence_ending_word_after_a_title_no_name() {
        let ms = mentions("وقال الباحث، لـ\"العربي الجديد\": «اختيار رئيس الحكومة صعب».\nوقال الوزير في تصريح لـ«الشرق الأوسط» إن الخطة جاهزة.");
        assert!(has(&ms, "العربي الجديد", EntityType::Organization) && has(&ms, "الشرق الأوسط", EntityType::Organization), "{ms:?}");
        assert!(!ms.iter().any(|(_, k, _)| *k == EntityType::Person), "{ms:?}");
    }

    #[test]
    fn local_bodies_with_their_city_boards_and_names_set_off_before_an() {
        let ms = mentions("أجلت محكمة الاستئناف بالدار البيضاء النظر في الملف، وقالت الهيئة القومية لمياه الشرب والصرف الصحي إن المحطة جاهزة.");
        assert!(has(&ms, "محكمة الاستئناف بالدار البيضاء", EntityType::Organization), "{ms:?}");
        assert!(has(&ms, "الهيئة القومية لمياه الشرب والصرف الصحي", EntityType::Organization), "{ms:?}");
        let ms = mentions("وقال أستاذ في جامعة الإمارات العربية المتحدة بالعين إن الدعم مهم، واجتمع مجلس إدارة الشركة أمس.");
        assert!(has(&ms, "جامعة الإمارات العربية المتحدة", EntityType::Organization), "{ms:?}");
        assert!(!ms.iter().any(|(n, _, _)| n.starts_with("مجلس")), "{ms:?}");
        let ms = mentions("وقال رئيس حي العامرية أيمن أبو بكر الدمرداش إن الأعمال مستمرة.\nفي المقابل، اعتبر رئيس النادي الهاوي، بوعلام قادري، أن الشركة فشلت.");
        assert!(has(&ms, "أيمن أبو بكر الدمرداش", EntityType::Person) && has(&ms, "بوعلام قادري", EntityType::Person), "{ms:?}");
        assert!(!ms.iter().any(|(n, _, _)| n == "الهاوي"), "{ms:?}");
    }

    #[test]
    fn a_member_for_a_party_then_the_name() {
        let ms = mentions("وقالت عضوة الكنيست عن حزب العمل ميراف ميخائيلي إن الحكومة فشلت.");
        assert!(ms.iter().any(|(n, _, r)| n == "ميراف ميخائيلي" && r.as_deref() == Some("عضوة الكنيست عن حزب العمل")), "{ms:?}");
    }
}
