//! Document-level consistency for the tagger's output: a name tagged in one sentence is tagged where
//! it comes back, nearby, untagged.
//!
//! A news story names someone in full once ("المدرب أرسين فينغر") and then by family name
//! ("وقال فينغر"), or repeats an organisation the tagger only recognised where the context was
//! clear. The tagger decides each sentence alone and misses many of those repeats; this pass reads
//! the sentences around each one (ANERcorp has no document boundaries, so a window of sentences
//! stands for the story) and labels the untagged repeats. Then the project's lexicons correct the
//! tagger where they know better (`lexicon_corrections`): words it has not met are where it slips.

use rustc_hash::FxHashMap;

use super::model::Label;
use crate::document::EntityType;

/// The O penalty of the sentence pass of a document, instead of the model's own (8, tuned for
/// sentences read alone: `TrainConfig::o_penalty`). The repeats this pass labels bring recall
/// back, so the sentence pass can afford to be bolder. Dev F1 with the model's penalty / without it,
/// seeds 1, 9, 17: 0.776 / 0.781, 0.777 / 0.781, 0.766 / 0.772; on a held-out slice of train
/// (models trained on the rest, seeds 1, 9): 0.794 / 0.798, 0.815 / 0.809.
pub const SENTENCE_O_PENALTY: f32 = 0.0;

/// How many sentences before and after a sentence lend it their names.
const WINDOW: usize = 10;

/// Words before a person's last word that make it part of a compound name ("بن لادن", "أبو مازن",
/// "عبد الله"): that last word alone is not the person.
const NAME_LINKS: [&str; 9] = ["بن", "ابن", "بنت", "أبو", "ابو", "أبي", "عبد", "آل", "ال"];

/// Proclitics a repeated name may carry on its first word ("وفينغر", "للبنك" for "البنك").
const PROCLITICS: [&str; 10] = ["و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل"];

/// One name to look for: its words, its kind.
#[derive(Clone, Copy)]
struct Name<'a> {
    words: &'a [&'a str],
    kind: EntityType,
}

/// Labels the untagged repeats of the names in `tagged` (the labels of each sentence of `words`
/// tagged alone) and returns every sentence's labels. At each word the longest name that fits is
/// taken (see `free_for`): a one-word name labels only words the tagger left O, a longer one may
/// also take back the words of shorter or other names wholly inside it.
pub fn label_repeats(words: &[Vec<&str>], tagged: Vec<Vec<Label>>) -> Vec<Vec<Label>> {
    let spans: Vec<_> = tagged.iter().map(|row| super::entity_runs(row)).collect();
    let mut labels = tagged;
    let names_in = |s: usize| -> Vec<Name> {
        let mut out = Vec::new();
        for &(start, end, kind) in &spans[s] {
            let ws = &words[s][start..end];
            out.push(Name { words: ws, kind });
            // A person named in full is later called by the last name.
            if let [.., before, last] = ws {
                if kind == EntityType::Person && last.chars().count() >= 3 && !NAME_LINKS.contains(before) {
                    out.push(Name { words: &ws[ws.len() - 1..], kind });
                }
            }
        }
        out
    };
    let names: Vec<Vec<Name>> = (0..words.len()).map(names_in).collect();
    for s in 0..words.len() {
        // The names of the window by first word, each once (the first kind seen wins), so that each
        // word of the sentence is checked against the few names it could begin.
        let mut by_first: FxHashMap<&str, Vec<Name>> = FxHashMap::default();
        for name in names[s.saturating_sub(WINDOW)..(s + WINDOW + 1).min(words.len())].iter().flatten() {
            if name.words.len() == 1 && name.words[0].chars().count() < 3 {
                continue; // too short to be told from a common word
            }
            let same = by_first.entry(name.words[0]).or_default();
            if !same.iter().any(|n| n.words == name.words) {
                same.push(*name);
            }
        }
        let sentence = &words[s];
        let mut at = 0;
        while at < sentence.len() {
            // The longest name that starts here on words still O.
            let found = first_word_forms(sentence[at])
                .filter_map(|form| by_first.get(form.as_ref()))
                .flatten()
                .filter(|name| {
                    let end = at + name.words.len();
                    end <= sentence.len() && free_for(&labels[s], at, end) && repeats(&sentence[at..end], name.words)
                })
                .max_by_key(|name| name.words.len());
            match found {
                Some(name) => {
                    let end = at + name.words.len();
                    relabel(&mut labels[s], at, end, name.kind);
                    at = end;
                }
                None => at += 1,
            }
        }
    }
    labels
}

