"""Vetoes by a title's shape: a talk, a to-do about an interview, research interviews, event platforms."""

from __future__ import annotations

import re

from followupd.domain.detect_people import is_person, is_robot
from followupd.domain.detect_roles import has_role
from followupd.domain.models import CalendarEvent

__all__ = [
    "event_platform",
    "interview_material",
    "research_interview",
    "talk_title",
    "todo_title",
    "travel_title",
]

# A talk announced by its title: "Talk: Interviewing engineers at scale", "Vortrag – Bewerbungsgespräche
# führen", "Conférence : réussir ses entretiens", "[Charla] Cómo preparar una entrevista".
_TALK_HEAD = re.compile(
    r"^\W*(?:talk|talks|tech\s+talk|lightning\s+talk|guest\s+talk|keynote|fireside\s+chat|fireside|"
    r"ask\s+me\s+anything|ama|speaker|speakers|guest\s+lecture|brown[\s-]bag|lunch\s*(?:&|and|n|'n')\s*learn|"
    r"gastvortrag|"
    r"panel\s+discussion|speaker\s+session|vortrag|impulsvortrag|fachvortrag|vorlesung|conférence|"
    r"causerie|charla|ponencia|conferencia|palestra|intervento|conferenza|lezing|föredrag|foredrag|"
    r"forelæsning|luento|esitelmä|wykład|prelekcja|přednáška|講演|讲座)\s*(?:[:|–—\]\)]|-\s|\s-)",
    re.IGNORECASE,
)


# Her journey, by how its title starts: a route ("Hamburg → Berlin", "✈ AMS → ARN", "Milano -> Torino") or a
# train or flight number ("ICE 1007", "TGV 6611", "Eurostar 9014", "LH 2034 MUC → BER").
_TRAVEL_HEAD = re.compile(
    r"^\W*(?:(?:ICE|IC|EC|ECE|EN|IR|IRE|RE|RB|TGV|TER|Ouigo|Eurostar|Thalys|Lyria|AVE|Alvia|Avlo|Iryo|"
    r"Frecciarossa|Frecciargento|Italo|Railjet|RJX?|NJ|SJ|X2000|Shinkansen|Nozomi|Hikari|KTX|SRT|Amtrak|Acela|"
    r"Flixtrain|Flixbus)\s?\d{1,5}\b"
    r"|[A-Z][A-Z0-9]\s?\d{2,4}\s+[A-Z]{3}\s*(?:→|->|–|-|/|\s(?:to|nach|naar|à|a|till|til|do|para|per)\s)\s*[A-Z]{3}\b"
    r"|[A-Z0-9][\w.'-]*(?:\s+[A-Z0-9][\w.'-]*){0,3}\s*(?:→|->|-->|⟶|➔|➝|➜|=>|⇒)\s*[A-Z])"
)


def travel_title(title: str) -> int:
    """Where a route or a train or flight number at the start of the title ends (the journey to an interview,
    not the interview), or 0."""
    match = _TRAVEL_HEAD.match(title)
    return match.end() if match else 0


# A title that is a topic, not a meeting: "How to ace the system design interview", "Cómo preparar una
# entrevista", "Wie man ein Vorstellungsgespräch führt", "Tips for your first phone screen".
_TOPIC_HEAD = re.compile(
    r"^\W*(?:how\s+to|how\s+we|how\s+i|tips\s+(?:for|on)|wie\s+man|so\s+gelingt|tipps\s+für|comment|"
    r"conseils\s+pour|cómo|consejos\s+para|como\s+se|come\s+affrontare|consigli\s+per|hoe\s+je|tips\s+voor|"
    r"hur\s+du|tips\s+för|jak\s+(?:się|przygotować|zdać)"
    # numbered advice: "10 consejos para tu próxima entrevista", "5 Tipps für das Vorstellungsgespräch"
    r"|(?:top\s+)?\d{1,2}\s+(?:tips|tricks|ways|mistakes|questions|consejos|claves|errores|preguntas|conseils|"
    r"astuces|erreurs|questions|tipps|fehler|fragen|consigli|errori|domande|dicas|erros|perguntas|tips|"
    r"fouten|vragen|råd|misstag|frågor|vinkkiä|porad|błędów|pytań|rad|chyb|otázek)\s+(?:\w+\s+)?"
    r"(?:for|to|on|in|about|para|de|pour|für|zum|zur|per|voor|för|til|na|do|k|pro)"
    r")\s",
    re.IGNORECASE,
)
# a newsletter's or series' name before the topic
_SERIES_HEAD = re.compile(r"^[^:]{2,40}:\s+")


