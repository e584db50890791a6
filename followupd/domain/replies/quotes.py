"""Tells the user's lines from quoted history, attribution lines, signatures, disclaimers and forwards."""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = [
    "Line",
    "history_start",
    "is_stop_line",
    "own_lines",
    "split_lines",
    "trim_closing",
]


@dataclass(frozen=True)
class Line:
    depth: int  # number of ">" quote markers
    text: str  # the line without quote markers, right-stripped

    @property
    def blank(self) -> bool:
        return not self.text.strip()


_DEPTH = re.compile(r"^[ \t]{0,3}((?:>[ \t]?)+)")
_INVISIBLE = str.maketrans({"\ufeff": "", "\u200b": "", "\u200e": "", "\u200f": "", "\u00a0": " ", "\r": ""})


def split_lines(text: str) -> list[Line]:
    lines = []
    for raw in text.translate(_INVISIBLE).split("\n"):
        match = _DEPTH.match(raw)
        if match:
            lines.append(Line(match.group(1).count(">"), raw[match.end() :].rstrip()))
        else:
            lines.append(Line(0, raw.rstrip()))
    return lines


_VERBS = (
    r"wrote|writes|schrieb|a\s+écrit|a\s+ecrit|escribió|escribio|schreef|skrev|ha\s+scritto|escreveu|"
    r"napisał\(a\)|napisał|napisal|написал\(а\)|написал|написала|kirjoitti|írta|yazdı|έγραψε|kirjutas|rašė"
)
_ATTRIBUTION_END = re.compile(
    rf"(?:^|\s)(?:{_VERBS})\s*:\s*$|^-{{2,}}\s*on\s.*\swrote\s*-{{2,}}$", re.IGNORECASE
)
_STARTERS = re.compile(r"^(?:on|am|le|el|op|den|il\s+giorno|in\s+data|em|dnia)\s", re.IGNORECASE)
_ADDRESS_COLON = re.compile(r"<?[^\s<>@]+@[^\s<>@]+\.[a-z]{2,}>?\)?\s*:\s*$", re.IGNORECASE)
_SEPARATORS = re.compile(
    r"^\s*(?:-{2,}\s*(?:original\s+message|ursprüngliche\s+nachricht|message\s+d'origine|mensaje\s+original|"
    r"oorspronkelijk\s+bericht|messaggio\s+originale|mensagem\s+original|opprinnelig\s+melding|"
    r"originalmeddelande|oprindelig\s+meddelelse|forwarded\s+message|weitergeleitete\s+nachricht|"
    r"message\s+transféré|mensaje\s+reenviado|doorgestuurd\s+bericht|messaggio\s+inoltrato|"
    r"mensagem\s+encaminhada|reply\s+message)\s*-{2,}|_{10,}|-{20,}|"
    r"begin\s+forwarded\s+message\s*:|anfang\s+der\s+weitergeleiteten\s+nachricht\s*:|"
    r"début\s+du\s+message\s+réexpédié\s*:|inicio\s+del\s+mensaje\s+reenviado\s*:|"
    r"begin\s+doorgestuurd\s+bericht\s*:)\s*$",
    re.IGNORECASE,
)
_HEADER_KEYS = {
    "from": "from",
    "von": "from",
    "de": "from",
    "van": "from",
    "från": "from",
    "fra": "from",
    "da": "from",
    "od": "from",
    "от": "from",
    "sent": "date",
    "date": "date",
    "gesendet": "date",
    "datum": "date",
    "envoyé": "date",
    "enviado": "date",
    "fecha": "date",
    "verzonden": "date",
    "verstuurd": "date",
    "inviato": "date",
    "data": "date",
    "skickat": "date",
    "wysłano": "date",
    "отправлено": "date",
    "to": "to",
    "an": "to",
    "à": "to",
    "a": "to",
    "para": "to",
    "aan": "to",
    "till": "to",
    "til": "to",
    "do": "to",
    "кому": "to",
    "subject": "subject",
    "betreff": "subject",
    "objet": "subject",
    "asunto": "subject",
    "onderwerp": "subject",
    "oggetto": "subject",
    "ämne": "subject",
    "emne": "subject",
    "temat": "subject",
    "тема": "subject",
    "cc": "cc",
}
_HEADER = re.compile(r"^\s*\*?\s*([^\W\d_]+)\s*\*?\s*:\s*\*?", re.IGNORECASE)
_FORWARD = re.compile(
    r"^\s*(?:-{2,}\s*(?:forwarded\s+message|weitergeleitete\s+nachricht|message\s+transféré|mensaje\s+reenviado|"
    r"doorgestuurd\s+bericht|messaggio\s+inoltrato|mensagem\s+encaminhada)\s*-{2,}|begin\s+forwarded\s+message\s*:|"
    r"anfang\s+der\s+weitergeleiteten\s+nachricht\s*:|début\s+du\s+message\s+réexpédié\s*:|"
    r"inicio\s+del\s+mensaje\s+reenviado\s*:|begin\s+doorgestuurd\s+bericht\s*:)\s*$",
    re.IGNORECASE,
)
_MOBILE_SIGNATURE = re.compile(
    r"^\s*(?:sent\s+from\s+my\s+[\w-]+(?:\s+[\w-]+){0,3}|"
    r"sent\s+from\s+(?:yahoo\s+mail|outlook|mail|gmail|proton\s?mail|samsung|my\s+mobile)[\w\s.-]{0,30}|"
    r"sent\s+(?:with|via|using)\s+[\w.]+(?:\s+[\w.]+){0,3}|get\s+outlook\s+for\s+(?:ios|android)|"
    r"envoyé\s+de\s+mon\s+[\w-]+(?:\s+[\w-]+){0,2}|envoyé\s+(?:à\s+partir|depuis)\s+de?\s*[\w\s]{1,40}|"
    r"von\s+meinem\s+[\w-]+(?:\s+[\w-]+){0,2}\s+gesendet|gesendet\s+von\s+(?:meinem\s+)?[\w-]+(?:\s+[\w-]+){0,3}|"
    r"enviado\s+desde\s+(?:mi\s+)?[\w-]+(?:\s+[\w-]+){0,3}|verstuurd\s+(?:vanaf|van)\s+mijn\s+[\w-]+(?:\s+[\w-]+){0,2}|"
    r"verzonden\s+(?:vanaf|van|met)\s+(?:mijn\s+)?[\w-]+(?:\s+[\w-]+){0,2}|inviato\s+da\s+[\w\s]{1,30}|"
    r"enviado\s+do\s+meu\s+[\w\s]{1,30})\s*(?:<[^>]*>)?\s*\.?\s*$",
    re.IGNORECASE,
)
_DEVICE_WORDS = re.compile(
    r"iphone|ipad|android|mobile|phone|blackberry|samsung|galaxy|pixel|huawei|xiaomi|outlook|yahoo|gmail|"
    r"mail|smartphone|handy|móvil|movil|tablet|sparrow|proton|superhuman|spark|airmail|fairphone|oneplus",
    re.IGNORECASE,
)
_DISCLAIMER = re.compile(
    r"^\s*(?:this\s+e-?mail\s+(?:message\s+)?(?:\(?and\s+any\s+(?:attachments?|files)|is\s+intended|is\s+confidential|"
    r"contains|may\s+contain)|this\s+message\s+(?:and\s+any|is\s+intended|contains|may\s+contain|is\s+confidential)|"
    r"confidentiality\s+(?:notice|note)|disclaimer\s*:|the\s+information\s+(?:contained\s+)?in\s+this\s+(?:e-?mail|message)|"
    r"diese\s+e-?mail\s+(?:enthält|ist|kann)|diese\s+nachricht\s+(?:enthält|ist)|ce\s+(?:message|courriel|e-mail)\s+(?:et|est|peut|contient)|"
    r"este\s+(?:mensaje|correo)\s+(?:y|es|contiene|puede)|dit\s+(?:e-?mail|bericht|e-mailbericht)\s+(?:is|kan|bevat)|"
    r"de\s+informatie\s+(?:verzonden|in\s+dit)|please\s+consider\s+the\s+environment|caution\s*:\s*this\s+email|"
    r"\[?external\s+email\]?\s*:?)",
    re.IGNORECASE,
)
_CLOSING = re.compile(
    r"^\s*(?:thanks|thank\s+you|many\s+thanks|cheers|best|best\s+regards|best\s+wishes|regards|kind\s+regards|"
    r"warm\s+regards|br|all\s+the\s+best|danke|vielen\s+dank|viele\s+grüße|liebe\s+grüße|beste\s+grüße|lg|vg|"
    r"mfg|gruß|grüße|mit\s+freundlichen\s+grüßen|merci|cordialement|bien\s+à\s+(?:toi|vous)|bises|amitiés|"
    r"gracias|saludos|un\s+saludo|abrazos|groeten|groetjes|met\s+vriendelijke\s+groet|hartelijke\s+groet)"
    r"\s*[,.!]*\s*$",
    re.IGNORECASE,
)


