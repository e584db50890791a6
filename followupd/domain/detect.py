"""Decide whether a calendar event is the user's job interview; read company, role and interviewers."""

from __future__ import annotations

import re
from functools import lru_cache

from followupd.domain.detect_defaults import (
    CANDIDATE_WORDS,
    DEFAULT_KEYWORDS,
    EVENT_WORDS,
    FREEMAIL_DOMAINS,
    NOT_JOB_INTERVIEWS,
    PREP_WORDS,
    WEAK_PREP_WORDS,
)
from followupd.domain.detect_described import described_company, labelled_role
from followupd.domain.detect_evidence import (
    company_labels,
    description_role,
    evidence,
    full_company,
    own_entry_company,
    plain,
    strip_evidence_words,
    tool_event_name,
)
from followupd.domain.detect_people import (
    company_from_domain,
    company_from_people,
    interviewers,
    is_mailing,
    is_person,
    is_robot,
    name_from_address,
    people_names,
)
from followupd.domain.detect_title import (
    ROLE_WORDS,
    clean_title,
    find_word,
    has_role,
    keyword_span,
    names_company,
    normal,
    parse_title,
    word_spans,
)
from followupd.domain.detect_vetoes import (
    event_platform,
    interview_material,
    research_interview,
    talk_title,
    todo_title,
    travel_title,
)
from followupd.domain.detect_words import HIRING_SIDE_WORDS, WHOLE_DAY_WORDS
from followupd.domain.models import Attendee, CalendarEvent, Detection
from followupd.domain.policy import InterviewRules

__all__ = [
    "check_rules",
    "clean_title",
    "company_from_domain",
    "detect",
    "is_robot",
    "name_from_address",
    "parse_title",
]


def detect(event: CalendarEvent, *, rules: InterviewRules, own_addresses: tuple[str, ...]) -> Detection:
    """Return whether ``event`` is an interview, the rule that decided, and what could be read from it."""
    own = {a.strip().lower() for a in own_addresses}
    keywords = _keywords(rules)
    title = clean_title(event.summary)
    if event.description and not find_word(keywords, title):
        named = tool_event_name(event.description, keywords)  # Calendly's "Event Name: Interview with Acme"
        # the title says more when it already holds the event name: "Take-home review: iOS Engineer — Acme"
        title = clean_title(named) if named and normal(named).lower() not in title.lower() else title
    decision = _decide(event, title=title, rules=rules, own=own)
    if decision is None:
        return Detection(is_interview=False, rule="no keyword or rule matched")
    is_interview, rule = decision
    if not is_interview:
        return Detection(is_interview=False, rule=rule)
    people = interviewers(event, own)
    labels = company_labels(_domains(event, own))
    own_entry = rule.startswith("evidence:") and event.organizer is None and not event.attendees
    if rule.startswith("evidence:"):  # "Llamada con reclutamiento – Initech": the hiring words are no part
        title = strip_evidence_words(title)
    company, role = parse_title(title, keywords=keywords, people=people_names(event, own), companies=labels)
    if own_entry and not company:  # her own "Café con la reclutadora – Mirador Viajes": the name she gives
        company = own_entry_company(clean_title(event.summary))
    from_people = company_from_people(event, own)
    spelled = company.replace(" ", "") == from_people.replace(" ", "").lower()
    if not company or (company.islower() and from_people and (spelled or not names_company(company, labels))):
        # "interview northwind" from jane@northwind.example: "Northwind"; as the event spells it when it does.
        # A part in lower case that spells no participant's company is a kind of talk: "Technical interview
        # (pairing)" from raj@quartzline.example is with Quartzline.
        organizer = event.organizer.name if event.organizer else ""
        company = full_company(from_people, (title, organizer, plain(event.description)), keywords=keywords)
    if not company:  # a freemail organizer: "the Business Analyst role at Oakridge Analytics"
        company = described_company(plain(event.description))
        company = "" if company.lower() in people_names(event, own) else company
    return Detection(
        is_interview=True,
        rule=rule,
        company=company,
        role=role or labelled_role(plain(event.description)) or description_role(event.description),
        interviewers=people,
        meeting_link=event.url,
    )


