"""Read company and role from an interview title, and match word lists in titles as whole words."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from followupd.domain.detect_defaults import TITLE_PREFIXES, TITLE_QUALIFIERS
from followupd.domain.detect_legal import FORM_AFTER_COMMA, apart_after_form, has_legal_form, keeps_bracket
from followupd.domain.detect_roles import ROLE_WORDS, has_role
from followupd.domain.detect_stages import is_cjk, ordinal, without_cjk_stages
from followupd.domain.detect_words import GIVEN_NAMES, INTERVIEW_KINDS

__all__ = [
    "ROLE_WORDS",
    "clean_title",
    "find_word",
    "has_role",
    "keyword_span",
    "names_company",
    "normal",
    "parse_title",
    "spellings",
    "title_parts",
    "word_spans",
]

_SEPARATORS = ":-–—|/·•,»«›‹~"
# A part of a title that says how or how long, not who: "(3 rounds)", "Round 2", "45 min", "via Zoom", "(dag 1–3)".
_NOISE = re.compile(
    r"^(?:#?\d+|\d+\s*(?:rounds?|stages?|parts?|min(?:ute)?s?|h|hours?|hrs?)|(?:round|part|stage|step)\s*\d+(?:/\d+)?"
    # which day or sitting of several: "day 2 of 3", "dag 1–3", "Tag 1/2", "jour 2 sur 3", "sesión 1", "1 of 3"
    r"|(?:(?:day|dag|tag|jour|día|dia|giorno|dzień|päivä|gün|session|sesión|sessão|sessione|sitzung|sessie|"
    r"runde|ronde|ronda|rodada|teil|deel|parte|partie|etappe|fase|osa)\s*)?\d+\s*"
    r"(?:/|[-–—&]|of|von|de|sur|av|af|di|z|van|und|and|et|y|e|og|och|ja)\s*\d+"
    r"|(?:day|dag|tag|jour|día|dia|giorno|dzień|päivä|gün|session|sesión|sessão|sessione|sitzung|sessie|runde|"
    r"ronde|ronda|rodada|teil|deel|parte|partie|etappe|fase|osa)\s*\d+"
    # which store or branch, by its number: "Store #0412", "Filiale 17", "Tienda nº 33", "Branch No. 5"
    r"|(?:store|branch|location|site|shop|restaurant|outlet|filiale|tienda|sucursal|magasin|negozio|loja|"
    r"butik|winkel|vestiging|markt)\s*(?:#|no\.?|nr\.?|n[°º]|nº)?\s*\d+"
    # a level or grade the company gives the job: "Level 2", "L4", "Stufe 3", "Nivel 2", "Grade 7", "Band 5"
    r"|(?:level|lvl|niveau|nivel|nível|livello|stufe|grade|band|trinn|nivå|taso|poziom|úroveň|l)\s*\.?\s*\d{1,2}"
    r"|\d+(?:st|nd|rd|th)\s+(?:round|stage)|\d+\s*/\s*\d+|via\s+.+|on\s+(?:zoom|teams|google meet|site)"
    r"|zoom|teams|microsoft teams|google meet|webex|video call|phone call|tbc|tbd|confirmed|rescheduled|moved"
    r"|updated|new time|in person|onsite|remote|hybrid|virtual|online|[mwfdx]\s*/\s*[mwfdx]\s*/\s*[mwfdx]|all genders"
    r"|\d{1,2}[:.]\d{2}\s*(?:am|pm)?(?:\s*[-–]\s*\d{1,2}[:.]\d{2}\s*(?:am|pm)?)?(?:\s+[a-z]{2,5}(?:[+-]\d+)?)?"
    r"|[a-z]{2,4}t|utc[+-]?\d*|第?[0-9一二三四五六七八九十]+\s*(?:차|次|轮|輪|回目?)(?:\s*면접)?|최종|最終|最终"
    r"|(?:microsoft\s+)?(?:teams|zoom|webex|google\s+meet|meet)[- ](?:meeting|besprechung|call|réunion|reunión|"
    r"riunione|reunião|vergadering|möte|møde|møte|kokous|spotkanie|schůzka|会議)"
    # a requisition or job number: "R-01234", "REQ-4411", "JR 2026-118", "Job ID 7731", "Ref. 55-12"
    r"|(?:(?:req(?:uisition)?|job(?:\s+id)?|jr|ref|id|no|nr|n°)\.?\s*[#:]?\s*)?[a-z]{0,4}[-_#]?\d{3,}(?:[-_/]\d+)*)$",
    re.IGNORECASE,
)
# Where the work is done, in a bracket or a part of its own, alone or with a region: "(Remote, EU)", "Ibrido",
# "(Remoto)", "Hybrid – DACH", "Vor Ort": no part of the role's name.
_MODES = (
    r"remote|fully\s+remote|full\s+remote|remote[- ]first|hybrid|hybride|ibrido|híbrido|hibrido|hybrydowo|"
    r"hybrydowa|remoto|remota|en\s+remoto|a\s+distancia|à\s+distance|distanciel|télétravail|teletrabajo|"
    r"presencial|presenziale|in\s+presenza|vor\s+ort|op\s+locatie|på\s+plats|på\s+distans|distans|etänä|"
    r"etätyö|zdalnie|zdalna|stacjonarnie|uzaktan|hibrit|onsite|on-site|in\s+person|in-person|office|virtual"
)
_REGIONS = r"eu|us|usa|uk|emea|apac|dach|latam|nordics|europe|worldwide|global|anywhere|americas|[a-z]{2}"
_WORK_MODE = re.compile(rf"^(?:{_MODES})(?:\s*[,/–—-]\s*(?:{_REGIONS}))?$", re.IGNORECASE)
# The letters a work mode starts with, to look at most parts without the expression.
_MODE_STARTS = ("remot", "full", "hyb", "ibr", "híb", "hib", "en ", "a d", "à d", "dist", "télé", "tele", "pres",
    "in ", "vor", "op ", "på", "etä", "zdal", "stac", "uzak", "on", "office", "virt")  # fmt: skip


def _work_mode(text: str) -> bool:
    return text[:6].lower().startswith(_MODE_STARTS) and _WORK_MODE.match(text) is not None


_JA_PARTICLES = re.compile(r"(との|様との|さんとの|の|で)$")
# Which round, right before a CJK interview word: "백엔드 개발자 3차 면접", "최종 면접", "第二轮面试", "二次面接".
_CJK_ROUND = re.compile(
    r"(?:(?<=\s)|(?<=^)|(?<=[\u3000-\u9fff\uac00-\ud7af]))(?:第?[0-9一二三四五六七八九十]+\s*(?:차|次|轮|輪|回目?)|최종|最終|最终)$"
)
# A comma before a legal form ("Initech, Inc.") and the bracket of "(株)", "(주)" belong to the name; a slash
# between CJK letters separates like one with spaces around it: "ソフトウェアエンジニア/株式会社ミナトデータ".
_SEGMENT_SPLIT = re.compile(
    r"\s+(?:[-–—|/·•»«›‹~]|//)\s+|\s*\|\s*|\s*(?<!\d):(?!\d{2})\s*|,\s+(?!" + FORM_AFTER_COMMA + r")"
    r"|\s*(?:\((?!(?:株|有|同|주)\))|\)(?<!\((?:株|有|同|주)\))|[\[\]{}【】「」『』〔〕〈〉])\s*"
    r"|/(?<=[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/)(?=[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af(])"
    r"|\s+<>\s+|\s+<->\s+|\s+[x×]\s+"
)


_PREFIX = re.compile(r"^(?:" + "|".join(re.escape(p) for p in TITLE_PREFIXES) + r")\s*:\s*", re.IGNORECASE)


def clean_title(summary: str) -> str:
    """The summary without the "Invitation:" / "FW:" / "Canceled:" prefixes clients add, in NFKC form."""
    text = normal(summary).strip()
    # Google's invitation subjects end in " @ Wed Nov 11, 2026 2pm - 3pm (CET) (someone@example.org)".
    text = re.sub(r"\s+@\s+(?:mon|tue|wed|thu|fri|sat|sun)\w*\b.*$", "", text, flags=re.IGNORECASE)
    while True:
        stripped = _PREFIX.sub("", text, count=1)
        if stripped == text:
            return text
        text = stripped


def parse_title(
    title: str,
    *,
    keywords: tuple[str, ...],
    people: frozenset[str] = frozenset(),
    companies: frozenset[str] = frozenset(),
) -> tuple[str, str]:
    """Read (company, role) from the common shapes of an interview title; "" where a part is not there.

    "Interview: Acme, Senior Backend Engineer", "Acme - Senior Backend Engineer interview", "Interview with
    Acme for Senior Backend Engineer", "Senior Backend Engineer interview at Acme", "Acme interview – QA Lead",
    "Acme – Engineering Manager – interview (3 rounds)", "Vorstellungsgespräch bei Acme GmbH". A name in
    ``people`` (lower case, full or first name) is a person, never the company; a part that spells one of
    ``companies`` (the participants' company names, lower case without spaces) is the company.
    """
    title = _VIDEO_TOOLS.sub("", _COUNTERPART.sub("", _SCHEDULER.sub("", undecorated(title))))
    title = _without_people_between(title, people)
    match = keyword_span(keywords, title) or _inflected_keyword(keywords, title)
    if match is None:  # found by category, pattern, domain or evidence: "Acme / QA Lead", "Maya <> Acme"
        bare = [(t, h) for t, h in _parts(title, leading=True) if not _person(t, people, companies)]
        role = next((t for t, _ in bare if has_role(t)), "")
        named = next((t for t, _ in bare if t != role and names_company(t, companies)), "")
        named = named or next((t for t, _ in bare if t != role and has_legal_form(t)), "")
        company = named or (next((t for t, _ in bare if t != role), "") if role else "")
        if role and company:  # "Tidewater Research – Research Scientist, NLP"
            role = _with_specialty(title, role, [t for t, _ in bare if t not in (role, company)])
        return _tidy(company), _tidy(role)
    before, after = title[: match[0]], _skip_noise(title[_keyword_end(title, match[1]) :], keywords)
    parts = [*_parts(before, last_is_ja=True), *_parts(after, leading=True)]
    parts = [(text, hint) for text, hint in parts if not _person(text, people, companies)]
    role = next(
        (
            t
            for t, h in parts
            if h == "role"
            or (h != "company" and has_role(t) and not names_company(t, companies) and not has_legal_form(t))
        ),
        "",
    )
    rest = [(t, h) for t, h in parts if t != role]
    ranked = sorted(rest, key=lambda part: _company_rank(part, companies, has_role=bool(role)))
    company = next((t for t, h in ranked if h != "for"), "")
    if not company:  # "Interview for Northwind": "for" names a company when nothing else does
        company = next((t for t, h in rest if h == "for"), "")
    others = [t for t, h in rest if t != company and h in ("", "for", "with")]
    if not role and others and len(parts) >= 2:
        role = others[-1]
    if role and company:  # not a stage in a bracket: "Backend Engineer (Technical Interview)"
        spare = [t for t in others if t != role and keyword_span(keywords, t) is None]
        role = _with_specialty(title, role, spare)
    return _tidy(company), _tidy(role)


# What a keyword's word goes on with: an inflection ("intervjun", "Mülakatı", "haastatteluun") or, in CJK, a
# word that calls the event an invitation or a notice ("面试邀请", "面接のご案内", "면접 안내").
_LATIN_REST = re.compile(r"\w+")
_CJK_NOTICE = re.compile(
    r"\s*(?:邀请|邀請|通知|安排|邀约|邀約|确认|確認|のご案内|ご案内|案内|のお知らせ|お知らせ|안내|일정|초대|요청)"
)


def _keyword_end(title: str, end: int) -> int:
    """Where the keyword's word ends: after its inflection or its CJK notice word ("面试云帆" keeps "云帆")."""
    if not end:
        return end
    if is_cjk(title[end - 1]):
        notice = _CJK_NOTICE.match(title, end)
        return notice.end() if notice else end
    rest = _LATIN_REST.match(title, end)
    return rest.end() if rest and not is_cjk(rest.group()[:1]) else end


# Endings that make another word of a keyword, not an inflection of it: "Interviewer", "Interviewee",
# "Entrevistador", "Intervjuare".
_NOT_INFLECTIONS = ("er", "ers", "ee", "ees", "ing", "ed", "dor", "are")


def _inflected_keyword(keywords: tuple[str, ...], title: str) -> tuple[int, int] | None:
    """A keyword with an ending the keyword list does not spell, as Turkish, Finnish or Hungarian add it:
    "Yazılım Test Uzmanı Mülakatı", "Haastatteluun: Acme", "Interjúja"; at most three letters on a keyword of
    five or more."""
    stems = _stems(keywords)
    for word in re.finditer(r"\w{6,}", title):
        low = word.group().lower()
        for stem in stems:
            rest = low[len(stem) :]
            if low.startswith(stem) and 0 < len(rest) <= 3 and not rest.startswith(_NOT_INFLECTIONS):
                return word.start(), word.start() + len(stem)
    return None


@lru_cache(maxsize=16)
def _stems(keywords: tuple[str, ...]) -> tuple[str, ...]:
    words = {normal(k).strip().lower() for k in keywords}
    return tuple(
        sorted((w for w in words if len(w) >= 5 and " " not in w and not is_cjk(w)), key=len, reverse=True)
    )


# "Recruiter Screen: Ashgrove Analytics between Jane Doe and Maya Example": the people a booking page names
# after "between" are no part of the company.
_PEOPLE_BETWEEN = re.compile(
    r"\s+(?:between|zwischen|entre|tra|fra|tussen|mellan|mellem|między|mezi)\s+(?P<a>[^|:–—/·()\[\]]+?)"
    r"\s+(?:and|und|et|y|e|en|och|og|i|a|&)\s+(?P<b>[^|:–—/·()\[\]]+?)\s*$",
    re.IGNORECASE,
)


def _without_people_between(title: str, people: frozenset[str]) -> str:
    match = _PEOPLE_BETWEEN.search(title)
    if match is None or not title[: match.start()].strip():
        return title
    if _is_person(match.group("a"), people) and _is_person(match.group("b"), people):
        return title[: match.start()]
    return title


# Whom the talk is with, named by their job, is not the role applied for: "Interview with the hiring manager",
# "Colloquio conoscitivo con il recruiter", "Gespräch mit der Recruiterin", "Entretien avec le recruteur RH".
_COUNTERPART = re.compile(
    r"\s*\b(?:with|w/|mit|avec|con|met|med|com|z|ze)\s+(?:(?:the|your|our|a|an|der|dem|den|die|unserer?|le|la|l'|"
    r"les|notre|votre|il|lo|el|los|las|del|de|het|een|o|os|as|uma?)\s*)?"
    r"(?:recruiter(?:in|innen|s)?|recruiting\s+team|recruteu\w*|recrutadora?|reclutador\w*|selezionat\w*|rekryterare\w*|rekrutter\w*|"
    r"rekruter\w*|rekrytoija\w*|hiring[- ]managers?|talent\s+(?:partner|acquisition|team)\w*|HR|RH|"
    r"people\s+team|personalabteilung|personalerin|personaler|"
    # the hiring manager in more languages: "Entrevista con la responsable de contratación", "Colloquio con il
    # responsabile delle assunzioni", "Entretien avec le responsable du recrutement", "Gespräch mit der
    # Personalverantwortlichen", "Gesprek met je toekomstige leidinggevende", "Intervju med rekryterande chef"
    r"responsable\s+(?:de\s+(?:la\s+)?|del\s+|du\s+|des\s+)?(?:contrataci[óo]n|selecci[óo]n|recrutement|RRHH|RH|"
    r"recursos\s+humanos|ressources\s+humaines|talento|embauche)|responsabile\s+(?:delle\s+|della\s+)?"
    r"(?:assunzioni|selezione|HR|risorse\s+umane)|gerente\s+de\s+(?:contrataci[óo]n|selecci[óo]n)|"
    r"gestora?\s+de\s+contrata[çc][ãa]o|personalverantwortlich\w*|(?:toekomstige\s+)?leidinggevende|"
    r"rekryterande\s+chef\w*|ansættende\s+leder|ansettende\s+leder|"
    # an executive or a founder: "Entretien final avec la CTO", "Gespräch mit dem Gründer", "Chat with the CEO"
    r"C(?:T|E|F|O|P|I|M)O|CISO|(?:co-?)?founders?|(?:co-?)?fondat(?:eur|rice)s?|(?:Mit)?gründer(?:in|innen)?|"
    r"(?:co)?fundador(?:a|es|as)?|(?:co)?fondator(?:e|i)|oprichters?|grundare|perustaja)\b(?:\s+(?:HR|RH))?",
    re.IGNORECASE,
)
# One-way video interview platforms name themselves in the title: "HireVue On-Demand Interview – Acme".
_VIDEO_TOOLS = re.compile(
    r"(?:\bvia\s+)?\b(?:HireVue|Spark\s?Hire|Willo|myInterview|VidCruiter|Modern\s?Hire|Talview|Cammio|"
    r"Odro|Hireflix|Vervoe|Sapia)\b(?:\s+(?=\S))?",
    re.IGNORECASE,
)
# A scheduling tool that names itself before the title: "Teamtailor: Interview with Nordvik AB".
_SCHEDULER = re.compile(
    r"^\s*(?:Greenhouse|Lever|Ashby|Workday|SmartRecruiters|Personio|Teamtailor|Recruitee|GoodTime|Calendly|"
    r"Cal\.com|ModernLoop|HireVue|Workable|BambooHR|JazzHR|Jobvite|iCIMS)\s*[:|–—]\s*(?=\S)",
    re.IGNORECASE,
)
# A conversation word joined to the role: "Panelgesprek Data-analist", "Panelgespräch Data Scientist".
_TALK_FIRST = re.compile(
    r"^\w*(?:gesprek|gespräch|gespraech|samtal|samtale|intervju|haastattelu|interview|rozmowa)\s+(?=\S)",
    re.IGNORECASE,
)


def _without_talk_word(text: str) -> str:
    rest = _TALK_FIRST.sub("", text)
    return rest if rest != text and has_role(rest) else text


def _person(text: str, people: frozenset[str], companies: frozenset[str]) -> bool:
    """Someone's name, unless it spells a participant's company ("Morgan Stanley" from morganstanley.example)."""
    return _is_person(text, people) and not (text.lower() not in people and names_company(text, companies))


def title_parts(title: str) -> list[str]:
    """The parts of a title without a keyword: "Senior Analyst @ Pied Piper" -> ["Senior Analyst", "Pied Piper"]."""
    return [text for text, _hint in _parts(undecorated(title), leading=True)]


_MARKS = re.compile("[™®©℠]")


def _symbol_class() -> str:
    """Pictographs and other symbols (Unicode "So") where titles use them, with the joiners and modifiers
    inside an emoji (variation selectors, zero-width joiner, keycap, skin tones, tags), as a character class."""
    spans = (range(0xA0, 0x100), range(0x2100, 0x2C00), range(0x3000, 0x3400), range(0x1F000, 0x1FB00))
    codes = [c for span in spans for c in span if unicodedata.category(chr(c)) == "So"]
    codes += [0xFE0E, 0xFE0F, 0x200D, 0x20E3, *range(0x1F3FB, 0x1F400), *range(0xE0020, 0xE0080)]
    ranges: list[list[int]] = []
    for code in sorted(set(codes)):
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    return "".join(re.escape(chr(a)) + ("-" + re.escape(chr(b)) if b > a else "") for a, b in ranges)


_DECOR = re.compile("[" + _symbol_class() + "]+")
_DECOR_ENDS = re.compile(r"^[\s·]+|[\s·]+$")


def undecorated(title: str) -> str:
    """The title with its pictographs ("🎯", "☕", "✨") turned into a separator between the parts they stand
    between, and dropped at either end: "Coffee chat with recruiter ☕ Marlowe" has the parts "Coffee chat with
    recruiter" and "Marlowe"; "Acme™ Labs" stays one name."""
    if title.isascii():
        return title
    text = _MARKS.sub("", title)
    decorated = _DECOR.sub(" · ", text)
    return _DECOR_ENDS.sub("", decorated) if decorated != text else text


def names_company(text: str, companies: frozenset[str]) -> bool:
    """The text spells one of ``companies`` ("Stark Industries" for stark.example, "Massive Dynamic" for
    massivedynamic.example, "Boğaziçi Yazılım" for bogazici-yazilim.example): its letters without spaces,
    as a domain would spell them, start with the name."""
    return any(
        compact.startswith(c) for compact in spellings(text) if compact for c in companies if len(c) >= 3
    )


# Letters a domain name spells without their marks, and what NFKD does not take apart.
_ASCII = str.maketrans(
    {"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe", "ß": "ss"}
)
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})