def _attribution_span(lines: list[Line], index: int, own_addresses: tuple[str, ...]) -> int:
    """How many lines an attribution line ("On ... wrote:", "Am ... schrieb ...:") starting here spans."""
    joined = ""
    for span in range(1, 4):
        if index + span - 1 >= len(lines):
            break
        line = lines[index + span - 1]
        if line.depth != lines[index].depth or (span > 1 and line.blank):
            break
        joined = (joined + " " + line.text.strip()).strip()
        if len(joined) > 320:
            break
        if _ATTRIBUTION_END.search(joined) and (re.search(r"\d|@", joined) or _STARTERS.match(joined)):
            return span
        if joined.endswith(":") and _ADDRESS_COLON.search(joined) and re.search(r"\d", joined):
            return span  # 'date, "Name" <address>:' as Yandex, Gmail in Japanese or Russian write it
        lowered = joined.lower()
        if joined.endswith(":") and any(a.lower() in lowered for a in own_addresses if a):
            return span
    return 0


def _header_block(lines: list[Line], index: int) -> bool:
    """An Outlook-style header block: From:/Sent:/To:/Subject: (localized), at least two keys close together."""
    first = _HEADER.match(lines[index].text)
    if not first or _HEADER_KEYS.get(first.group(1).lower()) not in ("from", "date", "subject"):
        return False
    seen = {_HEADER_KEYS[first.group(1).lower()]}
    for line in lines[index + 1 : index + 7]:
        match = _HEADER.match(line.text)
        if match and match.group(1).lower() in _HEADER_KEYS:
            seen.add(_HEADER_KEYS[match.group(1).lower()])
    return len(seen) >= 3 or seen >= {"from", "date"} or seen >= {"from", "subject"}