def _domains(event: CalendarEvent, own: set[str]) -> frozenset[str]:
    """The participants' domains other than the user's own (machinery included: its CN may name the company)."""
    own_domains = {a.rpartition("@")[2] for a in own}
    return frozenset(
        d
        for d in (p.email.rpartition("@")[2].lower() for p in (event.organizer, *event.attendees) if p)
        if d and d not in own_domains and not is_robot("x@" + d)
    )


def _decide(
    event: CalendarEvent, *, title: str, rules: InterviewRules, own: set[str]
) -> tuple[bool, str] | None:
    if rules.calendars and event.calendar_name.casefold() not in {c.casefold() for c in rules.calendars}:
        return False, f"calendar {event.calendar_name!r} not watched"
    keyword = find_word(_keywords(rules), title)
    category = (
        "" if keyword or not event.categories else find_word(_keywords(rules), " , ".join(event.categories))
    )
    weighed = (
        ""
        if keyword or category or rules.replace_default_keywords
        else evidence(event, title=title, keywords=_keywords(rules), own=own)
    )
    if not (keyword or category or weighed or rules.patterns or rules.domains):
        return None  # nothing could make it an interview: most of a calendar stops here, cheaply
    fields = _fields(event)
    for pattern in rules.exclude:
        where = _search(pattern, fields)
        if where:
            return False, f"excluded: pattern {pattern!r} in {where}"
    if find_word(NOT_JOB_INTERVIEWS, title):
        return False, f"excluded: not a job interview ({find_word(NOT_JOB_INTERVIEWS, title)!r})"
    span = keyword_span(_keywords(rules), normal(title))
    studied = research_interview(normal(title), span) if span else ""
    if studied:
        return False, f"excluded: not a job interview ({studied!r} beside the interview word)"
    veto = _veto(event, title=title, keywords=_keywords(rules), own=own)
    if veto:
        return False, veto
    if event.all_day and not rules.include_all_day and not _whole_day_selection(event, title, own):
        return False, "all-day event"
    if not rules.detect_own_hiring and _own_hiring(event, title, own):
        return False, "excluded: your side organizes it and interviews a candidate"
    if keyword:
        return True, f"keyword {keyword!r} in summary"
    if category:
        return True, f"keyword {category!r} in categories"
    if weighed:
        return True, weighed
    for pattern in rules.patterns:
        where = _search(pattern, fields)
        if where:
            return True, f"pattern {pattern!r} in {where}"
    for domain in rules.domains:
        role = _domain_match(event, domain.lower().lstrip("@"), own)
        if role:
            return True, f"domain {domain!r} of {role}"
    return None


def _whole_day_selection(event: CalendarEvent, title: str, own: set[str]) -> bool:
    """An all-day assessment centre, superday or onsite an employer invites her to: the whole day is the
    interview. Her own entry counts when it names the role too ("Onsite interviews @ Acme — Hardware
    Engineer"): a bare "Onsite interview day" or "Assessment-Center Acme" of hers may be a reminder."""
    organizer = event.organizer
    if not find_word(WHOLE_DAY_WORDS, title):
        return False
    if organizer is None or organizer.email.lower() in own:
        outside = any(a.email.lower() not in own and is_person(a) for a in event.attendees)
        return not outside and has_role(title)
    domain = organizer.email.rpartition("@")[2].lower()
    own_domains = {a.rpartition("@")[2] for a in own}
    return not (
        domain in own_domains
        or domain in FREEMAIL_DOMAINS
        or is_mailing(organizer.email)
        or is_robot(organizer.email)
    )