@lru_cache(maxsize=4096)
def spellings(text: str) -> tuple[str, ...]:
    """The text's letters without spaces as a domain may spell them: "Clairsemé" -> "clairseme",
    "Alpenglühen" -> "alpengluhen" and "alpengluehen" (German writes ü as ue)."""
    compact = re.sub(r"[\W_]+", "", text.lower())
    if compact.isascii():
        return (compact,)
    forms = [compact]
    for table in (None, _UMLAUTS):
        word = compact.translate(table) if table else compact
        word = unicodedata.normalize("NFKD", word.translate(_ASCII))
        forms.append("".join(ch for ch in word if not unicodedata.combining(ch)))
    return tuple(dict.fromkeys(forms))


def _company_rank(part: tuple[str, str], companies: frozenset[str], *, has_role: bool) -> int:
    """Which part is the company: the participants' company, then "at Acme", then a capitalized bare part,
    then "with Acme" (before a bare part when the title has no role: "Interview with Acme – Backend"), then
    a lower-case part ("Entretien technique"), and "for" last."""
    text, hint = part
    if names_company(text, companies):
        return 0
    if hint == "company" or has_legal_form(text):  # "at Acme", "Acme GmbH", "株式会社ミナトデータ"
        return 1
    first = text[:1]
    capital = first.isupper() or first.lower() == first.upper()  # "Acme", "株式会社", not "technique"
    if hint == "with":
        return 3 if has_role else 2
    if hint == "" and capital:
        return 2 if has_role else 3
    return 4 if hint == "" else 5


