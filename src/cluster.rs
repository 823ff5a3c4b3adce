//! Groups mentions into entities: the same name, a surname alone after the full name ("حسينوف"
//! after "روصيف حسينوف"), a shorter form of an organisation's name. Two people who share a surname
//! ("إلهام علييف", "حيدر علييف") stay two entities; a surname alone goes to the one mentioned last.

use rustc_hash::FxHashMap as HashMap;

use crate::document::{EntityDraft, EntityType};
use crate::recognize::Mention;
use crate::tokenize::Token;

struct Cluster {
    kind: EntityType,
    /// Normalised words of the fullest name seen.
    key_words: Vec<String>,
    name: String,
    roles: Vec<String>,
    mentions: Vec<std::ops::Range<usize>>,
    last_seen: usize,
}

fn words(key: &str) -> Vec<String> {
    key.split(' ').map(str::to_string).collect()
}

/// Does a mention with words `m` name the cluster whose fullest name has words `c`?
fn names_same(kind: EntityType, c: &[String], m: &[String]) -> bool {
    if c == m {
        return true;
    }
    match kind {
        // A single word naming a person's last (or first) name; a full name extending a lone surname.
        EntityType::Person => {
            (m.len() == 1 && (c.last() == m.last() || c.len() > 1 && c.first() == m.first()))
                || (c.len() == 1 && m.len() > 1 && m.last() == c.last())
                // "أوفوري" for "إيمانويل أوفوري أتا": the middle of three names, when it is no
                // known given name (a father's), as `recognize` reads it alone.
                || middle_of_three(m, c)
                || middle_of_three(c, m)
                // "عبد العاطي" after "بدر عبد العاطي": the family name, several words long.
                || (m.len() > 1 && m.len() < c.len() && c.ends_with(m))
                || (c.len() > 1 && c.len() < m.len() && m.ends_with(c))
                // "خالد النقبي" for "خالد راشد النقبي": the given and family names, the father's
                // (and grandfather's) left out.
                || given_and_family(m, c)
                || given_and_family(c, m)
                // "محمد بن راشد" for "محمد بن راشد آل مكتوم": a name cut before a link of its lineage.
                || lineage_prefix(c, m)
                || lineage_prefix(m, c)
        }
        // A shorter form keeps the head and the first words: "قناة أذربيجان" ⊂ "قناة أذربيجان التلفزيونية".
        // Or its end, when the head is a name too: "سان جيرمان" ⊂ "باريس سان جيرمان".
        EntityType::Organization => {
            let (short, long) = if c.len() <= m.len() { (c, m) } else { (m, c) };
            // "الوداد" for "الوداد الرياضي": one word, when the other only adds an adjective.
            let adjective_added = short.len() == 1 && long.len() == 2 && long[0] == short[0] && (long[1].ends_with('ي') || long[1].ends_with("يه"));
            // "الزمالك" for "نادي الزمالك": the name without its head noun.
            // (Not an adjective alone: "الأوروبي" is not "الاتحاد الأوروبي".)
            let adjective = |w: &str| w.ends_with('ي') || w.ends_with("يه");
            let head_added = short.len() == 1 && long.len() == 2 && long[1] == short[0] && !adjective(&short[0]) && crate::lexicon::cues::org_head(&long[0]).is_some();
            adjective_added || head_added || short.len() >= 2 && (long.starts_with(short) || long.ends_with(short))
        }
        EntityType::Place => false,
    }
}

/// Is `one` (a word) the middle of `three`, and no known given name (a father's)?
fn middle_of_three(one: &[String], three: &[String]) -> bool {
    one.len() == 1 && three.len() == 3 && three[1] == one[0] && crate::tagger::names::name_class(&one[0]) == "-"
}

/// Is `short` (two words or more) `long` with words left out between its first and its last?
fn given_and_family(short: &[String], long: &[String]) -> bool {
    if short.len() < 2 || short.len() >= long.len() || short.first() != long.first() || short.last() != long.last() {
        return false;
    }
    let mut rest = long[1..long.len() - 1].iter();
    short[1..short.len() - 1].iter().all(|w| rest.any(|l| l == w))
}

/// Is `short` the start of `long` up to a link of a lineage (بن, ابن, بنت, آل)?
fn lineage_prefix(short: &[String], long: &[String]) -> bool {
    short.len() >= 2 && short.len() < long.len() && long.starts_with(short) && crate::recognize::cues::is_lineage_link(&long[short.len()])
}

