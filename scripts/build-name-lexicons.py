#!/usr/bin/env python3
"""Builds data/lexicon/names/*.txt (person-name gazetteers for the NER tagger's features).

Called by scripts/build-name-lexicons.sh with the unpacked packages:
  build-name-lexicons.py ARABNAMER_DIR ARABIC_NAME_TO_EN_DIR NAME_VARIANTS_DIR OUT_DIR [DICT_WORDS]
DICT_WORDS is the word list of npm @cspell/dict-ar as `cspell-trie reader` prints it.

Writes, one name a line, sorted, Arabic letters only (hamza forms kept as the source writes them:
the tagger normalises at load time):
  given.txt   given names (arabic-name-to-en's name table, name-variants' Arabic table)
  persons.txt single words of person names, given or family, Arab or foreign (arabnamer's
              English -> Arabic name dictionary), given names included
  trigrams.tsv letter trigrams (with "<" and ">" at the word's ends) and their log-odds of occurring
              in a word of persons.txt rather than in a word of the Arabic dictionary (a 1-in-97
              sample of @cspell/dict-ar's words); trigrams seen fewer than 5 times are left out
"""
import json, math, os, re, sys
from collections import Counter

ARABIC_WORD = re.compile("^[\u0621-\u063A\u0641-\u064A]{2,}$")
DIACRITICS = re.compile("[\u064B-\u0652\u0640]")


def words_of(name):
    name = DIACRITICS.sub("", name)
    return [w for w in re.split(r"[\s\-]+", name) if ARABIC_WORD.match(w)]


def main(arabnamer, name_to_en, variants, out):
    given = set()
    # arabic-name-to-en: cases/fullnamedb.js is `module.exports = { NAME: "Latin", ... }`.
    src = open(os.path.join(name_to_en, "cases", "fullnamedb.js"), encoding="utf-8").read()
    for key in re.findall(r"^\s*['\"]?([^\s:'\"]+)['\"]?\s*:", src, flags=re.M):
        given.update(words_of(key))
    # name-variants: name_variants/arabic_names.py has a dict keyed by Arabic-script names.
    src = open(os.path.join(variants, "name_variants", "arabic_names.py"), encoding="utf-8").read()
    for key in re.findall(r'^\s*"([^"]+)"\s*:\s*\{', src, flags=re.M):
        given.update(words_of(key))
    persons = set(given)
    d = json.load(open(os.path.join(arabnamer, "arabnamer", "data", "dict_FINAL.json"), encoding="utf-8"))
    for value in d.values():
        if isinstance(value, str):
            persons.update(words_of(value))
    # Single words that are particles, not names.
    stop = {"ابو", "أبو", "ابن", "بن", "بنت", "عبد", "آل", "ال", "دي", "دو", "فان", "فون", "لا", "لو", "دا"}
    given -= stop
    persons -= stop
    os.makedirs(out, exist_ok=True)
    for name, items in (("given.txt", given), ("persons.txt", persons)):
        with open(os.path.join(out, name), "w", encoding="utf-8") as f:
            for w in sorted(items):
                f.write(w + "\n")
        print(f"{name}: {len(items)} names", file=sys.stderr)


def trigram_norm(w):
    """Rough stand-in for the tagger's stem: hamza forms of alef folded, ta marbuta as ha and alef
    maqsura as ya, the article and a final ha (ta marbuta) off."""
    w = DIACRITICS.sub("", w)
    w = re.sub("[أإآٱ]", "ا", w).replace("ة", "ه").replace("ى", "ي")
    if w.startswith("ال") and len(w) > 4:
        w = w[2:]
    if w.endswith("ه") and len(w) > 3:
        w = w[:-1]
    return w


def trigrams(w):
    w = "<" + w + ">"
    return [w[i:i + 3] for i in range(len(w) - 2)]


def build_trigrams(out, dict_words):
    names = set(trigram_norm(l.strip()) for l in open(os.path.join(out, "persons.txt"), encoding="utf-8"))
    words = set()
    word3 = re.compile("^[\u0621-\u064a]{3,}$")
    with open(dict_words, encoding="utf-8", errors="ignore") as f:
        for i, line in enumerate(f):
            # "~" and ":" lines are the reader's accent-folded and affix forms: skip them.
            if line[0] in "~:" or i % 97:
                continue
            w = line.strip()
            if word3.match(w):
                words.add(trigram_norm(w))
    cn, cw = Counter(), Counter()
    for w in names:
        cn.update(trigrams(w))
    for w in words:
        cw.update(trigrams(w))
    total_n, total_w = sum(cn.values()), sum(cw.values())
    rows = []
    for g in set(cn) | set(cw):
        a, b = cn[g], cw[g]
        if a + b < 5:
            continue
        rows.append((g, round(math.log((a + 0.5) / total_n) - math.log((b + 0.5) / total_w), 1)))
    rows.sort()
    with open(os.path.join(out, "trigrams.tsv"), "w", encoding="utf-8") as f:
        f.write("".join(f"{g}\t{v}\n" for g, v in rows))
    print(f"trigrams.tsv: {len(rows)} trigrams from {len(names)} name words and {len(words)} dictionary words", file=sys.stderr)


if __name__ == "__main__":
    main(*sys.argv[1:5])
    if len(sys.argv) > 5:
        build_trigrams(sys.argv[4], sys.argv[5])