def _with_specialty(title: str, role: str, spare: list[str]) -> str:
    """A role with the brackets that follow it in the title: "Developer Advocate (Webinars & Workshops)",
    "Backend Engineer (Payments)"; only a bracket that is nothing else (not the company, a person, noise)."""
    match = re.search(re.escape(role) + r"\s*\(\s*([^()]+?)\s*\)", title)
    if match is None:
        # after a comma, the team the role is in: "Software Engineer, Payments", "Data Analyst, Growth",
        # "Engineering Manager, Developer Tools" (not a second role: "Data Analyst, Data Scientist")
        after = re.search(re.escape(role) + r",\s*([^,()\[\]–—|/:]+?)\s*(?:[)\]–—|/:]|$)", title)
        if after and after.group(1) in spare and not has_role(after.group(1).split()[-1]):
            return f"{role}, {after.group(1)}"
        return role
    if _work_mode(match.group(1).strip()):  # "(Remote, EU)", "(Ibrido)"
        return role
    inner = _strip_qualifiers(match.group(1))
    return f"{role} ({match.group(1).strip()})" if inner and inner in spare else role


# Words that join a company, a role or a person to the rest of a title. Between separators only the
# unambiguous ones split a part ("Senior Engineer at Acme"); right after the keyword all of them do
# ("Entrevista con Acme", "Sollicitatiegesprek bij Acme").
_FOR = r"(?:for|für|pour|para|per|voor|för|na\s+stanowisko|na\s+pozici|as|als|como|comme|jako)"
_AT = r"(?:at|@|bei|chez|en|presso|bij|na|no|hos|w|ve|u)"
_WITH = r"(?:with|w/|mit|con|met|avec|com|med|z|s)"
_INNER = re.compile(
    r"\s+(for|für|pour|para|per|voor|för|na\s+stanowisko|na\s+pozici|as|als|como|comme|jako|at|@|w/|bei|"
    r"chez|presso|bij|with|mit|avec|from|hos)\s+",
    re.IGNORECASE,
)
_BETWEEN = r"(?:between|zwischen|entre|tra|fra|tussen|mellan|mellem|między|mezi)"
_LEADING = re.compile(rf"^\s*({_FOR}|{_AT}|{_WITH}|{_BETWEEN})(?!\w)\s*", re.IGNORECASE)


