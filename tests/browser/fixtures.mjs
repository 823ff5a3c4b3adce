// A hand-made document for www/sample-article.txt, built from the extracted text by searching for
// the words, so shell tests do not depend on the state of the core's recogniser.

export function checksum(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

const LETTER = /[\u0621-\u064A\u0671-\u06D3\u0640]/;
const CLITIC = /[وفبلك]/;

/** Every whole-word occurrence of `form` (an Arabic clitic before it is allowed and left out). */
function occurrences(text, form) {
  const out = [];
  for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
    const after = text[i + form.length] ?? ' ';
    let b = i - 1;
    while (b >= 0 && CLITIC.test(text[b]) && i - b <= 2) b--; // at most two clitics (و + ل)
    const before = text[b] ?? ' ';
    if (!LETTER.test(after) && (b < 0 || !LETTER.test(before))) out.push({ start: i, end: i + form.length });
  }
  return out;
}

export function find(text, needle, from = 0) {
  const i = text.indexOf(needle, from);
  if (i < 0) throw new Error(`fixture: not in text: ${needle}`);
  return { start: i, end: i + needle.length };
}

const ENTITIES = [
  ['person', 'بدر عبد العاطي', ['وزير الخارجية المصري'], ['بدر عبد العاطي', 'عبد العاطي']],
  ['person', 'جان نويل بارو', ['نظيره الفرنسي'], ['جان نويل بارو', 'بارو']],
  ['person', 'إيمانويل ماكرون', ['الرئيس الفرنسي'], ['إيمانويل ماكرون', 'ماكرون']],
  ['person', 'منى الحسيني', ['عضو البرلمان المصري'], ['منى الحسيني', 'الحسيني']],
  ['person', 'هاني سويلم', ['وزير الموارد المائية والري'], ['هاني سويلم', 'سويلم']],
  ['person', 'كريم فوزي', ['أستاذ اقتصاديات المياه بجامعة القاهرة'], ['الدكتور كريم فوزي']],
  ['organization', 'الوكالة الفرنسية للتنمية', [], ['الوكالة الفرنسية للتنمية']],
  ['organization', 'وكالة أنباء الشرق الأوسط', [], ['وكالة أنباء الشرق الأوسط']],
  ['organization', 'حزب المستقبل الأخضر', [], ['حزب المستقبل الأخضر']],
  ['organization', 'رويترز', [], ['رويترز']],
  ['organization', 'جامعة القاهرة', [], ['جامعة القاهرة']],
  ['organization', 'مجلس النواب', [], ['مجلس النواب']],
  ['organization', 'الرئاسة المصرية', [], ['الرئاسة المصرية']],
  ['place', 'مصر', [], ['مصر', 'مـصـر']],
  ['place', 'فرنسا', [], ['فرنسا']],
  ['place', 'القاهرة', [], ['القاهرة']],
  ['place', 'باريس', [], ['باريس']],
  ['place', 'الإسكندرية', [], ['الإسكندرية']],
  ['place', 'الغردقة', [], ['الغردقة']],
  ['place', 'مرسى علم', [], ['مرسى علم']],
  ['place', 'البحر الأحمر', [], ['البحر الأحمر']],
  ['place', 'جنوب سيناء', [], ['جنوب سيناء']],
  ['place', 'نهر النيل', [], ['نهر النيل']],
];

