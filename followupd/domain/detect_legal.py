"""Company legal forms ("GmbH", "S.p.A.", "株式会社", "주식회사") that mark a title's part as the company."""

from __future__ import annotations

import re

from followupd.domain.detect_roles import has_role

__all__ = ["FORM_AFTER_COMMA", "apart_after_form", "has_legal_form", "keeps_bracket"]

# Forms written after the name, case as companies write them: short ones in capitals only ("AS", "AB", "SA"),
# since "as", "ab", "sa" are words of a title too.
_AFTER = (
    r"GmbH(?:\s*&\s*Co\.?\s*KG)?|AG|KG|KGaA|SE|e\.\s?V\.|AB|Oyj?|ASA|AS|ApS|A/S|S\.\s?A\.(?:\s+de\s+C\.\s?V\.)?|SA|"
    r"SAS|S\.A\.S\.|SARL|S\.à\s?r\.l\.|S\.L\.U?\.?|SLU?|S\.p\.A\.|SpA|S\.r\.l\.|Srl|SRL|S\.R\.L\.|B\.V\.|BV|N\.V\.|NV|"
    r"sp\.\s?z\s?o\.\s?o\.|Sp\.\s?z\s?o\.\s?o\.|s\.r\.o\.|a\.s\.|Kft\.?|Zrt\.?|Nyrt\.?|A\.Ş\.|AŞ|Ltd\.?|Limited|"
    r"LLC|L\.L\.C\.|LLP|PLC|plc|Inc\.?|Corp\.?|Co\.,?\s?Ltd\.?|Pty(?:\s+Ltd\.?)?|Pvt\.?\s+Ltd\.?|KK|K\.K\.|"
    r"Lda\.?|Ltda\.?|A\.E\.|d\.o\.o\.|OÜ|UAB|SIA|בע\"מ"
)
# Forms written before or after the name in CJK: "(주)한빛소프트", "株式会社ミナトデータ", "深圳云帆科技有限公司".
_CJK_FORMS = (
    "株式会社",
    "有限会社",
    "合同会社",
    "(株)",
    "(有)",
    "(同)",
    "股份有限公司",
    "有限公司",
    "公司",
    "주식회사",
    "(주)",
    "유한회사",
)
_CJK = "|".join(re.escape(form) for form in sorted(_CJK_FORMS, key=len, reverse=True))
# The same forms as words, looked up a word at a time (about three times faster than one expression over the
# text): a form that is one word, or the word of it that no title has otherwise ("o.o.", "C.V.").
_AFTER_WORDS = frozenset(
    [
        "GmbH",
        "AG",
        "KG",
        "KGaA",
        "SE",
        "e.V.",
        "AB",
        "Oy",
        "Oyj",
        "ASA",
        "AS",
        "ApS",
        "A/S",
        "S.A.",
        "SA",
        "SAS",
        "S.A.S.",
        "SARL",
        "r.l.",
        "S.L.",
        "S.L.U.",
        "SL",
        "SLU",
        "S.p.A.",
        "SpA",
        "S.r.l.",
        "Srl",
        "SRL",
        "S.R.L.",
        "B.V.",
        "BV",
        "N.V.",
        "NV",
        "o.o.",
        "s.r.o.",
        "a.s.",
        "Kft",
        "Kft.",
        "Zrt",
        "Zrt.",
        "Nyrt",
        "Nyrt.",
        "A.Ş.",
        "AŞ",
        "Ltd",
        "Ltd.",
        "Limited",
        "LLC",
        "L.L.C.",
        "LLP",
        "PLC",
        "plc",
        "Inc",
        "Inc.",
        "Corp",
        "Corp.",
        "Pty",
        "Pvt",
        "Pvt.",
        "KK",
        "K.K.",
        "Lda",
        "Lda.",
        "Ltda",
        "Ltda.",
        "A.E.",
        "d.o.o.",
        "OÜ",
        "UAB",
        "SIA",
        "C.V.",
        'בע"מ',
    ]
)
_BEFORE_WORDS = frozenset(["PT", "ООО", "ОАО", "ЗАО", "АО", "ПАО", "ТОВ", "OOO", "Công"])
# "(株)", "(주)": a bracket that is part of the name, not around a part of the title.
_NAME_BRACKET = re.compile(r"^\((?:株|有|同|주)\)")


def has_legal_form(text: str) -> bool:
    """The text carries a company's legal form: "Hollerith AG", "Wisła Soft sp. z o.o.", "(株)ミナトデータ"."""
    if not text.isascii() and any(form in text for form in _CJK_FORMS):
        return True
    words = text.replace(",", " ").replace("(", " ").replace(")", " ").split()
    return not (_AFTER_WORDS.isdisjoint(words) and _BEFORE_WORDS.isdisjoint(words[:-1]))


def keeps_bracket(text: str) -> bool:
    """The text starts with a legal form in brackets, "(주)한빛소프트", whose bracket a tidy-up must keep."""
    return _NAME_BRACKET.match(text) is not None


# A legal form, the name and a role with no separator between them: "주식회사 한빛소프트 백엔드 개발자",
# "Globex GmbH Data Engineer".
_FORM_THEN_NAME = re.compile(rf"^(?P<company>(?:{_CJK})\s*\S+)\s+(?P<rest>\S.*)$")
_NAME_THEN_FORM = re.compile(rf"^(?P<company>.+?\s(?:{_AFTER}))\s+(?P<rest>\S.*)$")


def apart_after_form(part: str) -> list[str]:
    """A part that is a company with its legal form and then a role, as two parts; any other part alone."""
    if not has_legal_form(part):
        return [part]
    for shape in (_FORM_THEN_NAME, _NAME_THEN_FORM):
        match = shape.match(part)
        if match and has_role(match.group("rest")) and not has_role(match.group("company")):
            return [match.group("company"), match.group("rest")]
    return [part]


# A comma right before a legal form is part of the name: "Initech, Inc.", "Globex, LLC".
FORM_AFTER_COMMA = rf"(?:{_AFTER})(?=$|[\s,)\]–—|/:])"
