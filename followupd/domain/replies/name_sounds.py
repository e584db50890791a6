"""How a name sounds, so that her name written in another script or with accents is still recognised."""

from __future__ import annotations

import re
import unicodedata

__all__ = ["skeleton"]

_KANA = dict(
    zip(
        "アイウエオカキクケコガギグゲゴサシスセソザジズゼゾタチツテトダヂヅデドナニヌネノハヒフヘホバビブベボパピプペポ"
        "マミムメモヤユヨラリルレロワヲンャュョッー",
        [
            "a",
            "i",
            "u",
            "e",
            "o",
            "ka",
            "ki",
            "ku",
            "ke",
            "ko",
            "ga",
            "gi",
            "gu",
            "ge",
            "go",
            "sa",
            "shi",
            "su",
            "se",
            "so",
            "za",
            "ji",
            "zu",
            "ze",
            "zo",
            "ta",
            "chi",
            "tsu",
            "te",
            "to",
            "da",
            "ji",
            "zu",
            "de",
            "do",
            "na",
            "ni",
            "nu",
            "ne",
            "no",
            "ha",
            "hi",
            "fu",
            "he",
            "ho",
            "ba",
            "bi",
            "bu",
            "be",
            "bo",
            "pa",
            "pi",
            "pu",
            "pe",
            "po",
            "ma",
            "mi",
            "mu",
            "me",
            "mo",
            "ya",
            "yu",
            "yo",
            "ra",
            "ri",
            "ru",
            "re",
            "ro",
            "wa",
            "o",
            "n",
            "ya",
            "yu",
            "yo",
            "_",
            "_",
        ],
        strict=True,
    )
)
_CYRILLIC = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ",
        [
            "a",
            "b",
            "v",
            "g",
            "d",
            "e",
            "e",
            "zh",
            "z",
            "i",
            "y",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "f",
            "h",
            "ts",
            "ch",
            "sh",
            "sch",
            "_",
            "y",
            "_",
            "e",
            "yu",
            "ya",
            "i",
            "yi",
            "ye",
            "g",
        ],
        strict=True,
    )
)


# Characters Chinese uses to write foreign names by sound (the Xinhua transliteration table's common ones):
# "玛雅" is Maya, "安娜" Anna, "莎拉" Sara. Only names are compared with these, never answers.
_HANZI = {
    **dict.fromkeys("玛马", "ma"),
    **dict.fromkeys("雅娅亚", "ya"),
    **dict.fromkeys("丽莉利里", "li"),
    **dict.fromkeys("娜纳", "na"),
    **dict.fromkeys("莎萨", "sa"),
    **dict.fromkeys("拉", "la"),
    **dict.fromkeys("安", "an"),
    **dict.fromkeys("艾爱", "ai"),
    **dict.fromkeys("米", "mi"),
    **dict.fromkeys("尼妮", "ni"),
    **dict.fromkeys("卡", "ka"),
    **dict.fromkeys("塔", "ta"),
    **dict.fromkeys("达", "da"),
    **dict.fromkeys("琳林", "lin"),
    **dict.fromkeys("露", "lu"),
    **dict.fromkeys("伊", "i"),
    **dict.fromkeys("奥", "o"),
    **dict.fromkeys("索", "so"),
    **dict.fromkeys("菲", "fi"),
    **dict.fromkeys("汉", "han"),
    **dict.fromkeys("杰", "je"),
    **dict.fromkeys("恩", "en"),
}


_GREEK = dict(
    zip(
        "αβγδεζηθικλμνξοπρσςτυφχψω",
        [
            "a",
            "v",
            "g",
            "d",
            "e",
            "z",
            "i",
            "th",
            "i",
            "k",
            "l",
            "m",
            "n",
            "x",
            "o",
            "p",
            "r",
            "s",
            "s",
            "t",
            "i",
            "f",
            "ch",
            "ps",
            "o",
        ],
        strict=True,
    )
)

# Hangul syllables are built from an initial, a vowel and a final (Unicode's arithmetic), romanised here
_INITIALS = [
    "g",
    "kk",
    "n",
    "d",
    "tt",
    "r",
    "m",
    "b",
    "pp",
    "s",
    "ss",
    "_",
    "j",
    "jj",
    "ch",
    "k",
    "t",
    "p",
    "h",
]
_VOWELS = [
    "a",
    "ae",
    "ya",
    "yae",
    "eo",
    "e",
    "yeo",
    "ye",
    "o",
    "wa",
    "wae",
    "oe",
    "yo",
    "u",
    "wo",
    "we",
    "wi",
    "yu",
    "eu",
    "ui",
    "i",
]
_FINALS = [
    "",
    *[
        "g",
        "kk",
        "gs",
        "n",
        "nj",
        "nh",
        "d",
        "l",
        "lg",
        "lm",
        "lb",
        "ls",
        "lt",
        "lp",
        "lh",
        "m",
        "b",
        "bs",
        "s",
        "ss",
        "ng",
        "j",
        "ch",
        "k",
        "t",
        "p",
        "h",
    ],
]


def _hangul(char: str) -> str:
    index = ord(char) - 0xAC00
    if not 0 <= index < 11172:
        return ""
    return _INITIALS[index // 588] + _VOWELS[index % 588 // 28] + _FINALS[index % 28]


def _sound(char: str) -> str:
    return _CYRILLIC.get(char) or _GREEK.get(char) or _HANZI.get(char) or char


def _bare(char: str) -> str:
    """A Latin letter without its accent ('á' is 'a')."""
    return "".join(c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c))


def skeleton(word: str) -> str:
    """A name as it sounds, written with accents or in katakana, Hangul, Cyrillic, Greek or Chinese characters:
    'Mája', 'マヤ', 'Майя', '玛雅', '마야', 'Μάγια' and 'Maya' all 'maia'."""
    word = word.lower().replace("γι", "y").replace("γί", "y")  # Greek "Μάγια": γ before ι sounds as y
    latin = "".join(_KANA.get(c) or _hangul(c) or _sound(_bare(c)) for c in word)
    latin = latin.replace("_", "")
    latin = re.sub(r"[jy]", "i", latin)
    return re.sub(r"(.)\1+", r"\1", latin)
