"""Weigh an event whose title has no interview keyword; read a role, a company and a tool's event name elsewhere."""

from __future__ import annotations

import html
import re

from followupd.domain.detect_defaults import FREEMAIL_DOMAINS, TITLE_QUALIFIERS
from followupd.domain.detect_people import company_from_domain, is_mailing, is_person, name_from_address
from followupd.domain.detect_roles import ROLE_WORDS
from followupd.domain.detect_title import (
    find_word,
    has_role,
    keyword_span,
    names_company,
    normal,
    spellings,
    title_parts,
    word_spans,
)
from followupd.domain.detect_words import (
    APPLICATION_WORDS,
    CHAT_FORMATS,
    HIRING_WORDS,
    ROUTINE_WORDS,
    TALK_WORDS,
)
from followupd.domain.models import CalendarEvent

__all__ = [
    "company_labels",
    "description_role",
    "evidence",
    "full_company",
    "own_entry_company",
    "plain",
    "strip_evidence_words",
    "tool_event_name",
]

# How much of a description is read: invitations put what matters first, then the meeting-link boilerplate.
_DESCRIPTION_CHARS = 1500
_TAG = re.compile(r"<(/?)(\w+)[^>]*>")


def plain(description: str) -> str:
    """The start of a description as text: Google and Outlook write HTML ("<b>Event Name:</b> ...<br>")."""
    text = description[: _DESCRIPTION_CHARS * 2] if "<" in description else description[:_DESCRIPTION_CHARS]
    if "<" in text:
        breaks = {"br", "p", "div", "li", "tr"}
        text = _TAG.sub(lambda m: "\n" if m.group(2).lower() in breaks else "", text)
        text = html.unescape(text)
    return normal(text[:_DESCRIPTION_CHARS])


# Joiners of two parties in a title: "Maya <> Acme", "Acme x Maya", "Maya Example – Raj Patel", "between Jane
# Doe and Maya Example".
_PARTIES = re.compile(
    r"\s(?:<>|<->|x|×|/|\||&|\+|[-–—·•~]|and|und|et|y|e|en|och|og|ja|i|with|mit|avec|con|met|com|med|z)\s"
    r"|\bbetween\s|\bzwischen\s|\bentre\s|\btra\s",
    re.I,
)


def evidence(event: CalendarEvent, *, title: str, keywords: tuple[str, ...], own: set[str]) -> str:
    """Why an event without an interview word in its title is an interview all the same ("" when it is not).

    Points: a hiring word in the title ("reclutamiento", "take-home review", "Kennismakingsgesprek") 2, a
    conversation word ("intro call", "Gespräch") 1, a role 1, the other side's company 1 (and 1 more with a
    role), the user's own name beside another party ("Maya <> Acme") 1, an interview word in the description
    2, a role or an application there 1 (2 when it names the role: "about the Solutions Architect role"); a
    routine word ("sync", "lunch") takes 2 away. Someone from outside must take part, the title must carry a
    point of its own, and 3 points make an interview. Her own entry with nobody else in it counts only when it
    says she meets the hiring side of a company she names ("Coffee chat w/ recruiter – Pinewood Games").
    """
    text = normal(title)
    if event.organizer is None and not event.attendees:
        return _own_entry(text)  # nobody from outside: most of a calendar stops here
    signal = find_word(_SIGNAL_WORDS, text)  # one pass for both lists: most titles have neither
    # the leftmost word may be a talk ("Coffee chat with a Globex recruiter"): a hiring word anywhere counts
    hiring = (signal if find_word(HIRING_WORDS, signal) else find_word(HIRING_WORDS, text)) if signal else ""
    # and a conversation beside it counts too: "Recruiter intro call", "Llamada de selección"
    talk = (find_word(TALK_WORDS, _without_hiring(text)) if hiring else signal) if signal else ""
    # a booking page's "Platform Engineer intro between ... and Maya"
    if not talk and "intro" in text.lower():
        after_role = _ROLE_INTRO.search(text)
        talk = after_role.group(1) if after_role else ""
    role = has_role(text) and (not signal or has_role(_without_words(text)))  # "Recruiter call" is no role
    parties = bool(_PARTIES.search(f" {text} ")) and _names_user(text, own)  # only hers beside another counts
    if not (signal or role or parties):  # only the company's name could count: look for it first, cheaply
        domains = {p.email.rpartition("@")[2].lower() for p in (event.organizer, *event.attendees) if p}
        if not _mentions_company(text, company_labels(frozenset(domains))):
            return ""
    outside = _outside_domains(event, own)
    if not outside:
        return ""
    labels = company_labels(outside)
    company = _mentions_company(text, labels)
    together = False
    if role:  # a role of its own, not "Northwind's account manager"; with the company beside it, one more
        parts = title_parts(strip_evidence_words(text))
        roles = [p for p in parts if has_role(p) and not _mentions_company(p, labels)]
        role = bool(roles)
        together = company and any(has_role(_LEVEL_END.sub("", p).split()[-1]) for p in roles)
    # "Senior Data Engineer @ Northwind" from someone at Northwind: a role and their company say it together
    score = 2 * bool(hiring) + bool(talk) + role + company + together
    score += parties
    if score == 0:
        return ""  # the title must carry a point of its own
    routine = find_word(ROUTINE_WORDS, text)
    if routine and not (hiring and find_word(CHAT_FORMATS, routine)):  # a recruiting coffee chat is the talk
        score -= 2
    said = ""
    if score < 3 and event.description:  # only then is the description worth reading
        description = plain(event.description)
        said = find_word(keywords, description)
        # a role the description names ("about the Solutions Architect role at Quorra") says more than the word
        applied = bool(find_word(APPLICATION_WORDS, description))
        score += 2 * bool(said) + applied + (applied and bool(_role_in(description)))
    if score < 3:
        return ""
    shown = hiring or talk or ("a role and the company" if role and company else "the parties")
    return f"evidence: {shown!r} in summary" + (f", {said!r} in description" if said else "")