def _hint(word: str) -> str:
    word = word.lower()
    if re.fullmatch(_FOR, word, re.IGNORECASE):
        return "for"
    return "with" if re.fullmatch(_WITH, word, re.IGNORECASE) else "company"


def _parts(text: str, *, leading: bool = False, last_is_ja: bool = False) -> list[tuple[str, str]]:
    """The parts of one side of a title, each with a hint from the word that joined it: "company" (at, bei,
    with...), "for" (for, für...), "role" (a role word after "for"), or "" (a bare part)."""
    found: list[tuple[str, str]] = []
    hint = ""
    head = _LEADING.match(text) if leading else None
    if head:
        word = head.group(1).lower()
        hint = "between" if re.fullmatch(_BETWEEN, word, re.IGNORECASE) else _hint(word)
        text = text[head.end() :]
    segments = _segments(text, named=leading)
    if last_is_ja and segments:
        segments[-1] = _CJK_ROUND.sub("", _JA_PARTICLES.sub("", segments[-1])).strip()
    for number, segment in enumerate(segments):
        pieces = _INNER.split(" " + segment)
        first_hint = hint if number == 0 else ""
        if first_hint == "between":  # "between Acme and Maya Example": either side may be the company
            sides = re.split(r"\s+(?:and|und|et|&|y|e|en|och|og|i|a)\s+", pieces[0])
            found.extend((p.strip(), "") for p in sides if p.strip())
        else:
            found.append((pieces[0].strip(), first_hint))
        for word, value in zip(pieces[1::2], pieces[2::2], strict=False):
            found.append((value.strip(), _hint(word)))
        found[-1:] = _company_apart(found[-1]) if found else []
    cleaned = ((_without_talk_word(_strip_qualifiers(t, named=leading)), h) for t, h in found)
    return [
        (t, _role_hint(t, h))
        for t, h in cleaned
        if t and not _NOISE.match(t) and not _work_mode(t) and not _is_kind(t)
    ]


