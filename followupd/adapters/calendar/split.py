"""Cut iCalendar text into calendars, components and per-UID objects by lines, without parsing it."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from functools import cached_property

__all__ = ["Block", "Part", "blocks", "decode", "split_objects", "unfold"]


@dataclass(frozen=True)
class Part:
    """One top-level component of a VCALENDAR: its kind, unfolded lines, UID and where it began."""

    kind: str
    lines: list[str]
    line: int  # 1-based line of its BEGIN in the unfolded text
    complete: bool = True  # False: BEGIN without END (a file cut off, or a component cut short)

    @cached_property
    def uid(self) -> str:
        return uid_of(self.lines)

    @property
    def size(self) -> int:
        return sum(len(line) + 2 for line in self.lines)

    @property
    def text(self) -> str:
        return "\r\n".join(self.lines)


@dataclass
class Block:
    """One VCALENDAR: its own property lines (METHOD, X-WR-TIMEZONE...) and its components in order."""

    header: list[str] = field(default_factory=list)
    parts: list[Part] = field(default_factory=list)

    def head(self) -> list[str]:
        """BEGIN:VCALENDAR and the calendar's properties, with the VERSION a parser wants."""
        head = ["BEGIN:VCALENDAR", *self.header]
        if not any(h.upper().startswith("VERSION:") for h in self.header):
            head.insert(1, "VERSION:2.0")
        return head

    @property
    def method(self) -> str:
        for line in self.header:
            if line.upper().startswith("METHOD:"):
                return line.split(":", 1)[1].strip().upper()
        return ""


# Components a VEVENT may hold (RFC 5545 VALARM, RFC 9073 VLOCATION/VRESOURCE/PARTICIPANT); another BEGIN of a
# top-level kind inside one means the one before was cut short.
_TOP_LEVEL = {"VEVENT", "VTODO", "VJOURNAL", "VFREEBUSY", "VTIMEZONE", "VCALENDAR", "VAVAILABILITY"}


def blocks(body: str) -> list[Block]:
    """Walk the unfolded lines once: every VCALENDAR with its components; components outside any VCALENDAR
    (a bare VEVENT) form a calendar of their own. Unterminated components are kept, marked incomplete."""
    result: list[Block] = []
    block: Block | None = None
    current: list[str] = []
    kind, start, depth = "", 0, 0  # depth inside the current top-level component

    def close(complete: bool) -> None:
        nonlocal current, kind, depth
        if kind and block is not None:
            block.parts.append(Part(kind=kind, lines=current, line=start, complete=complete))
        current, kind, depth = [], "", 0

    for number, line in enumerate(unfold(body), 1):
        upper = line.upper()
        name = upper.split(":", 1)[1].strip() if upper.startswith(("BEGIN:", "END:")) else ""
        if upper.startswith("BEGIN:") and name == "VCALENDAR":
            close(False)
            block = Block()
            result.append(block)
            continue
        if upper.startswith("END:") and name == "VCALENDAR":
            close(False)
            block = None
            continue
        if kind:
            if upper.startswith("BEGIN:") and name in _TOP_LEVEL:
                close(False)  # fall through: this BEGIN starts the next component
            else:
                current.append(_quote_tzid(line) if "TZID=" in upper else line)
                if upper.startswith("BEGIN:"):
                    depth += 1
                elif upper.startswith("END:"):
                    depth -= 1
                    if depth == 0:
                        close(True)
                continue
        if upper.startswith("BEGIN:"):
            if block is None:
                block = Block()
                result.append(block)
            kind, start, depth, current = name, number, 1, [line]
        elif block is not None and line.strip() and not upper.startswith("END:") and line not in block.header:
            block.header.append(line)
    close(False)
    return result


_TZID_VALUE = re.compile(r"^[0-9TZ,]+$")


def _quote_tzid(line: str) -> str:
    """Quote a TZID parameter holding a colon: Outlook writes "DTSTART;TZID=(UTC-03:00) Brasilia:2026...",
    Exchange "TZID=tzone://Microsoft/Utc", which a parser splits at the wrong colon (RFC 5545 section 3.2
    wants such values quoted)."""
    head, sep, value = line.rpartition(":")
    start = head.upper().find(";TZID=")
    if not sep or start < 0 or not _TZID_VALUE.match(value.strip()):
        return line
    begin = start + len(";TZID=")
    end = head.find(";", begin)
    tzid = head[begin:] if end < 0 else head[begin:end]
    if ":" not in tzid or tzid.startswith('"'):
        return line
    return f'{head[:begin]}"{tzid}"{head[begin + len(tzid) :]}:{value}'


def split_objects(text: str | bytes) -> dict[str, str]:
    """Split one big calendar into one text per UID, each with the calendar's properties and zones.

    Works on text lines, not on a parse, so one broken event cannot hide the others; an event without a UID is
    keyed by a hash of its text. Components of one UID from several VCALENDARs (an iTIP request, update and
    cancel) stay in separate VCALENDARs, each with its own METHOD.
    """
    body = decode(text)
    found: dict[str, list[str]] = {}
    for block in blocks(body):
        zones = [line for p in block.parts if p.kind == "VTIMEZONE" and p.complete for line in p.lines]
        groups: dict[str, list[str]] = {}
        for part in block.parts:
            if part.kind in {"VEVENT", "VTODO", "VJOURNAL"} and part.complete:
                groups.setdefault(part.uid, []).extend(part.lines)
        for uid, lines in groups.items():
            found.setdefault(uid, []).extend([*block.head(), *zones, *lines, "END:VCALENDAR"])
    return {uid: "\r\n".join(lines) + "\r\n" for uid, lines in found.items()}


def decode(text: str | bytes) -> str:
    if isinstance(text, str):
        return text.lstrip("\ufeff")
    try:
        return text.decode("utf-8-sig").lstrip("\ufeff")
    except UnicodeDecodeError:
        return text.decode("latin-1")  # old Outlook exports; every byte decodes, umlauts mostly survive


def unfold(text: str) -> list[str]:
    """RFC 5545 section 3.1: a line break followed by a space or tab continues the previous line."""
    return re.sub(r"\r?\n[ \t]", "", text).splitlines()


def uid_of(lines: list[str]) -> str:
    """The component's own UID (not one of a VALARM inside it), or a hash of its text when it has none."""
    depth = 0
    for line in lines:
        upper = line[:6].upper()
        if upper.startswith("BEGIN:"):
            depth += 1
        elif upper.startswith("END:"):
            depth -= 1
        elif depth == 1 and upper.startswith("UID") and line[3:4] in {":", ";"} and ":" in line:
            return line.split(":", 1)[1].strip()
    return "nouid-" + hashlib.sha1("\n".join(lines).encode()).hexdigest()[:16]