export function sampleDocument(text) {
  const boilerplate = [
    find(text, 'شاهد أيضاً: جولة مصوّرة داخل أول محطة تحلية تعمل بالطاقة الشمسية في الغردقة'),
    { start: text.indexOf('أخبار ذات صلة'), end: text.length },
  ];
  const inBoiler = (s) => boilerplate.some((b) => s.start < b.end && b.start < s.end);
  const taken = [];
  const free = (s) => !inBoiler(s) && !taken.some((t) => s.start < t.end && t.start < s.end);
  // Organisations before places so "جامعة القاهرة" is not also "القاهرة"; longer forms first.
  const drafts = ENTITIES.map(([type, name, roles, forms]) => ({ type, name, roles, mentions: [] }));
  for (const d of drafts) {
    for (const form of ENTITIES.find((e) => e[1] === d.name)[3]) {
      for (const s of occurrences(text, form)) if (free(s)) { d.mentions.push(s); taken.push(s); }
    }
    d.mentions.sort((a, b) => a.start - b.start);
  }
  const entities = drafts.filter((d) => d.mentions.length).sort((a, b) => a.mentions[0].start - b.mentions[0].start)
    .map((d, i) => ({ id: `e${i + 1}`, ...d }));
  const id = (name) => entities.find((e) => e.name === name).id;
  const q = (kind, body, speaker, speakerText, spanText, from = 0) => {
    const s = find(text, body, from);
    const quote = { ...s, kind, speaker: speaker && id(speaker), speaker_text: speakerText };
    if (spanText) {
      // the speaker's words nearest the quote
      let best = -1;
      for (let i = text.indexOf(spanText); i >= 0; i = text.indexOf(spanText, i + 1)) if (Math.abs(i - s.start) < Math.abs(best - s.start)) best = i;
      quote.speaker_span = { start: best, end: best + spanText.length };
    }
    return quote;
  };
  const quotes = [
    q('indirect', 'المبادرة، التي تحمل اسم "نبع الشمس"، ستوفّر مياه الشرب لنحو ثلاثة ملايين نسمة في محافظتي البحر الأحمر وجنوب سيناء بحلول عام ٢٠٢٨', 'بدر عبد العاطي', 'عبد العاطي', 'عبد العاطي'),
    q('direct', '«لم تعد ندرة المياه قضية مؤجلة، بل أصبحت مسألة أمن قومي لمصر وللمنطقة بأسرها»', 'بدر عبد العاطي', 'عبد العاطي', null),
    q('indirect', 'الوكالة الفرنسية للتنمية ستتولى تمويل الشق الأكبر من المشروع بقروض ميسّرة', 'جان نويل بارو', 'بارو', 'بارو'),
    q('direct', '«شراكة طويلة الأمد لا صفقة عابرة»', 'جان نويل بارو', 'بارو', null),
    q('direct', '“الشراكة مع مصر ليست خياراً ظرفياً، بل رهانٌ على المستقبل المشترك لضفتي المتوسط”', 'إيمانويل ماكرون', 'الرئيس الفرنسي إيمانويل ماكرون', 'الرئيس الفرنسي إيمانويل ماكرون'),
    q('direct', '“سنعمل مع شركائنا في القاهرة والإسكندرية كي تصبح هذه المحطات نموذجاً يُحتذى في إفريقيا كلها”', 'إيمانويل ماكرون', 'ماكرون', 'ماكرون'),
    q('direct', '«نريد أن يرى المواطن أثر هذه الاستثمارات في صنبور بيته، لا في البيانات الرسمية وحدها»', 'منى الحسيني', 'منى الحسيني، عضو البرلمان المصري', 'منى الحسيني'),
    q('indirect', 'لجنة الطاقة والبيئة في مجلس النواب ستطلب تقارير دورية عن سير العمل في المحطات', 'منى الحسيني', 'الحسيني', 'الحسيني'),
    q('direct', '"المحطة الأولى ستدخل الخدمة خلال ١٨ شهراً، وستنتج ما يكفي لنحو مئتي ألف أسرة"', 'هاني سويلم', 'سويلم', 'سويلم'),
    q('indirect', 'المشروع يحتاج إلى «رقابة بيئية مستقلة ومعلنة»', 'كريم فوزي', 'الدكتور كريم فوزي', 'الدكتور كريم فوزي'),
    q('direct', '«ستفتح صفحة جديدة في العلاقات بين البلدين»', 'الرئاسة المصرية', 'الرئاسة المصرية', 'الرئاسة المصرية'),
  ].sort((a, b) => a.start - b.start);
  return { text_length: text.length, text_checksum: checksum(text), entities, quotes, boilerplate };
}