# "Desarrolladora Full Stack en Vandelay", "Programista Python w Globex", "Utvecklare på Hooli": a word that
# means "at" only in some languages ends a role and starts the company when a role stands before it and a
# name (capitalized, no role) after it.
_AT_END = re.compile(
    r"^(?P<role>.+?)\s+(?:en|na|no|nos|nas|em|på|ved|w|we|ve|u|v|pri|в|у|на|at|bei|chez|presso|bij|hos)\s+"
    r"(?P<company>(?:[A-Z0-9\u00C0-\u024F\u0400-\u04FF][\w&.\'-]*)(?:\s+[A-Z0-9&][\w&.\'-]*){0,3})$"
)


def _company_apart(part: tuple[str, str]) -> list[tuple[str, str]]:
    text, hint = part
    match = _AT_END.match(text)
    if match is None or hint == "company" or not has_role(match.group("role")):
        return [part]
    company = match.group("company")
    if has_role(company) or not (company[:1].isupper() or company[:1].isdigit()):
        return [part]
    return [(match.group("role"), "role" if hint in ("", "for") else hint), (company, "company")]


def _is_kind(text: str) -> bool:
    """The kind of interview, not a name: "Systems design", "de encaje cultural", "technique"."""
    words = text.lower().replace("d'", "d' ").split()
    return all(w.strip(_SEPARATORS) in INTERVIEW_KINDS for w in words) and not has_role(text)


