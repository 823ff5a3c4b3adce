//! The speech-verb lexicon (`data/lexicon/speech-verbs.txt`) and the small closed word lists the
//! quote finder uses. Every form is normalised (see `text::normalize`).

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::OnceLock;

use crate::text::normalize;

/// Grammatical gender and number of a verb form, which its subject shares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Masculine,
    Feminine,
    Plural,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Verb {
    pub gender: Gender,
    /// A participle ("مشيراً", "مضيفة"): never has its own subject; the sentence's speaker talks.
    pub participle: bool,
    /// Introduces words in quotation marks.
    pub direct: bool,
    /// Takes a reported clause after إن/أن (and إلى أن, على أن, من أن).
    pub reported: bool,
}

fn lexicon() -> &'static HashMap<String, Verb> {
    static LEX: OnceLock<HashMap<String, Verb>> = OnceLock::new();
    LEX.get_or_init(|| parse(include_str!("../../data/lexicon/speech-verbs.txt")))
}

fn parse(data: &str) -> HashMap<String, Verb> {
    let mut map = HashMap::default();
    for line in data.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let mut fields = line.split('\t').map(str::trim);
        let (Some(form), Some(gender)) = (fields.next(), fields.next()) else { continue };
        let comps: Vec<&str> = fields.flat_map(|f| f.split_whitespace()).collect();
        let (participle, g) = match gender.strip_prefix("n/") {
            Some(g) => (true, g),
            None => (false, gender),
        };
        let gender = match g {
            "f" => Gender::Feminine,
            "p" => Gender::Plural,
            _ => Gender::Masculine,
        };
        let direct = comps.contains(&":") || comps.contains(&"-");
        let reported = comps.iter().any(|c| c.ends_with("ان"));
        map.insert(normalize(form), Verb { gender, participle, direct, reported });
    }
    map
}

/// The verb a normalised word is, with whether a conjunction (و/ف) was attached to it.
pub fn verb(norm: &str) -> Option<(Verb, bool)> {
    let lex = lexicon();
    if let Some(v) = lex.get(norm) {
        return Some((*v, false));
    }
    let rest = norm.strip_prefix('و').or_else(|| norm.strip_prefix('ف'))?;
    if rest.chars().count() < 2 {
        return None;
    }
    lex.get(rest).map(|v| (*v, true))
}

fn set(words: &[&str]) -> HashSet<String> {
    words.iter().map(|w| normalize(w)).collect()
}

macro_rules! word_set {
    ($name:ident, $($w:expr),* $(,)?) => {
        pub fn $name(norm: &str) -> bool {
            static S: OnceLock<HashSet<String>> = OnceLock::new();
            S.get_or_init(|| set(&[$($w),*])).contains(norm)
        }
    };
}

// إن/أن and their pronoun-suffixed forms, with ب (the reported clause starts after the word).
word_set!(is_complementizer,
    "إن", "أن", "بأن", "إنه", "أنه", "بأنه", "إنها", "أنها", "بأنها", "إنهم", "أنهم", "بأنهم",
    "إنهما", "أنهما", "بأنهما", "إنهن", "أنهن", "إنني", "أنني", "بأنني", "إننا", "أننا", "بأننا",
    "إنكم", "أنكم", "وإن", "وأن", "وبأن", "وإنه", "وأنه", "وإنها", "وأنها");

// Words after which أن is not a speech complementiser ("بعد أن", "يمكن أن").
word_set!(is_non_speech_before_an,
    "بعد", "قبل", "منذ", "حتى", "دون", "بدون", "يمكن", "يمكنه", "يمكنها", "يجب", "ينبغي", "لابد", "بد",
    "رغم", "الرغم", "بالرغم", "لو", "كما", "مجرد", "بمجرد", "شأن", "شأنه", "شأنها", "ضرورة", "بضرورة",
    "أجل", "لأجل", "يريد", "تريد", "أراد", "أرادت", "حاول", "حاولت", "يحاول", "تحاول", "لكي", "كي",
    "عسى", "إلا", "بما", "كون", "في", "أمله", "أملها", "يستطيع", "تستطيع", "استطاع", "يحق", "إمكانية", "احتمال", "يتوقع");

