"""Tell people from calendar machinery in an event, and name the company their addresses belong to."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from followupd.domain.detect_defaults import (
    FREEMAIL_DOMAINS,
    MAILING_DOMAINS,
    MAILING_LOCAL_PARTS,
    ROBOT_DOMAINS,
    ROBOT_LOCAL_PARTS,
    TENANT_SENDER_DOMAINS,
)
from followupd.domain.detect_title import spellings
from followupd.domain.detect_words import GIVEN_NAMES
from followupd.domain.models import Attendee, CalendarEvent, Person

__all__ = [
    "branded_bot",
    "company_from_domain",
    "company_from_people",
    "in_domains",
    "interviewers",
    "is_mailing",
    "is_robot",
    "name_from_address",
    "people_names",
]

# Local parts of notification and no-reply senders, wherever the marker sits: "meet-recordings-noreply",
# "invitations-noreply", "noreply+abc", "scheduling-bot", "calendar_bot".
_ROBOT_LOCAL = re.compile(
    r"(?:^|[-_.+])(?:no-?reply|no_reply|do-?not-?reply|do_not_reply|donotreply)(?:$|[-_.+])"
    r"|(?:^|[-_.])bot$|^(?:notifications?|calendar|scheduling|mailer|invitations?)[-_.+]",
)
# Exchange and Google Workspace rooms that arrive as plain attendees (CUTYPE missing or INDIVIDUAL).
_ROOM_NAME = re.compile(
    r"\b(?:room|rooms|raum|konferenzraum|besprechungsraum|meeting\s*room|conference\s*room|boardroom|salle|"
    r"sala|zaal|vergaderruimte|konferensrum|mötesrum|møterom|mødelokale|møderum|neuvotteluhuone|kokoushuone|"
    r"zasedačka|zasedací\s+místnost|toplantı\s+odası|переговорная|huddle|phone\s*booth|focus\s*room|projector|"
    r"beamer|会議室|会议室|회의실)\b|\(\d+\)\s*$|\[\d+\]\s*$",
    re.IGNORECASE,
)
# A scheduling assistant by its display name, the employer's branded chatbot on any domain: "Olivia
# (asistent de recrutare)", "Emma – Recruiting Assistant", "KI-Assistent", "assistant virtuel".
_ASSISTANT_NAME = re.compile(
    r"\b(?:(?:ai|ki|ia|virtual|digital|automated|scheduling|recruiting|recruitment|hiring|talent|"
    r"virtueller?|digitaler?|recruiting-|rekrutierungs-?)\s*-?\s*(?:assistant|assistent|assistentin)"
    r"|(?:assistant|assistante|asistente|assistente|asistent|asystent|assistent)\s+"
    r"(?:virtuel|virtuelle|virtual|virtuale|virtuele|virtuell|de\s+recrutement|de\s+recrutare|"
    r"de\s+reclutamiento|de\s+selección|de\s+recrutamento|di\s+selezione|rekrutacyjny|"
    r"ds\.\s*rekrutacji|rekrutacji|d'entretiens|de\s+planification|IA|AI)"
    r"|(?:recruiting|rekryterings|rekrutterings|rekrutterings|wervings?)assistent)\b"
    r"|\bchat\s*bot\b|\bchatbot\b",
    re.IGNORECASE,
)
# A note taker that joins the call, by its display name on any domain: "Fireflies.ai Notetaker", "Acme
# Notetaker (bot)", "tl;dv Recorder", "KI-Notizassistent", "Assistant de prise de notes".
_NOTETAKER_NAME = re.compile(
    r"\b(?:note[\s-]?takers?|note[\s-]?taking|notes?[\s-]?bot|meeting[\s-]?(?:recorder|bot|notes)|"
    r"recorder[\s-]?bot|recording[\s-]?bot|fireflies|otter\.ai|read\.ai|tl;?dv|sembly|notta|avoma|metaview|"
    r"brighthire|notiz(?:en)?-?(?:assistent|bot)|ki-notizen|prise\s+de\s+notes|toma\s+de\s+notas|"
    r"tomador\s+de\s+notas|notulen-?bot)\b|\bbot\)?\s*$",
    re.IGNORECASE,
)
_NOTETAKER_HINTS = ("note", "bot", "fireflies", "otter", "read.ai", "tl", "sembly", "notta", "avoma", "metaview",
                    "brighthire", "notiz", "notas", "notulen")  # fmt: skip
_ROOM_LOCAL = re.compile(
    r"^(?:room|rm|mr|conf|confroom|conference|meetingroom|mtgroom|boardroom|raum|huddle|projector|beamer|"
    r"konferensrum|motesrum|moterom|moderum|salle|sala|zaal)(?:[-_.\d]|$)"
)


@lru_cache(maxsize=4096)
def is_robot(address: str) -> bool:
    """A notification, scheduling, booking, resource or group-calendar address rather than a person."""
    local, _, domain = address.lower().rpartition("@")
    if in_domains(domain, _ROBOT_SET):
        return True
    return local in ROBOT_LOCAL_PARTS or bool(_ROBOT_LOCAL.search(local)) or bool(_ROOM_LOCAL.match(local))


def is_mailing(address: str) -> bool:
    """A newsletter, events or marketing sender: what it invites to is an event, not an interview."""
    local, _, domain = address.lower().rpartition("@")
    if in_domains(domain, _MAILING_SET):
        return True
    if domain.split(".")[0] in {
        "events",
        "event",
        "news",
        "newsletter",
        "marketing",
        "webinars",
        "email",
        "boletin",
        # a mass mailer's own host: "mailing.careerweekly.example", "campaigns.", "nieuwsbrief."
        "mailing",
        "mailings",
        "mailer",
        "newsletters",
        "campaign",
        "campaigns",
        "promo",
        "enews",
        "bulletin",
        "nieuwsbrief",
        "infolettre",
    }:
        return len(domain.split(".")) >= 3
    return local in MAILING_LOCAL_PARTS


_ROBOT_SET = frozenset(ROBOT_DOMAINS)
_MAILING_SET = frozenset(MAILING_DOMAINS)


def in_domains(domain: str, domains: frozenset[str]) -> bool:
    """The domain or one of its parents is listed: each suffix looked up once, not each list entry tried."""
    labels = domain.split(".")
    return any(".".join(labels[i:]) in domains for i in range(len(labels)))


def is_person(attendee: Attendee) -> bool:
    """Someone to thank: not a room, resource, group, bot (by address or a chatbot's name), notification or
    scheduling-service address, not "for information" and not declined. A hiring team's mailbox (recruiting@,
    talent@, hr@) that organizes or attends is the people who ran the interview, so it counts."""
    return (
        attendee.cutype not in {"ROOM", "RESOURCE", "GROUP", "UNKNOWN"}
        and attendee.role != "NON-PARTICIPANT"
        and attendee.partstat != "DECLINED"
        and "@" in attendee.email
        and not is_robot(attendee.email)
        and not _ROOM_NAME.search(attendee.name)
        and not is_assistant(attendee.name)
        and not _NO_REPLY_NAME.search(attendee.name)
        and not _shared_list(attendee.email)
    )


# A sender whose display name says not to answer it is a notification mailbox, whatever its address
# ("Acme (no reply)" at acme@ an applicant-tracking tenant): "do not reply", "ne pas répondre",
# "nicht antworten", "no responder", "non rispondere", "niet beantwoorden", "svara ej", "nie odpowiadaj".
_NO_REPLY_NAME = re.compile(
    r"\b(?:no[-_ ]?reply|do[-_ ]?not[-_ ]?reply|don'?t\s+reply|ne\s+pas\s+r[ée]pondre|nicht\s+antworten|"
    r"keine\s+antwort|no\s+responder|no\s+responda|non\s+rispondere|niet\s+beantwoorden|niet\s+antwoorden|"
    r"svara\s+ej|svara\s+inte|ikke\s+svar|nie\s+odpowiadaj|n[ãa]o\s+responda)\b",
    re.IGNORECASE,
)


# A distribution list that arrives as a plain attendee: "all-staff@", "team-backend@", "eng-all@",
# "design-guild@". A hiring team's list ("recruiting-team@", "hiring-panel@") is the people who interview.
_LIST_LOCAL = re.compile(
    r"(?:^|[-_.])(?:all|everyone|staff|team|teams|guild|chapter|dl|distro|announce)(?:$|[-_.])"
)
_LIST_ALONE = frozenset(["all", "everyone", "everybody", "staff", "allstaff", "allhands"])
_HIRING_LOCAL = re.compile(
    r"recruit|talent|hiring|interview|career|jobs|hr(?:$|[-_.])|people|rekrut|recrut|reclut|karier|karrier|"
    r"carrier|carreir|empleo|rrhh|rh(?:$|[-_.])|jobb|saiyo|rekry"
)


def _shared_list(address: str) -> bool:
    local = address.lower().rpartition("@")[0]
    if local in _LIST_ALONE:
        return True
    if "-" not in local and "_" not in local and "." not in local:
        return False  # "team@" alone may be a small company's hiring mailbox
    return bool(_LIST_LOCAL.search(local)) and not _HIRING_LOCAL.search(local)


def is_assistant(name: str) -> bool:
    """A chatbot's display name: "Olivia (asistent de recrutare)", "Recruiting Assistant"; not a person who
    gives their title, "Jane Doe, Recruiting Assistant" (two words of a name before it). A note taker that
    joins the call ("Fireflies.ai Notetaker", "Acme Notetaker (bot)") is one too. A given name alone before the
    employer's name is a chatbot too: "Olivia – Vltavia Recruiting Assistant"."""
    low = name.lower()
    if any(hint in low for hint in _NOTETAKER_HINTS) and _NOTETAKER_NAME.search(name):
        return True  # a note taker is never a person giving their title
    if "assist" not in low and "asist" not in low and "asyst" not in low and "bot" not in low:
        return False  # most names: one look for all the words
    match = _ASSISTANT_NAME.search(name)
    if match is None:
        return False
    before = name[: match.start()]
    head = _NAME_END.split(before, maxsplit=1)[0]
    return len(_WORD.findall(before)) <= 1 or (head != before and len(_WORD.findall(head)) == 1)