def _role_hint(text: str, hint: str) -> str:
    return "role" if hint == "for" and has_role(text) else hint


def _segments(text: str, *, named: bool = False) -> list[str]:
    """The parts of a title between separators, without qualifiers, noise, stages or empty parts."""
    parts = (_strip_qualifiers(p, named=named) for p in _SEGMENT_SPLIT.split(text.strip()))
    pieces = (without_cjk_stages(q) for p in parts for r in apart_after_form(p) for q in _cjk_role_apart(r))
    return [
        q
        for q in pieces
        if q and not _NOISE.match(q) and not _work_mode(q) and not _is_kind(q) and not ordinal(q)
    ]


def _cjk_role_apart(part: str) -> list[str]:
    """ "Northwind株式会社 データエンジニア": a CJK role after a space is a part of its own after a name in Latin
    letters ("백엔드 개발자" stays one role)."""
    head, _, last = part.rpartition(" ")
    latin = any("a" <= ch.lower() <= "z" for ch in head)
    if latin and is_cjk(last[:1]) and has_role(last) and not has_role(head):
        return [head, last]
    return [part]


def _is_person(text: str, people: frozenset[str]) -> bool:
    """A name of someone in the event: in full, the first name alone, or a first name and a surname
    ("Maya Example" when only "maya" is known from an address); or a common given name with a surname
    ("Sarah Chen", "Pieter"), though nobody of that name is on the invitation."""
    low = text.lower().strip()
    if low in people:
        return True
    words = text.split()
    if not words or len(words) > 3 or has_role(text):  # "Machine Learning Engineer" is a role
        return False
    first_names = {p.split()[0] for p in people if p.split()}
    if low in first_names:
        return True
    name_like = all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() for w in words)
    first = words[0].lower()
    return name_like and (first in first_names or (first in GIVEN_NAMES and not _CORPORATE.search(text)))


