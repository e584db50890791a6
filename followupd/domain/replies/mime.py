"""Finds the user's text in a reply message: the text/plain part (or HTML made text), decoded and unflowed."""

from __future__ import annotations

import codecs
import email
import re
from email.header import decode_header, make_header
from email.message import Message
from email.policy import compat32
from email.utils import parseaddr
from html.parser import HTMLParser

__all__ = ["html_to_text", "message_text", "unflow"]

SEPARATOR = (
    "_" * 32
)  # what an <hr> or an Outlook header border becomes: quotes.py reads it as a history start


def message_text(message: bytes | str | Message) -> tuple[str, tuple[str, ...], str]:
    """The body the user wrote in, as text with "> " quoting, problems met on the way, and the display
    name in From (the name the user signs with).

    text/plain is preferred over text/html in multipart/alternative; inline text/plain parts of a
    multipart/mixed are joined (Apple Mail splits text around an image); attachments and attached messages
    (message/rfc822, i.e. forwards as attachment) are never the user's text.
    """
    problems: list[str] = []
    if isinstance(message, bytes):
        parsed = email.message_from_bytes(message, policy=compat32)
    elif isinstance(message, str):
        parsed = email.message_from_string(message, policy=compat32)
    else:
        parsed = message
    parts = _bodies(parsed, problems, depth=0)
    sender = _display_name(parsed)
    if not parts:
        problems.append("the message has no text/plain or text/html body")
        return "", tuple(problems), sender
    # HTML is made text only once chosen: the choice reads kinds alone, and most mail has a plain part too
    texts = (html_to_text(text) if kind == "html" else text for kind, text in parts)
    return "\n".join(texts), tuple(problems), sender


def _display_name(message: Message) -> str:
    raw = message.get("From")
    if raw is None:
        return ""
    if "=?" not in str(raw):  # no encoded word: nothing to decode
        return parseaddr(str(raw))[0]
    try:
        decoded = str(make_header(decode_header(str(raw))))
    except (ValueError, LookupError, UnicodeError):  # a broken encoded word: the name is only a hint
        decoded = str(raw)
    return parseaddr(decoded)[0]


def _is_attachment(part: Message, ctype: str) -> bool:
    disposition = str(part.get("Content-Disposition", "")).strip().lower()
    return disposition.startswith("attachment") or (
        not ctype.startswith("text/") and bool(part.get_filename())
    )


def _bodies(part: Message, problems: list[str], *, depth: int) -> list[tuple[str, str]]:
    ctype = part.get_content_type()
    if depth > 20 or _is_attachment(part, ctype):
        return []
    if ctype == "message/rfc822":
        return []
    if part.is_multipart():
        children = part.get_payload()
        if not isinstance(children, list):
            return []
        found = [
            _bodies(child, problems, depth=depth + 1) for child in children if isinstance(child, Message)
        ]
        if ctype == "multipart/alternative":
            for wanted in ("plain", "html"):
                for candidate in found:
                    if any(kind == wanted for kind, _ in candidate):
                        return candidate
            return []
        flat = [item for candidate in found for item in candidate]
        plain = [item for item in flat if item[0] == "plain"]
        return plain or flat
    if ctype not in ("text/plain", "text/html"):
        return []
    text = _decoded(part, problems)
    if ctype == "text/html":
        return [("html", text)]  # made text by message_text once chosen
    if str(part.get_param("format", "")).lower() == "flowed":
        text = unflow(text, delsp=str(part.get_param("delsp", "")).lower() == "yes")
    return [("plain", text)]


def _decoded(part: Message, problems: list[str]) -> str:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        payload = str(part.get_payload()).encode("utf-8", "replace")
    declared = part.get_content_charset() or "us-ascii"
    candidates = [declared, "utf-8", "cp1252"]
    if declared in ("us-ascii", "ascii"):
        candidates = ["utf-8", "cp1252"]  # undeclared 8-bit text is UTF-8 these days, else Windows-1252
    for charset in candidates:
        try:
            codecs.lookup(charset)
        except LookupError:
            problems.append(f"unknown charset {charset!r}, read as UTF-8")
            continue
        try:
            return payload.decode(charset)
        except (UnicodeDecodeError, LookupError):
            continue
    return payload.decode("latin-1")


_QUOTE_PREFIX = re.compile(r"^(>+ ?)*")


def unflow(text: str, *, delsp: bool) -> str:
    """Joins format=flowed soft line breaks (RFC 3676 section 4): a line ending in a space continues.

    Quote depth is kept; space-stuffing is removed; "-- " (the signature separator) never flows; with
    DelSp=yes the trailing space is deleted when joining (section 4.2).
    """
    out: list[str] = []
    current: str | None = None
    current_depth = -1
    for raw in text.replace("\r\n", "\n").split("\n"):
        prefix = _QUOTE_PREFIX.match(raw)
        quotes = prefix.group(0).replace(" ", "") if prefix else ""
        depth = len(quotes)
        body = raw[len(prefix.group(0)) if prefix else 0 :]
        if depth == 0 and body.startswith(" "):
            body = body[1:]  # space-stuffed
        if current is not None and depth != current_depth:
            out.append((">" * current_depth + " " if current_depth else "") + current)
            current = None
        piece = body
        flowed = piece.endswith(" ") and piece != "-- "
        if flowed and delsp:
            piece = piece[:-1]
        current = piece if current is None else current + piece
        current_depth = depth
        if not flowed:
            out.append((">" * depth + " " if depth else "") + current)
            current = None
    if current is not None:
        out.append((">" * current_depth + " " if current_depth else "") + current)
    return "\n".join(out)