_WORD = re.compile(r"[^\W\d_]+")
# Where a chatbot's given name ends and its employer's name starts: "Olivia – Vltavia Recruiting Assistant",
# "Ava, Harbor Foods Hiring Assistant", "Nora at Polar Bakery (AI Assistant)", "Mia bei Nordlicht KI-Assistentin".
_NAME_END = re.compile(
    r"\s+[-–—|·/:]\s+|[,(\[|:/@]|\s+(?:at|from|for|bei|für|chez|pour|hos|för|från|presso|per|para|voor)\s+",
    re.IGNORECASE,
)


# One given name, then the employer's name in brackets or after a dash or "at": "Mya (Harbor Foods Assistant)",
# "Olivia – Orbital Freight", "Ava at Orbital Freight", "Mia bei Orbital Freight".
_BRANDED = re.compile(
    r"^\s*([^\W\d_]+)\s*(?:\((.+)\)|(?:[-–—|:]|\s(?:at|from|bei|chez|hos|från|presso)\s)\s*(.+?))\s*$",
    re.IGNORECASE,
)
# With no separator, only before an assistant's words: "Olivia Vltavia Recruiting Assistant".
_BRANDED_BARE = re.compile(
    r"^\s*([^\W\d_]+)\s+()(.+?\s(?:recruiting|recruitment|hiring|talent|scheduling|virtual|ai|ki)[- ]?"
    r"(?:assistant|assistent|assistentin|asistente|assistente|assistante)(?:\s*\(ai\))?)\s*$",
    re.IGNORECASE,
)
_BRANDED_GENERIC = frozenset(("assistant", "assistent", "asistente", "assistente", "assistante", "recruiting",
    "recruitment", "recruiter", "hiring", "talent", "team", "careers", "career", "jobs", "scheduling", "scheduler",
    "interviews", "interview", "virtual", "bot", "chatbot", "she", "her", "him", "they", "them", "sie", "ihr",
    "elle", "ella", "des", "der", "die", "das", "and", "und"))  # fmt: skip