_SIGNAL_WORDS = (*HIRING_WORDS, *TALK_WORDS)
# an introduction right after a role's noun is a conversation about that role: "Platform Engineer intro",
# "Data Analyst introduction", "Desarrolladora Backend introducción" (a bare "Intro to Kubernetes" is no talk)
_ROLE_INTRO = re.compile(
    r"(?:"
    + ROLE_WORDS.pattern
    + r")\s+(intro|introduction|introducción|introdução|introduzione|introductie)\b",
    re.IGNORECASE,
)
# a level after a role's noun: "Software Engineer II", "Data Scientist 2", "Analyst (L4)"
_LEVEL_END = re.compile(r"(?:\s+(?:[IVX]{1,4}|\d{1,2}|L\d{1,2}|\(L?\d{1,2}\)))+$")


def _own_entry(text: str) -> str:
    """Her own entry for meeting the hiring side of a company she names: "Coffee chat w/ recruiter – Pinewood
    Games", "Llamada con reclutadora – Initech". A hiring word, a conversation with someone (or over coffee)
    and a name beside them make it; "Recruiting coffee" with nobody named, or "Appel recruteur – Globex" (a
    call she may have to make), does not."""
    hiring = find_word(HIRING_WORDS, text)
    if not hiring:
        return ""  # most of a calendar: one look
    talk = find_word(TALK_WORDS, _without_hiring(text)) or find_word(CHAT_FORMATS, text)
    # "Appel recruteur – Globex" may be a call she must make: only a meeting with someone counts
    if not talk or not (_MEETS.search(text) or find_word(CHAT_FORMATS, text)):
        return ""
    routine = find_word(ROUTINE_WORDS, text)
    if routine and not find_word(CHAT_FORMATS, routine):
        return ""
    named = own_entry_company(text)
    if not named:
        return ""
    return f"evidence: {hiring!r} and {talk!r} in summary, with {named!r}"


def own_entry_company(title: str) -> str:
    """The company her own entry names beside the hiring and conversation words: "Mirador Viajes" in "Café con la
    reclutadora – Mirador Viajes" ("" when no capitalized name is left)."""
    rest = _without_words(normal(title))
    for word in (*CHAT_FORMATS, *ROUTINE_WORDS):
        rest = re.sub(rf"(?i)\b{re.escape(word)}\b", " ", rest)
    named = [p for p in title_parts(rest) if re.match(r"[A-Z0-9]", p.strip()) and len(p.strip()) > 2]
    return named[0].strip() if named else ""


# whom she meets: "chat w/ recruiter", "Gespräch mit der Recruiterin", "llamada con reclutadora"
_MEETS = re.compile(r"(?:^|\s)(?:with|w/|mit|avec|con|com|met|med|z|s)\s", re.IGNORECASE)


def _without_hiring(text: str) -> str:
    for start, end in sorted(word_spans(HIRING_WORDS, text), reverse=True):
        text = text[:start] + " " + text[end:]
    return text