_CORPORATE = re.compile(
    r"\b(?:inc|ltd|llc|gmbh|ag|sa|sas|sarl|srl|spa|bv|nv|ab|as|oy|plc|co|corp|group|labs|partners|holding|"
    r"consulting|solutions|systems|technologies|software|studio|studios|bank|capital|ventures|health)\b",
    re.IGNORECASE,
)


def _skip_noise(text: str, keywords: tuple[str, ...]) -> str:
    """Drop what continues the keyword phrase: "(final round) interview", "(interview) loop", "days"."""
    while True:
        stripped = text.lstrip()
        word = stripped.split(" ", 1)[0]
        if word and word.lower().rstrip(_SEPARATORS) in TITLE_QUALIFIERS and word[-1] not in _SEPARATORS:
            text = stripped[len(word) :]
            continue
        span = keyword_span(keywords, stripped)
        if span and span[0] == 0:
            text = stripped[span[1] :]
            continue
        joined = _JOINED_KEYWORD.match(stripped)  # "Screening call & interview", "Intro and interview"
        if joined and (span := keyword_span(keywords, stripped[joined.end() :])) and span[0] == 0:
            text = stripped[joined.end() + span[1] :]
            continue
        return text


# Qualifiers that also end a company's name: "Jabuticaba Tech", "Nordic Online".
_NAME_ENDINGS = frozenset(["tech", "online"])


def _ends_name(before: str, last: str) -> bool:
    return (
        last.lower().strip(_SEPARATORS) in _NAME_ENDINGS
        and last[:1].isupper()
        and before[:1].isupper()
        and before.lower().strip(_SEPARATORS) not in TITLE_QUALIFIERS
        and not has_role(before)
    )


_JOINED_KEYWORD = re.compile(r"(?:&|\+|and|und|et|y|e|en|och|og)\s+", re.IGNORECASE)


def _strip_qualifiers(text: str, *, named: bool = False) -> str:
    """Drop the interview's qualifiers around a part ("Final Round", "technical"). After the interview word
    (``named``) a capitalized one that follows a capitalized name ends that name: "Jabuticaba Tech"."""
    words = text.strip().strip(_SEPARATORS).split()
    while words and words[-1].lower().strip(_SEPARATORS) in TITLE_QUALIFIERS:
        if named and len(words) >= 2 and _ends_name(words[-2], words[-1]):
            break
        words.pop()
    while words and words[0].lower().strip(_SEPARATORS) in TITLE_QUALIFIERS:
        if len(words) >= 3 and words[1] in _OF:  # the head of a name: "Tecnico di laboratorio"
            break
        # a capitalized qualifier right before a role's noun starts the role: "Technical Writer", "HR Manager"
        if len(words) >= 2 and words[0][:1].isupper() and has_role(words[1]):
            break
        words.pop(0)
    # a kind of interview in lower case before a capitalized name: "conoscitivo Bianchi S.r.l."
    while len(words) >= 2 and words[0].islower() and words[0] in INTERVIEW_KINDS and words[1][:1].isupper():
        words.pop(0)
    return " ".join(words)


# What joins a noun to what it is of: a qualifier before one heads a name ("Tecnico di laboratorio", "Técnico
# de mantenimiento", "Technician of ...").
_OF = frozenset(
    ["di", "de", "del", "della", "dei", "des", "du", "do", "da", "of", "für", "voor", "van", "för", "av"]
)


# "the role of", "Stelle als", "rollen som", "il ruolo di", "de functie van", "stanowisko": the role follows.
_ROLE_OF = re.compile(
    r"^(?:(?:the\s+)?(?:role|position)\s+(?:of|as)|(?:die\s+)?(?:Stelle|Position|Rolle)\s+als|(?:le\s+)?poste\s+de"
    r"|(?:el\s+)?(?:puesto|cargo)\s+de|(?:il\s+)?(?:ruolo|posizione)\s+(?:di|da)|(?:o\s+)?(?:cargo|posto)\s+de"
    r"|(?:de\s+)?(?:rol|functie|positie)\s+(?:van|als)|(?:rollen|tjänsten|stillingen|jobbet)\s+som"
    r"|stanowisko|pozici)\s+",
    re.IGNORECASE,
)


_ROLE_LEAD = re.compile(
    r"^(?:vaga|functie|vacature|stilling|tjänst|Stelle|poste|puesto|posizione|cargo)\s+(?:de\s+)?",
    re.IGNORECASE,
)
# A requisition number before or after the role: "Req #4471 Data Scientist", "Data Scientist JR12345".
_REQUISITION = re.compile(
    r"^(?:(?:req(?:uisition)?|job\s+id|jr|ref)\.?\s*[#:]?\s*[a-z]{0,3}[-_]?|(?:JR|R|REQ)[-_]?)\d{3,}\s*[-–:]?\s+"
    r"|\s+\(?(?:(?:req(?:uisition)?|job\s+id|ref)\.?\s*[#:]?\s*[a-z]{0,3}[-_]?\d{3,}|(?:JR|R|REQ)[-_]?\d{3,})\)?$",
    re.IGNORECASE,
)
_DIGITS = re.compile(r"\d{3}")
# "Junior Data Scientist m/w/d", "Développeur (H/F)", "Engineer (f/m/x)": the genders a job ad is open to.
_GENDERS = re.compile(r"\s*\(?\b(?:[mwfdhx]\s*/\s*){1,2}[mwfdhx]\b\)?$|\s*\(all genders\)$", re.IGNORECASE)