def branded_bot(attendee: Attendee, title: str) -> bool:
    """An employer's scheduling chatbot that sends from its vendor's domain under a given name and the
    employer's name in brackets or after a dash or "at", the name the title also gives: "Olivia (Orbital
    Freight)" or "Olivia – Orbital Freight" at olivia@ a vendor's domain for "Review [Orbital Freight]". A
    person's address carries their employer's name; "recruiting – Acme" at recruiting@ is a hiring mailbox."""
    local, _, domain = attendee.email.lower().rpartition("@")
    if not (local.isascii() and local.isalpha()):
        return False  # a chatbot's address is its name alone: olivia@, sofia@ for "Sofía"
    match = _BRANDED.match(attendee.name) or _BRANDED_BARE.match(attendee.name)
    if match is None or domain in FREEMAIL_DOMAINS or _HIRING_LOCAL.search(local):
        return False
    if local not in spellings(match.group(1)):
        return False
    employer = (match.group(2) or match.group(3) or "").lower()
    words = [w for w in re.findall(r"[^\W\d_]{3,}", employer) if w not in _BRANDED_GENERIC]
    low_title, bare_domain = title.lower(), re.sub(r"[^a-z0-9]", "", domain)
    return (
        bool(words)
        and any(w in low_title for w in words)
        and not any(s in bare_domain for w in words for s in spellings(w))
    )


