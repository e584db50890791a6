"""Decide whether a calendar event is the user's job interview; read company, role and interviewers."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache

from followupd.domain.detect_defaults import (
    CANDIDATE_WORDS,
    DEFAULT_KEYWORDS,
    FREEMAIL_DOMAINS,
    PREP_WORDS,
    ROBOT_DOMAINS,
    ROBOT_LOCAL_PARTS,
    TITLE_PREFIXES,
)
from followupd.domain.models import Attendee, CalendarEvent, Detection, Person
from followupd.domain.policy import InterviewRules

__all__ = ["check_rules", "company_from_domain", "detect", "is_robot", "name_from_address", "parse_title"]

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
        "manager",
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
        "final",
        "primo",
        "secondo",
        "tecnico",
        "eerste",
        "tweede",
        "técnica",
        "一次",
        "二次",
        "三次",
        "最終",
        "オンライン",
    ]
)
_ROLE_WORDS = re.compile(
    r"\b(engineer|developer|manager|designer|analyst|scientist|lead|architect|consultant|director|intern|"
    r"specialist|administrator|researcher|product owner|sre|devops|head of|vp|cto|recruiter|associate|"
    r"entwickler\w*|ingenieur\w*|berater\w*|leiter\w*|développeu\w*|ingénieu\w*|desarrollador\w*|"
    r"ingeniero\w*|sviluppatore|ontwikkelaar|engenheiro\w*|desenvolvedor\w*|エンジニア)\b",
    re.IGNORECASE,
)
_JA_PARTICLES = re.compile(r"(との|様との|さんとの|の|で)$")


def detect(event: CalendarEvent, *, rules: InterviewRules, own_addresses: tuple[str, ...]) -> Detection:
    """Return whether ``event`` is an interview, the rule that decided, and what could be read from it."""
    own = {a.strip().lower() for a in own_addresses}
    title = clean_title(event.summary)
    decision = _decide(event, title=title, rules=rules, own=own)
    if decision is None:
        return Detection(is_interview=False, rule="no keyword or rule matched")
    is_interview, rule = decision
    if not is_interview:
        return Detection(is_interview=False, rule=rule)
    interviewers = _interviewers(event, own)
    names = {p.name.lower() for p in interviewers} | {a.name.lower() for a in event.attendees if a.name}
    company, role = parse_title(title, keywords=_keywords(rules), people=frozenset(names))
    if not company:
        company = _company_from_people(event, own)
    return Detection(
        is_interview=True,
        rule=rule,
        company=company,
        role=role,
        interviewers=interviewers,
        meeting_link=event.url,
    )


def _decide(
    event: CalendarEvent, *, title: str, rules: InterviewRules, own: set[str]
) -> tuple[bool, str] | None:
    if rules.calendars and event.calendar_name.casefold() not in {c.casefold() for c in rules.calendars}:
        return False, f"calendar {event.calendar_name!r} not watched"
    fields = _fields(event)
    for pattern in rules.exclude:
        where = _search(pattern, fields)
        if where:
            return False, f"excluded: pattern {pattern!r} in {where}"
    if _find(PREP_WORDS, title):
        return False, "excluded: prep block"
    if event.all_day and not rules.include_all_day:
        return False, "all-day event"
    if not rules.detect_own_hiring and _own_hiring(event, title, own):
        return False, "excluded: you organize it and interview a candidate"
    keyword = _find(_keywords(rules), title)
    if keyword:
        return True, f"keyword {keyword!r} in summary"
    keyword = _find(_keywords(rules), " , ".join(event.categories))
    if keyword:
        return True, f"keyword {keyword!r} in categories"
    for pattern in rules.patterns:
        where = _search(pattern, fields)
        if where:
            return True, f"pattern {pattern!r} in {where}"
    for domain in rules.domains:
        role = _domain_match(event, domain.lower().lstrip("@"), own)
        if role:
            return True, f"domain {domain!r} of {role}"
    return None


def check_rules(rules: InterviewRules) -> tuple[str, ...]:
    """Problems in user-written rules (regexes that do not compile), for the config loader to report."""
    problems = []
    for key, patterns in (("patterns", rules.patterns), ("exclude", rules.exclude)):
        for pattern in patterns:
            try:
                re.compile(pattern)
            except re.error as exc:
                problems.append(f"interviews.{key}: {pattern!r} is not a valid regular expression ({exc})")
    return tuple(problems)


def clean_title(summary: str) -> str:
    """The summary without the "Invitation:" / "FW:" / "Canceled:" prefixes clients add, in NFKC form."""
    text = _normal(summary).strip()
    # Google's invitation subjects end in " @ Wed Nov 11, 2026 2pm - 3pm (CET) (someone@example.org)".
    text = re.sub(r"\s+@\s+(?:mon|tue|wed|thu|fri|sat|sun)\w*\b.*$", "", text, flags=re.IGNORECASE)
    prefix = re.compile(r"^(?:" + "|".join(re.escape(p) for p in TITLE_PREFIXES) + r")\s*:\s*", re.IGNORECASE)
    while True:
        stripped = prefix.sub("", text, count=1)
        if stripped == text:
            return text
        text = stripped


def parse_title(
    title: str, *, keywords: tuple[str, ...], people: frozenset[str] = frozenset()
) -> tuple[str, str]:
    """Read (company, role) from the common shapes of an interview title; "" where a part is not there.

    "Interview: Acme, Senior Backend Engineer", "Acme - Senior Backend Engineer interview", "Interview with
    Acme for Senior Backend Engineer", "Senior Backend Engineer interview at Acme", "Acme | Technical
    Interview", "Vorstellungsgespräch bei Acme GmbH". A name in ``people`` (lower case) is an interviewer,
    not a company.
    """
    match = _keyword_span(keywords, title)
    if match is None:
        return "", ""
    before, after = title[: match[0]], _skip_noise(title[match[1] :], keywords)
    before_parts = [p for p in (_strip_qualifiers(x) for x in _split(before)) if p]
    company, role = "", ""
    if re.match(rf"^\s*(?:{_FOR}|{_AT})(?!\w)", after, re.IGNORECASE):
        company, role = _after_connector(after)
    elif (after.strip() and after.strip()[0] in _SEPARATORS) or _strip_qualifiers(after.strip()):
        company, role = _company_role(after.strip().lstrip(_SEPARATORS).strip())
    if company.lower() in people:
        company = ""
    if before_parts:
        first, last = before_parts[0], before_parts[-1]
        if len(before_parts) >= 2:
            company, role = company or first, role or last
        elif _ROLE_WORDS.search(last):
            role = role or last
        else:
            company = company or _JA_PARTICLES.sub("", last).strip()
    if company.lower() in people:
        company = ""
    elif _ROLE_WORDS.search(company) and not role:  # "Senior Engineer interview": a role, no company
        company, role = "", company
    return _tidy(company), _tidy(role)


_FOR = r"(?:for|für|pour|para|per|voor)"
_AT = r"(?:at|@|bei|chez|en|presso|bij|na|no|with|mit|con|met|avec|com)"


def _skip_noise(text: str, keywords: tuple[str, ...]) -> str:
    """Drop what continues the keyword phrase: "(final round) interview", "(interview) loop", "days"."""
    while True:
        stripped = text.lstrip()
        word = stripped.split(" ", 1)[0]
        if word and word.lower().rstrip(_SEPARATORS) in _QUALIFIERS and word[-1] not in _SEPARATORS:
            text = stripped[len(word) :]
            continue
        span = _keyword_span(keywords, stripped)
        if span and span[0] == 0:
            text = stripped[span[1] :]
            continue
        return text


def _after_connector(text: str) -> tuple[str, str]:
    """ "with Acme for Senior Engineer", "at Acme", "for Senior Engineer at Acme", "bei Acme GmbH"."""
    text = text.strip()
    if re.match(rf"^{_FOR}\s", text, re.IGNORECASE):
        rest = re.sub(rf"^{_FOR}\s+", "", text, flags=re.IGNORECASE)
        parts = re.split(rf"\s+{_AT}\s+", rest, maxsplit=1, flags=re.IGNORECASE)
        return (parts[1], parts[0]) if len(parts) == 2 else ("", parts[0])
    rest = re.sub(rf"^{_AT}\s*", "", text, flags=re.IGNORECASE)
    parts = re.split(rf"\s+{_FOR}\s+", rest, maxsplit=1, flags=re.IGNORECASE)
    company, inner_role = _company_role(parts[0])
    return company, parts[1] if len(parts) == 2 else inner_role


def _company_role(text: str) -> tuple[str, str]:
    """ "Acme, Senior Backend Engineer" / "Acme - Senior Engineer" / "Acme (Senior Engineer)" / "Acme"."""
    bracket = re.match(r"^(.+?)\s*\((.+)\)\s*$", text)
    if bracket:
        return bracket.group(1), bracket.group(2)
    parts = re.split(r"\s*,\s+|\s+[-–—|/]\s+|\s+(?:for|für|pour|para|per|voor)\s+", text, maxsplit=1)
    company = _strip_qualifiers(parts[0])
    role = parts[1] if len(parts) == 2 else ""
    return company, role


def _split(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"\s+[-–—|/·•]\s+|\s*[:|]\s*|,\s+", text.strip()) if p.strip()]


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


def company_from_domain(domain: str) -> str:
    """ "acme.com" -> "Acme", "mail.acme-robotics.co.uk" -> "Acme Robotics"; "" for freemail."""
    domain = domain.lower().strip(".")
    if domain in FREEMAIL_DOMAINS or not domain:
        return ""
    labels = domain.split(".")
    if len(labels) >= 3 and labels[-2] in {"co", "com", "ac", "org", "net", "gov", "ne", "or"}:
        name = labels[-3]
    else:
        name = labels[-2] if len(labels) >= 2 else labels[0]
    return " ".join(w.capitalize() for w in re.split(r"[-_]+", name) if w)


def _company_from_people(event: CalendarEvent, own: set[str]) -> str:
    domains: Counter[str] = Counter()
    own_domains = {a.rpartition("@")[2] for a in own}
    for person in (event.organizer, *event.attendees):
        if person is None or person.email in own or is_robot(person.email):
            continue
        domain = person.email.rpartition("@")[2]
        if domain and domain not in own_domains and domain not in FREEMAIL_DOMAINS:
            domains[domain] += 1
    return company_from_domain(domains.most_common(1)[0][0]) if domains else ""


def _interviewers(event: CalendarEvent, own: set[str]) -> tuple[Person, ...]:
    seen: set[str] = set()
    people: list[Person] = []
    for attendee in (event.organizer, *event.attendees):
        if attendee is not None and _named_without_address(attendee) and attendee.name.lower() not in seen:
            # Google writes "invalid:nomail" for a guest it has no address for: a person all the same, whose
            # thank-you note waits for the user to add one.
            seen.add(attendee.name.lower())
            people.append(Person(name=attendee.name, email=""))
            continue
        if attendee is None or not _is_person(attendee) or attendee.email in own or attendee.email in seen:
            continue
        seen.add(attendee.email)
        name = (
            attendee.name if attendee.name and "@" not in attendee.name else name_from_address(attendee.email)
        )
        people.append(Person(name=name, email=attendee.email))
    return tuple(people)


def _is_person(attendee: Attendee) -> bool:
    return (
        attendee.cutype not in {"ROOM", "RESOURCE", "GROUP"}
        and attendee.partstat != "DECLINED"
        and "@" in attendee.email
        and not is_robot(attendee.email)
    )


def _named_without_address(attendee: Attendee) -> bool:
    return (
        "@" not in attendee.email
        and bool(attendee.name.strip())
        and "@" not in attendee.name
        and attendee.cutype == "INDIVIDUAL"
        and attendee.partstat != "DECLINED"
    )


def is_robot(address: str) -> bool:
    """A notification, scheduling or resource address rather than a person."""
    local, _, domain = address.lower().rpartition("@")
    if any(domain == d or domain.endswith("." + d) for d in ROBOT_DOMAINS):
        return True
    return local in ROBOT_LOCAL_PARTS or bool(re.match(r"^(no-?reply|do-?not-?reply)[-_.+]", local))


def name_from_address(address: str) -> str:
    """ "jane.doe@acme.com" -> "Jane Doe"."""
    local = address.partition("@")[0].partition("+")[0]
    words = [w for w in re.split(r"[._-]+", re.sub(r"\d+", "", local)) if w]
    return " ".join(w.capitalize() for w in words) or local


def _own_hiring(event: CalendarEvent, title: str, own: set[str]) -> bool:
    """The user organizes it and the title speaks of a candidate, or names an invited guest as interviewee."""
    if event.organizer is None or event.organizer.email not in own:
        return False
    if _find(CANDIDATE_WORDS, title):
        return True
    guests = [a for a in event.attendees if a.email not in own and a.cutype == "INDIVIDUAL"]
    for guest in guests:
        name = (
            guest.name if guest.name and "@" not in guest.name else name_from_address(guest.email)
        ).lower()
        if name and re.search(
            rf"interview\s*(?:with|:|-)\s*{re.escape(name)}\s+(?:for|-|,|\()", title.lower()
        ):
            return True
    return False


def _fields(event: CalendarEvent) -> tuple[tuple[str, str], ...]:
    return (
        ("summary", event.summary),
        ("description", event.description),
        ("location", event.location),
        ("categories", ", ".join(event.categories)),
    )


def _search(pattern: str, fields: tuple[tuple[str, str], ...]) -> str:
    compiled = _compile(pattern)
    if compiled is None:
        return ""  # check_rules reports it when the config is loaded
    return next((name for name, text in fields if text and compiled.search(text)), "")


@lru_cache(maxsize=256)
def _compile(pattern: str) -> re.Pattern[str] | None:
    try:
        return re.compile(pattern, re.IGNORECASE)
    except re.error:
        return None


def _domain_match(event: CalendarEvent, domain: str, own: set[str]) -> str:
    for label, people in (("organizer", (event.organizer,)), ("attendee", event.attendees)):
        for person in people:
            if person is None or person.email in own:
                continue
            host = person.email.rpartition("@")[2]
            if host == domain or host.endswith("." + domain):
                return label
    return ""


def _keywords(rules: InterviewRules) -> tuple[str, ...]:
    base = () if rules.replace_default_keywords else DEFAULT_KEYWORDS
    return (*base, *rules.keywords)


def _find(words: tuple[str, ...], text: str) -> str:
    text = _normal(text)
    span = _keyword_span(words, text)
    return text[span[0] : span[1]] if span else ""


def _normal(text: str) -> str:
    return unicodedata.normalize("NFKC", text).replace("’", "'")


def _keyword_span(words: tuple[str, ...], text: str) -> tuple[int, int] | None:
    """The leftmost (then longest) whole-word match of any of ``words`` in ``text`` (already normalized)."""
    match = _keyword_regex(words).search(text)
    if match is None:
        return None
    return match.span("kw") if match.group("kw") is not None else match.span("cjk")


@lru_cache(maxsize=64)
def _keyword_regex(words: tuple[str, ...]) -> re.Pattern[str]:
    latin: list[str] = []
    cjk: list[str] = []
    for word in sorted({_normal(w).strip() for w in words if w.strip()}, key=len, reverse=True):
        (cjk if _is_cjk(word) else latin).append(re.escape(word).replace(r"\ ", r"\s+"))
    never = "(?!)"
    return re.compile(
        r"(?<!\w)(?P<kw>" + ("|".join(latin) or never) + r")(?:s|e|es|en|n)?(?!\w)"
        r"|(?P<cjk>" + ("|".join(cjk) or never) + ")",
        re.IGNORECASE,
    )


def _is_cjk(word: str) -> bool:
    return any(unicodedata.east_asian_width(ch) in {"W", "F"} for ch in word)