/// Whether the words `row[at..end]` may take a name's labels: a one-word name only an O word; a
/// longer one also words the tagger gave a shorter name or another kind ("هورست" of "هورست كوبل"),
/// as long as no tagged name runs across its ends.
fn free_for(row: &[Label], at: usize, end: usize) -> bool {
    if end - at == 1 {
        return row[at] == Label::O;
    }
    !row[at].is_inside() && !row.get(end).is_some_and(|l| l.is_inside())
}

/// Corrects the tagger with the project's lexicons where it errs on words it has not met:
/// - a "person" whose words are a known place or organisation ("الناتو", "كوت ديفوار") is that
///   (a person is seldom named exactly like one, while a foreign name easily reads as a person's);
/// - a title is not part of the person's name it precedes ("للحارس هيلتون");
/// - an organisation's head noun tagged alone takes the definite word after it ("للبنك التجاري");
/// - an "organisation" of one word that is ب and a known place is that place ("بكابل": in Kabul;
///   a club named after its city is not written so);
/// - a known organisation left O is labelled ("أوبك", "حلف شمال الأطلسي", "للوكالة الدولية …" with
///   its proclitic). A name of one word must be written as listed, or with و, and have four
///   letters or more: one-word names such as "حماس" or "كاف" are also common words ("بحماس").
///
/// Places left O are not labelled (the tagger rarely misses a known place, and where it does the
/// word is mostly something else: "المغرب" of the sunset prayer), nor are organisations and places
/// relabelled, since ANERcorp makes clubs named after cities organisations.
pub fn lexicon_corrections(words: &[Vec<&str>], labels: &mut [Vec<Label>]) {
    use crate::lexicon::cues;
    for (sentence, row) in words.iter().zip(labels.iter_mut()) {
        let mut at = 0;
        while at < row.len() {
            let end = at + 1 + row[at + 1..].iter().take_while(|l| l.is_inside()).count();
            let kind = match row[at] {
                Label::BPers => first_word_forms(sentence[at]).find_map(|first| known_kind(first.as_ref(), &sentence[at + 1..end])),
                Label::BOrg if end - at == 1 => ["ب", "وب"]
                    .iter()
                    .filter_map(|p| sentence[at].strip_prefix(p))
                    .find_map(|rest| known_kind(rest, &[]).filter(|&k| k == EntityType::Place)),
                _ => None,
            };
            if let Some(kind) = kind {
                relabel(row, at, end, kind);
            } else if row[at] == Label::BOrg && end - at == 1 && row.get(end) == Some(&Label::O) && takes_definite_modifier(sentence[at], sentence[end]) {
                row[end] = Label::IOrg;
            } else if row[at] == Label::BPers && end - at >= 2 && first_word_forms(sentence[at]).any(|f| cues::is_title(&crate::text::normalize(&f))) {
                row[at] = Label::O;
                relabel(row, at + 1, end, EntityType::Person);
            }
            at = end;
        }
        let norms: Vec<String> = sentence.iter().map(|w| crate::text::normalize(w)).collect();
        let mut at = 0;
        while at < row.len() {
            match known_organisation_at(&norms[at], &norms[at + 1..], &row[at..]) {
                Some(words) => {
                    relabel(row, at, at + words, EntityType::Organization);
                    at += words;
                }
                None => at += 1,
            }
        }
    }
}

/// How many words of the longest known organisation name start with `first` and go on with
/// `next` (all normalised), all of them O in `labels`. The name is followed word by word through the
/// lexicon's name prefixes, so a word that starts no name costs a few lookups.
fn known_organisation_at(first: &str, next: &[String], labels: &[Label]) -> Option<usize> {
    use crate::lexicon::{cues, places};
    if labels[0] != Label::O {
        return None;
    }
    let mut longest = None;
    for form in first_word_forms(first) {
        let one_word_ok = first.chars().count() >= 4 && (*form == *first || first.strip_prefix('و') == Some(&*form));
        let mut phrase = form.into_owned();
        for words in 1..=cues::org_name_max_words() {
            if words > 1 {
                match (next.get(words - 2), labels.get(words - 1)) {
                    (Some(word), Some(Label::O)) => {
                        phrase.push(' ');
                        phrase.push_str(word);
                    }
                    _ => break,
                }
            }
            if (words > 1 || one_word_ok) && cues::is_org_name(&phrase) && places::lookup(&phrase).is_none() {
                longest = longest.max(Some(words));
            }
            if !cues::starts_longer_org_name(&phrase) {
                break;
            }
        }
    }
    longest
}