def talk_title(title: str) -> str:
    """The words that announce a talk at the start of a title ("Talk:", "Vortrag –", "[Charla]") or make it a
    topic ("How to ace ...", "Cómo preparar ..."), or ""."""
    match = _TALK_HEAD.match(title) or _TOPIC_HEAD.match(title)
    series = None if match else _SERIES_HEAD.match(title)  # "Boletín Talento Tech: 10 consejos para ..."
    if series:
        match = _TOPIC_HEAD.match(title[series.end() :])
    return match.group(0).strip(" \t:|–—-[]()") if match else ""


# Hosts of event pages and ticketing: an event they publish (its address, page or UID) is a talk or a fair.
_EVENT_PLATFORMS = frozenset(
    (
        "meetup",
        "eventbrite",
        "luma",
        "lu.ma",
        "hopin",
        "bevy",
        "airmeet",
        "on24",
        "bigmarker",
        "livestorm",
        "gotowebinar",
        "splashthat",
        "tito",
        "ti.to",
        "eventee",
        "konfhub",
        "sessionize",
        "xing-events",
        "doo",
        "pretix",
        "humanitix",
    )
)


_ANY_PLATFORM = re.compile("|".join(re.escape(p) for p in sorted(_EVENT_PLATFORMS, key=len, reverse=True)))
_HOST = re.compile(r"^[a-z][a-z0-9+.-]*://(?:[^@/?#]*@)?([^:/?#]+)", re.IGNORECASE)


def event_platform(event: CalendarEvent) -> str:
    """The event platform that published the event (its organizer, page address or UID), or ""."""
    page = _HOST.match(event.url)
    hosts = [page.group(1) if page else "", event.uid.rpartition("@")[2]]
    if event.organizer:
        hosts.append(event.organizer.email.rpartition("@")[2])
    if not _ANY_PLATFORM.search(" ".join(hosts).lower()):
        return ""
    for host in hosts:
        labels = host.lower().split(".")
        for index, label in enumerate(labels[:-1]):
            if label in _EVENT_PLATFORMS or ".".join(labels[index:]) in _EVENT_PLATFORMS:
                return host.lower()
    return ""