def _outside_domains(event: CalendarEvent, own: set[str]) -> frozenset[str]:
    """Company domains of the people from outside (not the user's, no freemail, no mailing list)."""
    own_domains = {a.rpartition("@")[2] for a in own}
    found = set()
    for person in (event.organizer, *event.attendees):
        if person is None or person.email in own or not is_person(person) or is_mailing(person.email):
            continue
        domain = person.email.rpartition("@")[2]
        if domain not in own_domains:
            found.add(domain)
    return frozenset(found)


def company_labels(domains: frozenset[str]) -> frozenset[str]:
    """ "stark.example" -> "stark", "massive-dynamic.co.uk" -> "massivedynamic"; freemail gives none."""
    return frozenset(
        company_from_domain(d).lower().replace(" ", "") for d in domains if d not in FREEMAIL_DOMAINS
    ) - {""}


def _names_user(text: str, own: set[str]) -> bool:
    names = {name_from_address(a).split(" ")[0].lower() for a in own} - {""}
    low = text.lower()
    return any(re.search(rf"\b{re.escape(n)}\b", low) for n in names)


def _without_words(text: str) -> str:
    """The title without hiring and conversation words, so "Recruiter call" is no role."""
    for words in (HIRING_WORDS, TALK_WORDS):
        for start, end in sorted(word_spans(words, text), reverse=True):
            text = text[:start] + " " + text[end:]
    return text


def strip_evidence_words(title: str) -> str:
    """The title with its hiring and conversation words turned into separators, for company and role:
    "Kennismakingsgesprek Product Owner – Tyrell" -> "Product Owner – Tyrell"."""
    text = normal(title)
    for words in (HIRING_WORDS, TALK_WORDS):
        for start, end in sorted(word_spans(words, text), reverse=True):
            text = text[:start] + " – " + text[end:]
    return _without_kind(re.sub(r"^[\s–:|/-]+|[\s–:|/-]+$", "", text))


# What names the kind of call right after the call word, before whom it is with: "Llamada de screening con
# Acme" -> "con Acme", "Chiamata di selezione finale con Acme", "Appel de présélection avec Acme".
_OF = frozenset(("de", "di", "del", "da", "du", "des", "of", "d'"))


def _without_kind(text: str) -> str:
    words = text.split(" ")
    start = 1 if len(words) > 1 and words[0].lower() in _OF else 0
    end = start
    while end < len(words) - 1 and words[end].lower() in TITLE_QUALIFIERS:
        end += 1
    if end == start or not _WITH_WORD.fullmatch(words[end]):
        return text  # only a kind of call that is followed by whom it is with
    return " ".join(words[end:])


_WITH_WORD = re.compile(r"with|con|avec|mit|met|com|med", re.IGNORECASE)


def _mentions_company(text: str, labels: frozenset[str]) -> bool:
    """Some words of the title spell one of the company names: "Probetag bei Northwind Traders"."""
    if not any(label in compact for compact in spellings(text) for label in labels):
        return False
    words = re.findall(r"[\w&'-]+", text)
    return any(names_company(" ".join(words[i : i + 4]), labels) for i in range(len(words)))


# A role named in a description: "for the Frontend Engineer role at Tyrell", "pour le poste de cheffe de
# projet", "für die Stelle als Data Engineer", "para el puesto de Ingeniera de datos".
_ROLE_PHRASES = re.compile(
    r"(?:\b(?:for|as|about)\s+(?:the|a|an|our|your)\s+(?P<en>[^.,;:!?\n()]{3,60}?)\s+"
    r"(?:role|position|opening|vacancy|opportunity)\b"
    r"|\b(?:role|position)\s+(?:of|as)\s+(?:an?\s+)?(?P<of>[^.,;:!?\n()]{3,60})"
    r"|\b(?:Stelle|Position|Rolle)\s+(?:als\s+)?(?P<de>[^.,;:!?\n()]{3,60})"
    r"|\b(?:poste|rôle)\s+(?:de\s+|d')(?P<fr>[^.,;:!?\n()]{3,60})"
    r"|\b(?:puesto|vacante|posición|vaga|cargo|posição)\s+de\s+(?P<es>[^.,;:!?\n()]{3,60})"
    r"|\b(?:posizione|ruolo)\s+di\s+(?P<it>[^.,;:!?\n()]{3,60})"
    r"|\b(?:functie|vacature|rol)\s+(?:van|als)\s+(?P<nl>[^.,;:!?\n()]{3,60})"
    r"|\b(?:tjänsten|rollen|stillingen|stillingen)\s+som\s+(?P<sv>[^.,;:!?\n()]{3,60})"
    # the application itself: "Bewerbung als Data Scientist", "application for Product Designer",
    # "sollicitatie als data-analist", "candidature en tant que ...", "ansökan som ..."
    r"|\b(?:Bewerbung|application|sollicitatie|candidature|candidatura|solicitud|ansökan|søknad|ansøgning)\s+"
    r"(?:als|as|for|für|voor|en\s+tant\s+que|como|come|per|para|som|til)\s+(?P<app>[^.,;:!?\n()]{3,60}))",
    re.IGNORECASE,
)
_ROLE_END = re.compile(
    r"\s+(?:at|bei|chez|en|presso|bij|hos|in|na|no|w|at\s+the|with|mit|avec|con|com|met|med|on|im|dans|"
    r"team|im\s+Team|and|und|et|y|e|en|och|og|which|that|who|here|there)\b.*$",
    re.IGNORECASE,
)