def _veto(event: CalendarEvent, *, title: str, keywords: tuple[str, ...], own: set[str]) -> str:
    """Why an event that may name interviews is not the user's interview ("" when nothing vetoes it).

    Each veto is an exact word weighed against the evidence: "Interview: Northwind Research, Research
    Engineer" from a Northwind recruiter is an interview, "Research Northwind" alone is not.
    """
    organizer = event.organizer.email if event.organizer else ""
    if organizer and organizer not in own and is_mailing(organizer):
        return f"excluded: sent by the mailing address {organizer}"
    platform = event_platform(event)
    if platform:
        return f"excluded: published by the event platform {platform}"
    text = normal(title)
    talk = talk_title(text)
    if talk:
        return f"excluded: an event about interviews ({talk!r} before the title)"
    if todo_title(event, text, own):
        return "excluded: a to-do about an interview"
    span = keyword_span(keywords, text)
    if span and interview_material(event, text, span, own):
        return "excluded: notes about an interview"
    events, sides = word_spans(EVENT_WORDS, text), word_spans(HIRING_SIDE_WORDS, text)
    labels = company_labels(_domains(event, own)) if events or sides else frozenset()
    for start, end in events:
        if _in_company_name(text, start, labels):  # "Onsite Interview - Workshop Studio" from workshopstudio
            continue
        if _starts_role(text, (start, end)):  # "Course Designer interview", "Workshop Facilitator – Acme"
            continue
        if span is None or start < span[1] or not _in_role_name(text, (start, end), span[1]):
            return f"excluded: an event about interviews ({text[start:end]!r})"
    for start, end in sides:
        if _in_company_name(text, start, labels):
            continue
        if span is None or start < span[1] or not _in_role_name(text, (start, end), span[1]):
            return f"excluded: the hiring side meets about candidates ({text[start:end]!r})"
    for start, end in word_spans(PREP_WORDS, text):
        if _names_a_role(text, start, span):  # "Simulation Engineer interview", "Kurs-Entwickler Gespräch"
            continue
        if text[start].isupper() and not labels:
            labels = company_labels(_domains(event, own))
        if _in_company_name(text, start, labels):  # "Vorstellungsgespräch Prep & Pantry GmbH" from preppantry
            continue
        if span is None or _leading(text, start) or _adjacent(text, (start, end), span):
            return "excluded: prep block"
    journey = travel_title(text)
    if journey and (span is None or span[0] >= journey):  # not "Interview -> Acme"
        return "excluded: travel block (a route or a train or flight number first)"
    outside = bool(organizer) and organizer not in own and not is_robot(organizer)
    for start, _end in word_spans(WEAK_PREP_WORDS, text):
        if not outside and (span is None or _leading(text, start)):
            return "excluded: prep block"
    return ""


_NAME_BEFORE = re.compile(r"[A-Z][\w&'.-]*\s+$")


def _in_company_name(text: str, start: int, labels: frozenset[str]) -> bool:
    """A capitalized word that is part of an invited company's name: "Workshop Studio" for
    workshopstudio.example, "Summit Partners" for summitpartners.example."""
    if not labels or not text[start].isupper():
        return False
    begin = start
    for _ in range(4):  # the word itself, or up to three capitalized words before it start the name
        if names_company(text[begin:], labels):
            return True
        head = _NAME_BEFORE.search(text[:begin])
        if head is None:
            return False
        begin = head.start()
    return False


# After an interview word, an event word may be part of the role's name: in brackets after a role or beside one
# ("Interview: Woodgrove - Developer Advocate (Webinars & Workshops)", "Interview (Developer Advocate,
# Webinars)"), or in capitalized words that end in a role noun ("Interview: Acme, Webinar & Events Manager").
_ROLE_AFTER = re.compile(
    r"^(?:\s*(?:&|and|und|/)?\s*[A-Z][\w-]*){0,3}?\s*(?:&|and|und|/)?\s*(?i:" + ROLE_WORDS.pattern + ")"
)
_PART_BREAK = re.compile(r"\s[-–—|/]\s|:\s|,\s")