pub fn cluster(_text: &str, _tokens: &[Token], mentions: Vec<Mention>) -> Vec<EntityDraft> {
    let mut clusters: Vec<Cluster> = Vec::new();
    // Clusters by kind and the first or last word of a name they have had: any cluster a mention
    // may name shares its kind and its last word, or its first word (see `names_same`), so only
    // those are tried. (A cluster stays listed under its earlier names; `names_same` decides.)
    let mut by_word: HashMap<(EntityType, bool, String), Vec<usize>> = HashMap::default();
    let mut tried: Vec<usize> = Vec::new();
    for (order, m) in mentions.into_iter().enumerate() {
        let mw = words(&m.key);
        tried.clear();
        // (A person of three names may be the one named before by the middle one.)
        let middle = (m.kind == EntityType::Person && mw.len() == 3).then(|| &mw[1]);
        for (last, w) in [(false, mw.first()), (true, mw.last()), (true, middle)] {
            if let Some(list) = w.and_then(|w| by_word.get(&(m.kind, last, w.clone()))) {
                tried.extend(list);
            }
        }
        // Of the clusters this mention may name, the one mentioned most recently.
        let target = tried
            .iter()
            .map(|&i| (i, &clusters[i]))
            .filter(|(_, c)| c.kind == m.kind && names_same(m.kind, &c.key_words, &mw))
            .max_by_key(|(_, c)| c.last_seen)
            .map(|(i, _)| i);
        let (i, c) = match target {
            Some(i) => (i, &mut clusters[i]),
            None => {
                clusters.push(Cluster { kind: m.kind, key_words: mw.clone(), name: m.name.clone(), roles: vec![], mentions: vec![], last_seen: order });
                (clusters.len() - 1, clusters.last_mut().unwrap())
            }
        };
        if target.is_none() || mw.len() > c.key_words.len() {
            // (A person of three names is listed under the middle one too, as if it were last.)
            for (last, w) in [(false, mw.first()), (true, mw.last()), (true, middle)] {
                if let Some(w) = w {
                    let list = by_word.entry((m.kind, last, w.clone())).or_default();
                    if list.last() != Some(&i) {
                        list.push(i);
                    }
                }
            }
        }
        if mw.len() > c.key_words.len() {
            c.key_words = mw;
            c.name = m.name.clone();
        }
        if let Some(role) = m.role {
            if !c.roles.contains(&role) {
                c.roles.push(role);
            }
        }
        c.mentions.push(m.span);
        c.last_seen = order;
    }
    clusters
        .into_iter()
        .map(|c| EntityDraft { kind: c.kind, name: c.name, roles: c.roles, mentions: c.mentions })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    fn mention(key: &str, kind: EntityType, at: usize) -> Mention {
        Mention { span: at..at + 1, tokens: 0..1, kind, key: key.into(), name: key.into(), role: None }
    }

    #[test]
    fn surname_joins_the_latest_full_name_and_namesakes_stay_apart() {
        let p = EntityType::Person;
        let ms = vec![mention("سامي خليل", p, 0), mention("خليل", p, 2), mention("منى خليل", p, 4), mention("خليل", p, 6)];
        let es = cluster("", &[], ms);
        assert_eq!(es.len(), 2);
        assert_eq!(es[0].mentions, vec![0..1, 2..3]);
        assert_eq!(es[1].mentions, vec![4..5, 6..7]);
    }

    #[test]
    fn a_name_without_the_fathers_and_the_middle_of_three_join_the_full_name() {
        let p = EntityType::Person;
        let ms = vec![
            mention("خالد راشد النقبي", p, 0), mention("خالد النقبي", p, 2), mention("ايمانويل اوفوري اتا", p, 4), mention("اوفوري", p, 6),
            // (Another given name with the same family name is another person.)
            mention("سالم النقبي", p, 8),
            // (The middle name first, in a headline, then the full name.)
            mention("كواسي", p, 10), mention("جوزيف كواسي منساه", p, 12),
        ];
        let es = cluster("", &[], ms);
        assert_eq!(es.iter().map(|e| e.mentions.len()).collect::<Vec<_>>(), [2, 2, 1, 2]);
    }

    #[test]
    fn an_organisation_named_without_its_adjective_is_the_same_one() {
        let o = EntityType::Organization;
        let ms = vec![mention("النجم الرياضي", o, 0), mention("النجم", o, 2), mention("الأمل", o, 4)];
        let es = cluster("", &[], ms);
        assert_eq!(es.len(), 2, "{:?}", es.iter().map(|e| &e.name).collect::<Vec<_>>());
        assert_eq!(es[0].mentions, vec![0..1, 2..3]);
        // The name without its head noun is the same one too.
        let ms = vec![mention("نادي الوحدة", o, 0), mention("الوحدة", o, 2)];
        assert_eq!(cluster("", &[], ms).len(), 1);
        // Not a word the longer name does not start with, nor a second noun.
        let ms = vec![mention("الاتحاد الأوروبي", o, 0), mention("الأوروبي", o, 2), mention("الاتحاد العام", o, 4), mention("الاتحاد", o, 6)];
        assert_eq!(cluster("", &[], ms).len(), 3);
    }

    /// The clustering as first written: every cluster tried for every mention.
    fn cluster_by_scan(mentions: Vec<Mention>) -> Vec<EntityDraft> {
        let mut clusters: Vec<Cluster> = Vec::new();
        for (order, m) in mentions.into_iter().enumerate() {
            let mw = words(&m.key);
            let target = clusters
                .iter()
                .enumerate()
                .filter(|(_, c)| c.kind == m.kind && names_same(m.kind, &c.key_words, &mw))
                .max_by_key(|(_, c)| c.last_seen)
                .map(|(i, _)| i);
            let c = match target {
                Some(i) => &mut clusters[i],
                None => {
                    clusters.push(Cluster { kind: m.kind, key_words: mw.clone(), name: m.name.clone(), roles: vec![], mentions: vec![], last_seen: order });
                    clusters.last_mut().unwrap()
                }
            };
            if mw.len() > c.key_words.len() {
                c.key_words = mw;
                c.name = m.name.clone();
            }
            c.mentions.push(m.span);
            c.last_seen = order;
        }
        clusters.into_iter().map(|c| EntityDraft { kind: c.kind, name: c.name, roles: c.roles, mentions: c.mentions }).collect()
    }

    #[test]
    fn indexed_clustering_matches_trying_every_cluster() {
        let vocab = ["ا", "ب", "ج", "د", "ه"];
        let kinds = [EntityType::Person, EntityType::Organization, EntityType::Place];
        let mut x = 0x2545_f491_4f6c_dd1du64;
        let mut next = |n: usize| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x % n as u64) as usize
        };
        for _ in 0..300 {
            let ms: Vec<Mention> = (0..next(40))
                .map(|at| {
                    let key = (0..1 + next(4)).map(|_| vocab[next(vocab.len())]).collect::<Vec<_>>().join(" ");
                    mention(&key, kinds[next(3)], at * 2)
                })
                .collect();
            assert_eq!(format!("{:?}", cluster("", &[], ms.clone())), format!("{:?}", cluster_by_scan(ms)));
        }
    }

    #[test]
    fn a_name_cut_before_a_link_of_its_lineage_joins_the_full_name() {
        let full = mention("محمد بن راشد ال مكتوم", EntityType::Person, 0);
        let other = mention("محمد بن زايد ال نهيان", EntityType::Person, 40);
        let short = mention("محمد بن راشد", EntityType::Person, 80);
        let short_other = mention("محمد بن زايد", EntityType::Person, 120);
        let es = cluster("", &[], vec![full, other, short, short_other]);
        assert_eq!(es.len(), 2, "{es:?}");
        assert!(es.iter().all(|e| e.mentions.len() == 2), "{es:?}");
        assert_eq!(es[0].mentions[1].start, 80);
    }

    #[test]
    fn an_organisation_named_by_the_end_of_its_name_joins_it() {
        let long = mention("باريس سان جيرمان", EntityType::Organization, 0);
        let short = mention("سان جيرمان", EntityType::Organization, 40);
        let other = mention("سان", EntityType::Organization, 80);
        let es = cluster("", &[], vec![long, short, other]);
        assert_eq!(es.iter().map(|e| e.mentions.len()).collect::<Vec<_>>(), [2, 1], "{es:?}");
    }

    #[test]
    fn organisation_short_forms_join_the_long_name() {
        let o = EntityType::Organization;
        let es = cluster("", &[], vec![mention("قناه النيل الاخباريه", o, 0), mention("قناه النيل", o, 3)]);
        assert_eq!(es.len(), 1);
        assert_eq!(es[0].name, "قناه النيل الاخباريه");
    }
}
