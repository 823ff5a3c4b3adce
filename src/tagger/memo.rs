//! Emission scores for the embedded model, with what depends on a word alone remembered per word.
//!
//! News repeats its words, and a word's view (`features::TokenView`) depends only on the word and
//! the model's frequency table, so views are remembered per thread, and with each the sum of its
//! own features' weights and of what it gives its neighbours within ±2 (`features::Part`): tagging a
//! word seen before costs only the context features that read more than one token. Of those, the
//! ones that read only word classes (`Part::CONTEXT_CLASSES`) are summed once per combination of
//! the classes of a token and its neighbours and its position: words are many, their classes few.
//! The rest read a word and the word next to it (`Part::PAIR_BEFORE`, `Part::PAIR_AFTER`): they
//! are summed once per pair of adjacent words, as news repeats its phrases too; each was a random
//! read in the model's table per feature and token.
//! The sums are integers, so the scores are exactly those of `Model::emissions` over all
//! the features. The memory is bounded. (Training builds its own models, so it never comes here.)

use std::cell::RefCell;

use super::features::{context_class_features, neighbour_features, own_features, pair_after_features, pair_before_features, position_class, TokenView, NEIGHBOURS};
use super::model::{Model, N_LABELS};

const REMEMBERED: usize = 20_000;
/// Bound on remembered class-feature sums (a few thousand combinations occur in a long article).
const REMEMBERED_CONTEXTS: usize = 100_000;
/// Class ids standing for the sentence's ends in a context key (word class ids stay below them, as
/// there are at most `REMEMBERED` + 1 views).
const BOS_CLASS: u64 = 0xffff;
const EOS_CLASS: u64 = 0xfffe;
/// Bound on remembered word-pair sums (about 14 thousand pairs in the 1 MB bench input).
const REMEMBERED_PAIRS: usize = 200_000;
/// Word id standing for the sentence's start (first in a pair key) or end (second).
const END_ID: u32 = u32::MAX;

