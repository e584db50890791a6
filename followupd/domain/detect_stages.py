"""Which round or stage of an interview a part of its title names: ordinals, round words, CJK stage words."""

from __future__ import annotations

import re
import unicodedata

from followupd.domain.detect_defaults import TITLE_QUALIFIERS

__all__ = ["is_cjk", "ordinal", "without_cjk_stages"]


def is_cjk(word: str) -> bool:
    """The word holds a wide (CJK) character."""
    return any(unicodedata.east_asian_width(ch) in {"W", "F"} for ch in word)


# Which sitting, in words the qualifiers do not list: "Andra intervjun" (sv), "Toinen haastattelu" (fi),
# "İkinci mülakat" (tr), "Második interjú" (hu), "Druhý pohovor" (cs), "Δεύτερη συνέντευξη" (el). Only a part
# that is nothing else goes: "Erste Group" stays a company.
_ORDINALS = frozenset([
    "första", "andra", "tredje", "sista", "første", "anden", "andet", "andre", "sidste", "siste",
    "ensimmäinen", "toinen", "kolmas", "viimeinen", "erste", "zweite", "dritte", "letzte", "drittes",
    "letztes", "première", "seconde", "second", "primer", "primero", "segundo", "tercer", "tercero", "prima",
    "seconda", "terzo", "primeira", "primeiro", "terceira", "terceiro", "derde", "trzecia", "trzeci",
    "ostatnia", "pierwszy", "drugi", "první", "druhý", "druhé", "druhá", "třetí", "poslední", "ilk", "ikinci",
    "üçüncü", "son", "első", "második", "harmadik", "utolsó", "πρώτη", "δεύτερη", "τρίτη", "τελική",
    # Greek rounds are masculine: "(τελικός γύρος)", "(δεύτερος γύρος)"
    "πρώτος", "δεύτερος", "τρίτος", "τελικός", "τελευταίος",
])  # fmt: skip


def ordinal(text: str) -> bool:
    """An ordinal, or which round, as a part of its own: "Andra", "(segunda ronda)", "(2. Runde)", "(2e tour)",
    "(tweede ronde)", "(andra omgången)", "(drugi etap)", "(Tour 2)"."""
    words = text.lower().split()
    if any(w in _ORDINALS for w in words) and all(w in _ORDINALS or w in TITLE_QUALIFIERS for w in words):
        return True
    if len(words) == 1:  # what is left of "segunda ronda" once the qualifier "segunda" went
        return words[0] in _ROUNDS_ALONE
    return len(words) == 2 and (
        (words[1] in _ROUNDS and (_NUMBERED.match(words[0]) is not None or words[0] in _ORDINALS))
        or (words[0] in _ROUNDS and words[1].isdigit())
    )


_ROUNDS_ALONE = frozenset([
    "round", "runde", "ronde", "ronda", "rodada", "omgång", "omgången", "runda", "kierros", "kolo", "turno",
    "etapa", "etappe", "etap", "fase", "vaihe", "γύρος", "forduló",
])  # fmt: skip
# "Stage" (an internship in French) and "Tour" alone may name the job
_ROUNDS = _ROUNDS_ALONE | {"tour", "stage", "phase", "step", "tur", "turu"}
_NUMBERED = re.compile(r"^\d+(?:\.|e|ème|er|re|º|ª|°|st|nd|rd|th|a|o)?$")


# The stage or kind of a CJK interview, after the role or in a bracket of its own: "（技术面）", "二面", "HR面",
# "1차 기술", "실무", "임원", "一次面接", "技術面接".
_CJK_STAGE_WORD = (
    r"(?:技术|技術|业务|業務|专业|專業|综合|綜合|人事|现场|現場|线上|線上|电话|電話|视频|視頻|视讯|視訊|群|终|終|初|复|複|"
    r"hr|HR|[一二三四五六七八九十]|最终|最終|最后|最後|カジュアル|オンライン|役員|社長|グループ|"
    r"기술|실무|임원|인성|최종|컬처핏|코딩|화상|전화|대면|비대면|온라인|PT)"
)
_CJK_STAGE = re.compile(
    rf"^(?:第?[0-9一二三四五六七八九十]+\s*(?:차|次|轮|輪|回目?)|{_CJK_STAGE_WORD})+\s*(?:面试|面試|面接|面|면접)?$"
)


def without_cjk_stages(part: str) -> str:
    """A part without the CJK stage words after it ("데이터 엔지니어 1차 기술" -> "데이터 엔지니어"), "" when it is
    one ("技术面")."""
    if part.isascii():
        return part
    if _CJK_STAGE.match(part):
        return ""
    words = part.split()
    while len(words) >= 2 and _CJK_STAGE.match(words[-1]) and is_cjk(words[-1][-1]):
        words.pop()
    return " ".join(words)