// Words that end a speaker's noun phrase after the verb: prepositions, particles, time words,
// relative pronouns, demonstratives.
word_set!(is_np_stop,
    "في", "فى", "خلال", "على", "عن", "إلى", "لدى", "مع", "عبر", "أمام", "عند", "بعد", "قبل", "حول",
    "بشأن", "أثناء", "ضمن", "بحسب", "حسب", "وفق", "وفقا", "نقلا", "منذ", "حين", "عندما", "بينما",
    "فيما", "كما", "لكن", "ولكن", "إلا", "إذا", "إذ", "قد", "وقد", "لقد", "سوف", "لا", "لم", "لن",
    "ما", "يوم", "اليوم", "أمس", "مساء", "صباح", "الليلة", "ليلة", "الأحد", "الاثنين", "الإثنين",
    "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "أيضا", "كذلك", "بدوره", "بدورها",
    "بدورهم", "لاحقا", "مؤخرا", "سابقا", "آنذاك", "حينها", "الذي", "التي", "الذين", "اللذين",
    "اللتين", "اللذان", "اللتان", "وهو", "وهي", "وهم", "هو", "هي", "هم", "حيث", "ثم", "أو", "أم", "بل",
    "هذا", "هذه", "ذلك", "تلك", "هؤلاء", "أي", "له", "لها", "لهم", "لي", "لنا", "لك", "لكم",
    "ذاته", "ذاتها", "نفسه", "نفسها", "فقد", "ولقد", "بيان", "تصريح", "تصريحات", "مقابلة",
    "حديث", "كلمة", "مؤتمر", "تغريدة", "منشور", "رسالة", "إن", "أن", "يا", "الآن", "عندئذ",
    "أنه", "إنه", "لأن", "بأن", "صراحة", "بوضوح", "مرارا", "مجددا", "أخيرا", "سابق", "وقت",
    "فيه", "فيها", "فيهم", "عنه", "عنها", "عنهم", "منه", "منها", "عليه", "عليها", "إليه", "إليها",
    "لديه", "لديها", "معه", "معها", "خلاله", "خلالها", "بعدها", "بعده", "قبلها", "قبله", "خصوصا", "خاصة", "لاسيما", "سيما", "تحديدا", "كلما", "مثل",
    "لكنه", "لكنها", "ولكنه", "ولكنها", "غير", "بشكل", "بصورة", "بعيد", "إثر", "عقب", "وسط", "بين",
    "الشهر", "الأسبوع", "العام", "السنة", "الماضي", "الماضية", "المقبل", "المقبلة", "الجاري", "الجارية",
    "شهر", "أسبوع", "عام", "سنة", "مطلع", "أواخر", "أوائل", "منتصف", "نهاية", "بداية");

// Quantifiers after which "من" stays inside the noun phrase ("العديد من الخبراء").
word_set!(is_quantifier,
    "العديد", "عدد", "بعض", "أحد", "إحدى", "كثير", "الكثير", "كثيرون", "مجموعة", "جميع", "كل",
    "عشرات", "مئات", "آلاف", "أغلب", "معظم", "غالبية", "أكثر", "عدد", "جمع", "فريق", "عضو", "أعضاء");

// Media nouns a "ل" may attach to between the verb and the clause ("قال لوسائل الإعلام إن").
word_set!(is_media_after_lam,
    "وسائل", "صحيفة", "قناة", "وكالة", "موقع", "تلفزيون", "إذاعة", "شبكة", "صحفيين", "الصحفيين",
    "مراسل", "مجلة", "برنامج", "محطة", "راديو", "صحف", "وكالات", "قنوات", "مواقع", "رويترز",
    "فرانس", "أسوشيتد", "سكاي", "تلفزيونات", "موقعه", "موقعها", "صفحته", "صفحتها", "حسابه", "حسابها");

// Words before a verb that mean the verb's subject is the pronoun in it, not a noun before it.
word_set!(is_pre_verb_particle,
    "كما", "وكما", "قد", "وقد", "فقد", "لقد", "ولقد", "ثم", "حيث", "بينما", "فيما", "عندما", "حين",
    "لما", "كذلك", "أيضا", "لكن", "ولكن", "إذ", "ما", "وما", "كان", "وكان", "كانت", "وكانت", "لم",
    "ولم", "لن", "لا", "ولا", "سوف", "بل", "كلما", "فيما", "مثلما", "بعدما",
    "قبلما", "طالما", "حسبما", "بحسب", "وفق", "وفقا", "ذلك", "هكذا", "وهكذا", "فقط", "وبدوره",
    "بدوره", "بدورها", "وبدورها", "ليلا", "الآن");

// Words after which a verb form is a verbal noun ("عدم ذكر اسمه", "دون كشف هويته").
word_set!(is_masdar_context,
    "عدم", "دون", "بدون", "رفض", "رفضت", "يرفض", "ترفض", "مجرد", "بمجرد", "عند", "لدى", "إثر", "حق");