def interviewers(event: CalendarEvent, own: set[str]) -> tuple[Person, ...]:
    """The people in the event other than the user: organizer first, then attendees, each once."""
    seen: set[str] = set()
    people: list[Person] = []
    for attendee in (event.organizer, *event.attendees):
        if attendee is not None and _named_without_address(attendee) and attendee.name.lower() not in seen:
            # Google writes "invalid:nomail" for a guest it has no address for: a person all the same, whose
            # thank-you note waits for the user to add one.
            seen.add(attendee.name.lower())
            people.append(Person(name=attendee.name, email=""))
            continue
        if attendee is None or attendee.email in own or attendee.email in seen:
            continue
        if not is_person(attendee) and not (attendee is event.organizer and _coordinators(attendee, event)):
            continue
        if branded_bot(attendee, event.summary):
            continue
        seen.add(attendee.email)
        name = attendee.name if attendee.name and "@" not in attendee.name else _name_of(attendee.email)
        people.append(Person(name=name, email=attendee.email))
    return tuple(people)


# The local part of a company's own interview-scheduling mailbox: "scheduling@", "interview-scheduling@",
# "scheduler@", "terminplanung@", "planification@".
_COORDINATION_LOCAL = re.compile(
    r"^(?:interviews?[-_.]?|recruiting[-_.]?|hiring[-_.]?)?(?:scheduling|scheduler|coordination|coordinators?|"
    r"terminplanung|planification|planificacion|programacion|agendamento)(?:[-_.]?team)?$"
)


def _coordinators(organizer: Attendee, event: CalendarEvent) -> bool:
    """The company's own scheduling mailbox that organizes ("Orchard Labs Interview Scheduling" at
    scheduling@orchardlabs.example with Orchard Labs people invited) is the recruiting team that runs the
    interview; a scheduling tool's address (its own domain, nobody of the company there) is not."""
    local, _, domain = organizer.email.lower().rpartition("@")
    if not _COORDINATION_LOCAL.match(local) or in_domains(domain, _ROBOT_SET) or domain in FREEMAIL_DOMAINS:
        return False
    if organizer.cutype not in {"INDIVIDUAL", ""} or organizer.partstat == "DECLINED":
        return False
    if _NO_REPLY_NAME.search(organizer.name) or is_assistant(organizer.name):
        return False
    return any(
        a.email.lower().rpartition("@")[2] == domain
        and a.email.lower() != organizer.email.lower()
        and is_person(a)
        for a in event.attendees
    )


def _named_without_address(attendee: Attendee) -> bool:
    return (
        "@" not in attendee.email
        and bool(attendee.name.strip())
        and "@" not in attendee.name
        and attendee.cutype == "INDIVIDUAL"
        and attendee.partstat != "DECLINED"
    )


def _name_of(address: str) -> str:
    """ "jane.doe@acme.com" -> "Jane Doe"; a team mailbox "talent@acme.com" -> "Acme Talent"."""
    local, _, domain = address.lower().rpartition("@")
    company = company_from_domain(domain)
    if local in _TEAM_LOCALS and company:
        return f"{company} {name_from_address(address)}"
    return name_from_address(address)


