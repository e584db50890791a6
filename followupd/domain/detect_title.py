"""Read company and role from an interview title, and match word lists in titles as whole words."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from followupd.domain.detect_defaults import TITLE_PREFIXES

__all__ = ["clean_title", "find_word", "keyword_span", "normal", "parse_title", "word_spans"]

_SEPARATORS = ":-–—|/·•,"
_QUALIFIERS = frozenset(  # words around a keyword that name neither company nor role
    [
        "technical",
        "tech",
        "phone",
        "telephone",
        "video",
        "virtual",
        "remote",
        "final",
        "first",
        "second",
        "third",
        "1st",
        "2nd",
        "3rd",
        "round",
        "onsite",
        "on-site",
        "panel",
        "hr",
        "culture",
        "cultural",
        "behavioral",
        "behavioural",
        "coding",
        "initial",
        "intro",
        "introductory",
        "follow-up",
        "recruiter",
        "screening",
        "job",
        "team",
        "hiring",
        "call",
        "zoom",
        "teams",
        "meet",
        "online",
        "in-person",
        "live",
        "loop",
        "day",
        "days",
        "session",
        "sessions",
        "slot",
        "chat",
        "conversation",
        "termin",
        "gespräch",
        "erstes",
        "zweites",
        "technisches",
        "telefonisches",
        "finales",
        "premier",
        "deuxième",
        "dernier",
        "técnica",
        "primera",
        "segunda",
        "primo",
        "secondo",
        "tecnico",
        "eerste",
        "tweede",
        "一次",
        "二次",
        "三次",
        "最終",
        "オンライン",
    ]
)
# A part of a title that says how or how long, not who: "(3 rounds)", "Round 2", "45 min", "via Zoom".
_NOISE = re.compile(
    r"^(?:\d+\s*(?:rounds?|stages?|parts?|min(?:ute)?s?|h|hours?|hrs?)|(?:round|part|stage|step)\s*\d+(?:/\d+)?"
    r"|\d+(?:st|nd|rd|th)\s+(?:round|stage)|\d+\s*/\s*\d+|via\s+.+|on\s+(?:zoom|teams|google meet|site)"
    r"|zoom|teams|microsoft teams|google meet|webex|video call|phone call|tbc|tbd|confirmed|rescheduled|moved"
    r"|updated|new time|in person|onsite|remote|virtual|online)$",
    re.IGNORECASE,
)
ROLE_WORDS = re.compile(
    r"\b(engineer|developer|manager|designer|analyst|scientist|lead|architect|consultant|director|intern|"
    r"specialist|administrator|researcher|product owner|sre|devops|head of|vp|cto|recruiter|associate|"
    r"programmer|tester|qa|officer|coordinator|accountant|writer|editor|technician|owner|partner|"
    r"entwickler\w*|ingenieur\w*|berater\w*|leiter\w*|développeu\w*|ingénieu\w*|desarrollador\w*|"
    r"ingeniero\w*|sviluppatore|ontwikkelaar|engenheiro\w*|desenvolvedor\w*|エンジニア)\b",
    re.IGNORECASE,
)
_JA_PARTICLES = re.compile(r"(との|様との|さんとの|の|で)$")
_FOR = r"(?:for|für|pour|para|per|voor)"
_AT = r"(?:at|@|bei|chez|en|presso|bij|na|no|with|mit|con|met|avec|com)"
_SEGMENT_SPLIT = re.compile(r"\s+[-–—|/·•]\s+|\s*[:|]\s*|,\s+|\s*[()\[\]]\s*|\s+<>\s+|\s+x\s+")


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
    title: str, *, keywords: tuple[str, ...], people: frozenset[str] = frozenset()
) -> tuple[str, str]:
    """Read (company, role) from the common shapes of an interview title; "" where a part is not there.

    "Interview: Acme, Senior Backend Engineer", "Acme - Senior Backend Engineer interview", "Interview with
    Acme for Senior Backend Engineer", "Senior Backend Engineer interview at Acme", "Acme interview – QA Lead",
    "Acme – Engineering Manager – interview (3 rounds)", "Vorstellungsgespräch bei Acme GmbH". A name in
    ``people`` (lower case, full or first name) is a person, never the company.
    """
    match = keyword_span(keywords, title)
    if match is None:
        return "", ""
    before, after = title[: match[0]], _skip_noise(title[match[1] :], keywords)
    company, role = "", ""
    after_parts: list[str] = []
    if re.match(rf"^\s*(?:{_FOR}|{_AT}|between)(?!\w)", after, re.IGNORECASE):
        company, role = _clauses(after.strip(), people)
    else:
        after_parts = _segments(after)
    before_parts = _segments(before)
    if before_parts:
        before_parts[-1] = _JA_PARTICLES.sub("", before_parts[-1]).strip()
    parts = [p for p in (*before_parts, *after_parts) if p and not _is_person(p, people)]
    roles = [p for p in parts if ROLE_WORDS.search(p)]
    others = [p for p in parts if not ROLE_WORDS.search(p)]
    role = role or (roles[0] if roles else "")
    company = company or (others.pop(0) if others else "")
    if not role and others and len(before_parts) + len(after_parts) >= 2:
        role = others[-1]
    return _tidy(company), _tidy(role)


def _segments(text: str) -> list[str]:
    """The parts of a title between separators, without qualifiers, noise or empty parts."""
    parts = (_strip_qualifiers(p) for p in _SEGMENT_SPLIT.split(text.strip()))
    return [p for p in parts if p and not _NOISE.match(p)]


def _is_person(text: str, people: frozenset[str]) -> bool:
    low = text.lower().strip()
    return low in people or low in {p.split()[0] for p in people if p.split()}


def _skip_noise(text: str, keywords: tuple[str, ...]) -> str:
    """Drop what continues the keyword phrase: "(final round) interview", "(interview) loop", "days"."""
    while True:
        stripped = text.lstrip()
        word = stripped.split(" ", 1)[0]
        if word and word.lower().rstrip(_SEPARATORS) in _QUALIFIERS and word[-1] not in _SEPARATORS:
            text = stripped[len(word) :]
            continue
        span = keyword_span(keywords, stripped)
        if span and span[0] == 0:
            text = stripped[span[1] :]
            continue
        return text


def _clauses(text: str, people: frozenset[str]) -> tuple[str, str]:
    """ "with Acme for Senior Engineer", "for Senior Engineer at Acme", "with Maya for QA Lead at Acme",
    "between Acme and Maya Example", "bei Acme GmbH": each clause is a company, a role or a person."""
    between = r"|between|and|und|et" if re.match(r"^between\s", text, re.IGNORECASE) else ""
    pieces = re.split(rf"(?:^|\s+)({_FOR}|{_AT}{between})\s+", " " + text, flags=re.IGNORECASE)
    company, role = "", ""
    for connector, value in zip(pieces[1::2], pieces[2::2], strict=False):
        for part in _segments(value):
            if _is_person(part, people):
                continue
            if ROLE_WORDS.search(part) or (re.fullmatch(_FOR, connector, re.IGNORECASE) and company):
                role = role or part
            else:
                company = company or part
    return company, role


def _strip_qualifiers(text: str) -> str:
    words = text.strip().strip(_SEPARATORS).split()
    while words and words[-1].lower().strip(_SEPARATORS) in _QUALIFIERS:
        words.pop()
    while words and words[0].lower().strip(_SEPARATORS) in _QUALIFIERS:
        words.pop(0)
    return " ".join(words)


def _tidy(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip().strip(_SEPARATORS + "\"'()[]").strip()
    text = re.sub(r"^(?:the|die|der|le|la|el|il|de|a)\s+(?=\S)", "", text, flags=re.IGNORECASE)
    text = re.sub(r"\s+(?:role|position|Stelle|poste|puesto|posizione|functie|vaga)$", "", text, flags=re.I)
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
    match = _word_regex(words, True).search(text)
    if match is None:
        return None
    return match.span("kw") if match.group("kw") is not None else match.span("cjk")


def word_spans(words: tuple[str, ...], text: str) -> list[tuple[int, int]]:
    """Every exact whole-word match of ``words`` (no plural endings: a veto must be the word itself)."""
    spans = []
    for match in _word_regex(words, False).finditer(text):
        spans.append(match.span("kw") if match.group("kw") is not None else match.span("cjk"))
    return spans


@lru_cache(maxsize=64)
def _word_regex(words: tuple[str, ...], endings: bool) -> re.Pattern[str]:
    latin: list[str] = []
    cjk: list[str] = []
    for word in sorted({normal(w).strip() for w in words if w.strip()}, key=len, reverse=True):
        (cjk if _is_cjk(word) else latin).append(re.escape(word).replace(r"\ ", r"\s+"))
    never = "(?!)"
    suffix = "(?:s|e|es|en|n)?" if endings else ""
    return re.compile(
        r"(?<!\w)(?P<kw>" + ("|".join(latin) or never) + r")" + suffix + r"(?!\w)"
        r"|(?P<cjk>" + ("|".join(cjk) or never) + ")",
        re.IGNORECASE,
    )


def _is_cjk(word: str) -> bool:
    return any(unicodedata.east_asian_width(ch) in {"W", "F"} for ch in word)