# A to-do the user wrote about an interview: an imperative or infinitive first ("Send thank-you notes after
# the Globex interview", "Envoyer les remerciements après l'entretien"), or German and Dutch infinitives last
# ("Dankesmail nach dem Vorstellungsgespräch schreiben", "Bedankmail sturen na sollicitatiegesprek").
_TODO_HEAD = re.compile(
    r"^\W*(?:to\s*do|todo|task|aufgabe|tâche|tarea|compito|taak|uppgift|zadanie|úkol)\s*[:\-–]"
    r"|^\W*(?:send|write|email|e-mail|mail|remember\s+to|remind|reply|respond|"
    r"follow\s+up(?=\s+(?:with|on|after|about|re\b|regarding))|call\s+(?:\S+\s+){0,3}back|"
    r"thank|confirm|book|schedule|reschedule|submit|fill\s+(?:in|out)|complete|finish|print|buy|pack|"
    r"draft|update|ask|chase|"
    r"schicken|senden|schreiben|nachfassen|nachhaken|bestätigen|buchen|"
    r"envoyer|écrire|relancer|remercier|confirmer|répondre|rappeler|réserver|"
    r"enviar|escribir|mandar|agradecer|confirmar|responder|recordar|reservar|dar\s+seguimiento|"
    r"inviare|scrivere|ringraziare|confermare|rispondere|ricordare|prenotare|"
    r"escrever|lembrar|"
    r"stuur|schrijf|bevestig|bel|mailen|"
    r"skicka|skriv|skriva|påminn|tacka|bekräfta|boka|send|sende|skrive|følg\s+opp|følg\s+op|husk|"
    r"lähetä|kirjoita|muista|kiitä|wyślij|wysłać|napisz|napisać|podziękuj|potwierdź|pošli|poslat|napsat|"
    r"napiš|poděkovat|potvrdit)\b(?!\s*:)",
    re.IGNORECASE,
)
_INFINITIVES = (
    r"(?:schicken|senden|verschicken|schreiben|nachfassen|nachhaken|bestätigen|buchen|zusagen|absagen|"
    r"sturen|versturen|schrijven|opvolgen|bevestigen|bellen|mailen|nabellen)"
)
# a thank-you to write, anywhere in the title: "Thank-you note: Globex interview", "Dankesmail Vorstellungsgespräch"
_THANKS = re.compile(
    r"\b(?:thank[\s-]?you(?:\s+(?:note|notes|email|e-mail|mail|letter|card))|thank-you|thanks\s+(?:note|email|mail)|"
    r"dankesmail|danke-mail|dankesschreiben|dankesnachricht|remerciements?|agradecimientos?|agradecimento|"
    r"ringraziamento|ringraziamenti|bedankmail|bedankje|bedankbrief|tackmejl|tackmail|tackbrev|takkemail|"
    r"takkebrev|kiitosviesti|podziękowanie|podziękowania|poděkování)\b|お礼|礼状|感谢信|감사\s*메일",
    re.IGNORECASE,
)
# the infinitive last, or right after its object ("Bedankmail sturen na het gesprek")
_TODO_TAIL = re.compile(rf"\b{_INFINITIVES}\W*$|^\W*[\w-]+\s+{_INFINITIVES}\b", re.IGNORECASE)


def todo_title(event: CalendarEvent, title: str, own: set[str]) -> bool:
    """A to-do the user set herself about an interview: the title starts (or, in German and Dutch, ends) with
    what to do, and nobody from outside takes part."""
    organizer = event.organizer  # who takes part first: most interviews have someone from outside
    if organizer and organizer.email not in own and not is_robot(organizer.email):
        return False
    if any(a.email not in own and is_person(a) for a in event.attendees):
        return False
    return bool(_TODO_HEAD.match(title) or _TODO_TAIL.search(title) or _THANKS.search(title))