def description_role(description: str) -> str:
    """The role a description names, when it is one ("" otherwise)."""
    return _role_in(plain(description))


def _role_in(text: str) -> str:
    for match in _ROLE_PHRASES.finditer(text):
        found = next(v for v in match.groupdict().values() if v)
        role = _ROLE_END.sub("", found).strip(" \"'")
        role = re.sub(r"^(?:the|die|der|le|la|el|il|de|a|an)\s+", "", role, flags=re.IGNORECASE)
        if has_role(role) and len(role.split()) <= 6:
            return role
    return ""


# The event type a scheduling tool writes in its description: "Event Name: Interview with Acme" (Calendly),
# "What: Technical interview" (Cal.com), "Event type: ...", "Nom de l'événement : ...".
_TOOL_EVENT = re.compile(
    r"^\s*(?:event\s+name|event\s+type|meeting\s+type|what|type\s+d'événement|nom\s+de\s+l'événement|"
    r"veranstaltungsname|ereignisname|terminart|nombre\s+del\s+evento|tipo\s+de\s+evento|"
    r"nome\s+do\s+evento|tipo\s+di\s+evento|naam\s+van\s+het\s+evenement|evenemangsnamn)\s*:\s*(.+?)\s*$",
    re.IGNORECASE | re.MULTILINE,
)


def tool_event_name(description: str, keywords: tuple[str, ...]) -> str:
    """The scheduling tool's event name in a description when it has an interview or hiring word, else ""."""
    for match in _TOOL_EVENT.finditer(plain(description)):  # or a hiring word: "Recruiting coffee chat"
        if keyword_span(keywords, match.group(1)) or find_word(HIRING_WORDS, match.group(1)):
            return match.group(1)
    return ""


def full_company(company: str, texts: tuple[str, ...], *, keywords: tuple[str, ...]) -> str:
    """A company read from a domain, as the event spells it: "Vandelay" -> "Vandelay Industries" when the
    title says so, "Massivedynamic" -> "Massive Dynamic" from the organizer's "Massive Dynamic (via Lever)"."""
    label = company.lower().replace(" ", "")
    if len(label) < 3:
        return company
    for text in texts:
        for run in _CAPITAL_RUN.findall(normal(text)):
            words = _TEAM_END.sub("", run.rstrip(".'-&")).split()
            if 0 < len(words) <= 3 and _spells(words, label) and keyword_span(keywords, run) is None:
                return " ".join(words)
    return company


_CAPITAL_RUN = re.compile(r"(?:[A-Z0-9][\w&.'-]*)(?:[ \t]+(?:[A-Z0-9&][\w&.'-]*|of|and|de))*")
_TEAM_END = re.compile(
    r"\s+(?:recruiting|recruitment|talent|careers|hiring|hr|people|team|jobs|via)\b.*$", re.IGNORECASE
)


def _spells(words: list[str], label: str) -> bool:
    """The first words spell the label exactly: "Vandelay Industries" and "Massive Dynamic" for
    "vandelay" and "massivedynamic", not "Vandelayer" for "vandelay"."""
    for form in range(3):  # as written, without marks, with German umlauts as "ue" ("Alpenglühen")
        compact = ""
        for word in words:
            forms = spellings(word)
            compact += forms[min(form, len(forms) - 1)]
            if compact == label:
                return True
            if not label.startswith(compact):
                break
    return False


def _drop_team(name: str) -> str:
    return _TEAM_END.sub("", name).strip()