def _tidy(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    bracket = text[:3] if keeps_bracket(text) else ""  # "(주)한빛소프트"
    text = bracket + text[len(bracket) :].strip(_SEPARATORS + "\"'()[]{}【】「」『』〔〕〈〉").strip()
    if text.count("(") > text.count(")"):  # "Developer Advocate (Webinars & Workshops)" keeps its bracket
        text += ")"
    if text.count("«") > text.count("»"):  # "ООО «Северсофт»" keeps its closing quote
        text += "»"
    elif text.count('"') % 2 and re.search(r'(?:^|\s)"[^"\s]', text):  # 'ООО "Северсофт"', not 'בע"מ'
        text += '"'
    if _DIGITS.search(text):  # "Req #4471 Data Scientist"
        text = _REQUISITION.sub("", text) or text
    text = re.sub(r"^(?:the|die|der|le|la|el|il|de|a)\s+(?=\S)", "", text, flags=re.IGNORECASE)
    text = re.sub(r"\s+(?:role|position|Stelle|poste|puesto|posizione|functie|vaga)$", "", text, flags=re.I)
    text = _ROLE_OF.sub("", text)
    lead = _ROLE_LEAD.match(text)  # "vaga Desenvolvedor Backend", "functie Data Engineer"
    if lead and has_role(text[lead.end() :]):
        text = text[lead.end() :]
    text = _GENDERS.sub("", text)
    return text if len(text) <= 80 else ""


def find_word(words: tuple[str, ...], text: str) -> str:
    """The first of ``words`` found in ``text`` as a whole word (plural endings allowed), or ""."""
    text = normal(text)
    span = keyword_span(words, text)
    return text[span[0] : span[1]] if span else ""


def normal(text: str) -> str:
    return unicodedata.normalize("NFKC", text).replace("’", "'")


def keyword_span(words: tuple[str, ...], text: str) -> tuple[int, int] | None:
    """The leftmost (then longest) whole-word match of any of ``words`` in ``text`` (already normalized)."""
    regex, subject = _matcher(words, True, text)
    match = regex.search(subject)
    if match is None:
        return None
    return match.span("kw") if match.group("kw") is not None else match.span("cjk")


def word_spans(words: tuple[str, ...], text: str) -> list[tuple[int, int]]:
    """Every exact whole-word match of ``words`` (no plural endings: a veto must be the word itself)."""
    regex, subject = _matcher(words, False, text)
    spans = []
    for match in regex.finditer(subject):
        spans.append(match.span("kw") if match.group("kw") is not None else match.span("cjk"))
    return spans


def _matcher(words: tuple[str, ...], endings: bool, text: str) -> tuple[re.Pattern[str], str]:
    """The expression and the text to search: the lower-cased text with a case-sensitive expression, which
    is several times faster than IGNORECASE, unless lower-casing changes the text's length ("İ")."""
    low = text.lower()
    if len(low) == len(text):
        return _word_regex(words, endings, True), low
    return _word_regex(words, endings, False), text


@lru_cache(maxsize=128)
def _word_regex(words: tuple[str, ...], endings: bool, lowered: bool = False) -> re.Pattern[str]:
    latin: list[str] = []
    cjk: list[str] = []
    suffix = "(?:s|e|es|en|n)?" if endings else ""
    cleaned = {normal(w).strip() for w in words if w.strip()}
    for word in sorted({w.lower() for w in cleaned} if lowered else cleaned, key=len, reverse=True):
        (cjk if is_cjk(word) else latin).append(word)

    def alternatives(found: list[str]) -> str:
        # each word of a phrase may take its ending: "entretiens utilisateurs", "phone screens"
        return "|".join(re.escape(w).replace(r"\ ", suffix + r"\s+") for w in found) or "(?!)"

    if (
        lowered
    ):  # lower-cased: words grouped by their first letter, so a position tries one group, not every word
        groups: dict[str, list[str]] = {}
        for word in latin:
            groups.setdefault(word[0], []).append(word[1:])
        branches = (re.escape(head) + "(?:" + alternatives(rest) + ")" for head, rest in groups.items())
        latin_pattern = "|".join(branches) or "(?!)"
    else:
        latin_pattern = alternatives(latin)
    # CJK words are tried at every position: a look at the first character spares most of them
    cjk_first = "(?=[" + "".join(sorted({re.escape(w[0]) for w in cjk})) + "])" if cjk else ""
    return re.compile(
        r"(?<!\w)(?P<kw>" + latin_pattern + r")" + suffix + r"(?!\w)"
        r"|" + cjk_first + r"(?P<cjk>" + alternatives(cjk) + ")",
        0 if lowered else re.IGNORECASE,
    )
