"""Names written in scripts that the question reader's words leave out: Hangul, kana, Chinese characters, Hebrew, Arabic,
Devanagari and Thai.

`lexicon.words` reads Latin letters (and `subjects.latin` Greek and Cyrillic ones): a Korean question's '타레몰린' or a
Hebrew one's 'הלבורפין' is no word to it. A statement's name in such a script is kept as it is written (`script_key`), and
found in a question written in that script by its letters (Korean and Hebrew join particles and prefixes to a name:
'타레몰린이', 'להלבורפין'). Hangul and kana spell sounds, so a name in them is also spelt in Latin letters (`romanised`,
Revised Romanization and Hepburn), which is how a question in another language writes it ('taremolin').
"""

from __future__ import annotations

import re
import unicodedata

from statement_qa.language import SCRIPTS

# Letters of the scripts the words of a question leave out: those `language.SCRIPTS` tells languages by, but Greek and
# Cyrillic, which `subjects.latin` spells in Latin letters.
UNSPELT = re.compile("|".join(pattern.pattern for code, pattern in SCRIPTS if code not in ("el", "uk", "ru")))
_NOT_A_LETTER = re.compile(r"[\W\d_]+")

# Hangul syllables: 19 initials × 21 vowels × 28 finals (the first final: none), in Revised Romanization.
_INITIALS = "g kk n d tt r m b pp s ss - j jj ch k t p h".split()
_VOWELS = "a ae ya yae eo e yeo ye o wa wae oe yo u wo we wi yu eu ui i".split()
_FINALS = ["", *"k k k n n n t l k m l l l p l m p p t t ng t t k t p t".split()]

# Kana in Hepburn: the row's consonant and the vowel, and the sounds that are spelt otherwise.
_KANA_ROWS = {
    "": "アイウエオ", "k": "カキクケコ", "g": "ガギグゲゴ", "s": "サシスセソ", "z": "ザジズゼゾ", "t": "タチツテト",
    "d": "ダヂヅデド", "n": "ナニヌネノ", "h": "ハヒフヘホ", "b": "バビブベボ", "p": "パピプペポ", "m": "マミムメモ",
    "r": "ラリルレロ", "y": "ヤ-ユ-ヨ", "w": "ワ---ヲ",
}
_KANA = {kana: consonant + vowel for consonant, row in _KANA_ROWS.items() for kana, vowel in zip(row, "aiueo")
         if kana != "-"}
_KANA.update({"シ": "shi", "ジ": "ji", "チ": "chi", "ヂ": "ji", "ツ": "tsu", "ヅ": "zu", "フ": "fu", "ヲ": "o", "ン": "n",
              "ヴ": "vu"})
_SMALL_KANA = {"ャ": "ya", "ュ": "yu", "ョ": "yo", "ァ": "a", "ィ": "i", "ゥ": "u", "ェ": "e", "ォ": "o"}


def script_key(name: str) -> str:
    """A name in one of those scripts as one key: its letters, lower-cased, without spaces or signs."""
    return _NOT_A_LETTER.sub("", unicodedata.normalize("NFC", name).casefold())


def romanised(name: str) -> str | None:
    """A name in Hangul or kana in Latin letters ('타레몰린' → 'taremollin', 'ハルボラピン' → 'haruborapin'); None for a
    name in another script, which spells no vowels (Hebrew, Arabic) or no sounds (Chinese)."""
    if re.search(r"[\uac00-\ud7a3]", name):
        return _hangul(name)
    if re.search(r"[\u3040-\u30ff]", name):
        return _kana(name)
    return None


def _hangul(name: str) -> str:
    spelt: list[str] = []
    last_final = 0
    for char in name:
        code = ord(char) - 0xAC00
        if not 0 <= code < 11172:
            spelt.append(char)
            last_final = 0
            continue
        initial, vowel, final = code // 588, code % 588 // 28, code % 28
        onset = _INITIALS[initial].replace("-", "")
        if onset == "r" and last_final == 8:  # ㄹ after ㄹ is 'l': 몰린 'mollin'
            onset = "l"
        spelt.append(onset + _VOWELS[vowel] + _FINALS[final])
        last_final = final
    return "".join(spelt)


def _kana(name: str) -> str:
    katakana = "".join(chr(ord(c) + 0x60) if "\u3041" <= c <= "\u3096" else c for c in name)  # hiragana as katakana
    spelt = ""
    double = False
    for char in katakana:
        if char == "ッ":
            double = True
            continue
        if char == "ー":  # a long vowel: its vowel again
            spelt += spelt[-1:] if spelt[-1:] in set("aiueo") else ""
            continue
        if char in _SMALL_KANA and spelt:
            small = _SMALL_KANA[char]
            if len(small) == 1:  # 'ティ' ti, 'ファ' fa: its vowel replaces the one before
                spelt = spelt[:-1] + small
            elif spelt.endswith(("shi", "chi", "ji")):  # 'シャ' sha, 'ジョ' jo
                spelt = spelt[:-1] + small[1]
            else:  # 'キャ' kya, 'リュ' ryu
                spelt = spelt[:-1] + small
            continue
        sound = _KANA.get(char, char)
        if double and sound:
            sound = sound[0] + sound
        double = False
        spelt += sound
    return spelt.casefold()