# What she writes or keeps about an interview, right after the interview word: "Review interview notes + update
# tracker", "Interview questions – Globex", "Gesprächsnotizen", "Notes d'entretien" is the other way round.
_MATERIAL_AFTER = re.compile(
    r"^[\s-]*(?:notes?|questions|answers|feedback\s+notes|reflections?|recap|write-?up|tracker|log|checklist|"
    r"notizen|fragen|antworten|notas|preguntas|respuestas|appunti|domande|risposte|aantekeningen|notities|"
    r"vragen|anteckningar|frågor|notater|spørgsmål|spørsmål|muistiinpanot|kysymykset|notatki|pytania|poznámky|"
    r"otázky)\b",
    re.IGNORECASE,
)
_MATERIAL_BEFORE = re.compile(
    r"(?:^|\s)(?:notes|questions|notas|preguntas|appunti|domande|notizen|fragen)\s+(?:d'|de\s+l'|del\s+|dell'|"
    r"de\s+la\s+|de\s+|di\s+|zum\s+|zur\s+|vom\s+|for\s+(?:the\s+)?|from\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)


def interview_material(event: CalendarEvent, title: str, span: tuple[int, int], own: set[str]) -> bool:
    """Her own entry about the notes, questions or tracker of an interview, not the interview: "Review interview
    notes", "Interview questions – Globex", "Notes d'entretien Globex", "Fragen zum Vorstellungsgespräch"."""
    if not (_MATERIAL_AFTER.match(title[span[1] :]) or _MATERIAL_BEFORE.search(title[: span[0]])):
        return False
    organizer = event.organizer
    if organizer and organizer.email not in own and not is_robot(organizer.email):
        return False
    return not any(a.email not in own and is_person(a) for a in event.attendees)


# Interviews with users, customers or study participants, whatever stands between: "User research interview
# #5 – checkout flow", "Interview #3 (customer discovery)", "Entrevista con usuaria 4", "Interview mit
# Nutzerin P7". A qualifier and the interview word may be apart by research words, numbers and separators.
_QUALIFIERS = frozenset(
    (
        "user",
        "users",
        "customer",
        "customers",
        "participant",
        "participants",
        "stakeholder",
        "stakeholders",
        "jtbd",
        "patient",
        "patients",
        "usability",
        "nutzer",
        "nutzerin",
        "nutzerinnen",
        "nutzern",
        "kunde",
        "kunden",
        "kundin",
        "anwender",
        "anwenderin",
        "proband",
        "probandin",
        "teilnehmer",
        "teilnehmerin",
        "utilisateur",
        "utilisateurs",
        "utilisatrice",
        "utilisatrices",
        "usager",
        "usuario",
        "usuarios",
        "usuaria",
        "usuarias",
        "participante",
        "participantes",
        "usuário",
        "usuários",
        "utente",
        "utenti",
        "partecipante",
        "gebruiker",
        "gebruikers",
        "klant",
        "klanten",
        "deelnemer",
        "användare",
        "kund",
        "kunder",
        "bruker",
        "brukere",
        "bruger",
        "brugere",
        "käyttäjä",
        "asiakas",
        "użytkownik",
        "użytkownikiem",
        "klient",
        "uživatel",
        "zákazník",
    )
)
_BRIDGE = frozenset(
    (
        "research",
        "ux",
        "discovery",
        "study",
        "feedback",
        "testing",
        "test",
        "validation",
        "insight",
        "insights",
        "forschung",
        "recherche",
        "investigación",
        "pesquisa",
        "ricerca",
        "onderzoek",
        "with",
        "mit",
        "avec",
        "con",
        "com",
        "met",
        "med",
        "z",
        "s",
        "the",
        "a",
        "der",
        "dem",
        "einem",
        "einer",
        "un",
        "une",
        "una",
        "um",
        "uma",
        "een",
        "en",
        "de",
        "des",
        "du",
        "di",
        "do",
        "da",
        "van",
        "no",
        "nr",
        "n°",
        "session",
    )
)
_ANY_QUALIFIER = re.compile(
    r"(?<!\w)(?:"
    + "|".join(sorted((re.escape(w) for w in (*_QUALIFIERS, "research")), key=len, reverse=True))
    + r")(?!\w)"
)
_TOKEN = re.compile(r"[^\W\d_][\w']*|#?\d+|[A-Za-z]\d+|[^\w\s]+")


def research_interview(title: str, span: tuple[int, int]) -> str:
    """The user, customer or participant an interview is held with ("" when there is none next to it):
    words on either side of the interview word at ``span``, over research words, numbers and separators,
    unless they are part of a role ("Interview: Customer Success Manager"). "UX research" is user research."""
    if not _ANY_QUALIFIER.search(title.lower()):
        return ""  # most titles name nobody of a study: one look for all the words
    before = [m.group(0) for m in _TOKEN.finditer(title[: span[0]])]
    for index in range(len(before) - 1, -1, -1):
        word = before[index].lower()
        if word in _QUALIFIERS or (word == "research" and index and before[index - 1].lower() == "ux"):
            return before[index]
        if not _passable(word):
            break
    after = title[span[1] :]
    previous = ""
    for match in _TOKEN.finditer(after):
        word = match.group(0).lower()
        if word in _QUALIFIERS or (word == "research" and previous == "ux"):
            start = match.start() if word in _QUALIFIERS else after.lower().rfind("ux", 0, match.start())
            segment = re.split(r"\s[-–—|/]\s|[:,()\[\]]", after[max(start, 0) :], maxsplit=1)[0]
            return "" if has_role(segment) else match.group(0)
        if not _passable(word):
            break
        previous = word
    return ""


def _passable(word: str) -> bool:
    return word in _BRIDGE or bool(re.fullmatch(r"#?\d+|[a-z]\d+|[^\w\s]+", word))
