"""Cut iCalendar text into per-UID calendars and components by lines, without parsing it."""

from __future__ import annotations

import hashlib
import re

__all__ = ["components", "decode", "header_and_zones", "split_objects", "unfold"]


def split_objects(text: str | bytes) -> dict[str, str]:
    """Split one big calendar into one VCALENDAR text per UID, each with the calendar's properties and zones.

    Works on text lines, not on a parse, so one broken event cannot hide the others; an event without a UID is
    keyed by a hash of its text.
    """
    body = decode(text)
    if "BEGIN:VCALENDAR" not in body.upper():
        body = f"BEGIN:VCALENDAR\r\n{body.strip()}\r\nEND:VCALENDAR\r\n"
    header, parts = _walk(unfold(body))
    zones = [line for kind, lines in parts if kind == "VTIMEZONE" for line in lines]
    groups: dict[str, list[str]] = {}
    for kind, lines in parts:
        if kind in {"VEVENT", "VTODO", "VJOURNAL"}:
            groups.setdefault(_uid_of(lines), []).extend(lines)
    head = ["BEGIN:VCALENDAR", *header]
    if not any(h.upper().startswith("VERSION:") for h in header):
        head.insert(1, "VERSION:2.0")
    return {
        uid: "\r\n".join([*head, *zones, *lines, "END:VCALENDAR"]) + "\r\n" for uid, lines in groups.items()
    }


def header_and_zones(body: str) -> tuple[list[str], list[tuple[str, str]]]:
    """The calendar's own property lines (as a BEGIN:VCALENDAR head) and its VTIMEZONEs as (TZID, text)."""
    header, parts = _walk(unfold(body))
    zones = []
    for kind, lines in parts:
        if kind == "VTIMEZONE":
            text = "\r\n".join(lines)
            match = re.search(r"^TZID[^:]*:(.*)$", text, re.MULTILINE | re.IGNORECASE)
            zones.append((match.group(1).strip() if match else "", text))
    return ["BEGIN:VCALENDAR", *header], zones


def components(lines: list[str], kinds: set[str], *, joined: bool = False) -> list[str]:
    """The top-level components of the given kinds: their lines, or one text per component when joined."""
    out: list[str] = []
    for kind, part in _walk(lines)[1]:
        if kind in kinds:
            out.extend(["\r\n".join(part)] if joined else part)
    return out


def _walk(lines: list[str]) -> tuple[list[str], list[tuple[str, list[str]]]]:
    """One pass over unfolded lines: the calendar's own property lines (deduplicated, without BEGIN/END), and
    each complete top-level component as (kind, lines). An unterminated component at the end is dropped."""
    header: list[str] = []
    parts: list[tuple[str, list[str]]] = []
    current: list[str] = []
    depth = 0
    kind = ""
    for line in lines:
        upper = line.upper()
        if upper.startswith("BEGIN:"):
            depth += 1
            if depth == 2:
                kind, current = upper[6:].strip(), []
        if depth >= 2:
            current.append(line)
        elif depth == 1 and not upper.startswith(("BEGIN:", "END:")) and line.strip() and line not in header:
            header.append(line)
        if upper.startswith("END:"):
            if depth == 2:
                parts.append((kind, current))
            depth = max(depth - 1, 0)
    return header, parts


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


def _uid_of(lines: list[str]) -> str:
    for line in lines:
        if line.upper().startswith("UID") and ":" in line and line[3:4] in {":", ";"}:
            return line.split(":", 1)[1].strip()
    return "nouid-" + hashlib.sha1("\n".join(lines).encode()).hexdigest()[:16]