#[derive(Default)]
struct Memo {
    /// The model the views and sums were made with.
    model: usize,
    /// word → index in `views` and `own`
    index: rustc_hash::FxHashMap<Box<str>, u32>,
    views: Vec<TokenView>,
    own: Vec<[i32; N_LABELS]>,
    /// What each word gives the token two before it … two after it (`NEIGHBOURS` order: the
    /// word is that token's neighbour at offset -2, -1, 1, 2).
    given: Vec<[[i32; N_LABELS]; 4]>,
    /// What the sentence's ends give in its place.
    ends: [[i32; N_LABELS]; 4],
    /// `TokenView::classes` → class id, and each view's class id.
    class_ids: rustc_hash::FxHashMap<[&'static str; 6], u32>,
    class_of: Vec<u32>,
    /// (class ids before, of and after a token, its position class) → its class features' sum.
    contexts: rustc_hash::FxHashMap<u64, [i32; N_LABELS]>,
    /// (word id before, word id after) → [what the word after gets from the one before (its
    /// `PAIR_BEFORE` features), what the one before gets from the one after (`PAIR_AFTER`)].
    pairs: rustc_hash::FxHashMap<u64, [[i32; N_LABELS]; 2]>,
    feats: Vec<u32>,
}

/// The remembered sums of the pair (`a`, `b`) of word ids (`END_ID` past the sentence's ends).
fn pair_sums(
    pairs: &mut rustc_hash::FxHashMap<u64, [[i32; N_LABELS]; 2]>,
    model: &Model,
    views: &[TokenView],
    feats: &mut Vec<u32>,
    a: u32,
    b: u32,
) -> [[i32; N_LABELS]; 2] {
    *pairs.entry((a as u64) << 32 | b as u64).or_insert_with(|| {
        let view = |id: u32| (id != END_ID).then(|| &views[id as usize]);
        let mut sums = [[0i32; N_LABELS]; 2];
        if let Some(b) = view(b) {
            feats.clear();
            pair_before_features(view(a), b, model.mask(), feats);
            sums[0] = summed(model, feats);
        }
        if let Some(a) = view(a) {
            feats.clear();
            pair_after_features(a, view(b), model.mask(), feats);
            sums[1] = summed(model, feats);
        }
        sums
    })
}

fn summed(model: &Model, feats: &[u32]) -> [i32; N_LABELS] {
    let mut acc = [0i32; N_LABELS];
    model.add_rows(feats, &mut acc);
    acc
}

thread_local! {
    static MEMO: RefCell<Memo> = Default::default();
}

/// Emission scores (n × N_LABELS) of one sentence under `model`, the same as
/// `model.emissions(sentence_features(words, …))`.
pub fn emissions(model: &'static Model, words: &[&str]) -> Vec<f32> {
    let mask = model.mask();
    let key = model as *const Model as usize;
    MEMO.with(|memo| {
        let mut memo = memo.borrow_mut();
        if memo.views.len() > REMEMBERED || memo.model != key {
            memo.index.clear();
            memo.views.clear();
            memo.own.clear();
            memo.given.clear();
            memo.class_ids.clear();
            memo.class_of.clear();
            memo.contexts.clear();
            memo.pairs.clear();
            memo.model = key;
            let mut feats = Vec::new();
            for (k, &d) in NEIGHBOURS.iter().enumerate() {
                feats.clear();
                neighbour_features(None, d, mask, &mut feats);
                memo.ends[k] = summed(model, &feats);
            }
        }
        if memo.contexts.len() > REMEMBERED_CONTEXTS {
            memo.contexts.clear();
        }
        if memo.pairs.len() > REMEMBERED_PAIRS {
            memo.pairs.clear();
        }
        let Memo { index, views, own, given, ends, class_ids, class_of, contexts, pairs, feats, .. } = &mut *memo;
        let ids: Vec<u32> = words
            .iter()
            .map(|&w| match index.get(w) {
                Some(&i) => i,
                None => {
                    let i = views.len() as u32;
                    let view = TokenView::new(w, &model.freq);
                    feats.clear();
                    own_features(&view, mask, feats);
                    own.push(summed(model, feats));
                    let mut gives = [[0i32; N_LABELS]; 4];
                    for (k, &d) in NEIGHBOURS.iter().enumerate() {
                        feats.clear();
                        neighbour_features(Some(&view), d, mask, feats);
                        gives[k] = summed(model, feats);
                    }
                    given.push(gives);
                    let next_class = class_ids.len() as u32;
                    class_of.push(*class_ids.entry(view.classes()).or_insert(next_class));
                    views.push(view);
                    index.insert(w.into(), i);
                    i
                }
            })
            .collect();
        let sent: Vec<&TokenView> = ids.iter().map(|&i| &views[i as usize]).collect();
        let mut out = vec![0f32; words.len() * N_LABELS];
        let class_at = |j: Option<usize>, end: u64| j.and_then(|j| ids.get(j)).map_or(end, |&id| class_of[id as usize] as u64);
        // What token t gets from the word before it: carried from the pair looked up at t - 1.
        let mut from_before = match ids.first() {
            Some(&first) => pair_sums(pairs, model, views, feats, END_ID, first)[0],
            None => [0; N_LABELS],
        };
        for (t, &id) in ids.iter().enumerate() {
            let context = class_at(t.checked_sub(1), BOS_CLASS)
                | class_at(Some(t), EOS_CLASS) << 16
                | class_at(t.checked_add(1), EOS_CLASS) << 32
                | (position_class(t, ids.len()) as u64) << 48;
            let mut acc = *contexts.entry(context).or_insert_with(|| {
                feats.clear();
                context_class_features(&sent, t, mask, feats);
                summed(model, feats)
            });
            let own_sum = &own[id as usize];
            for (a, &x) in acc.iter_mut().zip(own_sum) {
                *a += x;
            }
            for (k, &d) in NEIGHBOURS.iter().enumerate() {
                let from = t.checked_add_signed(d).and_then(|j| ids.get(j)).map_or(&ends[k], |&j| &given[j as usize][k]);
                for (a, &x) in acc.iter_mut().zip(from) {
                    *a += x;
                }
            }
            let after = pair_sums(pairs, model, views, feats, id, ids.get(t + 1).copied().unwrap_or(END_ID));
            for (a, (&x, &y)) in acc.iter_mut().zip(from_before.iter().zip(&after[1])) {
                *a += x + y;
            }
            from_before = after[0];
            model.emission_row(&acc, &mut out[t * N_LABELS..(t + 1) * N_LABELS]);
        }
        out
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tagger::features::{sentence_features, token_features, views};
    use crate::tagger::Tagger;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    fn sentences() -> Vec<Vec<&'static str>> {
        let text = include_str!("../../www/sample-article.txt");
        let mut out: Vec<Vec<&str>> = text.split(['.', '\n']).map(|s| s.split_whitespace().collect::<Vec<_>>()).filter(|s| !s.is_empty()).collect();
        out.push(vec!["بغداد"]);
        out.push(vec!["", "\u{200F}", "😀", "وبالقاهرة", "وبالقاهرة"]);
        out
    }

    /// For every token of `sentences()`, the features `whole` writes are, as a multiset, the ones
    /// the `parts` write together.
    fn assert_split(whole: impl Fn(&[&TokenView], usize, u32, &mut Vec<u32>), parts: impl Fn(&[&TokenView], usize, u32, &mut Vec<u32>)) {
        let model = &Tagger::embedded().model;
        let mask = model.mask();
        for words in sentences() {
            let views = views(&words, &model.freq);
            let sent: Vec<&TokenView> = views.iter().collect();
            for i in 0..sent.len() {
                let (mut want, mut got) = (Vec::new(), Vec::new());
                whole(&sent, i, mask, &mut want);
                parts(&sent, i, mask, &mut got);
                want.sort_unstable();
                got.sort_unstable();
                assert_eq!(want, got, "{words:?} {i}");
            }
        }
    }

    #[test]
    fn own_and_context_features_make_up_all_features() {
        assert_split(
            |sent, i, mask, out| token_features(sent, i, mask, false, out),
            |sent, i, mask, out| {
                own_features(sent[i], mask, out);
                super::super::features::context_features(sent, i, mask, out);
                for d in NEIGHBOURS {
                    let neighbour = i.checked_add_signed(d).and_then(|j| sent.get(j)).copied();
                    neighbour_features(neighbour, d, mask, out);
                }
            },
        );
    }

    #[test]
    fn class_and_pair_features_make_up_the_context_features() {
        assert_split(
            super::super::features::context_features,
            |sent, i, mask, out| {
                context_class_features(sent, i, mask, out);
                pair_before_features(i.checked_sub(1).map(|j| sent[j]), sent[i], mask, out);
                pair_after_features(sent[i], sent.get(i + 1).copied(), mask, out);
            },
        );
    }

    /// The sentences above reach the gazetteer templates (95-100): words of different gazetteer
    /// classes side by side, so a context-dependent template wrongly summed as own would show.
    #[test]
    fn sentences_have_neighbouring_gazetteer_classes() {
        let model = &Tagger::embedded().model;
        let pairs = sentences().iter().map(|words| {
            let v = views(words, &model.freq);
            v.windows(2).filter(|w| w[0].gaz != w[1].gaz && (w[0].gaz != "-" || w[1].gaz != "-")).count()
        }).sum::<usize>();
        assert!(pairs > 0);
    }

    #[test]
    fn remembered_sums_give_the_same_emissions() {
        let model = &Tagger::embedded().model;
        for _ in 0..2 {
            for words in sentences() {
                let (feats, offsets) = sentence_features(&words, model.mask(), &model.freq);
                let want = model.emissions(&feats, &offsets);
                let got = emissions(model, &words);
                assert_eq!(want.iter().map(|x| x.to_bits()).collect::<Vec<_>>(), got.iter().map(|x| x.to_bits()).collect::<Vec<_>>());
            }
        }
    }
}