// Nouns that head an institution inside a title ("رئيس مجلس النواب …", "المتحدث باسم …").
word_set!(is_institution,
    "مجلس", "وزارة", "هيئة", "لجنة", "حكومة", "جامعة", "مركز", "شركة", "حزب", "منظمة", "اتحاد",
    "مكتب", "جهاز", "دائرة", "إدارة", "بنك", "مجلة", "صحيفة", "قناة", "وكالة", "سفارة", "قسم",
    "كلية", "معهد", "جمعية", "برلمان", "باسم", "نادي", "فريق", "منتخب", "رئاسة", "قيادة", "أركان", "مجموعة", "شؤون", "مديرية");

// Boundaries a noun phrase before its verb (subject–verb order) may start after.
word_set!(is_clause_boundary_word,
    "أن", "إن", "وأن", "وإن", "حتى", "لكن", "ولكن", "بل", "إذ", "حيث", "بينما", "فيما",
    "غير", "لأن", "إلا", "بعدما", "عندما", "أما", "وأما", "كان", "وكان", "كانت", "وكانت", "فكان",
    "فكانت", "بأن", "لقد", "ولقد", "فقد", "وقد", "قد");

// Words just before an opening mark that make the quoted words a name or a term.
word_set!(is_naming_cue,
    "باسم", "اسم", "الاسم", "يسمى", "تسمى", "المسمى", "المسماة", "يسمى", "بمسمى", "مسمى", "يعرف",
    "تعرف", "المعروف", "المعروفة", "يدعى", "تدعى", "المدعو", "المدعوة", "بعنوان", "عنوان",
    "العنوان", "شعار", "بشعار", "الشعار", "لقب", "بلقب", "اللقب", "الملقب", "الملقبة", "ب", "بـ",
    "مصطلح", "المصطلح", "بمصطلح", "عبارة", "بعبارة", "كلمة", "بكلمة", "وسم", "هاشتاغ", "هاشتاج",
    "وكالة", "صحيفة", "قناة", "موقع", "مجلة", "شركة", "حزب", "حركة", "منظمة", "جماعة", "فيلم",
    "كتاب", "رواية", "مسلسل", "برنامج", "عملية", "مبادرة", "مشروع", "تحالف", "مؤسسة", "جمعية",
    "تنظيم", "ائتلاف", "جبهة", "ميليشيا", "فرقة", "أغنية", "قصيدة", "مجموعة", "منصة", "تطبيق");

// Titles that head a noun phrase whose name comes last ("الرئيس التونسي سامي الحداد").
word_set!(is_title_head,
    "رئيس", "رئيسة", "وزير", "وزيرة", "نائب", "نائبة", "عضو", "مدير", "مديرة", "زعيم", "زعيمة",
    "قائد", "سفير", "سفيرة", "مستشار", "مستشارة", "أمين", "متحدث", "متحدثة", "ناطق", "ناطقة",
    "مبعوث", "مبعوثة", "ملك", "ملكة", "أمير", "أميرة", "شيخ", "رئيس", "مساعد", "مساعدة",
    "محافظ", "حاكم", "عمدة", "مفوض", "مندوب", "مندوبة", "قاضي", "نقيب", "عميد", "لواء", "عقيد",
    "مدرب", "مدربة", "لاعب", "لاعبة", "نجم", "نجمة", "قائدة", "سكرتير", "ممثل", "ممثلة", "مراسل",
    "مراسلة", "رئيسا", "دكتور", "الدكتور", "السيد", "السيدة", "الشيخ", "الحاج", "المهندس", "الأستاذ",
    "البروفيسور", "الجنرال", "الفريق", "المشير", "الملك", "الأمير", "الرئيس", "الوزير", "كبير", "كبيرة");

#[cfg(test)]
mod tests {
    use super::*;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    #[test]
    fn lexicon_loads_with_genders_and_clitics() {
        let (v, clitic) = verb(&normalize("وقالت")).unwrap();
        assert_eq!(v.gender, Gender::Feminine);
        assert!(clitic && v.direct && v.reported);
        let (v, clitic) = verb(&normalize("يُشير")).unwrap();
        assert_eq!(v.gender, Gender::Masculine);
        assert!(!clitic && v.reported);
        assert!(verb(&normalize("مشيراً")).unwrap().0.participle);
        assert!(verb(&normalize("تابع")).is_some_and(|(v, _)| v.direct && v.reported));
        assert!(verb(&normalize("متسائلاً")).is_some_and(|(v, _)| v.direct && !v.reported));
        assert!(verb("المدرسه").is_none());
    }
}