def history_start(lines: list[Line], index: int, own_addresses: tuple[str, ...] = ()) -> bool:
    """True when quoted history (an attribution, a header block, an original-message separator) starts here."""
    line = lines[index]
    if line.blank:
        return False
    return bool(
        _SEPARATORS.match(line.text)
        or _attribution_span(lines, index, own_addresses)
        or _header_block(lines, index)
    )


def is_forward(line: Line) -> bool:
    return bool(_FORWARD.match(line.text))


def is_signature(line: Line) -> bool:
    """The "-- " delimiter alone on a line, or a short mobile "Sent from my iPhone"-style line.

    "Sent from my desk, by the window" is body text: a mobile line names a device or app and has no comma.
    """
    text = line.text.strip()
    if text in ("--", "-- ", "—"):
        return True
    match = _MOBILE_SIGNATURE.match(text)
    return bool(match and len(text) < 80 and _DEVICE_WORDS.search(text))


def is_disclaimer(line: Line) -> bool:
    return bool(_DISCLAIMER.match(line.text))


def is_stop_line(lines: list[Line], index: int, own_addresses: tuple[str, ...] = ()) -> bool:
    """Where the user's own writing ends: history, a forward, a signature or a disclaimer."""
    line = lines[index]
    return is_signature(line) or is_disclaimer(line) or history_start(lines, index, own_addresses)


_NAME = re.compile(r"^\s*[A-ZÀ-Ý][\w'-]*(?:\s+[A-ZÀ-Ý][\w'-]*){0,2}\s*$")


def trim_closing(lines: list[Line]) -> list[Line]:
    """Drops a closing at the end ("Thanks,\\nMaya"): a valediction line followed by at most two short lines,
    or a lone name (up to three capitalised words) in a last paragraph of its own."""
    body = list(lines)
    while body and body[-1].blank:
        body.pop()
    if (
        len(body) >= 3
        and body[-2].blank
        and _NAME.match(body[-1].text)
        and not any(c.isdigit() for c in body[-1].text)
    ):
        body = body[:-2]
        while body and body[-1].blank:
            body.pop()
    for back in range(1, 4):
        if len(body) < back:
            break
        candidate = body[-back]
        tail = body[-back + 1 :] if back > 1 else []
        if _CLOSING.match(candidate.text) and all(len(t.text.strip()) < 40 for t in tail):
            body = body[:-back]
            while body and body[-1].blank:
                body.pop()
            break
    return body


def own_lines(lines: list[Line], own_addresses: tuple[str, ...] = ()) -> list[Line]:
    """The user's own lines when they answered above or below the quote (not inline).

    Top-posted text ends at the first quoted line, history start, signature or disclaimer. When nothing is
    above, the text below the last quoted line is taken (bottom-posting), up to a signature or disclaimer.
    """
    top: list[Line] = []
    for index, line in enumerate(lines):
        if line.depth > 0 or is_stop_line(lines, index, own_addresses) or is_forward(line):
            break
        top.append(line)
    top = trim_closing(top)
    if any(not line.blank for line in top):
        return top
    last_quoted = max((i for i, line in enumerate(lines) if line.depth > 0), default=-1)
    if last_quoted < 0:
        return []
    bottom: list[Line] = []
    for index in range(last_quoted + 1, len(lines)):
        if is_stop_line(lines, index, own_addresses) or is_forward(lines[index]):
            break
        bottom.append(lines[index])
    return trim_closing(bottom)