def _team_mailbox(address: str) -> bool:
    local = address.lower().rpartition("@")[0]
    return local in _TEAM_LOCALS or bool(_HIRING_LOCAL.search(local))


def people_names(event: CalendarEvent, own: set[str]) -> frozenset[str]:
    """Lower-case names of everyone in the event, and the user's own, whether she is listed or not: none of
    them is the company.

    A display name that is really a team or the company ("Northwind Talent", "Acme Recruiting") is left out,
    and so is a one-word address ("acme@acme.com") that spells the company, and a group's or room's address.
    """
    names: set[str] = {
        derived
        for derived in (name_from_address(a).lower() for a in own)
        if derived and derived not in _TEAM_LOCALS
    }
    everyone = [p for p in (event.organizer, *event.attendees) if p is not None]
    # "Massive Dynamic (via Lever)" over a tool's address, "Stark Industries" over stark.example: companies
    labels = {company_from_domain(p.email.rpartition("@")[2]).lower().replace(" ", "") for p in everyone}
    labels = {label for label in labels if len(label) >= 3}
    for person in everyone:
        if person.cutype in {"ROOM", "RESOURCE", "GROUP", "UNKNOWN"}:
            continue  # "Platform team", "platform-team@" are no one's name: "Platform Engineer" stays a role
        company = company_from_domain(person.email.rpartition("@")[2]).lower()
        cn = re.sub(r"\s+", " ", person.name.strip().strip('"'))
        if "," in cn:  # Exchange's "Doe, Jane"
            last, _, first = cn.partition(",")
            cn = f"{first.strip()} {last.strip()}"
        words = cn.lower().split()
        compact = re.sub(r"[\W_]+", "", cn.lower())
        spells_company = any(compact.startswith(label) for label in labels)
        if not spells_company and _team_mailbox(person.email) and words and words[0] not in GIVEN_NAMES:
            spells_company = True  # careers@ under "Αιγαίο Λογισμικό": the company as it writes itself
        no_reply = bool(_NO_REPLY_NAME.search(cn))  # "Acme (no reply)" at acme@ a tool's domain: nobody
        if (
            cn
            and not no_reply
            and "@" not in cn
            and not _TEAM_WORDS.search(cn)
            and words[:1] != [company]
            and not spells_company
        ):
            names.add(cn.lower())
        if no_reply or is_robot(person.email):
            continue
        derived = name_from_address(person.email).lower()
        if derived and derived != company and derived not in _TEAM_LOCALS and not _TEAM_WORDS.search(derived):
            names.add(derived)
    return frozenset(n for n in names if n)


_TEAM_WORDS = re.compile(
    r"\b(?:team|talent|recruiting|recruitment|careers?|jobs|hiring|hr|people|calendar|acquisition|via|"
    r"personal|rekrutierung|recrutement|inc|gmbh|ltd|llc|corp)\b"
    # the same in scripts without spaces between words: "星河 招聘", "採用チーム", "채용팀", "人事部"
    r"|招聘|采用|採用|人事|人才|채용|인사팀|인재",
    re.IGNORECASE,
)
_TEAM_LOCALS = frozenset(
    [
        "recruiting",
        "recruiter",
        "recruitment",
        "talent",
        "careers",
        "career",
        "jobs",
        "hiring",
        "hr",
        "people",
        "info",
        "hello",
        "contact",
        "team",
    ]
)


@lru_cache(maxsize=4096)
def company_from_domain(domain: str) -> str:
    """ "acme.com" -> "Acme", "mail.acme-robotics.co.uk" -> "Acme Robotics"; "" for freemail."""
    domain = domain.lower().strip(".")
    if domain in FREEMAIL_DOMAINS or not domain:
        return ""
    for hosted in _HOSTED:  # "acme.onmicrosoft.com", "acme.bamboohr.com": the tenant is the company
        if domain.endswith("." + hosted):
            domain = domain[: -len(hosted) - 1].rpartition(".")[2] + ".tenant"
            break
    labels = domain.split(".")
    if len(labels) >= 3 and labels[-2] in {"co", "com", "ac", "org", "net", "gov", "ne", "or"}:
        name = labels[-3]
    else:
        name = labels[-2] if len(labels) >= 2 else labels[0]
    return " ".join(w.capitalize() for w in re.split(r"[-_]+", name) if w)


