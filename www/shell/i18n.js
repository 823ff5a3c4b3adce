// The shell's UI words in Arabic (default) and English: mount(…, { lang: 'en' }). Article text,
// names and quotes are never translated; only the card, panel and status line.

// Counts are whole numbers, formatted here as Intl.NumberFormat('ar-EG') and Intl.PluralRules('ar')
// would (Arabic-Indic digits, "٬" between thousands; CLDR's plural categories): building those two
// loads the browser's Arabic locale data, ~15 ms of the first annotation on a cold page.
const DIGITS = '٠١٢٣٤٥٦٧٨٩';
const ar = (n) => String(Math.trunc(n)).replace(/\B(?=(?:\d{3})+$)/g, '٬').replace(/\d/g, (d) => DIGITS[d]);
/** CLDR plural category of a whole number n ≥ 0 in Arabic (exported for its test). */
export const arPlural = (n) => {
  const r = n % 100;
  return n === 0 ? 'zero' : n === 1 ? 'one' : n === 2 ? 'two' : r >= 3 && r <= 10 ? 'few' : r >= 11 ? 'many' : 'other';
};
const en = (n) => String(n);

export const LABELS = {
  ar: {
    dir: 'rtl', lang: 'ar', fmt: ar,
    kind: { person: 'شخص', organization: 'منظمة', place: 'مكان' },
    quoteKind: { direct: 'اقتباس مباشر', indirect: 'كلام منقول' },
    /** "إشارة واحدة", "إشارتان", "٣ إشارات", "١١ إشارة"… */
    mentions(n) {
      switch (arPlural(n)) {
        case 'one': return 'إشارة واحدة';
        case 'two': return 'إشارتان';
        case 'few': return `${ar(n)} إشارات`;
        default: return `${ar(n)} إشارة`;
      }
    },
    nth: (i, n) => `هذه ${ar(i)} من ${ar(n)}`,
    quotesTitle: (n) => `الاقتباسات (${ar(n)})`,
    prev: '→ السابقة', prevLabel: 'الإشارة السابقة', next: 'التالية ←', nextLabel: 'الإشارة التالية',
    only: 'فقط هذا', onlyLabel: (name) => `إظهار ${name} فقط`,
    speaker: 'المتحدث: ', unknownSpeaker: 'غير محدد', goSpeaker: 'انتقل إلى المتحدث', quote: 'اقتباس',
    filters: { person: 'أشخاص', organization: 'منظمات', place: 'أماكن', quotes: 'اقتباسات' },
    show: 'إظهار', onlyPrefix: 'فقط:', onlyActor: 'فقط هذا الفاعل', allActors: 'كل الفاعلين', showAll: 'إظهار الكل',
    nowOnly: 'يظهر الآن فقط: ', listTitle: 'الكيانات', listLabel: 'الكيانات، مرتبة حسب عدد الإشارات',
    item: (name, kind, n) => `${name}، ${kind}، ${ar(n)}`,
    empty: 'لم يُعثر على أشخاص أو منظمات أو أماكن في هذا النص.',
    status: (p, o, pl, q) => `${ar(p)} أشخاص، ${ar(o)} منظمات، ${ar(pl)} أماكن، ${ar(q)} اقتباسات`,
  },
  en: {
    dir: 'ltr', lang: 'en', fmt: en,
    kind: { person: 'person', organization: 'organisation', place: 'place' },
    quoteKind: { direct: 'direct quote', indirect: 'reported speech' },
    mentions: (n) => (n === 1 ? '1 mention' : `${n} mentions`),
    nth: (i, n) => `this is ${i} of ${n}`,
    quotesTitle: (n) => `Quotes (${n})`,
    prev: '← Previous', prevLabel: 'Previous mention', next: 'Next →', nextLabel: 'Next mention',
    only: 'Only this', onlyLabel: (name) => `Show only ${name}`,
    speaker: 'Speaker: ', unknownSpeaker: 'unknown', goSpeaker: 'Go to the speaker', quote: 'Quote',
    filters: { person: 'People', organization: 'Organisations', place: 'Places', quotes: 'Quotes' },
    show: 'Show', onlyPrefix: 'Only:', onlyActor: 'Only this actor', allActors: 'All actors', showAll: 'Show all',
    nowOnly: 'Now showing only: ', listTitle: 'Entities', listLabel: 'Entities, by number of mentions',
    item: (name, kind, n) => `${name}, ${kind}, ${n}`,
    empty: 'No people, organisations or places were found in this text.',
    status: (p, o, pl, q) => `${p} people, ${o} organisations, ${pl} places, ${q} quotes`,
  },
};

export const labels = (lang) => LABELS[lang] ?? LABELS.ar;