def _in_role_name(text: str, word: tuple[int, int], keyword_end: int) -> bool:
    before = text[: word[0]]
    bracket = before.rfind("(")
    if bracket > before.rfind(")") and bracket >= keyword_end:
        inside = before[bracket + 1 :]
        head_start = max((m.end() for m in _PART_BREAK.finditer(before[:bracket])), default=0)
        head = before[head_start:bracket] if head_start >= keyword_end else ""
        return bool(has_role(inside) or has_role(head))
    return _ROLE_AFTER.match(text[word[1] :]) is not None


# What may stand between a veto word and the interview word it speaks of: "prep for the interview", a compound's
# hyphen ("Interview-Vorbereitung") or an opening bracket ("Entretien (préparation)").
_GLUE = re.compile(
    r"^(?:-|\s*[(\[]\s*|\s*)(?:(?:for|the|my|an?|to|of|with|für|das|die|den|zum|zur|de|du|d'|l'|la|le|pour|para|el|"
    r"per|il|lo|voor|het|een)\s+)*$",
    re.IGNORECASE,
)


_NEVER_IN_ROLE = frozenset(["prep", "prepare", "preparing", "preparation", "mock", "rehearsal", "rehearse"])


def _names_a_role(text: str, start: int, keyword: tuple[int, int] | None) -> bool:
    """A capitalized prep or travel word that starts a role's name, up to the next separator or the interview
    word: "Flight Software Engineer", "Simulation Engineer", "Kurs-Entwickler"; never "Prep" or "Mock"."""
    if not text[start].isupper():
        return False
    end = keyword[0] if keyword and keyword[0] > start else len(text)
    piece = _PART_BREAK.split(text[start:end], maxsplit=1)[0]
    return piece.split()[0].split("-")[0].lower() not in _NEVER_IN_ROLE and has_role(piece)


def _starts_role(text: str, word: tuple[int, int]) -> bool:
    """A capitalized event word right before a role noun is part of the role's name: "Course Designer",
    "Conference Coordinator", "Webinar Producer"; not "Course: Interviewing 101"."""
    return text[word[0]].isupper() and _ROLE_AFTER.match(text[word[1] :]) is not None


def _leading(text: str, start: int) -> bool:
    return not text[:start].strip(" \t:-–—|/,.()[]#*")


def _adjacent(text: str, veto: tuple[int, int], keyword: tuple[int, int]) -> bool:
    gap = text[veto[1] : keyword[0]] if veto[0] < keyword[0] else text[keyword[1] : veto[0]]
    return bool(_GLUE.match(gap))


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


def _own_hiring(event: CalendarEvent, title: str, own: set[str]) -> bool:
    """The user's side organizes it (she, a colleague at her own company domain, a shared team calendar, or
    nobody) and the title speaks of candidates, uses "interview" as a verb ("Interview the new-grad
    candidates", "Interviewing 3 applicants"), or names an invited guest as the interviewee."""
    if event.organizer is None or _shared_calendar(event.organizer):
        # her own entry or a team's shared calendar: "Candidate interview – Backend Engineer" is the hiring side
        return bool(find_word(CANDIDATE_WORDS, title))
    own_domains = {a.rpartition("@")[2] for a in own} - FREEMAIL_DOMAINS
    organizer = event.organizer.email
    if organizer not in own and organizer.rpartition("@")[2] not in own_domains:
        return False
    if find_word(CANDIDATE_WORDS, title) or _INTERVIEW_VERB.search(normal(title)):
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


def _shared_calendar(organizer: Attendee) -> bool:
    """A group or shared calendar organizes: Google's group calendars, a GROUP address."""
    return organizer.cutype == "GROUP" or organizer.email.endswith(".calendar.google.com")


_INTERVIEW_VERB = re.compile(
    r"^\s*(?:interview|interviewing|interviews)\s+(?:the|our|all|new|next|some|two|three|four|five|\d+)\b"
    r"|\b(?:new[- ]grads?|interns?\s+(?:candidates|applicants)|hiring\s+(?:panel|committee|debrief|sync)|"
    r"interview\s+debrief|debrief\s+(?:on|for)\s+\w+|scorecards?)\b",
    re.IGNORECASE,
)


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