/// Whether `head`, an organisation's head noun that needs a modifier ("البنك", "للحزب"), takes
/// `next` as its own: a definite word ("التجاري") that is no nationality ("الاميركي", which
/// ANERcorp leaves out of names).
fn takes_definite_modifier(head: &str, next: &str) -> bool {
    let next = crate::text::normalize(next);
    first_word_forms(head).any(|f| crate::lexicon::cues::org_head(&crate::text::normalize(&f)) == Some(true))
        && next.starts_with("ال")
        && next.chars().count() >= 4
        && crate::lexicon::places::nisba_place(&next).is_none()
}

/// Place or organisation, when the lexicons know the words `first` + `rest` as one.
fn known_kind(first: &str, rest: &[&str]) -> Option<EntityType> {
    use crate::lexicon::{cues, places};
    let phrase = crate::text::normalize_phrase(&std::iter::once(first).chain(rest.iter().copied()).collect::<Vec<_>>().join(" "));
    if places::lookup(&phrase).is_some() {
        Some(EntityType::Place)
    } else if cues::is_org_name(&phrase) {
        Some(EntityType::Organization)
    } else {
        None
    }
}

fn relabel(row: &mut [Label], at: usize, end: usize, kind: EntityType) {
    let (b, i) = labels_of(kind);
    row[at] = b;
    row[at + 1..end].fill(i);
}

fn labels_of(kind: EntityType) -> (Label, Label) {
    match kind {
        EntityType::Person => (Label::BPers, Label::IPers),
        EntityType::Place => (Label::BLoc, Label::ILoc),
        EntityType::Organization => (Label::BOrg, Label::IOrg),
    }
}

/// The first words of names that `word` may repeat: itself, without a proclitic, and "ال…" for
/// "لل…".
fn first_word_forms(word: &str) -> impl Iterator<Item = std::borrow::Cow<'_, str>> {
    let bare = PROCLITICS.iter().filter_map(move |p| word.strip_prefix(p)).map(std::borrow::Cow::Borrowed);
    let definite = ["لل", "ولل", "فلل"].into_iter().filter_map(move |p| word.strip_prefix(p)).map(|rest| std::borrow::Cow::Owned(format!("ال{rest}")));
    std::iter::once(std::borrow::Cow::Borrowed(word)).chain(bare).chain(definite)
}