_BLOCKS = {
    "p",
    "div",
    "tr",
    "table",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "section",
    "article",
    "header",
    "footer",
    "pre",
    "dl",
    "dt",
    "dd",
    "center",
    "form",
    "address",
}
_SKIPPED = {"style", "script", "head", "title", "xml", "template", "noscript"}
_BLANK_RUN = re.compile(r"\n{3,}")
_HTML_SPACE = re.compile(r"[ \t\r\n\f]+")
_LIST_MARKER = re.compile(r"^(?:\d+\.|-)\s*$")  # what <li> writes before the item's text


# Containers the clients put the original message in; a separator before them marks where history starts,
# while the quoted text itself is kept (inline answers sit between its questions).
_HISTORY_IDS = re.compile(r"^(?:divRplyFwdMsg|OLK_SRC_BODY_SECTION|.*yahoo_quoted.*|appendonsend)$")
_HISTORY_CLASSES = re.compile(
    r"(?:^|\s)(?:gmail_quote|\S*yahoo_quoted\S*|moz-cite-prefix|zmail_extra|protonmail_quote)(?:\s|$)"
)


def _is_history_container(values: dict[str, str]) -> bool:
    return bool(
        _HISTORY_IDS.match(values.get("id", ""))
        or (
            _HISTORY_CLASSES.search(values.get("class", ""))
            and "gmail_quote_container" not in values.get("class", "")
        )
    )


class _TextMaker(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.buffer: list[str] = []
        self.depth = 0
        self.skipping = 0
        self.lists: list[list[int]] = []  # a counter per open <ol>, None-like [-1] for <ul>
        self.pre = 0

    def flush(self, *, blank: bool = False, keep_marker: bool = False) -> None:
        if keep_marker and _LIST_MARKER.match("".join(self.buffer)):
            return  # "<li><p>text": the item's number stays on the line of its text
        text = "".join(self.buffer).replace("\u00a0", " ")
        self.buffer = []
        if not self.pre:
            text = _HTML_SPACE.sub(" ", text).strip()
        for line in text.split("\n") if text else ([""] if blank else []):
            self.lines.append(("> " * self.depth) + line if line else ">" * self.depth)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: (value or "") for name, value in attrs}
        if tag in _SKIPPED:
            self.skipping += 1
        elif tag == "br":
            self.flush(blank=True)
        elif tag == "blockquote":
            self.flush()
            self.depth += 1
        elif tag == "hr":
            self.flush()
            self.lines.append(SEPARATOR)
        elif tag == "li":
            self.flush()
            if self.lists and self.lists[-1][0] >= 0:
                self.lists[-1][0] += 1
                self.buffer.append(f"{self.lists[-1][0]}. ")
            else:
                self.buffer.append("- ")
        elif tag in ("ol", "ul"):
            self.flush()
            self.lists.append([int(values.get("start", "1") or 1) - 1 if tag == "ol" else -1])
        elif tag in _BLOCKS:
            style = values.get("style", "").replace(" ", "").lower()
            if (tag == "div" and "border-top:solid" in style) or _is_history_container(values):
                self.flush()
                self.lines.append(SEPARATOR)  # Outlook's header block of the quoted message
            self.flush(keep_marker=True)
            if tag == "pre":
                self.pre += 1
        elif tag == "span" and values.get("id") == "OLK_SRC_BODY_SECTION":
            self.flush()
            self.lines.append(SEPARATOR)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self.skipping = max(0, self.skipping - 1)
        elif tag == "blockquote":
            self.flush()
            self.depth = max(0, self.depth - 1)
        elif tag in ("ol", "ul"):
            self.flush()
            if self.lists:
                self.lists.pop()
        elif tag in _BLOCKS or tag == "li":
            self.flush()
            if tag == "pre":
                self.pre = max(0, self.pre - 1)
            if tag == "p":
                self.lines.append(">" * self.depth)

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.buffer.append(data)


def html_to_text(html: str) -> str:
    """HTML mail as text: blocks become lines, <blockquote> becomes "> " quoting, <hr> a separator line.

    Quotes are kept, not dropped, so inline answers between quoted questions survive; quotes.py decides
    what is history.
    """
    maker = _TextMaker()
    try:
        maker.feed(html)
        maker.close()
    except (AssertionError, ValueError, IndexError):  # html.parser gives up on some broken markup
        pass
    maker.flush()
    text = "\n".join(maker.lines)
    return _BLANK_RUN.sub("\n\n", text).strip("\n")