# Domains where a company's own mailboxes or applicant-tracking pages live under its name.
_HOSTED = (
    "onmicrosoft.com",
    "bamboohr.com",
    "recruitee.com",
    "teamtailor.com",
    "workable.com",
    "greenhouse.io",
    "myworkdayjobs.com",
    "breezy.hr",
    "jobvite.com",
    "personio.de",
    "smartrecruiters.com",
    "pinpointhq.com",
    "jazzhr.com",
    "applytojob.com",
    "zohorecruit.com",
    "freshteam.com",
)


def company_from_people(event: CalendarEvent, own: set[str]) -> str:
    """The organizer's company domain, else the most common company domain among the attendees, else what a
    tool's or team mailbox's name says ("Acme (via Lever)", "Acme Careers") or its tenant ("acme.bamboohr.com")."""
    own_domains = {a.rpartition("@")[2] for a in own}

    def company_domain(person: Attendee | None) -> str:
        if person is None or person.email in own or is_robot(person.email) or is_mailing(person.email):
            return ""
        if is_assistant(person.name) or branded_bot(person, event.summary):  # a chatbot: its vendor's domain
            return ""
        domain = person.email.rpartition("@")[2]
        return "" if domain in own_domains or domain in FREEMAIL_DOMAINS else domain

    organizer = company_domain(event.organizer)
    if organizer:
        return company_from_domain(organizer)
    domains = Counter(d for d in (company_domain(a) for a in event.attendees if is_person(a)) if d)
    if domains:
        return company_from_domain(domains.most_common(1)[0][0])
    return _company_from_machinery(event.organizer, own) if event.organizer else ""


def _company_from_machinery(organizer: Attendee, own: set[str]) -> str:
    if organizer.email in own:
        return ""
    cn = organizer.name.strip().strip('"')
    named = re.sub(r"\s*(?:\(via\s[^)]*\)|via\s.*|\bon behalf of\b.*)$", "", cn, flags=re.IGNORECASE)
    team = _TEAM_NAME_END.sub("", named)
    person = team.split()[0].lower() in GIVEN_NAMES if team else False  # "Jane Doe (via Calendly)"
    if cn and "@" not in cn and (named != cn or team != named) and team and not person:
        return team
    local, _, domain = organizer.email.lower().rpartition("@")
    if any(domain.endswith("." + hosted) for hosted in _HOSTED):
        return company_from_domain(domain)
    if in_domains(domain, _TENANT_SET) and not is_robot(local + "@tenant.invalid"):
        return _tenant(local, team)  # "acme-recruiting@jobvite.com", "acme@chilipiper.com"
    return ""


_TENANT_SET = frozenset(TENANT_SENDER_DOMAINS)


def _tenant(local: str, name: str) -> str:
    """The company an applicant-tracking or booking address sends for: its display name when that spells the
    address ("Vandelay Industries" for vandelayindustries@), else the address's words; never a person."""
    words = [w for w in re.split(r"[-_.+]+", re.sub(r"\d+", "", local)) if w and w not in _TEAM_LOCALS]
    if not words or words[0] in GIVEN_NAMES:
        return ""
    compact = re.sub(r"[\W_]+", "", name.lower())
    if compact and "@" not in name and compact.startswith("".join(words)):
        return name
    return " ".join(w.capitalize() for w in words)


_TEAM_NAME_END = re.compile(
    r"\s+(?:recruiting|recruitment|talent(?:\s+acquisition)?|careers?|hiring|hr|people|jobs|team|"
    r"rekrutierung|recrutement|reclutamiento|recrutamento|werving|rekrytering)$",
    re.IGNORECASE,
)


def name_from_address(address: str) -> str:
    """ "jane.doe@acme.com" -> "Jane Doe"."""
    local = address.partition("@")[0].partition("+")[0]
    words = [w for w in re.split(r"[._-]+", re.sub(r"\d+", "", local)) if w]
    return " ".join(w.capitalize() for w in words) or local