/// Whether `here` is `name` again, its first word perhaps with a proclitic ("وفينغر", and
/// "للبنك" / "وللبنك" for "البنك").
fn repeats(here: &[&str], name: &[&str]) -> bool {
    here[1..] == name[1..] && first_word_forms(here[0]).any(|form| form == name[0])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A name of `kind` over `tokens`, as the sentence pass would have tagged it.
    fn span(tokens: std::ops::Range<usize>, kind: EntityType) -> (std::ops::Range<usize>, EntityType) {
        (tokens, kind)
    }

    fn run(text: &[&str], spans: Vec<Vec<(std::ops::Range<usize>, EntityType)>>) -> Vec<Vec<&'static str>> {
        let words: Vec<Vec<&str>> = text.iter().map(|s| s.split(' ').collect()).collect();
        let tagged = words
            .iter()
            .zip(&spans)
            .map(|(sentence, found)| {
                let mut row = vec![Label::O; sentence.len()];
                for (tokens, kind) in found {
                    relabel(&mut row, tokens.start, tokens.end, *kind);
                }
                row
            })
            .collect();
        label_repeats(&words, tagged).into_iter().map(|row| row.into_iter().map(Label::as_str).collect()).collect()
    }

    #[test]
    fn a_person_named_in_full_is_found_again_by_the_last_name() {
        let got = run(
            &["قال المدرب أرسين فينغر إن الفريق جاهز", "وأضاف فينغر أن اللاعبين بخير"],
            vec![vec![span(2..4, EntityType::Person)], vec![]],
        );
        assert_eq!(got[1], ["O", "B-PERS", "O", "O", "O"]);
    }

    #[test]
    fn a_repeat_may_carry_a_proclitic_and_lam_alif_lam() {
        let got = run(
            &["أعلن البنك الوطني أرباحه", "وقالت مصادر للبنك الوطني إن وبالبنك الوطني فروعا"],
            vec![vec![span(1..3, EntityType::Organization)], vec![]],
        );
        assert_eq!(got[1], ["O", "O", "B-ORG", "I-ORG", "O", "B-ORG", "I-ORG", "O"]);
    }

    #[test]
    fn what_the_tagger_labelled_is_kept_and_compound_names_do_not_lend_their_last_word() {
        let got = run(
            &["التقى الشيخ محمد بن راشد الوزير", "راشد في دبي"],
            vec![vec![span(2..5, EntityType::Person)], vec![span(2..3, EntityType::Place)]],
        );
        assert_eq!(got[0], ["O", "O", "B-PERS", "I-PERS", "I-PERS", "O"]);
        assert_eq!(got[1], ["O", "O", "B-LOC"], "'راشد' after 'بن' is no family name of its own");
    }

    #[test]
    fn a_longer_name_takes_back_a_part_the_tagger_labelled_alone_but_not_across_a_name() {
        let got = run(
            &["قال المدرب هورست كوبل إن", "وأضاف هورست كوبل أن", "وصل نادي هورست كوبل"],
            vec![vec![span(2..4, EntityType::Person)], vec![span(1..2, EntityType::Place)], vec![span(1..4, EntityType::Organization)]],
        );
        assert_eq!(got[1], ["O", "B-PERS", "I-PERS", "O"]);
        assert_eq!(got[2], ["O", "B-ORG", "I-ORG", "I-ORG"], "the name is inside an organisation that starts before it");
    }

    #[test]
    fn known_organisations_are_labelled_and_one_word_ones_only_as_written() {
        let words: Vec<Vec<&str>> = vec!["وقالت منظمة أوبك إن وأوبك ولحلف شمال الأطلسي بحماس كاف"].iter().map(|s| s.split(' ').collect()).collect();
        let mut labels = vec![vec![Label::O; words[0].len()]];
        lexicon_corrections(&words, &mut labels);
        let got: Vec<&str> = labels[0].iter().map(|l| l.as_str()).collect();
        // "منظمة" alone is no name; "بحماس" is "with enthusiasm"; "كاف" is "enough".
        assert_eq!(got, ["O", "O", "B-ORG", "O", "B-ORG", "B-ORG", "I-ORG", "I-ORG", "O", "O"]);
    }

    #[test]
    fn the_lexicons_correct_kinds_and_ends_of_names() {
        let words: Vec<Vec<&str>> = vec!["قال الناتو إن قوات ساحل العاج وصلت إلى وكوت ديفوار مع سامي"].iter().map(|s| s.split(' ').collect()).collect();
        let p = |l: &str| Label::parse(l);
        let mut labels = vec![["O", "B-PERS", "O", "O", "B-PERS", "I-PERS", "O", "O", "B-PERS", "I-PERS", "O", "B-PERS"].map(p).to_vec()];
        lexicon_corrections(&words, &mut labels);
        let got: Vec<&str> = labels[0].iter().map(|l| l.as_str()).collect();
        assert_eq!(got, ["O", "B-ORG", "O", "O", "B-LOC", "I-LOC", "O", "O", "B-LOC", "I-LOC", "O", "B-PERS"]);
    }

    #[test]
    fn names_lend_themselves_only_within_the_window() {
        let mut text = vec!["وصل كريم داود إلى المطار"];
        text.extend(std::iter::repeat("ثم بدأ الاجتماع").take(WINDOW - 1));
        text.extend(["وقال داود إن", "وقال داود إن"]);
        let mut spans = vec![vec![span(1..3, EntityType::Person)]];
        spans.extend((0..WINDOW + 1).map(|_| Vec::new()));
        let got = run(&text, spans);
        assert_eq!(got[WINDOW], ["O", "B-PERS", "O"], "ten sentences on");
        assert_eq!(got[WINDOW + 1], ["O", "O", "O"], "eleven sentences on");
    }
}
